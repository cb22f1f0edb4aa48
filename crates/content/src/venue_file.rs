//! Reads venue files of the national "lieux de médiation numérique" standard —
//! a JSON array of objects, or the standard's CSV (every column of the schema in
//! its order, one row per venue, several values separated by `|`) — and reports
//! every problem as `file:line: venue[i].field: message` (or
//! `file:1: column field: message` for the CSV header). Warnings (allowed by the
//! standard, worth a look) come apart, from [`venue_file_warnings`].

use crate::diagnostic::{line_of, Diagnostic};
use repere_guidance::venues::{validate_venues, venue_warnings, Venue, FIELDS};
use std::io::BufRead;
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
    from_values(path, items, &locate, Vec::new(), BTreeSet::new())
}

/// Parse and check the standard's CSV: a header with every field of the
/// schema in its order, one row per venue, `,` between columns, `"` quoting,
/// `|` between values.
pub fn parse_venues_csv(path: &Path, text: &str) -> Result<Vec<Venue>, Vec<Diagnostic>> {
    let mut records = CsvRecords::new(text.as_bytes());
    let header = match records.next() {
        None => return Err(vec![Diagnostic::new(path, 1, "empty CSV file: the first row names the fields")]),
        Some(Err((line, m))) => return Err(vec![Diagnostic::new(path, line, m)]),
        Some(Ok((_, header))) => header,
    };
    let header_problems: Vec<Diagnostic> =
        header_problems(&header).into_iter().map(|m| Diagnostic::new(path, 1, m)).collect();
    if !header_problems.is_empty() {
        return Err(header_problems);
    }
    let mut problems = Vec::new();
    let mut reported = BTreeSet::new();
    let mut values = Vec::new();
    let mut lines = Vec::new();
    for record in records {
        let (line, row) = record.map_err(|(line, m)| vec![Diagnostic::new(path, line, m)])?;
        if row.len() == 1 && row[0].trim().is_empty() {
            continue;
        }
        let index = values.len();
        let (value, cell_problems) = csv_row_value(&header, &row);
        for (field, m) in cell_problems {
            problems.push(Diagnostic::new(path, line, row_problem(index, &field, &m)));
            if field.is_empty() {
                reported.extend(FIELDS.iter().map(|f| (index, f.to_string())));
            }
            reported.insert((index, field));
        }
        values.push(value);
        lines.push(line);
    }
    from_values(path, values, &|i, _| lines.get(i).copied().unwrap_or(1), problems, reported)
}

/// `venue[i].field: message`, or `venue[i]: message` for the whole row.
pub fn row_problem(index: usize, field: &str, message: &str) -> String {
    if field.is_empty() {
        format!("venue[{index}]: {message}")
    } else {
        format!("venue[{index}].{field}: {message}")
    }
}

/// What is wrong with a CSV header: each missing or unknown column, or the
/// first column out of the schema's order, as `column <field>: message`.
pub fn header_problems(header: &[String]) -> Vec<String> {
    let order = FIELDS.join(",");
    let mut problems = Vec::new();
    for name in header {
        if !FIELDS.contains(&name.as_str()) {
            let hint = match FIELDS.iter().find(|f| edit_distance(f, name) <= 2) {
                Some(close) => format!("did you mean '{close}'? "),
                None => String::new(),
            };
            problems.push(format!("column {name}: not a field of the standard: {hint}remove it"));
        }
    }
    for (position, field) in FIELDS.iter().enumerate() {
        if !header.iter().any(|h| h == field) {
            let after = if position == 0 { "first".to_string() } else { format!("after {}", FIELDS[position - 1]) };
            problems.push(format!("column {field}: missing: every column of the standard is required, even empty; add it {after}"));
        }
    }
    if let Some(first) = problems.first_mut() {
        first.push_str(&format!(" (the header is exactly: {order})"));
    } else {
        if let Some((position, (found, field))) = header.iter().zip(FIELDS).enumerate().find(|(_, (h, f))| h != f) {
            problems.push(format!(
                "column {field}: out of order: column {} must be {field}, not {found}; put the columns in the standard's order: {order}",
                position + 1
            ));
        }
        let mut seen = BTreeSet::new();
        for name in header {
            if !seen.insert(name) {
                problems.push(format!("column {name}: appears twice: keep one"));
            }
        }
    }
    problems
}

/// One CSV row as a JSON object of its non-empty cells (numbers for
/// latitude and longitude), and the problems of its cells as (field, message)
/// (no field: the whole row; then the object is empty).
pub fn csv_row_value(header: &[String], row: &[String]) -> (Value, Vec<(String, String)>) {
    let mut map = Map::new();
    let mut problems = Vec::new();
    if row.len() != header.len() {
        problems.push((
            String::new(),
            format!("this row has {} columns, the header has {}: check the commas and quotes of this row", row.len(), header.len()),
        ));
        return (Value::Object(map), problems);
    }
    for (name, cell) in header.iter().zip(row) {
        if cell.is_empty() || !FIELDS.contains(&name.as_str()) {
            continue;
        }
        let value = match name.as_str() {
            "latitude" | "longitude" => match number(cell) {
                Some(x) => Value::Number(x),
                None => {
                    problems.push((name.clone(), number_message(cell)));
                    continue;
                }
            },
            _ => Value::String(cell.clone()),
        };
        map.insert(name.clone(), value);
    }
    (Value::Object(map), problems)
}

fn number(cell: &str) -> Option<serde_json::Number> {
    let x: f64 = cell.parse().ok().filter(|_| !cell.contains(['e', 'E', 'i', 'I', 'n', 'N']))?;
    serde_json::Number::from_f64(x)
}

fn number_message(cell: &str) -> String {
    if cell.contains(',') && number(&cell.replace(',', ".")).is_some() {
        format!("'{cell}' is not a number: write a decimal point, not a comma: {}", cell.replace(',', "."))
    } else {
        format!("'{cell}' is not a number: write WGS84 degrees with a decimal point, e.g. 43.52609")
    }
}

/// What the standard allows but deserves a look (see
/// `repere_guidance::venues::venue_warnings`), located like errors.
pub fn venue_file_warnings(path: &Path, venues: &[Venue]) -> Vec<Diagnostic> {
    venue_warnings(venues).into_iter().map(|w| Diagnostic::new(path, 1, format!("warning: {w}"))).collect()
}

/// Turn JSON values into venues, field by field, then run the standard's checks.
/// `problems` already found (on cells), `reported` the (venue, field) they cover.
fn from_values(
    path: &Path,
    rows: Vec<Value>,
    locate: &dyn Fn(usize, Option<&str>) -> usize,
    mut problems: Vec<Diagnostic>,
    mut reported: BTreeSet<(usize, String)>,
) -> Result<Vec<Venue>, Vec<Diagnostic>> {
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
                serde_json::from_value::<Venue>(Value::Object(one)).err().map(|_| type_message(&key, &value))
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

/// A field's value has the wrong JSON type: say which type it needs.
fn type_message(field: &str, value: &Value) -> String {
    match field {
        "latitude" | "longitude" => match value.as_str() {
            Some(text) => number_message(text),
            None => format!("{value} is not a number: write WGS84 degrees with a decimal point, e.g. 43.52609"),
        },
        f if repere_guidance::venues::MULTI_FIELDS.contains(&f) => {
            format!("{value} must be a text, with several values separated by '|' (e.g. \"Se présenter|Téléphoner\")")
        }
        _ => format!("{value} must be a text (in quotes)"),
    }
}

/// A streaming RFC 4180 reader: each record with the line it starts on, read
/// from any buffered source one line at a time (a national file never sits in
/// memory whole). A UTF-8 BOM is skipped; `\r\n` and `\n` both end a record.
pub struct CsvRecords<R: BufRead> {
    input: R,
    line: usize,
    buffer: String,
    done: bool,
}

impl<R: BufRead> CsvRecords<R> {
    pub fn new(input: R) -> Self {
        Self { input, line: 0, buffer: String::new(), done: false }
    }

    fn read_line(&mut self) -> Result<bool, (usize, String)> {
        self.buffer.clear();
        match self.input.read_line(&mut self.buffer) {
            Ok(0) => Ok(false),
            Ok(_) => {
                self.line += 1;
                if self.line == 1 {
                    if let Some(rest) = self.buffer.strip_prefix('\u{feff}') {
                        self.buffer = rest.to_string();
                    }
                }
                Ok(true)
            }
            Err(e) => Err((self.line + 1, format!("cannot read this line: {e} (the file must be UTF-8)"))),
        }
    }
}

impl<R: BufRead> Iterator for CsvRecords<R> {
    type Item = Result<(usize, Vec<String>), (usize, String)>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.read_line() {
            Ok(true) => {}
            Ok(false) => {
                self.done = true;
                return None;
            }
            Err(e) => {
                self.done = true;
                return Some(Err(e));
            }
        }
        let start = self.line;
        let mut record = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        let mut at_field_start = true;
        loop {
            let mut chars = self.buffer.chars().peekable();
            while let Some(c) = chars.next() {
                if quoted {
                    match c {
                        '"' if chars.peek() == Some(&'"') => {
                            chars.next();
                            field.push('"');
                        }
                        '"' => quoted = false,
                        _ => field.push(c),
                    }
                    continue;
                }
                match c {
                    '"' if at_field_start => {
                        quoted = true;
                        at_field_start = false;
                    }
                    ',' => {
                        record.push(std::mem::take(&mut field));
                        at_field_start = true;
                    }
                    '\r' if chars.peek() == Some(&'\n') => {}
                    '\n' => {}
                    _ => {
                        field.push(c);
                        at_field_start = false;
                    }
                }
            }
            if !quoted {
                record.push(field);
                return Some(Ok((start, record)));
            }
            match self.read_line() {
                Ok(true) => {}
                Ok(false) => {
                    self.done = true;
                    return Some(Err((start, "a quoted field is never closed (missing \")".into())));
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            }
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn write_csv(rows: &[Vec<String>], crlf: bool) -> String {
        let end = if crlf { "\r\n" } else { "\n" };
        rows.iter()
            .map(|r| r.iter().map(|c| format!("\"{}\"", c.replace('"', "\"\""))).collect::<Vec<_>>().join(","))
            .collect::<Vec<_>>()
            .join(end)
            + end
    }

    proptest! {
        /// Whatever the cells (quotes, commas, line breaks, `|`, accents), the
        /// streaming reader gives back the records written, each with the line
        /// it starts on.
        #[test]
        fn csv_records_round_trip(rows in prop::collection::vec(prop::collection::vec("[a-zé,\"|\n ]{0,6}", 1..5), 1..6), crlf: bool) {
            let text = write_csv(&rows, crlf);
            let read: Vec<(usize, Vec<String>)> = CsvRecords::new(text.as_bytes()).collect::<Result<_, _>>().unwrap();
            prop_assert_eq!(read.iter().map(|(_, r)| r.clone()).collect::<Vec<_>>(), rows.clone());
            let mut line = 1;
            for ((start, _), row) in read.iter().zip(&rows) {
                prop_assert_eq!(*start, line);
                line += row.iter().map(|c| c.matches('\n').count()).sum::<usize>() + 1;
            }
        }

        /// Any bytes: the reader never panics, and an unclosed quote is an error.
        #[test]
        fn csv_reader_never_panics(text in "[a,\"\n\r|é]{0,40}") {
            let _ = CsvRecords::new(text.as_bytes()).count();
        }
    }

    #[test]
    fn unclosed_quotes_and_unquoted_cells() {
        let r: Vec<_> = CsvRecords::new("a,\"b\n".as_bytes()).collect();
        assert_eq!(r, [Err((1, "a quoted field is never closed (missing \")".to_string()))]);
        let r: Vec<_> = CsvRecords::new("\u{feff}id,nom\r\n1,x|y\n".as_bytes()).map(Result::unwrap).collect();
        assert_eq!(r, [(1, vec!["id".to_string(), "nom".to_string()]), (2, vec!["1".to_string(), "x|y".to_string()])]);
    }
}
