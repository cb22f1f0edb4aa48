//! The README's engine figures, held by CI (issue 24): the adaptive engine
//! runs on the SHIPPED bank (assessments/) with seeded examinees, and every
//! figure of `docs/engine-figures.toml` — items, level and referral agreement,
//! severe misreferrals, the exposure cap — must stay within its tolerance of
//! the README's value. A failure names the row and the figure that moved.
//! Also: `synthetic::shipped_settings()` (what the engine's own tests use as
//! "the shipped settings") must be bank.toml's settings.

use repere_engine::simulate::{self, Config, Outcome, Pool, Summary, TruthModel};
use repere_engine::Mode;
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn shipped_bank() -> repere_engine::Bank {
    repere_content::load_bank(&root().join("assessments")).unwrap_or_else(|p| panic!("{p:#?}")).0
}

/// Two threads (CI has 2 cores): examinees split in two halves.
struct Halves;

impl Pool for Halves {
    fn map(&self, n: usize, f: &(dyn Fn(usize) -> Outcome + Sync)) -> Vec<Outcome> {
        let mid = n / 2;
        std::thread::scope(|s| {
            let first = s.spawn(|| (0..mid).map(f).collect::<Vec<_>>());
            let mut out: Vec<Outcome> = (mid..n).map(f).collect();
            let mut all = first.join().expect("the simulation thread finished");
            all.append(&mut out);
            all
        })
    }
}

#[derive(serde::Deserialize)]
struct Expected {
    run: Run,
    cap: Cap,
    row: Vec<Row>,
}

#[derive(serde::Deserialize)]
struct Run {
    examinees: usize,
    seed: u64,
    correlation: f64,
}

#[derive(serde::Deserialize)]
struct Cap {
    max_exposure: f64,
}

#[derive(serde::Deserialize)]
struct Row {
    mode: String,
    population: String,
    mean_items: Figure,
    level_agreement: Figure,
    within_one_level: Figure,
    referral_agreement: Figure,
    severe_misreferral: Figure,
    max_exposure: Figure,
}

#[derive(serde::Deserialize, Clone, Copy)]
struct Figure {
    readme: f64,
    tolerance: f64,
}

const FIGURES: &str = "docs/engine-figures.toml";

fn expected() -> Expected {
    let text = std::fs::read_to_string(root().join(FIGURES)).unwrap();
    toml::from_str(&text).unwrap_or_else(|e| panic!("{FIGURES}: {e}"))
}

/// What moved, one line per figure out of its range (empty: all held).
fn moved(row: &Row, s: &Summary, cap: f64, examinees: usize) -> Vec<String> {
    let mut out = Vec::new();
    let name = format!("{} ({} population)", row.mode, row.population);
    for (figure, expected, measured) in [
        ("mean items", row.mean_items, s.mean_items),
        ("level agreement", row.level_agreement, s.level_agreement_mean),
        ("within one level", row.within_one_level, s.within_one_level_mean),
        ("referral agreement", row.referral_agreement, s.referral_agreement),
        ("severe misreferral", row.severe_misreferral, s.severe_misreferral),
        ("max exposure", row.max_exposure, s.max_exposure),
    ] {
        if (measured - expected.readme).abs() > expected.tolerance {
            out.push(format!(
                "{name}: {figure} moved: {measured:.4} on {examinees} examinees, the README says {} (± {} allowed); \
                 if the change is meant, rerun the README's commands and update the README table and {FIGURES} together",
                expected.readme, expected.tolerance
            ));
        }
    }
    if s.max_exposure > cap {
        out.push(format!(
            "{name}: item '{}' is shown to {:.1} % of sessions, over bank.toml's cap of {:.0} %: recalibrate the eligibility tables (bank.toml gives the command)",
            s.max_exposure_item,
            100.0 * s.max_exposure,
            100.0 * cap
        ));
    }
    if s.max_items > if row.mode == "profile" { 30 } else { 12 } {
        out.push(format!("{name}: a session ran {} items, over the mode's maximum", s.max_items));
    }
    out
}

#[test]
fn the_readme_engine_figures_hold_on_the_shipped_bank() {
    let expected = expected();
    let bank = Arc::new(shipped_bank());
    let started = std::time::Instant::now();
    let mut problems = Vec::new();
    let mut printed = Vec::new();
    for row in &expected.row {
        let mode = match row.mode.as_str() {
            "profile" => Mode::Profile,
            "screening" => Mode::Screening,
            other => panic!("{FIGURES}: unknown mode '{other}'"),
        };
        let (mean, sd, noise) = match row.population.as_str() {
            "standard" => (0.0, 1.0, 0.0),
            "lower" => (-0.5, 1.2, 1.0),
            other => panic!("{FIGURES}: unknown population '{other}'"),
        };
        let config = Config {
            mode,
            examinees: expected.run.examinees,
            seed: expected.run.seed,
            truth: TruthModel { correlation: expected.run.correlation, mean, sd },
            parameter_noise: noise,
            curve_examinees: 0,
            exposure_control: true,
            exposure_method: Default::default(),
        };
        let s = simulate::run(&bank, &config, &Halves).adaptive;
        printed.push(format!(
            "{} {}: items {:.2} (max {}), levels {:.3}, within one {:.3}, referral {:.3}, severe {:.4}, max exposure {:.3} ({})",
            row.mode,
            row.population,
            s.mean_items,
            s.max_items,
            s.level_agreement_mean,
            s.within_one_level_mean,
            s.referral_agreement,
            s.severe_misreferral,
            s.max_exposure,
            s.max_exposure_item
        ));
        problems.extend(moved(row, &s, expected.cap.max_exposure, expected.run.examinees));
    }
    println!("{}\n({} examinees per row, seed {}, {:.1} s)", printed.join("\n"), expected.run.examinees, expected.run.seed, started.elapsed().as_secs_f64());
    assert!(problems.is_empty(), "the shipped bank's figures moved:\n{}", problems.join("\n"));
}

/// The check can fail: figures out of range are each named (mean items two
/// tolerances away, an item over the cap), the others are not.
#[test]
fn a_figure_that_moves_is_named() {
    let expected = expected();
    let row = &expected.row[0];
    let mut s = simulate::summarise(&shipped_bank(), &[], &[]);
    s.mean_items = row.mean_items.readme + 2.0 * row.mean_items.tolerance;
    s.level_agreement_mean = row.level_agreement.readme;
    s.within_one_level_mean = row.within_one_level.readme;
    s.referral_agreement = row.referral_agreement.readme;
    s.severe_misreferral = row.severe_misreferral.readme;
    s.max_exposure = 0.45;
    s.max_exposure_item = "email-open-app".into();
    s.max_items = 12;
    let problems = moved(row, &s, expected.cap.max_exposure, 2000);
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert!(problems[0].starts_with("profile (standard population): mean items moved"), "{}", problems[0]);
    assert!(problems[1].starts_with("profile (standard population): max exposure moved"), "{}", problems[1]);
    assert!(problems[2].contains("item 'email-open-app' is shown to 45.0 % of sessions, over bank.toml's cap of 40 %"), "{}", problems[2]);
}

/// `synthetic::shipped_settings()` is what the engine's tests call the shipped
/// settings: it must be bank.toml's (apart from the eligibility tables, which
/// name the shipped items).
#[test]
fn synthetic_shipped_settings_are_bank_toml_s() {
    let mut shipped = shipped_bank().settings;
    shipped.screening.eligibility.clear();
    shipped.profile.eligibility.clear();
    assert_eq!(repere_engine::synthetic::shipped_settings(), shipped, "update crates/engine/src/synthetic.rs to bank.toml");
}
