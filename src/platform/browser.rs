//! The few direct browser calls, kept in one place. Each is best-effort: a
//! browser that throws never stops the app (calls that web-sys binds without
//! catching an exception are bound here with `catch`).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// `window.speechSynthesis`, with methods whose exceptions are caught.
    #[wasm_bindgen(extends = js_sys::Object)]
    type Speech;
    #[wasm_bindgen(method, catch)]
    fn cancel(this: &Speech) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch)]
    fn speak(this: &Speech, utterance: &web_sys::SpeechSynthesisUtterance) -> Result<(), JsValue>;
}

fn speech() -> Option<Speech> {
    web_sys::window()?.speech_synthesis().ok().map(|s| s.unchecked_into::<Speech>())
}

/// Remove the static "loading" message of index.html once the app has mounted
/// (until then it stays, with its CSS-only "reload" fallback).
pub fn remove_boot_message() {
    if let Some(el) = document().and_then(|d| d.get_element_by_id("boot")) {
        el.remove();
    }
}

/// Replace what the page shows with one of index.html's bilingual notices
/// (the `<template>` with this id), which need no translation loaded. The
/// templates themselves stay, so that a later notice can still be shown.
pub fn show_notice(template_id: &str) {
    let Some(document) = document() else { return };
    let notice = document
        .get_element_by_id(template_id)
        .and_then(|t| t.dyn_into::<web_sys::HtmlTemplateElement>().ok())
        .and_then(|t| t.content().clone_node_with_deep(true).ok());
    // querySelector, not document.body: the failure may be about the body.
    if let Ok(Some(body)) = document.query_selector("body") {
        remove_all_but_templates(&body);
        if let Some(notice) = notice {
            let _ = body.append_child(&notice);
        }
    }
}

/// Remove a notice of `show_notice` (the app is about to mount after all).
pub fn clear_notice() {
    if let Some(Ok(Some(body))) = document().map(|d| d.query_selector("body")) {
        remove_all_but_templates(&body);
    }
}

fn remove_all_but_templates(parent: &web_sys::Element) {
    let children = parent.children();
    for i in (0..children.length()).rev() {
        if let Some(child) = children.item(i).filter(|c| c.tag_name() != "TEMPLATE") {
            child.remove();
        }
    }
}

/// Resolves when the browser says it is back online, or after `ms`,
/// whichever comes first (and leaves no listener or timer behind).
pub async fn back_online_or_after(ms: i32) {
    let Some(window) = web_sys::window() else { return };
    let mut resolver: Option<js_sys::Function> = None;
    let promise = js_sys::Promise::new(&mut |resolve, _reject| resolver = Some(resolve));
    let Some(resolve) = resolver else { return };
    let timer = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    let _ = window.add_event_listener_with_callback("online", &resolve);
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    let _ = window.remove_event_listener_with_callback("online", &resolve);
    if let Ok(timer) = timer {
        window.clear_timeout_with_handle(timer);
    }
}

/// Reload the page (best-effort); whether the browser took the request.
pub fn reload() -> bool {
    web_sys::window().is_some_and(|w| w.location().reload().is_ok())
}

/// Milliseconds before the page reloads itself after a crash.
const CRASH_RELOAD_MS: i32 = 5_000;
/// A page that crashed this many times within `CRASH_WINDOW_MS` stops
/// reloading itself: a build that always fails would otherwise reload a
/// kiosk forever. A person (or the venue) can still reload it by hand.
const CRASHES_BEFORE_STOP: usize = 3;
const CRASH_WINDOW_MS: f64 = 120_000.0;
/// The tab's recent crash times (sessionStorage: nothing about a person).
const CRASH_TIMES_KEY: &str = "repere-crash-times";
/// Where they are kept when sessionStorage is blocked (a third-party iframe):
/// `window.name`, which survives a reload of the same frame.
const CRASH_NAME_PREFIX: &str = "repere-crash-times:";

/// After a panic: replace the whole page with the neutral message of
/// index.html's `<template id="crash">` (nothing of the person stays on
/// screen), then reload; after repeated crashes, `<template
/// id="crash-stopped">` instead, and no reload. Uses only the DOM, session
/// storage and a native `location.reload` bound by JavaScript, so it still
/// works once the wasm has aborted.
pub fn crash(message: &str) {
    web_sys::console::error_1(&format!("Repère stopped: {message}").into());
    let Some(window) = web_sys::window() else { return };
    let now = js_sys::Date::now();
    let storage = window.session_storage().ok().flatten();
    let name = window.name().ok();
    let stored = storage
        .as_ref()
        .and_then(|s| s.get_item(CRASH_TIMES_KEY).ok().flatten())
        .or_else(|| name.as_deref().and_then(|n| n.strip_prefix(CRASH_NAME_PREFIX)).map(str::to_string));
    let times = recent_crashes(stored.as_deref(), now);
    let text = serde_json::to_string(&times).unwrap_or_default();
    let kept = storage.as_ref().is_some_and(|s| s.set_item(CRASH_TIMES_KEY, &text).is_ok()) || {
        let named = format!("{CRASH_NAME_PREFIX}{text}");
        window.set_name(&named).is_ok() && window.name().ok().as_deref() == Some(named.as_str())
    };
    // A crash that cannot be counted anywhere stops at once: reloading
    // without a count could loop forever inside a venue's page.
    if times.len() >= CRASHES_BEFORE_STOP || !kept {
        show_notice("crash-stopped");
        return;
    }
    show_notice("crash");
    let location = window.location();
    if let Ok(reload) = js_sys::Reflect::get(&location, &"reload".into()).and_then(|f| f.dyn_into::<js_sys::Function>().map_err(JsValue::from)) {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&reload.bind0(&location), CRASH_RELOAD_MS);
    }
}

/// The crash times kept (`stored`, a JSON list of ms timestamps; anything
/// unreadable counts as none) that fall within the window, plus `now`.
fn recent_crashes(stored: Option<&str>, now: f64) -> Vec<f64> {
    let mut times: Vec<f64> = stored.and_then(|s| serde_json::from_str(s).ok()).unwrap_or_default();
    times.retain(|t| t.is_finite() && *t <= now && now - t < CRASH_WINDOW_MS);
    // The most recent ones are enough to decide.
    times.drain(..times.len().saturating_sub(CRASHES_BEFORE_STOP));
    times.push(now);
    times
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crashes_are_counted_within_the_window_only() {
        assert_eq!(recent_crashes(None, 1_000_000.0), vec![1_000_000.0]);
        let stored = serde_json::to_string(&[1_000_000.0 - CRASH_WINDOW_MS, 999_000.0, 999_500.0]).unwrap();
        assert_eq!(recent_crashes(Some(&stored), 1_000_000.0), vec![999_000.0, 999_500.0, 1_000_000.0]);
    }

    #[test]
    fn unreadable_or_odd_stored_times_count_as_none() {
        for stored in ["", "{", "\"x\"", "[\"a\"]", "null", "[1e400]"] {
            assert_eq!(recent_crashes(Some(stored), 5.0), vec![5.0], "{stored}");
        }
        // A time in the future (a clock set back) is not a recent crash.
        assert_eq!(recent_crashes(Some("[10.0]"), 5.0), vec![5.0]);
    }

    #[test]
    fn the_list_stays_short_whatever_was_stored() {
        let many: Vec<f64> = (0..10_000).map(f64::from).collect();
        let kept = recent_crashes(Some(&serde_json::to_string(&many).unwrap()), 10_000.0);
        assert_eq!(kept, vec![9_997.0, 9_998.0, 9_999.0, 10_000.0]);
    }
}

/// While the page is hidden for the back/forward cache, hide the screen too,
/// so that no snapshot of it is shown again before the reset has redrawn it.
pub fn set_leaving(leaving: bool) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.class_list().toggle_with_force("leaving", leaving);
    }
}

/// Call `on_scroll` for any scroll in the page (scroll events of inner
/// elements do not bubble, so this listens in the capture phase), for the
/// whole life of the page.
pub fn on_any_scroll(on_scroll: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let callback = Closure::<dyn Fn()>::new(on_scroll);
    let _ = window.add_event_listener_with_callback_and_bool("scroll", callback.as_ref().unchecked_ref(), true);
    callback.forget();
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Set `<html lang>` and `dir` for the current language.
pub fn set_document_language(lang: &str, rtl: bool) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang);
        let _ = root.set_attribute("dir", if rtl { "rtl" } else { "ltr" });
    }
}

/// Move the keyboard focus to the heading of the screen shown (made
/// focusable by script only, `tabindex=-1`), else to the main region.
pub fn focus_screen_heading() {
    let Some(document) = document() else { return };
    let target = document
        .query_selector("#main h1")
        .ok()
        .flatten()
        .or_else(|| document.get_element_by_id("main"))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(target) = target {
        if !target.has_attribute("tabindex") {
            let _ = target.set_attribute("tabindex", "-1");
        }
        let _ = target.focus();
    }
}

/// Set the page title (read by screen readers when a screen changes).
pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// The query string of the page, e.g. `?lang=en`.
pub fn query_string() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// A fresh random seed for a session (exposure control needs variety).
pub fn random_seed() -> u64 {
    let high = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    let low = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    (high << 32) ^ low
}

/// Log to the console (discreet notices for the venue's developers only).
pub fn log_warning(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// Whether the browser can read text aloud.
pub fn speech_available() -> bool {
    web_sys::window().and_then(|w| w.speech_synthesis().ok()).is_some()
}

/// Read `text` aloud in `lang`, interrupting what was being read.
pub fn speak(text: &str, lang: &str) {
    let Some(synth) = speech() else { return };
    let _ = synth.cancel();
    if let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) {
        utterance.set_lang(lang);
        utterance.set_rate(0.9);
        let _ = synth.speak(&utterance);
    }
}

/// Stop reading aloud (best-effort: a browser that throws is ignored).
pub fn stop_speaking() {
    if let Some(synth) = speech() {
        let _ = synth.cancel();
    }
}

/// The visible text of the main region, for reading aloud.
pub fn main_text() -> String {
    document()
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|el| el.inner_text())
        .unwrap_or_default()
}

/// Open the browser's print dialog (the print stylesheet shapes the sheet).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// This page's origin and path without query or fragment, e.g.
/// `https://kiosque.example.fr/repere/` (the base of a result's QR link).
pub fn page_base() -> String {
    web_sys::window()
        .and_then(|w| Some(format!("{}{}", w.location().origin().ok()?, w.location().pathname().ok()?)))
        .unwrap_or_default()
}

/// Whether the URL asks for embed mode (readable before the app has mounted).
pub fn embed_requested() -> bool {
    repere_embed::EmbedParams::from_query(&query_string()).0.is_some()
}

/// Milliseconds since the epoch (the page's clock: for countdowns only).
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The device's local date: (year, month 1–12, day 1–31).
pub fn local_date() -> (i32, u32, u32) {
    let now = js_sys::Date::new_0();
    (now.get_full_year() as i32, now.get_month() + 1, now.get_date())
}

/// The first of the browser's preferred languages that `supported` accepts.
pub fn preferred_language(supported: impl Fn(&str) -> bool) -> Option<String> {
    let navigator = web_sys::window()?.navigator();
    navigator
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .map(|l| l.split('-').next().unwrap_or_default().to_ascii_lowercase())
        .find(|l| supported(l))
}

/// The `<html lang>` the app set for the current language.
pub fn document_language() -> String {
    document()
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("lang"))
        .unwrap_or_default()
}
