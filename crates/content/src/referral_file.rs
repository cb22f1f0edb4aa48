//! Reads `assessments/referral.toml` into a [`RuleSet`] and reports, with file
//! and line: syntax errors, unknown fields or values, the engine's rule checks
//! (unknown domains and topics, contradictions, unreachable or overlapping
//! rules, a missing default) and reasons without a text in some language.

use crate::diagnostic::{line_of_id, toml_error_line, Diagnostic};
use crate::locales::LocaleSet;
use repere_engine::bank::Bank;
use repere_guidance::referral::{Path as RefPath, RuleSet};
use std::path::{Path, PathBuf};

/// The rules file's name inside `assessments/`.
pub const REFERRAL_FILE: &str = "referral.toml";

/// Where the rules were read from, to point coordinators at the right line.
#[derive(Debug, Clone)]
pub struct ReferralSources {
    /// The rules file.
    pub file: PathBuf,
    text: String,
}

impl ReferralSources {
    /// File and line where a rule is written (line 1 when not found).
    pub fn rule_location(&self, id: &str) -> (PathBuf, usize) {
        (self.file.clone(), line_of_id(&self.text, id))
    }
}

/// Load and check a rules file. With a bank, rule domains and topics must be
/// the bank's.
pub fn load_referral(
    path: &Path,
    bank: Option<&Bank>,
) -> Result<(RuleSet, ReferralSources), Vec<Diagnostic>> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        vec![Diagnostic::new(
            path,
            1,
            format!("cannot read the referral rules file: {e}"),
        )]
    })?;
    parse_referral(path, &text, bank)
}

/// Parse and check rules from text (`path` names it in diagnostics).
pub fn parse_referral(
    path: &Path,
    text: &str,
    bank: Option<&Bank>,
) -> Result<(RuleSet, ReferralSources), Vec<Diagnostic>> {
    let rules: RuleSet = toml::from_str(text).map_err(|e| {
        let line = toml_error_line(text, &e);
        vec![Diagnostic::new(path, line, e.message().trim().to_string())]
    })?;
    let sources = ReferralSources {
        file: path.to_path_buf(),
        text: text.to_string(),
    };
    let domains: Option<Vec<&str>> =
        bank.map(|b| b.domains.iter().map(|d| d.id.as_str()).collect());
    let topics: Option<Vec<&str>> = bank.map(|b| b.topics.iter().map(|t| t.id.as_str()).collect());
    let mut problems: Vec<Diagnostic> = rules
        .check(domains.as_deref(), topics.as_deref())
        .into_iter()
        .map(|p| {
            let (file, line) = match &p.rule {
                Some(id) => sources.rule_location(id),
                None => (path.to_path_buf(), 1),
            };
            let message = match &p.rule {
                Some(id) => format!("rule '{id}': {}", p.message),
                None => p.message,
            };
            Diagnostic::new(file, line, message)
        })
        .collect();
    if problems.is_empty() {
        Ok((rules, sources))
    } else {
        problems.sort();
        problems.dedup();
        Err(problems)
    }
}

/// The Fluent messages the referral needs: every path name and every reason
/// the rules (or the built-in fallback) may give, with the rule that needs it.
pub fn referral_keys(rules: &RuleSet) -> Vec<(String, Option<String>)> {
    let mut keys: Vec<(String, Option<String>)> = RefPath::ALL
        .iter()
        .map(|p| (p.message_id(), None))
        .collect();
    for id in rules.reason_ids() {
        let rule = rules
            .rules
            .iter()
            .find(|r| r.reason == id)
            .map(|r| r.id.clone());
        keys.push((id, rule));
    }
    keys
}

/// Reasons and path names missing from any language.
pub fn check_referral_texts(
    rules: &RuleSet,
    sources: &ReferralSources,
    locales: &LocaleSet,
) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for locale in &locales.locales {
        let folder = locales.root.join(&locale.lang);
        for (key, rule) in referral_keys(rules) {
            if locale.keys.contains_key(&key) {
                continue;
            }
            let (file, line) = match &rule {
                Some(id) => sources.rule_location(id),
                None => (sources.file.clone(), 1),
            };
            let whose = rule
                .map(|r| format!("rule '{r}': reason "))
                .unwrap_or_default();
            problems.push(Diagnostic::new(
                file,
                line,
                format!(
                    "{whose}'{key}' has no text in {}: add '{key} = …' to {}",
                    locale.lang,
                    folder.join("referral.ftl").display()
                ),
            ));
        }
    }
    problems
}
