//! The app's only two kinds of request, both to the page's own origin:
//! its content files (the bank, a language's text: paths baked in at build
//! time, `repere_content::web_assets`) and a venue's offers file (a path from
//! the URL, so checked strictly). Every response is size-capped and the
//! request is given up after a time limit.

use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A venue file that has not arrived after this long is given up.
const VENUE_TIMEOUT: Duration = Duration::from_secs(10);
/// A content file is needed to start: give a slow line more time.
const CONTENT_TIMEOUT: Duration = Duration::from_secs(60);

fn js_error(e: JsValue) -> String {
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

/// Fetch one of the app's own content files (a relative path of the built
/// app). A plain same-origin request, so that the `<link rel="preload">`
/// index.html has for it is reused.
pub async fn fetch_asset(path: &str, max_bytes: usize) -> Result<String, String> {
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
pub async fn fetch_venue_file(path: &str, max_bytes: usize) -> Result<String, String> {
    let init = web_sys::RequestInit::new();
    init.set_method("GET");
    init.set_mode(web_sys::RequestMode::SameOrigin);
    init.set_redirect(web_sys::RequestRedirect::Error);
    init.set_credentials(web_sys::RequestCredentials::Omit);
    let headers = web_sys::Headers::new().map_err(js_error)?;
    headers.set(VENUE_FILE_HEADER.0, VENUE_FILE_HEADER.1).map_err(js_error)?;
    init.set_headers(&headers);
    fetch_text(path, &init, max_bytes, VENUE_TIMEOUT).await
}

/// Resolve `path` against the page, refuse another origin, fetch it with
/// `init`, abort after `timeout`, refuse more than `max_bytes`.
async fn fetch_text(path: &str, init: &web_sys::RequestInit, max_bytes: usize, timeout: Duration) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let location = window.location();
    let url = web_sys::Url::new_with_base(path, &location.href().map_err(js_error)?).map_err(js_error)?;
    let origin = location.origin().map_err(js_error)?;
    if url.origin() != origin {
        return Err(format!("{} is not on this site ({origin})", url.href()));
    }
    let controller = web_sys::AbortController::new().map_err(js_error)?;
    init.set_signal(Some(&controller.signal()));
    let timer = leptos::prelude::set_timeout_with_handle(move || controller.abort(), timeout).ok();
    let text = async {
        let response = JsFuture::from(window.fetch_with_str_and_init(&url.href(), init)).await.map_err(js_error)?;
        let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response".to_string())?;
        if !response.ok() {
            return Err(format!("HTTP {}", response.status()));
        }
        let too_large = |size: usize| format!("the file is larger than {max_bytes} bytes ({size} bytes)");
        let declared = response.headers().get("Content-Length").ok().flatten().and_then(|n| n.trim().parse::<usize>().ok());
        if let Some(size) = declared.filter(|&n| n > max_bytes) {
            return Err(too_large(size));
        }
        let text = JsFuture::from(response.text().map_err(js_error)?).await.map_err(js_error)?;
        let text: js_sys::JsString = text.dyn_into().map_err(|_| "not text".to_string())?;
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
