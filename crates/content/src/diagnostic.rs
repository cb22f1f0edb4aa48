//! A problem in a content file, printed as `file:line: message`.

use std::fmt;
use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    pub file: PathBuf,
    /// 1-based line number.
    pub line: usize,
    pub message: String,
}

impl Diagnostic {
    pub fn new(file: impl Into<PathBuf>, line: usize, message: impl Into<String>) -> Self {
        Self { file: file.into(), line: line.max(1), message: message.into() }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
    }
}

/// 1-based line of a byte offset. Counts bytes, so an offset inside a
/// multibyte character (or past the end) cannot panic.
pub fn line_of(source: &str, offset: usize) -> usize {
    let bytes = source.as_bytes();
    bytes[..offset.min(bytes.len())].iter().filter(|b| **b == b'\n').count() + 1
}

/// Line where `id = "<id>"` is written (TOML), or 1 when not found.
pub fn line_of_id(source: &str, id: &str) -> usize {
    source
        .lines()
        .position(|l| {
            let l = l.trim();
            l.starts_with("id") && l.trim_start_matches("id").trim_start().starts_with('=') && l.contains(&format!("\"{id}\""))
        })
        .map_or(1, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::line_of;

    /// A parser's offset may fall inside a character or past the end: still a line.
    #[test]
    fn line_of_counts_bytes() {
        let text = "a\né\n𝄞\nz";
        assert_eq!(line_of(text, 0), 1);
        assert_eq!(line_of(text, 3), 2); // inside "é"
        assert_eq!(line_of(text, 6), 3); // inside "𝄞"
        assert_eq!(line_of(text, 999), 4);
    }
}
