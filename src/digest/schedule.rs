//! When the digest goes out: pure functions of the clock, the config and the last week
//! recorded as sent, so the daemon only has to ask.
//!
//! The digest sent in week W reports on week W-1, the last complete week. It is due from
//! the configured weekday and time of week W until the end of week W: a daemon that was
//! down at the scheduled time sends it on its next start that week; a week the daemon
//! missed entirely is skipped rather than sent late. The store records report weeks, so
//! at most one digest goes out per week.

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::week::IsoWeek;
use crate::config::DigestConfig;

/// The report week whose digest is due at `now` (unix seconds), or `None`: not yet time
/// this week, already sent, no recipients, or an unusable config.
pub fn due(now: i64, config: &DigestConfig, last_sent: Option<IsoWeek>) -> Option<IsoWeek> {
    if config.recipients.is_empty() {
        return None;
    }
    let tz = config.timezone_parsed().ok()?;
    let current = IsoWeek::of_unix(now, &tz);
    if now < slot(current, config, &tz)? {
        return None;
    }
    let report = current.prev();
    match last_sent {
        Some(last) if last >= report => None,
        _ => Some(report),
    }
}

/// When to ask [`due`] again: `now` if it is due, else the next scheduled moment (unix
/// seconds). `None` when there are no recipients or the config is unusable.
pub fn next_check(now: i64, config: &DigestConfig, last_sent: Option<IsoWeek>) -> Option<i64> {
    if due(now, config, last_sent).is_some() {
        return Some(now);
    }
    if config.recipients.is_empty() {
        return None;
    }
    let tz = config.timezone_parsed().ok()?;
    let current = IsoWeek::of_unix(now, &tz);
    let this = slot(current, config, &tz)?;
    if now < this {
        Some(this)
    } else {
        slot(current.next(), config, &tz)
    }
}

/// The moment the digest of `week` is (or was) scheduled: the configured weekday and time
/// of the following week. Unix seconds.
pub fn scheduled_for(week: IsoWeek, config: &DigestConfig) -> Option<i64> {
    let tz = config.timezone_parsed().ok()?;
    slot(week.next(), config, &tz)
}

/// The moment the digest of `week` describes: its scheduled time if that has passed, else
/// `now` (a preview of the week still in progress, or of the one not yet sent).
pub fn as_of(week: IsoWeek, config: &DigestConfig, now: i64) -> i64 {
    scheduled_for(week, config).map_or(now, |at| at.min(now))
}

/// The last complete week at `now`: what a preview shows unless told otherwise.
pub fn last_complete_week(now: i64, config: &DigestConfig) -> IsoWeek {
    let tz = config.timezone_parsed().unwrap_or(TimeZone::UTC);
    IsoWeek::of_unix(now, &tz).prev()
}

/// The configured weekday and time of `week` in `tz`, as unix seconds.
fn slot(week: IsoWeek, config: &DigestConfig, tz: &TimeZone) -> Option<i64> {
    let day: Date = week.day(config.weekday_parsed().ok()?);
    let time = config.time_parsed().ok()?;
    jiff::civil::DateTime::from_parts(day, time)
        .to_zoned_datetime(tz.clone())
        .ok()
        .map(|z| z.timestamp().as_second())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{DigestRecipient, DigestView};

    fn config(weekday: &str, time: &str) -> DigestConfig {
        DigestConfig {
            weekday: weekday.into(),
            time: time.into(),
            recipients: vec![DigestRecipient {
                address: "secretary@riverside.example.org".into(),
                view: DigestView::Full,
            }],
            ..DigestConfig::default()
        }
    }

    fn w(s: &str) -> IsoWeek {
        s.parse().unwrap()
    }

    // Monday 30 November 2026 is in 2026-W49 (GMT, so UTC = London).
    const MON_0759: i64 = 1_796_025_540;
    const MON_0800: i64 = 1_796_025_600;
    const WED_1200: i64 = MON_0800 + 2 * 86_400 + 4 * 3600;
    const SUN_2359: i64 = MON_0800 - 8 * 3600 + 7 * 86_400 - 60;

    #[test]
    fn due_from_the_scheduled_moment_until_the_end_of_the_week() {
        let c = config("monday", "08:00");
        assert_eq!(due(MON_0759, &c, Some(w("2026-W47"))), None);
        assert_eq!(due(MON_0800, &c, Some(w("2026-W47"))), Some(w("2026-W48")));
        // The daemon was down on Monday: Wednesday's start sends it.
        assert_eq!(due(WED_1200, &c, Some(w("2026-W47"))), Some(w("2026-W48")));
        assert_eq!(due(SUN_2359, &c, None), Some(w("2026-W48")));
        // Once recorded, not again.
        assert_eq!(due(WED_1200, &c, Some(w("2026-W48"))), None);
        // Next Monday, the next week is due.
        assert_eq!(
            due(MON_0800 + 7 * 86_400, &c, Some(w("2026-W48"))),
            Some(w("2026-W49"))
        );
        // No recipients, no digest.
        let none = DigestConfig::default();
        assert_eq!(due(WED_1200, &none, None), None);
        assert_eq!(next_check(WED_1200, &none, None), None);
    }

    #[test]
    fn next_check_points_at_the_next_slot() {
        let c = config("monday", "08:00");
        assert_eq!(next_check(MON_0759, &c, None), Some(MON_0800));
        assert_eq!(next_check(WED_1200, &c, None), Some(WED_1200));
        assert_eq!(
            next_check(WED_1200, &c, Some(w("2026-W48"))),
            Some(MON_0800 + 7 * 86_400)
        );
    }

    #[test]
    fn the_slot_follows_summer_time_and_other_weekdays() {
        // 2026-W27 (29 June - 5 July) is in BST: Friday 3 July 17:00 BST = 16:00 UTC.
        let c = config("friday", "17:00");
        let at = scheduled_for(w("2026-W26"), &c).unwrap();
        assert_eq!(at, 1_783_094_400);
        assert_eq!(due(at - 1, &c, None), None);
        assert_eq!(due(at, &c, None), Some(w("2026-W26")));
        assert_eq!(as_of(w("2026-W26"), &c, at + 999), at);
        assert_eq!(as_of(w("2026-W26"), &c, at - 5), at - 5);
        assert_eq!(last_complete_week(at, &c), w("2026-W26"));
    }
}
