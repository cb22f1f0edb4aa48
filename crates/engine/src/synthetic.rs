//! Synthetic banks built in code, for tests, simulation in CI and benchmarks.
//!
//! A [`SyntheticBank`] describes a bank (domains, items per domain, content
//! rules) and [`SyntheticBank::build`] makes it deterministically from a seed.
//! Item parameters are realistic on purpose: discriminations drawn around 1.15
//! (median well under the bank limit of 1.5), difficulties spread evenly from
//! the floor (−2.6) to the top (+2.2), with a guessing floor on every third item.

use crate::bank::{Bank, Domain, Interaction, Item, ModeSettings, Settings, MAX_DISCRIMINATION, MIN_DISCRIMINATION};
use crate::levels::level_of;
use crate::simulate::standard_normal;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// The domain ids of the shipped bank, reused for the first seven domains.
const DOMAIN_IDS: [&str; 7] = ["device", "email", "job", "privacy", "facts", "shopping", "procedures"];

/// A recipe for a synthetic bank.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntheticBank {
    pub domains: usize,
    pub items_per_domain: usize,
    pub seed: u64,
    /// Prior loading of every domain on the general factor.
    pub loading: f64,
    /// Median discrimination (drawn log-normally around it, clamped to the bank's bounds).
    pub median_a: f64,
    /// The first domain's easiest item is a prerequisite.
    pub prerequisite: bool,
    /// In each domain, the 2nd and 3rd items are enemies.
    pub enemies: bool,
    /// In each domain, the 4th to 6th items are clones of one family.
    pub families: bool,
    pub settings: Settings,
}

/// The settings of the shipped `assessments/bank.toml`.
pub fn shipped_settings() -> Settings {
    Settings {
        level_cuts: [-1.0, 0.0, 1.0],
        referral_cuts: [-1.0, 0.5],
        screening: ModeSettings { min_items: 6, max_items: 12, decision_confidence: 0.85, ..ModeSettings::default() },
        profile: ModeSettings {
            min_items: 8,
            max_items: 30,
            level_confidence: 0.81,
            level_indifference: 0.5,
            decision_confidence: 0.75,
            min_items_per_domain: 1,
            floor_confidence: 0.8,
            ..ModeSettings::default()
        },
        randomesque: 3,
    }
}

impl SyntheticBank {
    /// Seven domains of `items_per_domain` items each, with every content rule
    /// represented, the shipped settings and prior loading 0.75.
    pub fn new(items_per_domain: usize) -> Self {
        Self {
            domains: 7,
            items_per_domain,
            seed: 1,
            loading: 0.75,
            median_a: 1.15,
            prerequisite: true,
            enemies: true,
            families: true,
            settings: shipped_settings(),
        }
    }

    /// A bank of about `total` items over seven domains.
    pub fn with_total(total: usize) -> Self {
        Self::new(total.div_ceil(7))
    }

    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    pub fn domains(mut self, domains: usize) -> Self {
        self.domains = domains;
        self
    }

    pub fn loading(mut self, loading: f64) -> Self {
        self.loading = loading;
        self
    }

    /// No prerequisite, enemies or families.
    pub fn without_rules(mut self) -> Self {
        self.prerequisite = false;
        self.enemies = false;
        self.families = false;
        self
    }

    pub fn settings(mut self, settings: Settings) -> Self {
        self.settings = settings;
        self
    }

    /// Build the bank.
    pub fn build(&self) -> Bank {
        let mut rng = StdRng::seed_from_u64(self.seed);
        let domains: Vec<Domain> = (0..self.domains)
            .map(|d| Domain {
                id: DOMAIN_IDS.get(d).map_or_else(|| format!("domain-{d}"), |s| s.to_string()),
                prior_mean: 0.0,
                prior_sd: 1.0,
                loading: self.loading,
                weight: 1.0,
            })
            .collect();
        let n = self.items_per_domain;
        let mut items = Vec::with_capacity(self.domains * n);
        for dom in &domains {
            for k in 0..n {
                let spread = if n > 1 { k as f64 / (n - 1) as f64 } else { 0.5 };
                let b = (-2.6 + 4.8 * spread + 0.15 * (rng.gen::<f64>() * 2.0 - 1.0)).clamp(-3.0, 2.5);
                let a = (self.median_a * (0.3 * standard_normal(&mut rng)).exp())
                    .clamp(MIN_DISCRIMINATION, MAX_DISCRIMINATION);
                let c = if k % 3 == 2 && k % 7 != 5 { 0.15 } else { 0.0 };
                let id = format!("{}-{k:03}", dom.id);
                let enemies =
                    if self.enemies && k == 1 && n > 2 { vec![format!("{}-{:03}", dom.id, 2)] } else { vec![] };
                let family = (self.families && (3..6).contains(&k) && n > 5).then(|| format!("{}-family", dom.id));
                items.push(Item {
                    id,
                    domain: dom.id.clone(),
                    level: level_of(b, &self.settings.level_cuts),
                    a,
                    b,
                    c,
                    // One typed answer per domain, so every response path is exercised.
                    interaction: if k % 7 == 5 {
                        Interaction::Entry { accept: vec!["right".into()] }
                    } else {
                        Interaction::Choice {
                            options: vec!["right".into(), "wrong".into(), "other".into()],
                            answer: "right".into(),
                        }
                    },
                    tags: vec![],
                    image: None,
                    enemies,
                    family,
                    prerequisite: false,
                });
            }
        }
        if self.prerequisite {
            if let Some(first) = items.first_mut() {
                first.prerequisite = true;
            }
        }
        Bank { settings: self.settings.clone(), domains, topics: vec![], items }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_banks_pass_the_bank_checks() {
        for n in [6, 25, 143] {
            let bank = SyntheticBank::new(n).build();
            assert_eq!(bank.check(), vec![], "{n} items per domain");
            assert_eq!(bank.items.len(), 7 * n);
        }
    }

    #[test]
    fn synthetic_banks_are_deterministic_and_seeded() {
        assert_eq!(SyntheticBank::new(10).build(), SyntheticBank::new(10).build());
        assert_ne!(SyntheticBank::new(10).seed(2).build(), SyntheticBank::new(10).build());
    }
}
