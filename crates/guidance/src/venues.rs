//! Local offers: the venue model of the national "lieux de médiation numérique"
//! data standard (v0.2.0, field names kept as published), the checks of its
//! constraints, and ranking venues for a [`Referral`]. Pure: reading files lives
//! in `repere-content`.

use repere_engine::bank::Topic;
use crate::referral::{Path, Referral};
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::collections::BTreeMap;
use std::fmt;

/// Controlled vocabulary of `services`.
pub const SERVICES: [&str; 9] = [
    "Aide aux démarches administratives",
    "Maîtrise des outils numériques du quotidien",
    "Insertion professionnelle via le numérique",
    "Utilisation sécurisée du numérique",
    "Parentalité et éducation avec le numérique",
    "Loisirs et créations numériques",
    "Compréhension du monde numérique",
    "Accès internet et matériel informatique",
    "Acquisition de matériel informatique à prix solidaire",
];

/// Controlled vocabulary of `dispositif_programmes_nationaux`.
pub const PROGRAMMES: [&str; 11] = [
    "Aidants Connect",
    "Bibliothèques numérique de référence",
    "Certification PIX",
    "Conseillers numériques",
    "Emmaüs Connect",
    "France Services",
    "Grande école du numérique",
    "La Croix Rouge",
    "Point d'accès numérique CAF",
    "Promeneurs du net",
    "Relais numérique (Emmaüs Connect)",
];

/// Controlled vocabulary of `publics_specifiquement_adresses`.
pub const PUBLICS: [&str; 5] = [
    "Jeunes",
    "Étudiants",
    "Familles et/ou enfants",
    "Seniors",
    "Femmes",
];

/// Controlled vocabulary of `prise_en_charge_specifique`.
pub const SUPPORT: [&str; 6] = [
    "Surdité",
    "Handicaps moteurs",
    "Handicaps mentaux",
    "Illettrisme",
    "Langues étrangères (anglais)",
    "Langues étrangères (autres)",
];

/// Controlled vocabulary of `frais_a_charge` (each may be followed by `: explanation`).
pub const FEES: [&str; 3] = ["Gratuit", "Gratuit sous condition", "Payant"];

/// Controlled vocabulary of `modalites_acces`.
pub const ACCESS: [&str; 6] = [
    "Se présenter",
    "Téléphoner",
    "Contacter par mail",
    "Prendre un RDV en ligne",
    "Ce lieu n'accueille pas de public",
    "Envoyer un mail avec une fiche de prescription",
];

/// Controlled vocabulary of `modalites_accompagnement`.
pub const SUPPORT_MODES: [&str; 4] = [
    "En autonomie",
    "Accompagnement individuel",
    "Dans un atelier collectif",
    "À distance (par téléphone ou en visioconférence)",
];

/// Controlled vocabulary of `itinerance`.
pub const ROAMING: [&str; 2] = ["Itinérant", "Fixe"];

/// Every field of the standard, required ones first.
pub const FIELDS: [&str; 32] = [
    "id",
    "pivot",
    "nom",
    "commune",
    "code_postal",
    "adresse",
    "date_maj",
    "services",
    "code_insee",
    "complement_adresse",
    "latitude",
    "longitude",
    "typologie",
    "telephone",
    "courriels",
    "site_web",
    "horaires",
    "presentation_resume",
    "presentation_detail",
    "source",
    "itinerance",
    "structure_parente",
    "publics_specifiquement_adresses",
    "prise_en_charge_specifique",
    "frais_a_charge",
    "dispositif_programmes_nationaux",
    "formations_labels",
    "autres_formations_labels",
    "modalites_acces",
    "modalites_accompagnement",
    "fiche_acces_libre",
    "prise_rdv",
];

/// Fields holding several values, separated by `;` in the standard.
pub const MULTI_FIELDS: [&str; 13] = [
    "services",
    "typologie",
    "courriels",
    "site_web",
    "itinerance",
    "publics_specifiquement_adresses",
    "prise_en_charge_specifique",
    "frais_a_charge",
    "dispositif_programmes_nationaux",
    "formations_labels",
    "autres_formations_labels",
    "modalites_acces",
    "modalites_accompagnement",
];

/// Longest `presentation_resume`, in characters.
pub const RESUME_MAX_CHARS: usize = 280;

/// A multi-valued field: read from `"a;b"` (the standard's form) or `["a", "b"]`,
/// written back as `"a;b"`. Values are trimmed; empty ones are dropped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Multi(pub Vec<String>);

impl Multi {
    /// Split the standard's `;`-separated form.
    pub fn parse(text: &str) -> Multi {
        Multi(
            text.split(';')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect(),
        )
    }

    /// Whether a value equals `entry` or starts with it followed by `:`.
    pub fn has(&self, entry: &str) -> bool {
        self.0.iter().any(|v| vocabulary_match(v, entry))
    }

    /// True when there is no value.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Multi {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0.join(";"))
    }
}

impl<'de> Deserialize<'de> for Multi {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Multi;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text with values separated by ';', or a list of texts")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Multi, E> {
                Ok(Multi::parse(v))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Multi, E> {
                Ok(Multi::default())
            }
            fn visit_none<E: de::Error>(self) -> Result<Multi, E> {
                Ok(Multi::default())
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Multi, A::Error> {
                let mut out = Vec::new();
                while let Some(v) = seq.next_element::<String>()? {
                    out.extend(Multi::parse(&v).0);
                }
                Ok(Multi(out))
            }
        }
        d.deserialize_any(V)
    }
}

/// One venue, with the standard's field names. Missing fields take their
/// default (empty); [`validate_venues`] reports missing required ones.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Venue {
    /// Unique local id (required).
    pub id: String,
    /// SIRET (14 digits) or RNA (W + 9 digits) of the structure (required).
    pub pivot: String,
    /// Name (required).
    pub nom: String,
    /// Town (required).
    pub commune: String,
    /// Five-digit postcode (required).
    pub code_postal: String,
    /// Street address (required).
    pub adresse: String,
    /// Last update, YYYY-MM-DD (required).
    pub date_maj: String,
    /// Services offered, from [`SERVICES`] (required, at least one).
    pub services: Multi,
    /// INSEE code of the town.
    pub code_insee: Option<String>,
    /// Address complement.
    pub complement_adresse: Option<String>,
    /// WGS84 latitude.
    pub latitude: Option<f64>,
    /// WGS84 longitude.
    pub longitude: Option<f64>,
    /// Kind of structure (the standard's codes).
    pub typologie: Multi,
    /// Phone in international format, e.g. `+33180059880`.
    pub telephone: Option<String>,
    /// Email addresses.
    pub courriels: Multi,
    /// Websites (http:// or https://).
    pub site_web: Multi,
    /// Opening hours, OpenStreetMap `opening_hours` syntax.
    pub horaires: Option<String>,
    /// Short presentation, at most 280 characters.
    pub presentation_resume: Option<String>,
    /// Long presentation.
    pub presentation_detail: Option<String>,
    /// Where the data comes from.
    pub source: Option<String>,
    /// `Itinérant` and/or `Fixe`.
    pub itinerance: Multi,
    /// Parent structure.
    pub structure_parente: Option<String>,
    /// Publics specifically served, from [`PUBLICS`].
    pub publics_specifiquement_adresses: Multi,
    /// Specific support, from [`SUPPORT`].
    pub prise_en_charge_specifique: Multi,
    /// Fees, from [`FEES`] (each may carry `: explanation`).
    pub frais_a_charge: Multi,
    /// National programmes, from [`PROGRAMMES`].
    pub dispositif_programmes_nationaux: Multi,
    /// Training labels.
    pub formations_labels: Multi,
    /// Other training labels.
    pub autres_formations_labels: Multi,
    /// How to come, from [`ACCESS`].
    pub modalites_acces: Multi,
    /// How people are supported, from [`SUPPORT_MODES`].
    pub modalites_accompagnement: Multi,
    /// URL of the venue's accessibility sheet (Accès Libre).
    pub fiche_acces_libre: Option<String>,
    /// URL to book an appointment.
    pub prise_rdv: Option<String>,
}

impl Venue {
    /// Every text of the venue with its field name (several for a list), for
    /// checks that apply to all free text: length caps, control characters.
    pub fn texts(&self) -> Vec<(&'static str, &str)> {
        let mut out: Vec<(&'static str, &str)> = vec![
            ("id", &self.id),
            ("pivot", &self.pivot),
            ("nom", &self.nom),
            ("commune", &self.commune),
            ("code_postal", &self.code_postal),
            ("adresse", &self.adresse),
            ("date_maj", &self.date_maj),
        ];
        for (field, value) in [
            ("code_insee", &self.code_insee),
            ("complement_adresse", &self.complement_adresse),
            ("telephone", &self.telephone),
            ("horaires", &self.horaires),
            ("presentation_resume", &self.presentation_resume),
            ("presentation_detail", &self.presentation_detail),
            ("source", &self.source),
            ("structure_parente", &self.structure_parente),
            ("fiche_acces_libre", &self.fiche_acces_libre),
            ("prise_rdv", &self.prise_rdv),
        ] {
            if let Some(v) = value {
                out.push((field, v));
            }
        }
        for (field, values) in [
            ("services", &self.services),
            ("typologie", &self.typologie),
            ("courriels", &self.courriels),
            ("site_web", &self.site_web),
            ("itinerance", &self.itinerance),
            ("publics_specifiquement_adresses", &self.publics_specifiquement_adresses),
            ("prise_en_charge_specifique", &self.prise_en_charge_specifique),
            ("frais_a_charge", &self.frais_a_charge),
            ("dispositif_programmes_nationaux", &self.dispositif_programmes_nationaux),
            ("formations_labels", &self.formations_labels),
            ("autres_formations_labels", &self.autres_formations_labels),
            ("modalites_acces", &self.modalites_acces),
            ("modalites_accompagnement", &self.modalites_accompagnement),
        ] {
            out.extend(values.0.iter().map(|v| (field, v.as_str())));
        }
        out
    }

    /// The national programmes the venue belongs to
    /// (`dispositif_programmes_nationaux`), e.g. "Aidants Connect".
    pub fn programmes(&self) -> impl Iterator<Item = &str> {
        self.dispositif_programmes_nationaux.0.iter().map(String::as_str)
    }

    /// Whether the venue belongs to the national programme `name` (exact value
    /// of `dispositif_programmes_nationaux`).
    pub fn has_programme(&self, name: &str) -> bool {
        self.programmes().any(|p| p == name)
    }
}

/// Longest text of a field, in characters (for a list: of each value). The
/// standard sets only `presentation_resume` (280); the others are Repère's caps,
/// far above any real value, so that a file cannot flood the screen.
pub fn max_chars(field: &str) -> usize {
    match field {
        "presentation_resume" => RESUME_MAX_CHARS,
        "presentation_detail" => 4000,
        "site_web" | "fiche_acces_libre" | "prise_rdv" => 2000,
        "horaires" => 500,
        "courriels" => 254,
        "commune" => 100,
        "id" | "source" | "autres_formations_labels" => 200,
        _ => 250,
    }
}

/// Characters that reorder or hide the direction of text (bidi overrides,
/// embeddings, isolates and marks): never needed in a venue file, and able to
/// make a name or an address display differently from what it is.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Why a text cannot be shown as it is: too long for its field, or holding a
/// control or bidi character. Line breaks are allowed in the presentations only.
pub fn text_problem(field: &str, text: &str) -> Option<String> {
    let multiline = matches!(field, "presentation_resume" | "presentation_detail");
    for (position, c) in text.chars().enumerate() {
        let position = position + 1;
        if is_bidi_control(c) {
            return Some(format!(
                "contains the invisible text-direction character U+{:04X} (character {position}), which can make the text display differently from what it is: remove it",
                c as u32
            ));
        }
        if c.is_control() && !(multiline && (c == '\n' || c == '\r')) {
            let allowed = if multiline { " (only line breaks are allowed here)" } else { "" };
            return Some(format!(
                "contains the control character U+{:04X} (character {position}): remove it{allowed}",
                c as u32
            ));
        }
    }
    let (n, max) = (text.chars().count(), max_chars(field));
    (n > max).then(|| format!("{n} characters: at most {max}; shorten it"))
}

/// One problem in a venue list, printed `venue[i].field: message`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, thiserror::Error)]
#[error("venue[{index}].{field}: {message}")]
pub struct VenueProblem {
    /// Position in the list, from 0.
    pub index: usize,
    /// Field name of the standard.
    pub field: String,
    /// What is wrong.
    pub message: String,
}

/// Whether `value` is the vocabulary `entry`, or `entry` followed by `:` and an
/// explanation (spaces allowed before the colon).
pub fn vocabulary_match(value: &str, entry: &str) -> bool {
    match value.strip_prefix(entry) {
        Some(rest) => rest.is_empty() || rest.trim_start().starts_with(':'),
        None => false,
    }
}

fn all_digits(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

/// `^\d{5}$`.
pub fn is_postcode(s: &str) -> bool {
    s.len() == 5 && all_digits(s)
}

/// INSEE town code: five digits, or `2A`/`2B` and three digits (Corsica).
pub fn is_insee_code(s: &str) -> bool {
    s.len() == 5
        && (all_digits(s) || ((s.starts_with("2A") || s.starts_with("2B")) && all_digits(&s[2..])))
}

/// SIRET (14 digits) or RNA (`W` and 9 digits).
pub fn is_pivot(s: &str) -> bool {
    (s.len() == 14 && all_digits(s)) || (s.len() == 10 && s.starts_with('W') && all_digits(&s[1..]))
}

/// A real calendar date written YYYY-MM-DD.
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let (y, m, d) = (&s[0..4], &s[5..7], &s[8..10]);
    if !(all_digits(y) && all_digits(m) && all_digits(d)) {
        return false;
    }
    let (y, m, d): (u32, u32, u32) = (
        y.parse().unwrap_or(0),
        m.parse().unwrap_or(0),
        d.parse().unwrap_or(0),
    );
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// International phone: `+` then 6 to 15 digits.
pub fn is_phone(s: &str) -> bool {
    s.strip_prefix('+')
        .is_some_and(|d| (6..=15).contains(&d.len()) && all_digits(d))
}

/// An address with one `@`, no space, and a dot in the domain.
pub fn is_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty()
                && !domain.contains('@')
                && !s.chars().any(char::is_whitespace)
                && domain.split('.').count() >= 2
                && domain.split('.').all(|p| !p.is_empty())
        }
        None => false,
    }
}

/// Starts with `http://` or `https://` and has something after it.
pub fn is_url(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !r.chars().any(char::is_whitespace))
}

/// A light check of OpenStreetMap `opening_hours`: allowed characters, and every
/// `HH:MM` a real time (24:00 allowed). The full grammar is not checked.
pub fn opening_hours_problem(s: &str) -> Option<String> {
    if s.trim().is_empty() {
        return Some("empty opening hours".into());
    }
    if let Some(c) = s
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || " :;,-+/.[]\"'|".contains(*c)))
    {
        return Some(format!("unexpected character '{c}' in opening hours (OpenStreetMap syntax, e.g. \"Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00\")"));
    }
    // Only ASCII is left, so byte offsets are character boundaries.
    for (i, _) in s.match_indices(':') {
        if i >= 2 {
            let (h, m) = (&s[i - 2..i], s.get(i + 1..i + 3).unwrap_or(""));
            if all_digits(h) && all_digits(m) && m.len() == 2 {
                let (h, m): (u32, u32) = (h.parse().unwrap_or(99), m.parse().unwrap_or(99));
                if h > 24 || m > 59 || (h == 24 && m != 0) {
                    return Some(format!("'{}' is not a time of day", &s[i - 2..i + 3]));
                }
            }
        }
    }
    None
}

/// Check every constraint of the standard on a list of venues, each problem as
/// `venue[i].field: message`. All problems, not just the first.
pub fn validate_venues(venues: &[Venue]) -> Vec<VenueProblem> {
    let mut problems = Vec::new();
    let mut ids: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, v) in venues.iter().enumerate() {
        let mut p = |field: &str, message: String| {
            problems.push(VenueProblem {
                index: i,
                field: field.into(),
                message,
            })
        };
        for (field, value) in [
            ("id", &v.id),
            ("pivot", &v.pivot),
            ("nom", &v.nom),
            ("commune", &v.commune),
            ("code_postal", &v.code_postal),
            ("adresse", &v.adresse),
            ("date_maj", &v.date_maj),
        ] {
            if value.trim().is_empty() {
                p(field, "required field is missing or empty".into());
            }
        }
        if !v.id.is_empty() {
            if let Some(first) = ids.insert(v.id.as_str(), i) {
                ids.insert(v.id.as_str(), first);
                p(
                    "id",
                    format!("id '{}' is already used by venue[{first}]", v.id),
                );
            }
        }
        if !v.pivot.is_empty() && !is_pivot(&v.pivot) {
            p(
                "pivot",
                format!(
                    "'{}' is neither a SIRET (14 digits) nor an RNA number (W and 9 digits)",
                    v.pivot
                ),
            );
        }
        if !v.code_postal.is_empty() && !is_postcode(&v.code_postal) {
            p(
                "code_postal",
                format!(
                    "'{}' must be exactly 5 digits, e.g. \"69001\"",
                    v.code_postal
                ),
            );
        }
        if !v.date_maj.is_empty() && !is_date(&v.date_maj) {
            p(
                "date_maj",
                format!(
                    "'{}' must be a date written YYYY-MM-DD, e.g. \"2021-09-30\"",
                    v.date_maj
                ),
            );
        }
        if v.services.is_empty() {
            p(
                "services",
                "required field: list at least one service".into(),
            );
        }
        if let Some(code) = v.code_insee.as_deref().filter(|c| !is_insee_code(c)) {
            p(
                "code_insee",
                format!("'{code}' must be 5 digits (or 2A/2B and 3 digits)"),
            );
        }
        for (field, value, range) in [
            ("latitude", v.latitude, 90.0),
            ("longitude", v.longitude, 180.0),
        ] {
            if let Some(x) = value.filter(|x| !(x.is_finite() && x.abs() <= range)) {
                p(
                    field,
                    format!("{x} is outside -{range}…{range} (WGS84 degrees)"),
                );
            }
        }
        if v.latitude.is_some() != v.longitude.is_some() {
            p(
                if v.latitude.is_some() {
                    "longitude"
                } else {
                    "latitude"
                },
                "latitude and longitude go together: give both or neither".into(),
            );
        }
        if let Some(t) = v.telephone.as_deref().filter(|t| !is_phone(t)) {
            p("telephone", format!("'{t}' must be in international format: + then digits, no spaces, e.g. \"+33180059880\""));
        }
        for mail in v.courriels.0.iter().filter(|m| !is_email(m)) {
            p("courriels", format!("'{mail}' is not an email address"));
        }
        for url in v.site_web.0.iter().filter(|u| !is_url(u)) {
            p(
                "site_web",
                format!("'{url}' must start with http:// or https://"),
            );
        }
        for (field, value) in [
            ("fiche_acces_libre", &v.fiche_acces_libre),
            ("prise_rdv", &v.prise_rdv),
        ] {
            if let Some(url) = value.as_deref().filter(|u| !is_url(u)) {
                p(
                    field,
                    format!("'{url}' must start with http:// or https://"),
                );
            }
        }
        if let Some(h) = v.horaires.as_deref().and_then(opening_hours_problem) {
            p("horaires", h);
        }
        let mut seen: Vec<&str> = Vec::new();
        for (field, text) in v.texts() {
            if !seen.contains(&field) {
                if let Some(m) = text_problem(field, text) {
                    seen.push(field);
                    p(field, m);
                }
            }
        }
        for (field, values, vocabulary) in [
            ("services", &v.services, &SERVICES[..]),
            (
                "dispositif_programmes_nationaux",
                &v.dispositif_programmes_nationaux,
                &PROGRAMMES[..],
            ),
            (
                "publics_specifiquement_adresses",
                &v.publics_specifiquement_adresses,
                &PUBLICS[..],
            ),
            (
                "prise_en_charge_specifique",
                &v.prise_en_charge_specifique,
                &SUPPORT[..],
            ),
            ("frais_a_charge", &v.frais_a_charge, &FEES[..]),
            ("modalites_acces", &v.modalites_acces, &ACCESS[..]),
            (
                "modalites_accompagnement",
                &v.modalites_accompagnement,
                &SUPPORT_MODES[..],
            ),
            ("itinerance", &v.itinerance, &ROAMING[..]),
        ] {
            for value in &values.0 {
                if !vocabulary.iter().any(|e| vocabulary_match(value, e)) {
                    p(
                        field,
                        format!(
                            "'{value}' is not in the standard's list: {}",
                            vocabulary.join(" · ")
                        ),
                    );
                }
            }
        }
    }
    problems
}

// ---------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------

/// Why a venue matched: the vocabulary value it matched on.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum MatchReason {
    /// A national programme (`dispositif_programmes_nationaux`).
    Programme(String),
    /// A service (`services`).
    Service(String),
    /// A fee condition (`frais_a_charge`), e.g. "Gratuit sous condition" for Pass numérique.
    Fees(String),
    /// Specific support (`prise_en_charge_specifique`), e.g. "Illettrisme".
    Support(String),
    /// A way of being supported (`modalites_accompagnement`).
    SupportMode(String),
    /// Same postcode, or same département (first two digits), as the person.
    Nearby(String),
}

/// Options of [`match_venues`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatchOptions {
    /// The person reads poorly: prefer venues supporting "Illettrisme".
    pub reads_poorly: bool,
    /// The person's postcode, if known: prefer venues nearby.
    pub postcode: Option<String>,
    /// At most this many matches.
    pub limit: usize,
}

impl Default for MatchOptions {
    fn default() -> Self {
        Self {
            reads_poorly: false,
            postcode: None,
            limit: 5,
        }
    }
}

/// A venue that fits the referral.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VenueMatch {
    /// Index in the venue list.
    pub index: usize,
    /// The venue's `id`.
    pub id: String,
    /// Higher is better.
    pub score: u32,
    /// What it matched on, most important first.
    pub reasons: Vec<MatchReason>,
}

const NO_PUBLIC: &str = "Ce lieu n'accueille pas de public";
const PASS_FEES: &str = "Gratuit sous condition";
const ILLITERACY: &str = "Illettrisme";

struct Scorer<'a> {
    venue: &'a Venue,
    score: u32,
    reasons: Vec<MatchReason>,
}

impl Scorer<'_> {
    fn add(&mut self, points: u32, reason: MatchReason) {
        self.score += points;
        if !self.reasons.contains(&reason) {
            self.reasons.push(reason);
        }
    }
    fn programme(&mut self, name: &str, points: u32) {
        if self.venue.dispositif_programmes_nationaux.has(name) {
            self.add(points, MatchReason::Programme(name.into()));
        }
    }
    fn service(&mut self, name: &str, points: u32) {
        if self.venue.services.has(name) {
            self.add(points, MatchReason::Service(name.into()));
        }
    }
}

/// The services that teach the referral's topics, per the bank's topics, each once.
pub fn topic_services<'a>(topics: &[String], bank_topics: &'a [Topic]) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for t in topics {
        if let Some(topic) = bank_topics.iter().find(|x| &x.id == t) {
            if !out.contains(&topic.service.as_str()) {
                out.push(topic.service.as_str());
            }
        }
    }
    out
}

/// Rank venues for a referral, best first, at most `options.limit`.
///
/// Per path (points ×2 for the main path, ×1 for a complement):
/// - Aidants Connect: programme *Aidants Connect* (10) or *France Services* (6),
///   service *Aide aux démarches administratives* (4);
/// - training: programme *Conseillers numériques* (6), each service teaching a
///   topic (4; *Maîtrise des outils numériques du quotidien* when no topic),
///   *Gratuit sous condition* fees when eligible for Pass numérique (4),
///   *Dans un atelier collectif* (1);
/// - equipment first: *Accès internet et matériel informatique* and
///   *Acquisition de matériel informatique à prix solidaire* (6 each),
///   programmes *Emmaüs Connect* / *Relais numérique (Emmaüs Connect)* (3);
/// - autonomous: programme *Certification PIX* (6), *En autonomie* (2).
///
/// A venue matches when it scores on some path; then *Illettrisme* support adds
/// 5 when the person reads poorly, and the same postcode 3 (same département 1).
/// Venues that do not receive the public are left out. Ties keep file order.
pub fn match_venues(
    venues: &[Venue],
    referral: &Referral,
    bank_topics: &[Topic],
    options: &MatchOptions,
) -> Vec<VenueMatch> {
    let services = topic_services(&referral.topics, bank_topics);
    let mut matches: Vec<VenueMatch> = Vec::new();
    for (index, venue) in venues.iter().enumerate() {
        if venue.modalites_acces.has(NO_PUBLIC) {
            continue;
        }
        let mut s = Scorer {
            venue,
            score: 0,
            reasons: Vec::new(),
        };
        for (k, path) in referral.paths().enumerate() {
            let w = if k == 0 { 2 } else { 1 };
            match path {
                Path::AidantsConnect => {
                    s.programme("Aidants Connect", 10 * w);
                    s.programme("France Services", 6 * w);
                    s.service("Aide aux démarches administratives", 4 * w);
                }
                Path::Training => {
                    s.programme("Conseillers numériques", 6 * w);
                    if services.is_empty() {
                        s.service("Maîtrise des outils numériques du quotidien", 4 * w);
                    }
                    for service in &services {
                        s.service(service, 4 * w);
                    }
                    if referral.pass_numerique && venue.frais_a_charge.has(PASS_FEES) {
                        s.add(4 * w, MatchReason::Fees(PASS_FEES.into()));
                    }
                    if venue
                        .modalites_accompagnement
                        .has("Dans un atelier collectif")
                    {
                        s.add(
                            w,
                            MatchReason::SupportMode("Dans un atelier collectif".into()),
                        );
                    }
                }
                Path::EquipmentFirst => {
                    s.service("Accès internet et matériel informatique", 6 * w);
                    s.service(
                        "Acquisition de matériel informatique à prix solidaire",
                        6 * w,
                    );
                    s.programme("Emmaüs Connect", 3 * w);
                    s.programme("Relais numérique (Emmaüs Connect)", 3 * w);
                }
                Path::Autonomous => {
                    s.programme("Certification PIX", 6 * w);
                    if venue.modalites_accompagnement.has("En autonomie") {
                        s.add(2 * w, MatchReason::SupportMode("En autonomie".into()));
                    }
                }
            }
        }
        if s.score == 0 {
            continue;
        }
        if options.reads_poorly && venue.prise_en_charge_specifique.has(ILLITERACY) {
            s.add(5, MatchReason::Support(ILLITERACY.into()));
        }
        if let Some(pc) = options.postcode.as_deref().filter(|p| is_postcode(p)) {
            if venue.code_postal == pc {
                s.add(3, MatchReason::Nearby(pc.into()));
            } else if venue.code_postal.get(..2) == pc.get(..2) {
                s.add(1, MatchReason::Nearby(pc[..2].into()));
            }
        }
        matches.push(VenueMatch {
            index,
            id: venue.id.clone(),
            score: s.score,
            reasons: s.reasons,
        });
    }
    matches.sort_by(|a, b| b.score.cmp(&a.score).then(a.index.cmp(&b.index)));
    matches.truncate(options.limit);
    matches
}

#[cfg(test)]
mod tests;
