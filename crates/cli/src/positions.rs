//! `repere bank positions [PATH] [--sessions N]`: where the right answer of a
//! choice item appears on screen, over N seeded sessions of the real engine,
//! and what three test-wise strategies score on choice items against blind
//! guessing: always the first option shown, always the longest (in
//! characters), always the one with the most words — the last two in each
//! language, since they read the texts. The layout is the engine's
//! (`presentation`), the same the app renders. A strategy more than
//! [`MAX_STRATEGY_GAIN`] points above blind guessing is a cue (and one as far
//! below it, a cue to avoid that option) the bank gives
//! away; the command then says so and exits with status 1.

use crate::args::{self, ArgError, Options};
use repere_content::{load_locales, message_texts, option_length, option_words, ContentRoot};
use repere_engine::presentation::{choice_options, key_position};
use repere_engine::simulate::{answers_correctly, correct_response, TruthModel};
use repere_engine::{Bank, Item, Mode, Response, Session};
use std::collections::HashMap;
use std::path::Path;

pub const USAGE: &str = "  repere bank positions [PATH] [--sessions N] [--items]
                                 screen position of the right answer over N seeded sessions (default 1000),
                                 and the score of test-wise strategies (first, longest, most words) against
                                 blind guessing; exit 1 when one is more than 10 points from it;
                                 --items: how often each choice item was shown";

/// The most a test-wise strategy may score above blind guessing, in points.
pub const MAX_STRATEGY_GAIN: f64 = 10.0;

/// How a test-wise person picks among the options shown.
#[derive(Clone, Copy)]
enum Strategy {
    First,
    Longest,
    MostWords,
}

impl Strategy {
    fn name(self) -> &'static str {
        match self {
            Strategy::First => "always the first",
            Strategy::Longest => "always the longest",
            Strategy::MostWords => "always the most words",
        }
    }

    /// The option picked among `shown` (in screen order); ties go to the
    /// first shown of the tied ones (the screen order is random).
    fn pick(self, item: &Item, shown: &[String], texts: &HashMap<String, String>) -> String {
        let measure = |o: &String| {
            let text = texts.get(&format!("{}-opt-{o}", item.id)).map(String::as_str).unwrap_or("");
            match self {
                Strategy::First => 0,
                Strategy::Longest => option_length(text),
                Strategy::MostWords => option_words(text),
            }
        };
        let best = shown.iter().map(measure).max().unwrap_or(0);
        shown.iter().find(|o| measure(o) == best).cloned().unwrap_or_default()
    }
}

/// Right answers, choice items shown and the expected blind-guessing score.
#[derive(Default)]
struct Tally {
    right: usize,
    shown: usize,
    chance: f64,
}

impl Tally {
    fn score(&self) -> f64 {
        100.0 * self.right as f64 / self.shown.max(1) as f64
    }
    fn guessing(&self) -> f64 {
        100.0 * self.chance / self.shown.max(1) as f64
    }
}

pub fn main(words: &[&str]) -> Result<(), ArgError> {
    let (mut path, mut sessions, mut list_items) = (".".to_string(), 1000usize, false);
    let mut opts = Options::new(words);
    while let Some(option) = opts.next_option() {
        match option {
            "--sessions" => sessions = opts.parsed(option, "a number of sessions")?,
            "--items" => list_items = true,
            p if !p.starts_with("--") => path = p.to_string(),
            other => return Err(ArgError::Unknown(other.to_string())),
        }
    }
    let bank = args::load(&path)?;
    let locales = load_locales(&ContentRoot::find(Path::new(&path)).locales).map_err(|problems| ArgError::Bank {
        path: path.clone(),
        details: problems.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"),
    })?;
    // counts[n][p]: choice items with n options whose answer was shown at p.
    let mut counts: Vec<Vec<usize>> = Vec::new();
    let mut per_item: HashMap<String, usize> = HashMap::new();
    let first = run(&bank, sessions, Strategy::First, &HashMap::new(), |item, seed| {
        *per_item.entry(item.id.clone()).or_default() += 1;
        if let Some(p) = key_position(item, seed) {
            let n = choice_options(item, seed).len();
            if counts.len() <= n {
                counts.resize(n + 1, Vec::new());
            }
            counts[n].resize(n, 0);
            counts[n][p] += 1;
        }
    });
    println!("{sessions} seeded sessions (half profile, half screening), {} choice items shown", first.shown);
    println!("{:<9} {:>7}  share of the right answer in each screen position (1 = top)", "options", "shown");
    for (n, row) in counts.iter().enumerate().filter(|(_, r)| !r.is_empty()) {
        let total: usize = row.iter().sum();
        let shares: Vec<String> =
            row.iter().enumerate().map(|(p, c)| format!("{}: {:>5.1} %", p + 1, 100.0 * *c as f64 / total as f64)).collect();
        println!("{n:<9} {total:>7}  {}  (chance {:.1} %)", shares.join("   "), 100.0 / n as f64);
    }
    println!();
    println!("test-wise strategies on choice items ({sessions} sessions each; other items answered by a simulated person):");
    println!("{:<5} {:<23} {:>15} {:>8} {:>15} {:>11}", "lang", "strategy", "right / shown", "score", "blind guessing", "difference");
    let mut rows = vec![("all", Strategy::First, first)];
    for lang in locales.languages() {
        let texts = message_texts(&locales, lang);
        for strategy in [Strategy::Longest, Strategy::MostWords] {
            rows.push((lang, strategy, run(&bank, sessions, strategy, &texts, |_, _| {})));
        }
    }
    let mut over = Vec::new();
    for (lang, strategy, t) in &rows {
        let gain = t.score() - t.guessing();
        if gain.abs() > MAX_STRATEGY_GAIN {
            let side = if gain > 0.0 { "above" } else { "below (avoiding it would score above chance)" };
            over.push(format!("{} ({lang}) scores {:.1} points {side} blind guessing", strategy.name(), gain.abs()));
        }
        println!(
            "{lang:<5} {:<23} {:>15} {:>6.1} % {:>13.1} % {:>+8.1} pts",
            strategy.name(),
            format!("{} / {}", t.right, t.shown),
            t.score(),
            t.guessing(),
            gain
        );
    }
    println!();
    println!("each choice item of the bank once (ties split evenly):");
    for lang in locales.languages() {
        let texts = message_texts(&locales, lang);
        let (mut n, mut longest, mut words, mut chance) = (0usize, 0.0, 0.0, 0.0);
        for item in &bank.items {
            let repere_engine::bank::Interaction::Choice { options, answer } = &item.interaction else { continue };
            let text = |o: &String| texts.get(&format!("{}-opt-{o}", item.id)).map(String::as_str).unwrap_or("");
            n += 1;
            chance += 1.0 / options.len() as f64;
            longest += share_if_best(options, answer, |o| option_length(text(o)));
            words += share_if_best(options, answer, |o| option_words(text(o)));
        }
        let pct = |x: f64| 100.0 * x / n.max(1) as f64;
        println!(
            "{lang:<5} {n} items: always the longest {:.1} %, always the most words {:.1} %, blind guessing {:.1} %",
            pct(longest),
            pct(words),
            pct(chance)
        );
    }
    if list_items {
        let mut rows: Vec<_> = per_item.into_iter().collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        println!();
        println!("choice items shown (times, in the sessions of the first strategy):");
        for (id, times) in rows {
            println!("{times:>7}  {id}");
        }
    }
    if over.is_empty() {
        println!("every strategy is within {MAX_STRATEGY_GAIN:.0} points of blind guessing");
        Ok(())
    } else {
        for o in &over {
            eprintln!("repere: {o} (at most {MAX_STRATEGY_GAIN:.0}): the options give the answer away");
        }
        let _ = std::io::Write::flush(&mut std::io::stdout());
        std::process::exit(1);
    }
}

/// The chance that picking the option with the highest `measure` (a tie
/// broken at random) picks `answer`.
fn share_if_best(options: &[String], answer: &str, measure: impl Fn(&String) -> usize) -> f64 {
    let best = options.iter().map(&measure).max().unwrap_or(0);
    let tied = options.iter().filter(|o| measure(o) == best).count();
    if options.iter().any(|o| o == answer && measure(o) == best) { 1.0 / tied as f64 } else { 0.0 }
}

/// `sessions` seeded sessions in which choice items are answered by
/// `strategy` and the others by a simulated person (default truth model);
/// `seen` is told of every choice item shown with the session seed.
fn run(
    bank: &std::sync::Arc<Bank>,
    sessions: usize,
    strategy: Strategy,
    texts: &HashMap<String, String>,
    mut seen: impl FnMut(&Item, u64),
) -> Tally {
    let truth_model = TruthModel::default();
    let mut tally = Tally::default();
    for (s, mode) in (0..sessions).map(|s| (s, if s % 2 == 0 { Mode::Profile } else { Mode::Screening })) {
        let truth = truth_model.draw(bank, 11, s);
        let seed = 0x5eed_0000 + s as u64;
        let mut session = Session::new(bank.clone(), mode, seed);
        while let Some(item) = session.current_item() {
            let shown = choice_options(item, seed);
            let response = if let Some(p) = key_position(item, seed) {
                seen(item, seed);
                let pick = strategy.pick(item, &shown, texts);
                tally.shown += 1;
                tally.right += usize::from(shown.get(p) == Some(&pick));
                tally.chance += 1.0 / shown.len() as f64;
                Response::Pick(pick)
            } else {
                let i = bank.item_index(&item.id).expect("bank item");
                if answers_correctly(bank, &truth, 11, s, i) { correct_response(item) } else { Response::DontKnow }
            };
            session.answer(response).expect("an item is waiting");
        }
    }
    tally
}
