//! The CSV export: a header, then one row per record, in the canonical order.
//! Columns `format,week,mode,language,bank,path,responses` then one
//! `level.<domain>` column per domain (empty when a record has no level for
//! it). Values never contain commas, quotes or line breaks, so the writer
//! never quotes; the reader accepts fields a spreadsheet re-quoted, and
//! format 2 (`day` and `complements` columns), which it migrates.

use crate::{
    check_bank, check_id, check_language, mode_id, mode_of, parse_responses, path_of, responses_text, sort_canonically,
    Day, FormatError, Path, Record, Week, FORMAT,
};
use std::collections::{BTreeMap, BTreeSet};

const FIXED: [&str; 7] = ["format", "week", "mode", "language", "bank", "path", "responses"];
/// Format 2's columns (read and migrated).
const FIXED_2: [&str; 8] = ["format", "day", "mode", "language", "bank", "path", "complements", "responses"];
const LEVEL_PREFIX: &str = "level.";

/// The CSV export of these records (current format).
pub fn to_csv(records: &[Record]) -> String {
    let mut records = records.to_vec();
    sort_canonically(&mut records);
    let domains: BTreeSet<&str> = records.iter().flat_map(|r| r.levels.keys().map(String::as_str)).collect();
    let mut header: Vec<String> = FIXED.iter().map(|s| s.to_string()).collect();
    header.extend(domains.iter().map(|d| format!("{LEVEL_PREFIX}{d}")));
    let mut out = header.join(",");
    out.push('\n');
    for r in &records {
        let mut row = vec![
            FORMAT.to_string(),
            r.week.to_string(),
            mode_id(r.mode).to_string(),
            r.language.clone(),
            r.bank.clone(),
            r.path.map_or("", Path::id).to_string(),
            responses_text(&r.responses),
        ];
        row.extend(domains.iter().map(|d| r.levels.get(*d).map_or(String::new(), u8::to_string)));
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// Split one line into fields; a field may be wrapped in double quotes with
/// `""` for a quote inside.
fn split_line(line: &str) -> Result<Vec<String>, String> {
    let mut fields = Vec::new();
    let mut chars = line.chars().peekable();
    loop {
        let mut field = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next() {
                    None => return Err(format!("field {} opens a quote it never closes", fields.len() + 1)),
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    Some('"') => break,
                    Some(c) => field.push(c),
                }
            }
            if !matches!(chars.peek(), None | Some(',')) {
                return Err(format!("field {} has text after its closing quote", fields.len() + 1));
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == ',' {
                    break;
                }
                if c == '"' {
                    return Err(format!("field {} has a quote inside an unquoted value", fields.len() + 1));
                }
                field.push(c);
                chars.next();
            }
        }
        fields.push(field);
        if chars.next().is_none() {
            return Ok(fields);
        }
    }
}

/// Read a CSV export written by [`to_csv`] (or re-saved by a spreadsheet:
/// a byte-order mark, CRLF line ends, quoted fields and blank lines are fine).
pub fn parse_csv(text: &str) -> Result<Vec<Record>, FormatError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l)).filter(|(_, l)| !l.trim().is_empty());
    let (header_line, header) = lines.next().ok_or_else(|| FormatError::at("line 1", "the file is empty: a header row is required"))?;
    let header = split_line(header).map_err(|m| FormatError::at(format!("line {header_line}"), m))?;
    // Format 2 has a `day` column; the rows then say 2 and are migrated.
    let (fixed, version): (&[&str], u32) = if header.iter().any(|h| h == "day") { (&FIXED_2, 2) } else { (&FIXED, FORMAT) };
    let mut seen = BTreeSet::new();
    for name in &header {
        if !seen.insert(name.as_str()) {
            return Err(FormatError::at(format!("line {header_line}"), format!("column '{}' appears twice", name.escape_default())));
        }
        if let Some(domain) = name.strip_prefix(LEVEL_PREFIX) {
            check_id(domain).map_err(|m| FormatError::at(format!("line {header_line}, column {}", name.escape_default()), m))?;
        } else if !fixed.contains(&name.as_str()) {
            return Err(FormatError::at(
                format!("line {header_line}"),
                format!(
                    "unknown column '{}' (known: {}, and level.<domain>)",
                    name.chars().take(40).collect::<String>().escape_default(),
                    fixed.join(", ")
                ),
            ));
        }
    }
    if let Some(missing) = fixed.iter().find(|c| !seen.contains(**c)) {
        return Err(FormatError::at(format!("line {header_line}"), format!("column '{missing}' is missing")));
    }
    let col = |name: &str| header.iter().position(|h| h == name).unwrap_or(0);
    lines
        .map(|(n, line)| {
            let fields = split_line(line).map_err(|m| FormatError::at(format!("line {n}"), m))?;
            if fields.len() != header.len() {
                return Err(FormatError::at(
                    format!("line {n}"),
                    format!("{} fields, the header has {}", fields.len(), header.len()),
                ));
            }
            let get = |name: &str| fields[col(name)].as_str();
            let cell = |name: &str, m: String| FormatError::at(format!("line {n}, column {name}"), m);
            let read = |name: &str, f: &dyn Fn(&str) -> Result<(), String>| f(get(name)).map_err(|m| cell(name, m));
            read("format", &|s| match s.parse::<u32>() {
                Ok(v) if v == version => Ok(()),
                _ => Err(format!(
                    "'{}' is not format {version} (the header is format {version}'s; format 1 exports are JSON only)",
                    s.escape_default()
                )),
            })?;
            read("language", &check_language)?;
            read("bank", &check_bank)?;
            let mut levels = BTreeMap::new();
            for (i, name) in header.iter().enumerate() {
                let Some(domain) = name.strip_prefix(LEVEL_PREFIX) else { continue };
                let value = fields[i].as_str();
                if value.is_empty() {
                    continue;
                }
                let level = value
                    .parse::<u8>()
                    .ok()
                    .filter(|l| (1..=4).contains(l))
                    .ok_or_else(|| cell(name, format!("'{}' is not a level 1, 2, 3 or 4", value.escape_default())))?;
                levels.insert(domain.to_string(), level);
            }
            let (week, path) = if version == 2 {
                // Migrated: the day's week; the path and complements (which
                // could reflect the declarative answers) checked, then dropped.
                path_of(get("path")).map_err(|m| cell("path", m))?;
                let complements = get("complements");
                if !complements.is_empty() {
                    for p in complements.split(' ') {
                        path_of(p).map_err(|m| cell("complements", m))?;
                    }
                }
                (Day::parse(get("day")).map_err(|m| cell("day", m))?.week(), None)
            } else {
                let path = match get("path") {
                    "" => None,
                    p => Some(path_of(p).map_err(|m| cell("path", m))?),
                };
                (Week::parse(get("week")).map_err(|m| cell("week", m))?, path)
            };
            let record = Record {
                week,
                mode: mode_of(get("mode")).map_err(|m| cell("mode", m))?,
                language: get("language").to_string(),
                bank: get("bank").to_string(),
                levels,
                path,
                responses: parse_responses(get("responses")).map_err(|m| cell("responses", m))?,
            };
            record.check().map_err(|e| FormatError::at(format!("line {n}, column {}", e.at), e.message))?;
            Ok(record)
        })
        .collect()
}
