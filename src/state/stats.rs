//! Anonymous venue statistics (off by default): the venue's configuration
//! turns them on, each completed diagnostic is then kept on the device as an
//! anonymous record (`repere-records`) unless the person declines it, and the
//! venue screen reads them back.
//!
//! - Turned on only by a same-origin venue file that is an object
//!   `{"statistics": {"code_salt": "…", "code_sha256": "…"}, "venues": […]}`
//!   made with `repere venue-code` (see `docs/records.md`), and only when the
//!   whole file is valid (its venues pass the same checks as the offers);
//!   never by a URL parameter or anything a visitor does.
//! - One store per venue: `localStorage["repere.records.<id>"]` (the JSON
//!   export text; `<id>` from the venue's hash), so two venues on one origin
//!   never read each other's records; wrong codes are counted in
//!   `repere.lock.<id>`, which survives a reload.
//! - The record is written after the result is painted (a large store takes
//!   time to rewrite), and storage that is unavailable, full or corrupted
//!   never breaks a diagnostic: the record is dropped and [`StoreLog`] says
//!   why, for the venue screen.
//! - Nothing is read or written when statistics are off.

use crate::state::content;
use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use repere_engine::Session;
use repere_guidance::referral::Declarative;
use repere_guidance::venues::{validate_venues, Venue};
use repere_records::venue_code::{locked_until, VenueLock};
use repere_records::{parse_json, to_json, Day, Record, Week, FORMAT};
use serde::{Deserialize, Serialize};

/// The store of the first version, shared by every venue of an origin; its
/// records move to the first venue store opened after the update.
const LEGACY_STORAGE_KEY: &str = "repere.records";
/// Prefixes of a venue's own keys.
const STORE_PREFIX: &str = "repere.records.";
const LOCK_PREFIX: &str = "repere.lock.";
/// Wrong venue codes allowed before the lock waits (then longer each time).
pub const MAX_CODE_ATTEMPTS: u32 = repere_records::venue_code::FREE_ATTEMPTS;
/// About what a browser gives an origin's localStorage (characters), and the
/// share from which the venue screen warns that it is nearly full.
const STORAGE_QUOTA_CHARS: f64 = 5_000_000.0;
const NEARLY_FULL: f64 = 0.8;

/// The venue's lock, from its configuration; its presence turns statistics on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VenueCode(VenueLock);

impl VenueCode {
    /// Whether a typed code is the venue's.
    pub fn matches(&self, typed: &str) -> bool {
        self.0.opens(typed)
    }

    fn store_key(&self) -> String {
        format!("{STORE_PREFIX}{}", self.0.store_id())
    }

    fn lock_key(&self) -> String {
        format!("{LOCK_PREFIX}{}", self.0.store_id())
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
    code_salt: String,
    code_sha256: String,
}

/// Read a same-origin venue file: the national array of venues (statistics
/// off), or the object form with a `statistics` setting and the venue it
/// stands in (`here`: the `id` of one of its venues). A file whose venues
/// fail their checks is refused whole, so it never turns statistics on.
pub fn read_venue_file(text: &str) -> Result<VenueFile, String> {
    if !text.trim_start().starts_with('{') {
        let venues = serde_json::from_str::<Vec<Venue>>(text).map_err(|e| e.to_string())?;
        return Ok(VenueFile { venues, code: None, here: None });
    }
    let config: VenueConfig = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let problems = validate_venues(&config.venues);
    if !problems.is_empty() {
        let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        return Err(format!("the venues fail their checks, so statistics stay off:\n{}", list.join("\n")));
    }
    if let Some(here) = &config.here {
        if !config.venues.iter().any(|v| &v.id == here) {
            return Err(format!(
                "here: '{}' is not the id of a venue of this file (write the \"id\" of the venue the kiosk stands in)",
                here.escape_default()
            ));
        }
    }
    let code = config
        .statistics
        .map(|s| VenueLock::new(&s.code_salt, &s.code_sha256).map(VenueCode))
        .transpose()?;
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
    /// Wrong venue codes (this venue's, kept across reloads when storage allows).
    pub failures: RwSignal<u32>,
    /// The person declined the record of this test (asked on the consent
    /// screen or the declarative part; back to false for the next person).
    pub declined: RwSignal<bool>,
}

impl Stats {
    pub fn new() -> Stats {
        Stats {
            code: RwSignal::new(None),
            log: RwSignal::new(StoreLog::default()),
            failures: RwSignal::new(0),
            declined: RwSignal::new(false),
        }
    }

    pub fn enabled(&self) -> bool {
        self.code.with_untracked(Option::is_some)
    }

    /// A diagnostic ended: keep its anonymous record if statistics are on and
    /// the person did not decline it. Built now (nothing of the declarative
    /// part is read), written once the result is painted. Never fails: a
    /// problem drops the record and is logged.
    pub fn completed(&self, session: &Session, _declarative: &Declarative, language: &str) {
        let declined = self.declined.get_untracked();
        self.declined.set(false);
        let Some(code) = self.code.get_untracked() else { return };
        if declined {
            return;
        }
        let record = Record::from_session(session, language, &bank_version(), today());
        let log = self.log;
        // Two frames: the result is painted first, then the store is rewritten.
        request_animation_frame(move || {
            set_timeout(
                move || {
                    let stored = match record.check() {
                        Ok(()) => append(&code, record),
                        Err(e) => {
                            crate::platform::browser::log_warning(&format!("Repère: invalid record: {e}"));
                            Err(StoreProblem::Invalid)
                        }
                    };
                    match stored {
                        Ok(()) => log.update(|l| l.saved += 1),
                        Err(problem) => {
                            crate::platform::browser::log_warning(&format!("Repère: the anonymous record was not kept ({problem:?})"));
                            log.update(|l| l.dropped.push(problem));
                        }
                    }
                },
                std::time::Duration::ZERO,
            )
        });
    }

    /// The wrong codes counted for this venue, read back after a reload.
    pub fn load_failures(&self) {
        let Some(code) = self.code.get_untracked() else { return };
        self.failures.set(read_lock(&code).failures);
    }

    /// One more wrong code, kept across reloads.
    pub fn add_failure(&self) {
        let Some(code) = self.code.get_untracked() else { return };
        let lock = LockState { failures: read_lock(&code).failures.max(self.failures.get_untracked()) + 1, last: js_sys::Date::now() };
        self.failures.set(lock.failures);
        if let Ok(storage) = storage() {
            let _ = storage.set_item(&code.lock_key(), &serde_json::to_string(&lock).unwrap_or_default());
        }
    }

    /// The right code: the count starts again.
    pub fn clear_failures(&self) {
        self.failures.set(0);
        if let (Some(code), Ok(_)) = (self.code.get_untracked(), storage()) {
            LocalStorage::delete(code.lock_key());
        }
    }

    /// Whether the lock waits now (too many wrong codes, not long enough ago).
    pub fn locked(&self) -> bool {
        let failures = self.failures.get();
        let last = self.code.with_untracked(|c| c.as_ref().map(|c| read_lock(c).last)).unwrap_or(0.0);
        locked_until(failures, last).is_some_and(|until| js_sys::Date::now() < until)
    }
}

/// The wrong codes of a venue, in its lock key.
#[derive(Debug, Default, Serialize, Deserialize)]
struct LockState {
    failures: u32,
    /// When the last wrong code was typed (ms since the epoch).
    last: f64,
}

fn read_lock(code: &VenueCode) -> LockState {
    storage()
        .ok()
        .and_then(|s| s.get_item(&code.lock_key()).ok().flatten())
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
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

/// The week of the device's local date: its records are not shown yet.
pub fn this_week() -> Week {
    today().week()
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

/// Read this venue's stored records (an absent key is no record). Older
/// formats, and the shared store of the first version, are migrated and
/// written back in the current format.
pub fn load(code: &VenueCode) -> Result<Stored, StoreProblem> {
    let storage = storage()?;
    let key = code.store_key();
    let mut text = storage.get_item(&key).map_err(|_| StoreProblem::Unavailable)?;
    if text.is_none() {
        if let Ok(Some(legacy)) = storage.get_item(LEGACY_STORAGE_KEY) {
            text = Some(legacy);
            let _ = storage.remove_item(LEGACY_STORAGE_KEY);
        }
    }
    let Some(text) = text else {
        return Ok(Stored::Records { records: Vec::new(), migrated_from: None });
    };
    match parse_json(&text) {
        Ok(export) if export.read_format < FORMAT || storage.get_item(&key).ok().flatten().is_none() => {
            let _ = storage.set_item(&key, &to_json(&export.records));
            let migrated = (export.read_format < FORMAT).then_some(export.read_format);
            Ok(Stored::Records { records: export.records, migrated_from: migrated })
        }
        Ok(export) => Ok(Stored::Records { records: export.records, migrated_from: None }),
        Err(e) => {
            if storage.get_item(&key).ok().flatten().is_none() {
                let _ = storage.set_item(&key, &text);
            }
            Ok(Stored::Corrupted(e.to_string()))
        }
    }
}

fn append(code: &VenueCode, record: Record) -> Result<(), StoreProblem> {
    let storage = storage()?;
    let mut records = match load(code)? {
        Stored::Records { records, .. } => records,
        Stored::Corrupted(_) => return Err(StoreProblem::Corrupted),
    };
    records.push(record);
    // to_json writes them in the canonical order, never the order of visits.
    storage.set_item(&code.store_key(), &to_json(&records)).map_err(|e| {
        let name = wasm_bindgen::JsCast::dyn_ref::<js_sys::Error>(&e).map(|e| String::from(e.name()));
        match name.as_deref() {
            Some("QuotaExceededError") => StoreProblem::Full,
            _ => StoreProblem::Refused,
        }
    })
}

/// Whether Repère's stored text nears what the browser allows (every venue
/// store of the origin shares the quota): the venue screen warns from any
/// page, not only the one where a write failed.
pub fn nearly_full() -> bool {
    let Ok(storage) = storage() else { return false };
    let used: usize = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with("repere."))
        .map(|k| k.len() + storage.get_item(&k).ok().flatten().map_or(0, |v| v.len()))
        .sum();
    used as f64 >= NEARLY_FULL * STORAGE_QUOTA_CHARS
}

/// Delete this venue's stored records (the venue's purge).
pub fn purge(code: &VenueCode) -> Result<(), StoreProblem> {
    storage()?;
    LocalStorage::delete(code.store_key());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use repere_records::venue_code::{code_hash, normalise};

    const SALT: &str = "00112233445566778899aabbccddeeff";
    const CODE: &str = "K7QM-3XD9-PA2F-W8HT";

    fn entry() -> String {
        format!(
            "{{\"statistics\": {{\"code_salt\": \"{SALT}\", \"code_sha256\": \"{}\"}}}}",
            code_hash(SALT, &normalise(CODE).unwrap())
        )
    }

    #[test]
    fn the_venue_code_is_checked_by_its_salted_hash() {
        let code = read_venue_file(&entry()).unwrap().code;
        let code = code.unwrap();
        assert!(code.matches(CODE));
        assert!(code.matches(" k7qm 3xd9 pa2f w8ht "));
        assert!(!code.matches("tilleuls du lundi"));
        assert!(!code.matches(""));
        assert!(code.store_key().starts_with("repere.records.") && code.lock_key().starts_with("repere.lock."));
    }

    #[test]
    fn the_national_array_or_an_invalid_file_never_turns_statistics_on() {
        let file = read_venue_file("[]").unwrap();
        assert!(file.venues.is_empty() && file.code.is_none() && file.here.is_none());
        let file = read_venue_file("{\"venues\": []}").unwrap();
        assert!(file.code.is_none());
        // The unsalted entry of the first version is refused.
        let old = "{\"statistics\": {\"code_sha256\": \"fd6ad340d794aa796191555d261f50b64d7e6b0d898109c4e85ab2ac545c1597\"}}";
        assert!(read_venue_file(old).is_err());
        assert!(read_venue_file("{\"statistics\": {\"code\": \"1234\"}}").unwrap_err().contains("unknown field `code`"));
        assert!(read_venue_file("{\"stats\": true}").is_err());
        let bad_venue = entry().replace("}}", "}, \"venues\": [{\"id\": \"x\"}]}");
        assert!(read_venue_file(&bad_venue).is_err(), "a venue that fails its checks");
    }

    #[test]
    fn here_must_name_a_venue_of_the_file() {
        let venue = r#"{"id": "mediatheque_1", "nom": "Médiathèque", "commune": "Lyon", "code_postal": "69001", "adresse": "1 rue A", "date_maj": "2026-01-01", "pivot": "12345678900011"}"#;
        let file = read_venue_file(&format!(r#"{{"here": "mediatheque_1", "venues": [{venue}]}}"#)).unwrap();
        assert_eq!(file.here.as_deref(), Some("mediatheque_1"));
        let err = read_venue_file(&format!(r#"{{"here": "mediatheque_2", "venues": [{venue}]}}"#)).unwrap_err();
        assert!(err.starts_with("here: 'mediatheque_2' is not the id of a venue of this file"), "{err}");
    }
}
