//! Typography of the texts, checked by `repere validate` and fixed by
//! `repere typography --fix`.
//!
//! French (`fr`), the rules of the Imprimerie nationale as most French sites
//! apply them, so that a sign never wraps alone onto a line at kiosk sizes:
//! - a narrow no-break space (U+202F) before `;` `!` `?`;
//! - a no-break space (U+00A0) before `:` `€` `%` `»`, after `«`, and between
//!   the groups of a number (`12 000`, `1 300 €`);
//! - one word for one thing: "e-mail", never "courriel" or "email" (a drawn
//!   label may say otherwise: text inside « » is not judged).
//!
//! English (`en`): no space inside « » (a quoted French label: `«Envoyer» (Send)`),
//! and "email", never "e-mail" outside « ».
//!
//! Only what the person reads is judged: comments, message names and
//! placeables (`{ $n }`) are left alone.

use crate::diagnostic::Diagnostic;
use crate::locales::LocaleSet;

/// Narrow no-break space.
pub const NNBSP: char = '\u{202f}';
/// No-break space.
pub const NBSP: char = '\u{a0}';

/// `text` (a whole `.ftl` file) with the typography of `lang` applied.
pub fn fix_file(lang: &str, text: &str) -> String {
    let mut out: Vec<String> = text.split('\n').map(|line| fix_line(lang, line)).collect();
    if out.last().is_some_and(String::is_empty) && !text.ends_with('\n') {
        out.pop();
    }
    out.join("\n")
}

/// One line of a `.ftl` file with the typography of `lang` applied to the text it shows.
pub fn fix_line(lang: &str, line: &str) -> String {
    let trimmed = line.trim_start();
    if trimmed.is_empty() || trimmed.starts_with('#') {
        return line.to_string();
    }
    // `key = value`, `    .attr = value`, or an indented continuation line.
    let value_start = match line.find(" = ") {
        Some(at) if is_key(line[..at].trim_start()) => at + 3,
        _ if line.starts_with(char::is_whitespace) => line.len() - trimmed.len(),
        _ => return line.to_string(),
    };
    let (head, value) = line.split_at(value_start);
    let mut out = String::from(head);
    // Text outside placeables only.
    let mut depth = 0usize;
    let mut segment = String::new();
    for c in value.chars() {
        match c {
            '{' => {
                if depth == 0 {
                    out.push_str(&fix_text(lang, &segment));
                    segment.clear();
                }
                depth += 1;
                out.push(c);
            }
            '}' if depth > 0 => {
                depth -= 1;
                out.push(c);
            }
            _ if depth > 0 => out.push(c),
            _ => segment.push(c),
        }
    }
    out.push_str(&fix_text(lang, &segment));
    out
}

fn is_key(s: &str) -> bool {
    let s = s.strip_prefix('.').unwrap_or(s);
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn is_space(c: char) -> bool {
    c == ' ' || c == NBSP || c == NNBSP
}

/// Plain text (no placeable) with the typography of `lang` applied.
pub fn fix_text(lang: &str, text: &str) -> String {
    match lang {
        "fr" => fix_french(text),
        "en" => fix_english(text),
        _ => text.to_string(),
    }
}

fn fix_french(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<char> = Vec::with_capacity(chars.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        match c {
            ';' | '!' | '?' | ':' | '€' | '%' | '»' => {
                let space = if matches!(c, ';' | '!' | '?') { NNBSP } else { NBSP };
                // "?123" (a keyboard key) or "https://": a sign inside a word stays.
                let after_open = out.len() >= 2 && out[out.len() - 2] == '«';
                match out.last().copied() {
                    Some(p) if is_space(p) && !(after_open && c != '»') => {
                        out.pop();
                        out.push(space);
                    }
                    Some(p) if c == '»' && !is_space(p) => out.push(NBSP),
                    _ => {}
                }
                out.push(c);
            }
            ' ' | '\u{a0}' | '\u{202f}' => {
                let prev = out.last().copied();
                if prev == Some('«') {
                    out.push(NBSP);
                } else if prev.is_some_and(|p| p.is_ascii_digit()) && starts_group(&chars[i + 1..]) {
                    out.push(NBSP);
                } else {
                    out.push(c);
                }
            }
            '«' => {
                out.push(c);
                if next.is_some_and(|n| !is_space(n)) {
                    out.push(NBSP);
                }
            }
            _ => out.push(c),
        }
    }
    out.into_iter().collect()
}

/// Three digits then no digit: the next group of a number.
fn starts_group(rest: &[char]) -> bool {
    rest.len() >= 3 && rest[..3].iter().all(char::is_ascii_digit) && !rest.get(3).is_some_and(char::is_ascii_digit)
}

fn fix_english(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '«' => {
                out.push(c);
                while chars.peek().is_some_and(|n| is_space(*n)) {
                    chars.next();
                }
            }
            '»' => {
                while out.ends_with(is_space) {
                    out.pop();
                }
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Words that name e-mail the other way, per language, outside « ».
fn wrong_email_words(lang: &str) -> &'static [&'static str] {
    match lang {
        "fr" => &["courriel", "email"],
        "en" => &["e-mail"],
        _ => &[],
    }
}

/// Text outside « » quotes (drawn labels are quoted as drawn).
fn outside_quotes(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '«' => depth += 1,
            '»' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whole words of `text` (lowercased) equal to `word`.
fn has_word(text: &str, word: &str) -> bool {
    let lower = text.to_lowercase();
    lower.match_indices(word).any(|(at, _)| {
        let before = lower[..at].chars().next_back();
        let after = lower[at + word.len()..].chars().next();
        let edge = |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || c == '-'));
        edge(before) && edge(after)
    })
}

/// A warning for every line of every language whose typography is not the
/// language's, with the fix.
pub fn typography_warnings(locales: &LocaleSet) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for locale in &locales.locales {
        for (path, text) in &locale.files {
            for (n, line) in text.lines().enumerate() {
                let fixed = fix_line(&locale.lang, line);
                if fixed != line {
                    out.push(Diagnostic::new(
                        path,
                        n + 1,
                        format!(
                            "warning: typography ({}): write «{}» (no-break spaces: {}): `repere typography --fix` does it",
                            locale.lang,
                            show_spaces(fixed.trim()),
                            if locale.lang == "fr" {
                                "U+202F before ; ! ?, U+00A0 before : € % » and after «, and inside numbers"
                            } else {
                                "no space inside « »"
                            }
                        ),
                    ));
                }
                let trimmed = line.trim_start();
                if trimmed.starts_with('#') {
                    continue;
                }
                let value = line.split_once(" = ").map_or(line, |(_, v)| v);
                for word in wrong_email_words(&locale.lang) {
                    if has_word(&outside_quotes(value), word) {
                        let right = if locale.lang == "fr" { "e-mail" } else { "email" };
                        out.push(Diagnostic::new(
                            path,
                            n + 1,
                            format!(
                                "warning: one word for one thing ({}): write «{right}», not «{word}» (a drawn label may stay as drawn, in « »)",
                                locale.lang
                            ),
                        ));
                    }
                }
            }
        }
    }
    out
}

/// The text with its no-break spaces made visible: `⍽` for U+00A0, `·` for U+202F.
fn show_spaces(text: &str) -> String {
    text.replace(NBSP, "⍽").replace(NNBSP, "·")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr(s: &str) -> String {
        show_spaces(&fix_text("fr", s))
    }

    #[test]
    fn french_spaces() {
        assert_eq!(fr("Que faites-vous ?"), "Que faites-vous·?");
        assert_eq!(fr("Attention : 12 000 personnes ; 20 % !"), "Attention⍽: 12⍽000 personnes·; 20⍽%·!");
        assert_eq!(fr("« Envoyer »"), "«⍽Envoyer⍽»");
        assert_eq!(fr("«Envoyer»"), "«⍽Envoyer⍽»");
        assert_eq!(fr("1 300 € et 12,50 €"), "1⍽300⍽€ et 12,50⍽€");
        // Signs inside words, keyboard keys, addresses, times and phone numbers stay.
        assert_eq!(fr("https://ameli.fr"), "https://ameli.fr");
        assert_eq!(fr("« ?123 »"), "«⍽?123⍽»");
        assert_eq!(fr("06 39 98 12 34"), "06 39 98 12 34");
        assert_eq!(fr("né le 14 03 1978"), "né le 14 03 1978");
        // Already right: unchanged (the fix is idempotent).
        let once = fix_text("fr", "Vous « voyez » : 1 300 € ?");
        assert_eq!(fix_text("fr", &once), once);
    }

    #[test]
    fn english_quotes_and_lines() {
        assert_eq!(fix_text("en", "Choose « Aide » (Help)."), "Choose «Aide» (Help).");
        assert_eq!(fix_line("fr", "# Un commentaire : rien"), "# Un commentaire : rien");
        assert_eq!(show_spaces(&fix_line("fr", "key = Prix : { $n } €")), "key = Prix⍽: { $n }⍽€");
        assert_eq!(show_spaces(&fix_line("fr", "    .explain = Oui !")), "    .explain = Oui·!");
        assert_eq!(fix_file("fr", "a = b ?\n"), "a = b\u{202f}?\n");
    }

    #[test]
    fn email_words() {
        assert!(has_word("Un courriel arrive", "courriel"));
        assert!(!has_word("Un e-mail arrive", "email"));
        assert!(has_word("An e-mail", "e-mail"));
        assert!(!has_word(&outside_quotes("Choisissez «Courriel»"), "courriel"));
    }
}
