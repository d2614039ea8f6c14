//! ISO weeks in a time zone: the unit the digest reports on and records as sent.
//!
//! A week runs from Monday 00:00 to the next Monday 00:00 in the configured zone, so a
//! message sent at 23:30 on a Sunday in British Summer Time belongs to that Sunday's week
//! even though it is already Monday in UTC.

use std::fmt;
use std::str::FromStr;

use jiff::civil::{Date, ISOWeekDate, Weekday};
use jiff::tz::TimeZone;
use jiff::Timestamp;

/// The years whose weeks the digest reports on: its statistics look eight weeks back and a
/// week ahead, and jiff's calendar ends with 9999, so 9999-W52 made `next()` panic; before
/// 1970 there is no mail to count (times clamp to the epoch).
pub const YEARS: std::ops::RangeInclusive<i16> = 1970..=9998;

/// An ISO 8601 week, written `2026-W48`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoWeek {
    year: i16,
    week: i8,
}

impl IsoWeek {
    /// The week `week` of ISO year `year`, if it exists (week 53 exists only in some years)
    /// and the year is one of [`YEARS`].
    pub fn new(year: i16, week: i8) -> Option<IsoWeek> {
        if !YEARS.contains(&year) {
            return None;
        }
        ISOWeekDate::new(year, week, Weekday::Monday)
            .ok()
            .map(|_| IsoWeek { year, week })
    }

    /// The first week a digest can be asked for.
    pub fn first() -> IsoWeek {
        IsoWeek {
            year: *YEARS.start(),
            week: 1,
        }
    }

    /// The last week a digest can be asked for (28 December is always in its year's last).
    pub fn last() -> IsoWeek {
        IsoWeek::of_date(Date::new(*YEARS.end(), 12, 28).expect("a valid date"))
    }

    /// This week, or an error naming the accepted range: weeks computed from a date (as
    /// `--now` gives) may fall outside it.
    pub fn checked(self) -> Result<IsoWeek, String> {
        if (IsoWeek::first()..=IsoWeek::last()).contains(&self) {
            Ok(self)
        } else {
            Err(format!("week {self} is out of range: {}", range()))
        }
    }

    pub fn year(self) -> i16 {
        self.year
    }

    pub fn week(self) -> i8 {
        self.week
    }

    /// The week a civil date falls in.
    pub fn of_date(date: Date) -> IsoWeek {
        let iwd = date.iso_week_date();
        IsoWeek {
            year: iwd.year(),
            week: iwd.week(),
        }
    }

    /// The week a moment falls in, seen in `tz`.
    pub fn of(at: Timestamp, tz: &TimeZone) -> IsoWeek {
        IsoWeek::of_date(at.to_zoned_datetime(tz.clone()).date())
    }

    /// The week a unix time (seconds) falls in, seen in `tz`.
    pub fn of_unix(secs: i64, tz: &TimeZone) -> IsoWeek {
        IsoWeek::of(unix(secs), tz)
    }

    /// The given day of this week.
    pub fn day(self, weekday: Weekday) -> Date {
        ISOWeekDate::new(self.year, self.week, weekday)
            .expect("an IsoWeek is always a valid week")
            .date()
    }

    /// Monday of this week.
    pub fn monday(self) -> Date {
        self.day(Weekday::Monday)
    }

    /// Sunday of this week.
    pub fn sunday(self) -> Date {
        self.day(Weekday::Sunday)
    }

    /// Monday 00:00 of this week in `tz`, as unix seconds.
    pub fn start(self, tz: &TimeZone) -> i64 {
        midnight(self.monday(), tz)
    }

    /// Monday 00:00 of the following week in `tz`, as unix seconds (exclusive end).
    pub fn end(self, tz: &TimeZone) -> i64 {
        self.next().start(tz)
    }

    /// Whether unix time `secs` falls in this week in `tz`.
    pub fn contains(self, secs: i64, tz: &TimeZone) -> bool {
        (self.start(tz)..self.end(tz)).contains(&secs)
    }

    /// The week `n` weeks before this one.
    pub fn minus(self, n: i32) -> IsoWeek {
        let monday = self
            .monday()
            .checked_add(jiff::Span::new().days(-7 * i64::from(n)))
            .expect("weeks within jiff's range");
        IsoWeek::of_date(monday)
    }

    pub fn prev(self) -> IsoWeek {
        self.minus(1)
    }

    pub fn next(self) -> IsoWeek {
        self.minus(-1)
    }
}

impl fmt::Display for IsoWeek {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-W{:02}", self.year, self.week)
    }
}

impl FromStr for IsoWeek {
    type Err = String;

    /// Reads `2026-W48` (also `2026-w48` and `2026W48`), of a year in [`YEARS`].
    fn from_str(s: &str) -> Result<IsoWeek, String> {
        let bad = || format!("{s:?} is not an ISO week: write it as 2026-W48");
        let upper = s.trim().to_ascii_uppercase();
        let (year, week) = upper.split_once('W').ok_or_else(bad)?;
        let digits = |t: &str, n: std::ops::RangeInclusive<usize>| {
            n.contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
        };
        let year = year.strip_suffix('-').unwrap_or(year);
        if !digits(year, 4..=4) || !digits(week, 1..=2) {
            return Err(bad());
        }
        let year: i16 = year.parse().map_err(|_| bad())?;
        let week: i8 = week.parse().map_err(|_| bad())?;
        if !YEARS.contains(&year) {
            return Err(format!("{s:?} is out of range: {}", range()));
        }
        IsoWeek::new(year, week).ok_or_else(|| format!("{s:?}: year {year} has no week {week}"))
    }
}

/// The accepted weeks, for messages.
fn range() -> String {
    format!(
        "weeks from {} to {} are accepted",
        IsoWeek::first(),
        IsoWeek::last()
    )
}

/// A unix time (seconds) as a jiff timestamp; out-of-range values clamp to the epoch.
pub fn unix(secs: i64) -> Timestamp {
    Timestamp::from_second(secs).unwrap_or(Timestamp::UNIX_EPOCH)
}

/// 00:00 of `date` in `tz` (or the first moment of that day, if a transition skips it).
pub fn midnight(date: Date, tz: &TimeZone) -> i64 {
    date.to_zoned_datetime(tz.clone())
        .map(|z| z.timestamp().as_second())
        .expect("dates of ISO weeks are within jiff's range")
}

/// The civil date of unix time `secs` in `tz`.
pub fn local_date(secs: i64, tz: &TimeZone) -> Date {
    unix(secs).to_zoned_datetime(tz.clone()).date()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn london() -> TimeZone {
        jiff::tz::db().get("Europe/London").unwrap()
    }

    #[test]
    fn parses_and_prints_weeks() {
        let w: IsoWeek = "2026-W48".parse().unwrap();
        assert_eq!((w.year(), w.week()), (2026, 48));
        assert_eq!(w.to_string(), "2026-W48");
        assert_eq!(
            "2026w05".parse::<IsoWeek>().unwrap().to_string(),
            "2026-W05"
        );
        assert!("2026-W54".parse::<IsoWeek>().is_err());
        assert!("2025-W53".parse::<IsoWeek>().is_err());
        assert!("2026-W53".parse::<IsoWeek>().is_ok());
        assert!("next week".parse::<IsoWeek>().is_err());
    }

    #[test]
    fn weeks_out_of_range_are_errors_not_panics() {
        let err = |s: &str| s.parse::<IsoWeek>().unwrap_err();
        assert_eq!(
            err("9999-W52"),
            "\"9999-W52\" is out of range: weeks from 1970-W01 to 9998-W53 are accepted"
        );
        assert!(err("1969-W01").contains("out of range"));
        assert!(err("0000-W01").contains("out of range"));
        for bad in [
            "-9999-W02",
            "+2026-W01",
            "2026-W+5",
            "2026-W-1",
            "2026-W001",
            "99999-W01",
        ] {
            assert!(
                err(bad).contains("is not an ISO week"),
                "{bad}: {}",
                err(bad)
            );
        }
        // The ends of the range can go where the digest goes: eight weeks back, one ahead.
        let (first, last) = (IsoWeek::first(), IsoWeek::last());
        assert_eq!(last.to_string(), "9998-W53");
        assert_eq!(last.next().to_string(), "9999-W01");
        assert_eq!(first.minus(8).to_string(), "1969-W45");
        assert!(last.end(&london()) > last.start(&london()));
        assert!(first.checked().is_ok() && last.checked().is_ok());
        assert_eq!(
            last.next().checked().unwrap_err(),
            "week 9999-W01 is out of range: weeks from 1970-W01 to 9998-W53 are accepted"
        );
    }

    #[test]
    fn weeks_cross_years_as_iso_says() {
        // 1 January 2027 is a Friday: it belongs to 2026-W53.
        assert_eq!(IsoWeek::of_date(date(2027, 1, 1)).to_string(), "2026-W53");
        assert_eq!(IsoWeek::of_date(date(2027, 1, 4)).to_string(), "2027-W01");
        let w: IsoWeek = "2027-W01".parse().unwrap();
        assert_eq!(w.prev().to_string(), "2026-W53");
        assert_eq!(w.prev().next(), w);
        assert_eq!(w.minus(4).to_string(), "2026-W50");
        assert_eq!(w.monday(), date(2027, 1, 4));
        assert_eq!(w.sunday(), date(2027, 1, 10));
    }

    #[test]
    fn week_bounds_follow_the_zone() {
        let tz = london();
        // 2026-W13: Monday 23 March to Sunday 29 March; BST starts at 01:00 UTC on the 29th.
        let w: IsoWeek = "2026-W13".parse().unwrap();
        assert_eq!(w.start(&tz), 1_774_224_000); // 2026-03-23T00:00:00Z (GMT)
        assert_eq!(w.end(&tz), 1_774_825_200); // 2026-03-29T23:00:00Z = 30 March 00:00 BST
                                               // Sunday 29 March 23:30 BST is 22:30 UTC: still W13.
        assert!(w.contains(1_774_823_400, &tz));
        assert_eq!(IsoWeek::of_unix(1_774_823_400, &tz), w);
        // In UTC the same instant is also Sunday; an hour later it is W14 in London.
        assert_eq!(IsoWeek::of_unix(1_774_825_200, &tz).to_string(), "2026-W14");
    }
}
