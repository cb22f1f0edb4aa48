//! The counts a venue screen or a territory report shows.

use crate::{Mode, Path, Record, Week};
use std::collections::BTreeMap;

/// Diagnostics of one ISO week.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WeekCounts {
    pub total: usize,
    /// Count per main path, in [`Path::ALL`] order.
    pub by_path: [usize; 4],
}

/// Counts over a set of records.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub total: usize,
    /// Count per main path, in [`Path::ALL`] order.
    pub by_path: [usize; 4],
    /// Count per mode: screening, profile.
    pub by_mode: [usize; 2],
    /// Count per interface language.
    pub by_language: BTreeMap<String, usize>,
    /// Per domain id: how many records have level 1, 2, 3, 4.
    pub levels: BTreeMap<String, [usize; 4]>,
    /// Per ISO week of the record's day, in time order.
    pub weeks: BTreeMap<Week, WeekCounts>,
}

/// The index of a path in [`Path::ALL`].
pub fn path_index(path: Path) -> usize {
    Path::ALL.iter().position(|&p| p == path).unwrap_or(0)
}

impl Summary {
    pub fn of<'a>(records: impl IntoIterator<Item = &'a Record>) -> Summary {
        let mut s = Summary::default();
        records.into_iter().for_each(|r| s.add(r));
        s
    }

    /// Count one more record (exports too large to hold are summed as read).
    pub fn add(&mut self, r: &Record) {
        let p = path_index(r.path);
        self.total += 1;
        self.by_path[p] += 1;
        self.by_mode[usize::from(r.mode == Mode::Profile)] += 1;
        *self.by_language.entry(r.language.clone()).or_default() += 1;
        for (domain, &level) in &r.levels {
            let slot = usize::from(level.clamp(1, 4) - 1);
            self.levels.entry(domain.clone()).or_default()[slot] += 1;
        }
        let week = self.weeks.entry(r.day.week()).or_default();
        week.total += 1;
        week.by_path[p] += 1;
    }
}
