//! `repere web-assets DIR [ROOT]`: writes the content the web app fetches at
//! run time (the bank, each language's text; see `repere_content::web_assets`)
//! into the built app's folder DIR. Run by the post-build step
//! (`scripts/post-build.mjs`); ROOT defaults to `$REPERE_CONTENT_ROOT`, then `.`,
//! as in the app's build script, so the names the app asks for exist.

use repere_content::{load_content, ContentRoot};
use std::path::Path;
use std::process::ExitCode;

pub const USAGE: &str = "  repere web-assets DIR [ROOT]   write the bank and each language's text, under hashed names, into the built app DIR";

pub fn main(args: &[&str]) -> ExitCode {
    let (dir, root) = match args {
        [dir] => (*dir, std::env::var("REPERE_CONTENT_ROOT").unwrap_or_else(|_| ".".into())),
        [dir, root] => (*dir, root.to_string()),
        _ => {
            eprintln!("usage:\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let content = match load_content(&ContentRoot::find(Path::new(&root))) {
        Ok(c) => c,
        Err(problems) => {
            crate::report(&problems);
            return ExitCode::from(1);
        }
    };
    for file in repere_content::web_assets(&content).files() {
        let path = Path::new(dir).join(&file.path);
        let written = path.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|()| std::fs::write(&path, &file.bytes));
        if let Err(e) = written {
            eprintln!("repere: cannot write {}: {e}", crate::escape::escape(&path.display().to_string()));
            return ExitCode::from(1);
        }
        println!("{} ({} bytes)", file.path, file.bytes.len());
    }
    ExitCode::SUCCESS
}
