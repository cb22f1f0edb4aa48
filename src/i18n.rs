//! Translations: every user-visible string comes from the Fluent files in
//! `locales/`, embedded at build time. The current language is a signal in
//! context; `I18n::t` reads it, so views re-render when it changes.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The reference language, used when a text is missing in another.
pub const DEFAULT_LANGUAGE: &str = "fr";

thread_local! {
    static BUNDLES: RefCell<HashMap<String, FluentBundle<FluentResource>>> = RefCell::new(HashMap::new());
}

/// Languages embedded in this build, reference language first.
pub fn languages() -> Vec<&'static str> {
    let mut langs: Vec<&'static str> = LOCALES.iter().map(|(lang, _)| *lang).collect();
    langs.sort_by_key(|l| (*l != DEFAULT_LANGUAGE, *l));
    langs
}

/// Whether `lang` is one of the embedded languages.
pub fn is_supported(lang: &str) -> bool {
    LOCALES.iter().any(|(l, _)| *l == lang)
}

fn build_bundle(lang: &str) -> Option<FluentBundle<FluentResource>> {
    let (_, sources) = LOCALES.iter().find(|(l, _)| *l == lang)?;
    let id = lang.parse().ok()?;
    let mut bundle = FluentBundle::new(vec![id]);
    bundle.set_use_isolating(false);
    for source in sources.iter() {
        // The build script validated every file, so errors cannot occur here;
        // a resource with errors still yields its valid messages.
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    Some(bundle)
}

/// Format `key` (`message` or `message.attribute`) in `lang`, falling back to
/// the reference language, then to the key itself.
pub fn translate(lang: &str, key: &str, args: Option<&FluentArgs>) -> String {
    [lang, DEFAULT_LANGUAGE]
        .iter()
        .find_map(|l| format_in(l, key, args))
        .unwrap_or_else(|| key.to_string())
}

fn format_in(lang: &str, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    BUNDLES.with(|cell| {
        let mut bundles = cell.borrow_mut();
        if !bundles.contains_key(lang) {
            let bundle = build_bundle(lang)?;
            bundles.insert(lang.to_string(), bundle);
        }
        let bundle = bundles.get(lang)?;
        let (name, attribute) = match key.split_once('.') {
            Some((n, a)) => (n, Some(a)),
            None => (key, None),
        };
        let message = bundle.get_message(name)?;
        let pattern = match attribute {
            Some(a) => message.get_attribute(a)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
    })
}

/// The language signal and translation helpers, provided as context.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<String>,
}

impl I18n {
    /// Translate `key` in the current language (reactive).
    pub fn t(&self, key: &str) -> String {
        translate(&self.lang.get(), key, None)
    }

    /// Translate with named arguments (reactive).
    pub fn t_with(&self, key: &str, args: &[(&str, FluentValue<'static>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        translate(&self.lang.get(), key, Some(&fluent_args))
    }
}

/// The translation context provided by the root component.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
