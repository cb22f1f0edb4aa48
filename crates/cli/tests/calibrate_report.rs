//! `repere simulate --export` → `repere calibrate` → `repere report`, end to
//! end on the shipped bank: calibration moves the parameters towards the ones
//! the answers came from; the report merges exports into one self-contained
//! page; bad exports fail with the file and line.

mod common;

use common::{repere, root, scratch};




/// "RMSE b 0.123 (bank's values: 0.345)" → (0.123, 0.345)
fn rmse(out: &str, what: &str) -> (f64, f64) {
    let at = out
        .find(&format!("RMSE {what} "))
        .unwrap_or_else(|| panic!("no RMSE {what} in:\n{out}"));
    let rest = &out[at + 7..];
    let new: f64 = rest.split_whitespace().next().unwrap().parse().unwrap();
    let old: f64 = rest
        .split("values: ")
        .nth(1)
        .unwrap()
        .split(')')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    (new, old)
}

#[test]
fn calibration_recovers_parameters_from_a_simulated_export() {
    let dir = scratch("recovery");
    let (export, truth, out) = (dir.join("s.csv"), dir.join("truth.json"), dir.join("out"));
    let (code, _, err) = repere(&[
        "simulate",
        "--export",
        export.to_str().unwrap(),
        "--examinees",
        "6000",
        "--seed",
        "5",
        "--parameter-noise",
        "--truth",
        truth.to_str().unwrap(),
        "--design",
        "random",
        "--items",
        "24",
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, stdout, err) = repere(&[
        "calibrate",
        export.to_str().unwrap(),
        "--truth",
        truth.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--min-answers",
        "200",
    ]);
    assert_eq!(code, 0, "{err}");
    let (b, b_bank) = rmse(&stdout, "b");
    let (a, a_bank) = rmse(&stdout, "a");
    assert!(
        b < 0.25 && b < b_bank * 0.7,
        "b: {b} vs the bank's {b_bank}\n{stdout}"
    );
    assert!(a < a_bank, "a: {a} vs the bank's {a_bank}\n{stdout}");
    // Updated item files: valid TOML that keeps the authors' comments; a and b changed.
    let device = std::fs::read_to_string(out.join("items/device.toml")).unwrap();
    let original = std::fs::read_to_string(root().join("assessments/items/device.toml")).unwrap();
    assert!(
        device.starts_with(original.lines().next().unwrap()),
        "the header comment is kept"
    );
    assert_ne!(device, original);
    let parsed: toml_edit::DocumentMut = device.parse().expect("calibrated item file is TOML");
    assert!(parsed["item"].as_array_of_tables().unwrap().len() > 10);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("calibration.json")).unwrap())
            .unwrap();
    assert!(json["items"]
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["estimated"] == true && i["se_b"].is_f64()));
    assert!(std::fs::read_to_string(out.join("calibration.md"))
        .unwrap()
        .contains("| item | answers |"));
}

#[test]
fn report_merges_exports_into_one_self_contained_page() {
    let dir = scratch("report");
    let (one, two) = (dir.join("one.json"), dir.join("two.csv"));
    for (file, n, seed) in [(&one, "30", "1"), (&two, "45", "2")] {
        let (code, _, err) = repere(&[
            "simulate",
            "--export",
            file.to_str().unwrap(),
            "--examinees",
            n,
            "--seed",
            seed,
            "--design",
            "random",
            "--items",
            "10",
        ]);
        assert_eq!(code, 0, "{err}");
    }
    for (lang, words) in [
        ("fr", "75 diagnostics anonymes"),
        ("en", "75 anonymous diagnostics"),
    ] {
        let page = dir.join(format!("report-{lang}.html"));
        let (code, stdout, err) = repere(&[
            "report",
            one.to_str().unwrap(),
            two.to_str().unwrap(),
            "--out",
            page.to_str().unwrap(),
            "--lang",
            lang,
        ]);
        assert_eq!(code, 0, "{err}");
        assert!(stdout.contains("75 diagnostics from 2 files"), "{stdout}");
        let html = std::fs::read_to_string(&page).unwrap();
        assert!(html.contains(words), "{lang}: {html}");
        assert!(html.contains(&format!("<html lang=\"{lang}\"")));
        assert_eq!(
            html.matches("<svg role=\"img\"").count(),
            3,
            "three named charts"
        );
        assert_eq!(
            html.matches("<table>").count(),
            3,
            "three tables of the same figures"
        );
        for outside in [
            "http:", "https:", "<script", "src=", "href=", "@import", "url(",
        ] {
            assert!(
                !html.contains(outside),
                "{lang}: the report refers to something outside itself: {outside}"
            );
        }
    }
}

#[test]
fn bad_exports_fail_with_the_file_and_line() {
    let dir = scratch("bad");
    let good = dir.join("good.csv");
    let (code, _, err) = repere(&[
        "simulate",
        "--export",
        good.to_str().unwrap(),
        "--examinees",
        "5",
        "--design",
        "random",
        "--items",
        "3",
    ]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&good).unwrap();
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    lines[3] = lines[3].replacen("2026-W", "2026-X", 1);
    let bad = dir.join("bad.csv");
    std::fs::write(&bad, lines.join("\n")).unwrap();
    let empty = dir.join("empty.csv");
    std::fs::write(&empty, "").unwrap();
    for command in ["calibrate", "report"] {
        let (code, _, err) = repere(&[
            command,
            bad.to_str().unwrap(),
            "--out",
            dir.join("x").to_str().unwrap(),
        ]);
        assert_eq!(code, 1, "{command}: {err}");
        assert!(
            err.contains("bad.csv: line 4, column week"),
            "{command}: {err}"
        );
        let (code, _, err) = repere(&[
            command,
            empty.to_str().unwrap(),
            "--out",
            dir.join("y").to_str().unwrap(),
        ]);
        assert_eq!(code, 1, "{command}: {err}");
        assert!(
            err.contains("empty.csv: the file is empty"),
            "{command}: {err}"
        );
        let (code, _, err) = repere(&[command]);
        assert_eq!(code, 2, "{command} without files: {err}");
        let (code, _, err) = repere(&[
            command,
            dir.join("missing.json").to_str().unwrap(),
            "--out",
            dir.join("z").to_str().unwrap(),
        ]);
        assert_eq!(code, 1, "{command}: {err}");
        assert!(err.contains("missing.json"), "{command}: {err}");
    }
    let (code, _, err) = repere(&["simulate", "--export", dir.join("x.txt").to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains(".json or .csv"), "{err}");
}

/// Review 2, M3: an export of 5 records printed "fr 4, uk 1" and a week's
/// count of 1. No reported figure may stand for fewer than 5 diagnostics.
#[test]
fn the_report_shows_no_count_under_5() {
    let dir = scratch("kanon");
    let one = dir.join("one.csv");
    let (code, _, err) = repere(&[
        "simulate", "--export", one.to_str().unwrap(), "--examinees", "40", "--seed", "3", "--design", "random", "--items", "6",
    ]);
    assert_eq!(code, 0, "{err}");
    // One record in Ukrainian, and one alone in its week.
    let text = std::fs::read_to_string(&one).unwrap();
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    lines[1] = lines[1].replacen(",fr,", ",uk,", 1);
    let week = lines[2].split(',').nth(1).unwrap().to_string();
    lines[2] = lines[2].replacen(&week, "2026-W40", 1);
    std::fs::write(&one, lines.join("\n") + "\n").unwrap();
    let page = dir.join("r.html");
    let (code, stdout, err) = repere(&["report", one.to_str().unwrap(), "--out", page.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(code, 0, "{err}");
    assert!(stdout.contains("39 diagnostics") && stdout.contains("left out"), "{stdout}");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(!html.contains("uk "), "a language of one person is shown: {html}");
    assert!(!html.contains("2026-W40"), "a week of one diagnostic is shown");
    // Every number in a table cell is 0 or at least 5.
    for cell in html.split("<td class=\"n\">").skip(1) {
        let value = cell.split('<').next().unwrap();
        if let Ok(n) = value.parse::<usize>() {
            assert!(n == 0 || n >= 5, "a cell of {n}: {html}");
        }
    }
}
