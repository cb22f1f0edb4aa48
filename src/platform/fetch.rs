//! The app's only two kinds of request, both to the page's own origin:
//! its content files (the bank, a language's text: paths baked in at build
//! time, `repere_content::web_assets`) and a venue's offers file (a path from
//! the URL, so checked strictly). Every response is size-capped and the
//! request is given up after a time limit.

use std::fmt;

/// A venue file larger than this is refused before it is parsed.
pub const MAX_VENUE_FILE_BYTES: usize = 2 * 1024 * 1024;
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A venue file that has not arrived after this long is given up.
const VENUE_TIMEOUT: Duration = Duration::from_secs(10);
/// A content file is needed to start: give a slow line more time.
const CONTENT_TIMEOUT: Duration = Duration::from_secs(60);

/// Why a file could not be had.
#[derive(Debug, Clone, PartialEq)]
pub struct FetchError {
    /// The network failed or was too slow: the same request may work later.
    /// Otherwise the server answered something unusable (an HTTP error, a
    /// file too large or unreadable), which asking again will not change.
    pub transient: bool,
    pub message: String,
}

impl FetchError {
    fn transient(message: String) -> FetchError {
        FetchError { transient: true, message }
    }

    pub fn refused(message: String) -> FetchError {
        FetchError { transient: false, message }
    }
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

fn js_error(e: JsValue) -> String {
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

fn refused(e: JsValue) -> FetchError {
    FetchError::refused(js_error(e))
}

/// Fetch one of the app's own content files (a relative path of the built
/// app). A plain same-origin request, so that the `<link rel="preload">`
/// index.html has for it is reused.
pub async fn fetch_asset(path: &str, max_bytes: usize) -> Result<String, FetchError> {
    let init = web_sys::RequestInit::new();
    init.set_method("GET");
    fetch_text(path, &init, max_bytes, CONTENT_TIMEOUT).await
}

/// The request header that tells the service worker (`public/sw.js`) that a
/// request is for a venue file, which it fetches from the network first and
/// keeps a copy of for offline use.
const VENUE_FILE_HEADER: (&str, &str) = ("X-Repere-Request", "venue-file");

/// Fetch a venue file from the page's own origin only: the path is resolved
/// against the page and its origin compared with the page's; the request is
/// same-origin, follows no redirect, sends no credentials.
pub async fn fetch_venue_file(path: &str, max_bytes: usize) -> Result<String, FetchError> {
    let init = web_sys::RequestInit::new();
    init.set_method("GET");
    init.set_mode(web_sys::RequestMode::SameOrigin);
    init.set_redirect(web_sys::RequestRedirect::Error);
    init.set_credentials(web_sys::RequestCredentials::Omit);
    let headers = web_sys::Headers::new().map_err(refused)?;
    headers.set(VENUE_FILE_HEADER.0, VENUE_FILE_HEADER.1).map_err(refused)?;
    init.set_headers(&headers);
    fetch_text(path, &init, max_bytes, VENUE_TIMEOUT).await
}

/// Resolve `path` against the page, refuse another origin, fetch it with
/// `init`, abort after `timeout`, refuse more than `max_bytes`.
async fn fetch_text(path: &str, init: &web_sys::RequestInit, max_bytes: usize, timeout: Duration) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or_else(|| FetchError::refused("no window".into()))?;
    let location = window.location();
    let url = web_sys::Url::new_with_base(path, &location.href().map_err(refused)?).map_err(refused)?;
    let origin = location.origin().map_err(refused)?;
    if url.origin() != origin {
        return Err(FetchError::refused(format!("{} is not on this site ({origin})", url.href())));
    }
    let controller = web_sys::AbortController::new().map_err(refused)?;
    init.set_signal(Some(&controller.signal()));
    let timer = leptos::prelude::set_timeout_with_handle(move || controller.abort(), timeout).ok();
    let text = async {
        let response = JsFuture::from(window.fetch_with_str_and_init(&url.href(), init))
            .await
            .map_err(|e| FetchError::transient(js_error(e)))?;
        let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::refused("not a response".into()))?;
        if !response.ok() {
            return Err(FetchError::refused(format!("HTTP {}", response.status())));
        }
        let too_large = |size: usize| FetchError::refused(format!("the file is larger than {max_bytes} bytes ({size} bytes)"));
        let declared = response.headers().get("Content-Length").ok().flatten().and_then(|n| n.trim().parse::<usize>().ok());
        if let Some(size) = declared.filter(|&n| n > max_bytes) {
            return Err(too_large(size));
        }
        let text = JsFuture::from(response.text().map_err(refused)?)
            .await
            .map_err(|e| FetchError::transient(js_error(e)))?;
        let text: js_sys::JsString = text.dyn_into().map_err(|_| FetchError::refused("not text".into()))?;
        // UTF-16 units never exceed UTF-8 bytes: checked before converting.
        if text.length() as usize > max_bytes {
            return Err(too_large(text.length() as usize));
        }
        let text = String::from(text);
        if text.len() > max_bytes {
            return Err(too_large(text.len()));
        }
        Ok(text)
    }
    .await;
    if let Some(timer) = timer {
        timer.clear();
    }
    text
}
