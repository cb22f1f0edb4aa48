//! Deep property tests of the content readers (issue 24): each case starts
//! from a VALID file — the national standard's official examples (read in
//! place from `shared/venue-standard/valid/`), the shipped venue files, the
//! shipped bank, items, referral rules and Fluent texts — and changes ONE field
//! to arbitrary Unicode (any character, a near-valid variant of the value, the
//! format's own separators). Since everything else is valid, the row- and
//! field-level checks run, and the promise can be asserted exactly: the file is
//! accepted, or the error names the changed field (venues: `venue[i].field`,
//! on the field's line) or its place (TOML and Fluent: the changed line, or
//! the line the reader documents for that kind of problem) — and nothing
//! panics.
//!
//! Short form in `cargo test` (a few hundred cases per reader). Nightly size:
//!
//!     REPERE_DEEP_CASES=100000 cargo test --release -p repere-content --test readers_deep -- --nocapture
//!
//! prints, per reader, how many cases were accepted and how many refused.

#[path = "../../../tests/support/csv.rs"]
mod csv;
#[path = "../../../tests/support/one_field.rs"]
mod one_field;

use one_field::run;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::TestCaseError;
use repere_content::Diagnostic;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `shared/venue-standard` beside the repository (as `venue_standard.rs`).
fn standard_dir() -> PathBuf {
    let root = root();
    let candidates = [root.join("../shared/venue-standard"), root.join("../../shared/venue-standard")];
    candidates.iter().find(|d| d.join("valid").is_dir()).cloned().unwrap_or_else(|| {
        panic!("the national venue standard's test files are missing: expected shared/venue-standard/ beside the repository, at {}", candidates[0].display())
    })
}

fn files_with(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    out.sort();
    out
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// What the formats use as structure, and characters that should never get in.
const STRUCTURAL: &[char] = &[
    '"', '\'', ',', ';', '|', '=', '{', '}', '[', ']', '\\', '\n', '\r', '\t', ' ', '\u{0}', '\u{1b}', '\u{7f}', '\u{85}',
    '\u{a0}', '\u{200b}', '\u{202e}', '\u{2028}', '\u{feff}', 'é', '€', '𝄞', '１', '٣',
];

fn unicode_value(original: String) -> BoxedStrategy<String> {
    one_field::unicode_value(original, STRUCTURAL)
}

/// The 1-based line of byte `offset`.
fn line_at(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset].iter().filter(|b| **b == b'\n').count() + 1
}

/// Every problem names `venue[index].field` on `line` (a duplicated id may
/// name the other venue).
fn names_the_field(problems: &[Diagnostic], index: usize, field: &str, line: Option<usize>) -> Result<(), TestCaseError> {
    prop_assert!(!problems.is_empty(), "refused without a reason");
    for p in problems {
        let own = p.message.starts_with(&format!("venue[{index}].{field}: "));
        let duplicate = field == "id" && p.message.contains("].id: ") && p.message.contains("is already the id of venue[");
        prop_assert!(own || duplicate, "changed venue[{}].{} but the error says: {}", index, field, p);
        if let (Some(line), true) = (line, own) {
            prop_assert_eq!(p.line, line, "wrong line for {}", p);
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Venue files (JSON and CSV)
// ---------------------------------------------------------------------------

/// Valid venue JSON files: the standard's examples, the shipped ones, the e2e ones.
fn venue_json_seeds() -> Vec<Vec<serde_json::Map<String, Value>>> {
    let mut paths = files_with(&standard_dir().join("valid"), "json");
    paths.extend(files_with(&root().join("assessments/venues"), "json"));
    paths.push(root().join("tests/e2e/fixtures/venues-ok.json"));
    paths
        .iter()
        .map(|p| {
            let text = read(p);
            assert!(repere_content::parse_venues_json(p, &text).is_ok(), "seed {} must be valid", p.display());
            let Value::Array(items) = serde_json::from_str(&text).unwrap() else { panic!("{}: not an array", p.display()) };
            items.into_iter().map(|v| v.as_object().unwrap().clone()).collect()
        })
        .collect()
}

#[test]
fn venue_json_one_field_changed() {
    let seeds = venue_json_seeds();
    let strategy = (any::<Index>(), any::<Index>(), prop::sample::select(repere_guidance::venues::FIELDS.to_vec()))
        .prop_flat_map(move |(s, v, field)| {
            let venues = seeds[s.index(seeds.len())].clone();
            let index = v.index(venues.len());
            let original = venues[index].get(field).map(|x| x.as_str().map_or(x.to_string(), str::to_string)).unwrap_or_default();
            (Just(venues), Just(index), Just(field), unicode_value(original))
        });
    run("venue JSON", 300, strategy, |(mut venues, index, field, value)| {
        venues[index].insert(field.to_string(), Value::String(value));
        // One key per line, so the field's line is known.
        let mut text = String::from("[\n");
        let mut line = 0;
        for (i, v) in venues.iter().enumerate() {
            if i > 0 {
                text.push_str(",\n");
            }
            let element = serde_json::to_string_pretty(v).unwrap();
            if i == index {
                let at = element.find(&format!("\n  \"{field}\": ")).unwrap();
                line = line_at(&text, text.len()) + line_at(&element, at);
            }
            text.push_str(&element);
        }
        text.push_str("\n]\n");
        match repere_content::parse_venues_json(Path::new("v.json"), &text) {
            Ok(read) => {
                prop_assert_eq!(read.len(), venues.len());
                Ok(true)
            }
            Err(problems) => names_the_field(&problems, index, field, Some(line)).map(|_| false),
        }
    });
}

#[test]
fn venue_csv_one_cell_changed() {
    let seeds: Vec<Vec<Vec<String>>> = files_with(&standard_dir().join("valid"), "csv")
        .iter()
        .map(|p| {
            let text = read(p);
            assert!(repere_content::parse_venues_csv(p, &text).is_ok(), "seed {} must be valid", p.display());
            csv::rows(&text)
        })
        .collect();
    assert!(!seeds.is_empty());
    let strategy = (any::<Index>(), any::<Index>(), any::<Index>()).prop_flat_map(move |(s, r, c)| {
        let rows = seeds[s.index(seeds.len())].clone();
        let (row, column) = (1 + r.index(rows.len() - 1), c.index(rows[0].len()));
        let original = rows[row][column].clone();
        (Just(rows), Just(row), Just(column), unicode_value(original))
    });
    run("venue CSV", 300, strategy, |(mut rows, row, column, value)| {
        rows[row][column] = value;
        let mut text = String::new();
        let mut line = 0;
        for (i, r) in rows.iter().enumerate() {
            if i == row {
                line = line_at(&text, text.len());
            }
            let cells: Vec<String> = r.iter().map(|c| if i == 0 { c.clone() } else { csv::quote(c) }).collect();
            text.push_str(&cells.join(","));
            text.push('\n');
        }
        match repere_content::parse_venues_csv(Path::new("v.csv"), &text) {
            Ok(read) => {
                prop_assert_eq!(read.len(), rows.len() - 1);
                Ok(true)
            }
            Err(problems) => names_the_field(&problems, row - 1, &rows[0][column], Some(line)).map(|_| false),
        }
    });
}

// ---------------------------------------------------------------------------
// TOML and Fluent content: one `key = value` line changed
// ---------------------------------------------------------------------------

/// Lines of a TOML file that hold one whole `key = value`.
fn toml_value_lines(text: &str) -> Vec<(usize, String, String)> {
    text.lines()
        .enumerate()
        .filter_map(|(i, l)| {
            let t = l.trim_start();
            if t.starts_with('#') || t.starts_with('[') {
                return None;
            }
            let (key, value) = l.split_once(" = ")?;
            let whole = toml::from_str::<toml::Table>(&format!("x = {value}")).is_ok();
            whole.then(|| (i + 1, key.trim().to_string(), value.to_string()))
        })
        .collect()
}

/// The value written back: a TOML string of the text (escaped), or the text
/// raw (a hand edit that breaks the syntax).
fn toml_value(text: &str, raw: bool) -> String {
    if raw {
        text.replace('\n', " ")
    } else {
        toml::Value::String(text.to_string()).to_string()
    }
}

/// Lines of the `[[…]]` header that opens the block holding `line`, and of
/// that block's `id = `.
fn block_lines(text: &str, line: usize) -> Vec<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let Some(start) = (0..line).rev().find(|&i| lines[i].starts_with("[[")) else { return Vec::new() };
    let id = (start..lines.len()).take_while(|&i| i == start || !lines[i].starts_with("[[")).find(|&i| lines[i].starts_with("id = "));
    std::iter::once(start + 1).chain(id.map(|i| i + 1)).collect()
}

/// A TOML file of the shipped content with one line's value changed:
/// (text, line, key, the value it had).
fn toml_case(text: String) -> impl Strategy<Value = (String, usize, String, String)> {
    let lines = toml_value_lines(&text);
    assert!(!lines.is_empty());
    (any::<Index>(), any::<bool>()).prop_flat_map(move |(at, raw)| {
        let (line, key, value) = lines[at.index(lines.len())].clone();
        let text = text.clone();
        let original = value.trim_matches('"').to_string();
        unicode_value(original.clone()).prop_map(move |v| {
            let mut out: Vec<String> = text.lines().map(str::to_string).collect();
            out[line - 1] = format!("{key} = {}", toml_value(&v, raw));
            (out.join("\n") + "\n", line, key.clone(), original.clone())
        })
    })
}

/// The changed file was accepted, or one of its problems is in that file on
/// the changed line, on its block's `[[…]]` or `id` line (a problem of the
/// whole item or rule; the TOML reader places a wrong type there) or on line 1
/// (a problem of the whole file). An identifier changed (`id`) may instead be
/// named where it is used (an item's tag, a rule's domain).
fn at_the_change(problems: &[Diagnostic], file: &str, text: &str, line: usize, key: &str, original: &str) -> Result<(), TestCaseError> {
    prop_assert!(!problems.is_empty(), "refused without a reason");
    let mut places = block_lines(text, line);
    places.extend([line, 1]);
    // A syntax error is reported where the parser notices it: an array or a
    // string left open on the changed line reads on (blank lines, comments,
    // array elements) until a line that cannot belong to it — at the latest
    // the next table header.
    let lines: Vec<&str> = text.lines().collect();
    let next_header = (line..lines.len()).find(|&i| lines[i].starts_with('[')).map_or(lines.len(), |i| i + 1);
    let syntax = |p: &Diagnostic| p.message.starts_with("syntax: ") || !p.message.contains(' ') || p.message.contains("expected");
    let here = problems
        .iter()
        .any(|p| p.file.ends_with(file) && (places.contains(&p.line) || (syntax(p) && (line..=next_header).contains(&p.line))));
    let used = key == "id" && problems.iter().any(|p| p.message.contains(&format!("'{original}'")));
    prop_assert!(here || used, "changed {} line {} ({}) but the errors are elsewhere: {:?}", file, line, key, problems);
    Ok(())
}

/// A scratch copy of `assessments/` (bank and items), one per test.
fn scratch_bank(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("repere-deep-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("items")).unwrap();
    std::fs::copy(root().join("assessments/bank.toml"), dir.join("bank.toml")).unwrap();
    for p in files_with(&root().join("assessments/items"), "toml") {
        std::fs::copy(&p, dir.join("items").join(p.file_name().unwrap())).unwrap();
    }
    dir
}

#[test]
fn item_files_one_value_changed() {
    let items = files_with(&root().join("assessments/items"), "toml");
    let dir = scratch_bank("items");
    let seeds: Vec<(String, String)> =
        items.iter().map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), read(p))).collect();
    let strategy = any::<Index>().prop_flat_map(move |i| {
        let (name, text) = seeds[i.index(seeds.len())].clone();
        (Just(name), toml_case(text))
    });
    run("item files", 60, strategy, |(name, (text, line, key, original))| {
        let path = dir.join("items").join(&name);
        let shipped = std::fs::read(root().join("assessments/items").join(&name)).unwrap();
        std::fs::write(&path, &text).unwrap();
        let result = repere_content::load_bank(&dir);
        std::fs::write(&path, shipped).unwrap();
        match result {
            Ok(_) => Ok(true),
            Err(problems) => at_the_change(&problems, &name, &text, line, &key, &original).map(|_| false),
        }
    });
}

#[test]
fn bank_file_one_value_changed() {
    let dir = scratch_bank("bank");
    let strategy = toml_case(read(&root().join("assessments/bank.toml")));
    run("bank.toml", 60, strategy, |(text, line, key, original)| {
        std::fs::write(dir.join("bank.toml"), &text).unwrap();
        match repere_content::load_bank(&dir) {
            Ok(_) => Ok(true),
            Err(problems) => at_the_change(&problems, "bank.toml", &text, line, &key, &original).map(|_| false),
        }
    });
}

#[test]
fn referral_file_one_value_changed() {
    let (bank, _) = repere_content::load_bank(&root().join("assessments")).unwrap();
    let strategy = toml_case(read(&root().join("assessments/referral.toml")));
    run("referral.toml", 300, strategy, |(text, line, key, original)| {
        match repere_content::parse_referral(Path::new("referral.toml"), &text, Some(&bank)) {
            Ok(_) => Ok(true),
            Err(problems) => at_the_change(&problems, "referral.toml", &text, line, &key, &original).map(|_| false),
        }
    });
}

#[test]
fn fluent_file_one_message_changed() {
    let text = read(&root().join("locales/fr/app.ftl"));
    let messages: Vec<(usize, String)> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains(" = ") && l.starts_with(|c: char| c.is_ascii_lowercase()))
        .map(|(i, l)| (i + 1, l.split_once(" = ").unwrap().1.to_string()))
        .collect();
    let dir = std::env::temp_dir().join(format!("repere-deep-fluent-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("fr")).unwrap();
    let strategy = any::<Index>().prop_flat_map(move |i| {
        let (line, value) = messages[i.index(messages.len())].clone();
        (Just(line), unicode_value(value))
    });
    run("Fluent (fr/app.ftl)", 200, strategy, |(line, value)| {
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        let key = lines[line - 1].split_once(" = ").unwrap().0.to_string();
        lines[line - 1] = format!("{key} = {value}");
        let changed = lines.join("\n") + "\n";
        std::fs::write(dir.join("fr/app.ftl"), &changed).unwrap();
        match repere_content::load_locales(&dir) {
            Ok(_) => Ok(true),
            // A line break in the value may start a new entry: its error is
            // on a following line of the same message.
            Err(problems) => {
                let breaks = value.matches(['\n', '\r', '\u{2028}', '\u{85}']).count() + 1;
                let near = problems.iter().any(|p| p.file.ends_with("app.ftl") && (line..=line + breaks).contains(&p.line));
                prop_assert!(near, "changed line {} ({}) but the errors are elsewhere: {:?}", line, key, problems);
                Ok(false)
            }
        }
    });
}

// ---------------------------------------------------------------------------
// Result codes: one character changed
// ---------------------------------------------------------------------------

/// A valid code for any summary, then one character changed to any
/// character: refused, or (case, I/L/O, spaces) read as the same summary —
/// never as another result.
#[test]
fn result_code_one_character_changed() {
    use repere_engine::Mode;
    use repere_guidance::referral::Path as Route;
    use repere_guidance::result_code::{bank_fingerprint, decode, encode, DomainSummary, Overall, Precision, ResultSummary, FORMAT_VERSION};
    let ids = ["device", "email", "job", "privacy", "facts", "shopping", "procedures"];
    let summary = (
        any::<bool>(),
        prop::collection::vec((1u8..=4, 0.05f64..2.0), 7),
        prop::sample::select(Route::ALL.to_vec()),
        prop::collection::vec(prop::sample::select(Route::ALL.to_vec()), 0..3),
        any::<bool>(),
        any::<u8>(),
    )
        .prop_map(move |(profile, domains, main, complements, pass_numerique, items_answered)| {
            ResultSummary {
                mode: if profile { Mode::Profile } else { Mode::Screening },
                bank_fingerprint: bank_fingerprint(&ids),
                domains: domains.into_iter().map(|(level, se)| DomainSummary { level, precision: Precision::from_se(se), measured: se < 0.7 }).collect(),
                main,
                complements,
                pass_numerique,
                items_answered,
                overall: Some(Overall { level: 2, precision: Precision::Good }),
                day: Some(u16::from(items_answered) + 1),
                format_version: FORMAT_VERSION,
            }
            .normalised()
        });
    let strategy = (summary, any::<Index>(), any::<char>());
    run("result code", 2000, strategy, |(summary, at, c)| {
        let code = encode(&summary);
        prop_assert_eq!(decode(&code, &ids), Ok(summary.clone()));
        let mut chars: Vec<char> = code.chars().collect();
        let i = at.index(chars.len());
        if chars[i] == c {
            return Ok(true);
        }
        chars[i] = c;
        let changed: String = chars.into_iter().collect();
        match decode(&changed, &ids) {
            Ok(read) => {
                prop_assert_eq!(&read, &summary, "{} read as another result after changing one character of {}", changed, code);
                Ok(true)
            }
            Err(e) => {
                prop_assert!(!e.to_string().is_empty());
                Ok(false)
            }
        }
    });
}
