//! The outcome of a test: what was measured, the referral and its reasons,
//! the topics to start from and the result code — computed once, then
//! rendered as it is by the result screen, its printed sheet, the
//! conseiller's fiche (from the code alone) and the embed's `completed`
//! message. Nothing else assembles a result.
//!
//! - Only measured domains have a level ([`repere_engine::evidence`]); the
//!   others are "not assessed" and give no strength, no weakness, no topic.
//! - The referral rules see only the measured domains.
//! - The topics are derived from what a code carries (measured levels and
//!   paths), so the result and the fiche of its code show the same ones.
//! - Where to go is computed from the venues when they are known
//!   ([`crate::places::where_to_go`] on [`Outcome::referral`]).

use crate::referral::{evaluate, Declarative, Path, Reason, Referral, ReferralInput, RuleSet};
use crate::result_code::{decode, encode, Overall, Precision, ResultCodeError, ResultSummary};
use repere_engine::{Bank, Session};

/// Most topics an outcome proposes.
pub const MAX_TOPICS: usize = 5;
/// Measured levels at or below this are "still hard".
pub const HARD_LEVEL: u8 = 2;
/// Measured levels at or above this are strengths.
pub const STRONG_LEVEL: u8 = 3;

/// A measured domain's level and its precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MeasuredLevel {
    pub level: u8,
    pub precision: Precision,
}

/// One domain of the bank, measured or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DomainOutcome {
    /// Domain id of the bank.
    pub domain: String,
    /// `None`: not assessed (the evidence rule was not met).
    pub measured: Option<MeasuredLevel>,
}

/// Everything a result shows, computed once.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// What the code carries: mode, paths, measured levels, overall position, day.
    pub summary: ResultSummary,
    /// The result code (canonical form).
    pub code: String,
    /// Every domain of the bank, in bank order.
    pub domains: Vec<DomainOutcome>,
    /// Measured domains at [`STRONG_LEVEL`] or above, in bank order.
    pub strengths: Vec<String>,
    /// Measured domains at [`HARD_LEVEL`] or below, lowest level first.
    pub hard: Vec<String>,
    /// At most [`MAX_TOPICS`] training topics, only when training is a path.
    pub topics: Vec<String>,
    /// Why: the rules' reasons (empty for an outcome read from a code, which
    /// carries none).
    pub reasons: Vec<Reason>,
    /// The thematics to record in the conseillers' activity report (the
    /// rules file's `report`): the diagnostic itself, then the hard domains'.
    pub report_themes: Vec<String>,
}

impl Outcome {
    /// The outcome of a finished (or stopped) session. `day`: days since
    /// 2024-01-01 from the caller's clock (this crate reads none).
    pub fn of_session(session: &Session, declarative: Declarative, rules: &RuleSet, day: Option<u16>) -> Outcome {
        let referral = evaluate(rules, &ReferralInput::from_session(session, declarative));
        let summary = ResultSummary::from_session(session, &referral, day);
        let code = encode(&summary);
        Outcome::assemble(summary, code, session.bank(), rules, referral.reasons)
    }

    /// The outcome a result code carries, read with the bank it was made
    /// with (forgiving about case, spaces and dashes, like [`decode`]).
    pub fn of_code(code: &str, bank: &Bank, rules: &RuleSet) -> Result<Outcome, ResultCodeError> {
        let ids: Vec<&str> = bank.domains.iter().map(|d| d.id.as_str()).collect();
        let summary = decode(code, &ids)?;
        let code = if summary.is_older_format() { code.trim().to_uppercase() } else { encode(&summary) };
        Ok(Outcome::assemble(summary, code, bank, rules, Vec::new()))
    }

    fn assemble(summary: ResultSummary, code: String, bank: &Bank, rules: &RuleSet, reasons: Vec<Reason>) -> Outcome {
        let domains: Vec<DomainOutcome> = bank
            .domains
            .iter()
            .zip(&summary.domains)
            .map(|(d, s)| DomainOutcome {
                domain: d.id.clone(),
                measured: s.measured.then_some(MeasuredLevel { level: s.level, precision: s.precision }),
            })
            .collect();
        let level = |d: &DomainOutcome| d.measured.map(|m| m.level);
        let strengths = domains.iter().filter(|d| level(d).is_some_and(|l| l >= STRONG_LEVEL)).map(|d| d.domain.clone()).collect();
        let mut hard: Vec<&DomainOutcome> = domains.iter().filter(|d| level(d).is_some_and(|l| l <= HARD_LEVEL)).collect();
        hard.sort_by_key(|d| level(d));
        let topics = if summary.paths().any(|p| p == Path::Training) { topics_for(bank, &hard) } else { Vec::new() };
        let hard: Vec<String> = hard.into_iter().map(|d| d.domain.clone()).collect();
        let report_themes = rules.report.for_domains(&hard);
        Outcome { summary, code, domains, strengths, hard, topics, reasons, report_themes }
    }

    /// The overall position (`None` for an older code).
    pub fn overall(&self) -> Option<Overall> {
        self.summary.overall
    }

    /// How many domains were measured.
    pub fn measured_count(&self) -> usize {
        self.domains.iter().filter(|d| d.measured.is_some()).count()
    }

    /// The referral as venue matching reads it.
    pub fn referral(&self) -> Referral {
        Referral {
            main: self.summary.main,
            complements: self.summary.complements.clone(),
            reasons: self.reasons.clone(),
            topics: self.topics.clone(),
            pass_numerique: self.summary.pass_numerique,
        }
    }

    /// Levels of the measured domains only (the embed's `completed` message).
    pub fn measured_levels(&self) -> Vec<(String, u8)> {
        self.domains.iter().filter_map(|d| Some((d.domain.clone(), d.measured?.level))).collect()
    }
}

/// Topics to start from: for each hard domain (hardest first), the topics of
/// its items at the person's level and the next one, easiest first; taken in
/// turn across domains so that several domains are served; at most
/// [`MAX_TOPICS`].
fn topics_for(bank: &Bank, hard: &[&DomainOutcome]) -> Vec<String> {
    let per_domain: Vec<Vec<&str>> = hard
        .iter()
        .map(|d| {
            let level = d.measured.map_or(1, |m| m.level);
            let mut items: Vec<_> = bank.items.iter().filter(|i| i.domain == d.domain && (level..=level + 1).contains(&i.level)).collect();
            items.sort_by_key(|i| i.level);
            let mut topics: Vec<&str> = Vec::new();
            for tag in items.iter().flat_map(|i| i.tags.iter()) {
                if bank.topics.iter().any(|t| &t.id == tag) && !topics.contains(&tag.as_str()) {
                    topics.push(tag);
                }
            }
            topics
        })
        .collect();
    let mut chosen: Vec<String> = Vec::new();
    for round in 0.. {
        let before = chosen.len();
        for topics in &per_domain {
            if let Some(t) = topics.iter().skip(round).find(|t| !chosen.iter().any(|c| c == *t)) {
                if chosen.len() < MAX_TOPICS {
                    chosen.push(t.to_string());
                }
            }
        }
        if chosen.len() == before || chosen.len() >= MAX_TOPICS {
            break;
        }
    }
    chosen
}

/// Claims a shown outcome makes about domains the session did not measure:
/// a level, a strength, a weakness for a domain with fewer scored answers
/// than the evidence rule asks. The simulation counts these (it must be 0).
pub fn claims_on_unmeasured(outcome: &Outcome, session: &Session) -> usize {
    let answered: Vec<usize> = session.estimates().iter().map(|e| e.items).collect();
    let unmeasured = |domain: &str| {
        outcome
            .domains
            .iter()
            .position(|d| d.domain == domain)
            .is_some_and(|i| answered[i] < repere_engine::evidence::MIN_ITEMS)
    };
    outcome.domains.iter().filter(|d| d.measured.is_some() && unmeasured(&d.domain)).count()
        + outcome.strengths.iter().filter(|d| unmeasured(d)).count()
        + outcome.hard.iter().filter(|d| unmeasured(d)).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use repere_engine::bank::Topic;
    use repere_engine::synthetic::SyntheticBank;
    use repere_engine::{Mode, Response};
    use std::sync::Arc;

    fn bank() -> Bank {
        let mut bank = SyntheticBank::new(12).build();
        for item in &mut bank.items {
            let topic = format!("{}-level{}", item.domain, item.level);
            if !bank.topics.iter().any(|t| t.id == topic) {
                bank.topics.push(Topic { id: topic.clone(), service: String::new() });
            }
            item.tags = vec![topic];
        }
        bank
    }

    fn rules() -> RuleSet {
        toml::from_str(include_str!("../../../assessments/referral.toml")).expect("the shipped rules parse")
    }

    /// A session answered right (`true`) or "I don't know" (`false`) by answer number.
    fn run(bank: &Bank, mode: Mode, seed: u64, right: impl Fn(usize) -> bool) -> Session {
        let mut s = Session::new(Arc::new(bank.clone()), mode, seed);
        let mut n = 0;
        while let Some(item) = s.current_item() {
            let pick = Response::Pick("right".into());
            let r = if right(n) && item.score(&pick).is_ok() { pick } else { Response::DontKnow };
            s.answer(r).unwrap();
            n += 1;
        }
        s
    }

    #[test]
    fn a_short_test_claims_nothing_about_unmeasured_domains() {
        let bank = bank();
        for seed in 0..40 {
            let s = run(&bank, Mode::Screening, seed, |n| n % 3 != 0);
            let o = Outcome::of_session(&s, Declarative::default(), &rules(), Some(1000));
            assert_eq!(claims_on_unmeasured(&o, &s), 0, "seed {seed}");
            for (d, e) in o.domains.iter().zip(s.estimates()) {
                assert_eq!(d.measured.is_some(), e.is_measured(), "seed {seed}, {}", d.domain);
            }
            assert!(o.topics.len() <= MAX_TOPICS);
        }
    }

    #[test]
    fn the_fiche_of_the_code_shows_the_same_outcome() {
        let bank = bank();
        for seed in 0..30 {
            let s = run(&bank, Mode::Profile, seed, |n| n % 2 == 1);
            let o = Outcome::of_session(&s, Declarative::default(), &rules(), Some(1064));
            let read = Outcome::of_code(&o.code.to_lowercase().replace('-', " "), &bank, &rules()).unwrap();
            assert_eq!(read.domains, o.domains);
            assert_eq!(read.topics, o.topics, "seed {seed}");
            assert_eq!(read.strengths, o.strengths);
            assert_eq!(read.hard, o.hard);
            assert_eq!(read.summary, o.summary);
            assert_eq!(read.code, o.code);
            assert_eq!(read.report_themes, o.report_themes);
            assert_eq!(read.report_themes.first().map(String::as_str), Some("Diagnostic numérique"));
            assert!(read.reasons.is_empty());
        }
    }

    #[test]
    fn no_extreme_verdict_on_fewer_answers_than_a_screening_minimum() {
        let bank = bank();
        let min = bank.settings.screening.min_items;
        for stop_after in 0..min {
            for right in [true, false] {
                let mut s = Session::new(Arc::new(bank.clone()), Mode::Profile, 11);
                for _ in 0..stop_after {
                    let item = s.current_item().unwrap();
                    let pick = Response::Pick("right".into());
                    let r = if right && item.score(&pick).is_ok() { pick } else { Response::DontKnow };
                    s.answer(r).unwrap();
                }
                s.finish_now();
                let o = Outcome::of_session(&s, Declarative::default(), &rules(), None);
                assert_eq!(o.summary.main, Path::Training, "{stop_after} answers, all right: {right}");
                if stop_after < repere_engine::evidence::MIN_ITEMS {
                    assert_eq!(o.measured_count(), 0, "nothing measured on {stop_after} answers");
                }
            }
        }
        // With enough answers, the engine's verdict stands.
        for right in [true, false] {
            let s = run(&bank, Mode::Profile, 3, |_| right);
            assert!(s.history().len() >= min);
            assert_eq!(crate::referral::verdict_path(&s), s.skill_path());
            assert_ne!(s.skill_path(), repere_engine::SkillPath::Train, "all right or all unknown is an extreme");
        }
    }

    #[test]
    fn strengths_and_hard_domains_come_only_from_measured_levels() {
        let bank = bank();
        let s = run(&bank, Mode::Profile, 3, |_| true);
        let o = Outcome::of_session(&s, Declarative::default(), &rules(), None);
        assert!(o.measured_count() > 0, "a full profile measures domains");
        for d in &o.strengths {
            let m = o.domains.iter().find(|x| &x.domain == d).unwrap().measured.unwrap();
            assert!(m.level >= STRONG_LEVEL);
        }
        assert!(o.hard.is_empty(), "all right: nothing hard");
        assert!(o.topics.is_empty() || o.summary.paths().any(|p| p == Path::Training));
    }
}
