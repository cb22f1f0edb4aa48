//! `repere validate` on venue files: a good file passes, a broken one lists
//! each bad field as `file:line: venue[i].field: message` and exits 1.

use std::path::Path;
use std::process::Command;

fn repere(args: &[&str]) -> (i32, String, String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let out = Command::new(env!("CARGO_BIN_EXE_repere"))
        .args(args)
        .current_dir(root)
        .output()
        .expect("run repere");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn validates_the_sample_venue_file() {
    let (code, stdout, stderr) = repere(&["validate", "assessments/venues/sample.json"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("sample.json: ok — 10 venues"), "{stdout}");
}

#[test]
fn lists_each_bad_field_of_a_broken_venue_file() {
    let (code, _, stderr) = repere(&[
        "validate",
        "crates/content/tests/fixtures/venues_broken.json",
    ]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains(
            "venues_broken.json:27: venue[2].code_postal: '6903' must be exactly 5 digits"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("problems found"), "{stderr}");
    let (code, _, stderr) = repere(&[
        "validate",
        "crates/content/tests/fixtures/venues_broken.csv",
    ]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("venues_broken.csv:3: venue[1].code_postal"),
        "{stderr}"
    );
}
