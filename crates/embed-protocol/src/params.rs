//! The embed URL parameters: `embed=1` turns embed mode on; `theme=`,
//! `result-origin=` and `host=` configure it (`lang`, `mode` and `venues` are
//! the app's own parameters). `embed.js` writes them percent-encoded, so
//! values are decoded here, strictly (`%` + two hex digits, `+` a space,
//! UTF-8), and then parsed like any other untrusted text.

use crate::origin::{Origin, OriginList};
use crate::theme::Theme;
use crate::{quoted, Error};

/// The parameters this module reads; the app's URL parser leaves them to it.
pub const KEYS: [&str; 4] = ["embed", "theme", "result-origin", "host"];

/// The embed configuration read from the URL.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EmbedParams {
    pub theme: Theme,
    /// Origins that may receive `completed` (none by default).
    pub result_origins: OriginList,
    /// The host page's origin as `embed.js` saw it (`location.origin`).
    pub host: Option<Origin>,
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

    proptest! {
        #[test]
        fn never_panics_and_encoding_round_trips(value in ".{0,60}", junk in "[%&=+a-z0-9:/#;.]{0,60}") {
            let encoded: String = value.bytes().map(|b| format!("%{b:02X}")).collect();
            prop_assert_eq!(percent_decode(&encoded), Ok(value));
            let _ = EmbedParams::from_query(&format!("embed=1&{junk}"));
            let (params, _) = EmbedParams::from_query(&format!("embed=1&result-origin={junk}&theme={junk}&host={junk}"));
            prop_assert!(params.is_some());
        }
    }
}
