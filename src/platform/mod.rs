//! Browser glue, the bottom layer: the few direct browser calls (`browser`),
//! the only requests (`fetch`) and the service worker (`offline`). Each call
//! is best-effort. Knows nothing of the app's state or screens.

pub mod browser;
pub mod fetch;
pub mod offline;
