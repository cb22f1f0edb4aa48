//! The content embedded by the build script (which validated it): the bank,
//! the referral rules and the venue files.

use repere_guidance::referral::RuleSet;
use repere_guidance::venues::Venue;
use repere_engine::Bank;
use std::sync::{Arc, OnceLock};

static BANK_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/bank.json"));
static REFERRAL_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/referral.json"));
static VENUES_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/venues.json"));

static BANK: OnceLock<Result<Arc<Bank>, String>> = OnceLock::new();
static RULES: OnceLock<Result<RuleSet, String>> = OnceLock::new();
static VENUES: OnceLock<Vec<(String, Vec<Venue>)>> = OnceLock::new();

/// The bank, parsed once. An error (which the build should make impossible)
/// is shown on the error screen, never as a panic.
pub fn bank() -> Result<Arc<Bank>, String> {
    BANK.get_or_init(|| serde_json::from_str::<Bank>(BANK_JSON).map(Arc::new).map_err(|e| e.to_string()))
        .clone()
}

/// The referral rules.
pub fn rules() -> Result<RuleSet, String> {
    RULES.get_or_init(|| serde_json::from_str::<RuleSet>(REFERRAL_JSON).map_err(|e| e.to_string())).clone()
}

/// The venues of the named embedded file, or why there are none.
pub fn venues(name: &str) -> Result<Vec<Venue>, String> {
    let files = VENUES.get_or_init(|| serde_json::from_str(VENUES_JSON).unwrap_or_default());
    files
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.clone())
        .ok_or_else(|| format!("no venue file named '{name}' (available: {})", files.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>().join(", ")))
}

/// The embedded bank as JSON (its hash is the bank version in records).
pub fn bank_json() -> &'static str {
    BANK_JSON
}
