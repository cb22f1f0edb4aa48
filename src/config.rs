//! What the page was opened with: `?lang=`, `?mode=`, `?seed=`, `?idle=`.
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
    /// Parameters that were present but not understood.
    pub ignored: Vec<String>,
}

pub const DEFAULT_IDLE_SECONDS: u32 = 120;

impl UrlConfig {
    /// Parse a query string such as `?lang=en&mode=aidant`.
    pub fn parse(query: &str) -> UrlConfig {
        let mut config = UrlConfig {
            lang: None,
            mode: AppMode::Kiosk,
            seed: None,
            idle_seconds: DEFAULT_IDLE_SECONDS,
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
                _ => false,
            };
            if !ok {
                config.ignored.push(pair.chars().take(80).collect());
            }
        }
        config
    }
}
