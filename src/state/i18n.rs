//! Translations: every user-visible string comes from the Fluent files in
//! `locales/`. Each language's text is a separate file of the built app
//! (`repere_content::web_assets`), fetched when it is first needed: the
//! page's language before the app starts (`main.rs`), another one when the
//! person switches to it. The current language is a signal in context;
//! `I18n::t` reads it, so views re-render when it changes or when a
//! language's text arrives.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;

/// A language of this build, known before its text is loaded.
pub struct Language {
    pub tag: &'static str,
    /// Its name in itself, for the language buttons.
    pub name: &'static str,
    /// `ltr` or `rtl`.
    pub direction: &'static str,
    /// The path of its Fluent text in the built app.
    pub text: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// The reference language, used when a text is missing in another.
pub const DEFAULT_LANGUAGE: &str = "fr";

/// A language's text larger than this is refused (the shipped ones are ~140 KB).
const MAX_TEXT_BYTES: usize = 4 * 1024 * 1024;

thread_local! {
    static BUNDLES: RefCell<HashMap<&'static str, FluentBundle<FluentResource>>> = RefCell::new(HashMap::new());
}

fn language(tag: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.tag == tag)
}

/// Languages of this build, reference language first.
pub fn languages() -> Vec<&'static str> {
    let mut langs: Vec<&'static str> = LANGUAGES.iter().map(|l| l.tag).collect();
    langs.sort_by_key(|l| (*l != DEFAULT_LANGUAGE, *l));
    langs
}

/// Whether `lang` is one of this build's languages.
pub fn is_supported(lang: &str) -> bool {
    language(lang).is_some()
}

/// The language's name in itself ("Français").
pub fn language_name(lang: &str) -> &'static str {
    language(lang).map_or("", |l| l.name)
}

/// Whether the language is written right to left.
pub fn is_right_to_left(lang: &str) -> bool {
    language(lang).is_some_and(|l| l.direction == "rtl")
}

/// Whether the language's text is loaded.
pub fn is_loaded(lang: &str) -> bool {
    BUNDLES.with(|b| b.borrow().contains_key(lang))
}

/// Fetch and parse a language's text (at once if it is already loaded).
pub async fn load(lang: &str) -> Result<(), crate::platform::fetch::FetchError> {
    let refused = crate::platform::fetch::FetchError::refused;
    let language = language(lang).ok_or_else(|| refused(format!("'{lang}' is not a language of this build")))?;
    if is_loaded(language.tag) {
        return Ok(());
    }
    let text = crate::platform::fetch::fetch_asset(language.text, MAX_TEXT_BYTES).await?;
    let id = language.tag.parse().map_err(|_| refused(format!("'{lang}' is not a language tag")))?;
    let mut bundle = FluentBundle::new(vec![id]);
    bundle.set_use_isolating(false);
    // The build validated every file; a resource with errors still yields its
    // valid messages.
    let resource = FluentResource::try_new(text).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    BUNDLES.with(|b| b.borrow_mut().insert(language.tag, bundle));
    Ok(())
}

/// Format `key` (`message` or `message.attribute`) in `lang`, falling back to
/// the reference language, then to any loaded language (while the chosen one
/// is still on its way), then to the key itself.
pub fn translate(lang: &str, key: &str, args: Option<&FluentArgs>) -> String {
    BUNDLES.with(|cell| {
        let bundles = cell.borrow();
        let preferred = [lang, DEFAULT_LANGUAGE].into_iter().filter_map(|l| bundles.get(l));
        preferred
            .chain(bundles.values())
            .find_map(|bundle| format_in(bundle, key, args))
            .unwrap_or_else(|| key.to_string())
    })
}

fn format_in(bundle: &FluentBundle<FluentResource>, key: &str, args: Option<&FluentArgs>) -> Option<String> {
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
}

/// The language signal and translation helpers, provided as context.
///
/// The app holds the page-wide language; each screen reads its own copy
/// (`scoped`), which dies with the screen. Why: in Leptos 0.8 a reactive text
/// that is dropped stays a dead entry of every signal it read until that
/// signal is dropped, so texts reading the page-wide signal directly would
/// leak about 70 bytes each per screen shown — megabytes over a day of kiosk
/// sessions (`bash scripts/bench-web.sh`, kiosk soak).
#[derive(Clone, Copy)]
pub struct I18n {
    /// The language as this part of the page reads it.
    pub lang: RwSignal<String>,
    /// Bumped when a language's text arrives, so that texts shown in a
    /// fallback language re-render.
    arrivals: RwSignal<u32>,
    /// The page-wide language (what a language choice sets) and arrivals.
    global: RwSignal<String>,
    global_arrivals: RwSignal<u32>,
}

impl I18n {
    /// The page-wide context for a page starting in `lang` (whose text
    /// `main.rs` loaded). A language choice goes through `set_language`; if
    /// the language is set another way to one not loaded yet (the reset of a
    /// fiche opened in the reader's language), its text is fetched, and if
    /// that fails, the language goes back to one that is loaded.
    pub fn new(lang: &str) -> I18n {
        let lang = RwSignal::new(lang.to_string());
        let arrivals = RwSignal::new(0);
        let i18n = I18n { lang, arrivals, global: lang, global_arrivals: arrivals };
        Effect::new(move |previous: Option<String>| {
            let lang = i18n.global.get();
            if !is_loaded(&lang) {
                let fallback = previous.clone().filter(|p| is_loaded(p));
                let wanted = lang.clone();
                leptos::task::spawn_local(async move {
                    match load(&wanted).await {
                        Ok(()) => i18n.global_arrivals.update(|n| *n += 1),
                        Err(e) => {
                            crate::platform::browser::log_warning(&format!("Repère: the '{wanted}' text cannot be loaded: {e}"));
                            if let Some(fallback) = fallback {
                                if i18n.global.get_untracked() == wanted {
                                    i18n.global.set(fallback);
                                }
                            }
                        }
                    }
                });
            }
            lang
        });
        i18n
    }

    /// A copy for one screen, owned by the current reactive owner; keep it in
    /// step with `follow`.
    pub fn scoped(&self) -> I18n {
        I18n {
            lang: RwSignal::new(self.global.get_untracked()),
            arrivals: RwSignal::new(self.global_arrivals.get_untracked()),
            ..*self
        }
    }

    /// Bring a screen's copy up to date with the page-wide language (called
    /// by one long-lived effect of the app).
    pub fn follow(&self, copy: Option<I18n>) {
        let lang = self.global.get();
        let arrivals = self.global_arrivals.get();
        let Some(copy) = copy else { return };
        if copy.lang.try_get_untracked().is_some_and(|l| l != lang) {
            copy.lang.try_set(lang);
        }
        if copy.arrivals.try_get_untracked().is_some_and(|n| n != arrivals) {
            copy.arrivals.try_set(arrivals);
        }
    }

    /// Switch the whole page to `lang` once its text is there (at once if it
    /// is loaded), so that nothing — the page's `lang`, read-aloud, a host
    /// page — claims a language whose text is not shown yet; if it cannot be
    /// fetched, the page stays in its language.
    pub fn set_language(&self, lang: &str) {
        self.set_language_then(lang, || {});
    }

    /// `set_language`, then call `then` (at once if the text is loaded,
    /// else once it has arrived or failed to).
    pub fn set_language_then(&self, lang: &str, then: impl FnOnce() + 'static) {
        if is_loaded(lang) {
            self.global.set(lang.to_string());
            return then();
        }
        let (global, arrivals, lang) = (self.global, self.global_arrivals, lang.to_string());
        leptos::task::spawn_local(async move {
            match load(&lang).await {
                Ok(()) => {
                    arrivals.update(|n| *n += 1);
                    global.set(lang);
                }
                Err(e) => crate::platform::browser::log_warning(&format!("Repère: the '{lang}' text cannot be loaded: {e}")),
            }
            then();
        });
    }

    /// The current language, tracked; a screen's copy that is already gone
    /// (a late callback) reads the page-wide one instead of panicking.
    fn current(&self) -> String {
        let _ = self.arrivals.try_get();
        self.lang.try_get().unwrap_or_else(|| self.global.get_untracked())
    }

    /// Translate `key` in the current language (reactive).
    pub fn t(&self, key: &str) -> String {
        translate(&self.current(), key, None)
    }

    /// Translate with named arguments (reactive).
    pub fn t_with(&self, key: &str, args: &[(&str, FluentValue<'static>)]) -> String {
        let lang = self.current();
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        translate(&lang, key, Some(&fluent_args))
    }
}

/// The translation context provided by the root component.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
