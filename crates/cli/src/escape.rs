//! The one helper through which the CLI echoes outside text (file names, CSV
//! and JSON values, error places): control characters, terminal escapes and
//! bidirectional overrides come out as visible `\u{…}` escapes, and the text
//! is cut to [`MAX_ECHO`] characters, so that a hostile export or national
//! CSV can neither drive the terminal nor flood it.

/// The most characters of one outside text echoed.
pub const MAX_ECHO: usize = 120;

/// `text` made safe to print: `char::escape_debug` on control and invisible
/// formatting characters, quotes and backslashes kept as they are, cut to
/// [`MAX_ECHO`] characters with `…`.
pub fn escape(text: &str) -> String {
    let mut out = String::new();
    for (n, c) in text.chars().enumerate() {
        if n == MAX_ECHO {
            out.push('…');
            break;
        }
        if c.is_control() || is_format(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// Invisible formatting characters that reorder or hide text (bidi controls,
/// zero-width characters, the BOM).
fn is_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}' | '\u{061C}')
}

/// Every line of `message` kept, but each cut and escaped (for messages that
/// quote outside text built by the libraries).
pub fn escape_lines(message: &str) -> String {
    message.lines().map(escape_line).collect::<Vec<_>>().join("\n")
}

fn escape_line(line: &str) -> String {
    line.chars()
        .flat_map(|c| {
            if c.is_control() || is_format(c) {
                c.escape_unicode().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_escapes_and_bidi_controls_are_shown_not_sent() {
        let hostile = "levels.\u{1b}]0;PWNED\u{7}\u{1b}[2J\u{202e}x\r\n";
        let shown = escape(hostile);
        assert!(!shown.chars().any(|c| c.is_control() || is_format(c)), "{shown:?}");
        assert!(shown.contains("\\u{1b}]0;PWNED\\u{7}"), "{shown}");
        assert!(shown.contains("\\u{202e}x"), "{shown}");
        assert!(!escape_lines("a\u{1b}[31m\nb\u{9b}").chars().any(|c| c.is_control() && c != '\n'));
    }

    #[test]
    fn long_texts_are_cut() {
        let shown = escape(&"é".repeat(10_000));
        assert_eq!(shown.chars().count(), MAX_ECHO + 1);
        assert!(shown.ends_with('…'));
        assert_eq!(escape("plain-id_1 ok"), "plain-id_1 ok");
    }
}
