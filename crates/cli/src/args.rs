//! Small shared helpers for the `simulate` and `bench` subcommands: option
//! parsing with clear errors, and loading the bank to run (shipped or synthetic).

use repere_content::ContentRoot;
use repere_engine::synthetic::SyntheticBank;
use repere_engine::Bank;
use std::path::Path;
use std::sync::Arc;

/// A command-line mistake: printed with the usage, exit status 2.
#[derive(Debug, thiserror::Error)]
pub enum ArgError {
    #[error("unknown option '{}'", crate::escape::escape(.0))]
    Unknown(String),
    #[error("option '{}' needs a value", crate::escape::escape(.0))]
    Missing(String),
    #[error("option '{}': {}", crate::escape::escape(option), crate::escape::escape_lines(message))]
    Invalid { option: String, message: String },
    #[error("the bank at '{path}' has problems (run `repere validate {path}`):\n{details}")]
    Bank { path: String, details: String },
}

/// Options as `--name value` pairs and `--flag`s.
pub struct Options<'a> {
    words: &'a [&'a str],
    pos: usize,
}

impl<'a> Options<'a> {
    pub fn new(words: &'a [&'a str]) -> Self {
        Self { words, pos: 0 }
    }

    /// The next option name, or `None` at the end.
    pub fn next_option(&mut self) -> Option<&'a str> {
        let w = self.words.get(self.pos).copied();
        self.pos += 1;
        w
    }

    /// The value of the option just read.
    pub fn value(&mut self, option: &str) -> Result<&'a str, ArgError> {
        let v = self
            .words
            .get(self.pos)
            .copied()
            .filter(|v| !v.starts_with("--"));
        self.pos += 1;
        v.ok_or_else(|| ArgError::Missing(option.to_string()))
    }

    /// The value of the option just read, parsed.
    pub fn parsed<T: std::str::FromStr>(
        &mut self,
        option: &str,
        what: &str,
    ) -> Result<T, ArgError> {
        let v = self.value(option)?;
        v.parse().map_err(|_| ArgError::Invalid {
            option: option.to_string(),
            message: format!("expected {what}, got '{v}'"),
        })
    }
}

/// Load the bank at `path` (project root or `assessments/` folder) and check it.
pub fn load(path: &str) -> Result<Arc<Bank>, ArgError> {
    match repere_content::load_bank(&ContentRoot::find(Path::new(path)).assessments) {
        Ok((bank, _)) => Ok(Arc::new(bank)),
        Err(problems) => Err(ArgError::Bank {
            path: path.to_string(),
            details: problems
                .iter()
                .map(|p| format!("  {p}"))
                .collect::<Vec<_>>()
                .join("\n"),
        }),
    }
}

/// A synthetic bank of about `items` items over seven domains, with the
/// shipped bank's settings when they can be read.
pub fn synthetic(items: usize, settings_from: Option<&Bank>) -> Arc<Bank> {
    let mut recipe = SyntheticBank::with_total(items);
    if let Some(bank) = settings_from {
        recipe = recipe.settings(bank.settings.clone());
    }
    Arc::new(recipe.build())
}
