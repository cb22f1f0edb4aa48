//! The content validated by the build script: the bank (fetched at start,
//! see `main.rs`, from the hashed file the build wrote next to the app), and
//! the referral rules and venue files (small, embedded).

use crate::platform::fetch::FetchError;
use repere_engine::Bank;
use repere_guidance::referral::RuleSet;
use repere_guidance::venues::Venue;
use std::sync::{Arc, OnceLock};

include!(concat!(env!("OUT_DIR"), "/bank_asset.rs"));
static REFERRAL_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/referral.json"));
static VENUES_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/venues.json"));

/// A bank file larger than this is refused (the shipped one is ~100 KB).
const MAX_BANK_BYTES: usize = 4 * 1024 * 1024;

static BANK_JSON: OnceLock<String> = OnceLock::new();
static BANK: OnceLock<Arc<Bank>> = OnceLock::new();
static RULES: OnceLock<Result<RuleSet, String>> = OnceLock::new();
static VENUES: OnceLock<Result<Vec<(String, Vec<Venue>)>, String>> = OnceLock::new();

/// Fetch the bank (once) and parse it; it is kept only once it parses, so
/// that a later try fetches it again.
pub async fn load_bank() -> Result<(), FetchError> {
    if BANK.get().is_some() {
        return Ok(());
    }
    let text = crate::platform::fetch::fetch_asset(BANK_ASSET, MAX_BANK_BYTES).await?;
    let bank = serde_json::from_str::<Bank>(&text).map_err(|e| FetchError::refused(format!("{BANK_ASSET}: {e}")))?;
    let _ = BANK_JSON.set(text);
    let _ = BANK.set(Arc::new(bank));
    Ok(())
}

/// The bank `load_bank` parsed. An error (impossible once the app runs:
/// `main.rs` mounts it only after `load_bank`) is shown on the error screen,
/// never as a panic.
pub fn bank() -> Result<Arc<Bank>, String> {
    BANK.get().cloned().ok_or_else(|| "the bank is not loaded".to_string())
}

/// The referral rules.
pub fn rules() -> Result<RuleSet, String> {
    RULES.get_or_init(|| serde_json::from_str::<RuleSet>(REFERRAL_JSON).map_err(|e| e.to_string())).clone()
}

/// The venues of the named embedded file, or why there are none.
pub fn venues(name: &str) -> Result<Vec<Venue>, String> {
    // Written by build.rs from validated files: unreadable only if the build
    // is broken, and then said (a notice), not taken for "no venue".
    let files = VENUES
        .get_or_init(|| serde_json::from_str(VENUES_JSON).map_err(|e| format!("the embedded venue files cannot be read: {e}")))
        .as_ref()
        .map_err(Clone::clone)?;
    files
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.clone())
        .ok_or_else(|| format!("no venue file named '{name}' (available: {})", files.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>().join(", ")))
}

/// The bank as JSON (its hash is the bank version in records); empty before
/// `load_bank`.
pub fn bank_json() -> &'static str {
    BANK_JSON.get().map_or("", String::as_str)
}
