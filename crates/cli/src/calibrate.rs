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
//!   from, over items answered at least `--min-answers` times, then by answer
//!   count with the coverage of the 95 % intervals.
//! - Resisting bad data: a record lists an item at most once and ids follow
//!   the bank's rule (crates/records refuses the file otherwise); each file's
//!   records, answers and share are reported, and `--max-file-records N`
//!   caps a file's weight (its records then count N/records each); estimates
//!   outside the plausible difficulty range or moving an item by more than
//!   one level are refused — the item keeps its values, the report and stderr
//!   say so — unless `--force`; a prerequisite never leaves level 1. The
//!   output bank is checked by the same rules as `repere validate` before
//!   anything is written.

use crate::args::{ArgError, Options};
use crate::exports::{read_exports, InputError};
use repere_calibrate::{
    calibrate, recovery_error, recovery_table, review, Anchor, Calibration, Decision, Pool,
    Responses, RECOVERY_BINS,
};
use crate::escape::escape;
use repere_content::ContentRoot;
use repere_engine::bank::{MAX_DISCRIMINATION, MIN_DISCRIMINATION};
use repere_engine::Bank;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

pub const USAGE: &str = "  repere calibrate EXPORTS… [--bank PATH] [--min-answers N] [--anchor mean-difficulty|prior]
                 [--out DIR] [--truth FILE] [--threads T] [--max-iterations N]
                 [--max-file-records N] [--a-prior-sd S] [--force]
                                 fit the items' a and b from records exports (EM), write updated item files;
                                 --max-file-records caps one file's weight, --force writes the estimates
                                 that move an item by more than one level or out of the plausible range";

struct Args {
    files: Vec<String>,
    bank: String,
    options: repere_calibrate::Options,
    out: PathBuf,
    truth: Option<String>,
    threads: usize,
    max_file_records: Option<usize>,
    force: bool,
}

fn parse(words: &[&str]) -> Result<Args, ArgError> {
    let mut a = Args {
        files: vec![],
        bank: ".".into(),
        options: repere_calibrate::Options::default(),
        out: PathBuf::from("calibration"),
        truth: None,
        threads: 2,
        max_file_records: None,
        force: false,
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
            "--max-file-records" => {
                a.max_file_records = Some(opts.parsed(word, "a number of records")?)
            }
            "--a-prior-sd" => {
                a.options.a_prior_sd = opts.parsed(word, "a positive number")?;
                if !(a.options.a_prior_sd > 0.0 && a.options.a_prior_sd.is_finite()) {
                    return Err(ArgError::Invalid {
                        option: word.into(),
                        message: "must be a positive number".into(),
                    });
                }
            }
            "--force" => a.force = true,
            other if other.starts_with("--") => return Err(ArgError::Unknown(other.into())),
            file => a.files.push(file.into()),
        }
    }
    crate::exports::require_files(&a.files)?;
    if a.threads == 0 || a.options.max_iterations == 0 || a.max_file_records == Some(0) {
        return Err(ArgError::Invalid {
            option: "--threads/--max-iterations/--max-file-records".into(),
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
    answers: usize,
}

/// What one input file contributed.
struct FileShare {
    file: String,
    records: usize,
    answers: usize,
    /// Each of its records' weight (1 unless capped).
    weight: f64,
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
            answers: 0,
        }
    }

    fn add(&mut self, records: &[repere_records::Record]) {
        for r in records {
            self.records += 1;
            let mut answers = Vec::with_capacity(r.responses.len());
            for resp in &r.responses {
                match self.index.get(resp.item.as_str()) {
                    Some(&i) => {
                        answers.push((i, resp.outcome.is_right()));
                        self.answers += 1;
                    }
                    None => *self.unknown.entry(resp.item.clone()).or_default() += 1,
                }
            }
            self.responses.push_person(answers);
        }
    }
}

/// Every export read into the response table, with each file's share; a
/// file holding more than `cap` records has its records weighted cap/records.
fn gather(
    files: &[String],
    bank: &Bank,
    cap: Option<usize>,
) -> Result<(Responses, usize, BTreeMap<String, usize>, Vec<FileShare>), InputError> {
    let mut g = Gatherer::new(bank);
    let mut shares = Vec::new();
    for file in files {
        let (persons, answers) = (g.responses.persons(), g.answers);
        read_exports(std::slice::from_ref(file), |records| g.add(records))?;
        let records = g.responses.persons() - persons;
        let weight = match cap {
            Some(cap) if records > cap => cap as f64 / records as f64,
            _ => 1.0,
        };
        if weight < 1.0 {
            g.responses.set_weight(persons..g.responses.persons(), weight);
        }
        shares.push(FileShare {
            file: file.clone(),
            records,
            answers: g.answers - answers,
            weight,
        });
    }
    Ok((g.responses, g.records, g.unknown, shares))
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
            eprintln!("repere: {}\n\nusage:\n{USAGE}", crate::escape::escape_lines(&e.to_string()));
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
    let (responses, records, unknown, shares) = gather(&args.files, &bank, args.max_file_records)?;
    let read_time = started.elapsed();
    let mut result =
        calibrate(&bank, &responses, &args.options, &Threads(args.threads)).map_err(|e| {
            InputError {
                file: args.files.iter().map(|f| escape(f)).collect::<Vec<_>>().join(", "),
                message: e.to_string(),
            }
        })?;
    let fit_time = started.elapsed() - read_time;
    review(&bank, &mut result, args.force);
    check_output(&bank, &result)?;
    let notes = write_outputs(&root.assessments, &result, &args.out)?;
    print!("{}", file_shares(&shares));
    print!(
        "{}",
        summary(&result, records, &unknown, &notes, args.options.min_answers)
    );
    for r in &result.items {
        if let Decision::Refused(why) = &r.decision {
            eprintln!("repere calibrate: REFUSED {}: {why}; it keeps a {:.2}, b {:.2}, level {} (--force to write it)", r.id, r.old_a, r.old_b, r.old_level);
        }
    }
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

/// Each file's records, answers and share of the answers; a warning when one
/// file among several holds more than half of them (a single source could
/// move the items alone: `--max-file-records` caps it).
fn file_shares(shares: &[FileShare]) -> String {
    let total: usize = shares.iter().map(|f| f.answers).sum();
    let mut s = String::new();
    for f in shares {
        let share = if total > 0 { f.answers as f64 / total as f64 } else { 0.0 };
        s += &format!(
            "file {}: {} records, {} answers ({:.1} % of all), weight {}\n",
            escape(&f.file),
            f.records,
            f.answers,
            100.0 * share,
            if f.weight < 1.0 { format!("{:.3} each (capped)", f.weight) } else { "1".into() }
        );
        if shares.len() > 1 && share > 0.5 && f.weight == 1.0 {
            s += &format!(
                "warning: {} alone holds {:.0} % of the answers; cap it with --max-file-records if it is one source\n",
                escape(&f.file),
                100.0 * share
            );
        }
    }
    s
}

/// The bank as it would be written, checked by the rules of `repere
/// validate`: an error (nothing written) if it breaks one.
fn check_output(bank: &Bank, result: &Calibration) -> Result<(), InputError> {
    let mut out = bank.clone();
    for (it, r) in out.items.iter_mut().zip(&result.items) {
        if r.written() {
            it.a = round2(r.a.clamp(MIN_DISCRIMINATION, MAX_DISCRIMINATION));
            it.b = round2(r.b);
            it.level = r.level;
        }
    }
    let problems = out.check();
    if problems.is_empty() {
        return Ok(());
    }
    Err(InputError {
        file: "the calibrated bank".into(),
        message: format!(
            "it would not pass `repere validate`, nothing written:\n{}",
            problems
                .iter()
                .map(|p| format!("  {}: {}", p.item.as_deref().unwrap_or("bank"), p.message))
                .collect::<Vec<_>>()
                .join("\n")
        ),
    })
}

/// What writing the item files changed beyond a and b.
struct WriteNotes {
    relevelled: Vec<(String, u8, u8)>,
    clamped: Vec<String>,
}

fn write_outputs(
    assessments: &Path,
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
                if !r.written() {
                    continue;
                }
                let a = r.a.clamp(MIN_DISCRIMINATION, MAX_DISCRIMINATION);
                if a != r.a {
                    notes.clamped.push(r.id.clone());
                }
                table["a"] = toml_edit::value(round2(a));
                table["b"] = toml_edit::value(round2(r.b));
                if r.level != r.old_level {
                    table["level"] = toml_edit::value(i64::from(r.level));
                    notes.relevelled.push((r.id.clone(), r.old_level, r.level));
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
    for r in &result.items {
        match &r.decision {
            Decision::Refused(why) => s += &format!("REFUSED {}: {why} (kept: a {:.2}, b {:.2}, level {})\n", r.id, r.old_a, r.old_b, r.old_level),
            Decision::Forced(why) => s += &format!("FORCED {}: {why}\n", r.id),
            _ => {}
        }
    }
    for id in &notes.clamped {
        s += &format!("discrimination clamped to the bank's bounds: {id}\n");
    }
    let mut moves: Vec<_> = result.items.iter().filter(|r| r.written()).collect();
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
        let status = match (&r.decision, r.misfit) {
            (Decision::Unchanged, _) => "too few answers: unchanged".to_string(),
            (Decision::Refused(why), _) => format!("REFUSED, unchanged: {why}"),
            (Decision::Forced(why), _) => format!("forced: {why}"),
            (Decision::Accepted, true) => "re-estimated, misfit".to_string(),
            (Decision::Accepted, false) => "re-estimated".to_string(),
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
