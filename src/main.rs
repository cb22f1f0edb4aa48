//! Repère's web app (Leptos, client-side rendered). A thin shell over
//! `repere-engine` and `repere-guidance`: it renders their state and forwards
//! answers. Layers, each calling only those below it (no circle):
//!
//! - `app`, `embed` (top): the screen flow, top bar and inactivity reset; the
//!   embed glue (postMessage to the host page).
//! - `screens`: one module per screen (intro, question, item, result, fiche,
//!   venue); they read and change `state`, never `app` or `embed`.
//! - `state`: `AppState` (the screen and everything about the person) and
//!   what it is built from — URL config, content, texts, offers, statistics,
//!   the outcome of a finished test. It calls nothing above it.
//! - `platform` (bottom): browser glue — the few direct browser calls,
//!   requests, the service worker. It knows nothing of the app's state.

mod app;
mod embed;
mod platform;
mod screens;
mod state;

#[cfg(test)]
mod bad_inputs;

use platform::browser;
use state::{config, content, i18n};

fn main() {
    // Any panic replaces the page with a neutral message and reloads it: a
    // failure never leaves the previous person's screen up, nor a blank page.
    std::panic::set_hook(Box::new(|info| browser::crash(&info.to_string())));
    wasm_bindgen_futures::spawn_local(start());
}

/// Milliseconds between two tries to fetch the content after a failure (sooner
/// when the browser says the connection is back).
const LOAD_RETRY_MS: i32 = 10_000;

/// Fetch what the first screen needs (the bank and the page's language,
/// together; index.html has already asked the browser to preload them), then
/// mount the app in place of index.html's static welcome. While they cannot
/// be fetched, index.html's bilingual "could not load" notice is shown, and
/// the app tries again every few seconds and as soon as the browser is back
/// online, so that a kiosk on a dropping connection starts by itself; when
/// the server answered with something else than the file, the page reloads
/// instead (after the same wait).
async fn start() {
    let config = config::UrlConfig::parse(&browser::query_string());
    let lang = app::initial_language(&config);
    let mut notice_shown = false;
    loop {
        let (bank, text) = futures::future::join(content::load_bank(), i18n::load(&lang)).await;
        match bank.and(text) {
            Ok(()) => break,
            Err(e) => {
                browser::log_warning(&format!("Repère cannot start yet: {e}"));
                if !notice_shown {
                    browser::show_notice("load-failed");
                    notice_shown = true;
                }
                browser::back_online_or_after(LOAD_RETRY_MS).await;
                // The server answered, but not with the files this page names
                // (a page from before a new version was deployed names files
                // that are gone): only a fresh page can help. A widget in a
                // venue's page never reloads itself (its settings would be lost).
                if !e.transient && !browser::embed_requested() {
                    let _ = browser::reload();
                    return;
                }
            }
        }
    }
    if notice_shown {
        browser::clear_notice();
    }
    leptos::mount::mount_to_body(app::App);
    browser::remove_boot_message();
    platform::offline::register();
}
