//! Dates as a UK secretary writes them, in Europe/London time: "Monday 23 November 2026",
//! and the one-month deadline of a subject access request.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};

fn london() -> TimeZone {
    // The zone database is bundled (jiff's tzdb-bundle-always), so this cannot fail in
    // practice; UTC is the fallback that is at most one hour off.
    TimeZone::get("Europe/London").unwrap_or(TimeZone::UTC)
}

/// The calendar day in London of a unix time.
pub fn london_date(unix: i64) -> Date {
    let ts = Timestamp::from_second(unix).unwrap_or(Timestamp::UNIX_EPOCH);
    ts.to_zoned_datetime(london()).date()
}

/// "Monday 23 November 2026".
pub fn long_date(date: Date) -> String {
    date.strftime("%A %-d %B %Y").to_string()
}

/// "Mon, 23 Nov 2026 at 10:00": for the line above a quoted original.
pub fn quote_date(unix: i64) -> String {
    let ts = Timestamp::from_second(unix).unwrap_or(Timestamp::UNIX_EPOCH);
    ts.to_zoned_datetime(london())
        .strftime("%a, %-d %b %Y at %H:%M")
        .to_string()
}

/// The last day to answer a subject access request received on `received` (UK GDPR
/// Art. 12(3), ICO practice): the corresponding calendar date of the next month, or the
/// last day of that month when it has no such date (31 January -> 28/29 February). The
/// ICO also allows the next working day when it falls on a weekend; the branch is told the
/// calendar date, the earlier and safer of the two.
pub fn sar_deadline(received: Date) -> Date {
    received
        .checked_add(1.month())
        .unwrap_or_else(|_| received.last_of_month())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn the_deadline_is_the_same_day_next_month_or_its_last_day() {
        assert_eq!(sar_deadline(date(2026, 3, 3)), date(2026, 4, 3));
        assert_eq!(sar_deadline(date(2026, 1, 31)), date(2026, 2, 28));
        assert_eq!(sar_deadline(date(2028, 1, 30)), date(2028, 2, 29));
        assert_eq!(sar_deadline(date(2026, 3, 31)), date(2026, 4, 30));
        assert_eq!(sar_deadline(date(2026, 12, 15)), date(2027, 1, 15));
    }

    #[test]
    fn dates_are_written_in_london_time() {
        // 2026-06-30 23:30 UTC is already 1 July in London (BST).
        let d = london_date(1_782_862_200);
        assert_eq!(d, date(2026, 7, 1));
        assert_eq!(long_date(d), "Wednesday 1 July 2026");
        // 2026-11-23 10:00 UTC, GMT in winter.
        assert_eq!(quote_date(1_795_428_000), "Mon, 23 Nov 2026 at 10:00");
    }
}
