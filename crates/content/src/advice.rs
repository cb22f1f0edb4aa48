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

/// Every warning about the bank, its texts and drawings.
pub fn bank_warnings(bank: &Bank, sources: &BankSources, locales: &LocaleSet, public: &Path) -> Vec<Diagnostic> {
    let mut out = key_positions(bank, sources);
    let texts = Texts::read(locales);
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
