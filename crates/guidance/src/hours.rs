//! Opening hours written for people: the common subset of OpenStreetMap's
//! `opening_hours` syntax (what the national venue standard's `horaires`
//! holds) read into a week, then grouped into runs of days with the same
//! hours, which the app words in the person's language (`lundi au jeudi,
//! 9 h – 12 h 30`).
//!
//! Read: rules separated by `;`, each `DAYS TIMES`, `DAYS off` or `TIMES`
//! alone (every day); `DAYS` a comma list of days (`Mo`…`Su`) or ranges
//! (`Mo-Fr`, wrapping `Sa-Mo`); `TIMES` a comma list of `HH:MM-HH:MM`; a
//! later rule replaces an earlier one for its days (OSM's rule); `PH off`
//! (closed on public holidays) is noted; `24/7` is every day, all day.
//! Anything else (week numbers, months, comments, `PH` hours, `+`) is
//! [`None`]: the app then shows no hours rather than the raw value, and says
//! to ask the venue. Never panics, whatever the text.

/// A day of the week, Monday first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    Mo,
    Tu,
    We,
    Th,
    Fr,
    Sa,
    Su,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [Weekday::Mo, Weekday::Tu, Weekday::We, Weekday::Th, Weekday::Fr, Weekday::Sa, Weekday::Su];

    /// `mo` … `su`: the app's Fluent keys are `day-<id>`.
    pub fn id(self) -> &'static str {
        ["mo", "tu", "we", "th", "fr", "sa", "su"][self as usize]
    }

    fn parse(s: &str) -> Option<Weekday> {
        let i = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"].iter().position(|d| *d == s)?;
        Some(Weekday::ALL[i])
    }
}

/// A time of day, minutes after midnight (0..=1440; 1440 is midnight at the end of the day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time(pub u16);

impl Time {
    pub fn hour(self) -> u16 {
        self.0 / 60
    }
    pub fn minute(self) -> u16 {
        self.0 % 60
    }
}

/// Opening from `from` to `to` on the same day (`to` may be 1440).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Span {
    pub from: Time,
    pub to: Time,
}

impl Span {
    /// Open all day (00:00–24:00).
    pub fn is_all_day(self) -> bool {
        self.from.0 == 0 && self.to.0 == 1440
    }
}

/// Consecutive days (`first` to `last`, Monday-first order) with the same hours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayRun {
    pub first: Weekday,
    pub last: Weekday,
    pub spans: Vec<Span>,
}

/// A week of opening hours, ready to be worded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Week {
    /// Open days only, Monday first; days with the same hours as the day
    /// before are in the same run.
    pub runs: Vec<DayRun>,
    /// `PH off`: closed on public holidays.
    pub closed_public_holidays: bool,
}

/// Read an `opening_hours` value (see the module doc), or `None` when it uses
/// anything outside the subset or says nothing open.
pub fn read(text: &str) -> Option<Week> {
    let mut days: [Option<Vec<Span>>; 7] = Default::default();
    let mut closed_public_holidays = false;
    // Real data also writes `Mon`…`Sun` (the standard's own example: `Mo-Sun`).
    let text = crate::venues::with_short_day_names(text);
    let text = text.trim();
    if text.is_empty() || text.len() > 500 {
        return None;
    }
    if text == "24/7" {
        days = std::array::from_fn(|_| Some(vec![Span { from: Time(0), to: Time(1440) }]));
    } else {
        for rule in text.split(';').map(str::trim).filter(|r| !r.is_empty()) {
            if rule == "PH off" || rule == "PH closed" {
                closed_public_holidays = true;
                continue;
            }
            let (selector, hours) = match rule.split_once(' ') {
                Some((d, h)) if d.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) => (Some(d), h.trim()),
                _ => (None, rule),
            };
            let selected = match selector {
                Some(d) => days_of(d)?,
                None => [true; 7],
            };
            let spans = if hours == "off" || hours == "closed" { Vec::new() } else { spans_of(hours)? };
            for (day, on) in days.iter_mut().zip(selected) {
                if on {
                    *day = Some(spans.clone());
                }
            }
        }
    }
    let mut runs: Vec<DayRun> = Vec::new();
    for (i, day) in days.iter().enumerate() {
        let Some(spans) = day.as_ref().filter(|s| !s.is_empty()) else { continue };
        let weekday = Weekday::ALL[i];
        match runs.last_mut() {
            Some(run) if run.spans == *spans && run.last as usize + 1 == i => run.last = weekday,
            _ => runs.push(DayRun { first: weekday, last: weekday, spans: spans.clone() }),
        }
    }
    (!runs.is_empty()).then_some(Week { runs, closed_public_holidays })
}

/// `Mo-Fr`, `Tu,Th`, `Mo-We,Fr`, `Sa-Mo` → the selected days.
fn days_of(selector: &str) -> Option<[bool; 7]> {
    let mut selected = [false; 7];
    for part in selector.split(',') {
        match part.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (Weekday::parse(a)? as usize, Weekday::parse(b)? as usize);
                let mut i = a;
                loop {
                    selected[i] = true;
                    if i == b {
                        break;
                    }
                    i = (i + 1) % 7;
                }
            }
            None => selected[Weekday::parse(part)? as usize] = true,
        }
    }
    Some(selected)
}

/// `09:00-12:30,13:30-17:00` → spans, in order, not overlapping.
fn spans_of(hours: &str) -> Option<Vec<Span>> {
    let mut spans: Vec<Span> = Vec::new();
    for part in hours.split(',') {
        let (a, b) = part.trim().split_once('-')?;
        let (from, mut to) = (time_of(a)?, time_of(b)?);
        if to.0 == 0 {
            to = Time(1440);
        }
        if to <= from || spans.last().is_some_and(|last| last.to > from) {
            return None;
        }
        spans.push(Span { from, to });
    }
    Some(spans)
}

/// `HH:MM`, 00:00 to 24:00.
fn time_of(text: &str) -> Option<Time> {
    let bytes = text.as_bytes();
    if bytes.len() != 5 || bytes[2] != b':' || !bytes.iter().enumerate().all(|(i, b)| i == 2 || b.is_ascii_digit()) {
        return None;
    }
    let (h, m) = (u16::from(bytes[0] - b'0') * 10 + u16::from(bytes[1] - b'0'), u16::from(bytes[3] - b'0') * 10 + u16::from(bytes[4] - b'0'));
    (m < 60 && (h < 24 || (h == 24 && m == 0))).then_some(Time(h * 60 + m))
}

/// The week written back in the subset's canonical form (one rule per run):
/// `read(write(w)) == w` for every week `read` returns.
pub fn write(week: &Week) -> String {
    let mut rules: Vec<String> = week
        .runs
        .iter()
        .map(|run| {
            let days = if run.first == run.last {
                format!("{:?}", run.first)
            } else {
                format!("{:?}-{:?}", run.first, run.last)
            };
            let spans: Vec<String> = run
                .spans
                .iter()
                .map(|s| format!("{:02}:{:02}-{:02}:{:02}", s.from.hour(), s.from.minute(), s.to.hour(), s.to.minute()))
                .collect();
            format!("{days} {}", spans.join(","))
        })
        .collect();
    if week.closed_public_holidays {
        rules.push("PH off".into());
    }
    rules.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn t(h: u16, m: u16) -> Time {
        Time(h * 60 + m)
    }

    #[test]
    fn the_common_forms_are_read() {
        let week = read("Mo-Th 09:00-12:30,13:30-17:00; Sa 10:00-12:00").unwrap();
        assert_eq!(week.runs.len(), 2);
        assert_eq!((week.runs[0].first, week.runs[0].last), (Weekday::Mo, Weekday::Th));
        assert_eq!(week.runs[0].spans, [Span { from: t(9, 0), to: t(12, 30) }, Span { from: t(13, 30), to: t(17, 0) }]);
        assert_eq!((week.runs[1].first, week.runs[1].last), (Weekday::Sa, Weekday::Sa));
        let week = read("Tu,Th 09:30-12:00").unwrap();
        assert_eq!(week.runs.len(), 2, "Tuesday and Thursday are not consecutive");
        assert!(read("24/7").unwrap().runs[0].spans[0].is_all_day());
        assert!(read("Mo-Su 00:00-00:00").unwrap().runs[0].spans[0].is_all_day());
        assert!(read("Mo-Fr 08:30-16:30; PH off").unwrap().closed_public_holidays);
    }

    #[test]
    fn a_later_rule_replaces_an_earlier_one() {
        let week = read("Mo-Fr 09:00-12:30,14:00-17:00; Tu,We 09:00-12:30,14:00-18:00").unwrap();
        let days: Vec<(Weekday, Weekday)> = week.runs.iter().map(|r| (r.first, r.last)).collect();
        assert_eq!(days, [(Weekday::Mo, Weekday::Mo), (Weekday::Tu, Weekday::We), (Weekday::Th, Weekday::Fr)]);
        let week = read("Mo-Sa 09:00-18:00; We off").unwrap();
        assert_eq!(week.runs.len(), 2);
    }

    #[test]
    fn anything_outside_the_subset_is_refused() {
        for text in ["", "Mo-Fr", "Mo-Fr 9:00-12:00", "Jan-Mar Mo 10:00-12:00", "Mo 12:00-09:00", "Mo 09:00-12:00,11:00-13:00", "week 1-20 Mo 10:00-11:00", "Mo 10:00-11:00 \"sur rendez-vous\"", "Mo 25:00-26:00", "Mo off", "Lu 09:00-12:00", "Mo 09:00-12:00 || Tu 10:00-11:00", "Mo 1é:00-12:00"] {
            assert_eq!(read(text), None, "{text:?}");
        }
    }

    /// The venue standard's own examples, read in place: every `horaires`
    /// value in the valid files is in the subset and survives a round trip.
    #[test]
    fn the_standards_examples_are_read() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/venue-standard");
        assert!(dir.is_dir(), "the venue standard must be beside the repository: {}", dir.display());
        let mut seen = 0;
        for sub in ["valid", "valid-edge"] {
            for entry in std::fs::read_dir(dir.join(sub)).unwrap() {
                let text = std::fs::read_to_string(entry.unwrap().path()).unwrap_or_default();
                for value in text.split("\"horaires\":").skip(1).filter_map(|rest| rest.trim_start().strip_prefix('"')?.split('"').next()) {
                    let week = read(value).unwrap_or_else(|| panic!("a standard example is not read: {value:?}"));
                    assert_eq!(read(&write(&week)), Some(week), "{value:?}");
                    seen += 1;
                }
            }
        }
        assert!(seen >= 5, "only {seen} examples found");
    }

    fn day() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec!["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"])
    }

    proptest! {
        /// Generated values of the subset are read, and their canonical form
        /// reads back to the same week.
        #[test]
        fn generated_hours_round_trip(rules in prop::collection::vec((day(), day(), 0u16..22, 1u16..3, prop::bool::ANY), 1..5)) {
            let text: Vec<String> = rules
                .iter()
                .map(|(a, b, h, len, split)| {
                    if *split {
                        format!("{a}-{b} {h:02}:00-{:02}:30,{:02}:00-{:02}:00", h, h + len, (h + len + 1).min(24))
                    } else {
                        format!("{a}-{b} {h:02}:15-{:02}:45", h + len)
                    }
                })
                .collect();
            let text = text.join("; ");
            let week = read(&text);
            prop_assert!(week.is_some(), "not read: {}", text);
            let week = week.unwrap();
            prop_assert_eq!(read(&write(&week)), Some(week));
        }

        /// Any text: never a panic.
        #[test]
        fn any_text_never_panics(text in "\\PC{0,60}") {
            let _ = read(&text);
        }
    }
}
