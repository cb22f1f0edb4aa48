//! Reads venue files of the national "lieux de médiation numérique" standard —
//! a JSON array of objects, or the standard's CSV (one row per venue, several
//! values separated by `;`) — and reports every problem as
//! `file:line: venue[i].field: message`.

use crate::diagnostic::{line_of, Diagnostic};
use repere_guidance::venues::{validate_venues, Venue, FIELDS};
use serde_json::{Map, Value};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The folder of venue files inside `assessments/`.
pub const VENUES_DIR: &str = "venues";

/// Whether a path names a venue file (`.json` or `.csv`).
pub fn is_venue_file(path: &Path) -> bool {
    path.extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("json") || x.eq_ignore_ascii_case("csv"))
}

/// Load and check one venue file, JSON or CSV by its extension.
pub fn load_venues(path: &Path) -> Result<Vec<Venue>, Vec<Diagnostic>> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        vec![Diagnostic::new(
            path,
            1,
            format!("cannot read the venue file: {e}"),
        )]
    })?;
    if path
        .extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("csv"))
    {
        parse_venues_csv(path, &text)
    } else {
        parse_venues_json(path, &text)
    }
}

/// Every venue file (`*.json`, `*.csv`) of a folder, sorted by name. A missing
/// folder is no venue file.
pub fn load_venue_dir(dir: &Path) -> Result<Vec<(PathBuf, Vec<Venue>)>, Vec<Diagnostic>> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(Vec::new());
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && is_venue_file(p))
        .collect();
    paths.sort();
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        match load_venues(&path) {
            Ok(v) => files.push((path, v)),
            Err(mut p) => problems.append(&mut p),
        }
    }
    if problems.is_empty() {
        Ok(files)
    } else {
        Err(problems)
    }
}

/// Parse and check a JSON array of venues.
pub fn parse_venues_json(path: &Path, text: &str) -> Result<Vec<Venue>, Vec<Diagnostic>> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        vec![Diagnostic::new(
            path,
            e.line(),
            format!("JSON syntax error: {e}"),
        )]
    })?;
    let Value::Array(items) = value else {
        return Err(vec![Diagnostic::new(
            path,
            1,
            "a venue file is a JSON array of venues: [ {…}, {…} ]",
        )]);
    };
    let starts = element_starts(text);
    let locate = |i: usize, field: Option<&str>| -> usize {
        let Some(&start) = starts.get(i) else {
            return 1;
        };
        let end = starts.get(i + 1).copied().unwrap_or(text.len());
        let offset = field
            .and_then(|f| find_key(&text[start..end], f))
            .map_or(start, |o| start + o);
        line_of(text, offset)
    };
    let rows: Vec<Value> = items;
    from_values(path, rows, &locate)
}

/// Parse and check the standard's CSV: a header of field names, one row per
/// venue, `,` between columns, `"` quoting, `;` between values.
pub fn parse_venues_csv(path: &Path, text: &str) -> Result<Vec<Venue>, Vec<Diagnostic>> {
    let records = parse_csv(text).map_err(|(line, m)| vec![Diagnostic::new(path, line, m)])?;
    let Some(((_, header), rows)) = records.split_first() else {
        return Err(vec![Diagnostic::new(
            path,
            1,
            "empty CSV file: the first row names the fields",
        )]);
    };
    let mut problems = Vec::new();
    for name in header {
        if !FIELDS.contains(&name.as_str()) {
            problems.push(Diagnostic::new(
                path,
                1,
                format!(
                    "column '{name}' is not a field of the standard ({})",
                    FIELDS.join(", ")
                ),
            ));
        }
    }
    let mut values = Vec::new();
    let mut lines = Vec::new();
    for (line, row) in rows
        .iter()
        .filter(|(_, r)| !(r.len() == 1 && r[0].trim().is_empty()))
    {
        if row.len() != header.len() {
            problems.push(Diagnostic::new(
                path,
                *line,
                format!(
                    "this row has {} columns, the header has {}",
                    row.len(),
                    header.len()
                ),
            ));
        }
        let mut map = Map::new();
        for (name, cell) in header.iter().zip(row) {
            if cell.trim().is_empty() || !FIELDS.contains(&name.as_str()) {
                continue;
            }
            let value = match name.as_str() {
                "latitude" | "longitude" => match cell.trim().parse::<f64>() {
                    Ok(x) if x.is_finite() => serde_json::Number::from_f64(x)
                        .map_or(Value::String(cell.clone()), Value::Number),
                    _ => Value::String(cell.clone()),
                },
                _ => Value::String(cell.clone()),
            };
            map.insert(name.clone(), value);
        }
        values.push(Value::Object(map));
        lines.push(*line);
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    from_values(path, values, &|i, _| lines.get(i).copied().unwrap_or(1))
}

/// Turn JSON values into venues, field by field, then run the standard's checks.
fn from_values(
    path: &Path,
    rows: Vec<Value>,
    locate: &dyn Fn(usize, Option<&str>) -> usize,
) -> Result<Vec<Venue>, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut reported: BTreeSet<(usize, String)> = BTreeSet::new();
    let mut venues = Vec::new();
    for (i, row) in rows.into_iter().enumerate() {
        let Value::Object(map) = row else {
            problems.push(Diagnostic::new(
                path,
                locate(i, None),
                format!("venue[{i}]: each venue is an object {{ \"id\": …, \"nom\": … }}"),
            ));
            venues.push(Venue::default());
            reported.extend(FIELDS.iter().map(|f| (i, f.to_string())));
            continue;
        };
        let mut good = Map::new();
        for (key, value) in map {
            let message = if !FIELDS.contains(&key.as_str()) {
                Some(match FIELDS.iter().find(|f| edit_distance(f, &key) <= 2) {
                    Some(close) => format!("unknown field: did you mean '{close}'?"),
                    None => format!(
                        "unknown field (fields of the standard: {})",
                        FIELDS.join(", ")
                    ),
                })
            } else {
                let mut one = Map::new();
                one.insert(key.clone(), value.clone());
                serde_json::from_value::<Venue>(Value::Object(one))
                    .err()
                    .map(|e| e.to_string())
            };
            match message {
                Some(m) => {
                    problems.push(Diagnostic::new(
                        path,
                        locate(i, Some(&key)),
                        format!("venue[{i}].{key}: {m}"),
                    ));
                    reported.insert((i, key));
                }
                None => {
                    good.insert(key, value);
                }
            }
        }
        venues.push(serde_json::from_value::<Venue>(Value::Object(good)).unwrap_or_default());
    }
    for p in validate_venues(&venues) {
        if reported.contains(&(p.index, p.field.clone())) {
            continue;
        }
        problems.push(Diagnostic::new(
            path,
            locate(p.index, Some(&p.field)),
            p.to_string(),
        ));
    }
    if problems.is_empty() {
        Ok(venues)
    } else {
        Err(problems)
    }
}

/// Byte offsets where each element of the top-level JSON array starts.
fn element_starts(text: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let (mut depth, mut in_string, mut escaped, mut expecting) = (0usize, false, false, false);
    for (i, c) in text.char_indices() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        if depth == 1 && expecting && !c.is_whitespace() && c != ']' {
            starts.push(i);
            expecting = false;
        }
        match c {
            '"' => in_string = true,
            '[' | '{' => {
                depth += 1;
                if depth == 1 {
                    expecting = true;
                }
            }
            ']' | '}' => depth = depth.saturating_sub(1),
            ',' if depth == 1 => expecting = true,
            _ => {}
        }
    }
    starts
}

/// Offset of `"key"` used as an object key (followed by `:`).
fn find_key(text: &str, key: &str) -> Option<usize> {
    let quoted = format!("\"{key}\"");
    let mut from = 0;
    while let Some(pos) = text[from..].find(&quoted) {
        let at = from + pos;
        if text[at + quoted.len()..].trim_start().starts_with(':') {
            return Some(at);
        }
        from = at + quoted.len();
    }
    None
}

/// A small RFC 4180 reader: records with the line each starts on.
/// CSV records, each with the line it starts on.
type Records = Vec<(usize, Vec<String>)>;

fn parse_csv(text: &str) -> Result<Records, (usize, String)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let (mut line, mut record_line) = (1usize, 1usize);
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => quoted = true,
            ',' => record.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                records.push((record_line, std::mem::take(&mut record)));
                line += 1;
                record_line = line;
            }
            _ => field.push(c),
        }
    }
    if quoted {
        return Err((
            record_line,
            "a quoted field is never closed (missing \")".into(),
        ));
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push((record_line, record));
    }
    Ok(records)
}

/// Levenshtein distance, to suggest a field name for a misspelt one.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}
