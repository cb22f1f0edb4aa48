//! Local offers: the venue model of the national "lieux de médiation numérique"
//! data standard ([`STANDARD_VERSION`], LaMednum/standard-mediation-num, field
//! names kept as published), the checks of its constraints, and ranking venues
//! for a [`Referral`]. Pure: reading files lives in `repere-content`.
//!
//! The checks follow the official schema (patterns, vocabularies, maxLength)
//! and, where the schema only describes a rule in words, the ANCT library that
//! publishes the national data set (WGS84 ranges, URLs, e-mail addresses, the
//! `typologie` list). `horaires` is OpenStreetMap `opening_hours` syntax: with
//! the `strict-hours` feature it is parsed by `opening-hours-syntax`; without
//! it (the web app, to stay small) it is only checked as plain text.

use crate::referral::{Path, Referral};
use repere_engine::bank::Topic;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::collections::BTreeMap;
use std::fmt;

/// The version of the standard these checks follow (the official
/// `schema.json` says v1.0.2; v1.0.1 is the last one published on
/// schema.data.gouv.fr, with the same fields and rules).
pub const STANDARD_VERSION: &str = "v1.0.2";

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
pub const SUPPORT: [&str; 7] = [
    "Surdité",
    "Handicaps moteurs",
    "Handicaps mentaux",
    "Illettrisme",
    "Langues étrangères (anglais)",
    "Langues étrangères (autres)",
    "Déficience visuelle",
];

/// Controlled vocabulary of `frais_a_charge` (exact values, no explanation).
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
    "À distance",
];

/// Controlled vocabulary of `itinerance`.
pub const ROAMING: [&str; 2] = ["Itinérant", "Fixe"];

/// Controlled vocabulary of `formations_labels`: the schema's ten values, then
/// the ANCT library's spelling of one of them ("Étapes numériques (La Poste)",
/// with a space; the schema has none), which the national data set carries.
pub const LABELS: [&str; 11] = [
    "Formé à « Mon Espace Santé »",
    "Formé à « DUPLEX » (illettrisme)",
    "Arnia/MedNum BFC (Bourgogne-Franche-Comté)",
    "Collectif ressources et acteurs réemploi (Normandie)",
    "Étapes numériques(La Poste)",
    "Fabriques de Territoire",
    "Les Éclaireurs du numérique (Drôme)",
    "Mes Papiers (Métropole de Lyon)",
    "ORDI 3.0",
    "SUD LABS (PACA)",
    "Étapes numériques (La Poste)",
];

/// `typologie`: the schema restricts it to the data.inclusion list of kinds of
/// structure; these are the codes of that list as the ANCT library enforces them.
pub const TYPOLOGIES: &[&str] = &[
    "ACI", "ACIPHC", "AFPA", "AI", "ASE", "ASSO", "ASSO_CHOMEUR", "Autre", "AVIP", "BIB",
    "CAARUD", "CADA", "CAF", "CAP_EMPLOI", "CAVA", "CC", "CCAS", "CCONS", "CD", "CDAS", "CFP",
    "CHRS", "CHU", "CIAS", "CIDFF", "CITMET", "CMP", "CMS", "CPAM", "CPH", "CS", "CSAPA", "CSC",
    "DEETS", "DEPT", "DIPLP", "E2C", "EA", "EATT", "EI", "EITI", "ENM", "EPCI", "EPI", "EPIDE",
    "EPN", "ES", "ESAT", "ESS", "ETTI", "EVS", "FABLAB", "FABRIQUE", "FAIS", "FT", "GEIQ",
    "HUDA", "LA_POSTE", "MDE", "MDH", "MDEF", "MDPH", "MDS", "MJC", "ML", "MQ", "MSA", "MSAP",
    "MUNI", "OACAS", "ODC", "OF", "OIL", "OPCS", "PAD", "PENSION", "PI", "PIJ_BIJ", "PIMMS",
    "PJJ", "PLIE", "PREF", "PREVENTION", "REG", "RELAIS_LECTURE", "RESSOURCERIE", "RFS",
    "RS_FJT", "SCP", "SPIP", "TIERS_LIEUX", "UDAF",
];

/// Every field of the standard, in the schema's order (the order of a CSV's columns).
pub const FIELDS: [&str; 32] = [
    "id",
    "pivot",
    "nom",
    "commune",
    "code_postal",
    "code_insee",
    "adresse",
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
    "date_maj",
    "services",
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

/// The required fields.
pub const REQUIRED: [&str; 7] = ["id", "pivot", "nom", "commune", "code_postal", "adresse", "date_maj"];

/// Fields holding several values, separated by `|` in the standard.
pub const MULTI_FIELDS: [&str; 13] = [
    "typologie",
    "courriels",
    "site_web",
    "itinerance",
    "services",
    "publics_specifiquement_adresses",
    "prise_en_charge_specifique",
    "frais_a_charge",
    "dispositif_programmes_nationaux",
    "formations_labels",
    "autres_formations_labels",
    "modalites_acces",
    "modalites_accompagnement",
];

/// The fields whose values come from a closed list, with that list.
pub const VOCABULARIES: [(&str, &[&str]); 10] = [
    ("typologie", TYPOLOGIES),
    ("itinerance", &ROAMING),
    ("services", &SERVICES),
    ("publics_specifiquement_adresses", &PUBLICS),
    ("prise_en_charge_specifique", &SUPPORT),
    ("frais_a_charge", &FEES),
    ("dispositif_programmes_nationaux", &PROGRAMMES),
    ("formations_labels", &LABELS),
    ("modalites_acces", &ACCESS),
    ("modalites_accompagnement", &SUPPORT_MODES),
];

/// Longest `presentation_resume`, in characters (the schema's maxLength).
pub const RESUME_MAX_CHARS: usize = 280;

/// The separator of several values in one field.
pub const SEPARATOR: char = '|';

/// A multi-valued field: read from `"a|b"` (the standard's form) or `["a", "b"]`,
/// written back as `"a|b"`. Values are kept as written (the checks report
/// spaces or empty values); an empty text is no value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Multi(pub Vec<String>);

impl Multi {
    /// Split the standard's `|`-separated form.
    pub fn parse(text: &str) -> Multi {
        if text.is_empty() {
            return Multi::default();
        }
        Multi(text.split(SEPARATOR).map(String::from).collect())
    }

    /// Whether one of the values is exactly `entry`.
    pub fn has(&self, entry: &str) -> bool {
        self.0.iter().any(|v| v == entry)
    }

    /// True when there is no value.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Multi {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0.join("|"))
    }
}

impl<'de> Deserialize<'de> for Multi {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Multi;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text with values separated by '|', or a list of texts")
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
                    out.push(v);
                }
                Ok(Multi(out))
            }
        }
        d.deserialize_any(V)
    }
}

/// One venue, with the standard's field names in its order. Missing fields
/// take their default (empty); [`validate_venues`] reports missing required ones.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Venue {
    /// Unique local id (required).
    pub id: String,
    /// SIRET (14 digits), RNA (`W` and 9 characters) or RIDET (required).
    pub pivot: String,
    /// Name (required).
    pub nom: String,
    /// Town (required).
    pub commune: String,
    /// Five-digit postcode (required).
    pub code_postal: String,
    /// INSEE code of the town (`2A`/`2B` in Corsica).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code_insee: Option<String>,
    /// Street address (required).
    pub adresse: String,
    /// Address complement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub complement_adresse: Option<String>,
    /// WGS84 latitude.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    /// WGS84 longitude.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    /// Kinds of structure, from [`TYPOLOGIES`].
    #[serde(skip_serializing_if = "Multi::is_empty")]
    pub typologie: Multi,
    /// Phone in international format, e.g. `+33180059880`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub telephone: Option<String>,
    /// Email addresses.
    #[serde(skip_serializing_if = "Multi::is_empty")]
    pub courriels: Multi,
    /// Websites (http:// or https://).
    #[serde(skip_serializing_if = "Multi::is_empty")]
    pub site_web: Multi,
    /// Opening hours, OpenStreetMap `opening_hours` syntax.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub horaires: Option<String>,
    /// Short presentation, at most 280 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub presentation_resume: Option<String>,
    /// Long presentation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub presentation_detail: Option<String>,
    /// Who collected the data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `Itinérant` and/or `Fixe`.
    #[serde(skip_serializing_if = "Multi::is_empty")]
    pub itinerance: Multi,
    /// Parent structure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub structure_parente: Option<String>,
    /// Last update, YYYY-MM-DD (required).
    pub date_maj: String,
    /// Services offered, from [`SERVICES`] (optional since v1.0.1).
    #[serde(skip_serializing_if = "Multi::is_empty")]
    pub services: Multi,
    /// Publics specifically served, from [`PUBLICS`].
    #[serde(skip_serializing_if = "Multi::is_empty")]
    pub publics_specifiquement_adresses: Multi,
    /// Specific support, from [`SUPPORT`].
    #[serde(skip_serializing_if = "Multi::is_empty")]
    pub prise_en_charge_specifique: Multi,
    /// Fees, from [`FEES`].
    #[serde(skip_serializing_if = "Multi::is_empty")]
    pub frais_a_charge: Multi,
    /// National programmes, from [`PROGRAMMES`]; read it with [`Venue::programmes`].
    #[serde(skip_serializing_if = "Multi::is_empty")]
    pub dispositif_programmes_nationaux: Multi,
    /// Training labels, from [`LABELS`].
    #[serde(skip_serializing_if = "Multi::is_empty")]
    pub formations_labels: Multi,
    /// Other training labels (free text).
    #[serde(skip_serializing_if = "Multi::is_empty")]
    pub autres_formations_labels: Multi,
    /// How to come, from [`ACCESS`].
    #[serde(skip_serializing_if = "Multi::is_empty")]
    pub modalites_acces: Multi,
    /// How people are supported, from [`SUPPORT_MODES`].
    #[serde(skip_serializing_if = "Multi::is_empty")]
    pub modalites_accompagnement: Multi,
    /// URL of the venue's accessibility sheet (Accès Libre).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fiche_acces_libre: Option<String>,
    /// URL to book an appointment.
    #[serde(skip_serializing_if = "Option::is_none")]
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
        for (field, value) in self.optional_texts() {
            if let Some(v) = value {
                out.push((field, v));
            }
        }
        for (field, values) in self.lists() {
            out.extend(values.0.iter().map(|v| (field, v.as_str())));
        }
        out
    }

    fn optional_texts(&self) -> [(&'static str, &Option<String>); 10] {
        [
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
        ]
    }

    /// The multi-valued fields, in the order of [`MULTI_FIELDS`].
    pub fn lists(&self) -> [(&'static str, &Multi); 13] {
        [
            ("typologie", &self.typologie),
            ("courriels", &self.courriels),
            ("site_web", &self.site_web),
            ("itinerance", &self.itinerance),
            ("services", &self.services),
            ("publics_specifiquement_adresses", &self.publics_specifiquement_adresses),
            ("prise_en_charge_specifique", &self.prise_en_charge_specifique),
            ("frais_a_charge", &self.frais_a_charge),
            ("dispositif_programmes_nationaux", &self.dispositif_programmes_nationaux),
            ("formations_labels", &self.formations_labels),
            ("autres_formations_labels", &self.autres_formations_labels),
            ("modalites_acces", &self.modalites_acces),
            ("modalites_accompagnement", &self.modalites_accompagnement),
        ]
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

    /// Latitude and longitude, when both are given.
    pub fn position(&self) -> Option<(f64, f64)> {
        self.latitude.zip(self.longitude)
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
    /// What is wrong, and how to fix it.
    pub message: String,
}

fn all_digits(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

// The validators below read bytes, never `&s[i..]`: a byte index inside a
// multibyte character ("1é23") would panic, and every value is outside input.

/// `^\d{5}$`.
pub fn is_postcode(s: &str) -> bool {
    s.len() == 5 && all_digits(s)
}

/// INSEE town code, the schema's `^([013-9]\d|2[AB1-9])\d{3}$`: five digits
/// not starting with `20` (Corsica is `2A`/`2B` and three digits).
pub fn is_insee_code(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 5
        && b[2..].iter().all(u8::is_ascii_digit)
        && match (b[0], b[1]) {
            (b'2', b'A' | b'B' | b'1'..=b'9') => true,
            (b'0' | b'1' | b'3'..=b'9', d) => d.is_ascii_digit(),
            _ => false,
        }
}

/// The schema's pivot, `^[a-zA-Z0-9]{9,14}$`: a SIRET (14 digits), an RNA
/// number (`W` and 9 letters or digits), a RIDET, or a 9-digit SIREN (see
/// [`venue_warnings`]).
pub fn is_pivot(s: &str) -> bool {
    (9..=14).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// A real calendar date written YYYY-MM-DD.
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let number = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
    };
    let (Some(y), Some(m), Some(d)) = (number(0..4), number(5..7), number(8..10)) else {
        return false;
    };
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

/// Country codes the schema allows in `telephone`: France and overseas.
pub const PHONE_CODES: [&str; 10] = ["+33", "+590", "+594", "+262", "+596", "+269", "+687", "+689", "+508", "+681"];

/// The schema's phone: one of [`PHONE_CODES`], then 6 to 9 digits, no spaces.
pub fn is_phone(s: &str) -> bool {
    PHONE_CODES.iter().any(|code| {
        s.strip_prefix(code)
            .is_some_and(|d| (6..=9).contains(&d.len()) && all_digits(d))
    })
}

/// An address with one `@`, no space, and a domain with a dot (as the ANCT
/// library's `Courriel`).
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

/// What is wrong with an `opening_hours` value, per OpenStreetMap's grammar
/// (parsed by the `opening-hours-syntax` crate).
#[cfg(feature = "strict-hours")]
pub fn opening_hours_problem(s: &str) -> Option<String> {
    if s.trim().is_empty() {
        return Some("empty opening hours: leave the field out instead".into());
    }
    opening_hours_syntax::parse(&with_short_day_names(s)).err().map(|e| {
        // The parser reports "--> 1:COLUMN"; show the text from there on.
        let detail = e.to_string();
        let column = detail
            .split("-->")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|pos| pos.split(':').nth(1))
            .and_then(|c| c.parse::<usize>().ok());
        let place = match column {
            Some(c) if c >= 1 => {
                let from: String = s.chars().skip(c - 1).collect();
                if from.is_empty() { " (it ends too early)".to_string() } else { format!(" (not understood from character {c}: '{from}')") }
            }
            _ => String::new(),
        };
        format!(
            "'{s}' is not OpenStreetMap opening_hours syntax{place}; write days and 24-hour times like \"Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00\" (YoHours builds it: https://projets.pavie.info/yohours/)"
        )
    })
}

/// English three-letter day names (`Mon`…`Sun`) as OpenStreetMap's two-letter
/// ones: the reference parser (opening_hours.js) reads them with a warning,
/// and real national data carries them ("Mo-Sun 00:00-00:00").
pub fn with_short_day_names(s: &str) -> String {
    const DAYS: [(&str, &str); 7] = [("Mon", "Mo"), ("Tue", "Tu"), ("Wed", "We"), ("Thu", "Th"), ("Fri", "Fr"), ("Sat", "Sa"), ("Sun", "Su")];
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while !rest.is_empty() {
        let boundary_before = out.chars().last().is_none_or(|c| !c.is_ascii_alphabetic());
        let long = DAYS.iter().find(|(long, _)| {
            rest.starts_with(long) && !rest[long.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
        });
        match long {
            Some((long, short)) if boundary_before => {
                out.push_str(short);
                rest = &rest[long.len()..];
            }
            _ => {
                let c = rest.chars().next().unwrap_or_default();
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// Without the `strict-hours` feature (the web app) `horaires` is only checked
/// as plain text and shown as it is written.
#[cfg(not(feature = "strict-hours"))]
pub fn opening_hours_problem(s: &str) -> Option<String> {
    s.trim().is_empty().then(|| "empty opening hours: leave the field out instead".into())
}

/// What is wrong with the form of one value of a list: empty, spaces around
/// it, or several values joined with `;` instead of `|`.
fn list_value_problem(value: &str, vocabulary: Option<&[&str]>) -> Option<String> {
    if value.trim().is_empty() {
        return Some("an empty value in the list: separate values by a single '|', with nothing before the first or after the last".into());
    }
    if value.trim() != value {
        return Some(format!("'{value}' has spaces around it: write values separated by '|' with no spaces, e.g. \"{}\"", value.trim()));
    }
    if let Some(vocabulary) = vocabulary {
        if vocabulary.contains(&value) {
            return None;
        }
        let parts: Vec<&str> = value.split(';').map(str::trim).collect();
        if parts.len() > 1 && parts.iter().all(|p| vocabulary.contains(p)) {
            return Some(format!("'{value}': several values are separated by '|', not ';' — write \"{}\"", parts.join("|")));
        }
        let entry = vocabulary.iter().filter(|e| value.starts_with(*e) && value.len() > e.len()).max_by_key(|e| e.len());
        if let Some(entry) = entry {
            return Some(format!("'{value}' is not a value of the standard: write exactly \"{entry}\" (no explanation after it; put details in presentation_detail)"));
        }
        return Some(format!("'{value}' is not in the standard's list; write one of: {}", vocabulary.join(" · ")));
    }
    None
}

/// Check every constraint of the standard on a list of venues, each problem as
/// `venue[i].field: message`. All problems, not just the first.
pub fn validate_venues(venues: &[Venue]) -> Vec<VenueProblem> {
    let mut problems = Vec::new();
    let mut ids: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, v) in venues.iter().enumerate() {
        let mut found = check_venue(v);
        if !v.id.trim().is_empty() {
            if let Some(&first) = ids.get(v.id.as_str()) {
                found.push(("id", format!("'{}' is already the id of venue[{first}]: each venue needs its own id", v.id)));
            } else {
                ids.insert(v.id.as_str(), i);
            }
        }
        problems.extend(found.into_iter().map(|(field, message)| VenueProblem { index: i, field: field.into(), message }));
    }
    problems
}

/// The problems of one venue alone (everything but the uniqueness of `id`), as
/// (field, message).
pub fn check_venue(v: &Venue) -> Vec<(&'static str, String)> {
    let mut problems: Vec<(&'static str, String)> = Vec::new();
    let mut p = |field: &'static str, message: String| problems.push((field, message));
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
            p(field, "required field is missing or empty: fill it in".into());
        }
    }
    if !v.pivot.is_empty() && !is_pivot(&v.pivot) {
        p("pivot", format!(
            "'{}' must be 9 to 14 letters or digits, no spaces: the establishment's SIRET (14 digits, e.g. \"43493312300029\"), its RNA number (e.g. \"W9R2003255\") or its RIDET",
            v.pivot
        ));
    }
    if !v.code_postal.is_empty() && !is_postcode(&v.code_postal) {
        p("code_postal", format!("'{}' must be exactly 5 digits with no space, e.g. \"51100\"", v.code_postal));
    }
    if !v.date_maj.is_empty() && !is_date(&v.date_maj) {
        p("date_maj", format!("'{}' must be a real date written YYYY-MM-DD (ISO 8601, no time), e.g. \"2024-04-02\"", v.date_maj));
    }
    if let Some(code) = v.code_insee.as_deref().filter(|c| !is_insee_code(c)) {
        p("code_insee", format!(
            "'{code}' is not an INSEE town code: 5 characters, e.g. \"51454\"; in Corsica \"2A\" or \"2B\" and 3 digits (\"2A004\"), never \"20…\""
        ));
    }
    for (field, value, range) in [("latitude", v.latitude, 90.0), ("longitude", v.longitude, 180.0)] {
        if let Some(x) = value.filter(|x| !(x.is_finite() && x.abs() <= range)) {
            p(field, format!("{x} is outside -{range}…{range}: give WGS84 (GPS) degrees, e.g. 43.52609"));
        }
    }
    if let Some(t) = v.telephone.as_deref().filter(|t| !t.is_empty() && !is_phone(t)) {
        p("telephone", format!(
            "'{t}' must be in international format with no spaces: a French code ({}) then the number without its first 0 (6 to 9 digits), e.g. \"+33180059880\"",
            PHONE_CODES.join(", ")
        ));
    }
    for mail in v.courriels.0.iter().filter(|m| !m.is_empty() && !is_email(m)) {
        p("courriels", format!("'{mail}' is not an e-mail address (name@domain.fr); separate several by '|'"));
    }
    for url in v.site_web.0.iter().filter(|u| !u.is_empty() && !is_url(u)) {
        p("site_web", format!("'{url}' must be a full address starting with https:// (or http://); separate several by '|'"));
    }
    for (field, value) in [("fiche_acces_libre", &v.fiche_acces_libre), ("prise_rdv", &v.prise_rdv)] {
        if let Some(url) = value.as_deref().filter(|u| !is_url(u)) {
            let example = if url.contains("://") { String::new() } else { format!(", e.g. \"https://{url}\"") };
            p(field, format!("'{url}' must be a full address starting with https:// (or http://){example}"));
        }
    }
    if let Some(h) = v.horaires.as_deref().and_then(opening_hours_problem) {
        p("horaires", h);
    }
    let vocabularies: BTreeMap<&str, &[&str]> = VOCABULARIES.iter().copied().collect();
    for (field, values) in v.lists() {
        let vocabulary = vocabularies.get(field).copied();
        for value in &values.0 {
            if let Some(m) = list_value_problem(value, vocabulary) {
                p(field, m);
            }
        }
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
    problems
}

/// Great-circle distance between two WGS84 positions (latitude, longitude),
/// in kilometres (haversine, Earth radius 6371 km).
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (a.0.to_radians(), a.1.to_radians(), b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2) + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

/// What the standard allows but deserves a look, as `venue[i].field: message`:
/// a latitude without longitude (or the reverse), which cannot place the venue
/// on a map; a 9-digit pivot (a SIREN names a company, not the venue; the
/// schema accepts it, the ANCT library does not).
pub fn venue_warnings(venues: &[Venue]) -> Vec<VenueProblem> {
    let mut out = Vec::new();
    for (index, v) in venues.iter().enumerate() {
        let mut w = |field: &str, message: &str| out.push(VenueProblem { index, field: field.into(), message: message.into() });
        match (v.latitude, v.longitude) {
            (Some(_), None) => w("longitude", "missing while latitude is given: the venue cannot be placed on a map or found by distance; add it"),
            (None, Some(_)) => w("latitude", "missing while longitude is given: the venue cannot be placed on a map or found by distance; add it"),
            _ => {}
        }
        if let Some(h) = v.horaires.as_deref().filter(|h| with_short_day_names(h) != *h) {
            w("horaires", &format!("'{h}' uses three-letter day names: OpenStreetMap writes \"{}\"", with_short_day_names(h)));
        }
        if v.pivot.len() == 9 && all_digits(&v.pivot) {
            w("pivot", "9 digits: a SIREN names the company, not this venue, and the ANCT library (the national map) rejects it; give the establishment's 14-digit SIRET if it has one");
        }
    }
    out
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
                s.add(1, MatchReason::Nearby(pc.get(..2).unwrap_or(pc).into()));
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
