//! The conseiller's fiche: what can be read from a result code alone, with the
//! bank it was made with — levels and precision per domain, the referral
//! paths, the domains still hard, and training topics to start from.
//!
//! The code carries no reasons, no topics and no declarative answers (see
//! `docs/result-code.md`); the fiche derives its "why" and its topics from the
//! levels only, and says so: the declarative answers (equipment, urgency)
//! that also shaped the referral must be asked again.

use crate::referral::Path;
use crate::result_code::{decode, Precision, ResultCodeError, ResultSummary};
use repere_engine::Bank;

/// Levels at or below this are "still hard" in a fiche.
pub const HARD_LEVEL: u8 = 2;

/// One domain's line of the fiche.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FicheDomain {
    /// Domain id of the bank.
    pub domain: String,
    pub level: u8,
    pub precision: Precision,
}

/// Everything a fiche shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fiche {
    pub summary: ResultSummary,
    /// In bank order.
    pub domains: Vec<FicheDomain>,
    /// Domains at level [`HARD_LEVEL`] or below, lowest level first (bank
    /// order among equals).
    pub hard: Vec<String>,
    /// Only when training is one of the paths: the topics of the items of the
    /// hard domains at the person's level or the next one, in bank topic
    /// order.
    pub topics: Vec<String>,
}

impl Fiche {
    /// Read a code (forgiving about case and spaces, like [`decode`]) made
    /// with `bank`.
    pub fn read(code: &str, bank: &Bank) -> Result<Fiche, ResultCodeError> {
        let ids: Vec<&str> = bank.domains.iter().map(|d| d.id.as_str()).collect();
        let summary = decode(code, &ids)?;
        let domains: Vec<FicheDomain> = bank
            .domains
            .iter()
            .zip(&summary.domains)
            .map(|(d, s)| FicheDomain { domain: d.id.clone(), level: s.level, precision: s.precision })
            .collect();
        let mut hard: Vec<&FicheDomain> = domains.iter().filter(|d| d.level <= HARD_LEVEL).collect();
        hard.sort_by_key(|d| d.level);
        let training = summary.paths().any(|p| p == Path::Training);
        let topics = if training {
            bank.topics
                .iter()
                .filter(|t| {
                    bank.items.iter().any(|item| {
                        item.tags.contains(&t.id)
                            && hard.iter().any(|d| d.domain == item.domain && item.level <= d.level + 1)
                    })
                })
                .map(|t| t.id.clone())
                .collect()
        } else {
            Vec::new()
        };
        let hard = hard.into_iter().map(|d| d.domain.clone()).collect();
        Ok(Fiche { summary, domains, hard, topics })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::result_code::{encode, DomainSummary};
    use repere_engine::synthetic::SyntheticBank;
    use repere_engine::bank::Topic;
    use repere_engine::Mode;

    fn code_for(bank: &Bank, levels: &[u8], main: Path) -> String {
        let ids: Vec<&str> = bank.domains.iter().map(|d| d.id.as_str()).collect();
        encode(&ResultSummary {
            mode: Mode::Profile,
            bank_fingerprint: crate::result_code::bank_fingerprint(&ids),
            domains: levels.iter().map(|&level| DomainSummary { level, precision: Precision::Good }).collect(),
            main,
            complements: vec![],
            pass_numerique: false,
            items_answered: 12,
        })
    }

    /// A synthetic bank whose items teach one topic per domain and level.
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

    #[test]
    fn hard_domains_and_topics_follow_the_levels() {
        let bank = bank();
        let n = bank.domains.len();
        let mut levels = vec![4u8; n];
        levels[1] = 1;
        levels[0] = 2;
        let code = code_for(&bank, &levels, Path::Training);
        let fiche = Fiche::read(&code.to_lowercase().replacen("-", "- ", 1), &bank).unwrap();
        assert_eq!(fiche.domains.len(), n);
        assert_eq!(fiche.hard, [bank.domains[1].id.clone(), bank.domains[0].id.clone()]);
        // Level 1 in domain 1 → its levels 1–2; level 2 in domain 0 → its levels 1–3.
        let (d0, d1) = (&bank.domains[0].id, &bank.domains[1].id);
        let mut expected: Vec<String> = [format!("{d0}-level1"), format!("{d0}-level2"), format!("{d0}-level3"), format!("{d1}-level1"), format!("{d1}-level2")]
            .into_iter()
            .filter(|t| bank.topics.iter().any(|b| &b.id == t))
            .collect();
        let order = |t: &String| bank.topics.iter().position(|b| &b.id == t);
        expected.sort_by_key(order);
        assert!(expected.len() >= 3, "the synthetic bank should have items at several levels");
        assert_eq!(fiche.topics, expected);
        // No training among the paths: no topics.
        let autonomous = Fiche::read(&code_for(&bank, &levels, Path::AidantsConnect), &bank).unwrap();
        assert!(autonomous.topics.is_empty());
        assert_eq!(autonomous.hard, fiche.hard);
    }

    #[test]
    fn a_code_of_another_bank_is_refused() {
        let bank = bank();
        let mut other = bank.clone();
        other.domains.pop();
        let code = code_for(&other, &vec![2; other.domains.len()], Path::Training);
        assert!(matches!(Fiche::read(&code, &bank), Err(ResultCodeError::OtherBank { .. })));
    }
}
