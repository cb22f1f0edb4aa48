//! CI-sized simulation on a synthetic bank (fixed seeds, so not flaky): the
//! engine must keep sane figures against the fixed form and against the same
//! items rescored with independent priors, stop early where its levels are
//! settled, and never exceed its maximum length.

use repere_engine::simulate::{self, Config, Serial, TruthModel};
use repere_engine::synthetic::SyntheticBank;
use repere_engine::Mode;
use std::sync::Arc;

fn config(mode: Mode, examinees: usize, curve_examinees: usize) -> Config {
    Config {
        mode,
        examinees,
        seed: 2024,
        truth: TruthModel::default(),
        parameter_noise: 0.0,
        curve_examinees,
        exposure_control: true,
        exposure_method: Default::default(),
    }
}

#[test]
fn screening_simulation_is_sane() {
    let bank = Arc::new(SyntheticBank::new(14).build());
    let r = simulate::run(&bank, &config(Mode::Screening, 400, 0), &Serial);
    let a = &r.adaptive;
    assert!(a.max_items <= bank.settings.screening.max_items, "{a:?}");
    assert!(a.mean_items <= 11.0, "mean items {}", a.mean_items);
    assert!(a.severe_misreferral <= 0.02, "severe {}", a.severe_misreferral);
    // On this synthetic bank the fixed form of equal length is a strong
    // baseline (see the notes for the shipped bank): stay close to it.
    assert!(
        a.referral_agreement >= r.baseline.referral_agreement - 0.08,
        "{} vs fixed {}",
        a.referral_agreement,
        r.baseline.referral_agreement
    );
    assert!(a.referral_agreement >= 0.65, "{}", a.referral_agreement);
    // Same items, same answers, independent priors: the correlated prior must
    // be what makes the decision better (not a shorter or different test).
    assert_eq!(r.independent.mean_items, a.mean_items);
    assert!(
        a.referral_agreement > r.independent.referral_agreement + 0.03,
        "joint {} vs the same items rescored with independent priors {}",
        a.referral_agreement,
        r.independent.referral_agreement
    );
    assert_eq!(r.baseline.max_items, (a.mean_items.round()) as usize);
    // Every session's answers are handed back, one per item shown.
    assert_eq!(r.sessions.len(), 400);
    assert!(r.sessions.iter().all(|s| s.items.len() == s.correct.len()));
}

#[test]
fn profile_simulation_is_sane() {
    let bank = Arc::new(SyntheticBank::new(14).build());
    let r = simulate::run(&bank, &config(Mode::Profile, 200, 30), &Serial);
    let a = &r.adaptive;
    let max = bank.settings.profile.max_items;
    assert!(a.max_items <= max);
    // Variable length: the level-aware rule stops people before the maximum.
    assert!(a.mean_items < max as f64 - 3.0, "mean {} of at most {max}", a.mean_items);
    assert!(a.within_one_level_mean >= 0.93, "{}", a.within_one_level_mean);
    assert_eq!(r.independent.mean_items, a.mean_items);
    assert!(
        a.level_agreement_mean > r.independent.level_agreement_mean + 0.02,
        "joint {} vs the same items rescored with independent priors {}",
        a.level_agreement_mean,
        r.independent.level_agreement_mean
    );
    assert!(a.rmse_mean < r.independent.rmse_mean);
    assert!(a.severe_misreferral <= 0.02);
    assert_eq!(a.by_decile.len(), 10);
    assert_eq!(a.by_decile.iter().map(|g| g.examinees).sum::<usize>(), 200);
    // People at the floor finish sooner than people in the middle.
    let middle = (a.by_decile[4].mean_items + a.by_decile[5].mean_items) / 2.0;
    assert!(a.by_decile[0].mean_items < middle, "lowest decile {} vs middle {middle}", a.by_decile[0].mean_items);
    let curves = r.curves.expect("profile draws the curves");
    assert_eq!(curves.joint.len(), simulate::CURVE_MAX_ITEMS);
    assert_eq!(curves.fixed.len(), simulate::CURVE_MAX_ITEMS);
    // The joint engine is ahead of the independent one on average over the
    // lengths from 5 on, and never behind by more than the sampling noise of
    // 30 examinees (0.02) at any one length. (The shipped bank's own figures
    // are held by crates/content/tests/shipped_figures.rs.)
    let gains: Vec<f64> =
        curves.joint.iter().zip(&curves.independent).skip(4).map(|(j, i)| j.level_agreement - i.level_agreement).collect();
    let mean_gain = gains.iter().sum::<f64>() / gains.len() as f64;
    assert!(mean_gain > 0.0, "the joint engine is not ahead on average: {mean_gain:+.4} ({gains:?})");
    for (j, i) in curves.joint.iter().zip(&curves.independent).skip(4) {
        assert!(
            j.level_agreement >= i.level_agreement - 0.02,
            "at {} items: {} vs {}",
            j.items,
            j.level_agreement,
            i.level_agreement
        );
    }
}

#[test]
fn parameter_noise_changes_the_answers_not_the_engine() {
    let bank = Arc::new(SyntheticBank::new(10).build());
    let exact = config(Mode::Screening, 40, 0);
    let noisy = Config { parameter_noise: 1.0, ..exact.clone() };
    let (a, b) = (simulate::run(&bank, &exact, &Serial), simulate::run(&bank, &noisy, &Serial));
    assert_eq!(a.truths, b.truths, "the same people");
    assert_ne!(
        a.sessions.iter().map(|s| &s.correct).collect::<Vec<_>>(),
        b.sessions.iter().map(|s| &s.correct).collect::<Vec<_>>(),
        "answers come from the perturbed parameters"
    );
    let truth_bank = simulate::true_parameters(&bank, 2024, 1.0);
    let db: Vec<f64> = bank.items.iter().zip(&truth_bank.items).map(|(x, y)| y.b - x.b).collect();
    let sd = (db.iter().map(|d| d * d).sum::<f64>() / db.len() as f64).sqrt();
    assert!((0.2..0.4).contains(&sd), "b is perturbed by about 0.3 SD, got {sd}");
    assert_eq!(simulate::true_parameters(&bank, 2024, 0.0), *bank);
}

#[test]
fn simulation_is_reproducible() {
    let bank = Arc::new(SyntheticBank::new(8).build());
    let c = config(Mode::Screening, 20, 0);
    assert_eq!(simulate::run(&bank, &c, &Serial), simulate::run(&bank, &c, &Serial));
    let other = Config { seed: 7, ..c.clone() };
    assert_ne!(simulate::run(&bank, &c, &Serial).adaptive, simulate::run(&bank, &other, &Serial).adaptive);
}

/// The Sympson–Hetter calibration brings the most exposed item down to about
/// the target, and the table it writes is what the engine then uses.
#[test]
fn eligibility_calibration_caps_exposure() {
    let bank = Arc::new(SyntheticBank::new(14).build());
    let c = Config { exposure_method: repere_engine::ExposureMethod::Eligibility, ..config(Mode::Screening, 300, 0) };
    let (table, rounds) = simulate::calibrate_eligibility(&bank, &c, 0.3, 5, &Serial);
    assert_eq!(rounds.len(), 5);
    assert!(rounds[0].max_exposure > 0.45, "without a table some item is over-used: {:?}", rounds[0]);
    assert!(!table.is_empty() && table.values().all(|k| (0.0..1.0).contains(k)), "{table:?}");
    let mut calibrated = (*bank).clone();
    calibrated.settings.screening.eligibility = table;
    assert!(calibrated.check().is_empty());
    let r = simulate::run(&Arc::new(calibrated), &Config { seed: 99, ..c }, &Serial);
    assert!(r.adaptive.max_exposure <= 0.3 + 0.08, "max exposure {} for a target of 0.3", r.adaptive.max_exposure);
}
