//! Property tests: every reader of outside input returns a value or precise
//! errors on anything — random text, and real files with random edits (the
//! likelier hostile or unlucky input) — and never panics. The number of inputs
//! per reader is the `with_cases` of each block (see docs in the security note).

use proptest::prelude::*;
use proptest::sample::Index;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap()
}

/// Characters that matter to the formats, plus some that should never appear.
const ALPHABET: &[char] = &[
    '"', '\'', '[', ']', '{', '}', '=', ',', ';', ':', '.', '#', '\n', '\r', '\t', ' ', '\\', '-', '$', '*', '0', '9',
    'e', 'x', '\u{0}', '\u{1b}', '\u{202e}', '\u{feff}', 'é', '𝄞',
];

/// A real file with a few random edits: delete, insert or replace a character,
/// or duplicate a slice.
fn edited(text: String) -> impl Strategy<Value = String> {
    prop::collection::vec((any::<Index>(), 0u8..4, any::<Index>(), any::<Index>()), 1..8).prop_map(move |edits| {
        let mut chars: Vec<char> = text.chars().collect();
        for (at, op, pick, len) in edits {
            let i = at.index(chars.len().max(1)).min(chars.len());
            let c = ALPHABET[pick.index(ALPHABET.len())];
            match op {
                0 if i < chars.len() => {
                    chars.remove(i);
                }
                1 => chars.insert(i, c),
                2 if i < chars.len() => chars[i] = c,
                _ => {
                    let end = (i + len.index(200)).min(chars.len());
                    let slice: Vec<char> = chars[i..end].to_vec();
                    chars.splice(i..i, slice);
                }
            }
        }
        chars.into_iter().collect()
    })
}

fn noise() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ALPHABET), 0..300).prop_map(|c| c.into_iter().collect())
}

fn input(valid: String) -> impl Strategy<Value = String> {
    prop_oneof![3 => edited(valid), 1 => noise(), 1 => ".{0,300}"]
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("repere-props-{name}-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    dir
}

/// A valid CSV venue file: the standard's full header (all 32 columns, so
/// that edits reach the rows and their checks, not only the header) and two rows.
fn valid_csv() -> String {
    let fields = repere_guidance::venues::FIELDS;
    let row = |id: &str, insee: &str| {
        fields
            .iter()
            .map(|f| match *f {
                "id" => id.to_string(),
                "pivot" => "43493312300029".into(),
                "nom" => "\"Lieu \"\"A\"\"\"".into(),
                "commune" => "Lyon".into(),
                "code_postal" => "69001".into(),
                "code_insee" => insee.into(),
                "adresse" => "\"1 rue, bis\"".into(),
                "date_maj" => "2024-04-02".into(),
                "telephone" => "+33180059880".into(),
                "horaires" => "\"Mo-Fr 09:00-12:00,14:00-18:30\"".into(),
                "services" => "Aide aux démarches administratives|Maîtrise des outils numériques du quotidien".into(),
                "latitude" => "45.76".into(),
                "longitude" => "4.83".into(),
                _ => String::new(),
            })
            .collect::<Vec<_>>()
            .join(",")
    };
    let text = format!("{}\n{}\n{}\n", fields.join(","), row("a", "69381"), row("b", "2A004"));
    assert!(repere_content::parse_venues_csv(Path::new("seed.csv"), &text).is_ok(), "the CSV seed must be valid");
    text
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn venue_json_reader_never_panics(text in input(read("tests/e2e/fixtures/venues-ok.json"))) {
        if let Err(problems) = repere_content::parse_venues_json(Path::new("v.json"), &text) {
            prop_assert!(!problems.is_empty());
        }
    }

    #[test]
    fn venue_csv_reader_never_panics(text in input(valid_csv())) {
        if let Err(problems) = repere_content::parse_venues_csv(Path::new("v.csv"), &text) {
            prop_assert!(!problems.is_empty());
        }
    }

    #[test]
    fn referral_reader_never_panics(text in input(read("assessments/referral.toml"))) {
        if let Err(problems) = repere_content::parse_referral(Path::new("referral.toml"), &text, None) {
            prop_assert!(!problems.is_empty());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20000))]

    #[test]
    fn result_code_reader_never_panics(text in prop_oneof![
        "[Rr][0-9]{0,3}-[0-9A-Za-z ]{0,30}",
        ".{0,60}",
    ]) {
        let ids = ["device", "email", "job", "privacy", "facts", "shopping", "procedures"];
        let _ = repere_guidance::result_code::decode(&text, &ids);
    }
}

// Bank, item and Fluent files are read from folders: fewer cases (file I/O).
proptest! {
    #![proptest_config(ProptestConfig::with_cases(250))]

    #[test]
    fn item_file_reader_never_panics(text in input(read("assessments/items/email.toml"))) {
        let dir = scratch("items");
        std::fs::create_dir_all(dir.join("items")).unwrap();
        std::fs::copy(root().join("assessments/bank.toml"), dir.join("bank.toml")).unwrap();
        std::fs::write(dir.join("items/email.toml"), &text).unwrap();
        let _ = repere_content::load_bank(&dir);
    }

    #[test]
    fn bank_file_reader_never_panics(text in input(read("assessments/bank.toml"))) {
        let dir = scratch("bank");
        std::fs::create_dir_all(dir.join("items")).unwrap();
        std::fs::write(dir.join("bank.toml"), &text).unwrap();
        std::fs::copy(root().join("assessments/items/email.toml"), dir.join("items/email.toml")).unwrap();
        let _ = repere_content::load_bank(&dir);
    }

    #[test]
    fn fluent_reader_never_panics(text in input(read("locales/fr/app.ftl"))) {
        let dir = scratch("fluent");
        std::fs::create_dir_all(dir.join("fr")).unwrap();
        std::fs::write(dir.join("fr/app.ftl"), &text).unwrap();
        let _ = repere_content::load_locales(&dir);
    }
}
