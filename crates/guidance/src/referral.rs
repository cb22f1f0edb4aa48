//! The referral: turns levels, the skill path and the declarative answers into
//! one main path, complements, plain reasons and training topics, by running an
//! ordered list of rules that live in data (`assessments/referral.toml`).
//!
//! Evaluation (see [`evaluate`]):
//! - rules are read in order; a rule *matches* when all its conditions hold
//!   (a rule without conditions always matches);
//! - the first matching rule with a `main` path decides the main path;
//! - every matching rule's `complement` paths accumulate (never the main path,
//!   never twice);
//! - a matching rule *applies* when it gave the main path, a complement other
//!   than the main path, or has no path at all (a note); an applied rule adds
//!   its reason (the deciding rule's first, then in rule order), its topics and
//!   its Pass numérique eligibility;
//! - the training topics are shown only when training is part of the referral,
//!   and Pass numérique only then too;
//! - if no rule gave a main path (a broken rules file), the skill path decides,
//!   with a built-in reason: the referral is never empty.

use repere_engine::bank::{Bank, LEVEL_COUNT};
use repere_engine::levels::SkillPath;
use repere_engine::session::{Answered, Session};
use serde::de::{self, Deserializer, IntoDeserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::marker::PhantomData;

// ---------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------

/// How soon the person has an online procedure to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    /// No procedure waiting (written `none` in files).
    #[serde(rename = "none")]
    NoProcedure,
    /// A procedure, but not within the month.
    Later,
    /// A procedure to do within the month.
    ThisMonth,
    /// A procedure to do within the week.
    ThisWeek,
}

/// The declarative answers; `None` means unknown or not asked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Declarative {
    /// Has a smartphone they can use.
    pub has_smartphone: Option<bool>,
    /// Has a computer or tablet at home.
    pub has_computer: Option<bool>,
    /// Has an internet connection at home (box or enough mobile data).
    pub internet_at_home: Option<bool>,
    /// Has an email address they can open.
    pub email_usable: Option<bool>,
    /// Has an online procedure to do, and how soon.
    pub procedure: Option<Urgency>,
    /// Wants to learn (and can come to workshops).
    pub wants_to_learn: Option<bool>,
    /// Already gets help from someone (family, social worker, aidant).
    pub help_received: Option<bool>,
    /// Has an account that works with FranceConnect (impots.gouv, ameli,
    /// L'Identité Numérique La Poste, MSA, France Identité…): what signing an
    /// Aidants Connect mandate needs. Like every declarative answer, never
    /// stored or sent (not in records, result codes or embed messages).
    pub franceconnect_account: Option<bool>,
}

/// One domain's level and its precision, as the referral sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DomainLevel {
    /// Domain id of the bank, e.g. `email`.
    pub domain: String,
    /// Plain level 1..=4.
    pub level: u8,
    /// Standard error of θ in this domain.
    pub se: f64,
}

/// Everything the referral rules look at.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReferralInput {
    /// Per-domain levels (domains not measured may be absent).
    pub domains: Vec<DomainLevel>,
    /// The skill-based path from the engine.
    pub skill_path: SkillPath,
    /// Posterior probability of each skill path, most support first
    /// (accompany, train, autonomous).
    pub path_probabilities: [f64; 3],
    /// The declarative answers.
    pub declarative: Declarative,
    /// Training topics tied to the items missed (see [`missed_topics`]).
    pub topics: Vec<String>,
}

impl ReferralInput {
    /// The input for a finished (or stopped) session and the declarative
    /// answers; domains that the evidence rule does not count as measured are left out.
    pub fn from_session(session: &Session, declarative: Declarative) -> ReferralInput {
        ReferralInput {
            // Only measured domains: a rule never fires on a level the
            // engine did not measure (repere_engine::evidence).
            domains: session
                .estimates()
                .into_iter()
                .filter(|e| e.is_measured())
                .map(|e| DomainLevel {
                    domain: e.domain,
                    level: e.level,
                    se: e.se,
                })
                .collect(),
            skill_path: verdict_path(session),
            path_probabilities: session.path_probabilities(),
            declarative,
            topics: missed_topics(session.bank(), session.history()),
        }
    }

    /// Probability of the skill path the engine chose: how sure it is.
    pub fn confidence(&self) -> f64 {
        self.path_probabilities[self.skill_path.rank()]
    }

    fn level(&self, domain: &str) -> Option<u8> {
        self.domains
            .iter()
            .find(|d| d.domain == domain)
            .map(|d| d.level)
    }
}

/// The skill path the rules may act on. An extreme verdict (accompany, or
/// autonomous) needs at least as many scored answers as a screening's
/// minimum length (`bank.toml`, justified by simulation there); a test stopped
/// earlier ("finish now") gets the middle path, help to learn, which never
/// hands a person's procedures over nor sends them away alone on a guess.
pub fn verdict_path(session: &Session) -> SkillPath {
    let scored = session.history().iter().filter(|a| a.correct.is_some()).count();
    match session.skill_path() {
        SkillPath::Accompany | SkillPath::Autonomous if scored < session.bank().settings.screening.min_items => SkillPath::Train,
        path => path,
    }
}

/// Topics of the items answered wrongly or with "I don't know" (skipped items
/// say nothing), each once, in the order first missed. Unknown items are ignored.
pub fn missed_topics(bank: &Bank, history: &[Answered]) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut topics = Vec::new();
    for answered in history.iter().filter(|a| a.correct == Some(false)) {
        let Some(item) = bank.items.iter().find(|i| i.id == answered.item) else {
            continue;
        };
        for tag in &item.tags {
            if seen.insert(tag.clone()) {
                topics.push(tag.clone());
            }
        }
    }
    topics
}

// ---------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------

/// A path a person can be sent on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Path {
    /// Autonomous: resources to go further (e.g. a PIX certification).
    Autonomous,
    /// Workshops with a conseiller numérique on the named topics.
    Training,
    /// An authorised aidant does the procedure with a mandate.
    AidantsConnect,
    /// Equipment and connection first (low-price devices, connection offers).
    EquipmentFirst,
}

impl Path {
    /// Every path, in a fixed order.
    pub const ALL: [Path; 4] = [
        Path::Autonomous,
        Path::Training,
        Path::AidantsConnect,
        Path::EquipmentFirst,
    ];

    /// Stable id, as written in rules files and result codes.
    pub fn id(self) -> &'static str {
        match self {
            Path::Autonomous => "autonomous",
            Path::Training => "training",
            Path::AidantsConnect => "aidants_connect",
            Path::EquipmentFirst => "equipment_first",
        }
    }

    /// The Fluent message naming this path, e.g. `path-aidants_connect`.
    pub fn message_id(self) -> String {
        format!("path-{}", self.id())
    }

    /// The path that follows from skills alone: nothing said about a
    /// procedure, so low skills mean human help to learn (docs/referral.md),
    /// never Aidants Connect.
    pub fn from_skills(skill: SkillPath) -> Path {
        match skill {
            SkillPath::Accompany => Path::Training,
            SkillPath::Train => Path::Training,
            SkillPath::Autonomous => Path::Autonomous,
        }
    }
}

/// Why a path was chosen: a Fluent message id and its arguments.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Reason {
    /// Fluent message id, e.g. `reason-urgent-procedure`.
    pub id: String,
    /// Arguments: `domain` holds a domain id when the rule is about one domain;
    /// the UI passes the domain's name (message `domain-<id>`) as `$domain`.
    pub args: BTreeMap<String, String>,
}

/// The referral shown to the person and the aidant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Referral {
    /// The main path (always present).
    pub main: Path,
    /// Further paths, in rule order, never the main path, never twice.
    pub complements: Vec<Path>,
    /// Reasons in rule order (at least one).
    pub reasons: Vec<Reason>,
    /// Training topics (missed items' topics, then the rules' own), only when
    /// training is the main path or a complement.
    pub topics: Vec<String>,
    /// Eligible for Pass numérique vouchers (only with training).
    pub pass_numerique: bool,
}

impl Referral {
    /// The main path followed by the complements.
    pub fn paths(&self) -> impl Iterator<Item = Path> + '_ {
        std::iter::once(self.main).chain(self.complements.iter().copied())
    }

    /// Whether a path is the main one or a complement.
    pub fn includes(&self, path: Path) -> bool {
        self.paths().any(|p| p == path)
    }
}

/// Reason given when no rule decided the main path (a broken rules file):
/// `reason-skills-<path id>`.
pub fn fallback_reason(path: Path) -> String {
    format!("reason-skills-{}", path.id())
}

// ---------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------

/// A yes/no declarative answer as written in rules: `yes`, `no` or `unknown`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// Answered yes.
    Yes,
    /// Answered no.
    No,
    /// Not asked or "I don't know".
    Unknown,
}

impl Answer {
    /// The answer for an optional boolean.
    pub fn of(value: Option<bool>) -> Answer {
        match value {
            Some(true) => Answer::Yes,
            Some(false) => Answer::No,
            None => Answer::Unknown,
        }
    }
}

/// Urgency as written in rules: an [`Urgency`] or `unknown`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UrgencyAnswer {
    /// No procedure.
    None,
    /// A procedure later.
    Later,
    /// Within the month.
    ThisMonth,
    /// Within the week.
    ThisWeek,
    /// Not asked or not known.
    Unknown,
}

impl UrgencyAnswer {
    /// The rules' value for an optional urgency.
    pub fn of(value: Option<Urgency>) -> UrgencyAnswer {
        match value {
            Some(Urgency::NoProcedure) => UrgencyAnswer::None,
            Some(Urgency::Later) => UrgencyAnswer::Later,
            Some(Urgency::ThisMonth) => UrgencyAnswer::ThisMonth,
            Some(Urgency::ThisWeek) => UrgencyAnswer::ThisWeek,
            None => UrgencyAnswer::Unknown,
        }
    }
}

/// One value or a list of values (`"no"` or `["no", "unknown"]` in TOML):
/// the condition holds when the actual value is one of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OneOf<T>(pub Vec<T>);

impl<T: PartialEq> OneOf<T> {
    /// Whether `value` is listed.
    pub fn contains(&self, value: &T) -> bool {
        self.0.contains(value)
    }

    /// Whether every value of `self` is listed in `other`.
    pub fn is_subset_of(&self, other: &OneOf<T>) -> bool {
        self.0.iter().all(|v| other.0.contains(v))
    }
}

impl<T: Serialize> Serialize for OneOf<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for OneOf<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = OneOf<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(
                    "a value in quotes or a list of values, e.g. \"no\" or [\"no\", \"unknown\"]",
                )
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(OneOf(vec![T::deserialize(v.into_deserializer())?]))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some(v) = seq.next_element()? {
                    out.push(v);
                }
                Ok(OneOf(out))
            }
        }
        d.deserialize_any(V(PhantomData))
    }
}

/// One rule: conditions (all must hold; none = always) and outcomes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// A short unique name (lowercase letters, digits, '-').
    pub id: String,

    // --- conditions on the declarative answers ---
    /// Urgency of a procedure is one of these.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<OneOf<UrgencyAnswer>>,
    /// Has a smartphone: yes / no / unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_smartphone: Option<OneOf<Answer>>,
    /// Has a computer or tablet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_computer: Option<OneOf<Answer>>,
    /// Has internet at home.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_at_home: Option<OneOf<Answer>>,
    /// Has an email address they can open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_usable: Option<OneOf<Answer>>,
    /// Wants to learn.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wants_to_learn: Option<OneOf<Answer>>,
    /// Already gets help.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help_received: Option<OneOf<Answer>>,
    /// Has an account that works with FranceConnect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub franceconnect_account: Option<OneOf<Answer>>,

    // --- conditions on skills ---
    /// The skill path is one of these.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skill_path: Option<OneOf<SkillPath>>,
    /// Each named domain's level is at most the number (a domain not measured fails).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub level_at_most: BTreeMap<String, u8>,
    /// Each named domain's level is at least the number (a domain not measured fails).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub level_at_least: BTreeMap<String, u8>,
    /// Some measured domain's level is at most the number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub any_level_at_most: Option<u8>,
    /// Every measured domain's level is at least the number (and one was measured).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all_levels_at_least: Option<u8>,
    /// The engine's probability for its skill path is below this (imprecise result).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence_below: Option<f64>,

    // --- outcomes ---
    /// The main path, if this is the first matching rule that has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub main: Option<Path>,
    /// Paths added as complements.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complement: Option<OneOf<Path>>,
    /// Fluent message id of the reason shown when the rule applies.
    pub reason: String,
    /// Training topics added when the rule applies.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
    /// Makes the person eligible for Pass numérique when the rule applies.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub pass_numerique: bool,
}

/// The names of the condition fields, for messages and docs.
pub const CONDITION_FIELDS: [&str; 14] = [
    "procedure",
    "has_smartphone",
    "has_computer",
    "internet_at_home",
    "email_usable",
    "wants_to_learn",
    "help_received",
    "franceconnect_account",
    "skill_path",
    "level_at_most",
    "level_at_least",
    "any_level_at_most",
    "all_levels_at_least",
    "confidence_below",
];

impl Rule {
    /// True when the rule has no condition (it always matches).
    pub fn is_unconditional(&self) -> bool {
        self.procedure.is_none()
            && self.has_smartphone.is_none()
            && self.has_computer.is_none()
            && self.internet_at_home.is_none()
            && self.email_usable.is_none()
            && self.wants_to_learn.is_none()
            && self.help_received.is_none()
            && self.franceconnect_account.is_none()
            && self.skill_path.is_none()
            && self.level_at_most.is_empty()
            && self.level_at_least.is_empty()
            && self.any_level_at_most.is_none()
            && self.all_levels_at_least.is_none()
            && self.confidence_below.is_none()
    }

    /// Whether all the conditions hold for `input`.
    pub fn matches(&self, input: &ReferralInput) -> bool {
        let d = &input.declarative;
        let answer = |cond: &Option<OneOf<Answer>>, value: Option<bool>| {
            cond.as_ref().is_none_or(|c| c.contains(&Answer::of(value)))
        };
        self.procedure
            .as_ref()
            .is_none_or(|c| c.contains(&UrgencyAnswer::of(d.procedure)))
            && answer(&self.has_smartphone, d.has_smartphone)
            && answer(&self.has_computer, d.has_computer)
            && answer(&self.internet_at_home, d.internet_at_home)
            && answer(&self.email_usable, d.email_usable)
            && answer(&self.wants_to_learn, d.wants_to_learn)
            && answer(&self.help_received, d.help_received)
            && answer(&self.franceconnect_account, d.franceconnect_account)
            && self
                .skill_path
                .as_ref()
                .is_none_or(|c| c.contains(&input.skill_path))
            && self
                .level_at_most
                .iter()
                .all(|(dom, &n)| input.level(dom).is_some_and(|l| l <= n))
            && self
                .level_at_least
                .iter()
                .all(|(dom, &n)| input.level(dom).is_some_and(|l| l >= n))
            && self
                .any_level_at_most
                .is_none_or(|n| input.domains.iter().any(|x| x.level <= n))
            && self.all_levels_at_least.is_none_or(|n| {
                !input.domains.is_empty() && input.domains.iter().all(|x| x.level >= n)
            })
            && self.confidence_below.is_none_or(|c| input.confidence() < c)
    }

    /// The domain a reason is about: the first one named in the level
    /// conditions, else the lowest domain satisfying `any_level_at_most`.
    fn reason_domain(&self, input: &ReferralInput) -> Option<String> {
        if let Some(d) = self
            .level_at_most
            .keys()
            .chain(self.level_at_least.keys())
            .next()
        {
            return Some(d.clone());
        }
        let n = self.any_level_at_most?;
        input
            .domains
            .iter()
            .filter(|x| x.level <= n)
            .min_by_key(|x| x.level)
            .map(|x| x.domain.clone())
    }

    /// True when every input matching `later` also matches `self`: each
    /// condition of `self` is implied by one of `later`'s. Conservative: may
    /// answer false for some real implications, never true wrongly.
    pub fn covers(&self, later: &Rule) -> bool {
        fn list<T: PartialEq>(a: &Option<OneOf<T>>, b: &Option<OneOf<T>>) -> bool {
            match (a, b) {
                (None, _) => true,
                (Some(_), None) => false,
                (Some(a), Some(b)) => b.is_subset_of(a),
            }
        }
        let at_most = self
            .level_at_most
            .iter()
            .all(|(d, &n)| later.level_at_most.get(d).is_some_and(|&m| m <= n))
            && self
                .level_at_least
                .iter()
                .all(|(d, &n)| later.level_at_least.get(d).is_some_and(|&m| m >= n));
        let any = self.any_level_at_most.is_none_or(|n| {
            later.any_level_at_most.is_some_and(|m| m <= n)
                || later.level_at_most.values().any(|&m| m <= n)
        });
        let all = self
            .all_levels_at_least
            .is_none_or(|n| later.all_levels_at_least.is_some_and(|m| m >= n));
        let conf = self
            .confidence_below
            .is_none_or(|c| later.confidence_below.is_some_and(|m| m <= c));
        list(&self.procedure, &later.procedure)
            && list(&self.has_smartphone, &later.has_smartphone)
            && list(&self.has_computer, &later.has_computer)
            && list(&self.internet_at_home, &later.internet_at_home)
            && list(&self.email_usable, &later.email_usable)
            && list(&self.wants_to_learn, &later.wants_to_learn)
            && list(&self.help_received, &later.help_received)
            && list(&self.franceconnect_account, &later.franceconnect_account)
            && list(&self.skill_path, &later.skill_path)
            && at_most
            && any
            && all
            && conf
    }

    /// Whether the two rules have exactly the same conditions.
    pub fn same_conditions(&self, other: &Rule) -> bool {
        self.covers(other) && other.covers(self)
    }

    /// Conditions that can never all hold, as plain messages.
    pub fn contradictions(&self) -> Vec<String> {
        let mut out = Vec::new();
        let empty = |name: &str, len: Option<usize>, out: &mut Vec<String>| {
            if len == Some(0) {
                out.push(format!(
                    "'{name}' lists no value, so the rule never matches"
                ));
            }
        };
        empty(
            "procedure",
            self.procedure.as_ref().map(|c| c.0.len()),
            &mut out,
        );
        for (name, c) in [
            ("has_smartphone", &self.has_smartphone),
            ("has_computer", &self.has_computer),
            ("internet_at_home", &self.internet_at_home),
            ("email_usable", &self.email_usable),
            ("wants_to_learn", &self.wants_to_learn),
            ("help_received", &self.help_received),
            ("franceconnect_account", &self.franceconnect_account),
        ] {
            empty(name, c.as_ref().map(|c| c.0.len()), &mut out);
        }
        empty(
            "skill_path",
            self.skill_path.as_ref().map(|c| c.0.len()),
            &mut out,
        );
        let max = LEVEL_COUNT as u8;
        for (name, map) in [
            ("level_at_most", &self.level_at_most),
            ("level_at_least", &self.level_at_least),
        ] {
            for (d, &n) in map {
                if !(1..=max).contains(&n) {
                    out.push(format!("{name}.{d} = {n}: levels go from 1 to {max}"));
                }
            }
        }
        for (name, v) in [
            ("any_level_at_most", self.any_level_at_most),
            ("all_levels_at_least", self.all_levels_at_least),
        ] {
            if let Some(n) = v.filter(|n| !(1..=max).contains(n)) {
                out.push(format!("{name} = {n}: levels go from 1 to {max}"));
            }
        }
        for (d, &low) in &self.level_at_least {
            if let Some(&high) = self.level_at_most.get(d) {
                if low > high {
                    out.push(format!(
                        "domain '{d}' cannot be at least level {low} and at most level {high}"
                    ));
                }
            }
        }
        if let Some(all) = self.all_levels_at_least {
            for (d, &high) in &self.level_at_most {
                if high < all {
                    out.push(format!(
                        "all_levels_at_least = {all} contradicts level_at_most.{d} = {high}"
                    ));
                }
            }
            if let Some(any) = self.any_level_at_most.filter(|&any| any < all) {
                out.push(format!(
                    "all_levels_at_least = {all} contradicts any_level_at_most = {any}"
                ));
            }
        }
        if let Some(c) = self.confidence_below {
            if !(c > 0.0 && c <= 1.0) {
                out.push(format!(
                    "confidence_below = {c} must be above 0 and at most 1"
                ));
            }
        }
        out
    }
}

/// The whole rules file, in order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSet {
    /// Format version (1).
    pub version: u32,
    /// The rules, in order; the last one must be the default (no condition, a main path).
    #[serde(rename = "rule", default)]
    pub rules: Vec<Rule>,
    /// The thematics of the conseillers' activity report that a fiche
    /// suggests (La Coop de la médiation numérique's own labels).
    #[serde(default)]
    pub report: ReportThemes,
}

/// Which thematics of the conseillers' activity report a result maps to:
/// `always` for every diagnostic, then those of each domain still hard.
/// The labels are the reporting tool's own (French) words, copied as they are.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ReportThemes {
    pub always: Vec<String>,
    pub domains: BTreeMap<String, Vec<String>>,
}

impl ReportThemes {
    /// `always`, then the themes of `hard_domains` in that order, each once.
    pub fn for_domains<'a>(&'a self, hard_domains: impl IntoIterator<Item = &'a String>) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let themes = self.always.iter().chain(hard_domains.into_iter().filter_map(|d| self.domains.get(d)).flatten());
        for theme in themes {
            if !out.contains(theme) {
                out.push(theme.clone());
            }
        }
        out
    }
}

/// A problem in a rule set, attached to a rule id when it concerns one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleProblem {
    /// The rule concerned, if any.
    pub rule: Option<String>,
    /// What is wrong and what to do.
    pub message: String,
}

impl RuleSet {
    /// Every reason id the rules and the built-in fallback may produce.
    pub fn reason_ids(&self) -> BTreeSet<String> {
        let mut ids: BTreeSet<String> = self.rules.iter().map(|r| r.reason.clone()).collect();
        ids.extend(Path::ALL.iter().map(|&p| fallback_reason(p)));
        ids
    }

    /// Every consistency rule: ids, known domains and topics, contradictions,
    /// unreachable or duplicate rules, and the default. `domains` and `topics`
    /// are the bank's ids (pass `None` to skip those checks).
    pub fn check(&self, domains: Option<&[&str]>, topics: Option<&[&str]>) -> Vec<RuleProblem> {
        let mut problems = Vec::new();
        let at = |r: &Rule, m: String| RuleProblem {
            rule: Some(r.id.clone()),
            message: m,
        };
        for (domain, themes) in std::iter::once((None, &self.report.always)).chain(self.report.domains.iter().map(|(d, t)| (Some(d), t))) {
            if let (Some(d), Some(known)) = (domain, domains) {
                if !known.contains(&d.as_str()) {
                    problems.push(RuleProblem { rule: None, message: format!("report.domains: unknown domain '{d}' (the bank's domains: {})", known.join(", ")) });
                }
            }
            for theme in themes {
                if theme.trim().is_empty() || theme.chars().count() > 80 || theme.chars().any(char::is_control) {
                    problems.push(RuleProblem { rule: None, message: format!("report: the theme '{}' must be a label of 1 to 80 characters, as the reporting tool writes it", theme.escape_debug()) });
                }
            }
        }
        if self.version != 1 {
            problems.push(RuleProblem {
                rule: None,
                message: format!("version must be 1, got {}", self.version),
            });
        }
        let mut ids = BTreeSet::new();
        for (i, r) in self.rules.iter().enumerate() {
            if !repere_engine::bank::is_valid_id(&r.id) {
                problems.push(at(r, format!("rule id '{}': use lowercase letters, digits and '-', starting with a letter", r.id)));
            }
            if !ids.insert(r.id.as_str()) {
                problems.push(at(r, format!("rule id '{}' is used twice", r.id)));
            }
            if !is_fluent_id(&r.reason) {
                problems.push(at(r, format!("reason '{}' is not a valid message id (letters, digits, '-', '_', starting with a letter)", r.reason)));
            }
            for m in r.contradictions() {
                problems.push(at(r, m));
            }
            if let Some(domains) = domains {
                for d in r.level_at_most.keys().chain(r.level_at_least.keys()) {
                    if !domains.contains(&d.as_str()) {
                        problems.push(at(
                            r,
                            format!("unknown domain '{d}' (domains: {})", domains.join(", ")),
                        ));
                    }
                }
            }
            if let Some(topics) = topics {
                for t in &r.topics {
                    if !topics.contains(&t.as_str()) {
                        problems.push(at(
                            r,
                            format!("unknown topic '{t}' (declare it as a [[topic]] in bank.toml)"),
                        ));
                    }
                }
            }
            if let Some(c) = &r.complement {
                let mut seen = BTreeSet::new();
                for p in &c.0 {
                    if Some(*p) == r.main {
                        problems.push(at(
                            r,
                            format!("'{}' is both the main path and a complement", p.id()),
                        ));
                    }
                    if !seen.insert(*p) {
                        problems.push(at(r, format!("complement '{}' is listed twice", p.id())));
                    }
                }
            }
            if r.pass_numerique
                && r.main != Some(Path::Training)
                && !r
                    .complement
                    .as_ref()
                    .is_some_and(|c| c.contains(&Path::Training))
            {
                problems.push(at(
                    r,
                    "pass_numerique = true needs main or complement \"training\" in the same rule"
                        .into(),
                ));
            }
            // Reachability against earlier rules.
            for earlier in &self.rules[..i] {
                if earlier.is_unconditional() && earlier.main.is_some() {
                    problems.push(at(
                        r,
                        format!("never used: rule '{}' before it has no condition and always decides; move the default rule to the end", earlier.id),
                    ));
                    break;
                }
                if r.main.is_some() && earlier.main.is_some() && earlier.covers(r) {
                    let what = if r.same_conditions(earlier) {
                        if r.main == earlier.main {
                            "duplicates"
                        } else {
                            "contradicts"
                        }
                    } else {
                        "is shadowed by"
                    };
                    problems.push(at(
                        r,
                        format!(
                            "its main path can never apply: it {what} rule '{}', which comes first and matches whenever this one does",
                            earlier.id
                        ),
                    ));
                    break;
                }
                if r.main.is_none()
                    && earlier.main.is_none()
                    && r.same_conditions(earlier)
                    && r.complement == earlier.complement
                    && r.reason == earlier.reason
                {
                    problems.push(at(
                        r,
                        format!(
                            "duplicates rule '{}' (same conditions and outcomes)",
                            earlier.id
                        ),
                    ));
                    break;
                }
            }
        }
        match self.rules.last() {
            Some(last) if last.is_unconditional() && last.main.is_some() => {}
            Some(last) => problems.push(at(
                last,
                "the last rule must be the default: no condition and a main path (e.g. main = \"training\")".into(),
            )),
            None => problems.push(RuleProblem { rule: None, message: "there is no [[rule]]: add at least the default rule".into() }),
        }
        problems
    }
}

/// Fluent message ids: an ASCII letter, then letters, digits, '-' or '_'.
pub fn is_fluent_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Run the rules on one person's input. Total and deterministic: always a main
/// path and at least one reason, complements never repeat the main path.
pub fn evaluate(rules: &RuleSet, input: &ReferralInput) -> Referral {
    let matching: Vec<&Rule> = rules.rules.iter().filter(|r| r.matches(input)).collect();
    let decider = matching.iter().position(|r| r.main.is_some());
    let main: Option<Path> = decider.and_then(|i| matching[i].main);
    let mut complements: Vec<Path> = Vec::new();
    let mut reasons: Vec<Reason> = Vec::new();
    let mut extra_topics: Vec<String> = Vec::new();
    let mut pass = false;
    // The deciding rule first (its reason leads), then the others in order.
    let order = decider.into_iter().chain((0..matching.len()).filter(|&i| Some(i) != decider));
    for i in order {
        let rule = matching[i];
        let gave_main = Some(i) == decider;
        // A complement that is the main path gives nothing.
        let given: Vec<Path> = rule.complement.iter().flat_map(|c| c.0.iter().copied()).filter(|&p| Some(p) != main).collect();
        let note = rule.main.is_none() && rule.complement.is_none();
        if !(gave_main || !given.is_empty() || note) {
            continue;
        }
        for p in given {
            if !complements.contains(&p) {
                complements.push(p);
            }
        }
        let mut args = BTreeMap::new();
        if let Some(d) = rule.reason_domain(input) {
            args.insert("domain".to_string(), d);
        }
        let reason = Reason {
            id: rule.reason.clone(),
            args,
        };
        if !reasons.contains(&reason) {
            reasons.push(reason);
        }
        extra_topics.extend(rule.topics.iter().cloned());
        pass |= rule.pass_numerique;
    }
    let main = main.unwrap_or_else(|| {
        let path = Path::from_skills(input.skill_path);
        reasons.push(Reason {
            id: fallback_reason(path),
            args: BTreeMap::new(),
        });
        path
    });
    if reasons.is_empty() {
        reasons.push(Reason {
            id: fallback_reason(main),
            args: BTreeMap::new(),
        });
    }
    complements.retain(|&p| p != main);
    let training = main == Path::Training || complements.contains(&Path::Training);
    let mut topics = Vec::new();
    if training {
        for t in input.topics.iter().chain(extra_topics.iter()) {
            if !topics.contains(t) {
                topics.push(t.clone());
            }
        }
    }
    Referral {
        main,
        complements,
        reasons,
        topics,
        pass_numerique: pass && training,
    }
}

#[cfg(test)]
mod tests;
