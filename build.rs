//! Build script of the web app: loads and validates the content tree
//! (assessments/, locales/, public/img) with `repere-content`, refuses to build
//! a broken bank (printing `file:line: message` for each problem), and embeds
//! the bank as JSON and every Fluent file, so that adding a language is adding
//! a folder of `.ftl` files.
//!
//! `REPERE_CONTENT_ROOT` builds the app on another content tree (a territory's
//! own bank, or a test fixture); by default, this repository's.

use repere_content::{load_content, ContentRoot};
use std::fmt::Write as _;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-env-changed=REPERE_CONTENT_ROOT");
    let root = std::env::var("REPERE_CONTENT_ROOT")
        .or_else(|_| std::env::var("CARGO_MANIFEST_DIR"))
        .expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&root);
    for dir in ["assessments", "locales", "public/img"] {
        println!("cargo:rerun-if-changed={}", root.join(dir).display());
    }
    let content = match load_content(&ContentRoot::find(root)) {
        Ok(c) => c,
        Err(problems) => {
            for p in &problems {
                println!("cargo:warning={p}");
            }
            panic!(
                "the content tree has {} problem(s); run `cargo run -p repere-cli -- validate .` for the list:\n{}",
                problems.len(),
                problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")
            );
        }
    };
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    let bank = serde_json::to_string(&content.bank).expect("the bank serialises");
    std::fs::write(out.join("bank.json"), bank).expect("write bank.json");
    let referral = serde_json::to_string(&content.referral).expect("the rules serialise");
    std::fs::write(out.join("referral.json"), referral).expect("write referral.json");
    // Venue files by name (file stem), selectable with `?venues=<name>`.
    let venues: Vec<(String, &Vec<repere_guidance::venues::Venue>)> = content
        .venue_files
        .iter()
        .map(|(path, venues)| (path.file_stem().unwrap_or_default().to_string_lossy().into_owned(), venues))
        .collect();
    let venues = serde_json::to_string(&venues).expect("the venues serialise");
    std::fs::write(out.join("venues.json"), venues).expect("write venues.json");

    let mut code = String::from("/// Every language folder of locales/: (language tag, Fluent sources).\npub static LOCALES: &[(&str, &[&str])] = &[\n");
    for locale in &content.locales.locales {
        write!(code, "    ({:?}, &[", locale.lang).unwrap();
        for (path, _) in &locale.files {
            let abs = std::fs::canonicalize(path).expect("locale file exists");
            write!(code, "include_str!({:?}), ", abs.display().to_string()).unwrap();
        }
        code.push_str("]),\n");
    }
    code.push_str("];\n");
    std::fs::write(out.join("locales.rs"), code).expect("write locales.rs");
}
