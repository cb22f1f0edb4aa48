//! `repere typography [PATH] [--fix]`: the lines of `locales/` whose
//! typography is not their language's (no-break spaces in French, no space
//! inside « » in English; see `repere_content::fix_line`), and with `--fix`
//! the files rewritten with it. Every other check of the texts is
//! `repere validate`'s.

use repere_content::{fix_file, load_locales, ContentRoot};
use std::path::Path;
use std::process::ExitCode;

pub const USAGE: &str = "  repere typography [PATH] [--fix]
                                 list the lines of locales/ to retypeset (French no-break spaces, English « »);
                                 --fix rewrites them in place";

pub fn main(words: &[&str]) -> ExitCode {
    let fix = words.contains(&"--fix");
    let path = words.iter().find(|w| !w.starts_with("--")).copied().unwrap_or(".");
    if let Some(unknown) = words.iter().find(|w| w.starts_with("--") && **w != "--fix") {
        eprintln!("repere: unknown option '{unknown}'\n{USAGE}");
        return ExitCode::from(2);
    }
    let locales = match load_locales(&ContentRoot::find(Path::new(path)).locales) {
        Ok(l) => l,
        Err(problems) => {
            problems.iter().for_each(|p| eprintln!("{p}"));
            return ExitCode::from(1);
        }
    };
    let mut changed = 0usize;
    for locale in &locales.locales {
        for (file, text) in &locale.files {
            let fixed = fix_file(&locale.lang, text);
            let lines = text.lines().zip(fixed.lines()).filter(|(a, b)| a != b).count();
            if lines == 0 {
                continue;
            }
            changed += lines;
            if fix {
                if let Err(e) = std::fs::write(file, &fixed) {
                    eprintln!("repere: cannot write {}: {e}", file.display());
                    return ExitCode::from(1);
                }
            }
            println!("{}: {lines} line{} {}", file.display(), if lines == 1 { "" } else { "s" }, if fix { "fixed" } else { "to fix" });
        }
    }
    println!("{changed} line{} {}", if changed == 1 { "" } else { "s" }, if fix { "fixed" } else { "to fix (run with --fix)" });
    ExitCode::SUCCESS
}
