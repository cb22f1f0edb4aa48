//! What the page was opened with: `?lang=`, `?mode=`, `?seed=`, `?idle=`,
//! `?venues=`, `?preview=`.
//! Unknown or malformed values never break the app: each falls back to its
//! default and is listed in `ignored`, which the app logs discreetly.

use crate::i18n;

/// Who is using the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppMode {
    /// A beneficiary alone at a tablet (the default): full profile.
    Kiosk,
    /// An aidant running a detection diagnostic with someone: screening.
    Aidant,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UrlConfig {
    pub lang: Option<String>,
    pub mode: AppMode,
    /// Fixed seed for reproducible sessions (tests, demonstrations).
    pub seed: Option<u64>,
    /// Seconds of inactivity before the kiosk warns and resets.
    pub idle_seconds: u32,
    /// Show one item alone, for authors checking how it renders (`?preview=<item id>`).
    pub preview: Option<String>,
    /// A result code to show as a fiche (`?code=R1-…`, from a result's QR link).
    pub code: Option<String>,
    /// Where the local offers come from (`?venues=`).
    pub venues: Option<VenueSource>,
    /// Parameters that were present but not understood.
    pub ignored: Vec<String>,
}

pub const DEFAULT_IDLE_SECONDS: u32 = 120;

/// A venue file: one embedded at build time (`?venues=sample`), or a JSON
/// file on the page's own origin (`?venues=offres/lieux.json`), never another
/// site's: nothing is requested from a third party.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VenueSource {
    Embedded(String),
    SameOrigin(String),
}

impl VenueSource {
    fn parse(value: &str) -> Option<VenueSource> {
        let name_char = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_';
        if (1..=40).contains(&value.len()) && value.bytes().all(name_char) {
            return Some(VenueSource::Embedded(value.to_string()));
        }
        let path_char = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'/');
        let same_origin = value.len() <= 200
            && value.ends_with(".json")
            && value.bytes().all(path_char)
            && !value.starts_with("//")
            && !value.split('/').any(|part| part == "..");
        same_origin.then(|| VenueSource::SameOrigin(value.to_string()))
    }
}

impl UrlConfig {
    /// Parse a query string such as `?lang=en&mode=aidant`.
    pub fn parse(query: &str) -> UrlConfig {
        let mut config = UrlConfig {
            lang: None,
            mode: AppMode::Kiosk,
            seed: None,
            idle_seconds: DEFAULT_IDLE_SECONDS,
            venues: None,
            preview: None,
            code: None,
            ignored: Vec::new(),
        };
        for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = value.trim();
            let ok = match key {
                "lang" => {
                    let lang = value.to_ascii_lowercase();
                    let supported = i18n::is_supported(&lang);
                    if supported {
                        config.lang = Some(lang);
                    }
                    supported
                }
                "mode" => match value {
                    "kiosk" => true,
                    "aidant" => {
                        config.mode = AppMode::Aidant;
                        true
                    }
                    _ => false,
                },
                "seed" => value.parse().map(|s| config.seed = Some(s)).is_ok(),
                "idle" => match value.parse::<u32>() {
                    Ok(s) if (15..=3600).contains(&s) => {
                        config.idle_seconds = s;
                        true
                    }
                    _ => false,
                },
                "preview" => {
                    let valid = (1..=80).contains(&value.len()) && repere_engine::bank::is_valid_id(value);
                    if valid {
                        config.preview = Some(value.to_string());
                    }
                    valid
                }
                // Only the characters a code can have; the fiche checks the rest.
                "code" => {
                    let valid = (4..=200).contains(&value.len())
                        && value.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'+' | b' '));
                    if valid {
                        config.code = Some(value.replace('+', " "));
                    }
                    valid
                }
                "venues" => {
                    config.venues = VenueSource::parse(value);
                    config.venues.is_some()
                }
                _ => false,
            };
            if !ok {
                config.ignored.push(pair.chars().take(80).collect());
            }
        }
        config
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_known_parameters() {
        let c = UrlConfig::parse("?lang=en&mode=aidant&seed=42&idle=60&venues=sample");
        assert_eq!(c.lang.as_deref(), Some("en"));
        assert_eq!(c.mode, AppMode::Aidant);
        assert_eq!(c.seed, Some(42));
        assert_eq!(c.idle_seconds, 60);
        assert_eq!(c.venues, Some(VenueSource::Embedded("sample".into())));
        assert!(c.ignored.is_empty());
    }

    #[test]
    fn venue_files_stay_on_this_origin() {
        assert_eq!(
            UrlConfig::parse("?venues=offres/lieux.json").venues,
            Some(VenueSource::SameOrigin("offres/lieux.json".into()))
        );
        for foreign in ["https://x.org/a.json", "//x.org/a.json", "../a.json", "a/../../b.json", "a.txt", "a%2F.json"] {
            assert_eq!(UrlConfig::parse(&format!("?venues={foreign}")).venues, None, "{foreign}");
        }
    }

    #[test]
    fn bad_values_fall_back_and_are_listed() {
        let c = UrlConfig::parse("?lang=xx&mode=admin&seed=-1&idle=2&venues=../etc&x=1");
        assert_eq!(c.lang, None);
        assert_eq!(c.mode, AppMode::Kiosk);
        assert_eq!(c.seed, None);
        assert_eq!(c.idle_seconds, DEFAULT_IDLE_SECONDS);
        assert_eq!(c.venues, None);
        assert_eq!(c.ignored.len(), 6);
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_keeps_defaults_safe(query in ".{0,200}") {
            let c = UrlConfig::parse(&query);
            proptest::prop_assert!((15..=3600).contains(&c.idle_seconds));
            if let Some(VenueSource::SameOrigin(path)) = &c.venues {
                proptest::prop_assert!(!path.contains("//") && !path.contains(':') && !path.split('/').any(|p| p == ".."));
            }
        }
    }
}
