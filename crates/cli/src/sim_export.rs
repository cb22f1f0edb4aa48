//! `repere simulate --export FILE`: simulated sessions written as an anonymous
//! records export (crates/records), the input `repere calibrate` and
//! `repere report` read — so calibration can be proved by recovery.
//!
//! - Persons come from the simulation's truth model (`TruthModel`: population
//!   mean, SD and correlation set here, independent of the bank's prior).
//! - `--parameter-noise`: the answers follow *perturbed* parameters
//!   (b + 0.3·N(0,1), a·e^(0.25·N(0,1)), the engine audit's level), while the
//!   engine keeps selecting with the bank's — the authors' guesses are wrong by
//!   that much. `--truth FILE` writes the parameters the answers came from, for
//!   `repere calibrate --truth FILE` to state the recovery error.
//! - `--design adaptive` (default) runs the real engine (`Session`);
//!   `--design random --items K` gives each person K items drawn at random: no
//!   engine, so national volumes (a million sessions) are cheap to make for
//!   timing the calibration. Levels then come from the true θ.
//! - CSV is written in chunks, so the export's size is not held in memory.

use crate::args::{self, ArgError, Options};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use repere_engine::irt::p_correct;
use repere_engine::levels::level_of;
use repere_engine::simulate::{correct_response, standard_normal, TruthModel};
use repere_engine::{Bank, Mode, Response, Session};
use repere_records::{Day, Outcome, Path, Record};
use std::io::Write;
use std::sync::Arc;

pub const USAGE: &str =
    "  repere simulate --export FILE [--examinees N] [--seed S] [--mode screening|profile]
                 [--population-mean M] [--population-sd SD] [--true-correlation R]
                 [--parameter-noise] [--truth FILE] [--design adaptive|random] [--items K]
                 [--bank PATH] [--threads T]
                                 write simulated sessions as a records export (.json or .csv)";

/// The audit's level of error in the authors' parameters.
const B_NOISE_SD: f64 = 0.3;
const LN_A_NOISE_SD: f64 = 0.25;
/// Records per written chunk.
const CHUNK: usize = 10_000;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Design {
    Adaptive,
    Random(usize),
}

struct Args {
    file: String,
    examinees: usize,
    seed: u64,
    mode: Mode,
    truth_model: TruthModel,
    noise: bool,
    truth_file: Option<String>,
    design: Design,
    bank: String,
    threads: usize,
}

fn parse(words: &[&str]) -> Result<Args, ArgError> {
    let mut a = Args {
        file: String::new(),
        examinees: 1000,
        seed: 1,
        mode: Mode::Profile,
        truth_model: TruthModel::default(),
        noise: false,
        truth_file: None,
        design: Design::Adaptive,
        bank: ".".into(),
        threads: 2,
    };
    let mut items = None;
    let mut random = false;
    let mut opts = Options::new(words);
    while let Some(option) = opts.next_option() {
        match option {
            "--export" => a.file = opts.value(option)?.to_string(),
            "--examinees" => a.examinees = opts.parsed(option, "a number of examinees")?,
            "--seed" => a.seed = opts.parsed(option, "a whole number")?,
            "--mode" => {
                a.mode = match opts.value(option)? {
                    "screening" => Mode::Screening,
                    "profile" => Mode::Profile,
                    other => {
                        return Err(invalid(
                            option,
                            format!("expected screening or profile, got '{other}'"),
                        ))
                    }
                }
            }
            "--population-mean" => a.truth_model.mean = opts.parsed(option, "a number")?,
            "--population-sd" => a.truth_model.sd = opts.parsed(option, "a positive number")?,
            "--true-correlation" => {
                a.truth_model.correlation = opts.parsed(option, "a number in [0, 1)")?
            }
            "--parameter-noise" => a.noise = true,
            "--truth" => a.truth_file = Some(opts.value(option)?.to_string()),
            "--design" => {
                random = match opts.value(option)? {
                    "adaptive" => false,
                    "random" => true,
                    other => {
                        return Err(invalid(
                            option,
                            format!("expected adaptive or random, got '{other}'"),
                        ))
                    }
                }
            }
            "--items" => items = Some(opts.parsed::<usize>(option, "a number of items")?),
            "--bank" => a.bank = opts.value(option)?.to_string(),
            "--threads" => a.threads = opts.parsed(option, "a number of threads")?,
            other => return Err(ArgError::Unknown(other.into())),
        }
    }
    if a.file.is_empty() || !(a.file.ends_with(".json") || a.file.ends_with(".csv")) {
        return Err(invalid(
            "--export",
            "needs a file name ending in .json or .csv".into(),
        ));
    }
    if a.examinees == 0 || a.threads == 0 {
        return Err(invalid(
            "--examinees/--threads",
            "must be at least 1".into(),
        ));
    }
    if !(0.0..1.0).contains(&a.truth_model.correlation) {
        return Err(invalid("--true-correlation", "must be in [0, 1)".into()));
    }
    if !(a.truth_model.sd > 0.0) || !a.truth_model.mean.is_finite() {
        return Err(invalid(
            "--population-sd",
            "must be a positive number (and the mean finite)".into(),
        ));
    }
    a.design = match (random, items) {
        (false, None) => Design::Adaptive,
        (false, Some(_)) => return Err(invalid("--items", "goes with --design random".into())),
        (true, Some(k)) if k > 0 => Design::Random(k),
        (true, _) => {
            return Err(invalid(
                "--design random",
                "needs --items K (at least 1)".into(),
            ))
        }
    };
    Ok(a)
}

fn invalid(option: &str, message: String) -> ArgError {
    ArgError::Invalid {
        option: option.into(),
        message,
    }
}

/// The bank the answers come from: the shipped one, or perturbed.
fn truth_bank(bank: &Bank, noise: bool, seed: u64) -> Bank {
    let mut truth = bank.clone();
    if noise {
        let mut rng = StdRng::seed_from_u64(seed ^ 0x5EED_0F_7217);
        for it in &mut truth.items {
            it.b += B_NOISE_SD * standard_normal(&mut rng);
            it.a *= (LN_A_NOISE_SD * standard_normal(&mut rng)).exp();
        }
    }
    truth
}

/// Simulated person `index`: one record.
fn person(bank: &Arc<Bank>, truth: &Bank, args: &Args, index: usize, version: &str) -> Record {
    let person = args.truth_model.draw(truth, args.seed, index);
    let mut rng = StdRng::seed_from_u64(
        args.seed
            .wrapping_mul(0x9E37_79B9)
            .wrapping_add(index as u64 + 1),
    );
    let answer = |item: usize, rng: &mut StdRng| {
        let it = &truth.items[item];
        let d = truth.domain_index(&it.domain).unwrap_or(0);
        rng.gen::<f64>() < p_correct(person.theta[d], it.a, it.b, it.c)
    };
    let mut responses = Vec::new();
    let (levels, path) = match args.design {
        Design::Adaptive => {
            let mut session = Session::new(
                bank.clone(),
                args.mode,
                args.seed ^ (index as u64).wrapping_mul(0xA5A5),
            );
            while let Some(item) = session.current_item() {
                let i = bank.items.iter().position(|x| x.id == item.id).unwrap_or(0);
                let right = answer(i, &mut rng);
                responses.push(repere_records::Response {
                    item: item.id.clone(),
                    outcome: if right {
                        Outcome::Right
                    } else {
                        Outcome::Wrong
                    },
                });
                let response = if right {
                    correct_response(item)
                } else {
                    Response::DontKnow
                };
                if session.answer(response).is_err() {
                    break;
                }
            }
            let levels = session
                .estimates()
                .into_iter()
                .map(|e| (e.domain, e.level))
                .collect();
            (levels, Path::from_skills(session.skill_path()))
        }
        Design::Random(k) => {
            let n = bank.items.len();
            let mut chosen: Vec<usize> = Vec::with_capacity(k.min(n));
            while chosen.len() < k.min(n) {
                let i = rng.gen_range(0..n);
                if !chosen.contains(&i) {
                    chosen.push(i);
                }
            }
            for i in chosen {
                let right = answer(i, &mut rng);
                responses.push(repere_records::Response {
                    item: bank.items[i].id.clone(),
                    outcome: if right {
                        Outcome::Right
                    } else {
                        Outcome::Wrong
                    },
                });
            }
            let levels = bank
                .domains
                .iter()
                .zip(&person.theta)
                .map(|(d, t)| (d.id.clone(), level_of(*t, &bank.settings.level_cuts)))
                .collect();
            (levels, Path::from_skills(person.path))
        }
    };
    // Spread the diagnostics over four weeks so that reports show an evolution.
    let day = Day::new(2026, 11, 2 + (index % 28) as u8).expect("2 to 29 November are days");
    Record {
        week: day.week(),
        mode: args.mode,
        language: if index % 5 == 4 { "en" } else { "fr" }.into(),
        bank: version.to_string(),
        levels,
        path: Some(path),
        responses,
    }
}

pub fn main(words: &[&str]) -> Result<(), ArgError> {
    let args = parse(words)?;
    let bank = args::load(&args.bank)?;
    let truth = truth_bank(&bank, args.noise, args.seed);
    let version =
        repere_records::bank_version(serde_json::to_string(&*bank).unwrap_or_default().as_bytes());
    let io = |e: std::io::Error| invalid("--export", format!("cannot write '{}': {e}", args.file));
    if let Some(path) = &args.truth_file {
        let items: Vec<_> = truth
            .items
            .iter()
            .map(|i| serde_json::json!({"id": i.id, "a": i.a, "b": i.b}))
            .collect();
        std::fs::write(
            path,
            serde_json::to_string_pretty(&serde_json::json!({"items": items})).unwrap_or_default(),
        )
        .map_err(|e| invalid("--truth", format!("cannot write '{path}': {e}")))?;
    }
    let csv = args.file.ends_with(".csv");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&args.file).map_err(io)?);
    let mut all = Vec::new();
    let mut start = 0;
    while start < args.examinees {
        let end = (start + CHUNK).min(args.examinees);
        let records = in_parallel(args.threads, start..end, |i| {
            person(&bank, &truth, &args, i, &version)
        });
        if csv {
            let text = repere_records::to_csv(&records);
            let body = if start == 0 {
                &text[..]
            } else {
                text.split_once('\n').map_or("", |(_, rows)| rows)
            };
            out.write_all(body.as_bytes()).map_err(io)?;
        } else {
            all.extend(records);
        }
        start = end;
        eprint!("\rsimulated {end} of {} sessions", args.examinees);
    }
    eprintln!();
    if !csv {
        out.write_all(repere_records::to_json(&all).as_bytes())
            .map_err(io)?;
    }
    out.flush().map_err(io)?;
    println!(
        "{}: {} simulated sessions ({})",
        args.file,
        args.examinees,
        if args.noise {
            "answers from perturbed parameters"
        } else {
            "answers from the bank's parameters"
        }
    );
    Ok(())
}

/// `range.map(f)` on `threads` scoped threads, in order.
fn in_parallel<T: Send>(
    threads: usize,
    range: std::ops::Range<usize>,
    f: impl Fn(usize) -> T + Sync,
) -> Vec<T> {
    let len = range.len();
    let per = len.div_ceil(threads.max(1)).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let f = &f;
                let lo = range.start + t * per;
                let hi = (lo + per).min(range.end);
                s.spawn(move || (lo..hi.max(lo)).map(f).collect::<Vec<T>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a simulation worker panicked"))
            .collect()
    })
}
