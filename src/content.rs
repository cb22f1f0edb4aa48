//! The item bank, embedded as JSON by the build script (which validated it).

use repere_engine::Bank;
use std::sync::{Arc, OnceLock};

static BANK_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/bank.json"));
static BANK: OnceLock<Result<Arc<Bank>, String>> = OnceLock::new();

/// The bank, parsed once. An error (which the build should make impossible)
/// is shown on the error screen, never as a panic.
pub fn bank() -> Result<Arc<Bank>, String> {
    BANK.get_or_init(|| serde_json::from_str::<Bank>(BANK_JSON).map(Arc::new).map_err(|e| e.to_string()))
        .clone()
}
