//! `repere decode CODE [--bank PATH] [--json]`: read a result code (the text
//! under a kiosk's QR code, see `docs/result-code.md`) with the bank it was
//! made with, and print the levels per domain, the referral and the number of
//! items answered, in plain English or as JSON. Exit 1 on a bad code, with the
//! precise reason; exit 2 on a usage mistake.

use crate::args;
use repere_engine::{Bank, Mode};
use repere_guidance::referral::Path;
use repere_guidance::result_code::{self, ResultSummary};
use std::process::ExitCode;

pub const USAGE: &str = "  repere decode CODE [--bank PATH] [--json]
                                 read a result code (e.g. R1-…) made with the bank at PATH (default: .)";

/// Run `repere decode` on the words after `decode`.
pub fn main(words: &[&str]) -> ExitCode {
    let mut code_words = Vec::new();
    let mut bank = ".";
    let mut json = false;
    let mut rest = words.iter();
    while let Some(&word) = rest.next() {
        match word {
            "--json" => json = true,
            "--bank" => match rest.next() {
                Some(path) if !path.starts_with("--") => bank = path,
                _ => return usage_error("option '--bank' needs a value"),
            },
            "--help" | "-h" => {
                println!("usage:\n{USAGE}");
                return ExitCode::SUCCESS;
            }
            other if other.starts_with("--") => {
                return usage_error(&format!("unknown option '{other}'"))
            }
            // A code may be typed in groups: `repere decode R1-B9KP GW0B …`.
            other => code_words.push(other),
        }
    }
    if code_words.is_empty() {
        return usage_error("give the result code to read");
    }
    let code = code_words.join(" ");
    let bank = match args::load(bank) {
        Ok(bank) => bank,
        Err(e) => {
            eprintln!("repere: {e}");
            return ExitCode::from(1);
        }
    };
    let ids: Vec<String> = bank.domains.iter().map(|d| d.id.clone()).collect();
    match result_code::decode(&code, &ids) {
        Ok(summary) => {
            let text = if json {
                serde_json::to_string_pretty(&to_json(&summary, &bank)).expect("JSON of plain data") + "\n"
            } else {
                plain(&summary, &bank)
            };
            crate::write_stdout(&text)
        }
        Err(e) => {
            eprintln!("repere: bad result code '{}': {e}", echo(&code));
            ExitCode::from(1)
        }
    }
}

/// The code as typed, safe to print: control, bidi and other invisible
/// characters escaped (`\u{1b}`), and at most 60 characters shown.
fn echo(code: &str) -> String {
    crate::escape::escape(code.trim())
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("repere: {message}\n\nusage:\n{USAGE}");
    ExitCode::from(2)
}

fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Screening => "screening",
        Mode::Profile => "profile",
    }
}

/// The path in plain English, with its id.
fn path_words(path: Path) -> String {
    let words = match path {
        Path::Autonomous => "autonomous: resources to go further (e.g. a PIX certification)",
        Path::Training => "training: workshops with a conseiller numérique",
        Path::AidantsConnect => {
            "Aidants Connect: an authorised aidant does the procedures with a mandate"
        }
        Path::EquipmentFirst => "equipment and connection first",
    };
    format!("{words} [{}]", path.id())
}

/// The decoded result as plain text, one fact a line.
fn plain(s: &ResultSummary, bank: &Bank) -> String {
    let mut out = format!(
        "Result code, format version {}{}, bank fingerprint {:04X}\n\
         Test: {} mode, {} item{} answered{}\n\
         Levels (1 discovering, 2 beginner, 3 comfortable, 4 independent), in bank order:\n",
        s.format_version,
        if s.is_older_format() { " (an older code: made before the evidence rule, a level may rest on one answer)" } else { "" },
        s.bank_fingerprint,
        mode_name(s.mode),
        s.items_answered,
        if s.items_answered == 1 { "" } else { "s" },
        s.day.map(|day| {
            let (y, m, d) = result_code::civil_date(day);
            format!(", on {y:04}-{m:02}-{d:02}")
        }).unwrap_or_default()
    );
    let width = bank.domains.iter().map(|d| d.id.len()).max().unwrap_or(0);
    for (domain, d) in bank.domains.iter().zip(&s.domains) {
        if !d.measured {
            out += &format!("  {:<width$}  not assessed (too few answers to show a level)\n", domain.id);
            continue;
        }
        let (low, high) = d.precision.se_range();
        let range = match (low > 0.0, high.is_finite()) {
            (false, _) => format!("SE below {high:.2}"),
            (true, true) => format!("SE {low:.2} to {high:.2}"),
            (true, false) => format!("SE {low:.2} or more"),
        };
        let name = ["discovering", "beginner", "comfortable", "independent"]
            [usize::from(d.level.clamp(1, 4) - 1)];
        out += &format!(
            "  {:<width$}  level {} {:<12} precision {} ({range})\n",
            domain.id,
            d.level,
            name,
            d.precision.id()
        );
    }
    if let Some(o) = s.overall {
        out += &format!("Overall position: level {} (precision {})\n", o.level, o.precision.id());
    }
    out += &format!("Referral: {}\n", path_words(s.main));
    for &p in &s.complements {
        out += &format!("  and also: {}\n", path_words(p));
    }
    out += &format!(
        "Pass numérique: {}\n",
        if s.pass_numerique {
            "eligible"
        } else {
            "not proposed"
        }
    );
    out
}

fn to_json(s: &ResultSummary, bank: &Bank) -> serde_json::Value {
    serde_json::json!({
        "version": s.format_version,
        "day": s.day.map(|day| { let (y, m, d) = result_code::civil_date(day); format!("{y:04}-{m:02}-{d:02}") }),
        "overall": s.overall.map(|o| serde_json::json!({ "level": o.level, "precision": o.precision })),
        "bank_fingerprint": format!("{:04X}", s.bank_fingerprint),
        "mode": s.mode,
        "items_answered": s.items_answered,
        "domains": bank.domains.iter().zip(&s.domains).map(|(domain, d)| serde_json::json!({
            "id": domain.id,
            "measured": d.measured,
            "level": d.measured.then_some(d.level),
            "precision": d.measured.then_some(d.precision),
        })).collect::<Vec<_>>(),
        "referral": {
            "main": s.main,
            "complements": s.complements,
            "pass_numerique": s.pass_numerique,
        },
    })
}
