//! Anonymous diagnostic records: what a venue's devices keep about each
//! completed diagnostic when the venue's configuration turns statistics on,
//! and the export files (`JSON` and `CSV`) that `repere report` and
//! `repere calibrate` read.
//!
//! A [`Record`] holds the ISO week (no day, no time), the mode, the
//! interface language, the bank version, the level per domain, the path the
//! questions alone give (the skill path) and the scored item responses (item
//! id and right / wrong / don't know). Never a name, never free text, never
//! anything typed, never the declarative answers nor anything derived from
//! them (the referral's complements and its main path depend on them: not
//! kept).
//!
//! Anonymity (reasoning in `docs/records.md`): records are written in a
//! canonical sorted order, never in visit order ([`to_json`], [`to_csv`]);
//! what is shown or exported goes through [`publishable`] (only past weeks
//! holding at least [`K`] records; a language used fewer than [`K`] times in
//! a week written `und`) and [`Summary::published`] (every count under [`K`]
//! hidden, with a second cell hidden when one alone could be recomputed).
//!
//! The format is versioned ([`FORMAT`]); [`parse_json`] also reads every older
//! version and migrates it. Parsers never panic and name the place of the
//! first problem ([`FormatError`]). The full format is in `docs/records.md`.
//!
//! Pure: no web, no clock, no I/O (the caller gives the day and the text).

mod csv;
mod day;
mod json;
mod summary;
pub mod venue_code;

pub use crate::csv::{parse_csv, to_csv};
pub use crate::day::{Day, Week};
pub use crate::summary::{publishable, suppress, Counts, Published, PublishedWeek, Shown, K, UNDETERMINED_LANGUAGE};
pub use crate::json::{parse_json, read_json, to_json, MAX_RECORD_BYTES, UNKNOWN_BANK};
pub use crate::summary::{path_index, Summary};
pub use repere_engine::Mode;
pub use repere_guidance::referral::Path;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The format version [`to_json`] and [`to_csv`] write.
pub const FORMAT: u32 = 3;

/// The oldest format version [`parse_json`] still reads (and migrates).
pub const OLDEST_FORMAT: u32 = 1;

/// Longest id (item, domain, bank) a record may hold.
pub const MAX_ID_LEN: usize = 64;

/// Most item responses in one record (the longest test is far shorter).
pub const MAX_RESPONSES: usize = 255;

/// How one item was answered. Skipped items carry no information and are not
/// recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Right,
    Wrong,
    /// "I don't know" (scored as wrong by the engine, kept apart here).
    DontKnow,
}

impl Outcome {
    /// The one-character code used in the `responses` field: `1`, `0`, `?`.
    pub fn code(self) -> char {
        match self {
            Outcome::Right => '1',
            Outcome::Wrong => '0',
            Outcome::DontKnow => '?',
        }
    }

    fn from_code(c: &str) -> Option<Outcome> {
        match c {
            "1" => Some(Outcome::Right),
            "0" => Some(Outcome::Wrong),
            "?" => Some(Outcome::DontKnow),
            _ => None,
        }
    }

    /// Whether it counts as correct (don't know counts as wrong).
    pub fn is_right(self) -> bool {
        self == Outcome::Right
    }
}

/// One scored item response.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Response {
    pub item: String,
    pub outcome: Outcome,
}

/// One completed diagnostic, anonymous by construction: adding a field is a
/// format change (new [`FORMAT`], a migration, `docs/records.md`) and needs a
/// privacy review.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Record {
    /// The ISO week the diagnostic ended in (device's local date; no day).
    pub week: Week,
    pub mode: Mode,
    /// The interface language, e.g. `fr` (`und` when generalised).
    pub language: String,
    /// The bank version the diagnostic ran on (see [`bank_version`]).
    pub bank: String,
    /// Plain level 1..=4 per domain id.
    pub levels: BTreeMap<String, u8>,
    /// The path the questions alone give (`Path::from_skills` of the skill
    /// path), never the declarative part; `None` for a record migrated from
    /// format 1 or 2, whose stored path could reflect the declarative answers.
    pub path: Option<Path>,
    /// Scored responses in the order they were given.
    pub responses: Vec<Response>,
}

impl Record {
    /// The record of a finished (or stopped) session: levels from its
    /// estimates, scored responses from its history (skipped items left out),
    /// the skill path and the week of `day`. Nothing else of the session is
    /// read, and nothing of the declarative part.
    pub fn from_session(session: &repere_engine::Session, language: &str, bank: &str, day: Day) -> Record {
        let responses = session
            .history()
            .iter()
            .filter_map(|a| {
                let outcome = match (&a.response, a.correct) {
                    (_, None) => return None,
                    (repere_engine::Response::DontKnow, _) => Outcome::DontKnow,
                    (_, Some(true)) => Outcome::Right,
                    (_, Some(false)) => Outcome::Wrong,
                };
                Some(Response { item: a.item.clone(), outcome })
            })
            .take(MAX_RESPONSES)
            .collect();
        Record {
            week: day.week(),
            mode: session.mode(),
            language: language.to_string(),
            bank: bank.to_string(),
            levels: session.estimates().into_iter().map(|e| (e.domain, e.level.clamp(1, 4))).collect(),
            path: Some(Path::from_skills(session.skill_path())),
            responses,
        }
    }

    /// Check every field's value; the error names the field.
    pub fn check(&self) -> Result<(), FormatError> {
        check_language(&self.language).map_err(|m| FormatError::at("language", m))?;
        check_bank(&self.bank).map_err(|m| FormatError::at("bank", m))?;
        for (domain, &level) in &self.levels {
            let at = || format!("levels.{}", domain.chars().take(80).collect::<String>().escape_default());
            check_id(domain).map_err(|m| FormatError::at(at(), m))?;
            if !(1..=4).contains(&level) {
                return Err(FormatError::at(
                    at(),
                    format!("level {level} is not between 1 and 4"),
                ));
            }
        }
        if self.responses.len() > MAX_RESPONSES {
            return Err(FormatError::at(
                "responses",
                format!("{} responses, at most {MAX_RESPONSES}", self.responses.len()),
            ));
        }
        for (i, r) in self.responses.iter().enumerate() {
            check_id(&r.item).map_err(|m| FormatError::at("responses", format!("item '{}': {m}", r.item)))?;
            if self.responses[..i].iter().any(|x| x.item == r.item) {
                return Err(FormatError::at(
                    "responses",
                    format!("item '{}' is listed twice: a record lists an item at most once", r.item),
                ));
            }
        }
        Ok(())
    }
}

/// Where a text stops being a valid export, and why. `at` is a JSON path
/// (`records[3].levels.email`) or a CSV place (`line 4, column day`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{at}: {message}")]
pub struct FormatError {
    pub at: String,
    pub message: String,
}

impl FormatError {
    pub(crate) fn at(at: impl Into<String>, message: impl Into<String>) -> Self {
        Self { at: at.into(), message: message.into() }
    }

    /// The same error, placed inside `outer` (`records[2]` + `day`).
    pub(crate) fn inside(self, outer: &str) -> Self {
        let at = if self.at.is_empty() {
            outer.to_string()
        } else if self.at.starts_with('[') {
            format!("{outer}{}", self.at)
        } else {
            format!("{outer}.{}", self.at)
        };
        Self { at, ..self }
    }
}

/// What a parser read: the records (in the current format) and the version
/// the text was written in (older versions are migrated on reading).
#[derive(Debug, Clone, PartialEq)]
pub struct Export {
    pub read_format: u32,
    pub records: Vec<Record>,
}

/// Read an export in either form: JSON if its first non-blank character is
/// `{`, else CSV.
pub fn parse_any(text: &str) -> Result<Export, FormatError> {
    if text.trim_start().starts_with('{') {
        parse_json(text)
    } else {
        parse_csv(text).map(|records| Export { read_format: FORMAT, records })
    }
}

/// The bank version written in records: FNV-1a (64 bits) of the bank's
/// canonical JSON, as 16 lower-case hex digits. Any change to an item's
/// parameters, the domains or the settings gives another version.
pub fn bank_version(bank_json: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bank_json {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Ids (items, domains): the bank's rule (`repere_engine::bank::is_valid_id`:
/// lower-case letters, digits and `-`, starting with a letter), 1 to
/// [`MAX_ID_LEN`] characters. So no export cell starts with `-`, `=`, `+` or
/// `@`, which a spreadsheet would compute.
pub(crate) fn check_id(id: &str) -> Result<(), String> {
    if id.is_empty() {
        return Err("the id is empty".into());
    }
    if id.len() > MAX_ID_LEN {
        return Err(format!("the id is {} characters long, at most {MAX_ID_LEN}", id.len()));
    }
    if repere_engine::bank::is_valid_id(id) {
        return Ok(());
    }
    match id.chars().find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')) {
        Some(c) => Err(format!("'{}' cannot be in an id (lower-case letters, digits and '-')", c.escape_default())),
        None => Err("an id starts with a lower-case letter".into()),
    }
}

/// The bank version: 16 lower-case hex digits ([`bank_version`]) or
/// [`UNKNOWN_BANK`].
pub(crate) fn check_bank(version: &str) -> Result<(), String> {
    let hex = version.len() == 16 && version.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if hex || version == UNKNOWN_BANK {
        Ok(())
    } else {
        Err(format!(
            "'{}' is not a bank version (16 lower-case hex digits, or '{UNKNOWN_BANK}')",
            version.chars().take(40).collect::<String>().escape_default()
        ))
    }
}

/// A language tag: 2 or 3 lower-case letters, optionally `-` and 2 to 8
/// letters or digits (`fr`, `en`, `pt-BR`).
pub(crate) fn check_language(tag: &str) -> Result<(), String> {
    let (primary, region) = match tag.split_once('-') {
        Some((p, r)) => (p, Some(r)),
        None => (tag, None),
    };
    let primary_ok = (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_lowercase());
    let region_ok = region.is_none_or(|r| (2..=8).contains(&r.len()) && r.chars().all(|c| c.is_ascii_alphanumeric()));
    if primary_ok && region_ok {
        Ok(())
    } else {
        Err(format!("'{}' is not a language tag like 'fr' or 'pt-BR'", tag.escape_default()))
    }
}

/// A mode from its id.
pub(crate) fn mode_of(id: &str) -> Result<Mode, String> {
    match id {
        "screening" => Ok(Mode::Screening),
        "profile" => Ok(Mode::Profile),
        other => Err(format!("unknown mode '{}' (screening or profile)", other.escape_default())),
    }
}

/// The id of a mode.
pub fn mode_id(mode: Mode) -> &'static str {
    match mode {
        Mode::Screening => "screening",
        Mode::Profile => "profile",
    }
}

/// A path from its id.
pub(crate) fn path_of(id: &str) -> Result<Path, String> {
    Path::ALL
        .into_iter()
        .find(|p| p.id() == id)
        .ok_or_else(|| {
            let ids: Vec<&str> = Path::ALL.iter().map(|p| p.id()).collect();
            format!("unknown path '{}' ({})", id.escape_default(), ids.join(", "))
        })
}

/// The `responses` field: `item:code` pairs separated by single spaces, codes
/// `1` right, `0` wrong, `?` don't know (e.g. `email-01:1 data-03:?`).
pub fn responses_text(responses: &[Response]) -> String {
    let parts: Vec<String> = responses.iter().map(|r| format!("{}:{}", r.item, r.outcome.code())).collect();
    parts.join(" ")
}

/// Read the `responses` field (see [`responses_text`]); empty text is no response.
pub fn parse_responses(text: &str) -> Result<Vec<Response>, String> {
    if text.is_empty() {
        return Ok(Vec::new());
    }
    let mut seen = std::collections::HashSet::new();
    text.split(' ')
        .enumerate()
        .map(|(i, pair)| {
            let n = i + 1;
            if n > MAX_RESPONSES {
                return Err(format!("more than {MAX_RESPONSES} responses"));
            }
            let (item, code) = pair
                .rsplit_once(':')
                .ok_or_else(|| format!("response {n} '{}' is not 'item:code'", pair.escape_default()))?;
            check_id(item).map_err(|m| format!("response {n}: {m}"))?;
            let outcome = Outcome::from_code(code).ok_or_else(|| {
                format!("response {n}: code '{}' is not 1 (right), 0 (wrong) or ? (don't know)", code.escape_default())
            })?;
            if !seen.insert(item) {
                return Err(format!("response {n}: item '{item}' is listed twice (a record lists an item at most once)"));
            }
            Ok(Response { item: item.to_string(), outcome })
        })
        .collect()
}

/// The canonical order records are written in (week, then every field),
/// so that a file's order says nothing of the order of visits.
pub fn sort_canonically(records: &mut [Record]) {
    records.sort_by_cached_key(|r| {
        (
            r.week,
            r.bank.clone(),
            mode_id(r.mode),
            r.language.clone(),
            r.levels.clone(),
            r.path.map(path_index),
            responses_text(&r.responses),
        )
    });
}

#[cfg(test)]
mod tests;
