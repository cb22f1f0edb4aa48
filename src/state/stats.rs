//! Anonymous venue statistics (off by default): the venue's configuration
//! turns them on, each completed diagnostic is then kept on the device as an
//! anonymous record (`repere-records`), and the venue screen reads them back.
//!
//! - Turned on only by a same-origin venue file that is an object
//!   `{"statistics": {"code_sha256": "…"}, "venues": […]}` (see
//!   `docs/records.md`); never by a URL parameter or anything a visitor does.
//! - Storage (`localStorage["repere.records"]`, the JSON export text) that is
//!   unavailable, full or corrupted never breaks a diagnostic: the record is
//!   dropped and [`StoreLog`] says why, for the venue screen.
//! - Nothing is read or written when statistics are off.

use crate::state::content;
use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use repere_guidance::outcome::Outcome;
use repere_guidance::venues::Venue;
use repere_records::{parse_json, to_json, Day, Record, FORMAT};
use repere_engine::Session;
use serde::Deserialize;
use sha2::{Digest, Sha256};

/// The one storage key the app ever writes, and only when statistics are on.
pub const STORAGE_KEY: &str = "repere.records";
/// What is hashed is this prefix followed by the venue code.
pub const CODE_PREFIX: &str = "repere-venue:";
/// Wrong venue codes allowed before the venue screen refuses until reload.
pub const MAX_CODE_ATTEMPTS: u32 = 5;

/// The SHA-256 of the venue code, from the venue's configuration; its
/// presence turns statistics on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VenueCode(String);

impl VenueCode {
    /// 64 hexadecimal digits (either case).
    pub fn parse(hex: &str) -> Result<VenueCode, String> {
        if hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            Ok(VenueCode(hex.to_ascii_lowercase()))
        } else {
            Err(format!(
                "statistics.code_sha256: '{}' is not 64 hexadecimal digits (make it with: printf '{CODE_PREFIX}%s' 'your code' | sha256sum)",
                hex.escape_default()
            ))
        }
    }

    /// Whether a typed code is the venue's (surrounding spaces ignored).
    pub fn matches(&self, typed: &str) -> bool {
        let digest = Sha256::digest(format!("{CODE_PREFIX}{}", typed.trim()).as_bytes());
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        hex == self.0
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VenueConfig {
    #[serde(default)]
    statistics: Option<StatisticsConfig>,
    #[serde(default)]
    venues: Vec<Venue>,
    /// The `id` of the venue this kiosk or site stands in.
    #[serde(default)]
    here: Option<String>,
}

/// What a same-origin venue file holds.
#[derive(Debug, Clone, PartialEq)]
pub struct VenueFile {
    pub venues: Vec<Venue>,
    /// `Some` when the file turns statistics on.
    pub code: Option<VenueCode>,
    /// The venue the kiosk or site stands in (an `id` of `venues`).
    pub here: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatisticsConfig {
    code_sha256: String,
}

/// Read a same-origin venue file: the national array of venues (statistics
/// off), or the object form with a `statistics` setting and the venue it
/// stands in (`here`: the `id` of one of its venues).
pub fn read_venue_file(text: &str) -> Result<VenueFile, String> {
    if !text.trim_start().starts_with('{') {
        let venues = serde_json::from_str::<Vec<Venue>>(text).map_err(|e| e.to_string())?;
        return Ok(VenueFile { venues, code: None, here: None });
    }
    let config: VenueConfig = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let code = config.statistics.map(|s| VenueCode::parse(&s.code_sha256)).transpose()?;
    if let Some(here) = &config.here {
        if !config.venues.iter().any(|v| &v.id == here) {
            return Err(format!(
                "here: '{}' is not the id of a venue of this file (write the \"id\" of the venue the kiosk stands in)",
                here.escape_default()
            ));
        }
    }
    Ok(VenueFile { venues: config.venues, code, here: config.here })
}

/// Why a record could not be kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreProblem {
    /// The browser gives no storage (blocked, private mode, no window).
    Unavailable,
    /// The storage is full (quota exceeded).
    Full,
    /// What is stored cannot be read: kept as is for the venue to purge.
    Corrupted,
    /// Any other refusal of the browser.
    Refused,
    /// The record itself failed its checks (a bug): never stored.
    Invalid,
}

impl StoreProblem {
    /// The Fluent key saying what happened.
    pub fn message_id(self) -> &'static str {
        match self {
            StoreProblem::Unavailable => "venue-problem-unavailable",
            StoreProblem::Full => "venue-problem-full",
            StoreProblem::Corrupted => "venue-problem-corrupted",
            StoreProblem::Refused => "venue-problem-refused",
            StoreProblem::Invalid => "venue-problem-invalid",
        }
    }
}

/// What happened to this page's records (not stored: it is about this page only).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StoreLog {
    pub saved: u32,
    pub dropped: Vec<StoreProblem>,
}

/// The statistics state the app shares (part of `AppState`).
#[derive(Clone, Copy)]
pub struct Stats {
    /// `Some` when the venue's configuration turns statistics on.
    pub code: RwSignal<Option<VenueCode>>,
    pub log: RwSignal<StoreLog>,
    /// Wrong venue codes typed on this page.
    pub failures: RwSignal<u32>,
}

impl Stats {
    pub fn new() -> Stats {
        Stats { code: RwSignal::new(None), log: RwSignal::new(StoreLog::default()), failures: RwSignal::new(0) }
    }

    pub fn enabled(&self) -> bool {
        self.code.with_untracked(Option::is_some)
    }

    /// A diagnostic ended: keep its anonymous record if statistics are on.
    /// Never fails: a problem drops the record and is logged.
    pub fn completed(&self, session: &Session, outcome: &Outcome, language: &str) {
        if !self.enabled() {
            return;
        }
        let (main, complements) = (outcome.summary.main, &outcome.summary.complements);
        let record = Record::from_session(session, main, complements, language, &bank_version(), today());
        let stored = match record.check() {
            Ok(()) => append(record),
            Err(e) => {
                crate::platform::browser::log_warning(&format!("Repère: invalid record: {e}"));
                Err(StoreProblem::Invalid)
            }
        };
        match stored {
            Ok(()) => self.log.update(|l| l.saved += 1),
            Err(problem) => {
                crate::platform::browser::log_warning(&format!("Repère: the anonymous record was not kept ({problem:?})"));
                self.log.update(|l| l.dropped.push(problem));
            }
        }
    }
}

/// The bank version written in records (see `repere_records::bank_version`).
fn bank_version() -> String {
    repere_records::bank_version(content::bank_json().as_bytes())
}

/// The device's local date.
fn today() -> Day {
    let (year, month, day) = crate::platform::browser::local_date();
    Day::new(year as u16, month as u8, day as u8)
        .unwrap_or_else(|_| Day::new(2000, 1, 1).unwrap_or_else(|_| unreachable!("2000-01-01 is a valid day")))
}

/// The local storage, if the browser gives one (asking may throw: caught).
fn storage() -> Result<web_sys::Storage, StoreProblem> {
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(_))) => Ok(LocalStorage::raw()),
        _ => Err(StoreProblem::Unavailable),
    }
}

/// What the venue screen finds in storage.
#[derive(Debug, Clone, PartialEq)]
pub enum Stored {
    Records { records: Vec<Record>, migrated_from: Option<u32> },
    /// Unreadable; the parser's precise message (for the console).
    Corrupted(String),
}

/// Read the stored records (an absent key is no record). Older formats are
/// migrated and written back in the current one.
pub fn load() -> Result<Stored, StoreProblem> {
    let storage = storage()?;
    let text = storage.get_item(STORAGE_KEY).map_err(|_| StoreProblem::Unavailable)?;
    let Some(text) = text else {
        return Ok(Stored::Records { records: Vec::new(), migrated_from: None });
    };
    match parse_json(&text) {
        Ok(export) if export.read_format < FORMAT => {
            let _ = storage.set_item(STORAGE_KEY, &to_json(&export.records));
            Ok(Stored::Records { records: export.records, migrated_from: Some(export.read_format) })
        }
        Ok(export) => Ok(Stored::Records { records: export.records, migrated_from: None }),
        Err(e) => Ok(Stored::Corrupted(e.to_string())),
    }
}

fn append(record: Record) -> Result<(), StoreProblem> {
    let storage = storage()?;
    let mut records = match load()? {
        Stored::Records { records, .. } => records,
        Stored::Corrupted(_) => return Err(StoreProblem::Corrupted),
    };
    records.push(record);
    storage.set_item(STORAGE_KEY, &to_json(&records)).map_err(|e| {
        let name = wasm_bindgen::JsCast::dyn_ref::<js_sys::Error>(&e).map(|e| String::from(e.name()));
        match name.as_deref() {
            Some("QuotaExceededError") => StoreProblem::Full,
            _ => StoreProblem::Refused,
        }
    })
}

/// Delete every stored record (the venue's purge).
pub fn purge() -> Result<(), StoreProblem> {
    storage()?;
    LocalStorage::delete(STORAGE_KEY);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const HASH_OF_TEST_CODE: &str = "0f0b2b3b0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a";

    fn hash(code: &str) -> String {
        Sha256::digest(format!("{CODE_PREFIX}{code}").as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn the_venue_code_is_checked_by_its_hash() {
        let code = VenueCode::parse(&hash("tilleuls du lundi").to_uppercase()).unwrap();
        assert!(code.matches("tilleuls du lundi"));
        assert!(code.matches("  tilleuls du lundi \n"));
        assert!(!code.matches("tilleuls du mardi"));
        assert!(!code.matches(""));
        assert!(VenueCode::parse(HASH_OF_TEST_CODE).is_ok());
        let err = VenueCode::parse("abc").unwrap_err();
        assert!(err.starts_with("statistics.code_sha256: 'abc' is not 64 hexadecimal digits"), "{err}");
        assert!(VenueCode::parse(&"g".repeat(64)).is_err());
    }

    #[test]
    fn the_national_array_never_turns_statistics_on() {
        let file = read_venue_file("[]").unwrap();
        assert!(file.venues.is_empty() && file.code.is_none() && file.here.is_none());
        let file = read_venue_file(&format!("{{\"statistics\": {{\"code_sha256\": \"{HASH_OF_TEST_CODE}\"}}}}")).unwrap();
        assert!(file.code.is_some());
        let file = read_venue_file("{\"venues\": []}").unwrap();
        assert!(file.code.is_none());
        assert!(read_venue_file("{\"statistics\": {\"code\": \"1234\"}}").unwrap_err().contains("unknown field `code`"));
        assert!(read_venue_file("{\"stats\": true}").is_err());
        assert!(read_venue_file("{\"statistics\": {\"code_sha256\": \"12\"}}").is_err());
    }

    #[test]
    fn here_must_name_a_venue_of_the_file() {
        let venue = r#"{"id": "mediatheque-1", "nom": "Médiathèque", "commune": "Lyon", "code_postal": "69001", "adresse": "1 rue A", "date_maj": "2026-01-01", "pivot": "12345678900011"}"#;
        let file = read_venue_file(&format!(r#"{{"here": "mediatheque-1", "venues": [{venue}]}}"#)).unwrap();
        assert_eq!(file.here.as_deref(), Some("mediatheque-1"));
        let err = read_venue_file(&format!(r#"{{"here": "mediatheque-2", "venues": [{venue}]}}"#)).unwrap_err();
        assert!(err.starts_with("here: 'mediatheque-2' is not the id of a venue of this file"), "{err}");
    }
}
