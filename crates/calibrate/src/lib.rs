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
//! - **M-step.** Per item, Fisher scoring on (a, b) with weak priors
//!   (ln a ~ N(0, 0.5²), b ~ N(0, 2²)) so that items with few answers cannot
//!   run away; items under `min_answers` are not re-estimated at all.
//! - **Scale.** The E-step uses the bank's declared population prior, which
//!   fixes the unit. The location is then anchored to the authors' scale: the
//!   re-estimated items are shifted together so that their mean difficulty
//!   equals the mean of their authors' values ([`Anchor::MeanDifficulty`]).
//!   The level cuts keep their meaning (a population that is weaker than the
//!   prior assumed does not make every item look easier), and the shift is
//!   reported as the implied population mean. [`Anchor::Prior`] keeps the
//!   prior's location instead.
//! - **Standard errors** come from the complete-data information of the last
//!   M-step (including the weak priors): slightly optimistic, as they ignore
//!   the uncertainty in the persons' posteriors.
//! - **Misfit.** The item RMSD between the observed proportion correct and the
//!   model's curve, weighted by where the item's answerers stand (the
//!   "pseudo-counts" of the last E-step); above [`MISFIT_RMSD`] an item is
//!   flagged.
//!
//! Input is a compact response table ([`Responses`]); reading export files is
//! the caller's. The E-step over persons is split in chunks that the caller
//! may run in parallel ([`Pool`]).

use repere_engine::irt::p_correct;
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
const PRIOR_LN_A_SD: f64 = 0.5;
const PRIOR_B_SD: f64 = 2.0;

/// Answers of many persons, stored compactly: person `p`'s answers are
/// `answers[starts[p]..starts[p + 1]]`, each an item index and whether it was
/// right ("don't know" counts as wrong, as in the engine).
#[derive(Debug, Clone, Default)]
pub struct Responses {
    starts: Vec<u64>,
    /// Item index in the low 31 bits, "right" in the top bit.
    answers: Vec<u32>,
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
}

impl Default for Options {
    fn default() -> Self {
        Self {
            min_answers: 200,
            max_iterations: 200,
            tolerance: 1e-3,
            anchor: Anchor::MeanDifficulty,
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

/// The E-step for persons `range`: each person's posterior over the grid,
/// gathered on the lattice per domain, summed into every answered item's
/// expected counts. `p[i]` is item i's P(correct) at every cell of its domain.
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
    let mut like = vec![vec![1.0f64; CELLS]; domains];
    let mut marginal = vec![vec![1.0f64; G_NODES]; domains];
    let mut gathered = vec![vec![0.0f64; points]; domains];
    let mut used = vec![false; domains];
    let mut post_g = vec![0.0f64; G_NODES];
    for person in range {
        let answers = responses.person(person);
        used.iter_mut().for_each(|u| *u = false);
        let mut any = false;
        for (item, right) in answers.clone() {
            any = true;
            let d = item_domain[item as usize];
            if !used[d] {
                used[d] = true;
                like[d].iter_mut().for_each(|x| *x = 1.0);
            }
            for (l, &pc) in like[d].iter_mut().zip(&p[item as usize]) {
                *l *= if right { pc } else { 1.0 - pc };
            }
        }
        if !any {
            continue;
        }
        // Marginal over e of each used domain, given g; then the posterior of g.
        post_g.copy_from_slice(&grid.g_weights);
        for d in (0..domains).filter(|&d| used[d]) {
            for k in 0..G_NODES {
                let row = &like[d][k * E_NODES..(k + 1) * E_NODES];
                let m: f64 = row.iter().zip(&grid.e_weights).map(|(l, w)| l * w).sum();
                marginal[d][k] = m;
                post_g[k] *= m;
            }
            // Rescale to keep products of many answers away from underflow.
            let top = post_g.iter().cloned().fold(0.0, f64::max);
            if top > 0.0 {
                post_g.iter_mut().for_each(|x| *x /= top);
            }
        }
        let total: f64 = post_g.iter().sum();
        if !(total > 0.0 && total.is_finite()) {
            continue;
        }
        post_g.iter_mut().for_each(|x| *x /= total);
        // Each used domain's posterior over its cells, gathered on the lattice.
        for d in (0..domains).filter(|&d| used[d]) {
            let out = &mut gathered[d];
            out.iter_mut().for_each(|x| *x = 0.0);
            for k in 0..G_NODES {
                let scale = if marginal[d][k] > 0.0 {
                    post_g[k] / marginal[d][k]
                } else {
                    0.0
                };
                for j in 0..E_NODES {
                    let cell = k * E_NODES + j;
                    let w = like[d][cell] * scale * grid.e_weights[j];
                    let (below, up) = grid.split[d][cell];
                    out[below] += w * (1.0 - up);
                    out[below + 1] += w * up;
                }
            }
        }
        for (item, right) in answers {
            let d = item_domain[item as usize];
            let span = item as usize * points..(item as usize + 1) * points;
            for (x, y) in counts.n[span.clone()].iter_mut().zip(&gathered[d]) {
                *x += y;
            }
            if right {
                for (x, y) in counts.r[span].iter_mut().zip(&gathered[d]) {
                    *x += y;
                }
            }
        }
    }
    counts
}

/// Fisher scoring for one item's (a, b) on its expected counts, with the weak
/// priors. Returns the new values and their standard errors.
fn m_step(theta: &[f64], n: &[f64], r: &[f64], a0: f64, b0: f64, c: f64) -> (f64, f64, f64, f64) {
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
        // Priors: ln a ~ N(0, s²), b ~ N(0, s²).
        let va = PRIOR_LN_A_SD * PRIOR_LN_A_SD;
        ga += -a.ln() / (a * va);
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
pub fn calibrate(
    bank: &Bank,
    responses: &Responses,
    options: &Options,
    pool: &impl Pool,
) -> Result<Calibration, CalibrationError> {
    let items = bank.items.len();
    let domains = bank.domains.len();
    let persons = responses.persons();
    for p in 0..persons {
        if let Some((item, _)) = responses.person(p).find(|(i, _)| *i as usize >= items) {
            return Err(CalibrationError::UnknownItem {
                person: p,
                item: item as usize,
                items,
            });
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
    let estimated: Vec<bool> = answered
        .iter()
        .map(|&n| n >= options.min_answers.max(1))
        .collect();
    let grid = Grid::new(bank);
    let mut a: Vec<f64> = bank.items.iter().map(|it| it.a).collect();
    let mut b: Vec<f64> = bank.items.iter().map(|it| it.b).collect();
    let c: Vec<f64> = bank.items.iter().map(|it| it.c).collect();
    let mut se = vec![(f64::NAN, f64::NAN); items];
    let mut counts = Counts::zeros(items, grid.lattice.len());
    let mut iterations = 0;
    let mut converged = false;
    let chunks = persons.div_ceil(CHUNK).max(1);
    while iterations < options.max_iterations {
        iterations += 1;
        let p: Vec<Vec<f64>> = (0..items)
            .map(|i| {
                grid.theta[item_domain[i]]
                    .iter()
                    .map(|&t| p_correct(t, a[i], b[i], c[i]))
                    .collect()
            })
            .collect();
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
            let (na, nb, sa, sb) = m_step(&grid.lattice, n, r, a[i], b[i], c[i]);
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
    let shift = match options.anchor {
        Anchor::Prior => 0.0,
        Anchor::MeanDifficulty => {
            let chosen: Vec<usize> = (0..items).filter(|&i| estimated[i]).collect();
            if chosen.is_empty() {
                0.0
            } else {
                chosen.iter().map(|&i| bank.items[i].b - b[i]).sum::<f64>() / chosen.len() as f64
            }
        }
    };
    let results = bank
        .items
        .iter()
        .enumerate()
        .map(|(i, it)| {
            let fit = estimated[i].then(|| {
                let (n, r) = counts.item(i);
                rmsd(&grid.lattice, n, r, a[i], b[i], c[i])
            });
            ItemResult {
                id: it.id.clone(),
                answers: answered[i],
                old_a: it.a,
                old_b: it.b,
                a: if estimated[i] { a[i] } else { it.a },
                b: if estimated[i] { b[i] + shift } else { it.b },
                se_a: estimated[i].then_some(se[i].0).filter(|x| x.is_finite()),
                se_b: estimated[i].then_some(se[i].1).filter(|x| x.is_finite()),
                estimated: estimated[i],
                rmsd: fit,
                misfit: fit.is_some_and(|f| f > MISFIT_RMSD),
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
