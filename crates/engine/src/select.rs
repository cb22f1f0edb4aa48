//! Choosing the next item.
//!
//! Content rules first (prerequisites, enemies, one clone per family, an easy
//! first item, the minimum per domain in profile mode). Then a cheap screen
//! keeps the candidates with the most posterior-weighted information, and a
//! preposterior criterion ranks them by what the mode needs:
//! - screening: the expected probability that the path is materially wrong
//!   after the answer — the quantity the stopping rule tests — plus a little
//!   overall variance, to break ties far from cuts;
//! - profile: the expected sum of posterior variances of the domains whose
//!   level is not settled yet (plus overall variance while the path is open),
//!   which credits an item for what it teaches about the other domains through
//!   the general factor.
//! Exposure control works at two points. Before the choice, per session:
//! the shipped method, Sympson–Hetter eligibility (each over-used item is
//! available to a session with the probability `bank.toml`'s eligibility
//! tables give, decided once per session), or the comparison variants —
//! withholding by stratum (the fallback when a mode has no eligibility table)
//! and the progressive method. After the ranking, randomesque picks among the
//! best few, and a family of clones gives one clone at random.

use crate::bank::{Bank, Item, ModeSettings};
use crate::estimate::{Posterior, View};
use crate::irt::information;
use crate::session::{ExposureMethod, Mode};
use rand::seq::SliceRandom;
use rand::Rng;

/// How many candidates the preposterior criterion examines.
pub const PREPOSTERIOR_CANDIDATES: usize = 16;

/// Everything the choice depends on.
pub struct Selection<'a> {
    pub bank: &'a Bank,
    pub mode: Mode,
    /// The mode's length and stopping settings for this session.
    pub settings: &'a ModeSettings,
    pub posterior: &'a Posterior,
    /// Per item: already shown in this session.
    pub asked: &'a [bool],
    /// Per item: excluded by the content rules (asked, enemy of an asked item,
    /// clone of an asked family); the same as not being in [`eligible`].
    pub blocked: &'a [bool],
    /// Domain index of each item.
    pub item_domain: &'a [usize],
    /// Items answered so far.
    pub answered: usize,
    /// The exposure-control method, `None` when off.
    pub exposure: Option<ExposureMethod>,
}

/// Nodes (integers) and renormalised normal-density weights for
/// posterior-weighted information: a cheap screen, not a quadrature rule.
const PWI_NODES: [(f64, f64); 5] = [(-2.0, 0.0545), (-1.0, 0.2442), (0.0, 0.4026), (1.0, 0.2442), (2.0, 0.0545)];

/// Items that may still be shown under the bank's content rules.
pub fn eligible(bank: &Bank, asked: &[bool]) -> Vec<usize> {
    let asked_items: Vec<&Item> = bank.items.iter().zip(asked).filter(|(_, a)| **a).map(|(i, _)| i).collect();
    (0..bank.items.len())
        .filter(|&i| !asked[i])
        .filter(|&i| {
            let item = &bank.items[i];
            asked_items.iter().all(|done| {
                !done.enemies.contains(&item.id)
                    && !item.enemies.contains(&done.id)
                    && (item.family.is_none() || done.family != item.family)
            })
        })
        .collect()
}

/// Exposure control across the whole test: the share of each difficulty
/// stratum a session may draw from. No item can then be seen by more than
/// this share of sessions (randomesque alone cannot promise that: the most
/// informative items of a domain are reached sooner or later by most people).
pub const AVAILABLE_SHARE: f64 = 0.4;
/// Items per difficulty stratum (within a domain) for [`withheld_items`].
pub const STRATUM: usize = 5;

/// Items this session will not use, drawn at random: in each domain the items
/// are sorted by difficulty and cut into strata of [`STRATUM`] (the last one
/// takes the remainder, up to 2·STRATUM − 1), and each stratum keeps
/// ⌊[`AVAILABLE_SHARE`]·size⌋ items at random, so every session still covers
/// the whole difficulty range. Prerequisites are never withheld; domains with
/// fewer than [`STRATUM`] items keep them all.
pub fn withheld_items(bank: &Bank, item_domain: &[usize], rng: &mut impl Rng) -> Vec<bool> {
    let mut withheld = vec![false; bank.items.len()];
    for d in 0..bank.domains.len() {
        let mut items: Vec<usize> =
            (0..bank.items.len()).filter(|&i| item_domain[i] == d && !bank.items[i].prerequisite).collect();
        if items.len() < STRATUM {
            continue;
        }
        items.sort_by(|&x, &y| bank.items[x].b.total_cmp(&bank.items[y].b).then(x.cmp(&y)));
        let strata = items.len() / STRATUM;
        for s in 0..strata {
            let end = if s + 1 == strata { items.len() } else { (s + 1) * STRATUM };
            let mut stratum = items[s * STRATUM..end].to_vec();
            stratum.shuffle(rng);
            let keep = ((AVAILABLE_SHARE * stratum.len() as f64).floor() as usize).max(1);
            for &i in &stratum[keep..] {
                withheld[i] = true;
            }
        }
    }
    withheld
}

/// Items this session will not use under Sympson–Hetter eligibility: each
/// item listed in the mode's `eligibility` table is withheld with probability
/// 1 − its eligibility (one draw per listed item, in bank order).
/// Prerequisites are never withheld.
pub fn ineligible_items(bank: &Bank, settings: &ModeSettings, rng: &mut impl Rng) -> Vec<bool> {
    bank.items
        .iter()
        .map(|item| match settings.eligibility.get(&item.id) {
            Some(&k) if !item.prerequisite => rng.gen::<f64>() >= k,
            _ => false,
        })
        .collect()
}

/// Posterior probability that the most probable class is materially wrong:
/// the value lies beyond that class's band by more than `indifference`.
/// `below(x)` is P(value < x); `probabilities` the posterior of each class
/// (bands between consecutive `cuts`, lowest first).
fn material_error(probabilities: &[f64], cuts: &[f64], indifference: f64, below: impl Fn(f64) -> f64) -> f64 {
    let best = (0..probabilities.len()).max_by(|&a, &b| probabilities[a].total_cmp(&probabilities[b])).unwrap_or(0);
    let under = if best > 0 { below(cuts[best - 1] - indifference) } else { 0.0 };
    let over = if best < cuts.len() { 1.0 - below(cuts[best] + indifference) } else { 0.0 };
    under + over
}

/// Posterior probability that the most probable skill path is materially
/// wrong: overall ability beyond that path's band by more than `indifference`.
pub fn path_error(view: &View<'_>, cuts: &[f64; 2], indifference: f64) -> f64 {
    material_error(&view.path_probabilities(cuts), cuts, indifference, |x| view.prob_overall_below(x))
}

/// Posterior probability that the most probable level of domain `d` is
/// materially wrong: θ_d beyond that level's band by more than `indifference`.
pub fn level_error(view: &View<'_>, d: usize, cuts: &[f64; 3], indifference: f64) -> f64 {
    material_error(&view.level_probabilities(d, cuts), cuts, indifference, |x| view.prob_domain_below(d, x))
}

/// Whether the referral decision is settled under the mode's settings.
pub fn path_settled(view: &View<'_>, cuts: &[f64; 2], settings: &ModeSettings) -> bool {
    path_error(view, cuts, settings.path_indifference) <= 1.0 - settings.decision_confidence
}

/// Whether domain `d`'s level is settled under the mode's settings.
pub fn level_settled(view: &View<'_>, d: usize, cuts: &[f64; 3], settings: &ModeSettings) -> bool {
    level_error(view, d, cuts, settings.level_indifference) <= 1.0 - settings.level_confidence
}

/// The floor stop's overall condition: the referral is settled (as the mode's
/// stopping rule tests it) on the lowest path, accompany; never when
/// `settings.floor_confidence` is 0 (unused).
pub fn at_floor(view: &View<'_>, cuts: &[f64; 2], settings: &ModeSettings) -> bool {
    if settings.floor_confidence <= 0.0 {
        return false;
    }
    let p = view.path_probabilities(cuts);
    p[0] >= p[1] && p[0] >= p[2] && path_settled(view, cuts, settings)
}

/// The floor stop's domain condition: θ_d lies below the second level cut —
/// the level is découverte or « les bases » — with posterior probability at
/// least `settings.floor_confidence` (never when that is 0: unused). The
/// level shown is then one of those two and, with that probability, within
/// one level of the truth: at the floor, where answers are mostly guesses on
/// items with c ≈ 0.2 and the posterior separates the two lowest levels only
/// slowly, more items could move the level by one, not the path.
pub fn floor_settled(view: &View<'_>, d: usize, cuts: &[f64; 3], settings: &ModeSettings) -> bool {
    settings.floor_confidence > 0.0 && view.prob_domain_below(d, cuts[1]) >= settings.floor_confidence
}

/// Posterior-weighted information of an item about its own domain.
fn pwi(item: &Item, mean: f64, sd: f64) -> f64 {
    PWI_NODES.iter().map(|(z, w)| w * information(mean + sd * z, item.a, item.b, item.c)).sum()
}

/// The next item index, or `None` when no eligible item is left.
pub fn choose_next(sel: &Selection<'_>, rng: &mut impl Rng) -> Option<usize> {
    let bank = sel.bank;
    let candidates: Vec<usize> = (0..bank.items.len()).filter(|&i| !sel.blocked[i]).collect();
    if candidates.is_empty() {
        return None;
    }
    // Prerequisites come first, easiest first.
    if let Some(&first) = candidates
        .iter()
        .filter(|&&i| bank.items[i].prerequisite)
        .min_by(|&&x, &&y| bank.items[x].b.total_cmp(&bank.items[y].b))
    {
        return Some(first);
    }
    let asked_count = sel.asked.iter().filter(|a| **a).count();
    let prerequisites_asked = bank.items.iter().zip(sel.asked).filter(|(i, a)| **a && i.prerequisite).count();
    let mut pool = candidates;

    // An easy, reassuring first item.
    if asked_count == prerequisites_asked {
        let easy: Vec<usize> = pool.iter().copied().filter(|&i| bank.items[i].level == 1).collect();
        if !easy.is_empty() {
            pool = easy;
        }
    }

    let domains = bank.domains.len();
    let mut items_per_domain = vec![0usize; domains];
    for (i, _) in sel.asked.iter().enumerate().filter(|(_, a)| **a) {
        items_per_domain[sel.item_domain[i]] += 1;
    }
    let settings = sel.settings;
    // Profile: keep room for the domains still under their minimum.
    if sel.mode == Mode::Profile {
        let lacking: Vec<usize> =
            (0..domains).filter(|&d| items_per_domain[d] < settings.min_items_per_domain).collect();
        let left = settings.max_items.saturating_sub(sel.answered);
        let needed: usize = lacking.iter().map(|&d| settings.min_items_per_domain - items_per_domain[d]).sum();
        if !lacking.is_empty() && left <= needed {
            let restricted: Vec<usize> =
                pool.iter().copied().filter(|&i| lacking.contains(&sel.item_domain[i])).collect();
            if !restricted.is_empty() {
                pool = restricted;
            }
        }
    }

    let view = sel.posterior.view();
    let moments: Vec<(f64, f64)> = (0..domains).map(|d| view.domain(d)).collect();
    let level_cuts = &bank.settings.level_cuts;
    let cuts = &bank.settings.referral_cuts;
    // Profile: the domains whose level is not settled yet (or under their
    // minimum) get the items; settled ones keep a little weight. At the
    // floor, a domain the floor stop releases counts as settled.
    let floor = sel.mode == Mode::Profile && at_floor(&view, &bank.settings.referral_cuts, settings);
    let need: Vec<f64> = (0..domains)
        .map(|d| match sel.mode {
            Mode::Screening => 1.0,
            Mode::Profile => {
                if items_per_domain[d] < settings.min_items_per_domain
                    || !(level_settled(&view, d, level_cuts, settings)
                        || (floor && floor_settled(&view, d, level_cuts, settings)))
                    || (settings.se_target > 0.0 && moments[d].1 >= settings.se_target)
                {
                    1.0
                } else {
                    0.05
                }
            }
        })
        .collect();
    let path_open = sel.mode == Mode::Profile && !path_settled(&view, cuts, settings);

    // Cheap screen.
    let mut screened: Vec<(usize, usize, f64)> = pool
        .iter()
        .map(|&i| {
            let d = sel.item_domain[i];
            let (mean, sd) = moments[d];
            (i, d, need[d] * sd * sd * pwi(&bank.items[i], mean, sd))
        })
        .collect();
    screened.sort_by(|x, y| y.2.total_cmp(&x.2));
    screened.truncate(PREPOSTERIOR_CANDIDATES);

    // Preposterior criterion: lower is better. Screening: the quantity the
    // stopping rule tests (probability that the path is materially wrong),
    // plus a little overall variance to break ties far from the cuts.
    // Profile: variance of the unsettled domains, plus overall variance while
    // the path is open.
    let loss = |v: &View<'_>| match sel.mode {
        Mode::Screening => path_error(v, cuts, settings.path_indifference) + 0.1 * v.overall().1.powi(2),
        Mode::Profile => {
            let domains: f64 = need.iter().enumerate().map(|(d, w)| w * v.domain_variance(d)).sum();
            domains + if path_open { v.overall().1.powi(2) } else { 0.0 }
        }
    };
    let current_loss = loss(&view);
    let mut scored: Vec<(usize, f64)> = screened
        .iter()
        .map(|&(i, d, _)| {
            let item = &bank.items[i];
            let expected: f64 =
                sel.posterior.outlook(d, item.a, item.b, item.c).iter().map(|(p, future)| p * loss(future)).sum();
            (i, current_loss - expected)
        })
        .collect();
    scored.sort_by(|x, y| y.1.total_cmp(&x.1));

    let chosen = match sel.exposure {
        // Progressive (Revuelta & Ponsoda 1998): score = (1 − w)·U(0, H) + w·criterion,
        // H the best criterion, w the share of the test already given.
        Some(ExposureMethod::Progressive) => {
            let given = (asked_count - prerequisites_asked) as f64;
            let w = (given / settings.max_items.max(1) as f64).min(1.0);
            let h = scored.iter().map(|s| s.1).fold(0.0, f64::max);
            scored
                .iter()
                .map(|&(i, c)| (i, (1.0 - w) * rng.gen::<f64>() * h + w * c.max(0.0)))
                .max_by(|x, y| x.1.total_cmp(&y.1))?
                .0
        }
        _ => {
            let k = bank.settings.randomesque.max(1).min(scored.len());
            scored[..k].choose(rng)?.0
        }
    };
    // A family of clones: the family was chosen adaptively, the clone at random.
    if let Some(family) = &bank.items[chosen].family {
        let clones: Vec<usize> =
            pool.iter().copied().filter(|&i| bank.items[i].family.as_ref() == Some(family)).collect();
        return clones.choose(rng).copied().or(Some(chosen));
    }
    Some(chosen)
}
