//! The JSON export `{"format": 2, "records": [...]}`, and the migration of
//! format 1. Streamed one record at a time ([`read_json`], at most
//! [`MAX_RECORD_BYTES`] held), each record read through `serde_json::Value`
//! so that every error names its place (`records[3].levels.email`).

use crate::{
    check_bank, check_id, check_language, mode_id, mode_of, parse_responses, path_of, responses_text,
    sort_canonically, Day, Export, FormatError, Outcome, Record, Response, Week, FORMAT, MAX_RESPONSES,
    OLDEST_FORMAT,
};
use serde::de::{DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{json, Map, Value};
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

/// The bank version given to records migrated from format 1, which did not
/// say which bank they were made with.
pub const UNKNOWN_BANK: &str = "unknown";

/// The export file for these records, in the current format and the
/// canonical order (never the order they were given in): one record per
/// line, so that large exports stay readable and diff well.
pub fn to_json(records: &[Record]) -> String {
    let mut sorted = records.to_vec();
    sort_canonically(&mut sorted);
    let mut out = format!("{{\"format\":{FORMAT},\"records\":[");
    for (i, r) in sorted.iter().enumerate() {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        out.push_str(&record_value(r).to_string());
    }
    out.push_str(if records.is_empty() { "]}\n" } else { "\n]}\n" });
    out
}

fn record_value(r: &Record) -> Value {
    json!({
        "week": r.week.to_string(),
        "mode": mode_id(r.mode),
        "language": r.language,
        "bank": r.bank,
        "levels": r.levels,
        "path": r.path.map(|p| p.id()),
        "responses": responses_text(&r.responses),
    })
}

/// The most bytes one record (or the text before the first record) may take
/// in a JSON export read by [`read_json`]: far above a real record (255
/// responses of 64-character ids are under 18 KB), so that a hostile file
/// cannot make the reader hold more than this at once.
pub const MAX_RECORD_BYTES: u64 = 64 * 1024;

/// Read an export in any format from [`OLDEST_FORMAT`] to [`FORMAT`];
/// older records are migrated to the current [`Record`].
pub fn parse_json(text: &str) -> Result<Export, FormatError> {
    let mut records = Vec::new();
    let read_format = read_with(&mut serde_json::Deserializer::from_str(text), None, &mut |r| records.push(r))?;
    Ok(Export { read_format, records })
}

/// Stream an export from `reader`, handing each record (migrated, checked)
/// to `sink` as soon as it is read: memory stays bounded by
/// [`MAX_RECORD_BYTES`] whatever the file's size. `format` must come before
/// `records` (as [`to_json`] writes it). Returns the version read.
pub fn read_json(reader: impl std::io::Read, sink: &mut dyn FnMut(Record)) -> Result<u32, FormatError> {
    let budget = Cell::new(0u64);
    let capped = Capped { inner: reader, used: &budget };
    read_with(&mut serde_json::Deserializer::from_reader(capped), Some(&budget), sink)
}

/// Counts the bytes read since the last reset and fails past the cap.
struct Capped<'a, R> {
    inner: R,
    used: &'a Cell<u64>,
}

impl<R: std::io::Read> std::io::Read for Capped<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.used.get() >= MAX_RECORD_BYTES {
            return Err(std::io::Error::other(TOO_LONG));
        }
        let room = (MAX_RECORD_BYTES - self.used.get()).min(buf.len() as u64) as usize;
        let n = self.inner.read(&mut buf[..room])?;
        self.used.set(self.used.get() + n as u64);
        Ok(n)
    }
}

const TOO_LONG: &str = "more than 65,536 bytes in one record";

fn read_with<'de, R: serde_json::de::Read<'de>>(
    de: &mut serde_json::Deserializer<R>,
    budget: Option<&Cell<u64>>,
    sink: &mut dyn FnMut(Record),
) -> Result<u32, FormatError> {
    let error = RefCell::new(None);
    let top = Top { sink, error: &error, budget };
    let result = serde::Deserializer::deserialize_any(&mut *de, top).and_then(|format| de.end().map(|()| format));
    match (result, error.into_inner()) {
        (Ok(format), _) => Ok(format),
        (Err(_), Some(placed)) => Err(placed),
        (Err(e), None) if e.is_io() && e.to_string().contains(TOO_LONG) => Err(FormatError::at(
            format!("line {}", e.line()),
            format!("{TOO_LONG} (at most {MAX_RECORD_BYTES}): not a records export"),
        )),
        (Err(e), None) => Err(FormatError::at(format!("line {}, column {}", e.line(), e.column()), format!("not JSON: {e}"))),
    }
}

/// The top-level object's visitor: records go to the sink one at a time.
struct Top<'a, 's> {
    sink: &'s mut dyn FnMut(Record),
    error: &'a RefCell<Option<FormatError>>,
    budget: Option<&'a Cell<u64>>,
}

impl Top<'_, '_> {
    fn fail<E: serde::de::Error>(&self, e: FormatError) -> E {
        let message = e.to_string();
        *self.error.borrow_mut() = Some(e);
        E::custom(message)
    }
}

const NOT_AN_OBJECT: &str = "the file must be a JSON object {\"format\": …, \"records\": […]}";

macro_rules! not_an_object {
    ($($name:ident: $t:ty),*) => {
        $(fn $name<E: serde::de::Error>(self, _: $t) -> Result<u32, E> {
            Err(self.fail(FormatError::at("", NOT_AN_OBJECT)))
        })*
    };
}

impl<'de> Visitor<'de> for Top<'_, '_> {
    type Value = u32;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(NOT_AN_OBJECT)
    }

    not_an_object!(visit_bool: bool, visit_i64: i64, visit_u64: u64, visit_f64: f64, visit_str: &str);

    fn visit_unit<E: serde::de::Error>(self) -> Result<u32, E> {
        Err(self.fail(FormatError::at("", NOT_AN_OBJECT)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<u32, A::Error> {
        Err(self.fail(FormatError::at("", NOT_AN_OBJECT)))
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<u32, A::Error> {
        let mut format = None;
        let mut seen_records = false;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => {
                    let v: Value = map.next_value()?;
                    format = Some(check_format(&v).map_err(|e| self.fail(e))?);
                }
                "records" => {
                    let Some(format) = format else {
                        return Err(self.fail(FormatError::at(
                            "format",
                            "missing: the format version is required (before the records)",
                        )));
                    };
                    let seed = Records { top: &mut self, format };
                    map.next_value_seed(seed)?;
                    seen_records = true;
                }
                other => {
                    return Err(self.fail(FormatError::at(
                        "",
                        format!("unknown field '{}' (known: format, records)", other.chars().take(40).collect::<String>().escape_default()),
                    )))
                }
            }
        }
        match (format, seen_records) {
            (None, _) => Err(self.fail(FormatError::at("format", "missing: the format version is required"))),
            (Some(_), false) => Err(self.fail(FormatError::at("records", "missing: the list of records is required"))),
            (Some(f), true) => Ok(f),
        }
    }
}

fn check_format(v: &Value) -> Result<u32, FormatError> {
    let format = v.as_u64().ok_or_else(|| FormatError::at("format", format!("{v} is not a format version number")))?;
    let format = u32::try_from(format).unwrap_or(u32::MAX);
    if format > FORMAT {
        return Err(FormatError::at(
            "format",
            format!("version {format} is newer than this Repère reads ({FORMAT}): update Repère"),
        ));
    }
    if format < OLDEST_FORMAT {
        return Err(FormatError::at("format", format!("version {format} never existed (the first is {OLDEST_FORMAT})")));
    }
    Ok(format)
}

/// The `records` list, read one record at a time.
struct Records<'t, 'a, 's> {
    top: &'t mut Top<'a, 's>,
    format: u32,
}

impl<'de> DeserializeSeed<'de> for Records<'_, '_, '_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Records<'_, '_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list of records [ … ]")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut i = 0;
        loop {
            if let Some(b) = self.top.budget {
                b.set(0);
            }
            let Some(v) = seq.next_element::<Value>()? else { break };
            let read = match self.format {
                1 => record_v1(&v),
                2 => record_v2(&v),
                _ => record_v3(&v),
            };
            let record = read
                .and_then(|r| r.check().map(|_| r))
                .map_err(|e| self.top.fail(e.inside(&format!("records[{i}]"))))?;
            (self.top.sink)(record);
            i += 1;
        }
        Ok(())
    }
}

fn unknown_fields(object: &Map<String, Value>, known: &[&str]) -> Result<(), String> {
    match object.keys().find(|k| !known.contains(&k.as_str())) {
        Some(k) => Err(format!("unknown field '{}' (known: {})", k.escape_default(), known.join(", "))),
        None => Ok(()),
    }
}

fn object(v: &Value) -> Result<&Map<String, Value>, FormatError> {
    v.as_object().ok_or_else(|| FormatError::at("", "a record must be an object { … }"))
}

fn string<'a>(o: &'a Map<String, Value>, field: &str) -> Result<&'a str, FormatError> {
    match o.get(field) {
        None => Err(FormatError::at(field, "missing")),
        Some(v) => v.as_str().ok_or_else(|| FormatError::at(field, format!("{v} is not a text"))),
    }
}

fn field<T>(o: &Map<String, Value>, name: &str, read: impl Fn(&str) -> Result<T, String>) -> Result<T, FormatError> {
    read(string(o, name)?).map_err(|m| FormatError::at(name, m))
}

fn levels(o: &Map<String, Value>) -> Result<BTreeMap<String, u8>, FormatError> {
    let map = o
        .get("levels")
        .ok_or_else(|| FormatError::at("levels", "missing"))?
        .as_object()
        .ok_or_else(|| FormatError::at("levels", "must be an object {\"domain\": level, …}"))?;
    map.iter()
        .map(|(domain, v)| {
            let at = || format!("levels.{}", domain.chars().take(80).collect::<String>().escape_default());
            check_id(domain).map_err(|m| FormatError::at(at(), m))?;
            let level = v
                .as_u64()
                .filter(|l| (1..=4).contains(l))
                .ok_or_else(|| FormatError::at(at(), format!("{v} is not a level 1, 2, 3 or 4")))?;
            Ok((domain.clone(), level as u8))
        })
        .collect()
}

/// Format 3 (current): `week`, and `path` the skill path or `null`.
fn record_v3(v: &Value) -> Result<Record, FormatError> {
    let o = object(v)?;
    unknown_fields(o, &["week", "mode", "language", "bank", "levels", "path", "responses"]).map_err(|m| FormatError::at("", m))?;
    let path = match o.get("path") {
        None => return Err(FormatError::at("path", "missing (null when unknown)")),
        Some(Value::Null) => None,
        Some(_) => Some(field(o, "path", path_of)?),
    };
    Ok(Record {
        week: field(o, "week", Week::parse)?,
        mode: field(o, "mode", mode_of)?,
        language: field(o, "language", |s| check_language(s).map(|_| s.to_string()))?,
        bank: field(o, "bank", |s| check_bank(s).map(|_| s.to_string()))?,
        levels: levels(o)?,
        path,
        responses: field(o, "responses", parse_responses)?,
    })
}

/// Format 2: `day`, the referral's main `path` and its `complements`.
/// Migrated: the day becomes its week; the path and the complements are
/// dropped (they could reflect the declarative answers), after being checked.
fn record_v2(v: &Value) -> Result<Record, FormatError> {
    let o = object(v)?;
    unknown_fields(o, &["day", "mode", "language", "bank", "levels", "path", "complements", "responses"])
        .map_err(|m| FormatError::at("", m))?;
    o.get("complements")
        .ok_or_else(|| FormatError::at("complements", "missing (an empty list [] when there is none)"))?
        .as_array()
        .ok_or_else(|| FormatError::at("complements", "must be a list of path ids"))?
        .iter()
        .enumerate()
        .try_for_each(|(i, p)| {
            let at = format!("complements[{i}]");
            p.as_str()
                .ok_or_else(|| FormatError::at(&at, format!("{p} is not a path id")))
                .and_then(|s| path_of(s).map(|_| ()).map_err(|m| FormatError::at(&at, m)))
        })?;
    field(o, "path", path_of)?;
    Ok(Record {
        week: field(o, "day", Day::parse)?.week(),
        mode: field(o, "mode", mode_of)?,
        language: field(o, "language", |s| check_language(s).map(|_| s.to_string()))?,
        bank: field(o, "bank", |s| check_bank(s).map(|_| s.to_string()))?,
        levels: levels(o)?,
        path: None,
        responses: field(o, "responses", parse_responses)?,
    })
}

/// Format 1 (the first draft): `date`, `lang`, no bank version, no
/// complements, responses as a list of `{"item", "answer"}` objects with
/// answers `right`, `wrong`, `dont_know`. Migrated like format 2.
fn record_v1(v: &Value) -> Result<Record, FormatError> {
    let o = object(v)?;
    unknown_fields(o, &["date", "mode", "lang", "levels", "path", "responses"]).map_err(|m| FormatError::at("", m))?;
    let list = o
        .get("responses")
        .ok_or_else(|| FormatError::at("responses", "missing"))?
        .as_array()
        .ok_or_else(|| FormatError::at("responses", "must be a list of {\"item\", \"answer\"}"))?;
    if list.len() > MAX_RESPONSES {
        return Err(FormatError::at("responses", format!("{} responses, at most {MAX_RESPONSES}", list.len())));
    }
    let responses = list
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let at = format!("responses[{i}]");
            let r = r.as_object().ok_or_else(|| FormatError::at(&at, "must be an object {\"item\", \"answer\"}"))?;
            let inner = || -> Result<Response, FormatError> {
                unknown_fields(r, &["item", "answer"]).map_err(|m| FormatError::at("", m))?;
                let item = field(r, "item", |s| check_id(s).map(|_| s.to_string()))?;
                let outcome = field(r, "answer", |s| match s {
                    "right" => Ok(Outcome::Right),
                    "wrong" => Ok(Outcome::Wrong),
                    "dont_know" => Ok(Outcome::DontKnow),
                    other => Err(format!("'{}' is not right, wrong or dont_know", other.escape_default())),
                })?;
                Ok(Response { item, outcome })
            };
            inner().map_err(|e| e.inside(&at))
        })
        .collect::<Result<Vec<_>, _>>()?;
    field(o, "path", path_of)?;
    if let Some((i, _)) = responses.iter().enumerate().find(|(i, r)| responses[..*i].iter().any(|x| x.item == r.item)) {
        return Err(FormatError::at(format!("responses[{i}]"), "this item is listed twice (a record lists an item at most once)"));
    }
    Ok(Record {
        week: field(o, "date", Day::parse)?.week(),
        mode: field(o, "mode", mode_of)?,
        language: field(o, "lang", |s| check_language(s).map(|_| s.to_string()))?,
        bank: UNKNOWN_BANK.to_string(),
        levels: levels(o)?,
        path: None,
        responses,
    })
}
