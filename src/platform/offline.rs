//! Offline use: registers the service worker (`public/sw.js`, completed by
//! `scripts/post-build.mjs`), which keeps the app's own files so that the
//! app starts and runs a whole diagnostic with no network after one visit.
//!
//! A new version is never switched to in the middle of a session: when the
//! service worker of a new build takes over (`controllerchange`), this only
//! notes it; `AppState::reset` (the end of a session: "Finish", the
//! inactivity reset) then reloads the page, which starts the new version. At
//! each reset the browser is also asked to look for a new version.
//!
//! Embedded on a venue's site, the service worker works the same, but the
//! widget never reloads itself (the host's `configure` settings would be
//! lost): a new version starts with the host page's next load.
//!
//! A venue's offers file goes through the service worker, which keeps a copy
//! for offline use. On a first visit it was fetched before the worker took
//! control, so it is fetched once more then (`keep_venue_file`).

use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    static UPDATE_READY: Cell<bool> = const { Cell::new(false) };
    /// Whether a worker controlled the page already (the first one to take
    /// control of a first visit is not an update).
    static CONTROLLED: Cell<bool> = const { Cell::new(false) };
    /// The venue file this page uses, if any (see `keep_venue_file`).
    static VENUE_FILE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// The page uses this venue file (or none): make sure the service worker has
/// a copy, fetching it once more when a worker first takes control of the page.
pub fn keep_venue_file(path: Option<&str>) {
    VENUE_FILE.with(|v| *v.borrow_mut() = path.map(str::to_string));
}

fn fetch_venue_file_through_worker() {
    let Some(path) = VENUE_FILE.with(|v| v.borrow().clone()) else { return };
    wasm_bindgen_futures::spawn_local(async move {
        // Only for the worker's copy: the offers on screen are already loaded.
        if let Err(e) = crate::platform::fetch::fetch_venue_file(&path, crate::platform::fetch::MAX_VENUE_FILE_BYTES).await {
            crate::platform::browser::log_warning(&format!("Repère: the venue file is not kept for offline use: {e}"));
        }
    });
}

/// `navigator.serviceWorker`, absent on plain http (other than localhost)
/// and in some private modes.
fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let container = js_sys::Reflect::get(&navigator, &"serviceWorker".into()).ok()?;
    (!container.is_undefined() && !container.is_null()).then(|| container.unchecked_into())
}

/// Register the service worker, after the app has started (it downloads the
/// rest of the app in the background, never before the first screen).
pub fn register() {
    let Some(container) = container() else { return };
    CONTROLLED.with(|c| c.set(container.controller().is_some()));
    let on_change = Closure::<dyn Fn()>::new(|| {
        if CONTROLLED.with(|c| c.replace(true)) {
            UPDATE_READY.with(|u| u.set(true));
        } else {
            fetch_venue_file_through_worker();
        }
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = JsFuture::from(container.register("sw.js")).await {
            crate::platform::browser::log_warning(&format!("Repère: no offline use: {e:?}"));
        }
    });
}

/// At the end of a session: if a new version has taken over, reload into it
/// (the person's state is already wiped); otherwise ask the browser to look
/// for one, for the next reset.
pub fn at_reset() {
    if UPDATE_READY.with(Cell::get) && !crate::platform::browser::embed_requested() && crate::platform::browser::reload() {
        return;
    }
    if let Some(container) = container() {
        wasm_bindgen_futures::spawn_local(async move {
            let Ok(registration) = JsFuture::from(container.get_registration()).await else { return };
            let Ok(registration) = registration.dyn_into::<web_sys::ServiceWorkerRegistration>() else { return };
            if let Ok(update) = registration.update() {
                // Offline, the check fails quietly: the next reset tries again.
                let _ = JsFuture::from(update).await;
            }
        });
    }
}
