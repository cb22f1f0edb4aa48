//! `repere bank positions [PATH] [--sessions N]`: where the right answer of a
//! choice item appears on screen, over N seeded sessions of the real engine,
//! and what someone who always taps the first option would score on them.
//! The layout is the engine's (`presentation`), the same the app renders.

use crate::args::{self, ArgError, Options};
use repere_engine::presentation::{choice_options, key_position};
use repere_engine::simulate::{answers_correctly, correct_response, TruthModel};
use repere_engine::{Mode, Response, Session};

pub const USAGE: &str = "  repere bank positions [PATH] [--sessions N]
                                 screen position of the right answer over N seeded sessions (default 1000)";

pub fn main(words: &[&str]) -> Result<(), ArgError> {
    let (mut path, mut sessions) = (".".to_string(), 1000usize);
    let mut opts = Options::new(words);
    while let Some(option) = opts.next_option() {
        match option {
            "--sessions" => sessions = opts.parsed(option, "a number of sessions")?,
            p if !p.starts_with("--") => path = p.to_string(),
            other => return Err(ArgError::Unknown(other.to_string())),
        }
    }
    let bank = args::load(&path)?;
    let truth_model = TruthModel::default();
    // counts[n][p]: choice items with n options whose answer was shown at p.
    let mut counts = vec![vec![0usize; 0]; 0];
    let (mut shown, mut first_right) = (0usize, 0usize);
    for (s, mode) in (0..sessions).map(|s| (s, if s % 2 == 0 { Mode::Profile } else { Mode::Screening })) {
        let truth = truth_model.draw(&bank, 11, s);
        let seed = 0x5eed_0000 + s as u64;
        let mut session = Session::new(bank.clone(), mode, seed);
        while let Some(item) = session.current_item() {
            let response = if let Some(p) = key_position(item, seed) {
                let n = choice_options(item, seed).len();
                if counts.len() <= n {
                    counts.resize(n + 1, Vec::new());
                }
                counts[n].resize(n, 0);
                counts[n][p] += 1;
                shown += 1;
                first_right += usize::from(p == 0);
                // The person always taps the first option shown.
                Response::Pick(choice_options(item, seed)[0].clone())
            } else {
                let i = bank.item_index(&item.id).expect("bank item");
                if answers_correctly(&bank, &truth, 11, s, i) { correct_response(item) } else { Response::DontKnow }
            };
            session.answer(response).expect("an item is waiting");
        }
    }
    println!("{sessions} seeded sessions (half profile, half screening), {shown} choice items shown");
    println!("{:<9} {:>7}  share of the right answer in each screen position (1 = top)", "options", "shown");
    for (n, row) in counts.iter().enumerate().filter(|(_, r)| !r.is_empty()) {
        let total: usize = row.iter().sum();
        let shares: Vec<String> =
            row.iter().enumerate().map(|(p, c)| format!("{}: {:>5.1} %", p + 1, 100.0 * *c as f64 / total as f64)).collect();
        println!("{n:<9} {total:>7}  {}  (chance {:.1} %)", shares.join("   "), 100.0 / n as f64);
    }
    let chance: f64 = counts.iter().enumerate().filter(|(n, _)| *n > 0).map(|(n, r)| r.iter().sum::<usize>() as f64 / n as f64).sum();
    if shown > 0 {
        println!(
            "always tapping the first option: {first_right} of {shown} right ({:.1} %; chance for these items {:.1} %)",
            100.0 * first_right as f64 / shown as f64,
            100.0 * chance / shown as f64
        );
    }
    Ok(())
}
