//! `repere simulate --referral`: which main path simulated people are sent
//! on, by decile of true overall ability and by mode, before and after a
//! change of the referral rules (docs/referral.md).
//!
//! - People: the simulation's truth model (`TruthModel`, N(0, 1), domain
//!   correlation 0.64 unless told otherwise), tested by the real engine
//!   (`Session`, the product's stopping rules and exposure control), answers
//!   from the bank's parameters.
//! - Declarations: drawn from their own random stream, independent of the
//!   person's ability and of the engine, with the stated mix of
//!   [`Mix::STATED`] (the kiosk's two optional questions: a procedure to do,
//!   the wish to learn; nothing about equipment, so `equipment_first` is
//!   never a main path here).
//! - Columns: *before* — the rules given by `--before FILE` with no
//!   declaration (what a kiosk or the embed got before it asked anything);
//!   *skipped* — the shipped rules, both questions skipped; *after* — the
//!   shipped rules with the stated mix of declarations.
//! - The check: nobody whose true overall ability is below the lowest
//!   decile's upper bound is sent to Aidants Connect as the main path unless
//!   their simulated declarations say there is a procedure; a breach is an
//!   error (exit status 2).

use crate::args::{self, ArgError, Options};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use repere_engine::simulate::{answers_correctly, correct_response, session_seed, TruthModel};
use repere_engine::{Bank, Mode, Response, Session};
use repere_guidance::referral::{evaluate, Declarative, Path, ReferralInput, RuleSet, Urgency};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

pub const USAGE: &str = "  repere simulate --referral [--before RULES.toml] [--mode screening|profile|both]
                 [--examinees N] [--seed S] [--bank PATH] [--threads T]
                                 share of each main path by decile of true ability and mode:
                                 before (--before's rules, no declaration), skipped (the shipped
                                 rules, questions skipped), after (shipped rules, a stated mix of
                                 declarations); fails if someone in the lowest decile is sent to
                                 Aidants Connect without a declared procedure";

/// The stated mix of simulated declarations (independent of ability).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mix {
    /// Probability that the first question is skipped.
    pub skip_procedure: f64,
    /// Answered: a procedure this week, one that can wait (the rest: none).
    pub this_week: f64,
    pub later: f64,
    /// Probability that the second question is skipped.
    pub skip_learn: f64,
    /// Answered: wants to learn (the rest: "no, do it for me").
    pub wants_to_learn: f64,
}

impl Mix {
    /// 30 % skip each question; of those who answer the first, 15 % have a
    /// procedure this week, 25 % one that can wait, 60 % none; of those who
    /// answer the second, 60 % want to learn.
    pub const STATED: Mix = Mix { skip_procedure: 0.3, this_week: 0.15, later: 0.25, skip_learn: 0.3, wants_to_learn: 0.6 };

    /// Person `index`'s declarations (their own stream of `seed`).
    pub fn draw(&self, seed: u64, index: usize) -> Declarative {
        let mut rng = StdRng::seed_from_u64(seed ^ 0xDEC1_A2A7_1015 ^ (index as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let procedure = if rng.gen::<f64>() < self.skip_procedure {
            None
        } else {
            let u = rng.gen::<f64>();
            Some(if u < self.this_week {
                Urgency::ThisWeek
            } else if u < self.this_week + self.later {
                Urgency::Later
            } else {
                Urgency::NoProcedure
            })
        };
        let wants_to_learn = if rng.gen::<f64>() < self.skip_learn { None } else { Some(rng.gen::<f64>() < self.wants_to_learn) };
        Declarative { procedure, wants_to_learn, ..Declarative::default() }
    }
}

/// One simulated person: true overall ability, declarations, main paths.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub overall: f64,
    pub declared: Declarative,
    pub before: Option<Path>,
    pub skipped: Path,
    pub after: Path,
}

/// Person `index`'s true overall ability and finished test.
pub fn tested(bank: &Arc<Bank>, mode: Mode, seed: u64, index: usize) -> (f64, Session) {
    let truth = TruthModel::default().draw(bank, seed, index);
    let mut session = Session::new(bank.clone(), mode, session_seed(seed, index));
    while let Some(item) = session.current_item() {
        let i = bank.item_index(&item.id).expect("the session shows bank items");
        let response = if answers_correctly(bank, &truth, seed, index, i) { correct_response(item) } else { Response::DontKnow };
        session.answer(response).expect("the session is waiting for an answer");
    }
    (truth.overall, session)
}

/// The rules' main paths for person `index` of a finished test.
pub fn referred(overall: f64, session: &Session, seed: u64, index: usize, after: &RuleSet, before: Option<&RuleSet>, mix: &Mix) -> Person {
    let declared = mix.draw(seed, index);
    let main = |rules: &RuleSet, d: &Declarative| evaluate(rules, &ReferralInput::from_session(session, d.clone())).main;
    Person {
        overall,
        before: before.map(|r| main(r, &Declarative::default())),
        skipped: main(after, &Declarative::default()),
        after: main(after, &declared),
        declared,
    }
}

/// People below the lowest decile's upper bound sent to Aidants Connect as
/// the main path (after) without a declared procedure.
pub fn breaches(people: &[Person]) -> usize {
    let bound = decile_bounds(people).first().map_or(f64::NEG_INFINITY, |b| b.1);
    people
        .iter()
        .filter(|p| p.overall < bound && p.after == Path::AidantsConnect)
        .filter(|p| !matches!(p.declared.procedure, Some(Urgency::ThisWeek | Urgency::ThisMonth | Urgency::Later)))
        .count()
}

/// (low, high) of true overall ability for each decile.
fn decile_bounds(people: &[Person]) -> Vec<(f64, f64)> {
    let mut sorted: Vec<f64> = people.iter().map(|p| p.overall).collect();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    if n == 0 {
        return Vec::new();
    }
    (0..10).map(|k| (sorted[k * n / 10], sorted[((k + 1) * n / 10).min(n) - 1])).collect()
}

struct Args {
    modes: Vec<Mode>,
    examinees: usize,
    seed: u64,
    bank: String,
    before: Option<String>,
    threads: usize,
}

fn parse(words: &[&str]) -> Result<Args, ArgError> {
    let mut a = Args { modes: vec![Mode::Screening, Mode::Profile], examinees: 1000, seed: 1, bank: ".".into(), before: None, threads: 2 };
    let mut opts = Options::new(words);
    while let Some(option) = opts.next_option() {
        match option {
            "--referral" => {}
            "--mode" => {
                a.modes = match opts.value(option)? {
                    "screening" => vec![Mode::Screening],
                    "profile" => vec![Mode::Profile],
                    "both" => vec![Mode::Screening, Mode::Profile],
                    other => return Err(ArgError::Invalid { option: option.into(), message: format!("expected screening, profile or both, got '{other}'") }),
                }
            }
            "--examinees" => a.examinees = opts.parsed(option, "a number of examinees (10 or more)")?,
            "--seed" => a.seed = opts.parsed(option, "a whole number")?,
            "--bank" => a.bank = opts.value(option)?.to_string(),
            "--before" => a.before = Some(opts.value(option)?.to_string()),
            "--threads" => a.threads = opts.parsed(option, "a number of threads")?,
            other => return Err(ArgError::Unknown(other.into())),
        }
    }
    if a.examinees < 10 || a.threads == 0 {
        return Err(ArgError::Invalid { option: "--examinees/--threads".into(), message: "at least 10 examinees and 1 thread".into() });
    }
    Ok(a)
}

fn rules(path: &std::path::Path, bank: &Bank, option: &str) -> Result<RuleSet, ArgError> {
    repere_content::load_referral(path, Some(bank)).map(|(r, _)| r).map_err(|problems| ArgError::Invalid {
        option: option.into(),
        message: problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("; "),
    })
}

pub fn main(words: &[&str]) -> Result<(), ArgError> {
    let a = parse(words)?;
    let bank = args::load(&a.bank)?;
    let root = repere_content::ContentRoot::find(std::path::Path::new(&a.bank));
    let after = rules(&root.assessments.join(repere_content::REFERRAL_FILE), &bank, "--bank")?;
    let before = a.before.as_deref().map(|p| rules(std::path::Path::new(p), &bank, "--before")).transpose()?;
    let mix = Mix::STATED;
    println!(
        "main path by decile of true overall ability — {} examinees per mode, seed {}, population N(0, 1), correlation 0.64",
        a.examinees, a.seed
    );
    println!(
        "declarations (own random stream, independent of ability and engine): procedure question skipped {:.0} %, else this week {:.0} % / can wait {:.0} % / none {:.0} %; learning question skipped {:.0} %, else yes {:.0} % / no {:.0} %",
        mix.skip_procedure * 100.0,
        mix.this_week * 100.0,
        mix.later * 100.0,
        (1.0 - mix.this_week - mix.later) * 100.0,
        mix.skip_learn * 100.0,
        mix.wants_to_learn * 100.0,
        (1.0 - mix.wants_to_learn) * 100.0
    );
    println!("before: {} with no declaration; skipped: shipped rules, both questions skipped; after: shipped rules, declarations as above", a.before.as_deref().unwrap_or("(no --before)"));
    println!("shares in % — A: autonomous, T: training, AC: aidants_connect (equipment_first needs equipment answers, not simulated)");
    let mut total_breaches = 0;
    for &mode in &a.modes {
        let people = run(&bank, mode, &a, &after, before.as_ref(), &mix);
        print_table(mode, &people);
        let b = breaches(&people);
        total_breaches += b;
        println!(
            "  check: {b} people below the lowest decile's upper bound ({:.2}) sent to Aidants Connect as the main path without a declared procedure (must be 0)\n",
            decile_bounds(&people).first().map_or(f64::NAN, |d| d.1)
        );
    }
    if total_breaches > 0 {
        return Err(ArgError::Invalid { option: "--referral".into(), message: format!("{total_breaches} people of the lowest decile sent to Aidants Connect without a declared procedure") });
    }
    Ok(())
}

fn run(bank: &Arc<Bank>, mode: Mode, a: &Args, after: &RuleSet, before: Option<&RuleSet>, mix: &Mix) -> Vec<Person> {
    let next = AtomicUsize::new(0);
    let out: Mutex<Vec<Option<Person>>> = Mutex::new(vec![None; a.examinees]);
    std::thread::scope(|s| {
        for _ in 0..a.threads.min(a.examinees) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= a.examinees {
                    break;
                }
                let (overall, session) = tested(bank, mode, a.seed, i);
                let p = referred(overall, &session, a.seed, i, after, before, mix);
                out.lock().expect("no worker panicked")[i] = Some(p);
            });
        }
    });
    out.into_inner().expect("no worker panicked").into_iter().map(|p| p.expect("every index ran")).collect()
}

fn print_table(mode: Mode, people: &[Person]) {
    let name = match mode {
        Mode::Screening => "screening (aidant, embed)",
        Mode::Profile => "profile (kiosk)",
    };
    println!("{name}:");
    println!(
        "  {:>6} {:>15} | {:>16} | {:>16} | {:>16} | {:>8}",
        "decile", "true overall", "before A/T/AC", "skipped A/T/AC", "after A/T/AC", "AC+proc"
    );
    let share = |group: &[&Person], f: &dyn Fn(&Person) -> Option<Path>, path: Path| {
        100.0 * group.iter().filter(|p| f(p) == Some(path)).count() as f64 / group.len().max(1) as f64
    };
    let cells = |group: &[&Person], f: &dyn Fn(&Person) -> Option<Path>| {
        if group.iter().all(|p| f(p).is_none()) {
            return format!("{:>16}", "—");
        }
        format!(
            "{:>4.0} {:>5.0} {:>5.0}",
            share(group, f, Path::Autonomous),
            share(group, f, Path::Training),
            share(group, f, Path::AidantsConnect)
        )
    };
    let mut rows: Vec<(String, Vec<&Person>)> = decile_bounds(people)
        .into_iter()
        .enumerate()
        .map(|(k, (low, high))| (format!("{:>6} {:>6.2} … {:>6.2}", k + 1, low, high), people.iter().filter(|p| p.overall >= low && p.overall <= high).collect()))
        .collect();
    rows.push((format!("{:>6} {:>15}", "all", ""), people.iter().collect()));
    for (label, group) in rows {
        let with_procedure = group
            .iter()
            .filter(|p| p.after == Path::AidantsConnect)
            .filter(|p| matches!(p.declared.procedure, Some(Urgency::ThisWeek | Urgency::ThisMonth | Urgency::Later)))
            .count();
        let ac = group.iter().filter(|p| p.after == Path::AidantsConnect).count();
        println!(
            "  {label} | {} | {} | {} | {:>8}",
            cells(&group, &|p| p.before),
            cells(&group, &|p| Some(p.skipped)),
            cells(&group, &|p| Some(p.after)),
            format!("{with_procedure}/{ac}")
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> RuleSet {
        let text = include_str!("../../../assessments/referral.toml");
        repere_content::parse_referral(std::path::Path::new("referral.toml"), text, None).expect("the shipped rules").0
    }

    #[test]
    fn the_stated_mix_is_what_is_drawn() {
        let n = 20_000;
        let drawn: Vec<Declarative> = (0..n).map(|i| Mix::STATED.draw(7, i)).collect();
        let share = |f: &dyn Fn(&Declarative) -> bool| drawn.iter().filter(|d| f(d)).count() as f64 / n as f64;
        assert!((share(&|d| d.procedure.is_none()) - 0.3).abs() < 0.02);
        assert!((share(&|d| d.procedure == Some(Urgency::ThisWeek)) - 0.7 * 0.15).abs() < 0.02);
        assert!((share(&|d| d.wants_to_learn == Some(true)) - 0.7 * 0.6).abs() < 0.02);
        assert_eq!(Mix::STATED.draw(7, 3), Mix::STATED.draw(7, 3), "deterministic");
    }

    #[test]
    fn the_lowest_decile_goes_to_aidants_connect_only_with_a_procedure() {
        let bank = args::load("../..").expect("the shipped bank");
        let after = shipped();
        // The old policy: low skills alone sent to Aidants Connect.
        let mut old = shipped();
        old.rules.iter_mut().find(|r| r.id == "low-skills").unwrap().main = Some(Path::AidantsConnect);
        let tests: Vec<(f64, Session)> = (0..150).map(|i| tested(&bank, Mode::Screening, 5, i)).collect();
        let with = |rules: &RuleSet| -> Vec<Person> { tests.iter().enumerate().map(|(i, (o, s))| referred(*o, s, 5, i, rules, None, &Mix::STATED)).collect() };
        let people = with(&after);
        assert_eq!(breaches(&people), 0);
        assert!(people.iter().any(|p| p.after == Path::AidantsConnect), "some declared a procedure and go to Aidants Connect");
        let as_before = with(&old);
        assert!(breaches(&as_before) > 0, "the check catches the old policy");
    }
}
