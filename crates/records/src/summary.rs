//! The counts a venue screen or a territory report shows, and the rules that
//! keep them anonymous (reasoning in `docs/records.md`):
//!
//! - [`publishable`]: the rows that may be shown or exported — only weeks that
//!   are over (before the caller's current week) and hold at least [`K`]
//!   records; within a week, a language used by fewer than [`K`] records is
//!   written [`UNDETERMINED_LANGUAGE`]; in the canonical order.
//! - [`Summary::published`]: the counts of the weeks holding at least [`K`]
//!   records, every cell under [`K`] hidden ([`suppress`]), and languages
//!   under [`K`] pooled.

use crate::{sort_canonically, Mode, Path, Record, Week};
use std::collections::BTreeMap;

/// The smallest group shown: no displayed, exported or reported count, and
/// no week's rows, stands for fewer than K diagnostics.
pub const K: usize = 5;

/// The language written for a person whose language is rare in their week
/// (BCP 47 "undetermined").
pub const UNDETERMINED_LANGUAGE: &str = "und";

/// The index of a path in [`Path::ALL`].
pub fn path_index(path: Path) -> usize {
    Path::ALL.iter().position(|&p| p == path).unwrap_or(0)
}

/// Counts over some records.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub total: usize,
    /// Count per skill path, in [`Path::ALL`] order.
    pub by_path: [usize; 4],
    /// Records whose path is unknown (migrated from format 1 or 2).
    pub unknown_path: usize,
    /// Count per mode: screening, profile.
    pub by_mode: [usize; 2],
    /// Count per interface language.
    pub by_language: BTreeMap<String, usize>,
    /// Per domain id: how many records have level 1, 2, 3, 4.
    pub levels: BTreeMap<String, [usize; 4]>,
}

impl Counts {
    fn add(&mut self, r: &Record) {
        self.total += 1;
        match r.path {
            Some(p) => self.by_path[path_index(p)] += 1,
            None => self.unknown_path += 1,
        }
        self.by_mode[usize::from(r.mode == Mode::Profile)] += 1;
        *self.by_language.entry(r.language.clone()).or_default() += 1;
        for (domain, &level) in &r.levels {
            let slot = usize::from(level.clamp(1, 4) - 1);
            self.levels.entry(domain.clone()).or_default()[slot] += 1;
        }
    }

    fn merge(&mut self, other: &Counts) {
        self.total += other.total;
        for (x, y) in self.by_path.iter_mut().zip(other.by_path) {
            *x += y;
        }
        self.unknown_path += other.unknown_path;
        for (x, y) in self.by_mode.iter_mut().zip(other.by_mode) {
            *x += y;
        }
        for (l, n) in &other.by_language {
            *self.by_language.entry(l.clone()).or_default() += n;
        }
        for (d, counts) in &other.levels {
            let mine = self.levels.entry(d.clone()).or_default();
            for (x, y) in mine.iter_mut().zip(counts) {
                *x += y;
            }
        }
    }
}

/// Raw counts per ISO week (never shown as such: see [`Summary::published`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub weeks: BTreeMap<Week, Counts>,
}

/// A count as shown: `None` when hidden (under [`K`], or hidden so that a
/// hidden one cannot be recomputed from the total).
pub type Shown = Option<usize>;

/// Hide every count from 1 to k − 1; if exactly one is hidden, hide the
/// smallest other non-zero count too, so that the total minus the shown ones
/// never gives it back. Zeros stay shown.
pub fn suppress(counts: &[usize], k: usize) -> Vec<Shown> {
    let mut shown: Vec<Shown> = counts.iter().map(|&n| (n == 0 || n >= k).then_some(n)).collect();
    if shown.iter().filter(|s| s.is_none()).count() == 1 {
        if let Some(i) = (0..counts.len()).filter(|&i| shown[i].is_some_and(|n| n > 0)).min_by_key(|&i| counts[i]) {
            shown[i] = None;
        }
    }
    shown
}

/// One published week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedWeek {
    pub total: usize,
    pub by_path: [Shown; 4],
}

/// What may be shown: only weeks with at least [`K`] records, every cell
/// suppressed under [`K`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    /// Records in the published weeks (each ≥ K, so this is ≥ K or 0).
    pub total: usize,
    /// Whether some records are not shown yet (their week is under K, or not
    /// over). Never how many: that could be one person.
    pub withheld: bool,
    pub by_path: [Shown; 4],
    pub unknown_path: Shown,
    pub by_mode: [Shown; 2],
    /// Languages with at least K records; the others pooled under
    /// [`UNDETERMINED_LANGUAGE`] (itself hidden under K).
    pub by_language: BTreeMap<String, Shown>,
    pub levels: BTreeMap<String, [Shown; 4]>,
    pub weeks: BTreeMap<Week, PublishedWeek>,
}

fn array<const N: usize>(counts: &[usize; N]) -> [Shown; N] {
    let v = suppress(counts, K);
    std::array::from_fn(|i| v[i])
}

impl Summary {
    pub fn of<'a>(records: impl IntoIterator<Item = &'a Record>) -> Summary {
        let mut s = Summary::default();
        records.into_iter().for_each(|r| s.add(r));
        s
    }

    /// Count one more record (exports too large to hold are summed as read).
    pub fn add(&mut self, r: &Record) {
        self.weeks.entry(r.week).or_default().add(r);
    }

    /// Records counted, published or not.
    pub fn records(&self) -> usize {
        self.weeks.values().map(|c| c.total).sum()
    }

    /// The counts that may be shown: weeks before `current` (all when `None`)
    /// holding at least [`K`] records, every cell under [`K`] hidden.
    pub fn published(&self, current: Option<Week>) -> Published {
        let mut all = Counts::default();
        let mut weeks = BTreeMap::new();
        let mut withheld = false;
        for (week, c) in &self.weeks {
            if c.total < K || current.is_some_and(|now| *week >= now) {
                withheld = true;
                continue;
            }
            all.merge(c);
            weeks.insert(*week, PublishedWeek { total: c.total, by_path: array(&c.by_path) });
        }
        let mut languages: BTreeMap<String, usize> = BTreeMap::new();
        for (l, &n) in &all.by_language {
            let key = if n >= K { l.clone() } else { UNDETERMINED_LANGUAGE.to_string() };
            *languages.entry(key).or_default() += n;
        }
        let names: Vec<String> = languages.keys().cloned().collect();
        let counts: Vec<usize> = languages.values().copied().collect();
        let by_language = names.into_iter().zip(suppress(&counts, K)).collect();
        let mut paths = [0usize; 5];
        paths[..4].copy_from_slice(&all.by_path);
        paths[4] = all.unknown_path;
        let paths = suppress(&paths, K);
        Published {
            total: all.total,
            withheld,
            by_path: std::array::from_fn(|i| paths[i]),
            unknown_path: paths[4],
            by_mode: array(&all.by_mode),
            by_language,
            levels: all.levels.iter().map(|(d, c)| (d.clone(), array(c))).collect(),
            weeks,
        }
    }
}

/// The rows that may be shown or exported: records of weeks before `current`
/// (all when `None`) holding at least [`K`] records, a language used by fewer
/// than [`K`] of its week's records written [`UNDETERMINED_LANGUAGE`], in the
/// canonical order.
pub fn publishable(records: &[Record], current: Option<Week>) -> Vec<Record> {
    let mut per_week: BTreeMap<Week, (usize, BTreeMap<&str, usize>)> = BTreeMap::new();
    for r in records {
        let (n, langs) = per_week.entry(r.week).or_default();
        *n += 1;
        *langs.entry(r.language.as_str()).or_default() += 1;
    }
    let mut out: Vec<Record> = records
        .iter()
        .filter(|r| per_week[&r.week].0 >= K && current.is_none_or(|now| r.week < now))
        .map(|r| {
            let mut r = r.clone();
            if per_week[&r.week].1[r.language.as_str()] < K {
                r.language = UNDETERMINED_LANGUAGE.to_string();
            }
            r
        })
        .collect();
    sort_canonically(&mut out);
    out
}
