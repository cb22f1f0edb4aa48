//! `repere decode`: a code made with the shipped bank reads back in plain
//! English and as JSON; a bad code exits 1 with the precise reason.

use repere_content::{load_bank, ContentRoot};
use repere_engine::Mode;
use repere_guidance::referral::Path as Referral;
use repere_guidance::result_code::{
    bank_fingerprint, encode, DomainSummary, Precision, ResultSummary, FORMAT_VERSION,
};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn repere(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_repere"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("run repere");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn shipped_ids() -> Vec<String> {
    let (bank, _) =
        load_bank(&ContentRoot::find(&root()).assessments).expect("the shipped bank loads");
    bank.domains.iter().map(|d| d.id.clone()).collect()
}

fn summary(ids: &[String]) -> ResultSummary {
    ResultSummary {
        mode: Mode::Screening,
        bank_fingerprint: bank_fingerprint(ids),
        domains: (0..ids.len())
            .map(|i| DomainSummary {
                level: 1 + (i % 4) as u8,
                precision: Precision::ALL[i % 4],
                measured: true,
            })
            .collect(),
        main: Referral::AidantsConnect,
        complements: vec![Referral::Training],
        pass_numerique: true,
        items_answered: 11,
        overall: None,
        day: None,
        format_version: FORMAT_VERSION,
    }
}

#[test]
fn decodes_a_shipped_bank_code_in_plain_english() {
    let ids = shipped_ids();
    let code = encode(&summary(&ids));
    let (status, stdout, stderr) = repere(&["decode", &code]);
    assert_eq!(status, 0, "{stderr}");
    assert!(
        stdout.contains("screening mode, 11 items answered"),
        "{stdout}"
    );
    let line = |id: &str| {
        stdout
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{id} ")))
            .unwrap_or_default()
    };
    assert!(
        line(&ids[0]).contains("level 1 discovering") && line(&ids[0]).contains("precision high"),
        "{stdout}"
    );
    assert!(
        line(&ids[1]).contains("level 2 beginner") && line(&ids[1]).contains("precision good"),
        "{stdout}"
    );
    assert!(stdout.contains("Referral: Aidants Connect"), "{stdout}");
    assert!(stdout.contains("and also: training"), "{stdout}");
    assert!(stdout.contains("Pass numérique: eligible"), "{stdout}");
    // Typed by hand, in groups and lower case, with the bank named.
    let typed = format!("{} {}", code[..9].to_lowercase(), &code[9..]);
    let (status, stdout2, stderr) = repere(&["decode", &typed, "--bank", "."]);
    assert_eq!(status, 0, "{stderr}");
    assert_eq!(stdout, stdout2);
}

#[test]
fn decodes_as_json() {
    let ids = shipped_ids();
    let (status, stdout, stderr) = repere(&["decode", &encode(&summary(&ids)), "--json"]);
    assert_eq!(status, 0, "{stderr}");
    let json: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(json["version"], 2);
    assert_eq!(json["mode"], "screening");
    assert_eq!(json["items_answered"], 11);
    assert_eq!(json["domains"].as_array().unwrap().len(), ids.len());
    assert_eq!(json["domains"][1]["id"], ids[1].as_str());
    assert_eq!(json["domains"][1]["level"], 2);
    assert_eq!(json["domains"][1]["precision"], "good");
    assert_eq!(json["referral"]["main"], "aidants_connect");
    assert_eq!(json["referral"]["complements"][0], "training");
    assert_eq!(json["referral"]["pass_numerique"], true);
}

#[test]
fn a_bad_code_exits_1_with_the_reason() {
    let ids = shipped_ids();
    let code = encode(&summary(&ids));
    let last = code.chars().last().unwrap();
    let typo = format!(
        "{}{}",
        &code[..code.len() - 1],
        if last == 'Z' { 'Y' } else { 'Z' }
    );
    let other_bank = encode(&summary(&["a".to_string(), "b".to_string()]));
    for (bad, reason) in [
        (typo, "checksum does not match"),
        (
            code[..code.len() - 2].to_string(),
            "characters after the prefix",
        ),
        (code.replacen("R2-", "R7-", 1), "version 7 is unknown"),
        (format!("R2-U{}", &code[4..]), "character 'U' at position 4"),
        (other_bank, "another question bank"),
        ("hello".to_string(), "not a Repère result code"),
    ] {
        let (status, stdout, stderr) = repere(&["decode", &bad]);
        assert_eq!(status, 1, "{bad}: {stdout}");
        assert!(stderr.contains(reason), "{bad}: {stderr}");
        assert!(stdout.is_empty());
    }
}

#[test]
fn usage_mistakes_exit_2() {
    for args in [
        &["decode"][..],
        &["decode", "R1-X", "--bank"],
        &["decode", "R1-X", "--frobnicate"],
    ] {
        let (status, _, stderr) = repere(args);
        assert_eq!(status, 2, "{args:?}");
        assert!(stderr.contains("repere decode CODE"), "{stderr}");
    }
}

/// A scanned code may hold terminal escapes: they are shown escaped, never
/// sent raw to the terminal; a huge code is echoed cut short.
#[test]
fn echoes_codes_escaped() {
    for (bad, shown) in [
        ("R1-\u{1b}]0;owned\u{7}", "R1-\\u{1b}]0;owned\\u{7}"),
        ("\u{1b}[2J", "\\u{1b}[2J"),
        ("R1-AB\u{202e}CD", "R1-AB\\u{202e}CD"),
    ] {
        let (status, _, stderr) = repere(&["decode", bad]);
        assert_eq!(status, 1, "{shown}");
        assert!(!stderr.contains('\u{1b}') && !stderr.contains('\u{7}') && !stderr.contains('\u{202e}'), "{stderr:?}");
        assert!(stderr.contains(shown), "{stderr:?}");
    }
    let long = format!("R1-{}", "A".repeat(100_000));
    let (_, _, stderr) = repere(&["decode", &long]);
    assert!(stderr.len() < 400, "{} bytes echoed", stderr.len());
    let (_, _, stderr) = repere(&["decode", "R99999999999999999999-AAAA"]);
    assert!(stderr.contains("version number is too large"), "{stderr}");
}

/// Run `repere ARGS… | head -c 0` and assert the closed pipe ended the
/// command quietly: no panic, exit 0.
fn assert_quiet_on_closed_pipe(args: &[&str]) {
    let out = Command::new("bash")
        .arg("-c")
        .arg("\"$0\" \"$@\" | head -c 0; exit ${PIPESTATUS[0]}")
        .arg(env!("CARGO_BIN_EXE_repere"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("run bash");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
}

/// `repere bank export | head -0` (and `bank stats`): the closed pipe ends the command quietly.
#[test]
fn a_closed_pipe_after_an_export_is_not_a_panic() {
    for command in ["export", "stats"] {
        assert_quiet_on_closed_pipe(&["bank", command]);
    }
}

/// `repere decode … | head -0`: the closed pipe ends the command quietly.
#[test]
fn a_closed_pipe_is_not_a_panic() {
    let code = encode(&summary(&shipped_ids()));
    assert_quiet_on_closed_pipe(&["decode", &code]);
    assert_quiet_on_closed_pipe(&["decode", &code, "--json"]);
}
