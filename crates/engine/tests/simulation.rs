//! CI-sized simulation on a synthetic bank (fixed seeds, so not flaky): the
//! engine must keep sane figures against the fixed form and the independent
//! variant, and never exceed its maximum length.

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
        curve_examinees,
        exposure_control: true,
        exposure_method: Default::default(),
    }
}

#[test]
fn screening_simulation_is_sane() {
    let bank = Arc::new(SyntheticBank::new(14).build());
    let r = simulate::run(&bank, &config(Mode::Screening, 150, 0), &Serial);
    let a = &r.adaptive;
    assert!(a.max_items <= bank.settings.screening.max_items, "{a:?}");
    assert!(a.mean_items <= 11.0, "mean items {}", a.mean_items);
    assert!(a.severe_misreferral <= 0.02, "severe {}", a.severe_misreferral);
    assert!(
        a.referral_agreement >= r.baseline.referral_agreement - 0.03,
        "{} vs fixed {}",
        a.referral_agreement,
        r.baseline.referral_agreement
    );
    assert!(a.referral_agreement >= 0.65, "{}", a.referral_agreement);
    assert!(
        a.referral_agreement > r.independent.referral_agreement,
        "joint {} vs independent {}",
        a.referral_agreement,
        r.independent.referral_agreement
    );
    assert_eq!(r.baseline.max_items, (a.mean_items.round()) as usize);
}

#[test]
fn profile_simulation_is_sane() {
    let bank = Arc::new(SyntheticBank::new(14).build());
    let r = simulate::run(&bank, &config(Mode::Profile, 60, 30), &Serial);
    let a = &r.adaptive;
    assert!(a.max_items <= bank.settings.profile.max_items);
    assert!(a.within_one_level_mean >= 0.93, "{}", a.within_one_level_mean);
    assert!(
        a.level_agreement_mean > r.independent.level_agreement_mean,
        "joint {} vs independent {}",
        a.level_agreement_mean,
        r.independent.level_agreement_mean
    );
    assert!(a.rmse_mean < r.independent.rmse_mean);
    assert!(a.severe_misreferral <= 0.02);
    let curves = r.curves.expect("profile draws the curves");
    assert_eq!(curves.joint.len(), simulate::CURVE_MAX_ITEMS);
    // The joint engine is ahead of the independent one at every length from 5 on.
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
fn simulation_is_reproducible() {
    let bank = Arc::new(SyntheticBank::new(8).build());
    let c = config(Mode::Screening, 20, 0);
    assert_eq!(simulate::run(&bank, &c, &Serial), simulate::run(&bank, &c, &Serial));
    let other = Config { seed: 7, ..c.clone() };
    assert_ne!(simulate::run(&bank, &c, &Serial).adaptive, simulate::run(&bank, &other, &Serial).adaptive);
}
