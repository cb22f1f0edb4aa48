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
//! In an embedded widget the service worker works the same (the browser keeps
//! it for the widget's origin, partitioned by the host site).

use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    static UPDATE_READY: Cell<bool> = const { Cell::new(false) };
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
    // A page already controlled by a worker that sees a new one take over is
    // seeing an update; the very first install does not count.
    if container.controller().is_some() {
        let on_change = Closure::<dyn Fn()>::new(|| UPDATE_READY.with(|u| u.set(true)));
        container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
    }
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = JsFuture::from(container.register("sw.js")).await {
            crate::browser::log_warning(&format!("Repère: no offline use: {e:?}"));
        }
    });
}

/// At the end of a session: if a new version has taken over, reload into it
/// (the person's state is already wiped) and say so; otherwise ask the
/// browser to look for one, for the next reset.
pub fn at_reset() -> bool {
    if UPDATE_READY.with(Cell::get) {
        if let Some(window) = web_sys::window() {
            if window.location().reload().is_ok() {
                return true;
            }
        }
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
    false
}
