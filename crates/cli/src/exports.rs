//! Reading records exports (crates/records) for `repere calibrate` and
//! `repere report`, streamed so that memory stays bounded whatever the file:
//! JSON one record at a time (`repere_records::read_json`, at most
//! `MAX_RECORD_BYTES` per record), CSV in chunks of rows with every line
//! capped at [`MAX_LINE_BYTES`]. The form is chosen from the content (a
//! byte-order mark skipped, then `{` is JSON), not the file name; LF, CRLF
//! and CR-only line ends are read alike; the CSV header is always checked,
//! and a file that yields no record is an error, never a silent 0.

use crate::escape::{escape, escape_lines};
use repere_records::Record;
use std::io::{BufRead, BufReader};

/// Rows of a CSV export parsed at a time.
const CSV_ROWS: usize = 20_000;

/// The longest CSV line read (a real row is under 18 KB).
pub const MAX_LINE_BYTES: usize = 64 * 1024;

/// A problem with an input file: `file: message`, exit 1. Both are outside
/// text and are escaped when shown.
#[derive(Debug, thiserror::Error)]
#[error("{}: {}", escape(file), escape_lines(message))]
pub struct InputError {
    pub file: String,
    pub message: String,
}

/// The commands that read exports need at least one (usage error, exit 2).
pub fn require_files(files: &[String]) -> Result<(), crate::args::ArgError> {
    if files.is_empty() {
        return Err(crate::args::ArgError::Invalid {
            option: "EXPORTS".into(),
            message: "name at least one records export".into(),
        });
    }
    Ok(())
}

/// Hand every record of every file to `sink`, a chunk at a time. The first
/// problem stops the reading and names the file (and the line or record).
pub fn read_exports(files: &[String], mut sink: impl FnMut(&[Record])) -> Result<(), InputError> {
    for file in files {
        let fail = |message: String| InputError {
            file: file.clone(),
            message,
        };
        let opened = std::fs::File::open(file).map_err(|e| fail(e.to_string()))?;
        let records = read_one(BufReader::new(opened), &mut sink).map_err(fail)?;
        if records == 0 {
            return Err(fail(
                "no record in this file (a header only, or an empty list): nothing to read".into(),
            ));
        }
    }
    Ok(())
}

/// One export from `reader`: how many records it gave.
pub fn read_one(mut reader: impl BufRead, sink: &mut impl FnMut(&[Record])) -> Result<usize, String> {
    skip_bom(&mut reader).map_err(|e| e.to_string())?;
    let first = loop {
        let buf = reader.fill_buf().map_err(|e| e.to_string())?;
        match buf.iter().position(|b| !b.is_ascii_whitespace()) {
            Some(i) => {
                let b = buf[i];
                reader.consume(i);
                break Some(b);
            }
            None if buf.is_empty() => break None,
            None => {
                let n = buf.len();
                reader.consume(n);
            }
        }
    };
    match first {
        None => Err("the file is empty: an export is JSON ({\"format\": …}) or CSV starting with its header row".into()),
        Some(b'{') => {
            let mut count = 0;
            let mut batch = Vec::with_capacity(1024);
            repere_records::read_json(reader, &mut |r| {
                batch.push(r);
                count += 1;
                if batch.len() == batch.capacity() {
                    sink(&batch);
                    batch.clear();
                }
            })
            .map_err(|e| e.to_string())?;
            sink(&batch);
            Ok(count)
        }
        Some(_) => read_csv(reader, sink),
    }
}

fn skip_bom(reader: &mut impl BufRead) -> std::io::Result<()> {
    let buf = reader.fill_buf()?;
    if buf.starts_with(b"\xEF\xBB\xBF") {
        reader.consume(3);
    }
    Ok(())
}

/// The next line (without its end: LF, CRLF or CR), at most
/// [`MAX_LINE_BYTES`]; `None` at the end of the file.
fn next_line(reader: &mut impl BufRead, line: &mut Vec<u8>) -> Result<Option<()>, String> {
    line.clear();
    let mut any = false;
    loop {
        let buf = reader.fill_buf().map_err(|e| e.to_string())?;
        if buf.is_empty() {
            return Ok(any.then_some(()));
        }
        any = true;
        match buf.iter().position(|&b| b == b'\n' || b == b'\r') {
            Some(i) => {
                if line.len() + i > MAX_LINE_BYTES {
                    return Err(too_long());
                }
                line.extend_from_slice(&buf[..i]);
                let cr = buf[i] == b'\r';
                reader.consume(i + 1);
                if cr {
                    let next = reader.fill_buf().map_err(|e| e.to_string())?;
                    if next.first() == Some(&b'\n') {
                        reader.consume(1);
                    }
                }
                return Ok(Some(()));
            }
            None => {
                let n = buf.len();
                if line.len() + n > MAX_LINE_BYTES {
                    return Err(too_long());
                }
                line.extend_from_slice(buf);
                reader.consume(n);
            }
        }
    }
}

fn too_long() -> String {
    format!("longer than {MAX_LINE_BYTES} bytes: not a records export")
}

fn read_csv(mut reader: impl BufRead, sink: &mut impl FnMut(&[Record])) -> Result<usize, String> {
    let mut raw = Vec::new();
    let mut number = 0usize;
    let header = loop {
        match read_line(&mut reader, &mut raw, &mut number)? {
            None => return Err("the file is empty: a CSV export starts with its header row".into()),
            Some(l) if l.trim().is_empty() => continue,
            Some(l) => break l,
        }
    };
    let header_line = number;
    let mut chunk = header.clone();
    let mut rows = 0;
    let mut total = 0;
    // Line numbers in a chunk's errors count from its own header.
    let mut lines_before = header_line - 1;
    // The header alone is checked first (a file of one line is checked too).
    repere_records::parse_csv(&header).map_err(|e| renumber(&e.to_string(), lines_before))?;
    while let Some(line) = read_line(&mut reader, &mut raw, &mut number)? {
        chunk.push('\n');
        chunk.push_str(&line);
        rows += 1;
        if rows == CSV_ROWS {
            let records = repere_records::parse_csv(&chunk).map_err(|e| renumber(&e.to_string(), lines_before))?;
            total += records.len();
            sink(&records);
            chunk.clone_from(&header);
            lines_before = number - 1;
            rows = 0;
        }
    }
    if rows > 0 {
        let records = repere_records::parse_csv(&chunk).map_err(|e| renumber(&e.to_string(), lines_before))?;
        total += records.len();
        sink(&records);
    }
    Ok(total)
}

/// The next line as text, counted in `number`.
fn read_line(reader: &mut impl BufRead, raw: &mut Vec<u8>, number: &mut usize) -> Result<Option<String>, String> {
    let got = next_line(reader, raw).map_err(|m| format!("line {}: {m}", *number + 1))?;
    *number += 1;
    match got {
        None => Ok(None),
        Some(()) => String::from_utf8(std::mem::take(raw)).map(Some).map_err(|_| format!("line {number}: not UTF-8 text")),
    }
}

/// `line N…` → `line N+offset…`.
fn renumber(message: &str, offset: usize) -> String {
    let Some(rest) = message.strip_prefix("line ") else {
        return message.to_string();
    };
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    match rest[..digits].parse::<usize>() {
        Ok(n) => format!("line {}{}", n + offset, &rest[digits..]),
        Err(_) => message.to_string(),
    }
}

/// Read everything from a reader that is not buffered (tests).
#[cfg(test)]
fn read_all(bytes: &[u8]) -> Result<Vec<Record>, String> {
    let mut all = Vec::new();
    let n = read_one(bytes, &mut |r: &[Record]| all.extend_from_slice(r))?;
    assert_eq!(n, all.len());
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunk_line_numbers_become_the_files() {
        assert_eq!(
            renumber("line 4, column day: bad", 20_000),
            "line 20004, column day: bad"
        );
        assert_eq!(renumber("format: too new", 5), "format: too new");
    }

    fn sample_csv() -> String {
        "format,day,mode,language,bank,path,complements,responses,level.device\n\
         2,2026-12-01,profile,fr,0123456789abcdef,training,,device-tap-green:1,2\n\
         2,2026-12-02,screening,en,0123456789abcdef,autonomous,,device-tap-green:0,3\n"
            .to_string()
    }

    #[test]
    fn cr_crlf_and_lf_line_ends_and_a_bom_read_the_same() {
        let lf = sample_csv();
        let expected = read_all(lf.as_bytes()).unwrap();
        assert_eq!(expected.len(), 2);
        for text in [lf.replace('\n', "\r"), lf.replace('\n', "\r\n"), format!("\u{feff}{lf}")] {
            assert_eq!(read_all(text.as_bytes()).unwrap(), expected, "{text:?}");
        }
        // A JSON export with a BOM, whatever its name, is read as JSON.
        let json = format!("\u{feff}  {}", repere_records::to_json(&expected));
        assert_eq!(read_all(json.as_bytes()).unwrap(), expected);
    }

    #[test]
    fn the_header_is_checked_even_without_rows() {
        let err = read_all(b"format,day,colour\n").unwrap_err();
        assert!(err.contains("unknown column 'colour'"), "{err}");
        // A header only reads as 0 records; read_exports calls that an error.
        assert_eq!(read_all(sample_csv().lines().next().unwrap().as_bytes()).unwrap().len(), 0);
    }

    #[test]
    fn a_huge_line_or_record_is_refused_without_being_held() {
        let mut csv = sample_csv();
        csv.push_str(&"x".repeat(MAX_LINE_BYTES + 10));
        let err = read_all(csv.as_bytes()).unwrap_err();
        assert!(err.starts_with("line 4: longer than"), "{err}");
        let json = format!("{{\"format\":2,\"records\":[{{\"responses\":\"{}\"}}]}}", "a:1 ".repeat(40_000));
        let err = read_all(json.as_bytes()).unwrap_err();
        assert!(err.contains("more than 65,536 bytes in one record"), "{err}");
    }
}
