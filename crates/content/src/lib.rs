//! Content as data: loads the files authors edit — `assessments/` (bank, items),
//! `locales/` (Fluent texts) and `public/` (illustrations) — into the engine's
//! model, and validates them. Every problem is a [`Diagnostic`] that names the
//! file, the line and what to fix. Used by the `repere` command and by the web
//! app's build script (which refuses to build a broken bank).

mod advice;
mod bank_files;
mod diagnostic;
mod locales;
mod referral_file;
mod typography;
mod venue_file;
mod web_assets;

pub use advice::{
    bank_warnings, key_positions, length_cues, message_texts, option_length, option_words, svg_text,
    MAX_KEY_LENGTH_RATIO, MAX_KEY_POSITION_SHARE, MAX_LONGEST_KEY_SHARE, MIN_REGIONS_WITHOUT_GUESSING,
};
pub use typography::{fix_file, fix_line, fix_text, typography_warnings};
pub use bank_files::{load_bank, read_bank, BankSources};
pub use diagnostic::{line_of, line_of_id, Diagnostic};
pub use locales::{load_locales, required_keys, LocaleSet};
pub use web_assets::{web_assets, LanguageAsset, WebAsset, WebAssets};
pub use referral_file::{
    check_referral_texts, load_referral, parse_referral, referral_keys, ReferralSources, REFERRAL_FILE,
};
pub use venue_file::{
    csv_row_value, header_problems, is_venue_file, load_venue_dir, load_venues, parse_venues_csv,
    parse_venues_json, row_problem, venue_file_warnings, CsvRecords, VENUES_DIR,
};

use std::path::{Path, PathBuf};

/// The three content folders, found from a project root or from `assessments/`.
#[derive(Debug, Clone)]
pub struct ContentRoot {
    pub assessments: PathBuf,
    pub locales: PathBuf,
    pub public: PathBuf,
}

impl ContentRoot {
    /// Accepts the project root or its `assessments/` folder.
    pub fn find(path: &Path) -> ContentRoot {
        let root = if path.join("assessments").is_dir() {
            path.to_path_buf()
        } else if path.file_name().is_some_and(|n| n == "assessments") {
            path.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."))
        } else {
            path.to_path_buf()
        };
        let assessments = if path.file_name().is_some_and(|n| n == "assessments") || !root.join("assessments").is_dir() {
            path.to_path_buf()
        } else {
            root.join("assessments")
        };
        ContentRoot { assessments, locales: root.join("locales"), public: root.join("public") }
    }
}

/// Everything validated together: the bank, its translations and images, the
/// referral rules and the venue files of `assessments/venues/`.
#[derive(Debug)]
pub struct Content {
    pub bank: repere_engine::bank::Bank,
    pub locales: LocaleSet,
    /// The referral rules of `assessments/referral.toml`.
    pub referral: repere_guidance::referral::RuleSet,
    /// Each venue file of `assessments/venues/` and its venues, sorted by path.
    pub venue_files: Vec<(PathBuf, Vec<repere_guidance::venues::Venue>)>,
    /// What is valid but doubtful as a measure (see `advice.rs`): printed by
    /// `repere validate`, kept at zero for the shipped content.
    pub warnings: Vec<Diagnostic>,
}

/// Load and check the whole content tree. On failure, every problem found.
pub fn load_content(root: &ContentRoot) -> Result<Content, Vec<Diagnostic>> {
    let (bank, sources, mut problems) = read_bank(&root.assessments);
    let Some(bank) = bank else {
        // Still check the referral rules (without the bank) and the venues.
        if let Err(mut p) = load_referral(&root.assessments.join(REFERRAL_FILE), None) {
            problems.append(&mut p);
        }
        if let Err(mut p) = load_venue_dir(&root.assessments.join(VENUES_DIR)) {
            problems.append(&mut p);
        }
        return Err(problems);
    };
    let locales = match load_locales(&root.locales) {
        Ok(l) => Some(l),
        Err(mut p) => {
            problems.append(&mut p);
            None
        }
    };
    if let Some(locales) = &locales {
        problems.extend(locales.check_bank(&bank, &sources));
        problems.extend(check_flags(locales, &root.public));
    }
    problems.extend(check_images(&bank, &sources, &root.public));
    let referral = match load_referral(&root.assessments.join(REFERRAL_FILE), Some(&bank)) {
        Ok((rules, referral_sources)) => {
            if let Some(locales) = &locales {
                problems.extend(check_referral_texts(&rules, &referral_sources, locales));
            }
            Some(rules)
        }
        Err(mut p) => {
            problems.append(&mut p);
            None
        }
    };
    let venue_files = load_venue_dir(&root.assessments.join(VENUES_DIR)).unwrap_or_else(|mut p| {
        problems.append(&mut p);
        Vec::new()
    });
    match (problems.is_empty(), locales, referral) {
        (true, Some(locales), Some(referral)) => {
            let warnings = bank_warnings(&bank, &sources, &locales, &root.public);
            Ok(Content { bank, locales, referral, venue_files, warnings })
        }
        _ => Err(problems),
    }
}

/// Each language shows a flag on the language screen: `public/img/flags/<lang>.svg`.
fn check_flags(locales: &LocaleSet, public: &Path) -> Vec<Diagnostic> {
    locales
        .languages()
        .filter_map(|lang| {
            let flag = public.join("img/flags").join(format!("{lang}.svg"));
            (!flag.is_file()).then(|| {
                Diagnostic::new(
                    locales.root.join(lang),
                    1,
                    format!("language '{lang}' has no flag: add {}", flag.display()),
                )
            })
        })
        .collect()
}

fn check_images(bank: &repere_engine::bank::Bank, sources: &BankSources, public: &Path) -> Vec<Diagnostic> {
    bank.items
        .iter()
        .filter_map(|item| {
            let image = item.image.as_ref()?;
            let path = public.join(image);
            if path.is_file() {
                None
            } else {
                let (file, line) = sources.item_location(&item.id);
                Some(Diagnostic::new(
                    file,
                    line,
                    format!("item '{}': image '{}' not found (looked for {})", item.id, image, path.display()),
                ))
            }
        })
        .collect()
}
