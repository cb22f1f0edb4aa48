//! `repere venues extract` on a synthetic national file generated here from
//! the standard's official example and one-defect cases (read in place from
//! `../shared/venue-standard/`, never copied), spread over metropolitan France.
//! CI runs a short version (2,500 rows; the test binary is unoptimised). For the
//! national size: `REPERE_NATIONAL_ROWS=50000 REPERE_NATIONAL_CSV=/tmp/national.csv
//! cargo test -p repere-cli --test venues_extract` writes the file (and checks
//! the extract on it, slowly: unoptimised), to time the optimised command on it
//! (`/usr/bin/time -v target/native/repere venues extract /tmp/national.csv --near 69400`).

#[path = "../../../tests/support/csv.rs"]
mod csv;

use std::path::{Path, PathBuf};
use std::process::Command;

/// Rows of the generated file (`REPERE_NATIONAL_ROWS`, default 2,500).
fn rows() -> usize {
    std::env::var("REPERE_NATIONAL_ROWS").ok().and_then(|n| n.parse().ok()).unwrap_or(2_500)
}
/// Every `DEFECT_EVERY`-th row is a one-defect row of `invalid/`.
const DEFECT_EVERY: usize = 50;
/// The town the tests look around: Villefranche-sur-Saône.
const TOWN: (&str, &str, f64, f64) = ("69400", "69264", 45.9897, 4.7189);

fn standard_dir() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let candidates = [root.join("../shared/venue-standard"), root.join("../../shared/venue-standard")];
    candidates.iter().find(|d| d.join("invalid/EXPECTED.tsv").is_file()).cloned().unwrap_or_else(|| {
        panic!("the national venue standard's files are missing: expected shared/venue-standard/ beside the repository, at {}", candidates[0].display())
    })
}

fn read_csv(path: &Path) -> Vec<Vec<String>> {
    csv::rows(&std::fs::read_to_string(path).unwrap())
}

fn quote(cell: &str) -> String {
    csv::quote(cell)
}

/// The generated file and how many rows of it are invalid.
struct National {
    path: PathBuf,
    invalid: usize,
    /// Valid rows of [`TOWN`] (placed within 2 km of it, or without coordinates).
    near_town: usize,
}

fn generate(dir: &Path) -> National {
    let standard = standard_dir();
    let base = read_csv(&standard.join("valid/v01-lamednum-exemple-valide.csv"));
    let header = base[0].clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (id, pc, insee, lat, lon, modes) =
        (col("id"), col("code_postal"), col("code_insee"), col("latitude"), col("longitude"), col("modalites_acces"));
    let mut templates = vec![base[1].clone()];
    for f in ["valid/v02-mednum-cli-to-csv-one-row.csv", "valid/v03-mednum-cli-to-csv-two-rows.csv", "valid/v10-base-single-values.csv"] {
        templates.extend(read_csv(&standard.join(f)).into_iter().skip(1));
    }
    // One-defect rows whose header is the standard's (the header cases cannot mix in).
    let mut defects = Vec::new();
    let expected = std::fs::read_to_string(standard.join("invalid/EXPECTED.tsv")).unwrap();
    for line in expected.lines() {
        let Some((file, _)) = line.split_once('\t') else { continue };
        if !file.ends_with(".csv") || file.starts_with("i02") {
            continue;
        }
        let rows = read_csv(&standard.join("invalid").join(file));
        if rows[0] == header {
            defects.push(rows[1].clone());
        }
    }
    assert!(defects.len() >= 40, "only {} defect rows", defects.len());
    let path = std::env::var_os("REPERE_NATIONAL_CSV").map(PathBuf::from).unwrap_or_else(|| dir.join("national.csv"));
    let rows = rows();
    let towns = (rows / 25).max(100);
    let mut out = String::with_capacity(rows * 1500);
    out += &header.iter().map(|h| quote(h)).collect::<Vec<_>>().join(",");
    out.push('\n');
    let (mut invalid, mut near_town) = (0, 0);
    // A deterministic spread: one town per 25 rows on a grid over metropolitan
    // France; ours is town 77 (always a valid template row with coordinates).
    for i in 0..rows {
        let mut row = if i % DEFECT_EVERY == DEFECT_EVERY - 1 {
            invalid += 1;
            defects[(i / DEFECT_EVERY) % defects.len()].clone()
        } else {
            templates[i % templates.len()].clone()
        };
        if !row[id].is_empty() {
            row[id] = format!("nat-{i}");
        }
        let town = i % towns;
        let (mut town_lat, town_lon) = (42.6 + (town / 50) as f64 * 0.21, -4.4 + (town % 50) as f64 * 0.25);
        if repere_guidance::venues::distance_km((town_lat, town_lon), (TOWN.2, TOWN.3)) < 30.0 {
            town_lat -= 1.0; // nothing but our town within 30 km of it
        }
        let jitter = ((i / towns) % 10) as f64 * 0.002;
        let is_ours = town == 77;
        let (la, lo) = if is_ours { (TOWN.2 + jitter, TOWN.3 - jitter) } else { (town_lat + jitter, town_lon + jitter) };
        // Keep the defect of rows that are about a code or a coordinate.
        let set = |row: &mut Vec<String>, c: usize, v: String| {
            if !row[c].is_empty() && row[c] != "5110" && row[c] != "51 100" && !row[c].starts_with("20") && row[c] != "5145" {
                row[c] = v;
            }
        };
        if row[lat].parse::<f64>().is_ok_and(|x| x.abs() <= 90.0) {
            set(&mut row, lat, format!("{la:.5}"));
        }
        if row[lon].parse::<f64>().is_ok_and(|x| x.abs() <= 180.0) {
            set(&mut row, lon, format!("{lo:.5}"));
        }
        let (code_postal, code_insee) = if is_ours {
            (TOWN.0.to_string(), TOWN.1.to_string())
        } else {
            let dept = [1, 13, 29, 31, 33, 44, 59, 67, 75, 92][town % 10];
            (format!("{dept:02}{:03}", town % 1000), format!("{dept:02}{:03}", (town * 7) % 1000))
        };
        set(&mut row, pc, code_postal);
        set(&mut row, insee, code_insee);
        if i % 97 == 0 && i % DEFECT_EVERY != DEFECT_EVERY - 1 {
            row[modes] = "Ce lieu n'accueille pas de public".into();
        }
        let valid = i % DEFECT_EVERY != DEFECT_EVERY - 1 && i % 97 != 0;
        if is_ours && valid {
            near_town += 1;
        }
        out += &row.iter().map(|c| quote(c)).collect::<Vec<_>>().join(",");
        out.push('\n');
    }
    std::fs::write(&path, out).unwrap();
    National { path, invalid, near_town }
}

fn repere(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_repere")).args(args).output().unwrap();
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_national_file_becomes_a_local_offers_file() {
    let dir = std::env::temp_dir().join(format!("repere-extract-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let national = generate(&dir);
    if std::env::var_os("REPERE_NATIONAL_CSV").is_some() {
        // The file stays for timing; the checks below still run on it.
        eprintln!("wrote {} ({} rows): time `repere venues extract` on it", national.path.display(), rows());
    }
    let file = national.path.to_str().unwrap();
    assert!(national.near_town > 20, "{}", national.near_town);

    let out = dir.join("lieux.json");
    let (ok, _, summary) = repere(&["venues", "extract", file, "--near", TOWN.0, "--radius", "10", "--max", "12", "--out", out.to_str().unwrap()]);
    assert!(ok, "{summary}");
    let rows = rows();
    assert!(summary.contains(&format!("{rows} rows read, {} valid, {} skipped as invalid", rows - national.invalid, national.invalid)), "{summary}");
    for reason in ["invalid telephone:", "invalid horaires:", "invalid pivot:", "invalid code_insee:", "e.g. line "] {
        assert!(summary.contains(reason), "no '{reason}' in:\n{summary}");
    }
    assert!(summary.contains("mean position of the"), "{summary}");
    assert!(summary.contains(&format!("{} valid venues within 10 km", national.near_town)), "{summary}");
    assert!(summary.contains("kept 12 (the nearest, --max 12)"), "{summary}");
    // The file is the app's offers file: valid for the standard, every venue near the town.
    let venues = repere_content::load_venues(&out).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(venues.len(), 12);
    for v in &venues {
        let d = repere_guidance::venues::distance_km((TOWN.2, TOWN.3), v.position().unwrap());
        assert!(d < 10.0 && v.code_postal == TOWN.0, "{} at {d} km", v.id);
    }

    // A position directly; nothing near the middle of the sea.
    let (ok, json, summary) = repere(&["venues", "extract", file, "--near", "45.99,4.72", "--radius", "3"]);
    assert!(ok, "{summary}");
    let near: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    assert!(!near.is_empty() && near.len() <= 30, "{}", near.len());
    let (ok, json, _) = repere(&["venues", "extract", file, "--near", "47.0,-8.0", "--radius", "5"]);
    assert!(ok);
    assert_eq!(serde_json::from_str::<Vec<serde_json::Value>>(&json).unwrap().len(), 0);
    // A code the file does not have: no geocoder, say so.
    let (ok, _, e) = repere(&["venues", "extract", file, "--near", "97411"]);
    assert!(!ok && e.contains("no geocoder"), "{e}");
    // Not the standard's CSV: the header problems, nothing written.
    let bad = standard_dir().join("invalid/i50-columns-out-of-order.csv");
    let (ok, _, e) = repere(&["venues", "extract", bad.to_str().unwrap(), "--near", "51100"]);
    assert!(!ok && e.contains("column nom: out of order"), "{e}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn every_command_has_help() {
    for words in [
        &["--help"][..],
        &["validate", "--help"],
        &["validate", "-h"],
        &["bank", "export", "--help"],
        &["bank", "stats", "--help"],
        &["simulate", "--help"],
        &["bench", "--help"],
        &["decode", "--help"],
        &["venues", "--help"],
        &["venues", "extract", "--help"],
    ] {
        let (ok, out, err) = repere(words);
        assert!(ok, "{words:?}: {err}");
        assert!(out.starts_with("usage:\n  repere "), "{words:?}: {out}");
        assert!(!err.contains("cannot read"), "{words:?} treated --help as a path: {err}");
    }
    let (_, out, _) = repere(&["venues", "extract", "--help"]);
    assert!(out.contains("--near PLACE") && !out.contains("simulate"), "{out}");
}
