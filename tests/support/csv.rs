//! A minimal CSV reader and writer for tests (RFC 4180: `"` quoting, `""`
//! inside, line breaks inside quotes), shared by test files of several crates
//! through `#[path = …] mod csv;`.
#![allow(dead_code)]

/// The rows of a CSV text (a leading byte-order mark is skipped).
pub fn rows(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (mut rows, mut row, mut field, mut quoted) = (Vec::new(), Vec::new(), String::new(), false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// A cell, always quoted.
pub fn quote(cell: &str) -> String {
    format!("\"{}\"", cell.replace('"', "\"\""))
}
