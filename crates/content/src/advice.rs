//! Warnings: things a valid bank may still get wrong as a measure. They do not
//! stop a build (`repere validate` prints them and still succeeds), but the
//! shipped content is kept at zero (a test checks it).
//!
//! - **Key positions.** Options are shuffled per session on screen, but a file
//!   whose answers lean to one position shows through anywhere the file order
//!   is used (previews, print-outs, another renderer): more than
//!   [`MAX_KEY_POSITION_SHARE`] of the choice items of the bank or of one file
//!   may not list their answer in the same position.
//! - **Region names that give the answer.** A region's accessible name says
//!   what is drawn; an explanation in brackets that repeats a word of the
//!   question (`Le rond (accueil)` for "…l'écran d'accueil ?") tells
//!   screen-reader users the answer.
//! - **Screen labels.** Drawn screens are in French, like the real ones people
//!   will meet, so every language quotes a drawn label exactly, in « », with
//!   its meaning after it in brackets when it is not French:
//!   `Choose «S'identifier avec FranceConnect» (Log in with FranceConnect).`
//!   In a language other than French, a « » quote in an item's question,
//!   options, steps or region names must be found in its drawing, and a
//!   drawn label the French text quotes must be quoted the same way.
//! - **Questions left open.** A question may not end with "…" for the
//!   options to complete.
//! - **Typography** (`typography.rs`): no-break spaces in French, one word
//!   for e-mail in each language.
//! - **Hotspot guessing.** A tap on a drawn screen is guessed right one time
//!   in the number of plausible regions: c may be 0 only with
//!   [`MIN_REGIONS_WITHOUT_GUESSING`] regions or more (and a key that is not
//!   the most salient element, which only the author can judge); with fewer,
//!   c is at least 1 / regions.
//! - **Length cues.** A test-wise person picks the longest option. In each
//!   language, the key may be the strictly longest option (in characters) in
//!   at most [`MAX_LONGEST_KEY_SHARE`] of the choice items of the bank or of
//!   one file, and never longer than every distractor by more than half
//!   ([`MAX_KEY_LENGTH_RATIO`]).

use crate::bank_files::BankSources;
use crate::diagnostic::Diagnostic;
use crate::locales::{LocaleSet, REFERENCE_LANGUAGE};
use fluent_syntax::ast::{Entry, Pattern, PatternElement};
use repere_engine::bank::{Bank, Interaction, Item};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// Above this share of choice items with the answer in one position, warn.
pub const MAX_KEY_POSITION_SHARE: f64 = 0.40;
/// A file with fewer choice items than this is not judged on its own.
const MIN_CHOICES_PER_FILE: usize = 5;
/// A hotspot with fewer regions than this guesses at least 1 / regions.
pub const MIN_REGIONS_WITHOUT_GUESSING: usize = 5;
/// Above this share of choice items whose key is the strictly longest option, warn.
pub const MAX_LONGEST_KEY_SHARE: f64 = 0.25;
/// A key longer than every distractor by more than this factor is warned.
pub const MAX_KEY_LENGTH_RATIO: f64 = 1.5;

/// Every warning about the bank, its texts and drawings.
pub fn bank_warnings(bank: &Bank, sources: &BankSources, locales: &LocaleSet, public: &Path) -> Vec<Diagnostic> {
    let mut out = key_positions(bank, sources);
    let texts = Texts::read(locales);
    out.extend(length_cues_in(bank, sources, &texts));
    out.extend(stem_endings(bank, sources, &texts));
    out.extend(hotspot_guessing(bank, sources));
    out.extend(crate::typography::typography_warnings(locales));
    out.extend(region_giveaways(bank, sources, &texts));
    out.extend(screen_labels(bank, sources, &texts, public));
    out
}

/// Key position shares, over the whole bank and over each file.
pub fn key_positions(bank: &Bank, sources: &BankSources) -> Vec<Diagnostic> {
    let mut by_file: BTreeMap<PathBuf, Vec<usize>> = BTreeMap::new();
    let mut all = Vec::new();
    for item in &bank.items {
        if let Interaction::Choice { options, answer } = &item.interaction {
            let Some(pos) = options.iter().position(|o| o == answer) else { continue };
            by_file.entry(sources.item_location(&item.id).0).or_default().push(pos);
            all.push(pos);
        }
    }
    let mut out = Vec::new();
    let mut judge = |file: &Path, positions: &[usize], scope: &str| {
        let mut counts = BTreeMap::<usize, usize>::new();
        positions.iter().for_each(|p| *counts.entry(*p).or_default() += 1);
        if let Some((pos, n)) = counts.into_iter().max_by_key(|(_, n)| *n) {
            let share = n as f64 / positions.len() as f64;
            if share > MAX_KEY_POSITION_SHARE {
                out.push(Diagnostic::new(
                    file,
                    1,
                    format!(
                        "warning: {scope}{n} of {} choice items ({:.0} %) list their answer in position {} of `options`: \
                         move the answer elsewhere in some of them (at most {:.0} % in one position)",
                        positions.len(),
                        100.0 * share,
                        pos + 1,
                        100.0 * MAX_KEY_POSITION_SHARE
                    ),
                ));
            }
        }
    };
    if !all.is_empty() {
        judge(&sources.bank_file, &all, "in the whole bank, ");
    }
    for (file, positions) in &by_file {
        if positions.len() >= MIN_CHOICES_PER_FILE {
            judge(file, positions, "");
        }
    }
    out
}

/// Length cues of choice items, per language: see the module documentation.
pub fn length_cues(bank: &Bank, sources: &BankSources, locales: &LocaleSet) -> Vec<Diagnostic> {
    length_cues_in(bank, sources, &Texts::read(locales))
}

/// The plain text of every message and attribute (`key` or `key.attr`) of one
/// language, placeables dropped; empty when the language is not there.
pub fn message_texts(locales: &LocaleSet, lang: &str) -> HashMap<String, String> {
    Texts::read(locales).by_lang.into_iter().find(|(l, _)| l == lang).map(|(_, t)| t).unwrap_or_default()
}

/// Length of an option's text as the person sees it, in characters.
pub fn option_length(text: &str) -> usize {
    text.trim().chars().count()
}

/// Number of words in an option's text.
pub fn option_words(text: &str) -> usize {
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

fn length_cues_in(bank: &Bank, sources: &BankSources, texts: &Texts) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (lang, lang_texts) in &texts.by_lang {
        let mut by_file: BTreeMap<PathBuf, (usize, usize)> = BTreeMap::new();
        let (mut longest_all, mut all) = (0usize, 0usize);
        for item in &bank.items {
            let Interaction::Choice { options, answer } = &item.interaction else { continue };
            let lengths: Option<Vec<(bool, usize)>> = options
                .iter()
                .map(|o| lang_texts.get(&format!("{}-opt-{o}", item.id)).map(|t| (o == answer, option_length(t))))
                .collect();
            let Some(lengths) = lengths else { continue };
            let Some(key) = lengths.iter().find(|(k, _)| *k).map(|(_, n)| *n) else { continue };
            let Some(distractor) = lengths.iter().filter(|(k, _)| !*k).map(|(_, n)| *n).max() else { continue };
            let (file, line) = sources.item_location(&item.id);
            if key as f64 > MAX_KEY_LENGTH_RATIO * distractor as f64 {
                out.push(Diagnostic::new(
                    &file,
                    line,
                    format!(
                        "warning: item '{}' ({lang}): the answer has {key} characters, more than {:.0} % of the longest \
                         wrong option ({distractor}): shorten the answer or write wrong options as long as it",
                        item.id,
                        100.0 * MAX_KEY_LENGTH_RATIO
                    ),
                ));
            }
            let longest = usize::from(key > distractor);
            let entry = by_file.entry(file).or_default();
            entry.0 += longest;
            entry.1 += 1;
            longest_all += longest;
            all += 1;
        }
        let mut judge = |file: &Path, longest: usize, total: usize, scope: &str| {
            let share = longest as f64 / total as f64;
            if share > MAX_LONGEST_KEY_SHARE {
                out.push(Diagnostic::new(
                    file,
                    1,
                    format!(
                        "warning: {scope}the answer is the longest option ({lang}) in {longest} of {total} choice items \
                         ({:.0} %): someone who always picks the longest answer scores above chance; make a wrong option \
                         the longest in some of them (at most {:.0} %)",
                        100.0 * share,
                        100.0 * MAX_LONGEST_KEY_SHARE
                    ),
                ));
            }
        };
        if all > 0 {
            judge(&sources.bank_file, longest_all, all, "in the whole bank, ");
        }
        for (file, (longest, total)) in &by_file {
            if *total >= MIN_CHOICES_PER_FILE {
                judge(file, *longest, *total, "");
            }
        }
    }
    out
}

/// Hotspots with few regions declare their guessing floor (see the module documentation).
fn hotspot_guessing(bank: &Bank, sources: &BankSources) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for item in &bank.items {
        let Interaction::Hotspot { regions, .. } = &item.interaction else { continue };
        let n = regions.len();
        let floor = 1.0 / n.max(1) as f64;
        if n < MIN_REGIONS_WITHOUT_GUESSING && item.c < floor - 0.005 {
            let (file, line) = sources.item_location(&item.id);
            out.push(Diagnostic::new(
                file,
                line,
                format!(
                    "warning: item '{}': {n} regions, so a blind tap is right one time in {n}: set c = {:.2} or more \
                     (c = 0 needs {MIN_REGIONS_WITHOUT_GUESSING} plausible regions or more and a key that is not the most salient)",
                    item.id, floor
                ),
            ));
        }
    }
    out
}

/// A question ends as a sentence or a question, never with "…" for the
/// options to complete (a full sentence reads better, FALC).
fn stem_endings(bank: &Bank, sources: &BankSources, texts: &Texts) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for item in &bank.items {
        for (lang, lang_texts) in &texts.by_lang {
            let Some(stem) = lang_texts.get(&item.id) else { continue };
            let end = stem.trim_end();
            if end.ends_with('…') || end.ends_with("...") {
                let (file, line) = sources.item_location(&item.id);
                out.push(Diagnostic::new(
                    file,
                    line,
                    format!(
                        "warning: item '{}' ({lang}): the question ends with «…» for the options to complete it: \
                         write a whole question (\"Qu'est-ce qu'un CV ?\", \"Que faites-vous ?\")",
                        item.id
                    ),
                ));
            }
        }
    }
    out
}

fn region_giveaways(bank: &Bank, sources: &BankSources, texts: &Texts) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for item in &bank.items {
        let Interaction::Hotspot { regions, .. } = &item.interaction else { continue };
        for (lang, file_texts) in &texts.by_lang {
            let Some(stem) = file_texts.get(&item.id) else { continue };
            let stem_words = words(stem);
            for r in regions {
                let key = format!("{}-region-{}", item.id, r.id);
                let Some(name) = file_texts.get(&key) else { continue };
                for inside in bracketed(name) {
                    if let Some(w) = words(&inside).into_iter().find(|w| stem_words.contains(w)) {
                        let (file, line) = sources.item_location(&item.id);
                        out.push(Diagnostic::new(
                            file,
                            line,
                            format!(
                                "warning: item '{}' ({lang}): the name of region '{}' («{name}») repeats '{w}' from the question \
                                 in brackets: name what is drawn, not what it is for",
                                item.id, r.id
                            ),
                        ));
                    }
                }
            }
        }
    }
    out
}

fn screen_labels(bank: &Bank, sources: &BankSources, texts: &Texts, public: &Path) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let Some(reference) = texts.by_lang.iter().find(|(l, _)| l == REFERENCE_LANGUAGE).map(|(_, t)| t) else { return out };
    for item in &bank.items {
        let Some(image) = &item.image else { continue };
        let Ok(svg) = std::fs::read_to_string(public.join(image)) else { continue };
        let drawn = normalise(&svg_text(&svg));
        let is_drawn = |quote: &str| drawn.contains(&normalise(quote));
        let (file, line) = sources.item_location(&item.id);
        for (lang, lang_texts) in texts.by_lang.iter().filter(|(l, _)| l != REFERENCE_LANGUAGE) {
            for key in label_keys(item) {
                let Some(text) = lang_texts.get(&key) else { continue };
                let quoted = guillemets(text);
                let mut warn = |message: String| {
                    out.push(Diagnostic::new(&file, line, format!("warning: item '{}' ({lang}, {key}): {message}", item.id)))
                };
                for quote in quoted.iter().filter(|q| !is_drawn(q)) {
                    warn(format!("«{quote}» is not written in {image}: in «» quote the drawn (French) label exactly"));
                }
                let french = reference.get(&key).map(|t| guillemets(t)).unwrap_or_default();
                for label in french.iter().filter(|q| is_drawn(q)) {
                    if !quoted.iter().any(|q| normalise(q) == normalise(label)) {
                        warn(format!(
                            "the screen shows «{label}» in French: quote it exactly, with its meaning after it: «{label}» (…)"
                        ));
                    }
                }
            }
        }
    }
    out
}

/// The texts that name what is on the screen: question, options, steps, regions.
fn label_keys(item: &Item) -> Vec<String> {
    let id = &item.id;
    let mut keys = vec![id.clone()];
    match &item.interaction {
        Interaction::Choice { options, .. } => keys.extend(options.iter().map(|o| format!("{id}-opt-{o}"))),
        Interaction::Hotspot { regions, .. } => keys.extend(regions.iter().map(|r| format!("{id}-region-{}", r.id))),
        Interaction::Order { steps, .. } => keys.extend(steps.iter().map(|s| format!("{id}-step-{s}"))),
        Interaction::Entry { .. } => {}
    }
    keys
}

/// Plain text of every message and attribute, per language (placeables dropped).
struct Texts {
    by_lang: Vec<(String, HashMap<String, String>)>,
}

impl Texts {
    fn read(locales: &LocaleSet) -> Self {
        let by_lang = locales
            .locales
            .iter()
            .map(|l| {
                let mut map = HashMap::new();
                for (_, text) in &l.files {
                    let resource = match fluent_syntax::parser::parse(text.as_str()) {
                        Ok(r) | Err((r, _)) => r,
                    };
                    for entry in resource.body {
                        if let Entry::Message(m) = entry {
                            if let Some(v) = &m.value {
                                map.insert(m.id.name.to_string(), plain(v));
                            }
                            for a in &m.attributes {
                                map.insert(format!("{}.{}", m.id.name, a.id.name), plain(&a.value));
                            }
                        }
                    }
                }
                (l.lang.clone(), map)
            })
            .collect();
        Texts { by_lang }
    }
}

fn plain(p: &Pattern<&str>) -> String {
    p.elements
        .iter()
        .map(|e| match e {
            PatternElement::TextElement { value } => *value,
            PatternElement::Placeable { .. } => " ",
        })
        .collect()
}

/// The text drawn in an SVG: the content of its `<text>` and `<tspan>` elements.
pub fn svg_text(svg: &str) -> String {
    let mut out = String::new();
    let mut rest = svg;
    while let Some(start) = rest.find("<text") {
        rest = &rest[start..];
        let end = rest.find("</text>").unwrap_or(rest.len());
        let element = &rest[..end];
        // Drop tags, keep what is between them.
        let mut inside = false;
        for c in element.chars() {
            match c {
                '<' => inside = true,
                '>' => inside = false,
                _ if !inside => out.push(c),
                _ => {}
            }
        }
        out.push('\n');
        rest = &rest[end..];
        if rest.is_empty() {
            break;
        }
        rest = &rest[7.min(rest.len())..];
    }
    out.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&apos;", "'").replace("&quot;", "\"")
}

/// Lowercase, one kind of apostrophe, spaces collapsed (line breaks in a
/// drawing are spaces in a quote).
fn normalise(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '’' => '\'',
            '\u{a0}' | '\u{202f}' => ' ',
            c => c,
        })
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Text inside « ».
fn guillemets(text: &str) -> Vec<String> {
    between(text, '«', '»')
}

/// Text inside ( ), except a gloss right after a «quoted label» (its meaning
/// in the reader's language, which names what is drawn).
fn bracketed(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(a) = rest.find('(') {
        let gloss = rest[..a].trim_end().ends_with('»');
        let after = &rest[a + 1..];
        let Some(b) = after.find(')') else { break };
        if !gloss {
            out.push(after[..b].trim().to_string());
        }
        rest = &after[b + 1..];
    }
    out
}

fn between(text: &str, open: char, close: char) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(a) = rest.find(open) {
        let after = &rest[a + open.len_utf8()..];
        let Some(b) = after.find(close) else { break };
        out.push(after[..b].trim().to_string());
        rest = &after[b + close.len_utf8()..];
    }
    out
}

/// Words of four letters or more, lowercased.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 4).map(str::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_drawn_text_and_quotes() {
        let svg = r#"<svg><rect/><text x="1">S&apos;identifier</text><text><tspan>avec</tspan> FranceConnect</text></svg>"#;
        let drawn = normalise(&svg_text(svg));
        assert!(drawn.contains(&normalise("S’identifier")));
        assert!(drawn.contains("avec franceconnect"));
        assert_eq!(guillemets("Choose «Valider» (Confirm) or «Retour»"), vec!["Valider", "Retour"]);
        assert_eq!(bracketed("Le rond (accueil)"), vec!["accueil"]);
        assert!(bracketed("«Envoyer» (Send)").is_empty());
        assert_eq!(words("l'écran d'accueil ?"), vec!["écran", "accueil"]);
    }
}
