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

/// The line to name for a TOML syntax error: where the parser noticed it,
/// except for a multi-line string left open (`'''` or `"""`), which reads on
/// to the end of the file: then the line that opens it.
pub fn toml_error_line(text: &str, e: &toml::de::Error) -> usize {
    let noticed = e.span().map_or(text.len(), |s| s.start.min(text.len()));
    if e.message().contains("multiline") {
        let before = text.get(..noticed).unwrap_or(text);
        for quotes in ["'''", "\"\"\""] {
            if before.matches(quotes).count() % 2 == 1 {
                if let Some(open) = before.rfind(quotes) {
                    return line_of(text, open);
                }
            }
        }
    }
    e.span().map_or(1, |s| line_of(text, s.start))
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

#[cfg(test)]
mod toml_line_tests {
    use super::*;

    /// An unclosed multi-line string is named where it opens (found by the
    /// 100,000-case run of `readers_deep`: it was named at the end of the file).
    #[test]
    fn an_unclosed_multiline_string_is_named_where_it_opens() {
        for quotes in ["'''", "\"\"\""] {
            let text = format!("a = 1\nb = {quotes}\n[t]\nc = 2\n\nd = 3\n");
            let e = toml::from_str::<toml::Table>(&text).unwrap_err();
            assert_ne!(e.span().map(|s| line_of(&text, s.start)), Some(2), "the parser notices it later");
            assert_eq!(toml_error_line(&text, &e), 2, "{quotes}: {}", e.message());
        }
    }
}
