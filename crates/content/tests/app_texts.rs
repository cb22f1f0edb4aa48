//! Every text key the web app names in its code exists in every language, so a
//! renamed or forgotten message shows up here rather than as a raw key on screen.

use repere_content::load_locales;
use std::path::Path;

/// String literals in the app's source that look like Fluent keys
/// (`word-word…`, lowercase), with the file they appear in.
fn literal_keys() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src");
    let mut keys = Vec::new();
    // Every .rs file under src/, its folders included (platform/, state/, screens/).
    let mut files = Vec::new();
    let mut folders = vec![src];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("src/ exists") {
            let path = entry.expect("readable").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("readable source");
        let parts: Vec<&str> = text.split('"').collect();
        for (i, literal) in parts.iter().enumerate().skip(1).step_by(2) {
            // HTML attributes name classes and ids, not texts.
            let before = parts[i - 1].trim_end();
            let attribute = ["class=", "id=", "labelledby=", "describedby=", "for=", "else {", "if k <= level {"]
                .iter()
                .any(|a| before.ends_with(a));
            let looks_like_key = !attribute && literal.contains('-')
                && literal.starts_with(|c: char| c.is_ascii_lowercase())
                && literal.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
                && !literal.ends_with('-');
            if looks_like_key {
                keys.push((literal.to_string(), path.file_name().unwrap().to_string_lossy().into_owned()));
            }
        }
    }
    keys
}

/// Strings that look like keys but are not texts: element ids
/// (`load-failed`, `crash-stopped`: templates of index.html, bilingual
/// because no text may be loaded), a session-storage key and a request
/// header's value (`venue-file`, for the service worker).
const NOT_TEXTS: &[&str] = &["item-stem", "entry-input", "load-failed", "crash-stopped", "repere-crash-times", "venue-file"];

#[test]
fn every_key_named_in_the_app_exists_in_every_language() {
    let locales = load_locales(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")).expect("locales load");
    let keys = literal_keys();
    assert!(keys.len() > 40, "the scan finds the app's keys ({} found)", keys.len());
    let mut missing = Vec::new();
    for locale in &locales.locales {
        for (key, file) in &keys {
            let is_text = !NOT_TEXTS.contains(&key.as_str()) || locale.keys.contains_key(key);
            if is_text && !locale.keys.contains_key(key) {
                missing.push(format!("src/{file}: '{key}' is missing in locales/{}", locale.lang));
            }
            // Texts worded differently for aidants have an `aidant-` twin.
            if file == "intro.rs" && ["welcome-title", "welcome-lead", "welcome-start"].contains(&key.as_str()) {
                let twin = format!("aidant-{key}");
                if !locale.keys.contains_key(&twin) {
                    missing.push(format!("src/{file}: '{twin}' is missing in locales/{}", locale.lang));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}
