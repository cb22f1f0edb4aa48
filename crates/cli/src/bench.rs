//! `repere bench`: time per answer (estimate update + stopping check +
//! next-item choice, i.e. one `Session::answer`) for the shipped bank and a
//! synthetic 1,001-item bank (7 domains × 143), in both modes. The clock lives here, never in
//! the engine.

use crate::args::{self, ArgError, Options};
use repere_engine::simulate::{answers_correctly, correct_response, TruthModel};
use repere_engine::{Bank, Mode, Response, Session};
use std::sync::Arc;
use std::time::Instant;

pub const USAGE: &str = "  repere bench [--bank PATH] [--sessions N] [--synthetic ITEMS] [--json]
                                 median time per answer, shipped bank and a synthetic one";

struct Timing {
    bank: String,
    items: usize,
    mode: &'static str,
    answers: usize,
    median_us: f64,
    p90_us: f64,
    max_us: f64,
}

fn time_bank(name: &str, bank: &Arc<Bank>, mode: Mode, sessions: usize) -> Timing {
    let truth_model = TruthModel::default();
    let mut times = Vec::new();
    for s in 0..sessions {
        let truth = truth_model.draw(bank, 7, s);
        let mut session = Session::new(bank.clone(), mode, s as u64);
        while let Some(item) = session.current_item() {
            let i = bank.item_index(&item.id).expect("bank item");
            let response = if answers_correctly(bank, &truth, 7, s, i) {
                correct_response(item)
            } else {
                Response::DontKnow
            };
            let start = Instant::now();
            session.answer(response).expect("an item is waiting");
            times.push(start.elapsed().as_secs_f64() * 1e6);
        }
    }
    times.sort_by(f64::total_cmp);
    let at = |q: f64| {
        times
            .get(((times.len() as f64 - 1.0) * q).round() as usize)
            .copied()
            .unwrap_or(0.0)
    };
    Timing {
        bank: name.to_string(),
        items: bank.items.len(),
        mode: match mode {
            Mode::Screening => "screening",
            Mode::Profile => "profile",
        },
        answers: times.len(),
        median_us: at(0.5),
        p90_us: at(0.9),
        max_us: times.last().copied().unwrap_or(0.0),
    }
}

pub fn main(words: &[&str]) -> Result<(), ArgError> {
    let (mut path, mut sessions, mut synthetic_items, mut json) =
        (".".to_string(), 200usize, 1000usize, false);
    let mut opts = Options::new(words);
    while let Some(option) = opts.next_option() {
        match option {
            "--bank" => path = opts.value(option)?.to_string(),
            "--sessions" => sessions = opts.parsed(option, "a number of sessions")?,
            "--synthetic" => synthetic_items = opts.parsed(option, "a number of items")?,
            "--json" => json = true,
            other => return Err(ArgError::Unknown(other.into())),
        }
    }
    if sessions == 0 || synthetic_items == 0 {
        return Err(ArgError::Invalid {
            option: "--sessions/--synthetic".into(),
            message: "must be at least 1".into(),
        });
    }
    let shipped = args::load(&path)?;
    let synthetic = args::synthetic(synthetic_items, Some(&shipped));
    let mut timings = Vec::new();
    for (name, bank) in [("shipped", &shipped), ("synthetic", &synthetic)] {
        for mode in [Mode::Screening, Mode::Profile] {
            timings.push(time_bank(name, bank, mode, sessions));
        }
    }
    if json {
        let rows: Vec<_> = timings
            .iter()
            .map(|t| {
                serde_json::json!({"bank": t.bank, "items": t.items, "mode": t.mode, "answers": t.answers,
                    "median_ms": t.median_us / 1000.0, "p90_ms": t.p90_us / 1000.0, "max_ms": t.max_us / 1000.0})
            })
            .collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&rows).expect("plain numbers")
        );
    } else {
        println!("time per answer (estimate update + stopping check + next-item choice)");
        println!(
            "{:<10} {:>6} {:<10} {:>8} {:>11} {:>9} {:>9}",
            "bank", "items", "mode", "answers", "median ms", "p90 ms", "max ms"
        );
        for t in &timings {
            println!(
                "{:<10} {:>6} {:<10} {:>8} {:>11.3} {:>9.3} {:>9.3}",
                t.bank,
                t.items,
                t.mode,
                t.answers,
                t.median_us / 1000.0,
                t.p90_us / 1000.0,
                t.max_us / 1000.0
            );
        }
    }
    Ok(())
}
