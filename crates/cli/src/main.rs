//! `repere`: the native command for content authors and engine developers.
//!
//! - `repere validate [PATH…]`: check banks, locales, images, referral rules and venue files
//!   (a `.json`/`.csv` path is a venue file); `file:line: message` per problem, exit 1 on any.
//! - `repere bank export [PATH]`: the item bank as JSON on stdout.
//! - `repere bank stats [PATH]`: items per domain, level and kind (see `stats.rs`).
//! - `repere bank positions [PATH] [--sessions N]`: where the right answer is shown (see `positions.rs`).
//! - `repere decode CODE`: read a result code (see `decode.rs`).
//! - `repere simulate …`: simulated examinees against the engine (see `simulate.rs`).
//! - `repere simulate --export FILE …`: simulated sessions as a records export (see `sim_export.rs`).
//! - `repere simulate --referral …`: main paths by ability decile, before and after (see `sim_referral.rs`).
//! - `repere calibrate EXPORTS…`: item parameters fitted from records (see `calibrate.rs`).
//! - `repere report EXPORTS…`: one self-contained HTML report from many exports (see `report.rs`).
//! - `repere bench …`: time per answer (see `bench.rs`).
//! - `repere venues extract …`: a local offers file from the national venue data (see `venues.rs`).
//! - `repere web-assets DIR`: the content the web app fetches at run time (see `web_assets.rs`).
//! - `repere typography [PATH] [--fix]`: no-break spaces and « » in the texts (see `typography.rs`).
//! - `repere venue-code`: a venue code and its venue-file entry (see `venue_code.rs`).
//! - `repere COMMAND --help`: the usage of that command.

mod args;
mod bench;
mod calibrate;
mod decode;
mod escape;
mod exports;
mod positions;
mod report;
mod sim_export;
mod sim_referral;
mod simulate;
mod stats;
mod typography;
mod venue_code;
mod venues;
mod web_assets;

use repere_content::{load_content, ContentRoot, Diagnostic};
use escape::{escape, escape_lines};
use std::path::PathBuf;
use std::process::ExitCode;

const BANK_USAGE: &str = "  repere bank export [PATH]      print the item bank as JSON
  repere bank stats [PATH]       count items per domain, level and kind";

const VALIDATE_USAGE: &str = "  repere validate [PATH…]        check assessments/ (bank, referral.toml, venues/), locales/ and images (default: .);
                                 a PATH ending in .json or .csv is checked as a venue file (national standard v1.0.x),
                                 with its warnings";

fn main() -> ExitCode {
    // args() would panic on a non-UTF-8 argument (a Latin-1 file name).
    let args: Vec<String> = match std::env::args_os().skip(1).map(|a| a.into_string()).collect() {
        Ok(args) => args,
        Err(bad) => {
            eprintln!(
                "repere: the argument '{}' is not UTF-8 text (rename the file, or run from a UTF-8 locale)",
                escape(&bad.to_string_lossy())
            );
            return ExitCode::from(2);
        }
    };
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    if words.iter().any(|w| matches!(*w, "--help" | "-h")) {
        println!("usage:\n{}", help(words.first().copied()));
        return ExitCode::SUCCESS;
    }
    match words.as_slice() {
        ["validate", paths @ ..] => validate(paths),
        ["venues", rest @ ..] => venues::main(rest),
        ["bank", "export", rest @ ..] => export(rest.first().copied().unwrap_or(".")),
        ["bank", "stats", rest @ ..] => bank_stats(rest.first().copied().unwrap_or(".")),
        ["bank", "positions", rest @ ..] => engine_command(positions::main(rest)),
        ["simulate", rest @ ..] if rest.contains(&"--referral") => engine_command(sim_referral::main(rest)),
        ["simulate", rest @ ..] if rest.contains(&"--export") => {
            engine_command(sim_export::main(rest))
        }
        ["simulate", rest @ ..] => engine_command(simulate::main(rest)),
        ["calibrate", rest @ ..] => calibrate::main(rest),
        ["report", rest @ ..] => report::main(rest),
        ["bench", rest @ ..] => engine_command(bench::main(rest)),
        ["decode", rest @ ..] => decode::main(rest),
        ["web-assets", rest @ ..] => web_assets::main(rest),
        ["typography", rest @ ..] => typography::main(rest),
        ["venue-code", rest @ ..] => venue_code::main(rest),
        ["--help" | "-h" | "help"] => {
            println!("{}", usage());
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{}", usage());
            ExitCode::from(2)
        }
    }
}

fn usage() -> String {
    let commands = [
        positions::USAGE,
        simulate::USAGE,
        sim_export::USAGE,
        sim_referral::USAGE,
        calibrate::USAGE,
        report::USAGE,
        bench::USAGE,
        decode::USAGE,
        venues::USAGE,
        web_assets::USAGE,
        typography::USAGE,
        venue_code::USAGE,
    ];
    format!("usage:\n{VALIDATE_USAGE}\n{BANK_USAGE}\n{}", commands.join("\n"))
}

/// The usage of one command (`repere COMMAND --help`), or of all.
fn help(command: Option<&str>) -> String {
    match command {
        Some("validate") => VALIDATE_USAGE.to_string(),
        Some("bank") => format!("{BANK_USAGE}\n{}", positions::USAGE),
        Some("simulate") => format!("{}\n{}\n{}", simulate::USAGE, sim_export::USAGE, sim_referral::USAGE),
        Some("calibrate") => calibrate::USAGE.to_string(),
        Some("report") => report::USAGE.to_string(),
        Some("bench") => bench::USAGE.to_string(),
        Some("decode") => decode::USAGE.to_string(),
        Some("venues") => venues::USAGE.to_string(),
        Some("web-assets") => web_assets::USAGE.to_string(),
        Some("typography") => typography::USAGE.to_string(),
        Some("venue-code") => venue_code::USAGE.to_string(),
        _ => usage().trim_start_matches("usage:\n").to_string(),
    }
}

fn bank_stats(path: &str) -> ExitCode {
    match repere_content::load_bank(&ContentRoot::find(path.as_ref()).assessments) {
        Ok((bank, _)) => {
            write_stdout(&stats::render(&bank))
        }
        Err(problems) => {
            report(&problems);
            ExitCode::from(1)
        }
    }
}

/// Errors of `simulate` and `bench`: a bad argument → message, usage, exit 2;
/// a broken bank → its problems, exit 1.
fn engine_command(result: Result<(), args::ArgError>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e @ args::ArgError::Bank { .. }) => {
            eprintln!("repere: {}", escape_lines(&e.to_string()));
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("repere: {}\n\n{}", escape_lines(&e.to_string()), usage());
            ExitCode::from(2)
        }
    }
}

/// Write a command's whole output; a closed pipe (`| head -0`) is a normal
/// end, not a panic.
pub(crate) fn write_stdout(text: &str) -> ExitCode {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("repere: cannot write the output: {e}");
            ExitCode::from(1)
        }
        _ => ExitCode::SUCCESS,
    }
}

fn report(problems: &[Diagnostic]) {
    for p in problems {
        eprintln!("{}", escape_lines(&p.to_string()));
    }
    eprintln!(
        "{} problem{} found",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" }
    );
}

fn validate(paths: &[&str]) -> ExitCode {
    let paths: Vec<PathBuf> = if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths.iter().map(PathBuf::from).collect()
    };
    let mut all = Vec::new();
    for path in &paths {
        if repere_content::is_venue_file(path) {
            match repere_content::load_venues(path) {
                Ok(venues) => {
                    println!("{}: ok — {} venues", escape(&path.display().to_string()), venues.len());
                    for w in repere_content::venue_file_warnings(path, &venues) {
                        println!("{}", escape_lines(&w.to_string()));
                    }
                }
                Err(mut problems) => all.append(&mut problems),
            }
            continue;
        }
        match load_content(&ContentRoot::find(path)) {
            Ok(content) => {
                for w in &content.warnings {
                    eprintln!("{}", escape_lines(&w.to_string()));
                }
                println!(
                    "{}: ok — {} items in {} domains, {} referral rules, {} venue files, languages: {}; {} warning{}",
                    escape(&path.display().to_string()),
                    content.bank.items.len(),
                    content.bank.domains.len(),
                    content.referral.rules.len(),
                    content.venue_files.len(),
                    content.locales.languages().collect::<Vec<_>>().join(", "),
                    content.warnings.len(),
                    if content.warnings.len() == 1 { "" } else { "s" }
                )
            }
            Err(mut problems) => all.append(&mut problems),
        }
    }
    if all.is_empty() {
        ExitCode::SUCCESS
    } else {
        report(&all);
        ExitCode::from(1)
    }
}

fn export(path: &str) -> ExitCode {
    match repere_content::load_bank(&ContentRoot::find(path.as_ref()).assessments) {
        Ok((bank, _)) => {
            let json = serde_json::json!({
                "domains": bank.domains.iter().map(|d| &d.id).collect::<Vec<_>>(),
                "items": bank.items.iter().map(|i| serde_json::json!({"id": i.id, "domain": i.domain, "a": i.a, "b": i.b, "c": i.c})).collect::<Vec<_>>(),
                "prior": prior_json(&bank),
                "cuts": {"levels": bank.settings.level_cuts, "referral": bank.settings.referral_cuts},
            });
            write_stdout(&(serde_json::to_string_pretty(&json).expect("JSON of plain numbers") + "\n"))
        }
        Err(problems) => {
            report(&problems);
            ExitCode::from(1)
        }
    }
}

/// The prior as a mean vector and covariance matrix.
fn prior_json(bank: &repere_engine::Bank) -> serde_json::Value {
    let d = &bank.domains;
    let cov: Vec<Vec<f64>> = d
        .iter()
        .enumerate()
        .map(|(i, x)| {
            d.iter()
                .enumerate()
                .map(|(j, y)| {
                    if i == j {
                        x.prior_sd * x.prior_sd
                    } else {
                        x.prior_sd * y.prior_sd * x.loading * y.loading
                    }
                })
                .collect()
        })
        .collect();
    serde_json::json!({"mean": d.iter().map(|x| x.prior_mean).collect::<Vec<_>>(), "cov": cov})
}
