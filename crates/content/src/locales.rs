//! Reads `locales/<lang>/**/*.ftl`, reports Fluent syntax errors with their
//! line, and checks that every text the bank needs exists in every language,
//! and that every language has every message of the reference (French).

use crate::bank_files::BankSources;
use crate::diagnostic::{line_of, Diagnostic};
use fluent_syntax::ast::{Entry, Message};
use fluent_syntax::parser;
use repere_engine::bank::{Bank, Interaction};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The reference language: every other language must translate all of it.
pub const REFERENCE_LANGUAGE: &str = "fr";

/// One language's files and the message keys they define.
#[derive(Debug, Clone)]
pub struct Locale {
    pub lang: String,
    /// (path, text) of every `.ftl` file, sorted by path.
    pub files: Vec<(PathBuf, String)>,
    /// `message` or `message.attribute` → (file index, line).
    pub keys: BTreeMap<String, (usize, usize)>,
}

/// Every language found under `locales/`.
#[derive(Debug, Clone)]
pub struct LocaleSet {
    pub root: PathBuf,
    pub locales: Vec<Locale>,
}

/// Load every language folder under `dir`.
pub fn load_locales(dir: &Path) -> Result<LocaleSet, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut langs: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(e) => e.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_dir()).collect(),
        Err(e) => return Err(vec![Diagnostic::new(dir, 1, format!("cannot read the locales folder: {e}"))]),
    };
    langs.sort();
    let mut locales = Vec::new();
    for lang_dir in langs {
        let lang = lang_dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let mut paths = Vec::new();
        collect_ftl(&lang_dir, &mut paths);
        paths.sort();
        let mut locale = Locale { lang, files: Vec::new(), keys: BTreeMap::new() };
        for path in paths {
            let text = match std::fs::read_to_string(&path) {
                Ok(t) => t,
                Err(e) => {
                    problems.push(Diagnostic::new(&path, 1, format!("cannot read: {e}")));
                    continue;
                }
            };
            let index = locale.files.len();
            problems.extend(index_file(&path, &text, index, &mut locale.keys));
            locale.files.push((path, text));
        }
        locales.push(locale);
    }
    if !locales.iter().any(|l| l.lang == REFERENCE_LANGUAGE) {
        problems.push(Diagnostic::new(dir, 1, format!("the reference language folder '{REFERENCE_LANGUAGE}' is missing")));
    }
    if problems.is_empty() {
        Ok(LocaleSet { root: dir.to_path_buf(), locales })
    } else {
        Err(problems)
    }
}

fn collect_ftl(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
        if path.is_dir() {
            collect_ftl(&path, out);
        } else if path.extension().is_some_and(|x| x == "ftl") {
            out.push(path);
        }
    }
}

fn index_file(path: &Path, text: &str, index: usize, keys: &mut BTreeMap<String, (usize, usize)>) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    // fluent-syntax 0.12 can panic on some malformed input (a byte slice
    // inside a multi-byte character): a file it cannot read is an error, never
    // a crash of the validator.
    let parsed = std::panic::catch_unwind(|| parser::parse(text));
    let Ok(parsed) = parsed else {
        problems.push(Diagnostic::new(
            path,
            line_of_unreadable_entry(text),
            "the Fluent parser cannot read this entry: check its { } and [ ], and any \\u escape (\\u and four hex digits)".to_string(),
        ));
        return problems;
    };
    let resource = match parsed {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                // The entry that does not parse starts at the first non-blank
                // character of its slice; the parser may notice it lines later
                // (an unclosed `{` reads on into the next messages).
                let noticed = line_of(text, e.pos.start);
                let entry = e
                    .slice
                    .and_then(|s| text.get(s.clone()).map(|t| s.start + (t.len() - t.trim_start().len())))
                    .map_or(noticed, |start| line_of(text, start).min(noticed));
                let later = if noticed > entry { format!(" (noticed on line {noticed})") } else { String::new() };
                problems.push(Diagnostic::new(path, entry, format!("Fluent syntax error: {}{later}", e.kind)));
            }
            r
        }
    };
    for entry in resource.body {
        if let Entry::Message(Message { id, attributes, value, .. }) = entry {
            let line = line_of(text, find_message(text, id.name));
            let mut add = |key: String| {
                if keys.insert(key.clone(), (index, line)).is_some() {
                    problems.push(Diagnostic::new(path, line, format!("message '{key}' is defined twice in this language")));
                }
            };
            if value.is_some() {
                add(id.name.to_string());
            }
            for attr in attributes {
                add(format!("{}.{}", id.name, attr.id.name));
            }
        }
    }
    problems
}

/// The line of the first entry the parser cannot read alone, for a file it
/// panicked on (else line 1). Entries start on a line that is neither
/// indented nor blank; each is parsed on its own, as Fluent entries are
/// independent.
fn line_of_unreadable_entry(text: &str) -> usize {
    let mut starts = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line.starts_with(|c: char| !c.is_whitespace()) {
            starts.push(offset);
        }
        offset += line.len();
    }
    starts.push(text.len());
    starts
        .windows(2)
        .find(|w| std::panic::catch_unwind(|| parser::parse(&text[w[0]..w[1]])).is_err())
        .map_or(1, |w| line_of(text, w[0]))
}

fn find_message(text: &str, id: &str) -> usize {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line.starts_with(id) && line[id.len()..].trim_start().starts_with('=') {
            return offset;
        }
        offset += line.len();
    }
    0
}

/// The Fluent keys the bank needs, with the item (if any) that needs each.
pub fn required_keys(bank: &Bank) -> Vec<(String, Option<String>)> {
    let mut keys = Vec::new();
    for d in &bank.domains {
        keys.push((format!("domain-{}", d.id), None));
    }
    for t in &bank.topics {
        keys.push((format!("topic-{}", t.id), None));
    }
    for item in &bank.items {
        let id = &item.id;
        let mut add = |k: String| keys.push((k, Some(id.clone())));
        add(id.clone());
        add(format!("{id}.explain"));
        if item.image.is_some() {
            add(format!("{id}.alt"));
        }
        match &item.interaction {
            Interaction::Choice { options, .. } => options.iter().for_each(|o| add(format!("{id}-opt-{o}"))),
            Interaction::Hotspot { regions, .. } => regions.iter().for_each(|r| add(format!("{id}-region-{}", r.id))),
            Interaction::Order { steps, .. } => steps.iter().for_each(|s| add(format!("{id}-step-{s}"))),
            Interaction::Entry { .. } => {}
        }
    }
    keys
}

impl LocaleSet {
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.locales.iter().map(|l| l.lang.as_str())
    }

    /// Missing bank texts in any language, and messages of the reference
    /// language missing from another.
    pub fn check_bank(&self, bank: &Bank, sources: &BankSources) -> Vec<Diagnostic> {
        let mut problems = Vec::new();
        for locale in &self.locales {
            let folder = self.root.join(&locale.lang);
            for (key, item) in required_keys(bank) {
                if locale.keys.contains_key(&key) {
                    continue;
                }
                let hint = fluent_hint(&key);
                match item {
                    Some(id) => {
                        let (file, line) = sources.item_location(&id);
                        problems.push(Diagnostic::new(
                            file,
                            line,
                            format!("item '{id}': missing text {hint} in {} ({})", locale.lang, folder.display()),
                        ));
                    }
                    None => problems.push(Diagnostic::new(
                        &sources.bank_file,
                        1,
                        format!("missing text {hint} in {} ({})", locale.lang, folder.display()),
                    )),
                }
            }
        }
        problems.extend(self.check_complete());
        problems
    }

    /// Every message of the reference language exists in every other language.
    pub fn check_complete(&self) -> Vec<Diagnostic> {
        let Some(reference) = self.locales.iter().find(|l| l.lang == REFERENCE_LANGUAGE) else { return Vec::new() };
        let mut problems = Vec::new();
        for locale in self.locales.iter().filter(|l| l.lang != REFERENCE_LANGUAGE) {
            for (key, (file, line)) in &reference.keys {
                if !locale.keys.contains_key(key) {
                    let path = &reference.files[*file].0;
                    problems.push(Diagnostic::new(
                        path,
                        *line,
                        format!("{} is not translated into '{}': add it under {}", fluent_hint(key), locale.lang, self.root.join(&locale.lang).display()),
                    ));
                }
            }
        }
        problems
    }
}

/// How to write a key in a .ftl file: `msg = …` or the attribute `.attr = …` under `msg`.
fn fluent_hint(key: &str) -> String {
    match key.split_once('.') {
        Some((msg, attr)) => format!("'.{attr} = …' under message '{msg}'"),
        None => format!("'{key} = …'"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// fluent-syntax 0.12 panics on a `\u` escape followed by a multi-byte
    /// character (found by the 100,000-case run of `readers_deep`): the error
    /// names the entry's line, not line 1.
    #[test]
    fn an_entry_the_parser_panics_on_is_named_by_its_line() {
        let text = "welcome = Bonjour\nhours-separator = { \"\\u¡202F; \" }\nbye = Au revoir\n";
        let mut keys = BTreeMap::new();
        let problems = index_file(Path::new("fr/app.ftl"), text, 0, &mut keys);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].message.contains("cannot read this entry"), "the parser panicked: {problems:?}");
        assert_eq!(problems[0].line, 2, "{problems:?}");
        assert!(problems[0].message.contains("\\u"), "{problems:?}");
    }
}
