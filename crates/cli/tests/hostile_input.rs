//! The CLI against hostile or odd input files and arguments (review 2, L5–L8):
//! no terminal escape ever reaches the terminal, CR-only and BOM files read
//! as expected, a file that yields nothing is an error, a non-UTF-8 argument
//! is an error (not a panic), and a gigantic line or record is refused after a
//! bounded read.

use std::io::Write;
mod common;

use common::{repere, root, run, scratch};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};





const ESC: &str = "\u{1b}]0;PWNED\u{7}\u{1b}[2J";

fn no_control(text: &str) -> bool {
    !text.chars().any(|c| c.is_control() && c != '\n' && c != '\t')
}

fn export(dir: &Path, name: &str, n: &str) -> PathBuf {
    let file = dir.join(name);
    let (code, _, err) = repere(&[
        "simulate", "--export", file.to_str().unwrap(), "--examinees", n, "--design", "random", "--items", "5",
    ]);
    assert_eq!(code, 0, "{err}");
    file
}

#[test]
fn terminal_escapes_in_exports_and_file_names_are_never_echoed() {
    let dir = scratch("escape");
    let good = std::fs::read_to_string(export(&dir, "good.json", "3")).unwrap();
    // In JSON the escape is written \u001b (a raw control character is not JSON).
    let key = good.replacen("\"levels\":{\"", "\"levels\":{\"\\u001b]0;PWNED\\u0007\\u001b[2J\":1,\"", 1);
    assert_ne!(key, good);
    let csv = std::fs::read_to_string(export(&dir, "good.csv", "3")).unwrap();
    let header = csv.replacen("level.", &format!("level.{ESC}"), 1);
    let cases = [("key.json", key), ("header.csv", header), (&*format!("name{ESC}.csv"), "x\n".to_string())];
    for (name, text) in cases {
        let file = dir.join(name);
        std::fs::write(&file, text).unwrap();
        for command in ["report", "calibrate"] {
            let (code, out, err) = repere(&[command, file.to_str().unwrap(), "--out", dir.join("o").to_str().unwrap()]);
            assert_eq!(code, 1, "{command} {name}: {err}");
            assert!(no_control(&err) && no_control(&out), "{command} {name}: {err:?}");
            assert!(err.contains("\\u{1b}"), "{command} {name}: the escape is shown as text: {err}");
        }
    }
    // A national venue CSV: the same for validate (every quoted field).
    let broken = std::fs::read_to_string(root().join("crates/content/tests/fixtures/venues_broken.csv")).unwrap();
    let hostile = broken.replace(",690,", &format!(",690{ESC},")).replace("nord", &format!("nord{ESC}"));
    let file = dir.join("venues.csv");
    std::fs::write(&file, hostile).unwrap();
    let (code, out, err) = repere(&["validate", file.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(no_control(&err) && no_control(&out), "{err:?}");
}

#[test]
fn cr_only_bom_and_one_line_files() {
    let dir = scratch("lines");
    let csv = std::fs::read_to_string(export(&dir, "lf.csv", "30")).unwrap();
    let cr = dir.join("cr.csv");
    std::fs::write(&cr, csv.replace('\n', "\r")).unwrap();
    let (code, out, err) = repere(&["report", cr.to_str().unwrap(), "--out", dir.join("r.html").to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("30 diagnostics from 1 files"), "{out}");
    // A JSON export with a byte-order mark, even named .csv, is JSON.
    let json = std::fs::read_to_string(export(&dir, "e.json", "7")).unwrap();
    let bom = dir.join("bom.csv");
    std::fs::write(&bom, format!("\u{feff}{json}")).unwrap();
    let (code, out, err) = repere(&["report", bom.to_str().unwrap(), "--out", dir.join("b.html").to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("7 diagnostics from 1 files"), "{out}");
    // One line: a header only, or a whole JSON export on one line.
    let one = dir.join("one.csv");
    std::fs::write(&one, csv.lines().next().unwrap()).unwrap();
    let flat = dir.join("flat.csv");
    std::fs::write(&flat, "{\"format\":2,\"records\":[]}").unwrap();
    let bad_header = dir.join("bad.csv");
    std::fs::write(&bad_header, "garbage,header\n").unwrap();
    for (file, expected) in [(&one, "no record"), (&flat, "no record"), (&bad_header, "unknown column 'garbage'")] {
        for command in ["report", "calibrate"] {
            let (code, _, err) = repere(&[command, file.to_str().unwrap(), "--out", dir.join("x").to_str().unwrap()]);
            assert_eq!(code, 1, "{command}: {err}");
            assert!(err.contains(expected), "{command}: {err}");
        }
    }
    // A garbage header beside a good file is not accepted silently either.
    let lf = dir.join("lf.csv");
    let (code, _, err) = repere(&["calibrate", lf.to_str().unwrap(), bad_header.to_str().unwrap(), "--out", dir.join("y").to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
}

#[test]
fn a_non_utf8_argument_is_an_error_not_a_panic() {
    use std::os::unix::ffi::OsStrExt;
    let latin1 = std::ffi::OsStr::from_bytes(b"caf\xe9.csv");
    for command in ["report", "calibrate", "validate", "decode", "simulate"] {
        let (code, _, err) = run(&[std::ffi::OsStr::new(command), latin1]);
        assert_eq!(code, 2, "{command}: {err}");
        assert!(err.contains("is not UTF-8 text") && !err.contains("panicked"), "{command}: {err}");
    }
}

/// Feeds an endless line (or record) through a pipe: the command must stop
/// after a bounded read, with a precise error, long before 1 GB.
fn refuses_a_gigantic_input(start: &[u8], filler: &[u8], expected: &str) {
    for command in ["report", "calibrate"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_repere"))
            .args([command, "/dev/stdin", "--out", "/dev/null/x"])
            .current_dir(root())
            .stdin(Stdio::piped())
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let mut written = 0usize;
        let chunk: Vec<u8> = filler.iter().copied().cycle().take(1 << 20).collect();
        let _ = stdin.write_all(start);
        // Up to 1 GB; a bounded reader closes the pipe after its cap.
        while written < (1 << 30) {
            if stdin.write_all(&chunk).is_err() {
                break;
            }
            written += chunk.len();
        }
        drop(stdin);
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{command}: {err}");
        assert!(err.contains(expected), "{command}: {err}");
        assert!(written < 16 << 20, "{command} read {written} bytes before refusing");
    }
}

#[test]
fn a_gigantic_csv_line_is_refused_after_a_bounded_read() {
    refuses_a_gigantic_input(b"format,day,mode,language,bank,path,complements,responses\n2,", b"0,", "longer than 65536 bytes");
}

#[test]
fn a_gigantic_json_record_is_refused_after_a_bounded_read() {
    refuses_a_gigantic_input(b"{\"format\":2,\"records\":[{\"responses\":\"", b"a:1 ", "more than 65,536 bytes in one record");
}

#[test]
fn venue_code_makes_an_80_bit_code_and_a_salted_entry_that_opens_with_it() {
    let (code, first, err) = repere(&["venue-code"]);
    assert_eq!(code, 0, "{err}");
    let (_, second, _) = repere(&["venue-code"]);
    assert_ne!(first, second, "a new code and salt each time");
    let venue_code = first.lines().next().unwrap().rsplit(": ").next().unwrap().trim().to_string();
    assert_eq!(venue_code.len(), 19, "{first}");
    let entry = first.lines().last().unwrap();
    let json: serde_json::Value = serde_json::from_str(&format!("{{{entry}}}")).unwrap();
    let (salt, hash) = (json["statistics"]["code_salt"].as_str().unwrap(), json["statistics"]["code_sha256"].as_str().unwrap());
    let lock = repere_records::venue_code::VenueLock::new(salt, hash).unwrap();
    assert!(lock.opens(&venue_code) && lock.opens(&venue_code.to_lowercase()));
    assert!(!first.contains(&format!("\"{venue_code}\"")), "the code is not in the entry");
    let (code, _, _) = repere(&["venue-code", "extra"]);
    assert_eq!(code, 2);
}
