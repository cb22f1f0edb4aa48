//! What `repere bank stats|export|positions`, `simulate` (without --export) and
//! `bench` print, checked against the shipped bank counted here from its files
//! (issue 24: these commands had no test beyond `--help`).

use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn repere(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_repere")).args(args).current_dir(root()).output().unwrap();
    assert!(out.status.success(), "repere {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// (domain, number of items) from assessments/items/*.toml, read as text.
fn items_per_domain() -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("assessments/items")).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for line in text.lines().filter(|l| l.starts_with("domain = ")) {
            let domain = line.trim_start_matches("domain = ").trim_matches('"').to_string();
            match out.iter_mut().find(|(d, _): &&mut (String, usize)| *d == domain) {
                Some((_, n)) => *n += 1,
                None => out.push((domain, 1)),
            }
        }
    }
    out
}

#[test]
fn bank_stats_and_export_count_the_shipped_items() {
    let counts = items_per_domain();
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    let stats = repere(&["bank", "stats"]);
    for (domain, n) in &counts {
        let row = stats.lines().find(|l| l.split_whitespace().next() == Some(domain)).unwrap_or_else(|| panic!("no row for {domain}:\n{stats}"));
        let cells: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(cells[cells.len() - 2], n.to_string(), "{domain}'s total: {row}");
    }
    let all = stats.lines().find(|l| l.starts_with("all")).unwrap();
    assert!(all.split_whitespace().any(|c| c == total.to_string()), "{all}");

    let export: serde_json::Value = serde_json::from_str(&repere(&["bank", "export"])).unwrap();
    assert_eq!(export["items"].as_array().unwrap().len(), total);
    let domains: Vec<&str> = export["domains"].as_array().unwrap().iter().map(|d| d.as_str().unwrap()).collect();
    let mut expected: Vec<&str> = counts.iter().map(|(d, _)| d.as_str()).collect();
    let mut sorted = domains.clone();
    sorted.sort();
    expected.sort();
    assert_eq!(sorted, expected);
    assert_eq!(export["cuts"]["levels"], serde_json::json!([-1.0, 0.0, 1.0]), "bank.toml's level_cuts");
}

#[test]
fn simulate_prints_a_reproducible_report_within_the_mode_s_bounds() {
    let args = ["simulate", "--mode", "screening", "--examinees", "40", "--seed", "7", "--json"];
    let text = repere(&args);
    assert_eq!(text, repere(&args), "same seed, same report");
    let r: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(r["examinees"], 40);
    assert_eq!(r["bank_items"].as_u64().unwrap() as usize, items_per_domain().iter().map(|(_, n)| n).sum::<usize>());
    let (mean, max) = (r["mean_items"].as_f64().unwrap(), r["max_items"].as_u64().unwrap());
    assert!((4.0..=12.0).contains(&mean) && max <= 12, "screening: 4 to 12 items, got mean {mean}, max {max}");
    for key in ["referral_agreement", "level_agreement_mean", "within_one_level_mean", "max_exposure"] {
        let x = r[key].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&x), "{key} = {x}");
    }
    assert_ne!(text, repere(&["simulate", "--mode", "screening", "--examinees", "40", "--seed", "8", "--json"]), "another seed, other people");
}

#[test]
fn bench_and_positions_report_what_they_measured() {
    let bench: serde_json::Value = serde_json::from_str(&repere(&["bench", "--sessions", "2", "--json"])).unwrap();
    let rows = bench.as_array().unwrap();
    assert_eq!(rows.len(), 4, "shipped and synthetic banks, both modes: {bench}");
    for row in rows {
        assert!(row["answers"].as_u64().unwrap() > 0 && row["median_ms"].as_f64().unwrap() > 0.0, "{row}");
        assert!(row["median_ms"].as_f64().unwrap() <= row["max_ms"].as_f64().unwrap(), "{row}");
    }
    assert!(rows.iter().any(|r| r["bank"] == "synthetic" && r["items"] == 1001), "{bench}");
    let positions = repere(&["bank", "positions", "--sessions", "600"]);
    assert!(positions.starts_with("600 seeded sessions (half profile, half screening)"), "{positions}");
    assert!(positions.contains("share of the right answer in each screen position"), "{positions}");
}
