//! Item calibration: the items' parameters learnt from real answers.
//!
//! Authors' parameters are guesses (a level label → b, a default a). This crate
//! fits each item's discrimination `a` and difficulty `b` by **marginal maximum
//! likelihood with the EM algorithm** (Bock & Aitkin), from the sparse data an
//! adaptive test produces: every person answers a few items of a large bank.
//!
//! - **Model.** The engine's own: 3PL with the author's guessing floor `c`
//!   kept fixed (a floor is not identifiable from a few hundred sparse
//!   answers), and the bank's correlated prior θ_d = μ_d + σ_d(λ_d g +
//!   √(1−λ_d²) e_d). The E-step integrates exactly over a (g, e_d) grid, so a
//!   person's answers in every domain inform where they stand in each — which
//!   is also what makes adaptive (response-dependent) item selection ignorable:
//!   the selection depended only on answers that are in the likelihood.
//! - **M-step.** Per item, Fisher scoring on (a, b) with priors: ln a ~
//!   N(ln a_author, σ_a²), which shrinks the discrimination of thinly
//!   answered items toward the author's value ([`DEFAULT_A_PRIOR_SD`], chosen
//!   by the recovery study in `docs/calibration.md`), and a weak b ~ N(0, 2²)
//!   so that items with few answers cannot run away; items under
//!   `min_answers` are not re-estimated at all.
//! - **Scale.** The E-step uses the bank's declared population prior, which
//!   fixes the unit. The location is then anchored to the authors' scale: the
//!   re-estimated items are shifted together so that their mean difficulty
//!   equals the mean of their authors' values ([`Anchor::MeanDifficulty`]).
//!   The level cuts keep their meaning (a population that is weaker than the
//!   prior assumed does not make every item look easier), and the shift is
//!   reported as the implied population mean. [`Anchor::Prior`] keeps the
//!   prior's location instead.
//! - **Standard errors** come from the empirical (cross-product) information:
//!   the sum over persons of the outer product of each person's score for the
//!   re-estimated items' (a, b), taken under their posterior (Fisher's
//!   identity), plus the priors' precision; the whole matrix is inverted, so
//!   the persons' uncertainty and the items' covariances are counted, and the
//!   anchor's shift (a mean over the re-estimated items) is propagated into
//!   the difficulties' errors. The complete-data information of the last
//!   M-step, which ignores the persons' uncertainty and understated a's error
//!   about twice, is only a fallback when that matrix cannot be inverted.
//! - **Review** ([`review`]): an estimate outside the bank's plausible
//!   difficulty range, a level change of more than one, or a prerequisite (the
//!   first item) leaving level 1 is refused — the item keeps its authors'
//!   values — unless forced (the prerequisite rule cannot be forced).
//! - **Weights.** Each person may carry a weight (the caller caps the weight of
//!   one input file with it); counts, the E-step and the information use it.
//! - **Misfit.** The item RMSD between the observed proportion correct and the
//!   model's curve, weighted by where the item's answerers stand (the
//!   "pseudo-counts" of the last E-step); above [`MISFIT_RMSD`] an item is
//!   flagged.
//!
//! Input is a compact response table ([`Responses`]); reading export files is
//! the caller's. The E-step over persons is split in chunks that the caller
//! may run in parallel ([`Pool`]).

use repere_engine::bank::{difficulty_band, plausible_difficulty};
use repere_engine::irt::p_correct;
use repere_engine::levels::level_of;
use repere_engine::Bank;
use serde::Serialize;

/// Nodes of the general factor's grid in the E-step.
pub const G_NODES: usize = 25;
/// Nodes of each specific factor's grid.
pub const E_NODES: usize = 25;
/// The grids span ±this many standard deviations.
const GRID_HALF_WIDTH: f64 = 5.5;
/// Item RMSD above which an item is flagged as misfitting.
pub const MISFIT_RMSD: f64 = 0.1;
const A_MIN: f64 = 0.2;
const A_MAX: f64 = 4.0;
const B_LIMIT: f64 = 6.0;
const PRIOR_B_SD: f64 = 2.0;
/// The default σ_a of the prior ln a ~ N(ln a_author, σ_a²): the smallest
/// value of the recovery study (`docs/calibration.md`) at which the fitted a
/// is no worse than the author's at every answer count and the 95 % intervals
/// cover the truth.
pub const DEFAULT_A_PRIOR_SD: f64 = 0.25;

/// Answers of many persons, stored compactly: person `p`'s answers are
/// `answers[starts[p]..starts[p + 1]]`, each an item index and whether it was
/// right ("don't know" counts as wrong, as in the engine).
#[derive(Debug, Clone, Default)]
pub struct Responses {
    starts: Vec<u64>,
    /// Item index in the low 31 bits, "right" in the top bit.
    answers: Vec<u32>,
    /// Each person's weight; empty while every weight is 1.
    weights: Vec<f32>,
}

const RIGHT_BIT: u32 = 1 << 31;

/// One packed answer: (item index, right).
fn unpack(x: u32) -> (u32, bool) {
    (x & !RIGHT_BIT, x & RIGHT_BIT != 0)
}

impl Responses {
    pub fn new() -> Self {
        Self {
            starts: vec![0],
            answers: Vec::new(),
            weights: Vec::new(),
        }
    }

    /// Person `p`'s weight (1 unless [`Responses::set_weight`] changed it).
    pub fn weight(&self, p: usize) -> f64 {
        self.weights.get(p).map_or(1.0, |&w| f64::from(w))
    }

    /// Give the persons `range` this weight (clamped to [0, 1]): how much each
    /// counts in the fit, e.g. to cap one input file's share.
    pub fn set_weight(&mut self, range: std::ops::Range<usize>, weight: f64) {
        let persons = self.persons();
        if self.weights.len() < persons {
            self.weights.resize(persons, 1.0);
        }
        let w = if weight.is_finite() { weight.clamp(0.0, 1.0) as f32 } else { 1.0 };
        for x in &mut self.weights[range.start.min(persons)..range.end.min(persons)] {
            *x = w;
        }
    }

    /// Add one person's answers (item indices into the bank).
    pub fn push_person(&mut self, answers: impl IntoIterator<Item = (usize, bool)>) {
        if self.starts.is_empty() {
            self.starts.push(0);
        }
        self.answers.extend(
            answers
                .into_iter()
                .map(|(i, r)| (i.min(!RIGHT_BIT as usize) as u32) | if r { RIGHT_BIT } else { 0 }),
        );
        self.starts.push(self.answers.len() as u64);
        if !self.weights.is_empty() {
            self.weights.push(1.0);
        }
    }

    pub fn persons(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// Person `p`'s answers: (item index, right).
    pub fn person(&self, p: usize) -> impl Iterator<Item = (u32, bool)> + Clone + '_ {
        self.answers[self.starts[p] as usize..self.starts[p + 1] as usize]
            .iter()
            .map(|&x| unpack(x))
    }

    /// How many answers each item received.
    pub fn counts(&self, items: usize) -> Vec<usize> {
        let mut n = vec![0; items];
        for &x in &self.answers {
            if let Some(c) = n.get_mut(unpack(x).0 as usize) {
                *c += 1;
            }
        }
        n
    }

    /// The weighted number of answers each item received.
    pub fn weighted_counts(&self, items: usize) -> Vec<f64> {
        let mut n = vec![0.0; items];
        for p in 0..self.persons() {
            let w = self.weight(p);
            for (i, _) in self.person(p) {
                if let Some(c) = n.get_mut(i as usize) {
                    *c += w;
                }
            }
        }
        n
    }
}

/// How the scale's location is fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Anchor {
    /// Re-estimated items keep their authors' mean difficulty.
    MeanDifficulty,
    /// The bank's declared population prior fixes the location.
    Prior,
}

#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Items with fewer answers keep their parameters.
    pub min_answers: usize,
    pub max_iterations: usize,
    /// Stop when no parameter moves by more than this in an iteration.
    pub tolerance: f64,
    pub anchor: Anchor,
    /// σ_a of the prior ln a ~ N(ln a_author, σ_a²).
    pub a_prior_sd: f64,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            min_answers: 200,
            max_iterations: 200,
            tolerance: 1e-3,
            anchor: Anchor::MeanDifficulty,
            a_prior_sd: DEFAULT_A_PRIOR_SD,
        }
    }
}

/// Parallelism, supplied by the caller: run `f` on every chunk and return the
/// results in order. The default runs them one after the other.
pub trait Pool {
    fn map_chunks<T: Send>(&self, chunks: usize, f: &(dyn Fn(usize) -> T + Sync)) -> Vec<T>;
}

/// Runs every chunk on the calling thread.
pub struct Sequential;

impl Pool for Sequential {
    fn map_chunks<T: Send>(&self, chunks: usize, f: &(dyn Fn(usize) -> T + Sync)) -> Vec<T> {
        (0..chunks).map(f).collect()
    }
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum CalibrationError {
    #[error("no answers to calibrate from")]
    NoData,
    #[error("person {person} answered item index {item}, but the bank has {items} items")]
    UnknownItem {
        person: usize,
        item: usize,
        items: usize,
    },
    #[error("person {person} answered item index {item} twice: a record lists an item at most once")]
    RepeatedItem { person: usize, item: usize },
    #[error("the prior's σ_a must be a positive number, got {0}")]
    BadPrior(f64),
}

/// What [`review`] decided for a re-estimated item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "decision", content = "reason")]
pub enum Decision {
    /// Too few answers: the authors' values stay.
    Unchanged,
    /// The new values are written.
    Accepted,
    /// Refused (the authors' values stay), and why.
    Refused(String),
    /// Would have been refused, but the caller forced it, and why.
    Forced(String),
}

/// What calibration concluded for one item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemResult {
    pub id: String,
    pub answers: usize,
    pub old_a: f64,
    pub old_b: f64,
    /// Unchanged when the item had too few answers.
    pub a: f64,
    pub b: f64,
    pub se_a: Option<f64>,
    pub se_b: Option<f64>,
    /// Whether `a` and `b` were re-estimated (enough answers).
    pub estimated: bool,
    /// Item RMSD (observed vs model proportion correct); `None` if not estimated.
    pub rmsd: Option<f64>,
    pub misfit: bool,
    /// The level in the bank, and the level the new difficulty implies (the
    /// same while `b` stays inside its level's band, see
    /// `repere_engine::bank::difficulty_band`).
    pub old_level: u8,
    pub level: u8,
    /// Set by [`review`]; `Accepted` for every re-estimated item before it.
    pub decision: Decision,
}

impl ItemResult {
    /// Whether the new values are to be written.
    pub fn written(&self) -> bool {
        matches!(self.decision, Decision::Accepted | Decision::Forced(_))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Calibration {
    pub persons: usize,
    pub answers: usize,
    pub iterations: usize,
    pub converged: bool,
    pub anchor: Anchor,
    /// The shift applied to every re-estimated difficulty by the anchor: the
    /// population's mean on the authors' scale, relative to the prior's.
    pub location_shift: f64,
    pub items: Vec<ItemResult>,
}

/// Spacing of the θ lattice on which expected counts are gathered.
const LATTICE_STEP: f64 = 0.1;

/// The quadrature: for each domain, θ at every (g, e) cell (row-major by g),
/// and the prior weights of the g and e nodes. Expected counts are gathered
/// on a θ lattice instead of per cell: each cell's weight is split linearly
/// between the two lattice points around its θ (which keeps its mean θ), so
/// that an answer costs a lattice's worth of additions, not a grid's.
struct Grid {
    g_weights: Vec<f64>,
    e_weights: Vec<f64>,
    /// theta[d][k * E + j]
    theta: Vec<Vec<f64>>,
    /// For each domain and cell: the lattice point below its θ, and the share
    /// of its weight that goes to the point above.
    split: Vec<Vec<(usize, f64)>>,
    /// θ at each lattice point.
    lattice: Vec<f64>,
}

fn normal_nodes(n: usize) -> (Vec<f64>, Vec<f64>) {
    let step = 2.0 * GRID_HALF_WIDTH / (n - 1) as f64;
    let nodes: Vec<f64> = (0..n).map(|i| -GRID_HALF_WIDTH + step * i as f64).collect();
    let raw: Vec<f64> = nodes.iter().map(|z| (-0.5 * z * z).exp()).collect();
    let total: f64 = raw.iter().sum();
    (nodes, raw.into_iter().map(|w| w / total).collect())
}

impl Grid {
    fn new(bank: &Bank) -> Self {
        let (g_nodes, g_weights) = normal_nodes(G_NODES);
        let (e_nodes, e_weights) = normal_nodes(E_NODES);
        let theta: Vec<Vec<f64>> = bank
            .domains
            .iter()
            .map(|d| {
                let lambda = d.loading.clamp(0.0, 0.999);
                let specific = (1.0 - lambda * lambda).sqrt();
                let mut t = Vec::with_capacity(CELLS);
                for g in &g_nodes {
                    for e in &e_nodes {
                        t.push(d.prior_mean + d.prior_sd * (lambda * g + specific * e));
                    }
                }
                t
            })
            .collect();
        let low = theta
            .iter()
            .flatten()
            .cloned()
            .fold(f64::INFINITY, f64::min);
        let high = theta
            .iter()
            .flatten()
            .cloned()
            .fold(f64::NEG_INFINITY, f64::max);
        let (low, high) = if low.is_finite() && high.is_finite() {
            (low, high)
        } else {
            (0.0, 0.0)
        };
        let points = ((high - low) / LATTICE_STEP).ceil() as usize + 2;
        let lattice: Vec<f64> = (0..points).map(|i| low + LATTICE_STEP * i as f64).collect();
        let split = theta
            .iter()
            .map(|cells| {
                cells
                    .iter()
                    .map(|&t| {
                        let x = ((t - low) / LATTICE_STEP).max(0.0);
                        let below = (x.floor() as usize).min(points - 2);
                        (below, (x - below as f64).clamp(0.0, 1.0))
                    })
                    .collect()
            })
            .collect();
        Grid {
            g_weights,
            e_weights,
            theta,
            split,
            lattice,
        }
    }
}

const CELLS: usize = G_NODES * E_NODES;

/// Expected counts on the θ lattice for every item: (answers, right answers).
struct Counts {
    points: usize,
    n: Vec<f64>,
    r: Vec<f64>,
}

impl Counts {
    fn zeros(items: usize, points: usize) -> Self {
        Counts {
            points,
            n: vec![0.0; items * points],
            r: vec![0.0; items * points],
        }
    }

    fn add(&mut self, other: &Counts) {
        for (x, y) in self.n.iter_mut().zip(&other.n) {
            *x += y;
        }
        for (x, y) in self.r.iter_mut().zip(&other.r) {
            *x += y;
        }
    }

    fn item(&self, i: usize) -> (&[f64], &[f64]) {
        let span = i * self.points..(i + 1) * self.points;
        (&self.n[span.clone()], &self.r[span])
    }
}

/// One person's posterior over each answered domain's θ, gathered on the
/// lattice (the scratch space is reused from person to person).
struct Posterior {
    like: Vec<Vec<f64>>,
    marginal: Vec<Vec<f64>>,
    /// gathered[d]: the posterior of θ_d on the lattice (sums to 1).
    gathered: Vec<Vec<f64>>,
    used: Vec<bool>,
    post_g: Vec<f64>,
}

impl Posterior {
    fn new(domains: usize, points: usize) -> Self {
        Posterior {
            like: vec![vec![1.0f64; CELLS]; domains],
            marginal: vec![vec![1.0f64; G_NODES]; domains],
            gathered: vec![vec![0.0f64; points]; domains],
            used: vec![false; domains],
            post_g: vec![0.0f64; G_NODES],
        }
    }

    /// Fill `gathered` for these answers; false when there is nothing to use.
    fn compute(
        &mut self,
        answers: impl Iterator<Item = (u32, bool)>,
        item_domain: &[usize],
        grid: &Grid,
        p: &[Vec<f64>],
    ) -> bool {
        let domains = self.used.len();
        self.used.iter_mut().for_each(|u| *u = false);
        let mut any = false;
        for (item, right) in answers {
            any = true;
            let d = item_domain[item as usize];
            if !self.used[d] {
                self.used[d] = true;
                self.like[d].iter_mut().for_each(|x| *x = 1.0);
            }
            for (l, &pc) in self.like[d].iter_mut().zip(&p[item as usize]) {
                *l *= if right { pc } else { 1.0 - pc };
            }
        }
        if !any {
            return false;
        }
        // Marginal over e of each used domain, given g; then the posterior of g.
        self.post_g.copy_from_slice(&grid.g_weights);
        for d in (0..domains).filter(|&d| self.used[d]) {
            for k in 0..G_NODES {
                let row = &self.like[d][k * E_NODES..(k + 1) * E_NODES];
                let m: f64 = row.iter().zip(&grid.e_weights).map(|(l, w)| l * w).sum();
                self.marginal[d][k] = m;
                self.post_g[k] *= m;
            }
            // Rescale to keep products of many answers away from underflow.
            let top = self.post_g.iter().cloned().fold(0.0, f64::max);
            if top > 0.0 {
                self.post_g.iter_mut().for_each(|x| *x /= top);
            }
        }
        let total: f64 = self.post_g.iter().sum();
        if !(total > 0.0 && total.is_finite()) {
            return false;
        }
        self.post_g.iter_mut().for_each(|x| *x /= total);
        // Each used domain's posterior over its cells, gathered on the lattice.
        for d in (0..domains).filter(|&d| self.used[d]) {
            let out = &mut self.gathered[d];
            out.iter_mut().for_each(|x| *x = 0.0);
            for k in 0..G_NODES {
                let scale = if self.marginal[d][k] > 0.0 {
                    self.post_g[k] / self.marginal[d][k]
                } else {
                    0.0
                };
                for j in 0..E_NODES {
                    let cell = k * E_NODES + j;
                    let w = self.like[d][cell] * scale * grid.e_weights[j];
                    let (below, up) = grid.split[d][cell];
                    out[below] += w * (1.0 - up);
                    out[below + 1] += w * up;
                }
            }
        }
        true
    }
}

/// The E-step for persons `range`: each person's posterior over the grid,
/// gathered on the lattice per domain, summed (with the person's weight) into
/// every answered item's expected counts. `p[i]` is item i's P(correct) at
/// every cell of its domain.
fn e_step(
    responses: &Responses,
    range: std::ops::Range<usize>,
    item_domain: &[usize],
    domains: usize,
    grid: &Grid,
    p: &[Vec<f64>],
) -> Counts {
    let items = item_domain.len();
    let points = grid.lattice.len();
    let mut counts = Counts::zeros(items, points);
    let mut post = Posterior::new(domains, points);
    for person in range {
        let answers = responses.person(person);
        if !post.compute(answers.clone(), item_domain, grid, p) {
            continue;
        }
        let weight = responses.weight(person);
        for (item, right) in answers {
            let d = item_domain[item as usize];
            let span = item as usize * points..(item as usize + 1) * points;
            for (x, y) in counts.n[span.clone()].iter_mut().zip(&post.gathered[d]) {
                *x += weight * y;
            }
            if right {
                for (x, y) in counts.r[span].iter_mut().zip(&post.gathered[d]) {
                    *x += weight * y;
                }
            }
        }
    }
    counts
}

/// The cross-product information of persons `range`: Σ w · s sᵀ over the
/// persons' scores s for the re-estimated items' (a, b) (`slot[i]` is item
/// i's place, 2·slot for a and 2·slot + 1 for b). `score[i]` holds, for a
/// wrong and a right answer, ∂ log P / ∂a and ∂b at every lattice point.
/// Returns the upper triangle of the (2E × 2E) matrix, row-major.
#[allow(clippy::too_many_arguments)]
fn cross_products(
    responses: &Responses,
    range: std::ops::Range<usize>,
    item_domain: &[usize],
    domains: usize,
    grid: &Grid,
    p: &[Vec<f64>],
    slot: &[Option<usize>],
    score: &[[Vec<(f64, f64)>; 2]],
) -> Vec<f64> {
    let size = 2 * slot.iter().flatten().count();
    let mut m = vec![0.0; size * size];
    let mut post = Posterior::new(domains, grid.lattice.len());
    let mut s: Vec<(usize, f64)> = Vec::new();
    for person in range {
        let answers = responses.person(person);
        if !post.compute(answers.clone(), item_domain, grid, p) {
            continue;
        }
        s.clear();
        for (item, right) in answers {
            let Some(k) = slot[item as usize] else { continue };
            let d = item_domain[item as usize];
            let (mut sa, mut sb) = (0.0, 0.0);
            for (&w, &(da, db)) in post.gathered[d].iter().zip(&score[item as usize][usize::from(right)]) {
                sa += w * da;
                sb += w * db;
            }
            s.push((2 * k, sa));
            s.push((2 * k + 1, sb));
        }
        let weight = responses.weight(person);
        for &(i, x) in &s {
            for &(j, y) in &s {
                if j >= i {
                    m[i * size + j] += weight * x * y;
                }
            }
        }
    }
    m
}

/// ∂ log P / ∂(a, b) of a wrong (`[0]`) and a right (`[1]`) answer at every θ.
fn item_scores(theta: &[f64], a: f64, b: f64, c: f64) -> [Vec<(f64, f64)>; 2] {
    let at = |right: bool| {
        theta
            .iter()
            .map(|&t| {
                let s = 1.0 / (1.0 + (-a * (t - b)).exp());
                let pc = (c + (1.0 - c) * s).clamp(1e-9, 1.0 - 1e-9);
                let dp = (1.0 - c) * s * (1.0 - s);
                let f = if right { dp / pc } else { -dp / (1.0 - pc) };
                (f * (t - b), f * -a)
            })
            .collect()
    };
    [at(false), at(true)]
}

/// The inverse of a symmetric positive-definite matrix (upper triangle given,
/// row-major), by Cholesky; `None` when it is not positive definite.
fn invert_spd(upper: &[f64], n: usize) -> Option<Vec<f64>> {
    let at = |i: usize, j: usize| if i <= j { upper[i * n + j] } else { upper[j * n + i] };
    // L Lᵀ = M
    let mut l = vec![0.0; n * n];
    for i in 0..n {
        for j in 0..=i {
            let mut sum = at(i, j);
            for k in 0..j {
                sum -= l[i * n + k] * l[j * n + k];
            }
            if i == j {
                if !(sum > 0.0 && sum.is_finite()) {
                    return None;
                }
                l[i * n + i] = sum.sqrt();
            } else {
                l[i * n + j] = sum / l[j * n + j];
            }
        }
    }
    // L⁻¹, lower triangular.
    let mut li = vec![0.0; n * n];
    for i in 0..n {
        li[i * n + i] = 1.0 / l[i * n + i];
        for j in 0..i {
            let mut sum = 0.0;
            for k in j..i {
                sum -= l[i * n + k] * li[k * n + j];
            }
            li[i * n + j] = sum / l[i * n + i];
        }
    }
    // M⁻¹ = L⁻ᵀ L⁻¹
    let mut inv = vec![0.0; n * n];
    for i in 0..n {
        for j in 0..=i {
            let mut sum = 0.0;
            for k in i..n {
                sum += li[k * n + i] * li[k * n + j];
            }
            inv[i * n + j] = sum;
            inv[j * n + i] = sum;
        }
    }
    Some(inv)
}

/// Fisher scoring for one item's (a, b) on its expected counts, with the weak
/// priors. Returns the new values and their standard errors.
#[allow(clippy::too_many_arguments)]
fn m_step(
    theta: &[f64],
    n: &[f64],
    r: &[f64],
    a0: f64,
    b0: f64,
    c: f64,
    prior_ln_a: f64,
    prior_ln_a_sd: f64,
) -> (f64, f64, f64, f64) {
    let (mut a, mut b) = (a0.clamp(A_MIN, A_MAX), b0.clamp(-B_LIMIT, B_LIMIT));
    let mut info = [[0.0; 2]; 2];
    for _ in 0..30 {
        let (mut ga, mut gb) = (0.0, 0.0);
        info = [[0.0; 2]; 2];
        for ((&t, &nn), &rr) in theta.iter().zip(n).zip(r) {
            if nn <= 1e-12 {
                continue;
            }
            let s = 1.0 / (1.0 + (-a * (t - b)).exp());
            let pc = (c + (1.0 - c) * s).clamp(1e-9, 1.0 - 1e-9);
            let dp = (1.0 - c) * s * (1.0 - s);
            let resid = (rr - nn * pc) / (pc * (1.0 - pc)) * dp;
            let (da, db) = (t - b, -a);
            ga += resid * da;
            gb += resid * db;
            let w = nn * dp * dp / (pc * (1.0 - pc));
            info[0][0] += w * da * da;
            info[0][1] += w * da * db;
            info[1][1] += w * db * db;
        }
        // Priors: ln a ~ N(ln a_author, σ_a²), b ~ N(0, s²).
        let va = prior_ln_a_sd * prior_ln_a_sd;
        ga += -(a.ln() - prior_ln_a) / (a * va);
        info[0][0] += 1.0 / (a * a * va);
        let vb = PRIOR_B_SD * PRIOR_B_SD;
        gb += -b / vb;
        info[1][1] += 1.0 / vb;
        info[1][0] = info[0][1];
        let det = info[0][0] * info[1][1] - info[0][1] * info[1][0];
        if !(det > 0.0) {
            break;
        }
        let step_a = (info[1][1] * ga - info[0][1] * gb) / det;
        let step_b = (info[0][0] * gb - info[1][0] * ga) / det;
        let (step_a, step_b) = (step_a.clamp(-0.5, 0.5), step_b.clamp(-1.0, 1.0));
        a = (a + step_a).clamp(A_MIN, A_MAX);
        b = (b + step_b).clamp(-B_LIMIT, B_LIMIT);
        if step_a.abs() < 1e-6 && step_b.abs() < 1e-6 {
            break;
        }
    }
    let det = info[0][0] * info[1][1] - info[0][1] * info[1][0];
    let (se_a, se_b) = if det > 0.0 {
        ((info[1][1] / det).sqrt(), (info[0][0] / det).sqrt())
    } else {
        (f64::NAN, f64::NAN)
    };
    (a, b, se_a, se_b)
}

fn rmsd(theta: &[f64], n: &[f64], r: &[f64], a: f64, b: f64, c: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    for ((&t, &nn), &rr) in theta.iter().zip(n).zip(r) {
        if nn <= 1e-12 {
            continue;
        }
        let d = rr / nn - p_correct(t, a, b, c);
        num += nn * d * d;
        den += nn;
    }
    if den > 0.0 {
        (num / den).sqrt()
    } else {
        0.0
    }
}

/// Persons per E-step chunk handed to the pool.
const CHUNK: usize = 4096;

/// Calibrate `bank`'s items from `responses` (item indices into `bank.items`).
/// Every re-estimated item comes out [`Decision::Accepted`]: [`review`] then
/// refuses what must not be written.
pub fn calibrate(
    bank: &Bank,
    responses: &Responses,
    options: &Options,
    pool: &impl Pool,
) -> Result<Calibration, CalibrationError> {
    let items = bank.items.len();
    let domains = bank.domains.len();
    let persons = responses.persons();
    if !(options.a_prior_sd > 0.0 && options.a_prior_sd.is_finite()) {
        return Err(CalibrationError::BadPrior(options.a_prior_sd));
    }
    let mut seen = vec![usize::MAX; items];
    for p in 0..persons {
        for (item, _) in responses.person(p) {
            let i = item as usize;
            if i >= items {
                return Err(CalibrationError::UnknownItem { person: p, item: i, items });
            }
            if seen[i] == p {
                return Err(CalibrationError::RepeatedItem { person: p, item: i });
            }
            seen[i] = p;
        }
    }
    let total_answers = responses.answers.len();
    if total_answers == 0 {
        return Err(CalibrationError::NoData);
    }
    let item_domain: Vec<usize> = bank
        .items
        .iter()
        .map(|it| bank.domain_index(&it.domain).unwrap_or(0))
        .collect();
    let answered = responses.counts(items);
    let weighted = responses.weighted_counts(items);
    let estimated: Vec<bool> = weighted
        .iter()
        .map(|&n| n >= options.min_answers.max(1) as f64)
        .collect();
    let grid = Grid::new(bank);
    let mut a: Vec<f64> = bank.items.iter().map(|it| it.a).collect();
    let mut b: Vec<f64> = bank.items.iter().map(|it| it.b).collect();
    let c: Vec<f64> = bank.items.iter().map(|it| it.c).collect();
    let prior_ln_a: Vec<f64> = bank.items.iter().map(|it| it.a.clamp(A_MIN, A_MAX).ln()).collect();
    let mut se = vec![(f64::NAN, f64::NAN); items];
    let mut counts = Counts::zeros(items, grid.lattice.len());
    let mut iterations = 0;
    let mut converged = false;
    let chunks = persons.div_ceil(CHUNK).max(1);
    let probabilities = |a: &[f64], b: &[f64]| -> Vec<Vec<f64>> {
        (0..items)
            .map(|i| {
                grid.theta[item_domain[i]]
                    .iter()
                    .map(|&t| p_correct(t, a[i], b[i], c[i]))
                    .collect()
            })
            .collect()
    };
    while iterations < options.max_iterations {
        iterations += 1;
        let p = probabilities(&a, &b);
        let parts = pool.map_chunks(chunks, &|chunk| {
            let start = chunk * CHUNK;
            e_step(
                responses,
                start..(start + CHUNK).min(persons),
                &item_domain,
                domains,
                &grid,
                &p,
            )
        });
        counts = Counts::zeros(items, grid.lattice.len());
        for part in &parts {
            counts.add(part);
        }
        let mut largest_move: f64 = 0.0;
        for i in (0..items).filter(|&i| estimated[i]) {
            let (n, r) = counts.item(i);
            let (na, nb, sa, sb) = m_step(&grid.lattice, n, r, a[i], b[i], c[i], prior_ln_a[i], options.a_prior_sd);
            largest_move = largest_move.max((na - a[i]).abs()).max((nb - b[i]).abs());
            a[i] = na;
            b[i] = nb;
            se[i] = (sa, sb);
        }
        if largest_move < options.tolerance {
            converged = true;
            break;
        }
    }
    let chosen: Vec<usize> = (0..items).filter(|&i| estimated[i]).collect();
    let shift = match options.anchor {
        Anchor::Prior => 0.0,
        Anchor::MeanDifficulty => {
            if chosen.is_empty() {
                0.0
            } else {
                chosen.iter().map(|&i| bank.items[i].b - b[i]).sum::<f64>() / chosen.len() as f64
            }
        }
    };
    // Standard errors from the cross-product information at the estimates.
    if !chosen.is_empty() {
        let mut slot = vec![None; items];
        for (k, &i) in chosen.iter().enumerate() {
            slot[i] = Some(k);
        }
        let score: Vec<[Vec<(f64, f64)>; 2]> = (0..items)
            .map(|i| {
                if estimated[i] {
                    item_scores(&grid.lattice, a[i], b[i], c[i])
                } else {
                    [Vec::new(), Vec::new()]
                }
            })
            .collect();
        let p = probabilities(&a, &b);
        let n = 2 * chosen.len();
        // Few large chunks: each returns an n × n matrix.
        let parts_count = persons.clamp(1, 8);
        let per = persons.div_ceil(parts_count);
        let parts = pool.map_chunks(parts_count, &|chunk| {
            let start = (chunk * per).min(persons);
            cross_products(responses, start..(start + per).min(persons), &item_domain, domains, &grid, &p, &slot, &score)
        });
        let mut info = vec![0.0; n * n];
        for part in &parts {
            for (x, y) in info.iter_mut().zip(part) {
                *x += y;
            }
        }
        for (k, &i) in chosen.iter().enumerate() {
            info[2 * k * n + 2 * k] += 1.0 / (a[i] * a[i] * options.a_prior_sd * options.a_prior_sd);
            info[(2 * k + 1) * n + 2 * k + 1] += 1.0 / (PRIOR_B_SD * PRIOR_B_SD);
        }
        if let Some(cov) = invert_spd(&info, n) {
            let e = chosen.len() as f64;
            // Cov(b_k, mean b) and Var(mean b), for the anchor's shift.
            let cov_mean: Vec<f64> = (0..chosen.len())
                .map(|k| (0..chosen.len()).map(|j| cov[(2 * k + 1) * n + 2 * j + 1]).sum::<f64>() / e)
                .collect();
            let var_mean = cov_mean.iter().sum::<f64>() / e;
            for (k, &i) in chosen.iter().enumerate() {
                let var_a = cov[2 * k * n + 2 * k];
                let mut var_b = cov[(2 * k + 1) * n + 2 * k + 1];
                if options.anchor == Anchor::MeanDifficulty {
                    var_b += var_mean - 2.0 * cov_mean[k];
                }
                se[i] = (var_a.max(0.0).sqrt(), var_b.max(0.0).sqrt());
            }
        }
    }
    let cuts = &bank.settings.level_cuts;
    let results = bank
        .items
        .iter()
        .enumerate()
        .map(|(i, it)| {
            let fit = estimated[i].then(|| {
                let (n, r) = counts.item(i);
                rmsd(&grid.lattice, n, r, a[i], b[i], c[i])
            });
            let new_b = if estimated[i] { b[i] + shift } else { it.b };
            let (low, high) = difficulty_band(it.level, cuts);
            let level = if new_b < low || new_b > high { level_of(new_b, cuts) } else { it.level };
            ItemResult {
                id: it.id.clone(),
                answers: answered[i],
                old_a: it.a,
                old_b: it.b,
                a: if estimated[i] { a[i] } else { it.a },
                b: new_b,
                se_a: estimated[i].then_some(se[i].0).filter(|x| x.is_finite()),
                se_b: estimated[i].then_some(se[i].1).filter(|x| x.is_finite()),
                estimated: estimated[i],
                rmsd: fit,
                misfit: fit.is_some_and(|f| f > MISFIT_RMSD),
                old_level: it.level,
                level,
                decision: if estimated[i] { Decision::Accepted } else { Decision::Unchanged },
            }
        })
        .collect();
    Ok(Calibration {
        persons,
        answers: total_answers,
        iterations,
        converged,
        anchor: options.anchor,
        location_shift: shift,
        items: results,
    })
}

/// Refuse the estimates that must not be written (see the crate's docs):
/// a difficulty outside the bank's plausible range, a level change of more
/// than one, a prerequisite (asked first, so it must stay easy) leaving level
/// 1. With `force`, the first two are written anyway ([`Decision::Forced`]),
/// a difficulty outside the range clamped to it; the prerequisite rule cannot
/// be forced (`repere validate` refuses it).
/// Returns how many items were refused.
pub fn review(bank: &Bank, calibration: &mut Calibration, force: bool) -> usize {
    let (least, most) = plausible_difficulty(&bank.settings.level_cuts);
    let mut refused = 0;
    for (r, it) in calibration.items.iter_mut().zip(&bank.items) {
        if !r.estimated {
            continue;
        }
        let hard = (it.prerequisite && r.level != 1).then(|| {
            format!(
                "a prerequisite is asked first and must stay at level 1; b {:.2} would make it level {}",
                r.b, r.level
            )
        });
        let soft = if !(least..=most).contains(&r.b) {
            Some(format!("b {:.2} is outside the plausible range [{least}, {most}]", r.b))
        } else if r.level.abs_diff(r.old_level) > 1 {
            Some(format!("b {:.2} would move it from level {} to {}: more than one level", r.b, r.old_level, r.level))
        } else {
            None
        };
        r.decision = match (hard, soft) {
            (Some(why), _) => Decision::Refused(why),
            (None, Some(why)) if force => {
                if !(least..=most).contains(&r.b) {
                    r.b = r.b.clamp(least, most);
                    r.level = level_of(r.b, &bank.settings.level_cuts);
                    Decision::Forced(format!("{why}; clamped to {:.2}", r.b))
                } else {
                    Decision::Forced(why)
                }
            }
            (None, Some(why)) => Decision::Refused(why),
            (None, None) => Decision::Accepted,
        };
        if matches!(r.decision, Decision::Refused(_)) {
            refused += 1;
        }
    }
    refused
}

/// Root mean square error of the re-estimated items against known true
/// parameters (`truth[i] = (a, b)`), over items with at least `min_answers`.
pub fn recovery_error(
    calibration: &Calibration,
    truth: &[(f64, f64)],
    min_answers: usize,
) -> Option<(f64, f64, usize)> {
    let chosen: Vec<(&ItemResult, &(f64, f64))> = calibration
        .items
        .iter()
        .zip(truth)
        .filter(|(r, _)| r.estimated && r.answers >= min_answers)
        .collect();
    if chosen.is_empty() {
        return None;
    }
    let n = chosen.len() as f64;
    let ra = (chosen.iter().map(|(r, t)| (r.a - t.0).powi(2)).sum::<f64>() / n).sqrt();
    let rb = (chosen.iter().map(|(r, t)| (r.b - t.1).powi(2)).sum::<f64>() / n).sqrt();
    Some((ra, rb, chosen.len()))
}

/// Answer-count bins of [`recovery_table`]: 200–499, 500–999, 1,000–1,999,
/// 2,000–4,999, 5,000 and more.
pub const RECOVERY_BINS: [usize; 5] = [200, 500, 1000, 2000, 5000];

/// Recovery of the re-estimated items whose answer count falls in one bin.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RecoveryRow {
    /// Answers: at least `low`, fewer than `high` (`None`: no upper bound).
    pub low: usize,
    pub high: Option<usize>,
    pub items: usize,
    /// RMSE against the truth of the authors' values and of the calibrated ones.
    pub rmse_a_bank: f64,
    pub rmse_a: f64,
    pub rmse_b_bank: f64,
    pub rmse_b: f64,
    /// Share of items whose 95 % interval (± 1.96 standard errors) holds the
    /// true value; `None` when no item of the bin has a standard error.
    pub coverage_a: Option<f64>,
    pub coverage_b: Option<f64>,
}

/// The recovery error by answer count (bins start at each of `bins`), over
/// re-estimated items, with the coverage of their standard errors. Bins
/// without items are left out.
pub fn recovery_table(calibration: &Calibration, truth: &[(f64, f64)], bins: &[usize]) -> Vec<RecoveryRow> {
    let rmse = |xs: &[f64]| (xs.iter().map(|x| x * x).sum::<f64>() / xs.len() as f64).sqrt();
    let cover = |pairs: &[(f64, f64)]| {
        (!pairs.is_empty()).then(|| {
            pairs.iter().filter(|(err, se)| err.abs() <= 1.96 * se).count() as f64 / pairs.len() as f64
        })
    };
    bins.iter()
        .enumerate()
        .filter_map(|(k, &low)| {
            let high = bins.get(k + 1).copied();
            let chosen: Vec<(&ItemResult, &(f64, f64))> = calibration
                .items
                .iter()
                .zip(truth)
                .filter(|(r, _)| r.estimated && r.answers >= low && high.is_none_or(|h| r.answers < h))
                .collect();
            if chosen.is_empty() {
                return None;
            }
            let errs = |f: &dyn Fn(&ItemResult, &(f64, f64)) -> f64| chosen.iter().map(|(r, t)| f(r, t)).collect::<Vec<_>>();
            let se_pairs = |f: &dyn Fn(&ItemResult, &(f64, f64)) -> Option<(f64, f64)>| {
                chosen.iter().filter_map(|(r, t)| f(r, t)).collect::<Vec<_>>()
            };
            Some(RecoveryRow {
                low,
                high,
                items: chosen.len(),
                rmse_a_bank: rmse(&errs(&|r, t| r.old_a - t.0)),
                rmse_a: rmse(&errs(&|r, t| r.a - t.0)),
                rmse_b_bank: rmse(&errs(&|r, t| r.old_b - t.1)),
                rmse_b: rmse(&errs(&|r, t| r.b - t.1)),
                coverage_a: cover(&se_pairs(&|r, t| r.se_a.map(|s| (r.a - t.0, s)))),
                coverage_b: cover(&se_pairs(&|r, t| r.se_b.map(|s| (r.b - t.1, s)))),
            })
        })
        .collect()
}
