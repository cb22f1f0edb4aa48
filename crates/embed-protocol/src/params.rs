//! The embed URL parameters: `embed=1` turns embed mode on; `theme=`,
//! `result-origin=`, `host=` and `host-name=` configure it (`lang`, `mode` and
//! `venues` are the app's own parameters). `embed.js` writes them percent-encoded, so
//! values are decoded here, strictly (`%` + two hex digits, `+` a space,
//! UTF-8), and then parsed like any other untrusted text.

use crate::origin::{Origin, OriginList};
use crate::theme::Theme;
use crate::{quoted, Error};

/// The parameters this module reads; the app's URL parser leaves them to it.
pub const KEYS: [&str; 5] = ["embed", "theme", "result-origin", "host", "host-name"];

/// The most characters a host's declared name may have.
pub const MAX_HOST_NAME_CHARS: usize = 80;

/// The embed configuration read from the URL.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EmbedParams {
    pub theme: Theme,
    /// Origins that may receive `completed` (none by default).
    pub result_origins: OriginList,
    /// The host page's origin as `embed.js` saw it (`location.origin`).
    pub host: Option<Origin>,
    /// The host's name as it declares it (`data-host-name`), shown to the
    /// person instead of a raw origin when the host receives the result.
    pub host_name: Option<HostName>,
}

/// A host's declared name ("Médiathèque de la Roseraie"): trimmed, spaces
/// collapsed, 1 to [`MAX_HOST_NAME_CHARS`] characters, with no control,
/// text-direction or invisible character (any of which could make the name
/// display differently from what it is).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostName(String);

impl HostName {
    pub fn parse(text: &str) -> Result<HostName, Error> {
        let refuse = |why: String| Err(Error::setting(format!("host-name {}: {why}", quoted(text))));
        for (position, c) in text.chars().enumerate() {
            if c.is_control() || is_hidden_format(c) {
                return refuse(format!(
                    "contains the invisible or control character U+{:04X} (character {}): remove it",
                    c as u32,
                    position + 1
                ));
            }
        }
        let name = text.split_whitespace().collect::<Vec<_>>().join(" ");
        match name.chars().count() {
            0 => refuse("empty: give the venue's name, or leave the attribute out".into()),
            n if n > MAX_HOST_NAME_CHARS => refuse(format!("{n} characters: at most {MAX_HOST_NAME_CHARS}; shorten it")),
            _ => Ok(HostName(name)),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Characters that change the direction of text or are invisible (bidi
/// controls, zero-width characters, line and paragraph separators).
fn is_hidden_format(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{00AD}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}'
    )
}

impl EmbedParams {
    /// `None` unless the query has `embed=1`; otherwise the parameters, each
    /// refused one left at its default and reported in the list of errors.
    pub fn from_query(query: &str) -> (Option<EmbedParams>, Vec<Error>) {
        let mut params = EmbedParams::default();
        let mut errors = Vec::new();
        let mut embedded = false;
        for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            if !KEYS.contains(&key) {
                continue;
            }
            let value = match percent_decode(raw) {
                Ok(v) => v,
                Err(e) => {
                    errors.push(Error::setting(format!("{key}: {e}")));
                    continue;
                }
            };
            let result = match key {
                "embed" if value == "1" => {
                    embedded = true;
                    Ok(())
                }
                "embed" => Err(Error::setting(format!("embed {}: only embed=1 is known", quoted(&value)))),
                "theme" => Theme::parse(&value).map(|t| params.theme = t),
                "result-origin" => OriginList::parse(&value).map(|l| params.result_origins = l),
                "host-name" => HostName::parse(&value).map(|n| params.host_name = Some(n)),
                _ => Origin::parse(&value).map(|o| params.host = Some(o)),
            };
            if let Err(e) = result {
                errors.push(e);
            }
        }
        if embedded {
            (Some(params), errors)
        } else {
            (None, Vec::new())
        }
    }
}

/// Strict `application/x-www-form-urlencoded` value decoding.
pub fn percent_decode(text: &str) -> Result<String, String> {
    if text.len() > 2000 {
        return Err("longer than 2000 characters".into());
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok()).and_then(|h| u8::from_str_radix(h, 16).ok());
                let Some(byte) = hex.filter(|_| bytes[i + 1].is_ascii_hexdigit() && bytes[i + 2].is_ascii_hexdigit()) else {
                    return Err(format!("bad percent-encoding at character {}", i + 1));
                };
                out.push(byte);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map_err(|_| "not UTF-8 once decoded".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_what_embed_js_writes() {
        let q = "?embed=1&lang=en&theme=accent%3A%231d5c3a%3B%20scale%3A1.2&result-origin=https%3A%2F%2Fa.example%20https%3A%2F%2Fb.example%3A8443&host=https%3A%2F%2Fa.example";
        let (params, errors) = EmbedParams::from_query(q);
        assert_eq!(errors, []);
        let p = params.unwrap();
        assert_eq!(p.theme.accent.unwrap().to_hex(), "#1d5c3a");
        assert_eq!(p.theme.scale, Some(1.2));
        assert_eq!(p.result_origins.iter().map(Origin::as_str).collect::<Vec<_>>(), ["https://a.example", "https://b.example:8443"]);
        assert_eq!(p.host.unwrap().as_str(), "https://a.example");
    }

    #[test]
    fn plain_iframe_urls_work_unencoded() {
        let (params, errors) = EmbedParams::from_query("embed=1&result-origin=https://venue.example&theme=accent:1d5c3a");
        assert_eq!(errors, []);
        assert!(params.unwrap().result_origins.contains(&Origin::parse("https://venue.example").unwrap()));
    }

    #[test]
    fn without_embed_nothing_is_read_and_bad_values_are_reported() {
        assert_eq!(EmbedParams::from_query("?theme=accent:%23000&result-origin=https://a.example"), (None, vec![]));
        let (params, errors) = EmbedParams::from_query("embed=1&theme=accent:%23eeeeee&result-origin=*&host=%zz&embed=2");
        let p = params.unwrap();
        assert_eq!(p, EmbedParams::default(), "every refused value keeps its default");
        assert_eq!(errors.len(), 4, "{errors:?}");
        assert!(errors[0].message.contains("contrast"));
    }

    #[test]
    fn percent_decoding_is_strict() {
        assert_eq!(percent_decode("a%20b+c%2F"), Ok("a b c/".into()));
        assert!(percent_decode("%").is_err());
        assert!(percent_decode("%2").is_err());
        assert!(percent_decode("%+1").is_err());
        assert!(percent_decode("%ff").is_err(), "not UTF-8");
        assert_eq!(percent_decode("%C3%A9"), Ok("é".into()));
    }

    #[test]
    fn reads_the_declared_host_name() {
        let q = "embed=1&host-name=M%C3%A9diath%C3%A8que%20de%20la%20Roseraie&host=https%3A%2F%2Fa.example";
        let (params, errors) = EmbedParams::from_query(q);
        assert_eq!(errors, []);
        assert_eq!(params.unwrap().host_name.unwrap().as_str(), "Médiathèque de la Roseraie");
        assert_eq!(HostName::parse("  Mairie  de   Lyon ").unwrap().as_str(), "Mairie de Lyon", "spaces trimmed and collapsed");
        assert_eq!(HostName::parse(&"é".repeat(MAX_HOST_NAME_CHARS)).unwrap().as_str().chars().count(), MAX_HOST_NAME_CHARS);
    }

    #[test]
    fn refuses_host_names_that_could_mislead() {
        for (name, why) in [
            ("", "empty"),
            ("   ", "empty"),
            ("Mairie\u{202E}elcaxe", "U+202E"),
            ("Mairie\u{2067}x", "U+2067"),
            ("Mai\u{200B}rie", "U+200B"),
            ("Mairie\nde Lyon", "U+000A"),
            ("Mairie\u{0007}", "U+0007"),
            ("Mairie\u{2028}x", "U+2028"),
            ("\u{FEFF}Mairie", "U+FEFF"),
        ] {
            let e = HostName::parse(name).unwrap_err();
            assert_eq!(e.code, crate::ErrorCode::InvalidSetting);
            assert!(e.message.contains(why), "{name:?}: {}", e.message);
        }
        let long = "a".repeat(MAX_HOST_NAME_CHARS + 1);
        assert!(HostName::parse(&long).unwrap_err().message.contains("at most 80"));
        // A refused name is reported and left out; the widget still starts.
        let (params, errors) = EmbedParams::from_query("embed=1&host-name=a%E2%80%AEb");
        assert_eq!(params.unwrap().host_name, None);
        assert_eq!(errors.len(), 1);
    }

    proptest! {
        #[test]
        fn a_host_name_is_short_visible_text_or_refused(text in "\\PC{0,100}|[\u{0}-\u{3000}]{0,90}") {
            match HostName::parse(&text) {
                Ok(name) => {
                    let n = name.as_str();
                    prop_assert!((1..=MAX_HOST_NAME_CHARS).contains(&n.chars().count()));
                    prop_assert!(!n.chars().any(|c| c.is_control() || is_hidden_format(c)));
                    prop_assert_eq!(n.trim(), n);
                    prop_assert!(!n.contains("  "));
                    prop_assert_eq!(HostName::parse(n), Ok(name.clone()), "parsing is idempotent");
                }
                Err(e) => prop_assert!(e.message.starts_with("host-name ")),
            }
            let encoded: String = text.bytes().map(|b| format!("%{b:02X}")).collect();
            let (params, _) = EmbedParams::from_query(&format!("embed=1&host-name={encoded}"));
            prop_assert_eq!(params.unwrap().host_name, HostName::parse(&text).ok());
        }

        #[test]
        fn never_panics_and_encoding_round_trips(value in ".{0,60}", junk in "[%&=+a-z0-9:/#;.]{0,60}") {
            let encoded: String = value.bytes().map(|b| format!("%{b:02X}")).collect();
            prop_assert_eq!(percent_decode(&encoded), Ok(value));
            let _ = EmbedParams::from_query(&format!("embed=1&{junk}"));
            let (params, _) = EmbedParams::from_query(&format!("embed=1&result-origin={junk}&theme={junk}&host={junk}&host-name={junk}"));
            prop_assert!(params.is_some());
        }
    }
}
