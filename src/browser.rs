//! The few direct browser calls, kept in one place.

/// Remove the static "loading" message of index.html once the app runs.
pub fn remove_boot_message() {
    if let Some(el) = document().and_then(|d| d.get_element_by_id("boot")) {
        el.remove();
    }
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
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else { return };
    synth.cancel();
    if let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) {
        utterance.set_lang(lang);
        utterance.set_rate(0.9);
        synth.speak(&utterance);
    }
}

/// Stop reading aloud.
pub fn stop_speaking() {
    if let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) {
        synth.cancel();
    }
}

/// The visible text of the main region, for reading aloud.
pub fn main_text() -> String {
    document()
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
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

/// The first of the browser's preferred languages the app supports.
pub fn preferred_language() -> Option<String> {
    let navigator = web_sys::window()?.navigator();
    navigator
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .map(|l| l.split('-').next().unwrap_or_default().to_ascii_lowercase())
        .find(|l| crate::i18n::is_supported(l))
}

/// The `<html lang>` the app set for the current language.
pub fn document_language() -> String {
    document()
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("lang"))
        .unwrap_or_default()
}
