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
