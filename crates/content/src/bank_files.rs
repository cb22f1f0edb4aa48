//! Reads `assessments/bank.toml` and `assessments/items/*.toml` into a
//! [`Bank`], reporting syntax errors, unknown keys and the engine's own bank
//! checks with file and line.

use crate::diagnostic::{line_of_id, toml_error_line, Diagnostic};
use repere_engine::bank::{Bank, Domain, Item, Settings, Topic};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Where each item was read from, to point authors at the right line.
#[derive(Debug, Default, Clone)]
pub struct BankSources {
    pub bank_file: PathBuf,
    files: Vec<(PathBuf, String)>,
    item_file: HashMap<String, usize>,
}

impl BankSources {
    /// File and line where an item is defined.
    pub fn item_location(&self, id: &str) -> (PathBuf, usize) {
        match self.item_file.get(id) {
            Some(&f) => {
                let (path, text) = &self.files[f];
                (path.clone(), line_of_id(text, id))
            }
            None => (self.bank_file.clone(), 1),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BankFile {
    /// Format version: this Repère reads 1.
    version: u32,
    settings: Settings,
    #[serde(rename = "domain", default)]
    domains: Vec<Domain>,
    #[serde(rename = "topic", default)]
    topics: Vec<Topic>,
}

#[derive(Deserialize)]
struct ItemFile {
    #[serde(rename = "item", default)]
    items: Vec<Item>,
}

const COMMON_KEYS: &[&str] =
    &["id", "domain", "level", "a", "b", "c", "kind", "tags", "image", "enemies", "family", "prerequisite"];

fn kind_keys(kind: &str) -> Option<&'static [&'static str]> {
    Some(match kind {
        "choice" => &["options", "answer"],
        "hotspot" => &["regions", "answer"],
        "order" => &["steps", "free"],
        "entry" => &["accept"],
        _ => return None,
    })
}

/// Load the bank from an `assessments/` folder.
pub fn load_bank(dir: &Path) -> Result<(Bank, BankSources), Vec<Diagnostic>> {
    match read_bank(dir) {
        (Some(bank), sources, problems) if problems.is_empty() => Ok((bank, sources)),
        (_, _, problems) => Err(problems),
    }
}

/// Read the bank and check it, keeping the parsed bank even when checks fail
/// (so translations and images can still be checked and reported together).
/// The bank is `None` only when a file could not be parsed.
pub fn read_bank(dir: &Path) -> (Option<Bank>, BankSources, Vec<Diagnostic>) {
    let bank_path = dir.join("bank.toml");
    let mut problems = Vec::new();
    let mut sources = BankSources { bank_file: bank_path.clone(), ..Default::default() };
    let bank_text = match std::fs::read_to_string(&bank_path) {
        Ok(t) => t,
        Err(e) => return (None, sources, vec![Diagnostic::new(&bank_path, 1, format!("cannot read the bank file: {e}"))]),
    };
    let bank_file: Option<BankFile> = parse_toml(&bank_path, &bank_text, &mut problems);

    let items_dir = dir.join("items");
    let mut item_paths: Vec<PathBuf> = match std::fs::read_dir(&items_dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect(),
        Err(e) => {
            problems.push(Diagnostic::new(&items_dir, 1, format!("cannot read the items folder: {e}")));
            Vec::new()
        }
    };
    item_paths.sort();
    let mut items = Vec::new();
    for path in item_paths {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                problems.push(Diagnostic::new(&path, 1, format!("cannot read: {e}")));
                continue;
            }
        };
        problems.extend(unknown_item_keys(&path, &text));
        if let Some(file) = parse_toml::<ItemFile>(&path, &text, &mut problems) {
            let index = sources.files.len();
            for item in file.items {
                sources.item_file.entry(item.id.clone()).or_insert(index);
                items.push(item);
            }
        }
        sources.files.push((path, text));
    }
    let Some(bank_file) = bank_file else { return (None, sources, problems) };
    if bank_file.version != 1 {
        let line = bank_text.lines().position(|l| l.trim_start().starts_with("version")).map_or(1, |i| i + 1);
        problems.push(Diagnostic::new(
            &bank_path,
            line,
            format!("version must be 1, got {}: this Repère reads bank format 1", bank_file.version),
        ));
    }
    let bank = Bank { settings: bank_file.settings, domains: bank_file.domains, topics: bank_file.topics, items };
    for p in bank.check() {
        let (file, line) = match &p.item {
            Some(id) => sources.item_location(id),
            None => (bank_path.clone(), setting_line(&bank_text, &p.message)),
        };
        problems.push(Diagnostic::new(file, line, p.message));
    }
    problems.sort();
    problems.dedup();
    let parsed = !problems.iter().any(|p| p.message.starts_with(PARSE_PREFIX));
    (parsed.then_some(bank), sources, problems)
}

/// The line of the setting a bank-wide problem starts by naming
/// (`level_cuts = …`), else 1 (a problem of the whole file).
fn setting_line(bank_text: &str, message: &str) -> usize {
    let key = message.split([' ', '=']).next().unwrap_or("");
    bank_text
        .lines()
        .position(|l| !key.is_empty() && l.trim_start().strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with('=')))
        .map_or(1, |i| i + 1)
}

/// Marks syntax problems, after which the items read are incomplete.
const PARSE_PREFIX: &str = "syntax: ";

fn parse_toml<T: serde::de::DeserializeOwned>(path: &Path, text: &str, problems: &mut Vec<Diagnostic>) -> Option<T> {
    match toml::from_str::<T>(text) {
        Ok(v) => Some(v),
        Err(e) => {
            let line = toml_error_line(text, &e);
            problems.push(Diagnostic::new(path, line, format!("{PARSE_PREFIX}{}", e.message().trim())));
            None
        }
    }
}

/// Misspelt keys would otherwise be ignored silently (serde cannot deny
/// unknown fields through the flattened interaction kind).
fn unknown_item_keys(path: &Path, text: &str) -> Vec<Diagnostic> {
    let Ok(value) = text.parse::<toml::Table>() else { return Vec::new() };
    let mut problems = Vec::new();
    for (key, _) in value.iter().filter(|(k, _)| k.as_str() != "item") {
        problems.push(Diagnostic::new(path, 1, format!("unexpected top-level key '{key}': items are written as [[item]] tables")));
    }
    let Some(toml::Value::Array(items)) = value.get("item") else { return problems };
    for item in items {
        let Some(table) = item.as_table() else { continue };
        let id = table.get("id").and_then(|v| v.as_str()).unwrap_or("?");
        let line = line_of_id(text, id);
        let kind = table.get("kind").and_then(|v| v.as_str()).unwrap_or("");
        let Some(specific) = kind_keys(kind) else {
            problems.push(Diagnostic::new(
                path,
                line,
                format!("item '{id}': kind must be one of choice, hotspot, order, entry (got '{kind}')"),
            ));
            continue;
        };
        for key in table.keys() {
            if !COMMON_KEYS.contains(&key.as_str()) && !specific.contains(&key.as_str()) {
                problems.push(Diagnostic::new(
                    path,
                    line,
                    format!(
                        "item '{id}': unknown key '{key}' for a {kind} item (allowed: {}, {})",
                        COMMON_KEYS.join(", "),
                        specific.join(", ")
                    ),
                ));
            }
        }
    }
    problems
}
