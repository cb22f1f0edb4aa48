//! The JSON export `{"format": 2, "records": [...]}`, and the migration of
//! format 1. Read through `serde_json::Value` so that every error names its
//! place (`records[3].levels.email`).

use crate::{
    check_bank, check_id, check_language, mode_id, mode_of, parse_responses, path_of, responses_text, Day,
    Export, FormatError, Outcome, Record, Response, FORMAT, MAX_RESPONSES, OLDEST_FORMAT,
};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// The bank version given to records migrated from format 1, which did not
/// say which bank they were made with.
pub const UNKNOWN_BANK: &str = "unknown";

/// The export file for these records, in the current format: one record per
/// line, so that large exports stay readable and diff well.
pub fn to_json(records: &[Record]) -> String {
    let mut out = format!("{{\"format\":{FORMAT},\"records\":[");
    for (i, r) in records.iter().enumerate() {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        out.push_str(&record_value(r).to_string());
    }
    out.push_str(if records.is_empty() { "]}\n" } else { "\n]}\n" });
    out
}

fn record_value(r: &Record) -> Value {
    json!({
        "day": r.day.to_string(),
        "mode": mode_id(r.mode),
        "language": r.language,
        "bank": r.bank,
        "levels": r.levels,
        "path": r.path.id(),
        "complements": r.complements.iter().map(|p| p.id()).collect::<Vec<_>>(),
        "responses": responses_text(&r.responses),
    })
}

/// Read an export in any format from [`OLDEST_FORMAT`] to [`FORMAT`];
/// older records are migrated to the current [`Record`].
pub fn parse_json(text: &str) -> Result<Export, FormatError> {
    let value: Value = serde_json::from_str(text)
        .map_err(|e| FormatError::at(format!("line {}, column {}", e.line(), e.column()), format!("not JSON: {e}")))?;
    let top = value.as_object().ok_or_else(|| FormatError::at("", "the file must be a JSON object {\"format\": …, \"records\": […]}"))?;
    let format = match top.get("format") {
        None => return Err(FormatError::at("format", "missing: the format version is required")),
        Some(v) => v
            .as_u64()
            .ok_or_else(|| FormatError::at("format", format!("{v} is not a format version number")))?,
    };
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
    unknown_fields(top, &["format", "records"]).map_err(|e| FormatError::at("", e))?;
    let list = top
        .get("records")
        .ok_or_else(|| FormatError::at("records", "missing: the list of records is required"))?
        .as_array()
        .ok_or_else(|| FormatError::at("records", "must be a list [ … ]"))?;
    let records = list
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let read = if format == 1 { record_v1(v) } else { record_v2(v) };
            read.and_then(|r| r.check().map(|_| r)).map_err(|e| e.inside(&format!("records[{i}]")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Export { read_format: format, records })
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
            let at = || format!("levels.{domain}");
            check_id(domain).map_err(|m| FormatError::at(at(), m))?;
            let level = v
                .as_u64()
                .filter(|l| (1..=4).contains(l))
                .ok_or_else(|| FormatError::at(at(), format!("{v} is not a level 1, 2, 3 or 4")))?;
            Ok((domain.clone(), level as u8))
        })
        .collect()
}

fn record_v2(v: &Value) -> Result<Record, FormatError> {
    let o = object(v)?;
    unknown_fields(o, &["day", "mode", "language", "bank", "levels", "path", "complements", "responses"])
        .map_err(|m| FormatError::at("", m))?;
    let complements = o
        .get("complements")
        .ok_or_else(|| FormatError::at("complements", "missing (an empty list [] when there is none)"))?
        .as_array()
        .ok_or_else(|| FormatError::at("complements", "must be a list of path ids"))?
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let at = format!("complements[{i}]");
            p.as_str()
                .ok_or_else(|| FormatError::at(&at, format!("{p} is not a path id")))
                .and_then(|s| path_of(s).map_err(|m| FormatError::at(&at, m)))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Record {
        day: field(o, "day", Day::parse)?,
        mode: field(o, "mode", mode_of)?,
        language: field(o, "language", |s| check_language(s).map(|_| s.to_string()))?,
        bank: field(o, "bank", |s| check_bank(s).map(|_| s.to_string()))?,
        levels: levels(o)?,
        path: field(o, "path", path_of)?,
        complements,
        responses: field(o, "responses", parse_responses)?,
    })
}

/// Format 1 (the first draft): `date`, `lang`, no bank version, no
/// complements, responses as a list of `{"item", "answer"}` objects with
/// answers `right`, `wrong`, `dont_know`.
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
    Ok(Record {
        day: field(o, "date", Day::parse)?,
        mode: field(o, "mode", mode_of)?,
        language: field(o, "lang", |s| check_language(s).map(|_| s.to_string()))?,
        bank: UNKNOWN_BANK.to_string(),
        levels: levels(o)?,
        path: field(o, "path", path_of)?,
        complements: Vec::new(),
        responses,
    })
}
