//! The venue validator against the national standard's own files, read in
//! place from `../shared/venue-standard/` beside the repository (never copied
//! into it): every official example and allowed edge case is accepted, every
//! one-defect case is rejected naming the field `invalid/EXPECTED.tsv` gives.

use repere_content::{load_venues, venue_file_warnings};
use std::path::{Path, PathBuf};

/// `shared/venue-standard` beside the repository (`../shared` from its root;
/// `../../shared` from a git worktree under `wt/`). Missing is a failure.
fn standard_dir() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let candidates = [root.join("../shared/venue-standard"), root.join("../../shared/venue-standard")];
    let found = candidates.iter().find(|d| d.join("invalid/EXPECTED.tsv").is_file());
    found.cloned().unwrap_or_else(|| {
        panic!(
            "the national venue standard's test files are missing: expected shared/venue-standard/ beside the repository, at {} \
             (see its README.md); they are never copied into the repository",
            candidates[0].display()
        )
    })
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| repere_content::is_venue_file(p))
        .collect();
    out.sort();
    out
}

#[test]
fn every_file_the_standard_accepts_is_accepted() {
    let dir = standard_dir();
    let mut checked = 0;
    for folder in ["valid", "valid-edge", "contested"] {
        for path in files(&dir.join(folder)) {
            match load_venues(&path) {
                Ok(venues) => assert!(!venues.is_empty(), "{}: no venue read", path.display()),
                Err(problems) => panic!(
                    "{} is valid in the standard but was rejected:\n{}",
                    path.display(),
                    problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
                ),
            }
            checked += 1;
        }
    }
    assert!(checked >= 23, "only {checked} files found");
    // Allowed, with a warning: a latitude alone, and the contested 9-digit SIREN pivot.
    for (file, field) in [("valid-edge/e11-latitude-without-longitude.csv", "longitude"), ("contested/c01-pivot-siren-9-digits.csv", "pivot")] {
        let path = dir.join(file);
        let venues = load_venues(&path).expect("accepted");
        let warnings = venue_file_warnings(&path, &venues);
        assert!(
            warnings.iter().any(|w| w.message.starts_with(&format!("warning: venue[0].{field}: "))),
            "{file}: no warning on {field}: {warnings:?}"
        );
    }
}

#[test]
fn every_one_defect_file_is_rejected_naming_its_field() {
    let dir = standard_dir().join("invalid");
    let expected = std::fs::read_to_string(dir.join("EXPECTED.tsv")).expect("EXPECTED.tsv");
    let cases: Vec<(&str, &str)> = expected
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split_once('\t').unwrap_or_else(|| panic!("bad EXPECTED.tsv line: {l}")))
        .collect();
    let listed: Vec<PathBuf> = cases.iter().map(|(f, _)| dir.join(f)).collect();
    assert_eq!(files(&dir), { let mut l = listed.clone(); l.sort(); l }, "every invalid file has an expected field");
    assert!(cases.len() >= 60, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for (file, field) in cases {
        let path = dir.join(file);
        let problems = match load_venues(&path) {
            Ok(_) => {
                failures.push(format!("{file}: accepted, but the standard rejects it ({field})"));
                continue;
            }
            Err(p) => p,
        };
        let named = problems.iter().find_map(|p| {
            let m = &p.message;
            let at = m.find(&format!("].{field}: ")).map(|i| i + field.len() + 4).or_else(|| {
                m.strip_prefix(&format!("column {field}: ")).map(|_| field.len() + 9)
            })?;
            Some(m[at..].to_string())
        });
        match named {
            // The message says what is wrong and how to fix it: more than a word or two.
            Some(text) if text.split_whitespace().count() >= 6 => {}
            Some(text) => failures.push(format!("{file}: the message on {field} is too short to help: {text}")),
            None => failures.push(format!(
                "{file}: rejected, but no error names {field}:\n  {}",
                problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n  ")
            )),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_older_version_is_rejected_by_its_columns() {
    let path = standard_dir().join("other-version/lamednum-exemple-valide-v0.1.1.csv");
    let problems = load_venues(&path).expect_err("a v0.1.1 file does not have the v1 columns");
    assert!(problems.iter().any(|p| p.message.starts_with("column ")), "{problems:?}");
}
