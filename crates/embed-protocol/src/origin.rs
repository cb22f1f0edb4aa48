//! Exact web origins, as browsers serialise them in `MessageEvent.origin`
//! and `location.origin`: `scheme://host[:port]`, lower case, the default
//! port left out. Comparing two [`Origin`]s is comparing scheme, host and
//! port exactly: no wildcard, no "same site", no sub-domain.

use crate::{quoted, Error};

/// Longest origin text accepted.
pub const MAX_ORIGIN_LEN: usize = 200;
/// Most origins in one list (`data-result-origin`).
pub const MAX_ORIGINS: usize = 10;

/// One web origin in its serialised form, e.g. `https://mediatheque.example`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Origin(String);

impl Origin {
    /// Parse an origin written by a person (`https://Venue.example:443/` is
    /// `https://venue.example`) or given by the browser. Only `http` and
    /// `https`; no path beyond a final `/`, no query, fragment, user or
    /// wildcard; a host in ASCII (punycode for international names).
    pub fn parse(text: &str) -> Result<Origin, Error> {
        let bad = |why: &str| Err(Error::setting(format!("origin {}: {why}", quoted(text))));
        let text = text.trim();
        if text.is_empty() {
            return bad("empty");
        }
        if text.len() > MAX_ORIGIN_LEN {
            return bad("too long");
        }
        if !text.is_ascii() {
            return bad("write an international host name in punycode (xn--…), as browsers do");
        }
        let Some((scheme, rest)) = text.split_once("://") else {
            return bad("expected scheme://host[:port], e.g. https://mediatheque.example");
        };
        let scheme = scheme.to_ascii_lowercase();
        let default_port = match scheme.as_str() {
            "https" => 443,
            "http" => 80,
            _ => return bad("only http and https origins can embed the widget"),
        };
        let authority = rest.strip_suffix('/').unwrap_or(rest);
        if authority.contains(['/', '?', '#', '@', '\\', '*', ' ', '%']) {
            return bad("an origin is scheme://host[:port] only: no path, query, fragment, user, space or wildcard");
        }
        let (host, port) = split_port(authority);
        let host = host.to_ascii_lowercase();
        if !valid_host(&host) {
            return bad("the host is not a valid domain name or IP address");
        }
        let port = match port {
            None => None,
            Some(p) if !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()) && !p.starts_with('0') => {
                match p.parse::<u32>() {
                    Ok(n) if n <= 65535 => Some(n),
                    _ => return bad("the port must be 1 to 65535"),
                }
            }
            Some(_) => return bad("the port must be 1 to 65535, without leading zeros"),
        };
        Ok(Origin(match port {
            Some(p) if p != default_port => format!("{scheme}://{host}:{p}"),
            _ => format!("{scheme}://{host}"),
        }))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// `host:port` → (`host`, `Some(port)`); an IPv6 literal keeps its brackets.
fn split_port(authority: &str) -> (&str, Option<&str>) {
    if authority.starts_with('[') {
        return match authority.find(']') {
            Some(end) => {
                let (host, rest) = authority.split_at(end + 1);
                (host, rest.strip_prefix(':').or(if rest.is_empty() { None } else { Some(rest) }))
            }
            None => (authority, None),
        };
    }
    match authority.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    }
}

fn valid_host(host: &str) -> bool {
    if let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        // IPv6: compared as written; browsers write it compressed, in lower case.
        return inner.contains(':') && inner.len() <= 45 && inner.bytes().all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.');
    }
    if host.is_empty() || host.len() > 253 {
        return false;
    }
    let labels: Vec<&str> = host.split('.').collect();
    // A last label of digits only makes browsers read an IPv4 address: accept
    // only the dotted-quad form they serialise.
    if labels.last().is_some_and(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_digit())) {
        return labels.len() == 4
            && labels.iter().all(|l| !l.is_empty() && l.len() <= 3 && (l.len() == 1 || !l.starts_with('0')) && l.parse::<u8>().is_ok());
    }
    labels.iter().all(|l| {
        (1..=63).contains(&l.len())
            && l.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    })
}

/// The origins a venue declares (`data-result-origin`, `?result-origin=`,
/// `configure.resultOrigins`): none by default.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OriginList(Vec<Origin>);

impl OriginList {
    /// Origins separated by spaces or commas; all valid, or an error naming
    /// the first bad one. Duplicates are kept once.
    pub fn parse(text: &str) -> Result<OriginList, Error> {
        Self::from_items(text.split([' ', ',', '\t', '\n']).filter(|s| !s.is_empty()))
    }

    /// Each item one origin.
    pub fn from_items<'a>(items: impl IntoIterator<Item = &'a str>) -> Result<OriginList, Error> {
        let mut list = Vec::new();
        for item in items {
            let origin = Origin::parse(item)?;
            if !list.contains(&origin) {
                list.push(origin);
            }
            if list.len() > MAX_ORIGINS {
                return Err(Error::setting(format!("at most {MAX_ORIGINS} result origins")));
            }
        }
        Ok(OriginList(list))
    }

    pub fn contains(&self, origin: &Origin) -> bool {
        self.0.contains(origin)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Origin> {
        self.0.iter()
    }
}

/// The origin of the page that frames the widget, from what the browser
/// tells: `location.ancestorOrigins[0]` when the browser has it (it cannot be
/// forged by the page), else the `host=` parameter that `embed.js` adds, else
/// the referrer's origin. A wrong guess is harmless: the browser delivers a
/// message only if the target origin is the parent's real one.
pub fn parent_origin(ancestor: Option<&str>, host_param: Option<&Origin>, referrer: Option<&str>) -> Option<Origin> {
    let from_url = |text: &str| {
        let (scheme, rest) = text.split_once("://")?;
        let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        Origin::parse(&format!("{scheme}://{}", &rest[..end])).ok()
    };
    ancestor
        .filter(|a| !a.is_empty())
        .map(|a| Origin::parse(a).ok())
        .unwrap_or_else(|| host_param.cloned().or_else(|| referrer.and_then(from_url)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn origin(text: &str) -> String {
        Origin::parse(text).map(|o| o.0).unwrap_or_else(|e| format!("ERR {e}"))
    }

    #[test]
    fn normalises_as_browsers_serialise() {
        assert_eq!(origin("https://Mediatheque.Example"), "https://mediatheque.example");
        assert_eq!(origin("HTTPS://venue.example:443/"), "https://venue.example");
        assert_eq!(origin("http://venue.example:80"), "http://venue.example");
        assert_eq!(origin("http://127.0.0.1:8081"), "http://127.0.0.1:8081");
        assert_eq!(origin("https://venue.example:8443"), "https://venue.example:8443");
        assert_eq!(origin("http://localhost:3000"), "http://localhost:3000");
        assert_eq!(origin("http://[::1]:8080"), "http://[::1]:8080");
        assert_eq!(origin("https://xn--mdiathque-b4a.example"), "https://xn--mdiathque-b4a.example");
    }

    #[test]
    fn refuses_anything_but_an_exact_origin() {
        for text in [
            "", "*", "null", "https://*.venue.example", "venue.example", "//venue.example", "ftp://venue.example",
            "javascript://venue.example", "https://venue.example/page", "https://venue.example?x", "https://venue.example#x",
            "https://user@venue.example", "https://venue.example:0", "https://venue.example:65536", "https://venue.example:080",
            "https://venue.example:", "https://-venue.example", "https://venue..example", "https://médiathèque.example",
            "https://1.2.3", "https://256.1.1.1", "https://01.1.1.1", "https://venue.example\\", "https://ven ue.example",
            "https://venue.example%2F",
        ] {
            assert!(Origin::parse(text).is_err(), "{text:?} must be refused");
        }
    }

    #[test]
    fn lists_are_space_or_comma_separated_and_bounded() {
        let list = OriginList::parse("https://a.example, https://b.example  https://a.example").unwrap();
        assert_eq!(list.iter().map(|o| o.as_str()).collect::<Vec<_>>(), ["https://a.example", "https://b.example"]);
        assert!(OriginList::parse("").unwrap().is_empty());
        let err = OriginList::parse("https://a.example https://b.example/x").unwrap_err();
        assert!(err.message.contains("b.example/x"), "{err}");
        let many: Vec<String> = (0..11).map(|i| format!("https://s{i}.example")).collect();
        assert!(OriginList::parse(&many.join(" ")).is_err());
    }

    #[test]
    fn the_parent_origin_prefers_what_the_browser_says() {
        let host = Origin::parse("https://claimed.example").ok();
        let ancestor = parent_origin(Some("https://real.example"), host.as_ref(), Some("https://ref.example/a"));
        assert_eq!(ancestor.unwrap().as_str(), "https://real.example");
        let claimed = parent_origin(None, host.as_ref(), Some("https://ref.example/a"));
        assert_eq!(claimed.unwrap().as_str(), "https://claimed.example");
        let referred = parent_origin(Some(""), None, Some("https://ref.example:8443/page?q#f"));
        assert_eq!(referred.unwrap().as_str(), "https://ref.example:8443");
        assert_eq!(parent_origin(Some("null"), host.as_ref(), None), None, "an opaque parent gets nothing");
        assert_eq!(parent_origin(None, None, Some("")), None);
    }

    proptest! {
        #[test]
        fn parse_never_panics_and_is_idempotent(text in ".{0,80}") {
            if let Ok(o) = Origin::parse(&text) {
                prop_assert_eq!(Origin::parse(o.as_str()), Ok(o.clone()));
                prop_assert!(!o.as_str().contains(['*', '/', '?', '#', '@']) || o.as_str().matches('/').count() == 2);
            }
        }

        #[test]
        fn generated_origins_round_trip(
            scheme in "(http|https)",
            labels in proptest::collection::vec("[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?", 1..4),
            port in proptest::option::of(1u32..65536),
        ) {
            let host = labels.join(".");
            prop_assume!(!labels.last().unwrap().bytes().all(|b| b.is_ascii_digit()));
            let text = match port { Some(p) => format!("{scheme}://{host}:{p}"), None => format!("{scheme}://{host}") };
            let o = Origin::parse(&text).unwrap();
            let default = if scheme == "https" { 443 } else { 80 };
            let expected = if port == Some(default) { format!("{scheme}://{host}") } else { text.clone() };
            prop_assert_eq!(o.as_str(), expected.as_str());
            // One character more, and a path or wildcard is refused.
            let with_path = format!("{}/x", o.as_str());
            let with_wildcard = format!("{scheme}://*.{host}");
            prop_assert!(Origin::parse(&with_path).is_err());
            prop_assert!(Origin::parse(&with_wildcard).is_err());
        }
    }
}
