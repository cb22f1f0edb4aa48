//! The bad-input catalogue (`tests/bad-inputs/`, see its README): every input
//! that comes from outside — bank and item files, referral rules, Fluent
//! files, venue JSON and CSV, result codes, URL parameters — with the exact
//! error it must produce. One test runs them all; a panic in any reader is
//! caught and reported as a failure of its case.
//! `BLESS=1 cargo test -p repere-app bad_input` rewrites the `.expected`
//! files from what the readers say (then review the diff).

use crate::state::config::UrlConfig;
use repere_content::Diagnostic;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn catalogue() -> PathBuf {
    root().join("tests/bad-inputs")
}

/// Domain ids a result code is decoded against (the shipped bank's seven).
const DOMAINS: [&str; 7] = ["device", "email", "job", "privacy", "facts", "shopping", "procedures"];

/// `\u{1b}`, `\t` and `\\` in a catalogue line stand for the character.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        rest = &rest[i + 1..];
        if let Some(hex) = rest.strip_prefix("u{").and_then(|r| r.split_once('}')) {
            out.extend(u32::from_str_radix(hex.0, 16).ok().and_then(char::from_u32));
            rest = hex.1;
        } else if let Some(r) = rest.strip_prefix('t') {
            out.push('\t');
            rest = r;
        } else if let Some(r) = rest.strip_prefix('\\') {
            out.push('\\');
            rest = r;
        } else {
            out.push('\\');
        }
    }
    out + rest
}

/// What a reader says about one input: its error lines, with the temporary
/// folder a file was read from taken out of the paths.
fn lines(problems: Vec<Diagnostic>, strip: &Path) -> Vec<String> {
    let strip = format!("{}/", strip.display());
    problems.iter().map(|p| p.to_string().replace(&strip, "")).collect()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
        }
    }
}

/// Run one file case of `kind` (the folder it is in) and return what it says.
fn run_file(kind: &str, case: &Path, scratch: &Path) -> Vec<String> {
    let name = case.file_name().unwrap();
    let text = std::fs::read_to_string(case).unwrap_or_default();
    let _ = std::fs::remove_dir_all(scratch);
    std::fs::create_dir_all(scratch).unwrap();
    let shipped = root().join("assessments");
    match kind {
        // A bank.toml, read with the shipped items.
        "bank" => {
            std::fs::write(scratch.join("bank.toml"), &text).unwrap();
            copy_dir(&shipped.join("items"), &scratch.join("items"));
            lines(repere_content::load_bank(scratch).err().unwrap_or_default(), scratch)
        }
        // One more item file beside the shipped ones.
        "items" => {
            std::fs::copy(shipped.join("bank.toml"), scratch.join("bank.toml")).unwrap();
            copy_dir(&shipped.join("items"), &scratch.join("items"));
            std::fs::write(scratch.join("items").join(name), &text).unwrap();
            lines(repere_content::load_bank(scratch).err().unwrap_or_default(), scratch)
        }
        // A referral rules file, checked against the shipped bank.
        "referral" => {
            let (bank, _) = repere_content::load_bank(&shipped).expect("the shipped bank loads");
            let path = scratch.join(name);
            std::fs::write(&path, &text).unwrap();
            lines(repere_content::load_referral(&path, Some(&bank)).err().unwrap_or_default(), scratch)
        }
        // A Fluent file of the reference language.
        "fluent" => {
            std::fs::create_dir_all(scratch.join("fr")).unwrap();
            std::fs::write(scratch.join("fr").join(name), &text).unwrap();
            lines(repere_content::load_locales(scratch).err().unwrap_or_default(), scratch)
        }
        // A venue file in the national format, as `repere validate` reads it.
        "venues" => {
            let path = scratch.join(name);
            std::fs::write(&path, std::fs::read(case).unwrap()).unwrap();
            lines(repere_content::load_venues(&path).err().unwrap_or_default(), scratch)
        }
        other => panic!("unknown case folder {other}"),
    }
}

/// Run one line case (`[url]` or `[result-code]` section of `lines.txt`).
fn run_line(section: &str, input: &str) -> Vec<String> {
    match section {
        "url" => {
            let config = UrlConfig::parse(input);
            vec![format!("ignored: {}", config.ignored.join(" "))]
        }
        "result-code" => match repere_guidance::result_code::decode(input, &DOMAINS) {
            Ok(_) => vec!["decoded".to_string()],
            Err(e) => vec![e.to_string()],
        },
        other => panic!("unknown section [{other}]"),
    }
}

fn caught<T>(what: &str, run: impl FnOnce() -> T) -> Result<T, String> {
    catch_unwind(AssertUnwindSafe(run)).map_err(|e| {
        let message = e.downcast_ref::<String>().cloned().or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()));
        format!("{what}: PANIC {}", message.unwrap_or_default())
    })
}

#[test]
fn bad_input_catalogue() {
    let bless = std::env::var_os("BLESS").is_some();
    let scratch = std::env::temp_dir().join(format!("repere-bad-inputs-{}", std::process::id()));
    let (mut cases, mut failures) = (0, Vec::new());

    // File cases: tests/bad-inputs/<kind>/<case>, expected in <case>.expected.
    let mut kinds: Vec<PathBuf> = std::fs::read_dir(catalogue()).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    kinds.sort();
    for kind_dir in kinds {
        let kind = kind_dir.file_name().unwrap().to_string_lossy().into_owned();
        let mut files: Vec<PathBuf> = std::fs::read_dir(&kind_dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_none_or(|x| x != "expected"))
            .collect();
        files.sort();
        for case in files {
            cases += 1;
            let label = format!("{kind}/{}", case.file_name().unwrap().to_string_lossy());
            let expected_path = PathBuf::from(format!("{}.expected", case.display()));
            let actual = match caught(&label, || run_file(&kind, &case, &scratch)) {
                Ok(lines) => lines,
                Err(panic) => {
                    failures.push(panic);
                    continue;
                }
            };
            if bless {
                std::fs::write(&expected_path, actual.join("\n") + "\n").unwrap();
                continue;
            }
            // A message may span lines (TOML syntax errors say what was expected).
            let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
            let actual = actual.join("\n");
            if actual.is_empty() {
                failures.push(format!("{label}: accepted, but it must be refused"));
            } else if actual.trim_end() != expected.trim_end() {
                failures.push(format!("{label}:\n  expected: {}\n  got:      {actual}", expected.trim_end()));
            }
        }
    }

    // Line cases: `input => expected` under [url] and [result-code].
    let text = std::fs::read_to_string(catalogue().join("lines.txt")).unwrap();
    let mut section = String::new();
    let mut blessed = String::new();
    for (n, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if let Some(name) = trimmed.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
            section = name.to_string();
        }
        let Some((input, expected)) = line.split_once(" => ").filter(|_| !trimmed.starts_with('#')) else {
            blessed += &format!("{line}\n");
            continue;
        };
        cases += 1;
        let label = format!("lines.txt:{}: [{section}] {input}", n + 1);
        match caught(&label, || run_line(&section, &unescape(input))) {
            Ok(actual) => {
                let actual = actual.join(" | ");
                blessed += &format!("{input} => {actual}\n");
                if !bless && actual != expected {
                    failures.push(format!("{label}:\n  expected: {expected}\n  got:      {actual}"));
                }
                if actual == "decoded" || actual == "ignored: " {
                    failures.push(format!("{label}: accepted, but it must be refused"));
                }
            }
            Err(panic) => failures.push(panic),
        }
    }
    if bless {
        std::fs::write(catalogue().join("lines.txt"), blessed).unwrap();
    }
    let _ = std::fs::remove_dir_all(&scratch);
    eprintln!("bad-input catalogue: {cases} cases, {} failed", failures.len());
    assert!(cases >= 40, "the catalogue has {cases} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
