//! Simulation that judges the engine: examinees with known true θ answer the
//! real [`Session`], and the figures compare its results with the truth.
//!
//! - The truth model ([`TruthModel`]) is set by the caller and independent of
//!   the bank's prior: θ_d = mean + sd·(√r·g + √(1−r)·e_d), so any two domains
//!   correlate by r, around a population mean and SD the caller chooses. A
//!   prior tuned to the simulation would flatter the engine.
//! - Answers follow the 3PL with the *true* item parameters: the bank's, or,
//!   with [`Config::parameter_noise`] s > 0, the bank's perturbed once per run
//!   (b + N(0, (0.3·s)²), a·e^N(0, (0.25·s)²)) — the authors' parameters are
//!   wrong by a stated amount while the engine keeps using them. Each
//!   (examinee, item) pair has one fixed uniform draw, so an examinee answers
//!   an item the same way in every variant (common random numbers).
//! - Random streams are separated by tag: truths, answers, sessions and
//!   parameter noise never share a word.
//! - Variants: the adaptive engine; `independent`: the *same items and
//!   answers* rescored with independent priors (what the correlated prior
//!   adds to scoring, at equal length and with the same sequence); and a
//!   fixed form of the adaptive mean length scored with the same joint
//!   estimator (`baseline`).
//! - Figures by decile of true overall ability show where the test is long
//!   and where it errs.
//! - Profile mode also draws the curves "level agreement against test length"
//!   for the joint and independent engines (stopping rule off, 1..=30 items)
//!   and for the fixed form, and reads off how many items the joint engine
//!   needs to match the independent one.
//!
//! Pure and deterministic: parallelism is the caller's, through [`Pool`].

use crate::bank::{Bank, Interaction, Item, Response};
use crate::estimate::Posterior;
use crate::irt::{information, p_correct};
use crate::levels::{level_of, SkillPath};
use crate::session::{EngineOptions, ExposureMethod, Mode, Session};
use rand::Rng;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use std::sync::Arc;

/// The longest test drawn on the agreement-against-length curves.
pub const CURVE_MAX_ITEMS: usize = 30;

/// One standard normal draw (Box–Muller).
pub fn standard_normal(rng: &mut impl Rng) -> f64 {
    let u1: f64 = rng.gen::<f64>().max(f64::MIN_POSITIVE);
    let u2: f64 = rng.gen();
    (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}

/// SplitMix64: a well-mixed 64-bit hash of a word.
fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

fn mix(seed: u64, a: u64, b: u64) -> u64 {
    splitmix(splitmix(splitmix(seed) ^ a) ^ b.wrapping_mul(0xD6E8_FEB8_6659_FD93))
}

/// Independent random streams of one simulation run.
#[derive(Clone, Copy)]
enum Stream {
    Truth = 1,
    Answer = 2,
    Session = 3,
    Parameters = 4,
}

/// A word of stream `stream` for (a, b): words of different streams never coincide
/// by construction of the inputs (the stream tag is hashed into the seed).
fn word(seed: u64, stream: Stream, a: u64, b: u64) -> u64 {
    mix(splitmix(seed ^ (stream as u64).wrapping_mul(0xA076_1D64_78BD_642F)), a, b)
}

fn rng_for(seed: u64, stream: Stream, a: u64, b: u64) -> rand::rngs::StdRng {
    <rand::rngs::StdRng as rand::SeedableRng>::seed_from_u64(word(seed, stream, a, b))
}

/// A uniform in [0, 1) fixed for one (seed, examinee, item).
fn uniform(seed: u64, examinee: usize, item: usize) -> f64 {
    (word(seed, Stream::Answer, examinee as u64, item as u64) >> 11) as f64 / (1u64 << 53) as f64
}

/// The seed of examinee `index`'s session.
pub fn session_seed(seed: u64, index: usize) -> u64 {
    word(seed, Stream::Session, index as u64, 0)
}

/// The item parameters that generate answers: the bank's, each perturbed by
/// b + N(0, (0.3·noise)²) and a·e^N(0, (0.25·noise)²) when `noise` > 0
/// (deterministic in the seed; the engine keeps the bank's own parameters).
pub fn true_parameters(bank: &Bank, seed: u64, noise: f64) -> Bank {
    let mut truth = bank.clone();
    if noise > 0.0 {
        for (i, item) in truth.items.iter_mut().enumerate() {
            let mut rng = rng_for(seed, Stream::Parameters, i as u64, 0);
            item.b += 0.3 * noise * standard_normal(&mut rng);
            item.a *= (0.25 * noise * standard_normal(&mut rng)).exp();
        }
    }
    truth
}

/// The distribution of true abilities in the simulated population.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct TruthModel {
    /// Correlation between any two domains, in [0, 1).
    pub correlation: f64,
    pub mean: f64,
    pub sd: f64,
}

impl Default for TruthModel {
    fn default() -> Self {
        Self { correlation: 0.64, mean: 0.0, sd: 1.0 }
    }
}

/// One simulated person's true abilities and what they imply.
#[derive(Debug, Clone, PartialEq)]
pub struct Truth {
    pub theta: Vec<f64>,
    /// Weighted mean of the domains (the bank's weights), as in `estimate`.
    pub overall: f64,
    pub path: SkillPath,
    pub levels: Vec<u8>,
}

/// Normalised domain weights of a bank.
pub fn domain_weights(bank: &Bank) -> Vec<f64> {
    let total: f64 = bank.domains.iter().map(|d| d.weight).sum();
    bank.domains.iter().map(|d| if total > 0.0 { d.weight / total } else { 1.0 / bank.domains.len() as f64 }).collect()
}

impl TruthModel {
    /// Draw examinee `index` (deterministic in seed and index).
    pub fn draw(&self, bank: &Bank, seed: u64, index: usize) -> Truth {
        let mut rng = rng_for(seed, Stream::Truth, index as u64, 0);
        let r = self.correlation.clamp(0.0, 1.0);
        let g = standard_normal(&mut rng);
        let theta: Vec<f64> = (0..bank.domains.len())
            .map(|_| self.mean + self.sd * (r.sqrt() * g + (1.0 - r).sqrt() * standard_normal(&mut rng)))
            .collect();
        Truth::new(bank, theta)
    }
}

impl Truth {
    pub fn new(bank: &Bank, theta: Vec<f64>) -> Self {
        let overall = domain_weights(bank).iter().zip(&theta).map(|(w, t)| w * t).sum();
        let levels = theta.iter().map(|t| level_of(*t, &bank.settings.level_cuts)).collect();
        Truth { path: SkillPath::from_overall(overall, &bank.settings.referral_cuts), overall, levels, theta }
    }
}

/// The response that scores as correct for an item.
pub fn correct_response(item: &Item) -> Response {
    match &item.interaction {
        Interaction::Choice { answer, .. } | Interaction::Hotspot { answer, .. } => Response::Pick(answer.clone()),
        Interaction::Order { steps, .. } => Response::Order(steps.clone()),
        Interaction::Entry { accept } => Response::Entry(accept.first().cloned().unwrap_or_default()),
    }
}

/// Whether examinee `index` with abilities `truth` answers item `item`
/// correctly, `bank` holding the true parameters (see [`true_parameters`]).
pub fn answers_correctly(bank: &Bank, truth: &Truth, seed: u64, index: usize, item: usize) -> bool {
    let it = &bank.items[item];
    let d = bank.domain_index(&it.domain).unwrap_or(0);
    uniform(seed, index, item) < p_correct(truth.theta[d], it.a, it.b, it.c)
}

/// What one simulated test ended with.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// Bank indices of the items shown, in order.
    pub items: Vec<usize>,
    /// Whether each of them was answered correctly (same order).
    pub correct: Vec<bool>,
    pub path: SkillPath,
    pub theta: Vec<f64>,
    /// Profile curves only: estimated levels after 1, 2, … items.
    pub levels_by_length: Vec<Vec<u8>>,
    /// Profile curves only: skill path after 1, 2, … items.
    pub path_by_length: Vec<SkillPath>,
    /// Per domain: whether the evidence rule lets the result show its level
    /// ([`crate::evidence`]).
    pub measured: Vec<bool>,
}

/// Parallelism, supplied by the caller (the engine itself stays single-threaded).
pub trait Pool {
    /// `(0..n).map(f)`, in order.
    fn map(&self, n: usize, f: &(dyn Fn(usize) -> Outcome + Sync)) -> Vec<Outcome>;
}

/// The plain serial pool.
pub struct Serial;

impl Pool for Serial {
    fn map(&self, n: usize, f: &(dyn Fn(usize) -> Outcome + Sync)) -> Vec<Outcome> {
        (0..n).map(f).collect()
    }
}

/// What to simulate.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub mode: Mode,
    pub examinees: usize,
    pub seed: u64,
    pub truth: TruthModel,
    /// Scale of the error in the authors' parameters (0: answers follow the
    /// bank's parameters; 1: b ± 0.3, a × e^±0.25 as SDs; see [`true_parameters`]).
    pub parameter_noise: f64,
    /// Examinees for the profile curves (0: no curves).
    pub curve_examinees: usize,
    /// The engine's exposure control (on in the product).
    pub exposure_control: bool,
    /// Which exposure-control method, when on.
    pub exposure_method: ExposureMethod,
}

/// Run the real session for examinee `index`: the engine runs on `bank`,
/// answers come from `truth_bank` (the true parameters).
#[allow(clippy::too_many_arguments)]
pub fn run_adaptive(
    bank: &Arc<Bank>,
    truth_bank: &Bank,
    truth: &Truth,
    mode: Mode,
    options: EngineOptions,
    seed: u64,
    index: usize,
    track: bool,
) -> Outcome {
    let mut session = Session::with_options(bank.clone(), mode, session_seed(seed, index), options);
    let (mut items, mut correct) = (Vec::new(), Vec::new());
    let (mut levels_by_length, mut path_by_length) = (Vec::new(), Vec::new());
    while let Some(item) = session.current_item() {
        let i = bank.item_index(&item.id).expect("the session shows bank items");
        items.push(i);
        let right = answers_correctly(truth_bank, truth, seed, index, i);
        correct.push(right);
        let response = if right { correct_response(item) } else { Response::DontKnow };
        session.answer(response).expect("the session is waiting for an answer");
        if track {
            levels_by_length.push(session.estimates().iter().map(|e| e.level).collect());
            path_by_length.push(session.skill_path());
        }
    }
    Outcome {
        items,
        correct,
        path: session.skill_path(),
        theta: session.estimates().iter().map(|e| e.theta).collect(),
        levels_by_length,
        path_by_length,
        measured: session.estimates().iter().map(|e| e.is_measured()).collect(),
    }
}

/// Score given items and answers with a fresh posterior (`correlated`: the
/// bank's joint prior, else independent priors); `track` records levels and
/// path after each item.
pub fn rescore(bank: &Bank, items: &[usize], correct: &[bool], correlated: bool, track: bool) -> Outcome {
    let mut posterior = Posterior::new(bank, correlated);
    let (mut levels_by_length, mut path_by_length) = (Vec::new(), Vec::new());
    let cuts = &bank.settings.referral_cuts;
    let path_of = |p: &Posterior| {
        let p = p.path_probabilities(cuts);
        SkillPath::ALL[(0..3).max_by(|&a, &b| p[a].total_cmp(&p[b])).unwrap_or(1)]
    };
    let thetas = |p: &Posterior| (0..bank.domains.len()).map(|d| p.domain(d).0).collect::<Vec<_>>();
    for (&i, &right) in items.iter().zip(correct) {
        posterior.update(bank, i, right);
        if track {
            levels_by_length.push(thetas(&posterior).iter().map(|t| level_of(*t, &bank.settings.level_cuts)).collect());
            path_by_length.push(path_of(&posterior));
        }
    }
    let mut per_domain = vec![0usize; bank.domains.len()];
    for &i in items {
        if let Some(d) = bank.domain_index(&bank.items[i].domain) {
            per_domain[d] += 1;
        }
    }
    Outcome {
        items: items.to_vec(),
        correct: correct.to_vec(),
        path: path_of(&posterior),
        theta: thetas(&posterior),
        levels_by_length,
        path_by_length,
        measured: crate::session::domain_estimates(bank, &posterior, &per_domain).iter().map(|e| e.is_measured()).collect(),
    }
}

/// A fixed form of `length` items: prerequisites first, then round-robin over
/// the domains, each time the item of that domain with the most information
/// averaged over the bank's prior for the domain (the population the bank is
/// built for), respecting enemies and families. The same items for everyone.
pub fn fixed_form(bank: &Bank, length: usize) -> Vec<usize> {
    let value = |i: usize| {
        let it = &bank.items[i];
        let d = &bank.domains[bank.domain_index(&it.domain).unwrap_or(0)];
        [(-2.0, 0.0545), (-1.0, 0.2442), (0.0, 0.4026), (1.0, 0.2442), (2.0, 0.0545)]
            .iter()
            .map(|(z, w)| w * information(d.prior_mean + d.prior_sd * z, it.a, it.b, it.c))
            .sum::<f64>()
    };
    round_robin_form(bank, length, &value)
}

/// Score a fixed form for examinee `index` with the joint estimator
/// (`truth_bank`: the true parameters that generate the answers).
pub fn run_fixed(bank: &Bank, truth_bank: &Bank, truth: &Truth, form: &[usize], seed: u64, index: usize, track: bool) -> Outcome {
    let correct: Vec<bool> = form.iter().map(|&i| answers_correctly(truth_bank, truth, seed, index, i)).collect();
    rescore(bank, form, &correct, true, track)
}

/// One figure per domain, serialised as a JSON object in bank order.
#[derive(Debug, Clone, PartialEq)]
pub struct PerDomain(pub Vec<(String, f64)>);

impl PerDomain {
    pub fn mean(&self) -> f64 {
        self.0.iter().map(|(_, v)| v).sum::<f64>() / self.0.len().max(1) as f64
    }
    pub fn min(&self) -> f64 {
        self.0.iter().map(|(_, v)| *v).fold(f64::INFINITY, f64::min)
    }
}

impl Serialize for PerDomain {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, &round(*v))?;
        }
        map.end()
    }
}

fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

fn round4<S: Serializer>(x: &f64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(round(*x))
}

/// The figures of one variant.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    #[serde(serialize_with = "round4")]
    pub mean_items: f64,
    pub max_items: usize,
    #[serde(serialize_with = "round4")]
    pub referral_agreement: f64,
    #[serde(serialize_with = "round4")]
    pub severe_misreferral: f64,
    pub level_agreement: PerDomain,
    pub within_one_level: PerDomain,
    pub rmse: PerDomain,
    #[serde(serialize_with = "round4")]
    pub level_agreement_mean: f64,
    #[serde(serialize_with = "round4")]
    pub within_one_level_mean: f64,
    #[serde(serialize_with = "round4")]
    pub within_one_level_min: f64,
    #[serde(serialize_with = "round4")]
    pub rmse_mean: f64,
    /// Highest share of sessions that saw one item, prerequisites excluded
    /// (the bank asks those of everyone by rule; see `prerequisite_items`).
    #[serde(serialize_with = "round4")]
    pub max_exposure: f64,
    pub max_exposure_item: String,
    /// Items asked of everyone by rule.
    pub prerequisite_items: Vec<String>,
    /// Rows: true path (accompany, train, autonomous); columns: path given.
    pub path_confusion: [[usize; 3]; 3],
    /// Mean domains per session whose level the result shows (evidence rule).
    #[serde(serialize_with = "round4")]
    pub domains_measured: f64,
    /// Mean domains per session with fewer scored answers than the evidence
    /// rule's minimum: what a result that shows every domain claims without
    /// evidence (the result before the evidence rule showed them all).
    #[serde(serialize_with = "round4")]
    pub thin_domains: f64,
    /// Mean domains per session shown with a level yet answered fewer times
    /// than the evidence rule's minimum (must be 0).
    #[serde(serialize_with = "round4")]
    pub claims_on_unmeasured: f64,
    /// Level agreement over the shown (measured) domains only.
    #[serde(serialize_with = "round4")]
    pub measured_level_agreement: f64,
    /// The same figures by decile of true overall ability, lowest first.
    pub by_decile: Vec<Group>,
    /// Examinees whose true overall ability is below [`BEGINNER_OVERALL`].
    pub beginners: Group,
}

/// True overall ability under which an examinee counts as a beginner (the
/// people Repère exists for: they must finish quickly).
pub const BEGINNER_OVERALL: f64 = -1.5;

/// Figures for a group of examinees (by true overall ability).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// Range of true overall ability in the group.
    #[serde(serialize_with = "round4")]
    pub low: f64,
    #[serde(serialize_with = "round4")]
    pub high: f64,
    pub examinees: usize,
    #[serde(serialize_with = "round4")]
    pub mean_items: f64,
    #[serde(serialize_with = "round4")]
    pub referral_agreement: f64,
    #[serde(serialize_with = "round4")]
    pub severe_misreferral: f64,
    #[serde(serialize_with = "round4")]
    pub level_agreement: f64,
    #[serde(serialize_with = "round4")]
    pub within_one_level: f64,
}

fn group(bank: &Bank, truths: &[Truth], outcomes: &[Outcome], members: &[usize]) -> Group {
    let n = members.len().max(1) as f64;
    let domains = bank.domains.len().max(1) as f64;
    let (mut items, mut path, mut severe, mut agree, mut within) = (0usize, 0usize, 0usize, 0usize, 0usize);
    for &k in members {
        let (truth, out) = (&truths[k], &outcomes[k]);
        items += out.items.len();
        path += usize::from(truth.path == out.path);
        severe += usize::from(truth.path.rank().abs_diff(out.path.rank()) >= 2);
        for (t, level) in out.theta.iter().zip(&truth.levels) {
            let l = level_of(*t, &bank.settings.level_cuts);
            agree += usize::from(l == *level);
            within += usize::from(l.abs_diff(*level) <= 1);
        }
    }
    let overall = |k: &usize| truths[*k].overall;
    Group {
        low: members.iter().map(overall).fold(f64::INFINITY, f64::min),
        high: members.iter().map(overall).fold(f64::NEG_INFINITY, f64::max),
        examinees: members.len(),
        mean_items: items as f64 / n,
        referral_agreement: path as f64 / n,
        severe_misreferral: severe as f64 / n,
        level_agreement: agree as f64 / n / domains,
        within_one_level: within as f64 / n / domains,
    }
}

fn groups(bank: &Bank, truths: &[Truth], outcomes: &[Outcome]) -> (Vec<Group>, Group) {
    let mut order: Vec<usize> = (0..outcomes.len()).collect();
    order.sort_by(|&x, &y| truths[x].overall.total_cmp(&truths[y].overall));
    let n = order.len();
    let deciles = (0..10)
        .map(|k| (k * n / 10, (k + 1) * n / 10))
        .filter(|(a, b)| b > a)
        .map(|(a, b)| group(bank, truths, outcomes, &order[a..b]))
        .collect();
    let beginners: Vec<usize> = order.iter().copied().filter(|&k| truths[k].overall < BEGINNER_OVERALL).collect();
    (deciles, group(bank, truths, outcomes, &beginners))
}

/// Figures for a set of outcomes against their truths.
pub fn summarise(bank: &Bank, truths: &[Truth], outcomes: &[Outcome]) -> Summary {
    let n = outcomes.len().max(1) as f64;
    let domains = bank.domains.len();
    let mut exposure = vec![0usize; bank.items.len()];
    let mut confusion = [[0usize; 3]; 3];
    let (mut agree_path, mut severe) = (0usize, 0usize);
    let mut agree = vec![0usize; domains];
    let mut within = vec![0usize; domains];
    let mut sq = vec![0.0; domains];
    let (mut shown, mut measured_agree, mut claims, mut thin) = (0usize, 0usize, 0usize, 0usize);
    for (truth, out) in truths.iter().zip(outcomes) {
        let mut answered = vec![0usize; domains];
        for &i in &out.items {
            if let Some(d) = bank.domain_index(&bank.items[i].domain) {
                answered[d] += 1;
            }
        }
        for d in 0..domains {
            let thin_domain = answered[d] < crate::evidence::MIN_ITEMS;
            thin += usize::from(thin_domain);
            if out.measured.get(d).copied().unwrap_or(false) {
                shown += 1;
                claims += usize::from(thin_domain);
                measured_agree += usize::from(level_of(out.theta[d], &bank.settings.level_cuts) == truth.levels[d]);
            }
        }
        for &i in &out.items {
            exposure[i] += 1;
        }
        confusion[truth.path.rank()][out.path.rank()] += 1;
        agree_path += usize::from(truth.path == out.path);
        severe += usize::from(truth.path.rank().abs_diff(out.path.rank()) >= 2);
        for d in 0..domains {
            let level = level_of(out.theta[d], &bank.settings.level_cuts);
            agree[d] += usize::from(level == truth.levels[d]);
            within[d] += usize::from(level.abs_diff(truth.levels[d]) <= 1);
            sq[d] += (out.theta[d] - truth.theta[d]).powi(2);
        }
    }
    let per = |f: &dyn Fn(usize) -> f64| {
        PerDomain(bank.domains.iter().enumerate().map(|(d, x)| (x.id.clone(), f(d))).collect())
    };
    let level_agreement = per(&|d| agree[d] as f64 / n);
    let within_one_level = per(&|d| within[d] as f64 / n);
    let rmse = per(&|d| (sq[d] / n).sqrt());
    let (max_i, max_e) = exposure
        .iter()
        .enumerate()
        .filter(|(i, _)| !bank.items[*i].prerequisite)
        .max_by_key(|(_, e)| **e)
        .map(|(i, e)| (i, *e))
        .unwrap_or((0, 0));
    let (by_decile, beginners) = groups(bank, truths, outcomes);
    Summary {
        by_decile,
        beginners,
        mean_items: outcomes.iter().map(|o| o.items.len()).sum::<usize>() as f64 / n,
        max_items: outcomes.iter().map(|o| o.items.len()).max().unwrap_or(0),
        referral_agreement: agree_path as f64 / n,
        severe_misreferral: severe as f64 / n,
        level_agreement_mean: level_agreement.mean(),
        within_one_level_mean: within_one_level.mean(),
        within_one_level_min: within_one_level.min(),
        rmse_mean: rmse.mean(),
        level_agreement,
        within_one_level,
        rmse,
        max_exposure: max_e as f64 / n,
        max_exposure_item: bank.items.get(max_i).map(|i| i.id.clone()).unwrap_or_default(),
        prerequisite_items: bank.items.iter().filter(|i| i.prerequisite).map(|i| i.id.clone()).collect(),
        path_confusion: confusion,
        domains_measured: shown as f64 / n,
        thin_domains: thin as f64 / n,
        claims_on_unmeasured: claims as f64 / n,
        measured_level_agreement: if shown == 0 { f64::NAN } else { measured_agree as f64 / shown as f64 },
    }
}

/// One point of an agreement-against-length curve.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CurvePoint {
    pub items: usize,
    #[serde(serialize_with = "round4")]
    pub level_agreement: f64,
    #[serde(serialize_with = "round4")]
    pub within_one_level: f64,
    #[serde(serialize_with = "round4")]
    pub referral_agreement: f64,
}

/// How many items the joint engine needs to reach the independent engine's
/// level agreement at a given length.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Saving {
    pub independent_items: usize,
    #[serde(serialize_with = "round4")]
    pub independent_agreement: f64,
    /// Smallest joint length with at least that agreement (None: not within
    /// the curve).
    pub joint_items: Option<usize>,
    /// joint_items / independent_items.
    pub ratio: Option<f64>,
}

/// The two curves and what they show.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Curves {
    pub examinees: usize,
    pub joint: Vec<CurvePoint>,
    pub independent: Vec<CurvePoint>,
    /// The fixed form of each length (a prefix of the 30-item form), joint scoring.
    pub fixed: Vec<CurvePoint>,
    pub savings: Vec<Saving>,
}

fn curve(bank: &Bank, truths: &[Truth], outcomes: &[Outcome]) -> Vec<CurvePoint> {
    let n = outcomes.len().max(1) as f64;
    let domains = bank.domains.len() as f64;
    (1..=CURVE_MAX_ITEMS)
        .map(|len| {
            let (mut agree, mut within, mut path) = (0usize, 0usize, 0usize);
            for (truth, out) in truths.iter().zip(outcomes) {
                let k = len.min(out.levels_by_length.len());
                if k == 0 {
                    continue;
                }
                let levels = &out.levels_by_length[k - 1];
                for (l, t) in levels.iter().zip(&truth.levels) {
                    agree += usize::from(l == t);
                    within += usize::from(l.abs_diff(*t) <= 1);
                }
                path += usize::from(out.path_by_length[k - 1] == truth.path);
            }
            CurvePoint {
                items: len,
                level_agreement: agree as f64 / n / domains,
                within_one_level: within as f64 / n / domains,
                referral_agreement: path as f64 / n,
            }
        })
        .collect()
}

fn savings(joint: &[CurvePoint], independent: &[CurvePoint]) -> Vec<Saving> {
    [5, 10, 15, 20, 25, 30]
        .into_iter()
        .filter(|&l| l <= independent.len())
        .map(|l| {
            let target = independent[l - 1].level_agreement;
            let joint_items = joint.iter().find(|p| p.level_agreement >= target).map(|p| p.items);
            Saving {
                independent_items: l,
                independent_agreement: target,
                joint_items,
                ratio: joint_items.map(|j| round(j as f64 / l as f64)),
            }
        })
        .collect()
}

/// Everything one simulation run reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub mode: Mode,
    pub examinees: usize,
    pub seed: u64,
    pub truth: TruthModel,
    pub parameter_noise: f64,
    pub exposure_control: bool,
    pub exposure_method: ExposureMethod,
    pub bank_items: usize,
    #[serde(flatten)]
    pub adaptive: Summary,
    pub baseline: Summary,
    /// Item ids of the fixed form.
    pub baseline_form: Vec<String>,
    /// The adaptive sessions' items and answers rescored with independent priors.
    pub independent: Summary,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub curves: Option<Curves>,
    /// Every adaptive session (items and answers), for exports; not printed.
    #[serde(skip)]
    pub sessions: Vec<Outcome>,
    /// True abilities of each examinee, in the same order as `sessions`.
    #[serde(skip)]
    pub truths: Vec<Truth>,
}

/// Run the whole simulation.
pub fn run(bank: &Arc<Bank>, config: &Config, pool: &dyn Pool) -> Report {
    let truths: Vec<Truth> = (0..config.examinees).map(|i| config.truth.draw(bank, config.seed, i)).collect();
    let truth_bank = true_parameters(bank, config.seed, config.parameter_noise);
    let truth_bank = &truth_bank;
    let joint = EngineOptions {
        exposure_control: config.exposure_control,
        exposure_method: config.exposure_method,
        ..EngineOptions::default()
    };
    let adaptive_out = {
        let truths = &truths;
        pool.map(config.examinees, &move |i| {
            run_adaptive(bank, truth_bank, &truths[i], config.mode, joint, config.seed, i, false)
        })
    };
    let independent_out: Vec<Outcome> =
        adaptive_out.iter().map(|o| rescore(bank, &o.items, &o.correct, false, false)).collect();
    let adaptive = summarise(bank, &truths, &adaptive_out);
    let form = fixed_form(bank, adaptive.mean_items.round() as usize);
    let baseline_out =
        pool.map(config.examinees, &|i| run_fixed(bank, truth_bank, &truths[i], &form, config.seed, i, false));
    let curves = (config.mode == Mode::Profile && config.curve_examinees > 0).then(|| {
        let m = config.curve_examinees;
        let truths = &truths[..m.min(truths.len())];
        let m = truths.len();
        let fixed_length = |correlated_prior: bool| EngineOptions {
            correlated_prior,
            max_items: Some(CURVE_MAX_ITEMS),
            early_stop: false,
            exposure_control: config.exposure_control,
            exposure_method: config.exposure_method,
        };
        let run_curve = |options: EngineOptions| {
            let out = pool.map(m, &move |i| {
                run_adaptive(bank, truth_bank, &truths[i], Mode::Profile, options, config.seed, i, true)
            });
            curve(bank, truths, &out)
        };
        let joint = run_curve(fixed_length(true));
        let independent = run_curve(fixed_length(false));
        let long_form = fixed_form(bank, CURVE_MAX_ITEMS);
        let fixed_out: Vec<Outcome> =
            (0..m).map(|i| run_fixed(bank, truth_bank, &truths[i], &long_form, config.seed, i, true)).collect();
        let fixed = curve(bank, truths, &fixed_out);
        let savings = savings(&joint, &independent);
        Curves { examinees: m, joint, independent, fixed, savings }
    });
    Report {
        mode: config.mode,
        examinees: config.examinees,
        seed: config.seed,
        truth: config.truth,
        parameter_noise: config.parameter_noise,
        exposure_control: config.exposure_control,
        exposure_method: config.exposure_method,
        bank_items: bank.items.len(),
        baseline: summarise(bank, &truths, &baseline_out),
        baseline_form: form.iter().map(|&i| bank.items[i].id.clone()).collect(),
        independent: summarise(bank, &truths, &independent_out),
        adaptive,
        curves,
        sessions: adaptive_out,
        truths,
    }
}

/// One round of the Sympson–Hetter calibration of item eligibilities.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CalibrationRound {
    /// Highest exposure of a non-prerequisite item with the eligibilities of this round.
    #[serde(serialize_with = "round4")]
    pub max_exposure: f64,
    pub max_exposure_item: String,
    /// Items with an eligibility below 1 in this round.
    pub restricted_items: usize,
    #[serde(serialize_with = "round4")]
    pub mean_items: f64,
}

/// Calibrate the eligibility table of `config.mode` (Sympson–Hetter, decided
/// once per session) so that no non-prerequisite item is shown to more than
/// `target` of the sessions: simulate with the current table, then for every
/// item K ← min(1, K·target / exposure), `rounds` times (each round draws new
/// examinees: seed + round), starting from the bank's own table. Returns the
/// table (eligibilities rounded down to 0.01, only those below 1) and the
/// figures of every round.
pub fn calibrate_eligibility(
    bank: &Arc<Bank>,
    config: &Config,
    target: f64,
    rounds: usize,
    pool: &dyn Pool,
) -> (std::collections::BTreeMap<String, f64>, Vec<CalibrationRound>) {
    let settings = |b: &Bank| match config.mode {
        Mode::Screening => b.settings.screening.clone(),
        Mode::Profile => b.settings.profile.clone(),
    };
    let mut k: Vec<f64> =
        bank.items.iter().map(|i| settings(bank).eligibility.get(&i.id).copied().unwrap_or(1.0)).collect();
    let options =
        EngineOptions { exposure_control: true, exposure_method: ExposureMethod::Eligibility, ..EngineOptions::default() };
    let mut history = Vec::new();
    let table = |k: &[f64]| -> std::collections::BTreeMap<String, f64> {
        bank.items
            .iter()
            .zip(k)
            .filter(|(i, &k)| !i.prerequisite && k < 1.0)
            .map(|(i, &k)| (i.id.clone(), (k * 100.0).floor() / 100.0))
            .filter(|(_, k)| *k < 1.0)
            .collect()
    };
    for round in 0..rounds {
        let mut trial = (**bank).clone();
        let restricted = table(&k).len();
        // Every item listed, 1 included: an empty table would fall back to `Strata`.
        let eligibility: std::collections::BTreeMap<String, f64> = bank
            .items
            .iter()
            .zip(&k)
            .filter(|(i, _)| !i.prerequisite)
            .map(|(i, &k)| (i.id.clone(), (k * 100.0).floor() / 100.0))
            .collect();
        match config.mode {
            Mode::Screening => trial.settings.screening.eligibility = eligibility.clone(),
            Mode::Profile => trial.settings.profile.eligibility = eligibility.clone(),
        }
        let trial = Arc::new(trial);
        let seed = config.seed.wrapping_add(round as u64);
        let truths: Vec<Truth> = (0..config.examinees).map(|i| config.truth.draw(bank, seed, i)).collect();
        let truth_bank = true_parameters(bank, seed, config.parameter_noise);
        let out = {
            let (trial, truths, truth_bank) = (&trial, &truths, &truth_bank);
            pool.map(config.examinees, &move |i| {
                run_adaptive(trial, truth_bank, &truths[i], config.mode, options, seed, i, false)
            })
        };
        let s = summarise(bank, &truths, &out);
        history.push(CalibrationRound {
            max_exposure: s.max_exposure,
            max_exposure_item: s.max_exposure_item.clone(),
            restricted_items: restricted,
            mean_items: s.mean_items,
        });
        let n = out.len().max(1) as f64;
        let mut shown = vec![0usize; bank.items.len()];
        for o in &out {
            for &i in &o.items {
                shown[i] += 1;
            }
        }
        for (i, kk) in k.iter_mut().enumerate() {
            let exposure = shown[i] as f64 / n;
            if exposure > 0.0 {
                *kk = (*kk * target / exposure).min(1.0);
            } else {
                *kk = 1.0;
            }
        }
    }
    (table(&k), history)
}

/// A fixed form aimed at the level cuts: prerequisites first, then round-robin
/// over the domains, each time the item of that domain with the most
/// information at the bank's level cuts, each cut weighted by the prior
/// density there (where the level decisions are made), respecting enemies and
/// families. The same items for everyone.
pub fn fixed_form_at_cuts(bank: &Bank, length: usize) -> Vec<usize> {
    let value = |i: usize| {
        let it = &bank.items[i];
        let d = &bank.domains[bank.domain_index(&it.domain).unwrap_or(0)];
        bank.settings
            .level_cuts
            .iter()
            .map(|&cut| {
                let z = (cut - d.prior_mean) / d.prior_sd;
                (-0.5 * z * z).exp() * information(cut, it.a, it.b, it.c)
            })
            .sum::<f64>()
    };
    round_robin_form(bank, length, &value)
}

fn round_robin_form(bank: &Bank, length: usize, value: &dyn Fn(usize) -> f64) -> Vec<usize> {
    let mut asked = vec![false; bank.items.len()];
    let mut form = Vec::new();
    let mut prereqs: Vec<usize> = (0..bank.items.len()).filter(|&i| bank.items[i].prerequisite).collect();
    prereqs.sort_by(|&x, &y| bank.items[x].b.total_cmp(&bank.items[y].b));
    for i in prereqs {
        if form.len() < length && crate::select::eligible(bank, &asked).contains(&i) {
            asked[i] = true;
            form.push(i);
        }
    }
    let (mut d, mut stuck) = (0, 0);
    while form.len() < length && stuck < bank.domains.len() {
        let domain = &bank.domains[d % bank.domains.len()].id;
        let best = crate::select::eligible(bank, &asked)
            .into_iter()
            .filter(|&i| &bank.items[i].domain == domain)
            .max_by(|&x, &y| value(x).total_cmp(&value(y)));
        match best {
            Some(i) => {
                asked[i] = true;
                form.push(i);
                stuck = 0;
            }
            None => stuck += 1,
        }
        d += 1;
    }
    form
}

/// Accuracy against test length, and the ceiling the bank imposes (`repere
/// simulate --curve`). For every length L from 1 to [`CURVE_MAX_ITEMS`]:
/// the adaptive engine forced to stop at L (its stopping rule off: the first
/// L items of a 30-item session), the same without exposure control, and the
/// best of two fixed forms of length L (prior-averaged information, and
/// information at the level cuts; both scored with the joint estimator); and
/// once, the ceiling: every item of the bank answered, scored with the joint
/// estimator (content rules ignored) — no test drawn from this bank can
/// expect more on average.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ceiling {
    pub mode: Mode,
    pub examinees: usize,
    pub seed: u64,
    pub adaptive: Vec<CurvePoint>,
    /// Examinees whose true overall ability is below [`BEGINNER_OVERALL`].
    pub beginners: usize,
    /// The adaptive curve for those examinees only.
    pub adaptive_beginners: Vec<CurvePoint>,
    pub adaptive_without_exposure_control: Vec<CurvePoint>,
    pub fixed_prior_information: Vec<CurvePoint>,
    pub fixed_at_cuts: Vec<CurvePoint>,
    /// Every item of the bank answered.
    pub all_items: CurvePoint,
    /// The engine as shipped (its stopping rule on), for the same examinees.
    pub variable_length: CurvePoint,
    #[serde(serialize_with = "round4")]
    pub variable_length_mean_items: f64,
}

/// Run the curves of [`Ceiling`].
pub fn ceiling(bank: &Arc<Bank>, config: &Config, pool: &dyn Pool) -> Ceiling {
    let m = config.examinees;
    let truths: Vec<Truth> = (0..m).map(|i| config.truth.draw(bank, config.seed, i)).collect();
    let truth_bank = true_parameters(bank, config.seed, config.parameter_noise);
    let (truths, truth_bank) = (&truths, &truth_bank);
    let forced = |exposure_control: bool| EngineOptions {
        correlated_prior: true,
        max_items: Some(CURVE_MAX_ITEMS),
        early_stop: false,
        exposure_control,
        exposure_method: config.exposure_method,
    };
    let run_curve = |options: EngineOptions| {
        pool.map(m, &move |i| run_adaptive(bank, truth_bank, &truths[i], config.mode, options, config.seed, i, true))
    };
    let adaptive_out = run_curve(forced(config.exposure_control));
    let adaptive = curve(bank, truths, &adaptive_out);
    let beginners: Vec<usize> = (0..m).filter(|&i| truths[i].overall < BEGINNER_OVERALL).collect();
    let adaptive_beginners = curve(
        bank,
        &beginners.iter().map(|&i| truths[i].clone()).collect::<Vec<_>>(),
        &beginners.iter().map(|&i| adaptive_out[i].clone()).collect::<Vec<_>>(),
    );
    let adaptive_without_exposure_control = curve(bank, truths, &run_curve(forced(false)));
    let fixed_curve = |form: Vec<usize>| {
        let out = pool.map(m, &|i| run_fixed(bank, truth_bank, &truths[i], &form, config.seed, i, true));
        curve(bank, truths, &out)
    };
    let fixed_prior_information = fixed_curve(fixed_form(bank, CURVE_MAX_ITEMS));
    let fixed_at_cuts = fixed_curve(fixed_form_at_cuts(bank, CURVE_MAX_ITEMS));
    let all: Vec<usize> = (0..bank.items.len()).collect();
    let all_out = pool.map(m, &|i| run_fixed(bank, truth_bank, &truths[i], &all, config.seed, i, false));
    let point = |out: &[Outcome], items: usize| {
        let s = summarise(bank, truths, out);
        CurvePoint {
            items,
            level_agreement: s.level_agreement_mean,
            within_one_level: s.within_one_level_mean,
            referral_agreement: s.referral_agreement,
        }
    };
    let all_items = point(&all_out, bank.items.len());
    let options = EngineOptions {
        exposure_control: config.exposure_control,
        exposure_method: config.exposure_method,
        ..EngineOptions::default()
    };
    let shipped = pool.map(m, &move |i| {
        run_adaptive(bank, truth_bank, &truths[i], config.mode, options, config.seed, i, false)
    });
    let variable_length_mean_items = shipped.iter().map(|o| o.items.len()).sum::<usize>() as f64 / m.max(1) as f64;
    let variable_length = point(&shipped, variable_length_mean_items.round() as usize);
    Ceiling {
        mode: config.mode,
        examinees: m,
        seed: config.seed,
        adaptive,
        beginners: beginners.len(),
        adaptive_beginners,
        adaptive_without_exposure_control,
        fixed_prior_information,
        fixed_at_cuts,
        all_items,
        variable_length,
        variable_length_mean_items,
    }
}
