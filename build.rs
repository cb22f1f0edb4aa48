//! Build script of the web app: loads and validates the content tree
//! (assessments/, locales/, public/img) with `repere-content`, refuses to build
//! a broken bank (printing `file:line: message` for each problem), embeds the
//! referral rules and venue files, and bakes in the names of the files the app
//! fetches at run time (the bank, one Fluent text per language folder, so that
//! adding a language is adding a folder of `.ftl` files).
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
    // The bank and each language's text are files of the built app, fetched
    // when needed (`repere web-assets` writes them; the same function names
    // them, so the names baked in here exist).
    let assets = repere_content::web_assets(&content);
    std::fs::write(out.join("bank_asset.rs"), format!("/// The bank's file in the built app.\npub static BANK_ASSET: &str = {:?};\n", assets.bank.path))
        .expect("write bank_asset.rs");
    let mut code = String::from("/// Every language folder of locales/.\npub static LANGUAGES: &[Language] = &[\n");
    for l in &assets.languages {
        writeln!(code, "    Language {{ tag: {:?}, name: {:?}, direction: {:?}, text: {:?} }},", l.lang, l.name, l.direction, l.text.path).unwrap();
    }
    code.push_str("];\n");
    std::fs::write(out.join("languages.rs"), code).expect("write languages.rs");
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

}
