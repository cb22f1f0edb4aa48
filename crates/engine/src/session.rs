//! One person's test: which item is on screen, what was answered, the current
//! estimates, and whether the stopping rule is met. This is the whole surface
//! the UI sees: it renders `current_item()` and forwards `answer()`.

use crate::bank::{Bank, Item, ModeSettings, Response};
use crate::estimate::Posterior;
use crate::levels::{level_of, SkillPath};
use crate::select::{choose_next, Selection};
use rand::rngs::StdRng;
use rand::SeedableRng;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// What the test is for, which sets the selection target and the stopping rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Aidant detection / widget default: stop once the referral is settled.
    Screening,
    /// Kiosk full diagnostic: stop once every domain's level and the path are settled.
    Profile,
}

/// Variants of the method, used by simulation to show each gain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EngineOptions {
    /// Use the bank's correlated prior (joint estimation). Off: each domain is
    /// estimated on its own.
    pub correlated_prior: bool,
    /// Replace the mode's maximum length (simulation: agreement against length).
    pub max_items: Option<usize>,
    /// Apply the mode's precision / decision stopping rule. Off: the test runs
    /// to its maximum length (simulation: fixed-length curves).
    pub early_stop: bool,
    /// Each session draws from a random part of the bank (see
    /// [`ExposureMethod`]), which caps item exposure.
    pub exposure_control: bool,
    /// How exposure is controlled when [`Self::exposure_control`] is on.
    pub exposure_method: ExposureMethod,
}

/// Exposure-control methods (simulation compares them; the product uses the
/// default, `Eligibility`). `Strata` and `Progressive` draw the session's
/// available items with [`crate::select::withheld_items`] (40 % of each
/// difficulty stratum, a hard cap at 40 % for every item, paid for in
/// precision); `Eligibility` withholds only the items a calibration found
/// over-used ([`crate::select::ineligible_items`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExposureMethod {
    /// Withholding by difficulty stratum (see [`crate::select::withheld_items`]),
    /// then randomesque among the bank's `randomesque` best available items.
    Strata,
    /// Progressive (Revuelta & Ponsoda 1998): score = (1 − w)·U(0, H) + w·criterion
    /// with w the share of the test already given, so early items are random
    /// among the screened candidates and late ones are chosen for precision.
    /// Kept for comparison: on the shipped bank it is not better than `Strata`.
    Progressive,
    /// Sympson–Hetter eligibility decided once per session: each item is
    /// available with the probability calibrated for it in the mode's
    /// `eligibility` table (1 when not listed), then randomesque among the
    /// available ones. Only the items the engine would over-use are ever
    /// withheld, so it costs less precision than withholding by stratum. A
    /// bank whose mode has no table (not calibrated) falls back to `Strata`.
    #[default]
    Eligibility,
}

impl Default for EngineOptions {
    fn default() -> Self {
        Self {
            correlated_prior: true,
            max_items: None,
            early_stop: true,
            exposure_control: true,
            exposure_method: ExposureMethod::default(),
        }
    }
}

/// The current estimate for one domain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DomainEstimate {
    pub domain: String,
    /// Posterior mean of θ.
    pub theta: f64,
    /// Posterior standard deviation (an honest SE on short tests).
    pub se: f64,
    /// Plain level 1..=4 from the bank's cuts.
    pub level: u8,
    /// Items answered in this domain.
    pub items: usize,
    /// Posterior probability that θ lies within this level's band widened
    /// by [`crate::evidence::LEVEL_MARGIN`] on each side.
    pub in_band: f64,
}

/// Every domain's estimate from a posterior and the scored answers per domain.
pub fn domain_estimates(bank: &Bank, posterior: &crate::estimate::Posterior, scored_per_domain: &[usize]) -> Vec<DomainEstimate> {
    let view = posterior.view();
    let cuts = &bank.settings.level_cuts;
    let margin = crate::evidence::LEVEL_MARGIN;
    bank.domains
        .iter()
        .enumerate()
        .map(|(d, domain)| {
            let (theta, se) = posterior.domain(d);
            let level = level_of(theta, cuts);
            let low = usize::from(level).checked_sub(2).map(|i| cuts[i] - margin);
            let high = cuts.get(usize::from(level) - 1).map(|c| c + margin);
            let below = |x: Option<f64>, none: f64| x.map_or(none, |x| view.prob_domain_below(d, x));
            DomainEstimate {
                domain: domain.id.clone(),
                theta,
                se,
                level,
                items: scored_per_domain.get(d).copied().unwrap_or(0),
                in_band: below(high, 1.0) - below(low, 0.0),
            }
        })
        .collect()
}

impl DomainEstimate {
    /// Whether this domain's level may be shown ([`crate::evidence`]).
    pub fn is_measured(&self) -> bool {
        crate::evidence::is_measured(self.items, self.se, self.in_band)
    }
}

/// How far along the test is. The length varies with the person (the test
/// stops once their levels are settled), so the only honest promise is an
/// upper bound: the test ends after at most `max` items, and usually sooner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub answered: usize,
    /// The most items the test can have in all (answered included).
    pub max: usize,
    /// Domains whose level is settled now (profile), of `domains`; screening
    /// counts the path as one "domain" (0 or 1 of 1).
    pub settled: usize,
    pub domains: usize,
}

impl Progress {
    /// Items that may still come after the answered ones, at most.
    pub fn left_at_most(&self) -> usize {
        self.max.saturating_sub(self.answered)
    }
}

/// One answered item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answered {
    pub item: String,
    pub response: Response,
    /// `None` when the response carries no information (skipped).
    pub correct: Option<bool>,
}

/// Errors the UI can cause by forwarding something the session does not expect.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum SessionError {
    #[error("the test is finished: no item is waiting for an answer")]
    Finished,
    /// The response cannot answer the item on screen (wrong kind, unknown
    /// option, not an order of its steps): nothing is recorded.
    #[error(transparent)]
    Response(#[from] crate::bank::ScoreError),
}

/// One person's adaptive test.
#[derive(Debug, Clone)]
pub struct Session {
    bank: Arc<Bank>,
    mode: Mode,
    /// The seed the session started from (also lays out each item: `presentation`).
    seed: u64,
    rng: StdRng,
    posterior: Posterior,
    history: Vec<Answered>,
    /// Index of the item on screen, `None` once finished.
    current: Option<usize>,
    asked: Vec<bool>,
    /// Items the content rules exclude from now on: asked, enemies of an asked
    /// item, or clones of an asked family.
    blocked: Vec<bool>,
    /// Domain index of each item of the bank.
    item_domain: Vec<usize>,
    /// Items answered (scored) per domain.
    scored_per_domain: Vec<usize>,
    settings: ModeSettings,
    early_stop: bool,
    /// The exposure-control method, `None` when off.
    exposure: Option<ExposureMethod>,
}

impl Session {
    /// Start a test. The bank must have passed `Bank::check`.
    pub fn new(bank: Arc<Bank>, mode: Mode, seed: u64) -> Self {
        Self::with_options(bank, mode, seed, EngineOptions::default())
    }

    /// Start a test with a variant of the method.
    pub fn with_options(bank: Arc<Bank>, mode: Mode, seed: u64, options: EngineOptions) -> Self {
        let posterior = Posterior::new(&bank, options.correlated_prior);
        let asked = vec![false; bank.items.len()];
        let item_domain = bank.items.iter().map(|i| bank.domain_index(&i.domain).unwrap_or(0)).collect();
        let mut settings = match mode {
            Mode::Screening => bank.settings.screening.clone(),
            Mode::Profile => bank.settings.profile.clone(),
        };
        if let Some(max) = options.max_items {
            settings.max_items = max.max(1);
            settings.min_items = settings.min_items.min(settings.max_items);
        }
        let mut session = Self {
            seed,
            rng: StdRng::seed_from_u64(seed),
            posterior,
            history: Vec::new(),
            current: None,
            blocked: asked.clone(),
            asked,
            item_domain,
            scored_per_domain: vec![0; bank.domains.len()],
            settings,
            early_stop: options.early_stop,
            exposure: options.exposure_control.then_some(options.exposure_method),
            bank,
            mode,
        };
        match session.exposure {
            Some(ExposureMethod::Eligibility) if !session.settings.eligibility.is_empty() => {
                session.blocked = crate::select::ineligible_items(&session.bank, &session.settings, &mut session.rng)
            }
            Some(_) => {
                session.blocked = crate::select::withheld_items(&session.bank, &session.item_domain, &mut session.rng)
            }
            None => {}
        }
        session.advance();
        session
    }

    pub fn bank(&self) -> &Bank {
        &self.bank
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// The seed this session started from.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The item to show, or `None` when the test is finished.
    pub fn current_item(&self) -> Option<&Item> {
        self.current.map(|i| &self.bank.items[i])
    }

    /// Record the answer to the current item and choose the next one.
    pub fn answer(&mut self, response: Response) -> Result<(), SessionError> {
        let index = self.current.ok_or(SessionError::Finished)?;
        let item = &self.bank.items[index];
        let correct = item.score(&response)?;
        if let Some(correct) = correct {
            self.posterior.update(&self.bank, index, correct);
            self.scored_per_domain[self.item_domain[index]] += 1;
        }
        self.history.push(Answered { item: item.id.clone(), response, correct });
        self.advance();
        Ok(())
    }

    /// End the test now (the person chose to stop); estimates stay available.
    pub fn finish_now(&mut self) {
        self.current = None;
    }

    pub fn is_finished(&self) -> bool {
        self.current.is_none()
    }

    /// The fewest and the most items a test of `mode` asks with `bank` when
    /// the person answers to the end (the stopping rule decides in between;
    /// stopping by choice can make it shorter): what a welcome screen may
    /// promise. From the mode's settings: `min_items`, in profile at least
    /// `min_items_per_domain` in every domain, and `max_items`, within the
    /// bank's size.
    pub fn length_range(bank: &Bank, mode: Mode) -> (usize, usize) {
        let settings = match mode {
            Mode::Screening => &bank.settings.screening,
            Mode::Profile => &bank.settings.profile,
        };
        let most = settings.max_items.min(bank.items.len());
        let per_domain = match mode {
            Mode::Screening => 0,
            Mode::Profile => settings.min_items_per_domain * bank.domains.len(),
        };
        (settings.min_items.max(per_domain).min(most), most)
    }

    pub fn progress(&self) -> Progress {
        let view = self.posterior.view();
        let (settled, domains) = match self.mode {
            Mode::Screening => (usize::from(self.path_settled(&view)), 1),
            Mode::Profile => {
                let floor = self.at_floor(&view);
                ((0..self.bank.domains.len()).filter(|&d| self.domain_settled(&view, d, floor)).count(), self.bank.domains.len())
            }
        };
        let max = if self.is_finished() { self.history.len() } else { self.settings.max_items };
        Progress { answered: self.history.len(), max, settled, domains }
    }

    /// Posterior probability of each level (lowest first) for domain `d`.
    pub fn level_probabilities(&self, d: usize) -> [f64; 4] {
        self.posterior.view().level_probabilities(d, &self.bank.settings.level_cuts)
    }

    pub fn history(&self) -> &[Answered] {
        &self.history
    }

    /// Current estimate per domain, in bank order.
    pub fn estimates(&self) -> Vec<DomainEstimate> {
        domain_estimates(&self.bank, &self.posterior, &self.scored_per_domain)
    }

    /// Overall ability (weighted mean of domains): posterior mean and SD.
    pub fn overall(&self) -> (f64, f64) {
        self.posterior.overall()
    }

    /// Posterior probability of each skill path, most support first.
    pub fn path_probabilities(&self) -> [f64; 3] {
        self.posterior.path_probabilities(&self.bank.settings.referral_cuts)
    }

    /// The skill-based path: the most probable one.
    pub fn skill_path(&self) -> SkillPath {
        let p = self.path_probabilities();
        let best = (0..3).max_by(|&a, &b| p[a].total_cmp(&p[b])).unwrap_or(1);
        SkillPath::ALL[best]
    }

    /// The length and stopping settings this session runs with (the bank's,
    /// unless [`EngineOptions::max_items`] replaced the maximum).
    pub fn mode_settings(&self) -> &ModeSettings {
        &self.settings
    }

    /// Items answered (scored, not skipped) per domain, in bank order.
    pub fn items_per_domain(&self) -> &[usize] {
        &self.scored_per_domain
    }

    /// Indices in the bank of the items shown so far (answered or on screen).
    pub fn asked_indices(&self) -> impl Iterator<Item = usize> + '_ {
        self.asked.iter().enumerate().filter(|(_, a)| **a).map(|(i, _)| i).chain(self.current)
    }

    /// Whether the mode's stopping rule is met now.
    fn should_stop(&self) -> bool {
        let settings = &self.settings;
        let answered = self.history.len();
        if answered >= settings.max_items {
            return true;
        }
        if answered < settings.min_items || !self.early_stop {
            return false;
        }
        let view = self.posterior.view();
        match self.mode {
            Mode::Screening => self.path_settled(&view),
            Mode::Profile => {
                let floor = self.at_floor(&view);
                self.path_settled(&view)
                    && (0..self.bank.domains.len()).all(|d| {
                        self.scored_per_domain[d] >= settings.min_items_per_domain
                            && self.domain_settled(&view, d, floor)
                            && (settings.se_target <= 0.0 || self.posterior.domain(d).1 < settings.se_target)
                    })
            }
        }
    }

    fn path_settled(&self, view: &crate::estimate::View<'_>) -> bool {
        crate::select::path_settled(view, &self.bank.settings.referral_cuts, &self.settings)
    }

    /// The floor stop's overall condition ([`crate::select::at_floor`]).
    fn at_floor(&self, view: &crate::estimate::View<'_>) -> bool {
        crate::select::at_floor(view, &self.bank.settings.referral_cuts, &self.settings)
    }

    /// Whether domain `d` no longer holds the profile open: its level is
    /// settled, or — the floor stop (`floor_confidence`), for a person at the
    /// floor overall (`floor`) — it lies below the second level cut with that
    /// confidence, so the level shown is within one of the truth.
    fn domain_settled(&self, view: &crate::estimate::View<'_>, d: usize, floor: bool) -> bool {
        let cuts = &self.bank.settings.level_cuts;
        crate::select::level_settled(view, d, cuts, &self.settings)
            || (floor && crate::select::floor_settled(view, d, cuts, &self.settings))
    }

    fn advance(&mut self) {
        if let Some(i) = self.current.take() {
            self.mark_asked(i);
        }
        if self.should_stop() {
            return;
        }
        let selection = Selection {
            bank: &self.bank,
            mode: self.mode,
            settings: &self.settings,
            posterior: &self.posterior,
            asked: &self.asked,
            blocked: &self.blocked,
            item_domain: &self.item_domain,
            answered: self.history.len(),
            exposure: self.exposure,
        };
        self.current = choose_next(&selection, &mut self.rng);
    }

    /// Record that item `i` was shown and block what the content rules forbid
    /// from now on (itself, its enemies, its family's other clones).
    fn mark_asked(&mut self, i: usize) {
        self.asked[i] = true;
        let item = &self.bank.items[i];
        for (j, other) in self.bank.items.iter().enumerate() {
            if j == i
                || (item.family.is_some() && other.family == item.family)
                || item.enemies.contains(&other.id)
                || other.enemies.contains(&item.id)
            {
                self.blocked[j] = true;
            }
        }
    }
}
