//! Calendar days (`YYYY-MM-DD`, no time of day) and ISO weeks.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar day of the proleptic Gregorian calendar, years 2000 to 9999.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    year: u16,
    month: u8,
    day: u8,
}

/// An ISO 8601 week: the year it belongs to and its number (1..=53).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Week {
    pub year: u16,
    pub week: u8,
}

impl fmt::Display for Week {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-W{:02}", self.year, self.week)
    }
}

impl Week {
    /// Read `YYYY-Www` exactly (`2026-W49`), a week that exists in that year.
    pub fn parse(text: &str) -> Result<Week, String> {
        let b = text.as_bytes();
        let bad = || format!("'{}' is not an ISO week written YYYY-Www (e.g. 2026-W49)", text.chars().take(40).collect::<String>().escape_default());
        if b.len() != 8 || b[4] != b'-' || b[5] != b'W' || !b[..4].iter().chain(&b[6..]).all(u8::is_ascii_digit) {
            return Err(bad());
        }
        let year = text[..4].parse::<u16>().unwrap_or(0);
        let week = text[6..].parse::<u8>().unwrap_or(0);
        if !(2000..=9999).contains(&year) {
            return Err(format!("year {year} is not between 2000 and 9999"));
        }
        let last = weeks_in_year(year);
        if !(1..=last).contains(&week) {
            return Err(format!("week {week} is not between 1 and {last} in {year}"));
        }
        Ok(Week { year, week })
    }
}

impl Serialize for Week {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Week {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Week, D::Error> {
        let text = String::deserialize(d)?;
        Week::parse(&text).map_err(serde::de::Error::custom)
    }
}

fn is_leap(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Day {
    /// A valid day, or a message saying what is wrong.
    pub fn new(year: u16, month: u8, day: u8) -> Result<Day, String> {
        if !(2000..=9999).contains(&year) {
            return Err(format!("year {year} is not between 2000 and 9999"));
        }
        if !(1..=12).contains(&month) {
            return Err(format!("month {month} is not between 1 and 12"));
        }
        let last = days_in_month(year, month);
        if !(1..=last).contains(&day) {
            return Err(format!("day {day} is not between 1 and {last} in {year}-{month:02}"));
        }
        Ok(Day { year, month, day })
    }

    /// Read `YYYY-MM-DD` exactly (no time, no other separator).
    pub fn parse(text: &str) -> Result<Day, String> {
        let b = text.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) || !digits(5..7) || !digits(8..10) {
            return Err(format!("'{}' is not a day written YYYY-MM-DD", text.escape_default()));
        }
        // Only ASCII digits from here, so the slices and parses cannot fail.
        let num = |r: std::ops::Range<usize>| text[r].parse::<u16>().unwrap_or(0);
        Day::new(num(0..4), num(5..7) as u8, num(8..10) as u8)
    }

    pub fn year(self) -> u16 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// 1 Monday … 7 Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (4).
        ((self.days_since_epoch() + 3).rem_euclid(7) + 1) as u8
    }

    /// The ISO 8601 week this day belongs to.
    pub fn week(self) -> Week {
        let ordinal = self.days_since_epoch() - Day { year: self.year, month: 1, day: 1 }.days_since_epoch() + 1;
        let week = (ordinal - i64::from(self.weekday()) + 10) / 7;
        if week < 1 {
            let prev = self.year - 1;
            Week { year: prev, week: weeks_in_year(prev) }
        } else if week > i64::from(weeks_in_year(self.year)) {
            Week { year: self.year + 1, week: 1 }
        } else {
            Week { year: self.year, week: week as u8 }
        }
    }
}

/// 52 or 53: a year has 53 ISO weeks when it starts on a Thursday, or on a
/// Wednesday in a leap year.
fn weeks_in_year(year: u16) -> u8 {
    let jan1 = Day { year, month: 1, day: 1 }.weekday();
    if jan1 == 4 || (jan1 == 3 && is_leap(year)) {
        53
    } else {
        52
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Day, D::Error> {
        let text = String::deserialize(d)?;
        Day::parse(&text).map_err(serde::de::Error::custom)
    }
}
