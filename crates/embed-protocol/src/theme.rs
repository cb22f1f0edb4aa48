//! The light theme a venue may give the widget: an accent colour and a font
//! scale, both within accessible bounds. The accent is refused when it fails
//! WCAG AA contrast (4.5:1, normal text) against any background it is used
//! on; the font scale is bounded.
//!
//! Syntax (attribute `data-theme`, URL `theme=`, or a string in `configure`):
//! `accent: #1d5c3a; scale: 1.2` — declarations separated by `;`, in any
//! order, each at most once. The `#` may be left out (`accent: 1d5c3a`),
//! which helps in a URL where `#` must be written `%23`.

use crate::{quoted, Error};

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Color {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

/// The backgrounds the accent is drawn on (and the white text drawn on the
/// accent): `--paper` and `--soft` of `public/style.css` (a test checks they
/// still are).
pub const BACKGROUNDS: [(&str, Color); 2] =
    [("--paper", Color { r: 0xff, g: 0xff, b: 0xff }), ("--soft", Color { r: 0xee, g: 0xf3, b: 0xfa })];

/// WCAG 2.x AA for normal text.
pub const MIN_CONTRAST: f64 = 4.5;

/// The font scale's bounds: 1 (the app's own size, 18 px) to 1.5.
pub const SCALE_MIN: f64 = 1.0;
pub const SCALE_MAX: f64 = 1.5;

impl Color {
    /// `#rrggbb`, `#rgb`, or the same without `#`.
    pub fn parse(text: &str) -> Result<Color, Error> {
        let hex = text.strip_prefix('#').unwrap_or(text);
        let digits: Option<Vec<u8>> = hex.chars().map(|c| c.to_digit(16).map(|d| d as u8)).collect();
        let expand = |d: &[u8]| -> Vec<u8> {
            match d.len() {
                3 => d.iter().map(|x| x * 17).collect(),
                _ => d.chunks(2).map(|p| p[0] * 16 + p[1]).collect(),
            }
        };
        match digits {
            Some(d) if d.len() == 3 || d.len() == 6 => {
                let c = expand(&d);
                Ok(Color { r: c[0], g: c[1], b: c[2] })
            }
            _ => Err(Error::setting(format!(
                "theme accent {}: expected a colour #rrggbb (in a URL, write # as %23 or leave it out)",
                quoted(text)
            ))),
        }
    }

    /// `#rrggbb`, lower case.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// WCAG 2.x relative luminance.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.r) + 0.7152 * channel(self.g) + 0.0722 * channel(self.b)
    }

    /// WCAG 2.x contrast ratio, 1 to 21.
    pub fn contrast(self, other: Color) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// Accept this colour as the accent only if it reaches AA on every
    /// background it is used on.
    pub fn check_accent(self) -> Result<Color, Error> {
        for (name, background) in BACKGROUNDS {
            let ratio = self.contrast(background);
            if ratio < MIN_CONTRAST {
                return Err(Error::setting(format!(
                    "theme accent {} refused: its contrast on {name} {} is {:.2}:1, WCAG AA needs {MIN_CONTRAST}:1; the default accent is kept (choose a darker colour)",
                    self.to_hex(),
                    background.to_hex(),
                    // Floor, so that a refused colour never reads as 4.50:1.
                    (ratio * 100.0).floor() / 100.0
                )));
            }
        }
        Ok(self)
    }
}

/// A venue's theme; each part optional (the app's default otherwise).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Theme {
    pub accent: Option<Color>,
    pub scale: Option<f64>,
}

impl Theme {
    /// Parse `accent: #1d5c3a; scale: 1.2`; every part checked, or an error.
    pub fn parse(text: &str) -> Result<Theme, Error> {
        if text.len() > 200 {
            return Err(Error::setting("theme: longer than 200 characters"));
        }
        let mut theme = Theme::default();
        for declaration in text.split(';').map(str::trim).filter(|d| !d.is_empty()) {
            let Some((name, value)) = declaration.split_once(':') else {
                return Err(Error::setting(format!("theme {}: expected name: value, e.g. accent: #1d5c3a; scale: 1.2", quoted(declaration))));
            };
            let (name, value) = (name.trim(), value.trim());
            match name {
                "accent" if theme.accent.is_none() => theme.accent = Some(Color::parse(value)?.check_accent()?),
                "scale" if theme.scale.is_none() => theme.scale = Some(parse_scale(value)?),
                "accent" | "scale" => return Err(Error::setting(format!("theme: {name} given twice"))),
                _ => return Err(Error::setting(format!("theme: unknown setting {} (known: accent, scale)", quoted(name)))),
            }
        }
        Ok(theme)
    }

    /// A checked theme from its parts (the `configure` message's object form).
    pub fn from_parts(accent: Option<&str>, scale: Option<f64>) -> Result<Theme, Error> {
        Ok(Theme {
            accent: accent.map(|a| Color::parse(a).and_then(Color::check_accent)).transpose()?,
            scale: scale.map(check_scale).transpose()?,
        })
    }
}

/// A decimal such as `1.2` (at most two decimals) within the bounds.
fn parse_scale(text: &str) -> Result<f64, Error> {
    let (whole, frac) = text.split_once('.').unwrap_or((text, ""));
    let syntax = (1..=2).contains(&whole.len())
        && whole.bytes().all(|b| b.is_ascii_digit())
        && frac.len() <= 2
        && frac.bytes().all(|b| b.is_ascii_digit())
        && !(text.ends_with('.'));
    match text.parse::<f64>() {
        Ok(value) if syntax => check_scale(value),
        _ => Err(Error::setting(format!("theme scale {}: expected a number such as 1.2", quoted(text)))),
    }
}

fn check_scale(value: f64) -> Result<f64, Error> {
    if (SCALE_MIN..=SCALE_MAX).contains(&value) {
        Ok(value)
    } else {
        Err(Error::setting(format!("theme scale {value}: must be from {SCALE_MIN} to {SCALE_MAX} (text must stay readable and fit)")))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    const WHITE: Color = Color { r: 255, g: 255, b: 255 };

    #[test]
    fn contrast_matches_wcag_reference_values() {
        let black = Color::parse("#000").unwrap();
        assert!((black.contrast(WHITE) - 21.0).abs() < 1e-9);
        assert!((WHITE.contrast(WHITE) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic 4.54:1; #777777 is 4.48:1.
        assert!((Color::parse("767676").unwrap().contrast(WHITE) - 4.54).abs() < 0.01);
        assert!((Color::parse("#777777").unwrap().contrast(WHITE) - 4.48).abs() < 0.01);
    }

    #[test]
    fn the_app_accent_passes_and_light_accents_are_refused() {
        assert!(Color::parse("#0b4f9c").unwrap().check_accent().is_ok());
        // Passes on white (4.54:1) but not on --soft: refused, naming --soft.
        let err = Color::parse("#767676").unwrap().check_accent().unwrap_err();
        assert!(err.message.contains("--soft") && err.message.contains("4.5:1"), "{err}");
        let err = Color::parse("#ffbf47").unwrap().check_accent().unwrap_err();
        assert!(err.message.contains("--paper"), "{err}");
    }

    #[test]
    fn theme_syntax() {
        let t = Theme::parse(" accent: #1D5C3A ; scale: 1.25; ").unwrap();
        assert_eq!(t.accent.unwrap().to_hex(), "#1d5c3a");
        assert_eq!(t.scale, Some(1.25));
        assert_eq!(Theme::parse("").unwrap(), Theme::default());
        assert_eq!(Theme::parse("scale:1").unwrap().scale, Some(1.0));
        for bad in ["accent", "accent:", "accent: red", "accent: #12345", "scale: 2", "scale: 0.8", "scale: 1.", "scale: 1e0",
            "scale: NaN", "scale: -1.2", "font: serif", "accent: #000; accent: #111", "scale: 1.234"] {
            assert!(Theme::parse(bad).is_err(), "{bad:?} must be refused");
        }
    }

    #[test]
    fn backgrounds_are_the_stylesheets() {
        let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/style.css")).unwrap();
        for (name, color) in BACKGROUNDS {
            let declaration = format!("{name}: {};", color.to_hex());
            assert!(css.contains(&declaration), "public/style.css no longer declares `{declaration}`: update BACKGROUNDS");
        }
    }

    /// The worst WCAG contrast of `c` on the stylesheet's backgrounds, computed
    /// apart from the code under test: the backgrounds read from
    /// public/style.css, WCAG 2.0's own formula (threshold 0.03928).
    pub(crate) fn reference_worst_contrast(c: Color) -> f64 {
        let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/style.css")).unwrap();
        let linear = |v: u8| {
            let s = f64::from(v) / 255.0;
            if s <= 0.03928 { s / 12.92 } else { ((s + 0.055) / 1.055).powf(2.4) }
        };
        let lum = |r: u8, g: u8, b: u8| 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
        let (fg, mut worst) = (lum(c.r, c.g, c.b), f64::INFINITY);
        for name in ["--paper", "--soft"] {
            let at = css.find(&format!("{name}: #")).unwrap_or_else(|| panic!("{name} in style.css")) + name.len() + 3;
            let hex = &css[at..at + 6];
            let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap();
            let bg = lum(byte(0), byte(2), byte(4));
            worst = worst.min((fg.max(bg) + 0.05) / (fg.min(bg) + 0.05));
        }
        worst
    }

    proptest! {
        /// Accepted exactly when the reference says AA (4.5:1) on every
        /// background (values within 1e-6 of the limit are not judged).
        #[test]
        fn accepted_accents_are_exactly_the_aa_ones(r: u8, g: u8, b: u8) {
            let c = Color { r, g, b };
            let worst = reference_worst_contrast(c);
            if (worst - 4.5).abs() > 1e-6 {
                prop_assert_eq!(c.check_accent().is_ok(), worst > 4.5, "{:?}: reference {:.4}", c, worst);
            }
            prop_assert_eq!(Color::parse(&c.to_hex()), Ok(c));
        }

        /// Theme texts that look like themes (random accents and scales, extra
        /// separators) or anything: what is accepted is in bounds and AA by the
        /// reference.
        #[test]
        fn theme_parser_never_panics_and_stays_in_bounds(
            text in prop_oneof![
                "( ?accent ?: ?#[0-9a-fA-F]{3,6} ?;)?( ?scale ?: ?[0-9.]{1,5} ?;?)?",
                ".{0,120}",
            ]
        ) {
            if let Ok(t) = Theme::parse(&text) {
                if let Some(s) = t.scale { prop_assert!((SCALE_MIN..=SCALE_MAX).contains(&s)); }
                if let Some(a) = t.accent { prop_assert!(reference_worst_contrast(a) >= 4.5 - 1e-6, "{:?}", a); }
            }
        }
    }
}
