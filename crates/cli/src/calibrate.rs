//! `repere calibrate EXPORTS…`: the items' parameters fitted from real records
//! (crates/calibrate does the statistics), written as updated item files plus
//! a report.
//!
//! - Exports are records files (crates/records), read by `exports.rs`.
//! - Answers to items the bank does not have (another bank version) are
//!   skipped and counted.
//! - Output folder (default `calibration/`): `items/<domain>.toml`, copies of
//!   the bank's item files with the new `a` and `b` of re-estimated items (the
//!   files' comments and layout kept; an item whose new difficulty leaves its
//!   level's band gets the level its difficulty implies, and the report says
//!   so), `calibration.json` (every item's old and new values, standard errors,
//!   answers and fit) and `calibration.md` (the same, for people).
//! - `--truth FILE` (from `repere simulate --export … --truth FILE`) prints the
//!   recovery error: RMSE of a and b against the parameters the answers came
//!   from, over items answered at least `--min-answers` times.

use crate::args::{ArgError, Options};
use crate::exports::{read_exports, InputError};
use repere_calibrate::{
    calibrate, recovery_error, recovery_table, Anchor, Calibration, Pool, Responses, RECOVERY_BINS,
};
use repere_content::ContentRoot;
use repere_engine::bank::{difficulty_band, MAX_DISCRIMINATION, MIN_DISCRIMINATION};
use repere_engine::levels::level_of;
use repere_engine::Bank;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

pub const USAGE: &str = "  repere calibrate EXPORTS… [--bank PATH] [--min-answers N] [--anchor mean-difficulty|prior]
                 [--out DIR] [--truth FILE] [--threads T] [--max-iterations N]
                                 fit the items' a and b from records exports (EM), write updated item files";

struct Args {
    files: Vec<String>,
    bank: String,
    options: repere_calibrate::Options,
    out: PathBuf,
    truth: Option<String>,
    threads: usize,
}

fn parse(words: &[&str]) -> Result<Args, ArgError> {
    let mut a = Args {
        files: vec![],
        bank: ".".into(),
        options: repere_calibrate::Options::default(),
        out: PathBuf::from("calibration"),
        truth: None,
        threads: 2,
    };
    let mut opts = Options::new(words);
    while let Some(word) = opts.next_option() {
        match word {
            "--bank" => a.bank = opts.value(word)?.into(),
            "--min-answers" => a.options.min_answers = opts.parsed(word, "a number of answers")?,
            "--max-iterations" => {
                a.options.max_iterations = opts.parsed(word, "a number of iterations")?
            }
            "--anchor" => {
                a.options.anchor = match opts.value(word)? {
                    "mean-difficulty" => Anchor::MeanDifficulty,
                    "prior" => Anchor::Prior,
                    other => {
                        return Err(ArgError::Invalid {
                            option: word.into(),
                            message: format!("expected mean-difficulty or prior, got '{other}'"),
                        })
                    }
                }
            }
            "--out" => a.out = opts.value(word)?.into(),
            "--truth" => a.truth = Some(opts.value(word)?.into()),
            "--threads" => a.threads = opts.parsed(word, "a number of threads")?,
            other if other.starts_with("--") => return Err(ArgError::Unknown(other.into())),
            file => a.files.push(file.into()),
        }
    }
    crate::exports::require_files(&a.files)?;
    if a.threads == 0 || a.options.max_iterations == 0 {
        return Err(ArgError::Invalid {
            option: "--threads/--max-iterations".into(),
            message: "must be at least 1".into(),
        });
    }
    Ok(a)
}

/// Gathers records into the compact response table, mapping item ids.
struct Gatherer<'a> {
    index: HashMap<&'a str, usize>,
    responses: Responses,
    unknown: BTreeMap<String, usize>,
    records: usize,
}

impl<'a> Gatherer<'a> {
    fn new(bank: &'a Bank) -> Self {
        let index = bank
            .items
            .iter()
            .enumerate()
            .map(|(i, it)| (it.id.as_str(), i))
            .collect();
        Gatherer {
            index,
            responses: Responses::new(),
            unknown: BTreeMap::new(),
            records: 0,
        }
    }

    fn add(&mut self, records: &[repere_records::Record]) {
        for r in records {
            self.records += 1;
            let mut answers = Vec::with_capacity(r.responses.len());
            for resp in &r.responses {
                match self.index.get(resp.item.as_str()) {
                    Some(&i) => answers.push((i, resp.outcome.is_right())),
                    None => *self.unknown.entry(resp.item.clone()).or_default() += 1,
                }
            }
            self.responses.push_person(answers);
        }
    }
}

/// Read every export into the response table.
fn gather(
    files: &[String],
    bank: &Bank,
) -> Result<(Responses, usize, BTreeMap<String, usize>), InputError> {
    let mut g = Gatherer::new(bank);
    read_exports(files, |records| g.add(records))?;
    Ok((g.responses, g.records, g.unknown))
}

/// E-step chunks spread over scoped threads.
struct Threads(usize);

impl Pool for Threads {
    fn map_chunks<T: Send>(&self, chunks: usize, f: &(dyn Fn(usize) -> T + Sync)) -> Vec<T> {
        let next = std::sync::atomic::AtomicUsize::new(0);
        let mut results: Vec<(usize, T)> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..self.0.min(chunks).max(1))
                .map(|_| {
                    s.spawn(|| {
                        let mut mine = Vec::new();
                        loop {
                            let c = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            if c >= chunks {
                                break mine;
                            }
                            mine.push((c, f(c)));
                        }
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().expect("a calibration worker panicked"))
                .collect()
        });
        results.sort_by_key(|(c, _)| *c);
        results.into_iter().map(|(_, t)| t).collect()
    }
}

fn read_truth(path: &str, bank: &Bank) -> Result<Vec<(f64, f64)>, InputError> {
    let fail = |message: String| InputError {
        file: path.into(),
        message,
    };
    let text = std::fs::read_to_string(path).map_err(|e| fail(e.to_string()))?;
    let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| fail(e.to_string()))?;
    let mut by_id = HashMap::new();
    for it in json["items"]
        .as_array()
        .ok_or_else(|| fail("expected {\"items\": [{\"id\", \"a\", \"b\"}, …]}".into()))?
    {
        let (Some(id), Some(a), Some(b)) = (it["id"].as_str(), it["a"].as_f64(), it["b"].as_f64())
        else {
            return Err(fail(format!("an item without id, a and b: {it}")));
        };
        by_id.insert(id.to_string(), (a, b));
    }
    bank.items
        .iter()
        .map(|it| {
            by_id
                .get(&it.id)
                .copied()
                .ok_or_else(|| fail(format!("no true parameters for item {}", it.id)))
        })
        .collect()
}

pub fn main(words: &[&str]) -> ExitCode {
    let args = match parse(words) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("repere: {e}\n\nusage:\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("repere calibrate: {e}");
            ExitCode::from(1)
        }
    }
}

fn run(args: &Args) -> Result<(), InputError> {
    let root = ContentRoot::find(Path::new(&args.bank));
    let (bank, _) =
        repere_content::load_bank(&root.assessments).map_err(|problems| InputError {
            file: args.bank.clone(),
            message: format!(
                "the bank has problems (run `repere validate {}`): {}",
                args.bank,
                problems.len()
            ),
        })?;
    let started = Instant::now();
    let (responses, records, unknown) = gather(&args.files, &bank)?;
    let read_time = started.elapsed();
    let result =
        calibrate(&bank, &responses, &args.options, &Threads(args.threads)).map_err(|e| {
            InputError {
                file: args.files.join(", "),
                message: e.to_string(),
            }
        })?;
    let fit_time = started.elapsed() - read_time;
    let notes = write_outputs(&root.assessments, &bank, &result, &args.out)?;
    print!(
        "{}",
        summary(&result, records, &unknown, &notes, args.options.min_answers)
    );
    println!(
        "time: read {:.1} s, fit {:.1} s ({} iterations, {} threads)",
        read_time.as_secs_f64(),
        fit_time.as_secs_f64(),
        result.iterations,
        args.threads
    );
    if let Some(path) = &args.truth {
        let truth = read_truth(path, &bank)?;
        let old = Calibration {
            items: result
                .items
                .iter()
                .map(|r| repere_calibrate::ItemResult {
                    a: r.old_a,
                    b: r.old_b,
                    ..r.clone()
                })
                .collect(),
            ..result.clone()
        };
        match (recovery_error(&result, &truth, args.options.min_answers), recovery_error(&old, &truth, args.options.min_answers)) {
            (Some((ra, rb, n)), Some((oa, ob, _))) => println!(
                "recovery over {n} items answered at least {} times: RMSE a {ra:.3} (bank's values: {oa:.3}), RMSE b {rb:.3} (bank's values: {ob:.3})",
                args.options.min_answers
            ),
            _ => println!("recovery: no item was answered {} times", args.options.min_answers),
        }
        print!("{}", recovery_lines(&result, &truth));
    }
    Ok(())
}

/// The recovery by answer count, one `recovery-bin` line per bin (read by
/// scripts/calibration-recovery.sh).
fn recovery_lines(result: &Calibration, truth: &[(f64, f64)]) -> String {
    let pct = |x: Option<f64>| x.map_or("–".into(), |v| format!("{:.0} %", 100.0 * v));
    recovery_table(result, truth, &RECOVERY_BINS)
        .iter()
        .map(|r| {
            format!(
                "recovery-bin {}–{}: {} items, RMSE a {:.3} (bank's {:.3}), RMSE b {:.3} (bank's {:.3}), 95 % coverage a {}, b {}\n",
                r.low,
                r.high.map_or("∞".into(), |h| (h - 1).to_string()),
                r.items,
                r.rmse_a,
                r.rmse_a_bank,
                r.rmse_b,
                r.rmse_b_bank,
                pct(r.coverage_a),
                pct(r.coverage_b)
            )
        })
        .collect()
}

/// What writing the item files changed beyond a and b.
struct WriteNotes {
    relevelled: Vec<(String, u8, u8)>,
    clamped: Vec<String>,
}

fn write_outputs(
    assessments: &Path,
    bank: &Bank,
    result: &Calibration,
    out: &Path,
) -> Result<WriteNotes, InputError> {
    let fail = |file: &Path, e: String| InputError {
        file: file.display().to_string(),
        message: e,
    };
    let items_out = out.join("items");
    std::fs::create_dir_all(&items_out).map_err(|e| fail(&items_out, e.to_string()))?;
    let by_id: HashMap<&str, &repere_calibrate::ItemResult> =
        result.items.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut notes = WriteNotes {
        relevelled: vec![],
        clamped: vec![],
    };
    let dir = assessments.join("items");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| fail(&dir, e.to_string()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    for file in files {
        let text = std::fs::read_to_string(&file).map_err(|e| fail(&file, e.to_string()))?;
        let mut doc: toml_edit::DocumentMut = text
            .parse()
            .map_err(|e: toml_edit::TomlError| fail(&file, e.to_string()))?;
        if let Some(items) = doc.get_mut("item").and_then(|i| i.as_array_of_tables_mut()) {
            for table in items.iter_mut() {
                let Some(r) = table
                    .get("id")
                    .and_then(|v| v.as_str())
                    .and_then(|id| by_id.get(id))
                else {
                    continue;
                };
                if !r.estimated {
                    continue;
                }
                let a = r.a.clamp(MIN_DISCRIMINATION, MAX_DISCRIMINATION);
                if a != r.a {
                    notes.clamped.push(r.id.clone());
                }
                table["a"] = toml_edit::value(round2(a));
                table["b"] = toml_edit::value(round2(r.b));
                let level = table.get("level").and_then(|v| v.as_integer()).unwrap_or(1) as u8;
                let (low, high) = difficulty_band(level, &bank.settings.level_cuts);
                if r.b < low || r.b > high {
                    let new_level = level_of(r.b, &bank.settings.level_cuts);
                    table["level"] = toml_edit::value(i64::from(new_level));
                    notes.relevelled.push((r.id.clone(), level, new_level));
                }
            }
        }
        let target = items_out.join(file.file_name().unwrap_or_default());
        std::fs::write(&target, doc.to_string()).map_err(|e| fail(&target, e.to_string()))?;
    }
    let json = out.join("calibration.json");
    std::fs::write(
        &json,
        serde_json::to_string_pretty(result).unwrap_or_default(),
    )
    .map_err(|e| fail(&json, e.to_string()))?;
    let md = out.join("calibration.md");
    std::fs::write(&md, markdown(result)).map_err(|e| fail(&md, e.to_string()))?;
    Ok(notes)
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn summary(
    result: &Calibration,
    records: usize,
    unknown: &BTreeMap<String, usize>,
    notes: &WriteNotes,
    min: usize,
) -> String {
    let estimated = result.items.iter().filter(|r| r.estimated).count();
    let mut s = format!(
        "{records} records, {} answers; EM {} after {} iterations; anchor {:?} (location shift {:+.3})\n",
        result.answers,
        if result.converged { "converged" } else { "stopped without converging" },
        result.iterations,
        result.anchor,
        result.location_shift
    );
    s += &format!(
        "{estimated} items re-estimated; {} left unchanged (fewer than {min} answers)\n",
        result.items.len() - estimated
    );
    if !unknown.is_empty() {
        s += &format!(
            "{} answers to {} items this bank does not have were skipped (another bank version?): {}\n",
            unknown.values().sum::<usize>(),
            unknown.len(),
            unknown.keys().take(8).cloned().collect::<Vec<_>>().join(", ")
        );
    }
    let misfits: Vec<_> = result.items.iter().filter(|r| r.misfit).collect();
    s += &format!(
        "{} misfitting items (RMSD > {}){}\n",
        misfits.len(),
        repere_calibrate::MISFIT_RMSD,
        if misfits.is_empty() {
            String::new()
        } else {
            format!(
                ": {}",
                misfits
                    .iter()
                    .map(|r| format!("{} ({:.2})", r.id, r.rmsd.unwrap_or(0.0)))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
    );
    for (id, from, to) in &notes.relevelled {
        s += &format!("level changed: {id} {from} → {to} (its difficulty left the level's band)\n");
    }
    for id in &notes.clamped {
        s += &format!("discrimination clamped to the bank's bounds: {id}\n");
    }
    let mut moves: Vec<_> = result.items.iter().filter(|r| r.estimated).collect();
    moves.sort_by(|x, y| (y.b - y.old_b).abs().total_cmp(&(x.b - x.old_b).abs()));
    s += "largest changes (id: a old → new ± se, b old → new ± se):\n";
    for r in moves.iter().take(10) {
        s += &format!(
            "  {}: a {:.2} → {:.2} ± {:.2}, b {:.2} → {:.2} ± {:.2} ({} answers)\n",
            r.id,
            r.old_a,
            r.a,
            r.se_a.unwrap_or(f64::NAN),
            r.old_b,
            r.b,
            r.se_b.unwrap_or(f64::NAN),
            r.answers
        );
    }
    s
}

fn markdown(result: &Calibration) -> String {
    let mut s = String::from("# Calibration report\n\n");
    s +=
        &format!(
        "{} persons, {} answers, {} EM iterations ({}), anchor {:?}, location shift {:+.3}.\n\n",
        result.persons,
        result.answers,
        result.iterations,
        if result.converged { "converged" } else { "not converged" },
        result.anchor,
        result.location_shift
    );
    s += "| item | answers | a (old → new ± se) | b (old → new ± se) | RMSD | status |\n|---|---|---|---|---|---|\n";
    for r in &result.items {
        let status = match (r.estimated, r.misfit) {
            (false, _) => "too few answers: unchanged",
            (true, true) => "re-estimated, misfit",
            (true, false) => "re-estimated",
        };
        let se = |x: Option<f64>| x.map_or("–".into(), |v| format!("{v:.2}"));
        s += &format!(
            "| {} | {} | {:.2} → {:.2} ± {} | {:.2} → {:.2} ± {} | {} | {status} |\n",
            r.id,
            r.answers,
            r.old_a,
            r.a,
            se(r.se_a),
            r.old_b,
            r.b,
            se(r.se_b),
            r.rmsd.map_or("–".into(), |v| format!("{v:.3}"))
        );
    }
    s
}
