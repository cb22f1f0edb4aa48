//! Embed mode (`?embed=1`): the widget inside a venue's page. This is only
//! the browser glue; the protocol (messages, parsing, origins, theme checks)
//! is the pure crate `repere-embed`, the host side `public/embed.js`, the
//! reference `docs/embed.md`.
//!
//! - Messages go to the parent window only, with its exact origin as target
//!   (never `'*'`); `completed` only when that origin was declared.
//! - A host message is accepted only from the parent window and its origin;
//!   anything refused is answered with `error` and changes nothing.
//! - The kiosk guarantees hold: nothing is stored, and `reset` or leaving the
//!   host page forgets the person.

use crate::platform::browser;
use crate::state::config::VenueSource;
use crate::state::i18n::{self, I18n};
use crate::state::{AppState, ResultReceiver, Screen};
use leptos::ev;
use leptos::prelude::*;
use repere_embed::message::MAX_MESSAGE_BYTES;
use repere_embed::origin::parent_origin;
use repere_embed::{parse_host_message, Checks, Completed, EmbedParams, Error, HostMessage, Origin, OriginList, Settings, TestMode, Theme, WidgetMessage};
use repere_engine::Mode;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The embed state, provided as context when the app is embedded.
#[derive(Clone, Copy)]
pub struct Embed {
    /// The framing page's origin, if known; messages go nowhere otherwise.
    parent: StoredValue<Option<Origin>>,
    /// Origins declared to receive `completed`.
    result_origins: RwSignal<OriginList>,
}

impl Embed {
    /// The origin that will receive this person's result, if any.
    fn result_receiver(&self) -> Option<Origin> {
        let parent = self.parent.get_value()?;
        self.result_origins.with_untracked(|list| list.contains(&parent)).then_some(parent)
    }

    fn post(&self, message: &WidgetMessage) {
        let Some(origin) = self.parent.get_value() else { return };
        let Some(window) = web_sys::window() else { return };
        let Ok(Some(parent)) = window.parent() else { return };
        if js_sys::Object::is(&parent, &window) {
            return;
        }
        if let Ok(value) = js_sys::JSON::parse(&message.to_json()) {
            // Exact target origin: the browser drops the message if the
            // parent is not (or no longer) that origin.
            let _ = parent.post_message(&value, origin.as_str());
        }
    }

    fn refuse(&self, error: Error) {
        browser::log_warning(&format!("Repère (embed): {error}"));
        self.post(&WidgetMessage::Error(error));
    }
}

/// Turn embed mode on when the URL asks for it; a no-op otherwise.
pub fn init(state: AppState, i18n: I18n) {
    let (Some(params), errors) = EmbedParams::from_query(&browser::query_string()) else { return };
    let window = web_sys::window().expect("a window");
    let document = window.document().expect("a document");
    if let Some(root) = document.document_element() {
        let _ = root.class_list().add_1("embedded");
    }
    apply_theme(&params.theme);
    let ancestor = js_sys::Reflect::get(&window.location(), &"ancestorOrigins".into())
        .ok()
        .filter(|list| !list.is_undefined())
        .and_then(|list| js_sys::Reflect::get(&list, &0.into()).ok())
        .and_then(|first| first.as_string());
    let parent = parent_origin(ancestor.as_deref(), params.host.as_ref(), Some(&document.referrer()));
    if parent.is_none() {
        browser::log_warning("Repère (embed): the host page's origin is unknown (no ancestorOrigins, host= or referrer); no message will be sent");
    }
    let embed = Embed { parent: StoredValue::new(parent), result_origins: RwSignal::new(params.result_origins) };
    provide_context(embed);
    // Who receives the result, for the consent screen (`state` knows
    // nothing of the embed glue: it only holds the name to show).
    let host_name = params.host_name.map(|n| n.as_str().to_string());
    Effect::new(move |_| {
        embed.result_origins.track();
        let receiver = embed.result_receiver().map(|o| ResultReceiver { origin: o.to_string(), name: host_name.clone() });
        state.result_receiver.set(receiver);
    });
    // Nothing is stored in embed mode: a venue file's statistics setting
    // (which keeps records on the device, for a venue's own kiosk) is ignored.
    Effect::new(move |_| {
        if state.stats.code.with(Option::is_some) {
            state.stats.code.set(None);
            browser::log_warning("Repère (embed): the venue file turns statistics on; they stay off in embed mode (nothing is stored)");
        }
    });

    post_ready(embed, state, i18n);
    errors.into_iter().for_each(|e| embed.refuse(e));
    watch_height(embed, state);
    report_progress(embed, state);

    let _ = window_event_listener(ev::message, move |event| on_message(embed, state, i18n, event));
    // Leaving the host page forgets the person, even if the browser keeps
    // the page in its back/forward cache.
    let _ = window_event_listener(ev::pagehide, move |_| state.reset());
    let _ = window_event_listener(ev::pageshow, move |event| {
        if event.persisted() {
            state.reset();
        }
    });
}

fn test_mode(state: AppState) -> TestMode {
    match state.engine_mode() {
        Mode::Screening => TestMode::Screening,
        Mode::Profile => TestMode::Profile,
    }
}

fn post_ready(embed: Embed, state: AppState, i18n: I18n) {
    let results = embed.result_receiver().is_some();
    embed.post(&WidgetMessage::Ready { mode: test_mode(state), lang: i18n.lang.get_untracked(), results });
}

/// Heights sent to a host that was not declared to receive results are
/// rounded up to a multiple of this, and the result screen's is fixed, so
/// that no height depends on the result (review 2, L1); a result taller than
/// that (a narrow screen) scrolls inside the widget.
const UNDECLARED_HEIGHT_STEP: u32 = 400;
const UNDECLARED_RESULT_HEIGHT: u32 = 3200;

/// The height told to the host for content `height` px tall on `screen`.
fn posted_height(height: u32, screen: Screen, declared: bool) -> u32 {
    if declared {
        height
    } else if screen == Screen::Result {
        UNDECLARED_RESULT_HEIGHT
    } else {
        height.div_ceil(UNDECLARED_HEIGHT_STEP).max(1) * UNDECLARED_HEIGHT_STEP
    }
}

/// Post the content's height whenever it changes, so the host sizes the
/// iframe and the widget never scrolls inside itself (an undeclared host
/// gets the coarse heights of [`posted_height`]).
fn watch_height(embed: Embed, state: AppState) {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else { return };
    let last = StoredValue::new(0u32);
    let measure_root = root.clone();
    let measure = move || {
        let height = measure_root.get_bounding_client_rect().height().ceil().max(0.0) as u32;
        let height = posted_height(height, state.screen.get_untracked(), embed.result_receiver().is_some());
        if height != last.get_value() {
            last.set_value(height);
            embed.post(&WidgetMessage::Resize { height });
        }
    };
    let measure = std::rc::Rc::new(measure);
    let on_screen = measure.clone();
    Effect::new(move |_| {
        state.screen.track();
        on_screen();
    });
    let on_resize = Closure::<dyn FnMut()>::new(move || measure());
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&root);
        // Both live as long as the page.
        std::mem::forget(observer);
        on_resize.forget();
    }
}

/// `progress` on each new item and `completed` once per person at the
/// result, both to a declared result origin only (the pace of the answers is
/// the person's too).
fn report_progress(embed: Embed, state: AppState) {
    Effect::new(move |_| {
        if state.screen.get() != Screen::Question || embed.result_receiver().is_none() {
            return;
        }
        if let Some(p) = state.session.with(|s| s.as_ref().filter(|s| !s.is_finished()).map(|s| s.progress())) {
            embed.post(&WidgetMessage::Progress { item: p.answered + 1, max: p.max });
        }
    });
    Effect::new(move |sent: Option<bool>| {
        let on_result = state.screen.get() == Screen::Result;
        if !on_result {
            return false;
        }
        if sent == Some(true) {
            return true;
        }
        if embed.result_receiver().is_some() {
            if let Some(completed) = completed(state) {
                embed.post(&WidgetMessage::Completed(completed));
            }
        }
        true
    });
}

/// The measured levels, the referral path and the result code, from the
/// test's outcome without the declarative answers (`shared_outcome`):
/// nothing else, and nothing the person declared.
fn completed(state: AppState) -> Option<Completed> {
    state.shared_outcome.with_untracked(|o| {
        let o = o.as_ref()?;
        Some(Completed { levels: o.measured_levels(), path: o.summary.main.id().to_string(), code: o.code.clone() })
    })
}

fn on_message(embed: Embed, state: AppState, i18n: I18n, event: web_sys::MessageEvent) {
    // Only the framing page, from its exact origin; anyone else is ignored
    // without an answer (we never write to an origin we do not know).
    let Some(parent) = embed.parent.get_value() else { return };
    let from_parent = web_sys::window()
        .and_then(|w| w.parent().ok().flatten())
        .zip(event.source())
        .is_some_and(|(p, source)| js_sys::Object::is(&p, &source));
    if !from_parent || event.origin() != parent.as_str() {
        return;
    }
    let text = js_sys::JSON::stringify(&event.data()).ok().and_then(|t| t.as_string());
    let Some(text) = text else {
        return embed.refuse(Error::new(repere_embed::ErrorCode::Malformed, "the message cannot be read as JSON"));
    };
    if text.len() > MAX_MESSAGE_BYTES * 4 {
        // Do not even parse very large data (the parser refuses it anyway).
        return embed.refuse(Error::new(repere_embed::ErrorCode::TooLarge, format!("message of {} bytes", text.len())));
    }
    let language = |l: &str| i18n::is_supported(l);
    let venues = |v: &str| VenueSource::parse(v).is_some();
    match parse_host_message(&text, &Checks { language: &language, venues: &venues }) {
        Ok(HostMessage::Reset) => state.reset(),
        Ok(HostMessage::Configure(settings)) => match settings.check_timing(state.answering()) {
            // `ready` confirms the settings once they apply: a language
            // whose text is still on its way first arrives.
            Ok(()) => configure(embed, state, i18n, settings, move || post_ready(embed, state, i18n)),
            Err(e) => embed.refuse(e),
        },
        Err(e) => embed.refuse(e),
    }
}

/// Apply checked settings (all of them: the parser refused any bad one),
/// then call `applied` (at once, or when the language's text has arrived).
fn configure(embed: Embed, state: AppState, i18n: I18n, settings: Settings, applied: impl FnOnce() + 'static) {
    let language = settings.lang;
    if let Some(mode) = settings.mode {
        let mode = match mode {
            TestMode::Screening => Mode::Screening,
            TestMode::Profile => Mode::Profile,
        };
        state.config.update_value(|c| c.test = Some(mode));
    }
    if let Some(source) = settings.venues.as_deref().and_then(VenueSource::parse) {
        state.config.update_value(|c| c.venues = Some(source.clone()));
        crate::state::offers::load_into(state.offers, Some(source), state.stats.code);
    }
    if let Some(theme) = settings.theme {
        apply_theme(&theme);
    }
    if let Some(origins) = settings.result_origins {
        embed.result_origins.set(origins);
    }
    match language {
        Some(lang) => i18n.set_language_then(&lang, applied),
        None => applied(),
    }
}

/// The accent and font scale, as CSS properties of the root element (CSSOM,
/// which a strict style-src allows). The theme was checked: AA contrast,
/// bounded scale.
fn apply_theme(theme: &Theme) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    if let Some(accent) = theme.accent {
        let _ = style.set_property("--primary", &accent.to_hex());
    }
    if let Some(scale) = theme.scale {
        // The root font size is 112.5 % × --scale; everything is in rem.
        let _ = style.set_property("--scale", &scale.to_string());
    }
}

#[cfg(test)]
mod height_tests {
    use super::*;

    #[test]
    fn an_undeclared_host_gets_heights_that_do_not_depend_on_the_result() {
        // The review's results: 1726 px for every aidants_connect, 2130 or 1883 for training.
        for h in [1726, 2130, 1883, 900] {
            assert_eq!(posted_height(h, Screen::Result, false), UNDECLARED_RESULT_HEIGHT);
            assert_eq!(posted_height(h, Screen::Result, true), h);
        }
        assert_eq!(posted_height(1, Screen::Question, false), 400);
        assert_eq!(posted_height(401, Screen::Question, false), 800);
        assert_eq!(posted_height(800, Screen::Question, false), 800);
    }
}
