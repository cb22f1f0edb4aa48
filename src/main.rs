//! Repère's web app (Leptos, client-side rendered). A thin shell over
//! `repere-engine`: it renders the session's state and forwards answers.
//!
//! - `content`: the bank (fetched at start), the referral rules and venue files (embedded).
//! - `fetch`: the only requests the app makes, all to its own origin.
//! - `i18n`: Fluent translations (each language fetched when needed) and the language signal.
//! - `config`: URL parameters, with safe fallbacks.
//! - `state`: `AppState` (the screen and everything about the person) and its reset.
//! - `app`: flow, top bar, inactivity reset, question screen.
//! - `intro`: welcome, language, how it works, consent, declarative part.
//! - `offers`: local venue offers (embedded, or a same-origin JSON file), validated.
//! - `result_view`: levels, referral with reasons, local offers, print.
//! - `item_view`: one question of any kind (choice, hotspot, order, entry).
//! - `fiche_view`: the conseiller's fiche from a result code (QR link or typed).
//! - `stats`, `venue_view`: anonymous venue statistics (off unless the venue's configuration turns them on) and the venue screen.
//! - `embed`: embed mode (`?embed=1`): the postMessage glue of `repere-embed`.
//! - `offline`: the service worker's registration and the switch to a new version at the next start.
//! - `browser`: the few browser calls (document language, speech, crash page), best-effort.

mod app;
mod browser;
mod config;
mod content;
mod embed;
mod fetch;
mod fiche_view;
mod i18n;
mod intro;
mod item_view;
mod offers;
mod offline;
mod result_view;
mod state;
mod stats;
mod venue_view;

#[cfg(test)]
mod bad_inputs;

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
                if !e.transient && !embed::requested() {
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
    offline::register();
}
