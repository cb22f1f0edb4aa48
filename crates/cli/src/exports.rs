//! Reading records exports (crates/records) for `repere calibrate` and
//! `repere report`: JSON files whole, CSV files in chunks of rows, so that a
//! national volume is never held in memory as text or as records.

use repere_records::Record;
use std::io::BufRead;

/// Rows of a CSV export parsed at a time.
const CSV_ROWS: usize = 20_000;

/// A problem with an input file: `file: message`, exit 1.
#[derive(Debug, thiserror::Error)]
#[error("{file}: {message}")]
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
/// problem stops the reading and names the file (and, for CSV, the line).
pub fn read_exports(files: &[String], mut sink: impl FnMut(&[Record])) -> Result<(), InputError> {
    for file in files {
        let fail = |message: String| InputError {
            file: file.clone(),
            message,
        };
        if !file.ends_with(".csv") {
            let text = std::fs::read_to_string(file).map_err(|e| fail(e.to_string()))?;
            let export = repere_records::parse_any(&text).map_err(|e| fail(e.to_string()))?;
            sink(&export.records);
            continue;
        }
        let reader =
            std::io::BufReader::new(std::fs::File::open(file).map_err(|e| fail(e.to_string()))?);
        let mut lines = reader.lines();
        let header = match lines.next() {
            Some(h) => h.map_err(|e| fail(e.to_string()))?,
            None => {
                return Err(fail(
                    "the file is empty: a CSV export starts with its header row".into(),
                ))
            }
        };
        let mut chunk = header.clone();
        let mut rows = 0;
        // Line numbers in a chunk's errors count from its own header.
        let mut lines_before = 0;
        for line in lines {
            chunk.push('\n');
            chunk.push_str(&line.map_err(|e| fail(e.to_string()))?);
            rows += 1;
            if rows == CSV_ROWS {
                let records = repere_records::parse_csv(&chunk)
                    .map_err(|e| fail(renumber(&e.to_string(), lines_before)))?;
                sink(&records);
                chunk.clone_from(&header);
                lines_before += rows;
                rows = 0;
            }
        }
        if rows > 0 {
            let records = repere_records::parse_csv(&chunk)
                .map_err(|e| fail(renumber(&e.to_string(), lines_before)))?;
            sink(&records);
        }
    }
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::renumber;

    #[test]
    fn chunk_line_numbers_become_the_files() {
        assert_eq!(
            renumber("line 4, column day: bad", 20_000),
            "line 20004, column day: bad"
        );
        assert_eq!(renumber("format: too new", 5), "format: too new");
    }
}
