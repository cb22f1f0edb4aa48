//! Where the local offers come from: an embedded venue file, or a JSON file in
//! the national venue format on the page's own origin, fetched once at start
//! and validated with the engine's venue rules. Any failure becomes a discreet
//! notice (and the problems, `venue[i].field: message`, go to the console);
//! the referral itself never depends on it. The fetch stays on the page's
//! origin (checked after URL resolution, no redirect, no credentials), is
//! given up after 10 s, and a file over 2 MB is refused before parsing.

use crate::platform::browser;
use crate::state::config::VenueSource;
use crate::state::content;
use leptos::prelude::*;
use repere_guidance::venues::{validate_venues, Venue};

/// The venues of a venue file, and the one the kiosk or site stands in.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Local {
    pub venues: Vec<Venue>,
    /// The `id` of *this* venue (`here` in the file), if it names one.
    pub here: Option<String>,
}

/// The offers as the result screen sees them.
#[derive(Debug, Clone, PartialEq)]
pub enum Offers {
    /// No venue file configured: show national guidance.
    NotConfigured,
    Loading,
    Ready(Local),
    /// Configured but unusable: guidance plus a discreet notice.
    Unavailable,
}

/// Start loading the configured offers; the signal follows. A same-origin
/// file may also carry the venue's statistics setting, set into `stats_code`
/// (see `crate::state::stats::read_venue_file`).
pub fn load(source: Option<VenueSource>, stats_code: RwSignal<Option<crate::state::stats::VenueCode>>) -> RwSignal<Offers> {
    let offers = RwSignal::new(Offers::NotConfigured);
    load_into(offers, source, stats_code);
    offers
}

/// Load the offers of `source` into an existing signal (a venue's host page
/// may change the file before a test).
pub fn load_into(offers: RwSignal<Offers>, source: Option<VenueSource>, stats_code: RwSignal<Option<crate::state::stats::VenueCode>>) {
    crate::platform::offline::keep_venue_file(match &source {
        Some(VenueSource::SameOrigin(path)) => Some(path),
        _ => None,
    });
    match source {
        None => offers.set(Offers::NotConfigured),
        Some(VenueSource::Embedded(name)) => offers.set(checked(content::venues(&name).map(|venues| Local { venues, here: None }))),
        Some(VenueSource::SameOrigin(path)) => {
            offers.set(Offers::Loading);
            leptos::task::spawn_local(async move {
                let text = fetch_text(&path).await.map_err(|e| format!("cannot load {path}: {e}"));
                let read = text.and_then(|t| crate::state::stats::read_venue_file(&t).map_err(|e| format!("{path}: {e}")));
                let venues = read.map(|file| {
                    stats_code.set(file.code);
                    Local { venues: file.venues, here: file.here }
                });
                offers.set(checked(venues));
            });
        }
    }
}

fn checked(local: Result<Local, String>) -> Offers {
    match local {
        Ok(local) => {
            let problems = validate_venues(&local.venues);
            if problems.is_empty() {
                Offers::Ready(local)
            } else {
                let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
                browser::log_warning(&format!("Repère: venue file rejected:\n{}", list.join("\n")));
                Offers::Unavailable
            }
        }
        Err(e) => {
            browser::log_warning(&format!("Repère: venue offers unavailable: {e}"));
            Offers::Unavailable
        }
    }
}

/// Fetch a same-origin venue file, at most `fetch::MAX_VENUE_FILE_BYTES`.
pub async fn fetch_text(path: &str) -> Result<String, crate::platform::fetch::FetchError> {
    crate::platform::fetch::fetch_venue_file(path, crate::platform::fetch::MAX_VENUE_FILE_BYTES).await
}
