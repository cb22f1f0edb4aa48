//! The item bank: domains, items with their IRT parameters, the prior, cut
//! scores and content rules. Pure data plus the checks that make a bank safe to
//! run. Parsing files (TOML, with file and line) lives in `repere-content`; this
//! module only knows the in-memory model, which is also what the web app embeds
//! (as JSON written at build time).

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Four plain-language levels per domain, lowest first.
pub const LEVEL_COUNT: usize = 4;

/// Discrimination bounds an untested item must stay within (see ASSESSMENT.md).
pub const MIN_DISCRIMINATION: f64 = 0.5;
pub const MAX_DISCRIMINATION: f64 = 2.5;
/// The median discrimination of a bank may not exceed this: good figures must
/// come from the method, not from optimistic parameters.
pub const MAX_MEDIAN_DISCRIMINATION: f64 = 1.5;

/// Highest loading on the general factor a domain may have: the engine's g
/// grid keeps path and level probabilities within 0.01 of a fine-grid
/// reference up to here (`tests/reference.rs`); at 0.95 it did not.
pub const MAX_LOADING: f64 = 0.9;

/// A whole bank, ready for the engine.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Bank {
    pub settings: Settings,
    pub domains: Vec<Domain>,
    pub topics: Vec<Topic>,
    pub items: Vec<Item>,
}

/// Global engine settings set by the bank's authors.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Settings {
    /// Cuts on θ between the four levels (three increasing numbers).
    pub level_cuts: [f64; LEVEL_COUNT - 1],
    /// Cuts on overall ability between the skill paths, from most to least
    /// support needed: below `referral_cuts[0]` → accompany (Aidants Connect),
    /// below `referral_cuts[1]` → train, else autonomous.
    pub referral_cuts: [f64; 2],
    pub screening: ModeSettings,
    pub profile: ModeSettings,
    /// Randomesque exposure control: choose at random among this many best items.
    pub randomesque: usize,
}

/// Length and stopping rules for one mode.
///
/// Screening stops once the skill path is settled; profile once every
/// domain's level and the skill path are settled. "Settled" means the most
/// probable class is *materially* wrong with small posterior probability:
/// the true value lies beyond that class's band by more than an indifference
/// margin (a sequential test against the cuts with an indifference zone;
/// without it people close to a cut are never settled and run to the maximum
/// for a decision that hardly matters).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ModeSettings {
    pub min_items: usize,
    pub max_items: usize,
    /// Profile, optional (0: unused): also require every domain's posterior
    /// SD to be under this before stopping.
    #[serde(default)]
    pub se_target: f64,
    /// Both modes: the path is settled when P(overall ability lies beyond the
    /// most probable path's band by more than `path_indifference`) is at most
    /// 1 − decision_confidence.
    #[serde(default = "default_decision_confidence")]
    pub decision_confidence: f64,
    /// Half-width of the indifference zone around each referral cut.
    #[serde(default = "default_path_indifference")]
    pub path_indifference: f64,
    /// Profile: a domain's level is settled when P(θ lies beyond the most
    /// probable level's band by more than `level_indifference`) is at most
    /// 1 − level_confidence.
    #[serde(default = "default_level_confidence")]
    pub level_confidence: f64,
    /// Half-width of the indifference zone around each level cut.
    #[serde(default = "default_level_indifference")]
    pub level_indifference: f64,
    /// Profile: minimum items per domain before stopping.
    #[serde(default)]
    pub min_items_per_domain: usize,
    /// Profile, optional (0: unused): the floor stop. When the posterior
    /// puts overall ability below the lowest referral cut (accompany) with
    /// at least this probability, a domain whose level is not settled no
    /// longer holds the test open once θ lies below the second level cut
    /// (découverte or « les bases ») with at least this probability: the
    /// level shown is then one of the two lowest and within one level of
    /// the truth with that probability, and the path cannot change. See
    /// [`crate::select::floor_settled`].
    #[serde(default, skip_serializing_if = "is_zero")]
    pub floor_confidence: f64,
    /// Exposure control by item eligibility (Sympson–Hetter, decided once per
    /// session): item id → probability that the item is available to a
    /// session; items not listed are always available. Calibrated by
    /// simulation (`repere simulate --calibrate-exposure`) so that no item is
    /// shown to more than the target share of sessions; used when the
    /// exposure method is `eligibility`.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub eligibility: std::collections::BTreeMap<String, f64>,
}

fn is_zero(x: &f64) -> bool {
    *x == 0.0
}

fn default_decision_confidence() -> f64 {
    0.9
}
fn default_path_indifference() -> f64 {
    0.2
}
fn default_level_confidence() -> f64 {
    0.8
}
fn default_level_indifference() -> f64 {
    0.3
}

impl Default for ModeSettings {
    fn default() -> Self {
        Self {
            min_items: 0,
            max_items: 1,
            se_target: 0.0,
            decision_confidence: default_decision_confidence(),
            path_indifference: default_path_indifference(),
            level_confidence: default_level_confidence(),
            level_indifference: default_level_indifference(),
            min_items_per_domain: 0,
            floor_confidence: 0.0,
            eligibility: Default::default(),
        }
    }
}

/// One skill domain and its part of the correlated prior.
///
/// The prior is a general factor model: θ_d = mean_d + sd_d·(λ_d·g + √(1−λ_d²)·e_d)
/// with g, e_d independent standard normals, so corr(θ_d, θ_k) = λ_d·λ_k.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Domain {
    pub id: String,
    pub prior_mean: f64,
    pub prior_sd: f64,
    /// Loading λ_d on the general factor, in [0, 1).
    pub loading: f64,
    /// Weight of this domain in overall ability (weights are normalised).
    #[serde(default = "one")]
    pub weight: f64,
}

fn one() -> f64 {
    1.0
}

/// A training topic that items are tagged with; the referral uses them.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Topic {
    pub id: String,
    /// Service in the national venue vocabulary that teaches this topic.
    pub service: String,
}

/// How an item is answered and rendered.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Interaction {
    /// Pick one option (text options, optionally over an illustration).
    Choice { options: Vec<String>, answer: String },
    /// Tap one region of a simulated screen: rectangles in percent of the
    /// image's width and height (the image is `Item::image`).
    Hotspot { regions: Vec<Region>, answer: String },
    /// Put steps in order; `steps` lists them in one correct order. `free`
    /// names groups of consecutive steps that may come in any order among
    /// themselves (e.g. typing the job and the town): any order of each group,
    /// the rest as listed, is correct.
    Order {
        steps: Vec<String>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        free: Vec<Vec<String>>,
    },
    /// Type a very short answer; compared trimmed, case- and space-insensitively.
    Entry { accept: Vec<String> },
}

/// A tappable rectangle on a simulated screen.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Region {
    pub id: String,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

/// One question. Its texts live in the locale files under keys derived from
/// `id` (see `repere-content`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Item {
    pub id: String,
    pub domain: String,
    /// 1..=4, the plain level the authors target.
    pub level: u8,
    /// Discrimination.
    pub a: f64,
    /// Difficulty.
    pub b: f64,
    /// Guessing floor (3PL), 0 for none.
    #[serde(default)]
    pub c: f64,
    #[serde(flatten)]
    pub interaction: Interaction,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Illustration path relative to `public/`, e.g. `img/items/inbox.svg`.
    #[serde(default)]
    pub image: Option<String>,
    /// Items that must never appear in the same session as this one.
    #[serde(default)]
    pub enemies: Vec<String>,
    /// Clones of one templated task share a family; one clone per session.
    #[serde(default)]
    pub family: Option<String>,
    /// Asked before any other item (e.g. "can use the touch screen").
    #[serde(default)]
    pub prerequisite: bool,
}

/// What a person answered to one item.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Response {
    /// An option id (choice) or region id (hotspot).
    Pick(String),
    /// Step ids in the chosen order.
    Order(Vec<String>),
    /// Typed text.
    Entry(String),
    /// "I don't know": scored as incorrect, never penalised in tone.
    DontKnow,
    /// Skipped or timed out: recorded, carries no information.
    Skipped,
}

/// A response that does not fit the item it answers: the UI sent something
/// the item cannot receive (a bug to report, never a wrong answer to score).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScoreError {
    #[error("item '{item}' is a {expected} item but received a {got} response")]
    WrongKind { item: String, expected: &'static str, got: &'static str },
    #[error("item '{item}' has no option or region '{id}'")]
    UnknownChoice { item: String, id: String },
    #[error("item '{item}': an order must list each of its {steps} steps once")]
    NotAnOrder { item: String, steps: usize },
}

impl Response {
    /// The kind of response, as in bank files ("choice or hotspot" for a pick).
    pub fn kind_name(&self) -> &'static str {
        match self {
            Response::Pick(_) => "pick",
            Response::Order(_) => "order",
            Response::Entry(_) => "entry",
            Response::DontKnow => "dont_know",
            Response::Skipped => "skipped",
        }
    }
}

impl Item {
    /// Score a response: `Ok(Some(true/false))`, or `Ok(None)` when it carries
    /// no information (skipped). A response that cannot answer this item (a
    /// pick for an ordering, an option the item does not have, an order that is
    /// not a permutation of the steps) is an error, not a wrong answer.
    pub fn score(&self, response: &Response) -> Result<Option<bool>, ScoreError> {
        let wrong_kind = || ScoreError::WrongKind {
            item: self.id.clone(),
            expected: self.kind_name(),
            got: response.kind_name(),
        };
        match (response, &self.interaction) {
            (Response::Skipped, _) => Ok(None),
            (Response::DontKnow, _) => Ok(Some(false)),
            (Response::Pick(id), Interaction::Choice { options, answer }) => {
                if options.contains(id) {
                    Ok(Some(id == answer))
                } else {
                    Err(ScoreError::UnknownChoice { item: self.id.clone(), id: id.clone() })
                }
            }
            (Response::Pick(id), Interaction::Hotspot { regions, answer }) => {
                if regions.iter().any(|r| &r.id == id) {
                    Ok(Some(id == answer))
                } else {
                    Err(ScoreError::UnknownChoice { item: self.id.clone(), id: id.clone() })
                }
            }
            (Response::Order(ids), Interaction::Order { steps, free }) => {
                let mut given: Vec<&String> = ids.iter().collect();
                let mut expected: Vec<&String> = steps.iter().collect();
                given.sort();
                expected.sort();
                if given == expected {
                    Ok(Some(order_is_correct(steps, free, ids)))
                } else {
                    Err(ScoreError::NotAnOrder { item: self.id.clone(), steps: steps.len() })
                }
            }
            (Response::Entry(text), Interaction::Entry { accept }) => {
                let typed = normalise_entry(text);
                Ok(Some(!typed.is_empty() && accept.iter().any(|a| normalise_entry(a) == typed)))
            }
            _ => Err(wrong_kind()),
        }
    }

    /// The interaction kind as written in bank files.
    pub fn kind_name(&self) -> &'static str {
        match self.interaction {
            Interaction::Choice { .. } => "choice",
            Interaction::Hotspot { .. } => "hotspot",
            Interaction::Order { .. } => "order",
            Interaction::Entry { .. } => "entry",
        }
    }

    /// A simulated task (rendered screen) rather than a plain text question.
    pub fn is_simulated_task(&self) -> bool {
        !matches!(self.interaction, Interaction::Choice { .. }) || self.image.is_some()
    }
}

/// Whether `answer` puts `steps` in a correct order: a permutation of the
/// steps in which every position holds the listed step or, inside a `free`
/// group, any step of that group.
pub fn order_is_correct(steps: &[String], free: &[Vec<String>], answer: &[String]) -> bool {
    let block = |step: &str| -> Option<usize> {
        let own = steps.iter().position(|s| s == step)?;
        Some(free.iter().find(|g| g.iter().any(|s| s == step)).and_then(|g| g.iter().filter_map(|s| steps.iter().position(|x| x == s)).min()).unwrap_or(own))
    };
    let mut seen = BTreeSet::new();
    answer.len() == steps.len()
        && answer.iter().all(|a| seen.insert(a.as_str()))
        && answer.iter().zip(steps).all(|(a, s)| matches!((block(a), block(s)), (Some(x), Some(y)) if x == y))
}

fn normalise_entry(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A problem found in a bank, attached to an item id when it concerns one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BankProblem {
    pub item: Option<String>,
    pub message: String,
}

impl BankProblem {
    fn bank(message: impl Into<String>) -> Self {
        Self { item: None, message: message.into() }
    }
    fn item(id: &str, message: impl Into<String>) -> Self {
        Self { item: Some(id.to_string()), message: message.into() }
    }
}

/// Difficulty band allowed for a level, given the level cuts: the level's own
/// band widened by `LEVEL_SLACK` on each side (the first and last are open).
pub fn difficulty_band(level: u8, cuts: &[f64; LEVEL_COUNT - 1]) -> (f64, f64) {
    let idx = usize::from(level.clamp(1, LEVEL_COUNT as u8)) - 1;
    let low = if idx == 0 { f64::NEG_INFINITY } else { cuts[idx - 1] - LEVEL_SLACK };
    let high = if idx == LEVEL_COUNT - 1 { f64::INFINITY } else { cuts[idx] + LEVEL_SLACK };
    (low, high)
}

/// How far an item's difficulty may stray outside its level's band.
pub const LEVEL_SLACK: f64 = 0.3;

/// How far beyond the first and last level cuts a difficulty stays plausible:
/// an item no one (or everyone) at the bank's levels can answer tells nothing.
pub const PLAUSIBLE_MARGIN: f64 = 3.0;

/// From this many items outside their level's band, the check also names
/// `level_cuts` (one item out of band is the item's problem).
pub const LEVEL_CUTS_SUSPECT: usize = 3;

/// The range of plausible difficulties for these level cuts (`[-4, 4]` for the
/// bank's `[-1, 0, 1]`). Every item's `b` must lie in it; `repere calibrate`
/// refuses an estimate outside it unless forced.
pub fn plausible_difficulty(cuts: &[f64; LEVEL_COUNT - 1]) -> (f64, f64) {
    (cuts[0] - PLAUSIBLE_MARGIN, cuts[LEVEL_COUNT - 2] + PLAUSIBLE_MARGIN)
}

impl Bank {
    /// Index of a domain by id.
    pub fn domain_index(&self, id: &str) -> Option<usize> {
        self.domains.iter().position(|d| d.id == id)
    }

    /// Index of an item by id.
    pub fn item_index(&self, id: &str) -> Option<usize> {
        self.items.iter().position(|i| i.id == id)
    }

    /// Every consistency rule a bank must satisfy before the engine runs it.
    /// Returns all problems, not just the first.
    pub fn check(&self) -> Vec<BankProblem> {
        let mut problems = Vec::new();
        let s = &self.settings;
        if !(s.level_cuts.windows(2).all(|w| w[0] < w[1])) {
            problems.push(BankProblem::bank("level_cuts must increase, e.g. [-1.0, 0.0, 1.0]"));
        }
        if s.referral_cuts[0] >= s.referral_cuts[1] {
            problems.push(BankProblem::bank("referral_cuts must increase, e.g. [-0.8, 0.6]"));
        }
        if s.randomesque == 0 {
            problems.push(BankProblem::bank("randomesque must be at least 1"));
        }
        for (name, m) in [("screening", &s.screening), ("profile", &s.profile)] {
            if m.max_items == 0 || m.min_items > m.max_items {
                problems.push(BankProblem::bank(format!(
                    "{name}: min_items ({}) must be between 0 and max_items ({}), and max_items above 0",
                    m.min_items, m.max_items
                )));
            }
        }
        for (name, m) in [("screening", &s.screening), ("profile", &s.profile)] {
            if !(0.5..1.0).contains(&m.decision_confidence) {
                problems.push(BankProblem::bank(format!("{name}.decision_confidence must be in [0.5, 1)")));
            }
            if !(0.0..=1.0).contains(&m.path_indifference) {
                problems.push(BankProblem::bank(format!("{name}.path_indifference must be in [0, 1]")));
            }
            for (id, k) in &m.eligibility {
                if !(0.0..=1.0).contains(k) {
                    problems.push(BankProblem::bank(format!("{name}.eligibility.{id} must be in [0, 1], got {k}")));
                }
                if !self.items.iter().any(|i| &i.id == id) {
                    problems.push(BankProblem::bank(format!("{name}.eligibility names '{id}', which is not an item of the bank")));
                }
            }
        }
        if !(0.5..1.0).contains(&s.profile.level_confidence) {
            problems.push(BankProblem::bank("profile.level_confidence must be in [0.5, 1)"));
        }
        if !(0.0..=1.0).contains(&s.profile.level_indifference) {
            problems.push(BankProblem::bank("profile.level_indifference must be in [0, 1]"));
        }
        if !(s.profile.floor_confidence == 0.0 || (0.5..1.0).contains(&s.profile.floor_confidence)) {
            problems.push(BankProblem::bank("profile.floor_confidence must be 0 (unused) or in [0.5, 1)"));
        }
        if s.screening.floor_confidence != 0.0 {
            problems.push(BankProblem::bank("screening.floor_confidence is a profile setting: leave it out of screening"));
        }
        if !(s.profile.se_target >= 0.0) {
            problems.push(BankProblem::bank("profile.se_target must be 0 (unused) or above"));
        }
        if s.profile.min_items_per_domain * self.domains.len() > s.profile.max_items {
            problems.push(BankProblem::bank(format!(
                "profile: {} items per domain over {} domains cannot fit in max_items = {}",
                s.profile.min_items_per_domain,
                self.domains.len(),
                s.profile.max_items
            )));
        }
        if self.domains.is_empty() {
            problems.push(BankProblem::bank("the bank has no domain"));
        }
        let mut seen_domains = BTreeSet::new();
        for d in &self.domains {
            if !seen_domains.insert(d.id.as_str()) {
                problems.push(BankProblem::bank(format!("domain '{}' is declared twice", d.id)));
            }
            if !(0.0..=MAX_LOADING).contains(&d.loading) {
                problems.push(BankProblem::bank(format!(
                    "domain '{}': loading must be in [0, {MAX_LOADING}], got {} (higher loadings need a finer grid than the engine's)",
                    d.id, d.loading
                )));
            }
            if !(d.prior_sd > 0.0) {
                problems.push(BankProblem::bank(format!("domain '{}': prior_sd must be above 0", d.id)));
            }
            if !(d.weight >= 0.0) {
                problems.push(BankProblem::bank(format!("domain '{}': weight must be 0 or more", d.id)));
            }
        }
        let topics: BTreeSet<&str> = self.topics.iter().map(|t| t.id.as_str()).collect();
        let ids: HashMap<&str, &Item> = self.items.iter().map(|i| (i.id.as_str(), i)).collect();
        let mut seen_items = BTreeSet::new();
        for item in &self.items {
            let id = item.id.as_str();
            if !seen_items.insert(id) {
                problems.push(BankProblem::item(id, format!("item id '{id}' is used twice")));
            }
            if !is_valid_id(id) {
                problems.push(BankProblem::item(
                    id,
                    "ids use lowercase letters, digits and '-', starting with a letter",
                ));
            }
            if self.domain_index(&item.domain).is_none() {
                problems.push(BankProblem::item(
                    id,
                    format!("unknown domain '{}' (declared: {})", item.domain, join(self.domains.iter().map(|d| d.id.as_str()))),
                ));
            }
            if !(1..=LEVEL_COUNT as u8).contains(&item.level) {
                problems.push(BankProblem::item(id, format!("level must be 1 to 4, got {}", item.level)));
            }
            if !(MIN_DISCRIMINATION..=MAX_DISCRIMINATION).contains(&item.a) {
                problems.push(BankProblem::item(
                    id,
                    format!("discrimination a = {} is outside [{MIN_DISCRIMINATION}, {MAX_DISCRIMINATION}]", item.a),
                ));
            }
            if !(0.0..0.5).contains(&item.c) {
                problems.push(BankProblem::item(id, format!("guessing floor c = {} must be in [0, 0.5)", item.c)));
            }
            let (least, most) = plausible_difficulty(&s.level_cuts);
            if item.b.is_finite() && !(least..=most).contains(&item.b) {
                problems.push(BankProblem::item(
                    id,
                    format!("difficulty b = {} is outside the plausible range [{least}, {most}] (first level cut − {PLAUSIBLE_MARGIN}, last + {PLAUSIBLE_MARGIN})", item.b),
                ));
            }
            if item.prerequisite && item.level != 1 {
                problems.push(BankProblem::item(
                    id,
                    format!("a prerequisite is asked first in every session and must be easy: level 1, got {}", item.level),
                ));
            }
            let (low, high) = difficulty_band(item.level, &s.level_cuts);
            if !(item.b.is_finite() && item.b >= low && item.b <= high) {
                problems.push(BankProblem::item(
                    id,
                    format!(
                        "difficulty b = {} does not match level {} (expected between {} and {})",
                        item.b, item.level, fmt_bound(low), fmt_bound(high)
                    ),
                ));
            }
            for tag in &item.tags {
                if !topics.contains(tag.as_str()) {
                    problems.push(BankProblem::item(id, format!("unknown tag '{tag}' (declare it as a [[topic]])")));
                }
            }
            for enemy in &item.enemies {
                if enemy == id {
                    problems.push(BankProblem::item(id, "an item cannot be its own enemy"));
                } else if !ids.contains_key(enemy.as_str()) {
                    problems.push(BankProblem::item(id, format!("enemy '{enemy}' is not an item of the bank")));
                } else if item.prerequisite && ids[enemy.as_str()].prerequisite {
                    problems.push(BankProblem::item(
                        id,
                        format!("'{id}' and '{enemy}' are both prerequisites (always asked) but enemies (never together): remove one rule"),
                    ));
                }
            }
            problems.extend(check_interaction(item));
        }
        // Many items out of their level's band at once point at the cuts, not
        // at the items (an author who edits `level_cuts` sees it named).
        let out_of_band = self
            .items
            .iter()
            .filter(|i| {
                let (low, high) = difficulty_band(i.level, &s.level_cuts);
                !(i.b.is_finite() && i.b >= low && i.b <= high)
            })
            .count();
        if out_of_band >= LEVEL_CUTS_SUSPECT {
            problems.push(BankProblem::bank(format!(
                "level_cuts = {:?} leave {out_of_band} items' difficulty outside their level's band (listed with their files): if you changed level_cuts, check them",
                s.level_cuts
            )));
        }
        // Prerequisites in one family contradict "one clone per session".
        let mut family_prereqs: BTreeMap<&str, usize> = BTreeMap::new();
        for item in self.items.iter().filter(|i| i.prerequisite) {
            if let Some(f) = &item.family {
                *family_prereqs.entry(f.as_str()).or_default() += 1;
            }
        }
        for (family, n) in family_prereqs {
            if n > 1 {
                problems.push(BankProblem::bank(format!(
                    "family '{family}' has {n} prerequisite items but only one clone of a family is asked"
                )));
            }
        }
        // An enemy of a prerequisite (always asked) can never be shown.
        for item in self.items.iter().filter(|i| !i.prerequisite) {
            for p in self.items.iter().filter(|p| p.prerequisite) {
                if item.enemies.contains(&p.id) || p.enemies.contains(&item.id) {
                    problems.push(BankProblem::item(
                        &item.id,
                        format!(
                            "'{}' is an enemy of the prerequisite '{}', which is always asked: it could never be shown",
                            item.id, p.id
                        ),
                    ));
                }
            }
        }
        // Profile needs min_items_per_domain askable items in every domain:
        // clones of one family count once, and enemies exclude each other.
        for d in &self.domains {
            let mut families = BTreeSet::new();
            let askable = self
                .items
                .iter()
                .filter(|i| i.domain == d.id)
                .filter(|i| i.family.as_ref().is_none_or(|f| families.insert(f.as_str())))
                .count();
            if askable > 0 && askable < s.profile.min_items_per_domain {
                problems.push(BankProblem::bank(format!(
                    "domain '{}' has {askable} distinct items (a family counts once) but profile.min_items_per_domain = {}",
                    d.id, s.profile.min_items_per_domain
                )));
            }
        }
        let prereqs = self.items.iter().filter(|i| i.prerequisite).count();
        if prereqs >= s.screening.max_items {
            problems.push(BankProblem::bank(format!(
                "{prereqs} prerequisite items leave no room in screening.max_items = {}",
                s.screening.max_items
            )));
        }
        let mut a: Vec<f64> = self.items.iter().map(|i| i.a).collect();
        if !a.is_empty() {
            a.sort_by(f64::total_cmp);
            let median = if a.len() % 2 == 1 { a[a.len() / 2] } else { (a[a.len() / 2 - 1] + a[a.len() / 2]) / 2.0 };
            if median > MAX_MEDIAN_DISCRIMINATION {
                problems.push(BankProblem::bank(format!(
                    "median discrimination {median:.2} is above {MAX_MEDIAN_DISCRIMINATION}: untested items must stay plausible"
                )));
            }
        }
        for d in &self.domains {
            if !self.items.iter().any(|i| i.domain == d.id) {
                problems.push(BankProblem::bank(format!("domain '{}' has no item", d.id)));
            }
        }
        problems
    }
}

fn check_interaction(item: &Item) -> Vec<BankProblem> {
    let id = item.id.as_str();
    let mut problems = Vec::new();
    let mut unique = |what: &str, list: &[&str]| {
        let mut seen = BTreeSet::new();
        for x in list {
            if !seen.insert(*x) {
                problems.push(BankProblem::item(id, format!("{what} '{x}' is listed twice")));
            }
            if !is_valid_id(x) {
                problems.push(BankProblem::item(id, format!("{what} '{x}': use lowercase letters, digits and '-'")));
            }
        }
    };
    match &item.interaction {
        Interaction::Choice { options, answer } => {
            unique("option", &options.iter().map(String::as_str).collect::<Vec<_>>());
            if options.len() < 2 {
                problems.push(BankProblem::item(id, "a choice needs at least 2 options"));
            }
            if !options.contains(answer) {
                problems.push(BankProblem::item(id, format!("answer '{answer}' is not one of the options")));
            }
        }
        Interaction::Hotspot { regions, answer } => {
            unique("region", &regions.iter().map(|r| r.id.as_str()).collect::<Vec<_>>());
            if item.image.is_none() {
                problems.push(BankProblem::item(id, "a hotspot item needs an image"));
            }
            if regions.len() < 2 {
                problems.push(BankProblem::item(id, "a hotspot needs at least 2 regions"));
            }
            if !regions.iter().any(|r| &r.id == answer) {
                problems.push(BankProblem::item(id, format!("answer '{answer}' is not one of the regions")));
            }
            for r in regions {
                if !(r.w > 0.0 && r.h > 0.0 && r.x >= 0.0 && r.y >= 0.0 && r.x + r.w <= 100.0 && r.y + r.h <= 100.0) {
                    problems.push(BankProblem::item(
                        id,
                        format!("region '{}' must lie inside the image: x, y ≥ 0, w, h > 0, x + w ≤ 100, y + h ≤ 100 (percent)", r.id),
                    ));
                }
            }
        }
        Interaction::Order { steps, free } => {
            unique("step", &steps.iter().map(String::as_str).collect::<Vec<_>>());
            if steps.len() < 2 {
                problems.push(BankProblem::item(id, "an ordering needs at least 2 steps"));
            }
            problems.extend(check_free_groups(id, steps, free));
        }
        Interaction::Entry { accept } => {
            if accept.is_empty() {
                problems.push(BankProblem::item(id, "an entry needs at least one accepted answer"));
            }
            if accept.iter().any(|a| normalise_entry(a).is_empty()) {
                problems.push(BankProblem::item(
                    id,
                    "an accepted answer is empty (or only spaces): an empty entry would be scored correct; remove it",
                ));
            }
        }
    }
    problems
}

/// `free` groups of an order item: each names at least 2 known steps that
/// follow each other in `steps`, no step is in two groups, and something is
/// left to order.
fn check_free_groups(id: &str, steps: &[String], free: &[Vec<String>]) -> Vec<BankProblem> {
    let mut problems = Vec::new();
    let mut grouped = BTreeSet::new();
    for group in free {
        let at: Vec<Option<usize>> = group.iter().map(|s| steps.iter().position(|x| x == s)).collect();
        for (step, pos) in group.iter().zip(&at) {
            if pos.is_none() {
                problems.push(BankProblem::item(id, format!("free group {group:?}: '{step}' is not one of the steps")));
            }
            if !grouped.insert(step.as_str()) {
                problems.push(BankProblem::item(id, format!("free group {group:?}: step '{step}' is in two groups or listed twice")));
            }
        }
        if group.len() < 2 {
            problems.push(BankProblem::item(id, format!("free group {group:?}: a group that may swap needs at least 2 steps")));
            continue;
        }
        let mut at: Vec<usize> = at.into_iter().flatten().collect();
        at.sort_unstable();
        if at.len() == group.len() && at.windows(2).any(|w| w[1] != w[0] + 1) {
            problems.push(BankProblem::item(
                id,
                format!("free group {group:?}: its steps must follow each other in `steps` (move them next to each other)"),
            ));
        }
    }
    let blocks = steps.len().saturating_sub(free.iter().map(|g| g.len().saturating_sub(1)).sum::<usize>());
    if !free.is_empty() && blocks < 2 {
        problems.push(BankProblem::item(id, "the free groups let every order be correct: leave at least two things to order"));
    }
    problems
}

/// Ids: lowercase ASCII letters, digits and '-', starting with a letter. They
/// become Fluent message ids, so this keeps them valid there too.
pub fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn fmt_bound(x: f64) -> String {
    if x.is_infinite() {
        if x < 0.0 { "-∞".into() } else { "+∞".into() }
    } else {
        format!("{x}")
    }
}

fn join<'a>(it: impl Iterator<Item = &'a str>) -> String {
    it.collect::<Vec<_>>().join(", ")
}
