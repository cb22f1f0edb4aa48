//! The engine's posterior against an independent reference computation.
//!
//! The reference is written here, not with the engine's code path: a fine
//! trapezoid rule over ±8 SD for the general factor (241 nodes) and, for each
//! domain given g, a trapezoid rule over each level's own interval of the
//! specific factor (the cuts are interval ends, so level probabilities need no
//! interpolation), computed in log space. It checks the floor and ceiling
//! patterns that a ±4.5 grid got wrong by up to 0.11, ordinary patterns, and
//! the highest loading `Bank::check` allows: every domain and overall EAP and
//! SD, and every level probability, within 0.01.

use repere_engine::bank::{Bank, MAX_LOADING};
use repere_engine::estimate::Posterior;
use repere_engine::synthetic::SyntheticBank;

const G_REF: usize = 241;
const E_REF_PER_LEVEL: usize = 161;
const HALF: f64 = 8.0;

fn phi(z: f64) -> f64 {
    (-0.5 * z * z).exp() / (2.0 * std::f64::consts::PI).sqrt()
}

fn log_p(theta: f64, a: f64, b: f64, c: f64, right: bool) -> f64 {
    let p = c + (1.0 - c) / (1.0 + (-a * (theta - b)).exp());
    if right { p.ln() } else { (1.0 - p).ln() }
}

/// Trapezoid nodes and weights on [lo, hi].
fn trapezoid(lo: f64, hi: f64, n: usize) -> Vec<(f64, f64)> {
    if hi <= lo {
        return vec![];
    }
    let h = (hi - lo) / (n - 1) as f64;
    (0..n).map(|i| (lo + h * i as f64, if i == 0 || i == n - 1 { h / 2.0 } else { h })).collect()
}

struct Reference {
    /// Per domain: mean, SD, level probabilities.
    domains: Vec<(f64, f64, [f64; 4])>,
    overall: (f64, f64),
}

fn reference(bank: &Bank, answers: &[(usize, bool)]) -> Reference {
    let cuts = bank.settings.level_cuts;
    let nd = bank.domains.len();
    let total_w: f64 = bank.domains.iter().map(|d| d.weight).sum();
    let gs = trapezoid(-HALF, HALF, G_REF);
    // Per g: log weight, and per domain (log mass, mean, var, level masses).
    let mut log_w = Vec::with_capacity(G_REF);
    let mut per_g: Vec<Vec<(f64, f64, [f64; 4])>> = Vec::with_capacity(G_REF);
    for &(g, wg) in &gs {
        let mut lw = (wg * phi(g)).ln();
        let mut doms = Vec::with_capacity(nd);
        for (d, dom) in bank.domains.iter().enumerate() {
            let spec = dom.prior_sd * (1.0 - dom.loading * dom.loading).sqrt();
            let base = dom.prior_mean + dom.prior_sd * dom.loading * g;
            let mine: Vec<(f64, f64, f64, bool)> = answers
                .iter()
                .filter(|(i, _)| bank.domain_index(&bank.items[*i].domain) == Some(d))
                .map(|&(i, r)| (bank.items[i].a, bank.items[i].b, bank.items[i].c, r))
                .collect();
            // Level intervals on e.
            let mut ends = vec![-HALF];
            ends.extend(cuts.iter().map(|c| ((c - base) / spec).clamp(-HALF, HALF)));
            ends.push(HALF);
            let mut logs = Vec::new();
            for l in 0..4 {
                for (e, we) in trapezoid(ends[l], ends[l + 1], E_REF_PER_LEVEL) {
                    let theta = base + spec * e;
                    let ll: f64 = mine.iter().map(|&(a, b, c, r)| log_p(theta, a, b, c, r)).sum();
                    logs.push((l, theta, (we * phi(e)).ln() + ll));
                }
            }
            let m = logs.iter().map(|x| x.2).fold(f64::NEG_INFINITY, f64::max);
            let (mut s0, mut s1, mut s2, mut lv) = (0.0, 0.0, 0.0, [0.0; 4]);
            for &(l, theta, lg) in &logs {
                let w = (lg - m).exp();
                s0 += w;
                s1 += w * theta;
                s2 += w * theta * theta;
                lv[l] += w;
            }
            lw += m + s0.ln();
            let mean = s1 / s0;
            doms.push((mean, s2 / s0 - mean * mean, lv.map(|x| x / s0)));
        }
        log_w.push(lw);
        per_g.push(doms);
    }
    let m = log_w.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let w: Vec<f64> = log_w.iter().map(|l| (l - m).exp()).collect();
    let tw: f64 = w.iter().sum();
    let w: Vec<f64> = w.iter().map(|x| x / tw).collect();
    let domains = (0..nd)
        .map(|d| {
            let (mut m1, mut m2, mut lv) = (0.0, 0.0, [0.0; 4]);
            for (k, doms) in per_g.iter().enumerate() {
                let (mean, var, levels) = doms[d];
                m1 += w[k] * mean;
                m2 += w[k] * (var + mean * mean);
                for l in 0..4 {
                    lv[l] += w[k] * levels[l];
                }
            }
            (m1, (m2 - m1 * m1).sqrt(), lv)
        })
        .collect();
    let (mut o1, mut o2) = (0.0, 0.0);
    for (k, doms) in per_g.iter().enumerate() {
        let mean: f64 = doms.iter().zip(&bank.domains).map(|(x, d)| d.weight / total_w * x.0).sum();
        let var: f64 = doms.iter().zip(&bank.domains).map(|(x, d)| (d.weight / total_w).powi(2) * x.1).sum();
        o1 += w[k] * mean;
        o2 += w[k] * (var + mean * mean);
    }
    Reference { domains, overall: (o1, (o2 - o1 * o1).sqrt()) }
}

/// Largest difference between the engine and the reference for a pattern.
fn worst(bank: &Bank, answers: &[(usize, bool)]) -> f64 {
    let mut posterior = Posterior::new(bank, true);
    for &(i, r) in answers {
        posterior.update(bank, i, r);
    }
    let reference = reference(bank, answers);
    let view = posterior.view();
    let mut worst: f64 = 0.0;
    for (d, (mean, sd, levels)) in reference.domains.iter().enumerate() {
        let (m, s) = posterior.domain(d);
        worst = worst.max((m - mean).abs()).max((s - sd).abs());
        let engine = view.level_probabilities(d, &bank.settings.level_cuts);
        for l in 0..4 {
            worst = worst.max((engine[l] - levels[l]).abs());
        }
    }
    let (m, s) = posterior.overall();
    worst.max((m - reference.overall.0).abs()).max((s - reference.overall.1).abs())
}

fn by_difficulty(bank: &Bank) -> Vec<usize> {
    let mut items: Vec<usize> = (0..bank.items.len()).collect();
    items.sort_by(|&x, &y| bank.items[x].b.total_cmp(&bank.items[y].b));
    items
}

fn patterns(bank: &Bank) -> Vec<(&'static str, Vec<(usize, bool)>)> {
    let order = by_difficulty(bank);
    let n = order.len();
    vec![
        ("prior", vec![]),
        ("8 easiest wrong", order[..8].iter().map(|&i| (i, false)).collect()),
        ("12 easiest wrong", order[..12].iter().map(|&i| (i, false)).collect()),
        ("25 easiest wrong", order[..25].iter().map(|&i| (i, false)).collect()),
        ("25 hardest right", order[n - 25..].iter().map(|&i| (i, true)).collect()),
        ("one domain all wrong", (0..bank.items.len()).filter(|&i| bank.items[i].domain == bank.domains[1].id).map(|i| (i, false)).collect()),
        ("25 mixed", order.iter().step_by(n / 25).take(25).enumerate().map(|(k, &i)| (i, k % 3 != 0)).collect()),
    ]
}

#[test]
fn posterior_matches_an_independent_fine_grid_at_the_floor_and_ceiling() {
    let bank = SyntheticBank::new(25).build();
    for (name, answers) in patterns(&bank) {
        let err = worst(&bank, &answers);
        eprintln!("{name}: {err:.4}");
        assert!(err < 0.01, "{name}: the engine is off by {err:.4}");
    }
}

#[test]
fn posterior_matches_the_reference_at_the_highest_allowed_loading() {
    let bank = SyntheticBank::new(25).loading(MAX_LOADING).build();
    assert_eq!(bank.check(), vec![]);
    for (name, answers) in patterns(&bank) {
        let err = worst(&bank, &answers);
        eprintln!("{name} at {MAX_LOADING}: {err:.4}");
        assert!(err < 0.01, "{name} at loading {MAX_LOADING}: the engine is off by {err:.4}");
    }
}
