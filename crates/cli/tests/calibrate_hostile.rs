//! `repere calibrate` against bad data: a fabricated file never changes a
//! level silently, a record cannot list an item twice, a file's weight is
//! reported and capped, and the fitted discrimination is no worse than the
//! authors' guess at any answer count.

mod common;

use common::{repere, root, scratch};
use std::path::Path;




/// The review's file: 400 identical fabricated records (format 2).
fn poisoned(responses: &str) -> String {
    let record = format!(
        "{{\"day\":\"2026-11-02\",\"mode\":\"screening\",\"language\":\"fr\",\"bank\":\"0123456789abcdef\",\"levels\":{{\"device\":1}},\"path\":\"training\",\"complements\":[],\"responses\":\"{responses}\"}}"
    );
    format!("{{\"format\":2,\"records\":[{}]}}", vec![record; 400].join(",\n"))
}

/// `level = N` and `b = X` of one item in an item file.
fn level_and_b(file: &str, id: &str) -> (String, String) {
    let at = file.find(&format!("id = \"{id}\"")).unwrap();
    let rest = &file[at..];
    let line = |key: &str| {
        rest.lines()
            .find(|l| l.starts_with(key))
            .unwrap()
            .to_string()
    };
    (line("level = "), line("b = "))
}

#[test]
fn a_poisoned_file_never_changes_a_level_silently() {
    let dir = scratch("poison");
    let file = dir.join("cal_extreme.json");
    std::fs::write(&file, poisoned("device-tap-green:0 device-back-arrow:1")).unwrap();
    let out = dir.join("out");
    let (code, stdout, stderr) = repere(&["calibrate", file.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("REFUSED device-tap-green"), "{stderr}");
    assert!(stdout.contains("REFUSED device-tap-green"), "{stdout}");
    assert!(stdout.contains("file ") && stdout.contains("400 records, 800 answers (100.0 % of all)"), "{stdout}");
    let written = std::fs::read_to_string(out.join("items/device.toml")).unwrap();
    let original = std::fs::read_to_string(root().join("assessments/items/device.toml")).unwrap();
    // The first item keeps its level and difficulty; nothing leaves the plausible range.
    assert_eq!(level_and_b(&written, "device-tap-green"), level_and_b(&original, "device-tap-green"));
    for b in written.lines().filter_map(|l| l.strip_prefix("b = ")) {
        let b: f64 = b.parse().unwrap();
        assert!((-4.0..=4.0).contains(&b), "b = {b} written\n{stdout}");
    }
    // Whatever was written passes `repere validate` on a tree holding it.
    let tree = dir.join("tree");
    copy_tree(&root().join("assessments"), &tree.join("assessments"));
    copy_tree(&root().join("locales"), &tree.join("locales"));
    copy_tree(&root().join("public"), &tree.join("public"));
    for entry in std::fs::read_dir(out.join("items")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), tree.join("assessments/items").join(entry.file_name())).unwrap();
    }
    let (code, v_out, v_err) = repere(&["validate", tree.to_str().unwrap()]);
    assert_eq!(code, 0, "{v_out}{v_err}");
    // --force writes the level jump of device-back-arrow? Never the prerequisite's.
    let (code, stdout, stderr) =
        repere(&["calibrate", file.to_str().unwrap(), "--out", out.to_str().unwrap(), "--force"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("REFUSED device-tap-green: a prerequisite"), "{stdout}");
    let written = std::fs::read_to_string(out.join("items/device.toml")).unwrap();
    assert_eq!(level_and_b(&written, "device-tap-green"), level_and_b(&original, "device-tap-green"));
}

/// And the validator itself refuses what the review refuses, whoever wrote it.
#[test]
fn validate_refuses_a_first_item_off_level_1_and_an_implausible_difficulty() {
    let dir = scratch("validate");
    let tree = dir.join("tree");
    copy_tree(&root().join("assessments"), &tree.join("assessments"));
    copy_tree(&root().join("locales"), &tree.join("locales"));
    copy_tree(&root().join("public"), &tree.join("public"));
    let device = tree.join("assessments/items/device.toml");
    let text = std::fs::read_to_string(&device).unwrap();
    // The review's output: the first item relevelled to 4 with b 2.52.
    let moved = text.replacen("level = 1\na = 1.0\nb = -2.6", "level = 4\na = 1.0\nb = 2.52", 1);
    assert_ne!(moved, text);
    std::fs::write(&device, &moved).unwrap();
    let (code, out, err) = repere(&["validate", tree.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(format!("{out}{err}").contains("prerequisite"), "{out}{err}");
    let far = text.replacen("b = -2.6", "b = -6.12", 1);
    std::fs::write(&device, &far).unwrap();
    let (code, out, err) = repere(&["validate", tree.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(format!("{out}{err}").contains("plausible range"), "{out}{err}");
}

#[test]
fn a_record_repeating_an_item_is_refused() {
    let dir = scratch("repeat");
    let file = dir.join("repeat.json");
    let repeated = vec!["device-tap-green:1"; 255].join(" ");
    std::fs::write(&file, poisoned(&repeated)).unwrap();
    let (code, _, stderr) = repere(&["calibrate", file.to_str().unwrap(), "--out", dir.join("out").to_str().unwrap()]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("records[0].responses") && stderr.contains("listed twice"), "{stderr}");
}

#[test]
fn a_files_weight_is_reported_and_capped() {
    let dir = scratch("weight");
    let (a, b) = (dir.join("a.csv"), dir.join("b.csv"));
    for (file, n, seed) in [(&a, "300", "1"), (&b, "60", "2")] {
        let (code, _, err) = repere(&[
            "simulate", "--export", file.to_str().unwrap(), "--examinees", n, "--seed", seed, "--design", "random", "--items", "12",
        ]);
        assert_eq!(code, 0, "{err}");
    }
    let out = dir.join("out");
    let (code, stdout, stderr) = repere(&[
        "calibrate", a.to_str().unwrap(), b.to_str().unwrap(), "--out", out.to_str().unwrap(), "--min-answers", "10",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("300 records, 3600 answers (83.3 % of all), weight 1"), "{stdout}");
    assert!(stdout.contains("warning:") && stdout.contains("holds 83 % of the answers"), "{stdout}");
    let (code, stdout, stderr) = repere(&[
        "calibrate", a.to_str().unwrap(), b.to_str().unwrap(), "--out", out.to_str().unwrap(), "--min-answers", "10",
        "--max-file-records", "60",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("weight 0.200 each (capped)"), "{stdout}");
    assert!(!stdout.contains("warning:"), "{stdout}");
}

/// The comparison that found the weakness: 1,000 adaptive sessions, items
/// with 200–500 answers. The first version's fitted a was worse than the
/// authors' guess there (RMSE 0.331 against 0.245).
#[test]
fn the_fitted_discrimination_is_no_worse_than_the_guess_at_every_answer_count() {
    let dir = scratch("thin");
    let (export, truth) = (dir.join("s.csv"), dir.join("t.json"));
    let (code, _, err) = repere(&[
        "simulate", "--export", export.to_str().unwrap(), "--examinees", "1000", "--seed", "7", "--parameter-noise",
        "--truth", truth.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, stdout, err) = repere(&[
        "calibrate", export.to_str().unwrap(), "--truth", truth.to_str().unwrap(), "--out", dir.join("out").to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let bins: Vec<&str> = stdout.lines().filter(|l| l.starts_with("recovery-bin")).collect();
    assert!(!bins.is_empty(), "{stdout}");
    for line in bins {
        // recovery-bin 200–499: 43 items, RMSE a 0.228 (bank's 0.245), …
        let rest = &line[line.find("RMSE a ").unwrap() + 7..];
        let fitted: f64 = rest.split(' ').next().unwrap().parse().unwrap();
        let bank_a: f64 = rest[rest.find("(bank's ").unwrap() + 8..].split(')').next().unwrap().parse().unwrap();
        assert!(fitted <= bank_a, "{line}");
    }
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}
