//! Where the local offers come from: an embedded venue file, or a JSON file in
//! the national venue format on the page's own origin, fetched once at start
//! and validated with the engine's venue rules. Any failure becomes a discreet
//! notice (and the problems, `venue[i].field: message`, go to the console);
//! the referral itself never depends on it. The fetch stays on the page's
//! origin (checked after URL resolution, no redirect, no credentials), is
//! given up after 10 s, and a file over 2 MB is refused before parsing.

use crate::browser;
use crate::config::VenueSource;
use crate::content;
use leptos::prelude::*;
use repere_guidance::venues::{validate_venues, Venue};
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The offers as the result screen sees them.
#[derive(Debug, Clone, PartialEq)]
pub enum Offers {
    /// No venue file configured: show national guidance.
    NotConfigured,
    Loading,
    Ready(Vec<Venue>),
    /// Configured but unusable: guidance plus a discreet notice.
    Unavailable,
}

/// Start loading the configured offers; the signal follows. A same-origin
/// file may also carry the venue's statistics setting, set into `stats_code`
/// (see `crate::stats::read_venue_file`).
pub fn load(source: Option<VenueSource>, stats_code: RwSignal<Option<crate::stats::VenueCode>>) -> RwSignal<Offers> {
    let offers = RwSignal::new(Offers::NotConfigured);
    load_into(offers, source, stats_code);
    offers
}

/// Load the offers of `source` into an existing signal (a venue's host page
/// may change the file before a test).
pub fn load_into(offers: RwSignal<Offers>, source: Option<VenueSource>, stats_code: RwSignal<Option<crate::stats::VenueCode>>) {
    match source {
        None => offers.set(Offers::NotConfigured),
        Some(VenueSource::Embedded(name)) => offers.set(checked(content::venues(&name))),
        Some(VenueSource::SameOrigin(path)) => {
            offers.set(Offers::Loading);
            leptos::task::spawn_local(async move {
                let text = fetch_text(&path).await.map_err(|e| format!("cannot load {path}: {e}"));
                let read = text.and_then(|t| crate::stats::read_venue_file(&t).map_err(|e| format!("{path}: {e}")));
                let venues = read.map(|(venues, code)| {
                    stats_code.set(code);
                    venues
                });
                offers.set(checked(venues));
            });
        }
    }
}

fn checked(venues: Result<Vec<Venue>, String>) -> Offers {
    match venues {
        Ok(venues) => {
            let problems = validate_venues(&venues);
            if problems.is_empty() {
                Offers::Ready(venues)
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

/// A venue file larger than this is refused before it is parsed.
pub const MAX_VENUE_FILE_BYTES: usize = 2 * 1024 * 1024;
/// A venue file that has not arrived after this long is given up.
const FETCH_TIMEOUT: Duration = Duration::from_secs(10);

fn js_error(e: JsValue) -> String {
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

/// Fetch a venue file from the page's own origin only: the path is resolved
/// against the page and its origin compared with the page's; the request is
/// same-origin, follows no redirect, sends no credentials, and is aborted
/// after `FETCH_TIMEOUT`; a file over `MAX_VENUE_FILE_BYTES` is refused.
async fn fetch_text(path: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let location = window.location();
    let url = web_sys::Url::new_with_base(path, &location.href().map_err(js_error)?).map_err(js_error)?;
    let origin = location.origin().map_err(js_error)?;
    if url.origin() != origin {
        return Err(format!("{} is not on this site ({origin})", url.href()));
    }
    let init = web_sys::RequestInit::new();
    init.set_method("GET");
    init.set_mode(web_sys::RequestMode::SameOrigin);
    init.set_redirect(web_sys::RequestRedirect::Error);
    init.set_credentials(web_sys::RequestCredentials::Omit);
    let controller = web_sys::AbortController::new().map_err(js_error)?;
    init.set_signal(Some(&controller.signal()));
    let timeout = set_timeout_with_handle(move || controller.abort(), FETCH_TIMEOUT).ok();
    let text = async {
        let response = JsFuture::from(window.fetch_with_str_and_init(&url.href(), &init)).await.map_err(js_error)?;
        let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response".to_string())?;
        if !response.ok() {
            return Err(format!("HTTP {}", response.status()));
        }
        let too_large = |size: usize| format!("the file is larger than {} MB ({size} bytes)", MAX_VENUE_FILE_BYTES / (1024 * 1024));
        let declared = response.headers().get("Content-Length").ok().flatten().and_then(|n| n.trim().parse::<usize>().ok());
        if let Some(size) = declared.filter(|&n| n > MAX_VENUE_FILE_BYTES) {
            return Err(too_large(size));
        }
        let text = JsFuture::from(response.text().map_err(js_error)?).await.map_err(js_error)?;
        let text: js_sys::JsString = text.dyn_into().map_err(|_| "not text".to_string())?;
        // UTF-16 units never exceed UTF-8 bytes: checked before converting.
        if text.length() as usize > MAX_VENUE_FILE_BYTES {
            return Err(too_large(text.length() as usize));
        }
        let text = String::from(text);
        if text.len() > MAX_VENUE_FILE_BYTES {
            return Err(too_large(text.len()));
        }
        Ok(text)
    }
    .await;
    if let Some(timeout) = timeout {
        timeout.clear();
    }
    text
}
