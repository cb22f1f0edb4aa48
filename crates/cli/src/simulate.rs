//! `repere simulate`: run the engine's simulation (`repere_engine::simulate`)
//! on the shipped or a synthetic bank, on two worker threads, with a progress
//! bar on stderr, and print the figures as a table or as JSON.

use crate::args::{self, ArgError, Options};
use repere_engine::simulate::{self, Config, Outcome, Pool, Report, Summary, TruthModel};
use repere_engine::{Bank, ExposureMethod, Mode};
use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

pub const USAGE: &str = "  repere simulate --mode screening|profile|both --examinees N --seed S
                 [--true-correlation R] [--population-mean M] [--population-sd S]
                 [--parameter-noise X] [--json] [--bank PATH | --synthetic ITEMS]
                 [--curve-examinees M] [--threads T] [--randomesque K]
                 [--no-exposure-control] [--exposure-method strata|progressive|eligibility]
                 [--calibrate-exposure TARGET [--rounds N]] [--curve]
                 [--level-confidence C] [--level-indifference D] [--decision-confidence C]
                 [--floor-confidence C] [--max-items N]
                                 simulate examinees with known θ against the engine
                                 (--parameter-noise 1: true b = bank b + N(0, 0.3²),
                                 true a = bank a · e^N(0, 0.25²); the engine keeps the bank's;
                                 --level-…/--decision-…/--floor-…/--max-items override the mode's
                                 stopping settings, to trace length against accuracy)";

struct Args {
    modes: Vec<Mode>,
    examinees: usize,
    seed: u64,
    correlation: f64,
    population_mean: f64,
    population_sd: f64,
    parameter_noise: f64,
    level_confidence: Option<f64>,
    level_indifference: Option<f64>,
    decision_confidence: Option<f64>,
    floor_confidence: Option<f64>,
    max_items: Option<usize>,
    json: bool,
    bank: String,
    synthetic: Option<usize>,
    curve_examinees: Option<usize>,
    threads: usize,
    randomesque: Option<usize>,
    exposure_control: bool,
    exposure_method: ExposureMethod,
    calibrate_exposure: Option<f64>,
    rounds: usize,
    curve: bool,
}

impl Args {
    /// The simulation these options describe for one mode (the curves run on
    /// all examinees unless `--curve-examinees` says fewer).
    fn config(&self, mode: Mode) -> Config {
        Config {
            mode,
            examinees: self.examinees,
            seed: self.seed,
            truth: TruthModel { correlation: self.correlation, mean: self.population_mean, sd: self.population_sd },
            parameter_noise: self.parameter_noise,
            curve_examinees: self.curve_examinees.unwrap_or(self.examinees).min(self.examinees),
            exposure_control: self.exposure_control,
            exposure_method: self.exposure_method,
        }
    }
}

fn parse(words: &[&str]) -> Result<Args, ArgError> {
    let mut a = Args {
        modes: vec![Mode::Screening],
        examinees: 1000,
        seed: 1,
        correlation: 0.64,
        population_mean: 0.0,
        population_sd: 1.0,
        parameter_noise: 0.0,
        level_confidence: None,
        level_indifference: None,
        decision_confidence: None,
        floor_confidence: None,
        max_items: None,
        json: false,
        bank: ".".into(),
        synthetic: None,
        curve_examinees: None,
        threads: 2,
        randomesque: None,
        exposure_control: true,
        exposure_method: ExposureMethod::default(),
        calibrate_exposure: None,
        rounds: 8,
        curve: false,
    };
    let mut opts = Options::new(words);
    while let Some(option) = opts.next_option() {
        match option {
            "--mode" => {
                a.modes = match opts.value(option)? {
                    "screening" => vec![Mode::Screening],
                    "profile" => vec![Mode::Profile],
                    "both" => vec![Mode::Screening, Mode::Profile],
                    other => {
                        return Err(ArgError::Invalid {
                            option: option.into(),
                            message: format!("expected screening, profile or both, got '{other}'"),
                        })
                    }
                }
            }
            "--examinees" => a.examinees = opts.parsed(option, "a number of examinees")?,
            "--seed" => a.seed = opts.parsed(option, "a whole number")?,
            "--true-correlation" => a.correlation = opts.parsed(option, "a number in [0, 1)")?,
            "--population-mean" => a.population_mean = opts.parsed(option, "a number (θ units)")?,
            "--population-sd" => a.population_sd = opts.parsed(option, "a number above 0")?,
            "--parameter-noise" => {
                a.parameter_noise =
                    opts.parsed(option, "a number, 0 or more (1: the audit's level)")?
            }
            "--level-confidence" => {
                a.level_confidence = Some(opts.parsed(option, "a number in [0.5, 1)")?)
            }
            "--level-indifference" => {
                a.level_indifference = Some(opts.parsed(option, "a number in [0, 1]")?)
            }
            "--decision-confidence" => {
                a.decision_confidence = Some(opts.parsed(option, "a number in [0.5, 1)")?)
            }
            "--floor-confidence" => {
                a.floor_confidence = Some(opts.parsed(option, "0 (off) or a number in [0.5, 1)")?)
            }
            "--max-items" => a.max_items = Some(opts.parsed(option, "a number of items")?),
            "--json" => a.json = true,
            "--no-exposure-control" => a.exposure_control = false,
            "--exposure-method" => {
                a.exposure_method = match opts.value(option)? {
                    "strata" => ExposureMethod::Strata,
                    "progressive" => ExposureMethod::Progressive,
                    "eligibility" => ExposureMethod::Eligibility,
                    other => {
                        return Err(ArgError::Invalid {
                            option: option.into(),
                            message: format!("expected strata, progressive or eligibility, got '{other}'"),
                        })
                    }
                }
            }
            "--calibrate-exposure" => {
                a.calibrate_exposure = Some(opts.parsed(option, "a share of sessions in (0, 1]")?)
            }
            "--curve" => a.curve = true,
            "--rounds" => a.rounds = opts.parsed(option, "a number of rounds")?,
            "--bank" => a.bank = opts.value(option)?.to_string(),
            "--synthetic" => a.synthetic = Some(opts.parsed(option, "a number of items")?),
            "--curve-examinees" => {
                a.curve_examinees = Some(opts.parsed(option, "a number of examinees")?)
            }
            "--threads" => a.threads = opts.parsed(option, "a number of threads")?,
            "--randomesque" => a.randomesque = Some(opts.parsed(option, "a number of items")?),
            other => return Err(ArgError::Unknown(other.into())),
        }
    }
    if a.examinees == 0 {
        return Err(ArgError::Invalid {
            option: "--examinees".into(),
            message: "must be at least 1".into(),
        });
    }
    if !(0.0..1.0).contains(&a.correlation) {
        return Err(ArgError::Invalid {
            option: "--true-correlation".into(),
            message: "must be in [0, 1)".into(),
        });
    }
    if !(a.population_sd > 0.0 && a.population_sd.is_finite()) || !a.population_mean.is_finite() {
        return Err(ArgError::Invalid {
            option: "--population-mean/--population-sd".into(),
            message: "the mean must be a number and the SD above 0".into(),
        });
    }
    if !(a.parameter_noise >= 0.0 && a.parameter_noise.is_finite()) {
        return Err(ArgError::Invalid {
            option: "--parameter-noise".into(),
            message: "must be 0 or more".into(),
        });
    }
    if a.threads == 0 {
        return Err(ArgError::Invalid {
            option: "--threads".into(),
            message: "must be at least 1".into(),
        });
    }
    if a.randomesque == Some(0) {
        return Err(ArgError::Invalid {
            option: "--randomesque".into(),
            message: "must be at least 1".into(),
        });
    }
    if a.synthetic == Some(0) {
        return Err(ArgError::Invalid {
            option: "--synthetic".into(),
            message: "must be at least 1 item".into(),
        });
    }
    Ok(a)
}

/// Worker threads pulling examinees in turn; results land in index order, so
/// the figures do not depend on the number of threads.
struct Threads {
    workers: usize,
    progress: Option<Bar>,
}

struct Bar {
    label: String,
    done: AtomicUsize,
    total: usize,
}

impl Bar {
    fn tick(&self) {
        let done = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        let step = (self.total / 50).max(1);
        if done % step == 0 || done == self.total {
            let filled = done * 30 / self.total.max(1);
            let mut err = std::io::stderr().lock();
            let _ = write!(
                err,
                "\r{:<28} [{}{}] {:>3}%",
                self.label,
                "#".repeat(filled),
                " ".repeat(30 - filled),
                done * 100 / self.total.max(1)
            );
            if done == self.total {
                let _ = writeln!(err);
            }
        }
    }
}

impl Pool for Threads {
    fn map(&self, n: usize, f: &(dyn Fn(usize) -> Outcome + Sync)) -> Vec<Outcome> {
        let next = AtomicUsize::new(0);
        let results: Mutex<Vec<Option<Outcome>>> = Mutex::new(vec![None; n]);
        std::thread::scope(|s| {
            for _ in 0..self.workers.min(n.max(1)) {
                s.spawn(|| loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= n {
                        break;
                    }
                    let out = f(i);
                    results.lock().expect("no worker panicked")[i] = Some(out);
                    if let Some(bar) = &self.progress {
                        bar.tick();
                    }
                });
            }
        });
        results
            .into_inner()
            .expect("no worker panicked")
            .into_iter()
            .map(|o| o.expect("every index ran"))
            .collect()
    }
}

pub fn main(words: &[&str]) -> Result<(), ArgError> {
    let a = parse(words)?;
    let mut bank: Arc<Bank> = match a.synthetic {
        Some(items) => {
            let shipped = args::load(&a.bank).ok();
            args::synthetic(items, shipped.as_deref())
        }
        None => args::load(&a.bank)?,
    };
    if let Some(k) = a.randomesque {
        Arc::make_mut(&mut bank).settings.randomesque = k;
    }
    {
        let settings = &mut Arc::make_mut(&mut bank).settings;
        for m in [&mut settings.screening, &mut settings.profile] {
            if let Some(c) = a.decision_confidence {
                m.decision_confidence = c;
            }
            if let Some(c) = a.level_confidence {
                m.level_confidence = c;
            }
            if let Some(d) = a.level_indifference {
                m.level_indifference = d;
            }
        }
        if let Some(c) = a.floor_confidence {
            settings.profile.floor_confidence = c;
        }
        if let Some(n) = a.max_items {
            for m in [&mut settings.screening, &mut settings.profile] {
                m.max_items = n;
                m.min_items = m.min_items.min(n);
            }
        }
        let problems = bank.check();
        if !problems.is_empty() {
            let text: Vec<String> = problems.iter().map(|p| p.message.clone()).collect();
            return Err(ArgError::Invalid {
                option: "stopping settings".into(),
                message: text.join("; "),
            });
        }
    }
    let mut reports = Vec::new();
    if let Some(target) = a.calibrate_exposure {
        return calibrate(&bank, &a, target);
    }
    if a.curve {
        return curve(&bank, &a);
    }
    for &mode in &a.modes {
        let config = a.config(mode);
        // Passes: adaptive, baseline (+ two curves in profile mode).
        let passes = 2 * a.examinees
            + if mode == Mode::Profile {
                2 * config.curve_examinees
            } else {
                0
            };
        let show = std::io::stderr().is_terminal() && a.examinees >= 200;
        let pool = Threads {
            workers: a.threads,
            progress: show.then(|| Bar {
                label: format!("simulating {}", mode_name(mode)),
                done: AtomicUsize::new(0),
                total: passes,
            }),
        };
        reports.push(simulate::run(&bank, &config, &pool));
    }
    if a.json {
        let value = if reports.len() == 1 {
            serde_json::to_value(&reports[0])
        } else {
            serde_json::to_value(&reports)
        }
        .expect("reports are plain data");
        println!(
            "{}",
            serde_json::to_string_pretty(&value).expect("reports are plain data")
        );
    } else {
        for r in &reports {
            print_table(r);
        }
    }
    Ok(())
}

/// `--curve`: accuracy against length for the adaptive engine and the best
/// fixed form, and the ceiling of the bank (see `simulate::Ceiling`).
fn curve(bank: &Arc<Bank>, a: &Args) -> Result<(), ArgError> {
    let mut all = Vec::new();
    for &mode in &a.modes {
        let config = Config { curve_examinees: 0, ..a.config(mode) };
        let show = std::io::stderr().is_terminal() && a.examinees >= 200;
        let pool = Threads {
            workers: a.threads,
            progress: show.then(|| Bar {
                label: format!("curves {}", mode_name(mode)),
                done: AtomicUsize::new(0),
                total: 6 * a.examinees,
            }),
        };
        let c = simulate::ceiling(bank, &config, &pool);
        if !a.json {
            print_ceiling(&c, a);
        }
        all.push(c);
    }
    if a.json {
        let value = if all.len() == 1 {
            serde_json::to_value(&all[0])
        } else {
            serde_json::to_value(&all)
        }
        .expect("curves are plain data");
        println!("{}", serde_json::to_string_pretty(&value).expect("plain data"));
    }
    Ok(())
}

fn print_ceiling(c: &simulate::Ceiling, a: &Args) {
    println!(
        "{} mode: accuracy against test length — {} examinees, seed {}, true correlation {}, population N({}, {}²), parameter noise {}",
        mode_name(c.mode), c.examinees, c.seed, a.correlation, a.population_mean, a.population_sd, a.parameter_noise
    );
    println!("(adaptive: the engine forced to stop at L (<-1.5: its {} examinees with true overall ability below -1.5); no-expo: the same without exposure control;", c.beginners);
    println!(
        " fixed: the better of the two fixed forms of length L, scored jointly; gain and fixed≈ on {})",
        match c.mode {
            Mode::Profile => "level agreement",
            Mode::Screening => "referral agreement",
        }
    );
    println!(
        "  {:>3} | {:>8} {:>8} {:>8} | {:>8} {:>8} | {:>8} {:>8} {:>8} | {:>8} {:>8} {:>8} | {:>6} {:>7}",
        "L", "levels", "within1", "referral", "<-1.5 lv", "<-1.5 w1", "no-expo", "within1", "referral", "fixed", "within1", "referral", "gain", "fixed≈"
    );
    // What the mode decides: levels (profile) or the referral (screening).
    let metric = |p: &simulate::CurvePoint| match c.mode {
        Mode::Profile => p.level_agreement,
        Mode::Screening => p.referral_agreement,
    };
    let best_fixed = |k: usize| {
        let (p, q) = (&c.fixed_prior_information[k], &c.fixed_at_cuts[k]);
        if metric(p) >= metric(q) { p } else { q }
    };
    let n = c.adaptive.len();
    let mut ratios = Vec::new();
    let mut gains = Vec::new();
    for k in 5..n {
        let (ad, free, fx) = (&c.adaptive[k], &c.adaptive_without_exposure_control[k], best_fixed(k));
        let beg = &c.adaptive_beginners[k];
        // Shortest fixed form that reaches the adaptive figure at this length.
        let needed = (0..n).find(|&j| metric(best_fixed(j)) >= metric(ad)).map(|j| j + 1);
        let gain = metric(ad) - metric(fx);
        gains.push(gain);
        if let Some(f) = needed {
            ratios.push(ad.items as f64 / f as f64);
        }
        println!(
            "  {:>3} | {:>8.3} {:>8.3} {:>8.3} | {:>8.3} {:>8.3} | {:>8.3} {:>8.3} {:>8.3} | {:>8.3} {:>8.3} {:>8.3} | {:>+6.3} {:>7}",
            ad.items,
            ad.level_agreement,
            ad.within_one_level,
            ad.referral_agreement,
            beg.level_agreement,
            beg.within_one_level,
            free.level_agreement,
            free.within_one_level,
            free.referral_agreement,
            fx.level_agreement,
            fx.within_one_level,
            fx.referral_agreement,
            gain,
            needed.map(|f| f.to_string()).unwrap_or_else(|| format!(">{n}"))
        );
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(|x, y| x.total_cmp(y));
        if v.is_empty() { f64::NAN } else { v[v.len() / 2] }
    };
    println!(
        "  (fixed≈: the shortest fixed form with at least the adaptive figure at L)\n  median gain of the adaptive engine over the best fixed form, L = 6..{n}: {:+.3}; median items adaptive / fixed at equal accuracy: {:.2}",
        median(&mut gains),
        median(&mut ratios)
    );
    println!(
        "  the engine as shipped (stopping rule on): {:.2} items on average, level agreement {:.3}, within one {:.3}, referral {:.3}",
        c.variable_length_mean_items,
        c.variable_length.level_agreement,
        c.variable_length.within_one_level,
        c.variable_length.referral_agreement
    );
    println!(
        "  ceiling — all {} items of the bank answered, joint EAP: level agreement {:.3}, within one {:.3}, referral {:.3}",
        c.all_items.items, c.all_items.level_agreement, c.all_items.within_one_level, c.all_items.referral_agreement
    );
    println!();
}

/// `--calibrate-exposure`: the eligibility table of each mode, as TOML to
/// paste into bank.toml, with the calibration rounds on stderr.
fn calibrate(bank: &Arc<Bank>, a: &Args, target: f64) -> Result<(), ArgError> {
    if !(target > 0.0 && target <= 1.0) {
        return Err(ArgError::Invalid {
            option: "--calibrate-exposure".into(),
            message: "must be a share of sessions in (0, 1]".into(),
        });
    }
    for &mode in &a.modes {
        let config = Config {
            curve_examinees: 0,
            exposure_control: true,
            exposure_method: ExposureMethod::Eligibility,
            ..a.config(mode)
        };
        let pool = Threads {
            workers: a.threads,
            progress: None,
        };
        let (table, rounds) = simulate::calibrate_eligibility(bank, &config, target, a.rounds, &pool);
        for (k, r) in rounds.iter().enumerate() {
            eprintln!(
                "{} round {}: {} items restricted, mean items {:.2}, max exposure {:.3} ({})",
                mode_name(mode),
                k + 1,
                r.restricted_items,
                r.mean_items,
                r.max_exposure,
                r.max_exposure_item
            );
        }
        println!(
            "# calibrated by: repere simulate --mode {} --examinees {} --seed {} --calibrate-exposure {} --rounds {}",
            mode_name(mode),
            a.examinees,
            a.seed,
            target,
            a.rounds
        );
        println!("[settings.{}.eligibility]", mode_name(mode));
        for (id, k) in &table {
            println!("{id:?} = {k:.2}");
        }
        println!();
    }
    Ok(())
}

fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Screening => "screening",
        Mode::Profile => "profile",
    }
}

fn print_table(r: &Report) {
    println!(
        "{} mode — {} examinees, seed {}, true correlation {}, population N({}, {}²), parameter noise {}, bank of {} items",
        mode_name(r.mode),
        r.examinees,
        r.seed,
        r.truth.correlation,
        r.truth.mean,
        r.truth.sd,
        r.parameter_noise,
        r.bank_items
    );
    println!("(independent: the adaptive items and answers rescored with independent priors)");
    let rows: [(&str, &Summary); 3] = [
        ("adaptive", &r.adaptive),
        ("independent", &r.independent),
        ("fixed form", &r.baseline),
    ];
    println!(
        "{:<12} {:>6} {:>4} {:>9} {:>7} {:>8} {:>8} {:>8} {:>7} {:>8}",
        "", "items", "max", "referral", "severe", "levels", "within1", "w1 min", "rmse", "exposure"
    );
    for (name, s) in rows {
        println!(
            "{:<12} {:>6.2} {:>4} {:>9.3} {:>7.4} {:>8.3} {:>8.3} {:>8.3} {:>7.3} {:>8.3}",
            name,
            s.mean_items,
            s.max_items,
            s.referral_agreement,
            s.severe_misreferral,
            s.level_agreement_mean,
            s.within_one_level_mean,
            s.within_one_level_min,
            s.rmse_mean,
            s.max_exposure
        );
    }
    println!("what the result shows (evidence rule: repere_engine::evidence; per session):");
    println!("{:<12} {:>9} {:>12} {:>10} {:>14}", "", "measured", "thin (<min)", "claims", "agree(shown)");
    for (name, s) in rows {
        println!(
            "{:<12} {:>9.2} {:>12.2} {:>10.3} {:>14.3}",
            name, s.domains_measured, s.thin_domains, s.claims_on_unmeasured, s.measured_level_agreement
        );
    }
    println!("  (thin: domains answered fewer times than the rule's minimum — what a result showing every domain claimed without evidence; claims: thin domains shown with a level, must be 0)");
    println!("per domain (adaptive): level agreement / within one level / rmse");
    for (((d, l), (_, w)), (_, e)) in r
        .adaptive
        .level_agreement
        .0
        .iter()
        .zip(&r.adaptive.within_one_level.0)
        .zip(&r.adaptive.rmse.0)
    {
        println!("  {d:<12} {l:>6.3} {w:>6.3} {e:>6.3}");
    }
    println!("by decile of true overall ability (adaptive | fixed form):");
    println!(
        "  {:>6} {:>15} {:>6} {:>9} {:>7} {:>7} {:>8} | {:>9} {:>7} {:>8}",
        "decile",
        "true overall",
        "items",
        "referral",
        "severe",
        "levels",
        "within1",
        "referral",
        "levels",
        "within1"
    );
    let row = |name: String, g: &simulate::Group, f: &simulate::Group| {
        println!(
            "  {:>6} {:>6.2} … {:>6.2} {:>6.2} {:>9.3} {:>7.4} {:>7.3} {:>8.3} | {:>9.3} {:>7.3} {:>8.3}",
            name, g.low, g.high, g.mean_items, g.referral_agreement, g.severe_misreferral, g.level_agreement,
            g.within_one_level, f.referral_agreement, f.level_agreement, f.within_one_level
        );
    };
    for (k, (g, f)) in r
        .adaptive
        .by_decile
        .iter()
        .zip(&r.baseline.by_decile)
        .enumerate()
    {
        row(format!("{}", k + 1), g, f);
    }
    if r.adaptive.beginners.examinees > 0 {
        row(
            format!("<{}", simulate::BEGINNER_OVERALL),
            &r.adaptive.beginners,
            &r.baseline.beginners,
        );
        println!(
            "  (<{}: the {} examinees with true overall ability below it)",
            simulate::BEGINNER_OVERALL,
            r.adaptive.beginners.examinees
        );
    }
    if let Some(c) = &r.curves {
        println!("level agreement against test length ({} examinees, stopping rule off; fixed form: joint scoring):", c.examinees);
        println!(
            "  {:>5} {:>8} {:>12} {:>11}",
            "items", "joint", "independent", "fixed form"
        );
        for ((j, i), f) in c
            .joint
            .iter()
            .zip(&c.independent)
            .zip(&c.fixed)
            .filter(|((j, _), _)| j.items % 5 == 0 || j.items == 18 || j.items == 24)
        {
            println!(
                "  {:>5} {:>8.3} {:>12.3} {:>11.3}",
                j.items, j.level_agreement, i.level_agreement, f.level_agreement
            );
        }
        for s in &c.savings {
            match (s.joint_items, s.ratio) {
                (Some(j), Some(ratio)) => println!(
                    "  independent needs {:>2} items for {:.3}; joint needs {:>2} ({:.0} %)",
                    s.independent_items,
                    s.independent_agreement,
                    j,
                    ratio * 100.0
                ),
                _ => println!(
                    "  independent needs {:>2} items for {:.3}; joint does not reach it within the curve",
                    s.independent_items, s.independent_agreement
                ),
            }
        }
    }
    println!();
}
