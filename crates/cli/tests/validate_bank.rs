//! `repere validate` rejects a malformed bank with `file:line: message` and
//! exit 1: syntax errors, level/parameter mismatches, unknown tags, missing
//! images and missing translations, each at the right line.

use std::path::{Path, PathBuf};
use std::process::Command;

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// A copy of the shipped content tree in a fresh temporary folder.
fn content_copy(name: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = std::env::temp_dir().join(format!("repere-validate-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for folder in ["assessments", "locales", "public"] {
        copy_tree(&root.join(folder), &dir.join(folder));
    }
    dir
}

fn validate(dir: &Path) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_repere"))
        .arg("validate")
        .arg(dir)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn append(path: &Path, text: &str) -> usize {
    let before = std::fs::read_to_string(path).unwrap();
    std::fs::write(path, format!("{before}{text}")).unwrap();
    before.lines().count()
}

#[test]
fn the_shipped_content_is_valid() {
    let dir = content_copy("ok");
    let (code, stderr) = validate(&dir);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn a_toml_syntax_error_is_reported_at_its_line() {
    let dir = content_copy("syntax");
    let file = dir.join("assessments/items/email.toml");
    let lines = append(&file, "\n[[item]]\nid = \"email-broken\nlevel = 1\n");
    let (code, stderr) = validate(&dir);
    assert_eq!(code, 1);
    let expected = format!("{}:{}:", file.display(), lines + 3);
    assert!(
        stderr.contains(&expected),
        "expected {expected} in:\n{stderr}"
    );
}

#[test]
fn content_mistakes_are_reported_with_file_line_and_fix() {
    let dir = content_copy("mistakes");
    let file = dir.join("assessments/items/email.toml");
    let lines = append(
        &file,
        r#"
[[item]]
id = "email-too-easy-for-its-level"
domain = "email"
level = 4
a = 1.1
b = -2.0
kind = "choice"
options = ["yes", "no"]
answer = "yes"
tags = ["no-such-topic"]
image = "img/items/missing-picture.svg"
"#,
    );
    let id_line = lines + 3;
    let (code, stderr) = validate(&dir);
    assert_eq!(code, 1);
    let at = format!("{}:{id_line}:", file.display());
    for fragment in [
        "does not match level 4",
        "unknown tag 'no-such-topic'",
        "image 'img/items/missing-picture.svg' not found",
        "missing text 'email-too-easy-for-its-level = …' in fr",
        "missing text 'email-too-easy-for-its-level-opt-yes = …' in en",
    ] {
        assert!(
            stderr
                .lines()
                .any(|l| l.starts_with(&at) && l.contains(fragment)),
            "expected a line starting {at} containing {fragment:?} in:\n{stderr}"
        );
    }
}

#[test]
fn a_missing_english_text_names_the_reference_line() {
    let dir = content_copy("untranslated");
    let en = dir.join("locales/en/app.ftl");
    let text = std::fs::read_to_string(&en).unwrap();
    std::fs::write(
        &en,
        text.lines()
            .filter(|l| !l.starts_with("pause-resume ="))
            .collect::<Vec<_>>()
            .join("\n"),
    )
    .unwrap();
    let (code, stderr) = validate(&dir);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("'pause-resume = …' is not translated into 'en'")
            && stderr.contains("locales/fr/app.ftl:"),
        "{stderr}"
    );
}

/// Every right answer of a choice item made the longest option, in one language.
fn lengthen_every_key(dir: &Path, lang: &str, padding: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let (bank, _) = repere_content::load_bank(&root.join("assessments")).unwrap();
    let keys: Vec<String> = bank
        .items
        .iter()
        .filter_map(|i| match &i.interaction {
            repere_engine::bank::Interaction::Choice { answer, .. } => Some(format!("{}-opt-{answer} = ", i.id)),
            _ => None,
        })
        .collect();
    for entry in std::fs::read_dir(dir.join("locales").join(lang).join("items")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<String> = text
            .lines()
            .map(|l| if keys.iter().any(|k| l.starts_with(k.as_str())) { format!("{l}{padding}") } else { l.to_string() })
            .collect();
        std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    }
}

#[test]
fn test_wise_strategies_are_scored_and_a_length_cue_fails() {
    let positions = |dir: &Path| {
        let out = Command::new(env!("CARGO_BIN_EXE_repere"))
            .args(["bank", "positions", "--sessions", "300"])
            .arg(dir)
            .output()
            .unwrap();
        (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let dir = content_copy("strategies");
    let (code, stdout, stderr) = positions(&dir);
    for strategy in ["always the first", "always the longest", "always the most words"] {
        assert!(stdout.contains(strategy), "{strategy} missing in:\n{stdout}");
    }
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    lengthen_every_key(&dir, "en", " and that is clearly the right thing to do");
    let (code, _, stderr) = positions(&dir);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("always the longest (en)") && stderr.contains("above blind guessing"), "{stderr}");
    assert!(!stderr.contains("(fr)"), "{stderr}");
}

#[test]
fn keys_longer_than_their_distractors_are_warned() {
    let dir = content_copy("length-cue");
    lengthen_every_key(&dir, "fr", " et c'est bien ce qu'il faut faire");
    let out = Command::new(env!("CARGO_BIN_EXE_repere")).arg("validate").arg(&dir).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(stdout.contains("in the whole bank, the answer is the longest option (fr)"), "{stdout}");
    assert!(stdout.contains("assessments/items/device.toml:1: warning:"), "{stdout}");
    assert!(stdout.contains("(fr): the answer has"), "{stdout}");
    assert!(!stdout.contains("longest option (en)"), "{stdout}");
}

#[test]
fn guessing_typography_and_open_questions_are_warned() {
    let dir = content_copy("advice");
    let device = dir.join("assessments/items/device.toml");
    let text = std::fs::read_to_string(&device).unwrap();
    assert!(text.contains("c = 0.33\nanswer = \"green\""), "device-tap-green's c moved: update this test");
    std::fs::write(&device, text.replace("c = 0.33\nanswer = \"green\"", "answer = \"green\"")).unwrap();
    let fr = dir.join("locales/fr/items/device.ftl");
    let text = std::fs::read_to_string(&fr).unwrap();
    let stem = text.lines().find(|l| l.starts_with("device-update = ")).unwrap().to_string();
    let fr_text = text
        .replace(&stem, "device-update = La tablette propose une mise à jour du système. C'est…")
        .replace("device-type-word = Avec le clavier, écrivez le mot\u{a0}: Paris", "device-type-word = Avec le clavier, écrivez le courriel : Paris");
    std::fs::write(&fr, fr_text).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_repere")).arg("validate").arg(&dir).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "warnings do not fail validation:\n{stderr}");
    for expected in [
        "item 'device-tap-green': 3 regions, so a blind tap is right one time in 3: set c = 0.33",
        "item 'device-update' (fr): the question ends with «…»",
        "warning: typography (fr): write «device-type-word = Avec le clavier, écrivez le courriel⍽: Paris»",
        "warning: one word for one thing (fr): write «e-mail», not «courriel»",
    ] {
        assert!(stderr.contains(expected), "missing {expected:?} in:\n{stderr}");
    }
}
