//! The joint posterior over all domains.
//!
//! Prior (set in the bank): θ_d = μ_d + σ_d·(λ_d·g + √(1−λ_d²)·e_d), with the
//! general factor g and the specific factors e_d independent standard normals.
//! Given g the domains are independent, so the posterior is computed exactly on
//! a grid: for each node of g and each domain, the conditional posterior of e_d
//! over its own grid. An answer in domain d updates one G×E table; the weights
//! of g then combine every domain, which is how one answer informs them all.
//!
//! Estimates are posterior means (EAP) with the posterior SD as standard error;
//! overall ability is the weighted mean of the domains, whose distribution is
//! a mixture over g of normals (exact mean and variance given g).
//!
//! With `correlated = false` the g grid has one node at 0 and λ is ignored:
//! each domain keeps its own N(μ_d, σ_d²) prior, estimated separately.

use crate::bank::Bank;

/// Nodes of the general factor's grid.
pub const G_NODES: usize = 33;
/// Nodes of each specific factor's grid.
pub const E_NODES: usize = 45;
/// Grids span ±GRID_HALF_WIDTH standard deviations. Wide enough that a person
/// who fails (or passes) everything is not pushed back by a cut-off tail: the
/// floor and ceiling patterns stay within 0.01 of a fine-grid reference
/// (`tests/reference.rs`), where ±4.5 was off by up to 0.11.
pub const GRID_HALF_WIDTH: f64 = 6.0;

/// One domain's part of the posterior.
#[derive(Debug, Clone)]
struct DomainGrid {
    /// θ at each (g, e) cell, row-major by g: θ = g_part[g] + e_part[e].
    theta: Vec<f64>,
    /// μ_d + σ_d·λ_d·g at each g node.
    g_part: Vec<f64>,
    /// σ_d·√(1−λ_d²)·e at each e node.
    e_part: Vec<f64>,
    /// Conditional posterior of e given g and this domain's answers, each row
    /// normalised to 1 (already includes the prior weights of e).
    cond: Vec<f64>,
    /// log of the marginal likelihood of this domain's answers given g.
    log_marginal: Vec<f64>,
    /// E[θ_d | g, answers] and Var[θ_d | g, answers].
    cond_mean: Vec<f64>,
    cond_var: Vec<f64>,
}

/// The joint posterior after the answers so far.
#[derive(Debug, Clone)]
pub struct Posterior {
    g_count: usize,
    log_prior_g: Vec<f64>,
    domains: Vec<DomainGrid>,
    /// Domain weights for overall ability, summing to 1.
    weights: Vec<f64>,
    /// Normalised posterior weights of the g nodes.
    g_weights: Vec<f64>,
}

fn normal_grid(n: usize) -> (Vec<f64>, Vec<f64>) {
    if n == 1 {
        return (vec![0.0], vec![1.0]);
    }
    let step = 2.0 * GRID_HALF_WIDTH / (n - 1) as f64;
    let nodes: Vec<f64> = (0..n).map(|i| -GRID_HALF_WIDTH + step * i as f64).collect();
    let raw: Vec<f64> = nodes.iter().map(|z| (-0.5 * z * z).exp()).collect();
    let total: f64 = raw.iter().sum();
    (nodes, raw.into_iter().map(|w| w / total).collect())
}

impl Posterior {
    /// The prior, before any answer.
    pub fn new(bank: &Bank, correlated: bool) -> Self {
        let g_count = if correlated { G_NODES } else { 1 };
        let (g_nodes, g_w) = normal_grid(g_count);
        let (e_nodes, e_w) = normal_grid(E_NODES);
        let total_weight: f64 = bank.domains.iter().map(|d| d.weight).sum();
        let weights = bank
            .domains
            .iter()
            .map(|d| if total_weight > 0.0 { d.weight / total_weight } else { 1.0 / bank.domains.len() as f64 })
            .collect();
        let domains = bank
            .domains
            .iter()
            .map(|d| {
                let loading = if correlated { d.loading } else { 0.0 };
                let specific = (1.0 - loading * loading).sqrt();
                let mut theta = Vec::with_capacity(g_count * E_NODES);
                let mut cond = Vec::with_capacity(g_count * E_NODES);
                for &g in &g_nodes {
                    for (e, w) in e_nodes.iter().zip(&e_w) {
                        theta.push(d.prior_mean + d.prior_sd * (loading * g + specific * e));
                        cond.push(*w);
                    }
                }
                let mut grid = DomainGrid {
                    theta,
                    g_part: g_nodes.iter().map(|g| d.prior_mean + d.prior_sd * loading * g).collect(),
                    e_part: e_nodes.iter().map(|e| d.prior_sd * specific * e).collect(),
                    cond,
                    log_marginal: vec![0.0; g_count],
                    cond_mean: vec![0.0; g_count],
                    cond_var: vec![0.0; g_count],
                };
                grid.refresh_moments();
                grid
            })
            .collect();
        let mut posterior = Posterior {
            g_count,
            log_prior_g: g_w.iter().map(|w| w.ln()).collect(),
            domains,
            weights,
            g_weights: vec![0.0; g_count],
        };
        posterior.refresh_g_weights();
        posterior
    }

    /// Add one scored answer to item `item` of the bank.
    pub fn update(&mut self, bank: &Bank, item: usize, correct: bool) {
        let it = &bank.items[item];
        let Some(d) = bank.domain_index(&it.domain) else { return };
        let grid = &mut self.domains[d];
        let response = grid.response_table(it.a, it.b, it.c);
        for g in 0..self.g_count {
            let row = g * E_NODES..(g + 1) * E_NODES;
            let mut total = 0.0;
            for (e, k) in row.clone().enumerate() {
                let p = response.p(g, e);
                grid.cond[k] *= if correct { p } else { 1.0 - p };
                total += grid.cond[k];
            }
            let total = total.max(f64::MIN_POSITIVE);
            for k in row {
                grid.cond[k] /= total;
            }
            grid.log_marginal[g] += total.ln();
        }
        grid.refresh_moments();
        self.refresh_g_weights();
    }

    fn refresh_g_weights(&mut self) {
        let logs: Vec<f64> = (0..self.g_count)
            .map(|g| self.log_prior_g[g] + self.domains.iter().map(|d| d.log_marginal[g]).sum::<f64>())
            .collect();
        self.g_weights = normalise_logs(&logs);
    }

    /// A read-only view of the current posterior.
    pub fn view(&self) -> View<'_> {
        View { posterior: self, replaced: None, g_weights: self.g_weights.clone() }
    }

    /// Posterior mean and SD of one domain.
    pub fn domain(&self, d: usize) -> (f64, f64) {
        self.view().domain(d)
    }

    /// Posterior mean and SD of overall ability.
    pub fn overall(&self) -> (f64, f64) {
        self.view().overall()
    }

    /// Posterior probability of each skill path (most support first).
    pub fn path_probabilities(&self, cuts: &[f64; 2]) -> [f64; 3] {
        self.view().path_probabilities(cuts)
    }

    /// The two possible futures of answering one item of domain `d` with
    /// parameters (a, b, c): for correct and incorrect, its predictive
    /// probability and the posterior view that would follow.
    pub fn outlook(&self, d: usize, a: f64, b: f64, c: f64) -> [(f64, View<'_>); 2] {
        let grid = &self.domains[d];
        let fresh = || Replacement {
            domain: d,
            log_marginal: grid.log_marginal.clone(),
            cond_mean: vec![0.0; self.g_count],
            cond_var: vec![0.0; self.g_count],
        };
        let (mut right, mut wrong) = (fresh(), fresh());
        let (mut p_right, mut p_wrong) = (0.0, 0.0);
        let response = grid.response_table(a, b, c);
        // One pass over the grid serves both futures: P(correct) is computed once per cell.
        for g in 0..self.g_count {
            let row = g * E_NODES..(g + 1) * E_NODES;
            let (mut mass, mut m1, mut m2) = (0.0, 0.0, 0.0);
            let (mut total, mut t1, mut t2) = (0.0, 0.0, 0.0);
            for (e, k) in row.enumerate() {
                let theta = grid.theta[k];
                let w = grid.cond[k];
                let wp = w * response.p(g, e);
                mass += wp;
                m1 += wp * theta;
                m2 += wp * theta * theta;
                total += w;
                t1 += w * theta;
                t2 += w * theta * theta;
            }
            for (rep, predictive, (mass, m1, m2)) in [
                (&mut right, &mut p_right, (mass, m1, m2)),
                (&mut wrong, &mut p_wrong, (total - mass, t1 - m1, t2 - m2)),
            ] {
                *predictive += self.g_weights[g] * mass;
                let mass = mass.max(f64::MIN_POSITIVE);
                rep.log_marginal[g] += mass.ln();
                let mean = m1 / mass;
                rep.cond_mean[g] = mean;
                rep.cond_var[g] = (m2 / mass - mean * mean).max(0.0);
            }
        }
        let futures = [(p_right, Some(right)), (p_wrong, Some(wrong))];
        futures.map(|(p, rep)| {
            let rep = rep.expect("both futures are computed");
            let logs: Vec<f64> = (0..self.g_count)
                .map(|g| {
                    self.log_prior_g[g]
                        + self
                            .domains
                            .iter()
                            .enumerate()
                            .map(|(k, dom)| if k == d { rep.log_marginal[g] } else { dom.log_marginal[g] })
                            .sum::<f64>()
                })
                .collect();
            (p, View { posterior: self, g_weights: normalise_logs(&logs), replaced: Some(rep) })
        })
    }
}

/// P(correct) on a domain's grid for one item, from separable factors:
/// e^(−a(θ−b)) = e^(−a(g_part−b))·e^(−a·e_part), so a whole grid costs
/// G + E exponentials instead of G·E.
struct ResponseTable {
    g_factor: Vec<f64>,
    e_factor: [f64; E_NODES],
    c: f64,
}

impl ResponseTable {
    #[inline]
    fn p(&self, g: usize, e: usize) -> f64 {
        self.c + (1.0 - self.c) / (1.0 + self.g_factor[g] * self.e_factor[e])
    }
}

impl DomainGrid {
    /// Spacing of θ between neighbouring e nodes (the same in every row).
    fn cell_width(&self) -> f64 {
        (self.e_part[1] - self.e_part[0]).abs().max(f64::MIN_POSITIVE)
    }

    fn response_table(&self, a: f64, b: f64, c: f64) -> ResponseTable {
        let mut e_factor = [0.0; E_NODES];
        for (f, x) in e_factor.iter_mut().zip(&self.e_part) {
            *f = (-a * x).exp();
        }
        ResponseTable { g_factor: self.g_part.iter().map(|x| (-a * (x - b)).exp()).collect(), e_factor, c }
    }

    fn refresh_moments(&mut self) {
        let g_count = self.log_marginal.len();
        for g in 0..g_count {
            let row = g * E_NODES..(g + 1) * E_NODES;
            let (mut m1, mut m2) = (0.0, 0.0);
            for k in row {
                m1 += self.cond[k] * self.theta[k];
                m2 += self.cond[k] * self.theta[k] * self.theta[k];
            }
            self.cond_mean[g] = m1;
            self.cond_var[g] = (m2 - m1 * m1).max(0.0);
        }
    }
}

fn normalise_logs(logs: &[f64]) -> Vec<f64> {
    let max = logs.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let raw: Vec<f64> = logs.iter().map(|l| (l - max).exp()).collect();
    let total: f64 = raw.iter().sum();
    raw.into_iter().map(|w| w / total).collect()
}

/// One domain's conditional moments after a hypothetical answer.
#[derive(Debug, Clone)]
struct Replacement {
    domain: usize,
    log_marginal: Vec<f64>,
    cond_mean: Vec<f64>,
    cond_var: Vec<f64>,
}

/// The posterior as it is, or as it would be after one hypothetical answer.
#[derive(Debug, Clone)]
pub struct View<'p> {
    posterior: &'p Posterior,
    replaced: Option<Replacement>,
    g_weights: Vec<f64>,
}

impl View<'_> {
    fn moments(&self, d: usize) -> (&[f64], &[f64]) {
        match &self.replaced {
            Some(r) if r.domain == d => (&r.cond_mean, &r.cond_var),
            _ => (&self.posterior.domains[d].cond_mean, &self.posterior.domains[d].cond_var),
        }
    }

    /// Posterior mean and SD of domain `d`.
    pub fn domain(&self, d: usize) -> (f64, f64) {
        let (mean, var) = self.moments(d);
        mixture(&self.g_weights, mean.iter().cloned(), var.iter().cloned())
    }

    /// Posterior probability that θ of domain `d` is below `x`. Exact on the
    /// grid for the current posterior: each node stands for the cell of width
    /// h around it and the cell holding `x` is split in proportion (the CDF is
    /// interpolated linearly inside a cell). For a hypothetical future of the
    /// answered domain (selection only), a normal approximation given g.
    pub fn prob_domain_below(&self, d: usize, x: f64) -> f64 {
        let grid = &self.posterior.domains[d];
        match &self.replaced {
            Some(r) if r.domain == d => (0..self.g_weights.len())
                .map(|g| self.g_weights[g] * normal_cdf((x - r.cond_mean[g]) / r.cond_var[g].sqrt().max(1e-9)))
                .sum(),
            _ => {
                let h = grid.cell_width();
                (0..self.g_weights.len())
                    .map(|g| {
                        let row = g * E_NODES..(g + 1) * E_NODES;
                        let below: f64 = row
                            .map(|k| grid.cond[k] * ((x - grid.theta[k]) / h + 0.5).clamp(0.0, 1.0))
                            .sum();
                        self.g_weights[g] * below
                    })
                    .sum()
            }
        }
    }

    /// Posterior probability that domain `d` lies in each level given the
    /// three level cuts (see [`Self::prob_domain_below`]).
    pub fn level_probabilities(&self, d: usize, cuts: &[f64; 3]) -> [f64; 4] {
        let below = cuts.map(|c| self.prob_domain_below(d, c));
        [below[0], (below[1] - below[0]).max(0.0), (below[2] - below[1]).max(0.0), (1.0 - below[2]).max(0.0)]
    }

    /// Posterior variance of domain `d`.
    pub fn domain_variance(&self, d: usize) -> f64 {
        self.domain(d).1.powi(2)
    }

    fn overall_given_g(&self) -> (Vec<f64>, Vec<f64>) {
        let g_count = self.g_weights.len();
        let mut mean = vec![0.0; g_count];
        let mut var = vec![0.0; g_count];
        for (d, w) in self.posterior.weights.iter().enumerate() {
            let (m, v) = self.moments(d);
            for g in 0..g_count {
                mean[g] += w * m[g];
                var[g] += w * w * v[g];
            }
        }
        (mean, var)
    }

    /// Posterior mean and SD of overall ability.
    pub fn overall(&self) -> (f64, f64) {
        let (mean, var) = self.overall_given_g();
        mixture(&self.g_weights, mean.into_iter(), var.into_iter())
    }

    /// Posterior probability that overall ability is below `x`.
    pub fn prob_overall_below(&self, x: f64) -> f64 {
        let (mean, var) = self.overall_given_g();
        (0..self.g_weights.len()).map(|g| self.g_weights[g] * normal_cdf((x - mean[g]) / var[g].sqrt().max(1e-9))).sum()
    }

    /// Probability of each skill path (most support first): overall ability
    /// below the first cut, between the cuts, above the second.
    pub fn path_probabilities(&self, cuts: &[f64; 2]) -> [f64; 3] {
        let (mean, var) = self.overall_given_g();
        let (mut below_low, mut below_high) = (0.0, 0.0);
        for g in 0..self.g_weights.len() {
            let sd = var[g].sqrt().max(1e-9);
            below_low += self.g_weights[g] * normal_cdf((cuts[0] - mean[g]) / sd);
            below_high += self.g_weights[g] * normal_cdf((cuts[1] - mean[g]) / sd);
        }
        [below_low, (below_high - below_low).max(0.0), (1.0 - below_high).max(0.0)]
    }
}

fn mixture(weights: &[f64], mean: impl Iterator<Item = f64>, var: impl Iterator<Item = f64>) -> (f64, f64) {
    let (mut m1, mut m2) = (0.0, 0.0);
    for ((w, m), v) in weights.iter().zip(mean).zip(var) {
        m1 += w * m;
        m2 += w * (v + m * m);
    }
    (m1, (m2 - m1 * m1).max(0.0).sqrt())
}

/// Standard normal CDF (Abramowitz–Stegun 7.1.26 on erf, error < 1.5e-7).
pub fn normal_cdf(z: f64) -> f64 {
    let x = z / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.3275911 * x.abs());
    let poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
    let erf = 1.0 - poly * (-x * x).exp();
    0.5 * (1.0 + if x >= 0.0 { erf } else { -erf })
}
