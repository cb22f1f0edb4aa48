//! Repère's web app (Leptos, client-side rendered). A thin shell over
//! `repere-engine`: it renders the session's state and forwards answers.
//!
//! - `content`: the bank embedded at build time.
//! - `i18n`: Fluent translations and the language signal.
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
//! - `browser`: the few browser calls (document language, speech, crash page), best-effort.

mod app;
mod browser;
mod config;
mod content;
mod fiche_view;
mod embed;
mod i18n;
mod intro;
mod item_view;
mod offers;
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
    leptos::mount::mount_to_body(app::App);
    browser::remove_boot_message();
}
