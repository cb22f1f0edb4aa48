//! Deep property tests of the export readers (issue 24): start from a VALID
//! export (`tests/fixtures/format2.json`, and its CSV form written by
//! `to_csv`), change ONE field of one record to arbitrary Unicode, and assert
//! the promise: accepted, or refused with an error placed at that field
//! (`records[i].field` in JSON, `line N, column field` in CSV) — never a panic.
//!
//! Short form in `cargo test`. Nightly size:
//!
//!     REPERE_DEEP_CASES=100000 cargo test --release -p repere-records --test deep -- --nocapture

#[path = "../../../tests/support/one_field.rs"]
mod one_field;

use one_field::run;
use proptest::prelude::*;
use proptest::sample::Index;
use repere_records::{parse_csv, parse_json, to_csv};
use serde_json::Value;

fn seed() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format2.json");
    let text = std::fs::read_to_string(path).unwrap();
    assert!(parse_json(&text).is_ok(), "the seed export must be valid");
    text
}

const STRUCTURAL: &[char] =
    &['"', ',', ':', ' ', '?', '\n', '\r', '\t', '\\', '{', '[', '\u{0}', '\u{1b}', '\u{a0}', '\u{202e}', '\u{feff}', 'é', '𝄞', '１'];

fn unicode_value(original: String) -> BoxedStrategy<String> {
    one_field::unicode_value(original, STRUCTURAL)
}

/// The places a record's field can be changed in JSON: its top-level fields
/// and each of its levels (`levels.device`).
fn json_places(record: &Value) -> Vec<String> {
    let mut out: Vec<String> = record.as_object().unwrap().keys().cloned().collect();
    out.extend(record["levels"].as_object().unwrap().keys().map(|d| format!("levels.{d}")));
    out
}

#[test]
fn json_export_one_field_changed() {
    let export: Value = serde_json::from_str(&seed()).unwrap();
    let records = export["records"].as_array().unwrap().clone();
    let strategy = (any::<Index>(), any::<Index>()).prop_flat_map(move |(r, f)| {
        let i = r.index(records.len());
        let places = json_places(&records[i]);
        let place = places[f.index(places.len())].clone();
        let original = match place.split_once('.') {
            Some((_, d)) => records[i]["levels"][d].to_string(),
            None => records[i][&place].as_str().map_or(records[i][&place].to_string(), str::to_string),
        };
        (Just(export.clone()), Just(i), Just(place), unicode_value(original))
    });
    run("records JSON", 500, strategy, |(mut export, i, place, value)| {
        let record = &mut export["records"][i];
        match place.split_once('.') {
            Some((_, d)) => record["levels"][d] = Value::String(value),
            None => record[&place] = Value::String(value),
        }
        match parse_json(&export.to_string()) {
            Ok(read) => {
                prop_assert_eq!(read.records.len(), 3);
                Ok(true)
            }
            Err(e) => {
                let at = format!("records[{i}].{place}");
                prop_assert!(e.at == at || e.at.starts_with(&format!("{at}.")), "changed {} but the error is at '{}': {}", at, e.at, e);
                Ok(false)
            }
        }
    });
}

fn csv_cell(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[test]
fn csv_export_one_cell_changed() {
    let records = parse_json(&seed()).unwrap().records;
    let text = to_csv(&records);
    let rows: Vec<Vec<String>> = text.lines().map(|l| l.split(',').map(str::to_string).collect()).collect();
    assert!(rows.iter().all(|r| r.len() == rows[0].len()), "the seed CSV has no quoted commas");
    let strategy = (any::<Index>(), any::<Index>()).prop_flat_map(move |(r, c)| {
        let (row, column) = (1 + r.index(rows.len() - 1), c.index(rows[0].len()));
        let original = rows[row][column].clone();
        (Just(rows.clone()), Just(row), Just(column), unicode_value(original))
    });
    run("records CSV", 500, strategy, |(mut rows, row, column, value)| {
        let breaks = value.contains('\n');
        rows[row][column] = value;
        let text: String = rows.iter().map(|r| r.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(",") + "\n").collect();
        match parse_csv(&text) {
            Ok(read) => {
                // A blank line is skipped, so a row can only vanish if the cell made it blank.
                prop_assert!(read.len() == 2 || read.len() == 3);
                Ok(true)
            }
            Err(e) => {
                let line = format!("line {}", row + 1);
                let at = format!("{line}, column {}", rows[0][column]);
                // A line break in a cell splits the row: the error is then on its line (or the next).
                let ok = e.at == at || (breaks && (e.at.starts_with(&line) || e.at.starts_with(&format!("line {}", row + 2))));
                prop_assert!(ok, "changed {} but the error is at '{}': {}", at, e.at, e);
                Ok(false)
            }
        }
    });
}
