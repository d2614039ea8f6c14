//! The figures of one week's digest, computed from message records alone (no I/O).
//!
//! Decisions, so the numbers can be checked by hand:
//! - A message belongs to the week of its Date header (`MessageRecord::when`), in the
//!   configured zone: `arrived` is when postbag saw it, which after a first sync or a
//!   stopped daemon says nothing about when it was written.
//! - The same Message-ID stored in two folders (a copy made by a mark, a message in INBOX
//!   and Sent) counts once. Messages dated after `as_of` are left out.
//! - Mail from the secretary's own addresses (including what was synced from Sent) is not
//!   counted as incoming: it is what answers a thread.
//! - A thread waits for the secretary from its first incoming message after the secretary's
//!   last message in it; categories in `no_reply_categories` never wait. Campaign letters
//!   are shown as their campaign, not one by one (in waiting and complaints).
//! - Busiest correspondents and first-time senders leave out `bulk` mail (newsletters,
//!   auto-replies): those are not people writing to the secretary.
//! - Standing items (waiting, overdue, SARs, complaints) are as of `as_of`, normally the
//!   moment the digest is built.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use jiff::civil::Date;

use super::campaign;
use super::week::{local_date, IsoWeek};
use crate::reply::dates::sar_deadline;
use crate::store::{normalize_email, MessageRecord};

pub use super::figures::*;

/// Computes the digest's figures from every stored record.
pub fn compute(records: &[MessageRecord], p: &Params) -> Stats {
    let msgs = dedupe(records, p.as_of);
    let is_own = |m: &MessageRecord| {
        m.from
            .as_ref()
            .is_some_and(|a| p.own.contains(&normalize_email(&a.email)))
    };
    let weeks: Vec<IsoWeek> = (0..HISTORY_WEEKS as i32)
        .rev()
        .map(|n| p.week.minus(n))
        .collect();
    let (start, end) = (p.week.start(&p.tz), p.week.end(&p.tz));
    let in_week = |m: &MessageRecord| (start..end).contains(&m.when());
    let incoming: Vec<&MessageRecord> = msgs.iter().copied().filter(|m| !is_own(m)).collect();

    // Counts per category and week.
    let mut by_cat: BTreeMap<(usize, String), Vec<u64>> = CATEGORY_ORDER
        .iter()
        .map(|c| (category_rank(c), vec![0; HISTORY_WEEKS]))
        .collect();
    for m in &incoming {
        let w = IsoWeek::of_unix(m.when(), &p.tz);
        if let Some(i) = weeks.iter().position(|x| *x == w) {
            by_cat
                .entry(category_rank(&m.category))
                .or_insert_with(|| vec![0; HISTORY_WEEKS])[i] += 1;
        }
    }
    let categories: Vec<CategoryCounts> = by_cat
        .into_iter()
        .map(|((_, name), counts)| CategoryCounts { name, counts })
        .collect();
    let totals = (0..HISTORY_WEEKS)
        .map(|i| categories.iter().map(|c| c.counts[i]).sum())
        .collect();
    let sent = msgs.iter().filter(|m| is_own(m) && in_week(m)).count() as u64;

    // Campaigns among the week's incoming mail (newsletters and threats are never one).
    let week_mail: Vec<&MessageRecord> = incoming
        .iter()
        .copied()
        .filter(|m| in_week(m) && m.category != "bulk" && m.category != "safety")
        .collect();
    let groups = campaign::group(&week_mail, p.campaign_similarity, p.campaign_min_senders);
    let in_campaign: BTreeSet<_> = groups
        .iter()
        .flatten()
        .map(|m| (&m.key, m.message_id.as_deref()))
        .collect();
    let campaign_member =
        |m: &MessageRecord| in_campaign.contains(&(&m.key, m.message_id.as_deref()));

    // Threads: every deduped message by thread, oldest first.
    let mut threads: BTreeMap<u64, Vec<&MessageRecord>> = BTreeMap::new();
    for m in &msgs {
        threads.entry(m.thread_id).or_default().push(m);
    }
    for t in threads.values_mut() {
        t.sort_by_key(|m| (m.when(), m.key.clone()));
    }
    let replied_after = |m: &MessageRecord| -> Option<i64> {
        threads[&m.thread_id]
            .iter()
            .filter(|r| is_own(r) && r.when() > m.when())
            .map(|r| r.when())
            .min()
    };
    let days_since = |t: i64| (p.as_of - t).max(0) / 86_400;

    let mut waiting = Vec::new();
    let mut complaints = Vec::new();
    for (&id, t) in &threads {
        let last_reply = t.iter().filter(|m| is_own(m)).map(|m| m.when()).max();
        let subject = crate::mail::strip_subject(&t[0].subject);
        let unanswered: Vec<&&MessageRecord> = t
            .iter()
            .filter(|m| !is_own(m) && last_reply.is_none_or(|r| m.when() > r))
            .filter(|m| !p.no_reply.contains(&m.category) && !campaign_member(m))
            .collect();
        if let Some(first) = unanswered.first() {
            let category = unanswered
                .iter()
                .map(|m| category_rank(&m.category))
                .min()
                .map(|(_, c)| c)
                .unwrap_or_default();
            waiting.push(Waiting {
                thread_id: id,
                subject: subject.clone(),
                overdue_after: p.overdue_days.get(&category).copied(),
                category,
                from: person(first),
                since: first.when(),
                days: days_since(first.when()),
                unanswered: unanswered.len(),
            });
        }
        let complaint_msgs: Vec<&&MessageRecord> = t
            .iter()
            .filter(|m| !is_own(m) && m.category == "complaint" && !campaign_member(m))
            .collect();
        if let Some(latest) = complaint_msgs.last() {
            let standing = match replied_after(latest) {
                Some(at) => Standing::Replied { at },
                None => {
                    let since = complaint_msgs
                        .iter()
                        .find(|m| last_reply.is_none_or(|r| m.when() > r))
                        .map_or(latest.when(), |m| m.when());
                    Standing::Waiting {
                        since,
                        days: days_since(since),
                    }
                }
            };
            let this_week = complaint_msgs.iter().any(|m| in_week(m));
            if this_week || matches!(standing, Standing::Waiting { .. }) {
                complaints.push(Complaint {
                    subject: subject.clone(),
                    from: person(latest),
                    received: latest.when(),
                    standing,
                });
            }
        }
    }
    waiting.sort_by_key(|w| (w.since, w.thread_id));
    complaints.sort_by_key(|c| (c.received, c.subject.clone()));

    let safety = incoming
        .iter()
        .filter(|m| m.category == "safety" && in_week(m))
        .map(|m| Item {
            when: m.when(),
            subject: m.subject.clone(),
            from: person(m),
            snippet: m.snippet.clone(),
        })
        .collect();

    let today = local_date(p.as_of, &p.tz);
    let mut sars: Vec<Sar> = incoming
        .iter()
        .filter(|m| is_sar(m, &p.sar_rules))
        .map(|m| {
            let received = local_date(m.when(), &p.tz);
            let deadline = sar_deadline(received);
            Sar {
                subject: m.subject.clone(),
                from: person(m),
                received,
                deadline,
                days_left: days_between(today, deadline),
                replied: replied_after(m).is_some(),
            }
        })
        .filter(|s| !s.replied || s.deadline >= p.week.monday())
        .collect();
    sars.sort_by_key(|s| (s.deadline, s.subject.clone()));

    // Newsletters and auto-replies are not correspondents.
    let people: Vec<&MessageRecord> = incoming
        .iter()
        .copied()
        .filter(|m| m.category != "bulk")
        .collect();
    let campaigns = groups
        .iter()
        .map(|g| campaign::summarise(g, |m| replied_after(m).is_some()))
        .collect();

    Stats {
        week: p.week,
        as_of: p.as_of,
        weeks,
        categories,
        totals,
        sent,
        waiting,
        safety,
        sars,
        complaints,
        busiest: busiest(&people, &in_week, p.busiest),
        campaigns,
        first_time: first_time(&people, start, end),
        problems: Vec::new(),
        away_from_safety: Vec::new(),
    }
}

/// One record per Message-ID (the first by key), none dated after `as_of`.
fn dedupe(records: &[MessageRecord], as_of: i64) -> Vec<&MessageRecord> {
    let mut seen = BTreeSet::new();
    let mut sorted: Vec<&MessageRecord> = records.iter().filter(|m| m.when() < as_of).collect();
    sorted.sort_by(|a, b| a.key.cmp(&b.key));
    sorted.retain(|m| match &m.message_id {
        Some(id) => seen.insert(id.clone()),
        None => true,
    });
    sorted
}

fn person(m: &MessageRecord) -> Option<Person> {
    m.from.as_ref().map(|a| Person {
        email: normalize_email(&a.email),
        name: a.name.clone().filter(|n| !n.trim().is_empty()),
    })
}

/// A data-protection message is a subject access request when one of `sar_rules` matched
/// it, or its subject says so ("subject access", "SAR", "DSAR").
pub fn is_sar(m: &MessageRecord, sar_rules: &BTreeSet<String>) -> bool {
    if m.category != "data-protection" {
        return false;
    }
    if m.rules.iter().any(|r| sar_rules.contains(r)) {
        return true;
    }
    let subject = m.subject.to_lowercase();
    subject.contains("subject access")
        || subject
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| w == "sar" || w == "dsar")
}

fn days_between(from: Date, to: Date) -> i64 {
    from.until(to).map_or(0, |s| i64::from(s.get_days()))
}

fn busiest(
    incoming: &[&MessageRecord],
    in_week: &dyn Fn(&MessageRecord) -> bool,
    limit: usize,
) -> Vec<Busiest> {
    let mut by: HashMap<String, Busiest> = HashMap::new();
    for m in incoming.iter().filter(|m| in_week(m)) {
        let Some(p) = person(m) else { continue };
        let b = by.entry(p.email.clone()).or_insert_with(|| Busiest {
            person: p.clone(),
            messages: 0,
            categories: BTreeMap::new(),
        });
        if b.person.name.is_none() {
            b.person.name = p.name;
        }
        b.messages += 1;
        *b.categories.entry(m.category.clone()).or_default() += 1;
    }
    let mut all: Vec<Busiest> = by.into_values().filter(|b| b.messages >= 2).collect();
    all.sort_by(|a, b| {
        b.messages
            .cmp(&a.messages)
            .then(a.person.email.cmp(&b.person.email))
    });
    all.truncate(limit);
    all
}

fn first_time(incoming: &[&MessageRecord], start: i64, end: i64) -> Vec<Person> {
    let mut first: BTreeMap<String, (i64, Person)> = BTreeMap::new();
    for m in incoming {
        let Some(p) = person(m) else { continue };
        let e = first
            .entry(p.email.clone())
            .or_insert((m.when(), p.clone()));
        if m.when() < e.0 {
            *e = (m.when(), p);
        }
    }
    first
        .into_values()
        .filter(|(t, _)| (start..end).contains(t))
        .map(|(_, p)| p)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::DigestConfig;
    use crate::store::{Address, MessageKey};
    use jiff::civil::date;
    use jiff::tz::TimeZone;

    const SEC: &str = "secretary@riverside.example.org";

    fn tz() -> TimeZone {
        jiff::tz::db().get("Europe/London").unwrap()
    }

    /// Unix seconds of a London wall-clock time in November/December 2026.
    fn at(month: i8, day: i8, hour: i8) -> i64 {
        date(2026, month, day)
            .at(hour, 0, 0, 0)
            .to_zoned_datetime(tz())
            .unwrap()
            .timestamp()
            .as_second()
    }

    fn rec(uid: u32, thread: u64, from: &str, category: &str, when: i64) -> MessageRecord {
        MessageRecord {
            key: MessageKey::new("INBOX", 1, uid),
            message_id: Some(format!("m{uid}@x")),
            in_reply_to: vec![],
            references: vec![],
            from: Some(Address {
                name: None,
                email: from.into(),
            }),
            to: vec![],
            cc: vec![],
            subject: format!("subject {thread}"),
            date: Some(when),
            arrived: when + 60,
            size: 100,
            category: category.into(),
            priority: 0,
            score: 10,
            rules: vec![],
            snippet: String::new(),
            thread_id: thread,
            minhash: vec![],
            safety_level: None,
        }
    }

    fn params(as_of: i64) -> Params {
        let mut config = DigestConfig::default();
        config.overdue_days.insert("complaint".into(), 7);
        Params::new(&config, &[SEC.into()], "2026-W48".parse().unwrap(), as_of).unwrap()
    }

    #[test]
    fn counts_by_week_of_the_date_header_once_per_message_id() {
        let mut rs = vec![
            rec(1, 1, "a@x.org", "query", at(11, 23, 9)),
            rec(2, 2, "b@x.org", "query", at(11, 29, 23)), // Sunday night: still W48
            rec(3, 3, "c@x.org", "complaint", at(11, 16, 9)), // W47
            rec(4, 4, "d@x.org", "bulk", at(10, 5, 9)),    // W41: in the chart only
            rec(5, 5, SEC, "other", at(11, 24, 9)),        // ours: sent, not received
            rec(6, 6, "e@x.org", "query", at(11, 30, 9)),  // after as_of
        ];
        let mut copy = rs[0].clone();
        copy.key = MessageKey::new("postbag/query", 1, 1);
        rs.push(copy);
        let s = compute(&rs, &params(at(11, 30, 8)));
        assert_eq!(s.weeks.len(), HISTORY_WEEKS);
        assert_eq!(s.weeks[0].to_string(), "2026-W41");
        assert_eq!(s.count("query"), 2);
        assert_eq!(s.totals, vec![1, 0, 0, 0, 0, 0, 1, 2]);
        let complaint = s.categories.iter().find(|c| c.name == "complaint").unwrap();
        assert_eq!(complaint.counts[6], 1);
        assert_eq!(s.categories[0].name, "safety");
        assert_eq!(s.categories.len(), CATEGORY_ORDER.len());
        assert_eq!(s.sent, 1);
        let emails: Vec<_> = s.first_time.iter().map(|p| p.email.as_str()).collect();
        assert_eq!(emails, ["a@x.org", "b@x.org"]);
    }

    #[test]
    fn waiting_starts_after_the_secretarys_last_message() {
        let rs = vec![
            // Thread 1: complaint, answered, then a follow-up that waits.
            rec(1, 1, "a@x.org", "complaint", at(11, 2, 9)),
            rec(2, 1, SEC, "other", at(11, 3, 9)),
            rec(3, 1, "a@x.org", "complaint", at(11, 20, 9)),
            // Thread 2: a query answered: not waiting.
            rec(4, 2, "b@x.org", "query", at(11, 24, 9)),
            rec(5, 2, SEC, "other", at(11, 24, 12)),
            // Thread 3: a newsletter: never waits.
            rec(6, 3, "news@x.org", "bulk", at(11, 25, 9)),
            // Thread 4: a query, two days old at as_of.
            rec(7, 4, "c@x.org", "query", at(11, 28, 8)),
        ];
        let s = compute(&rs, &params(at(11, 30, 8)));
        let w: Vec<(u64, i64, bool)> = s
            .waiting
            .iter()
            .map(|w| (w.thread_id, w.days, w.overdue()))
            .collect();
        // complaint overdue after 7 days (set above); query after 5 (default).
        assert_eq!(w, [(1, 9, true), (4, 2, false)]);
        assert_eq!(s.waiting[0].since, at(11, 20, 9));
        assert_eq!(s.overdue().count(), 1);
        assert_eq!(s.complaints.len(), 1);
        assert_eq!(
            s.complaints[0].standing,
            Standing::Waiting {
                since: at(11, 20, 9),
                days: 9
            }
        );
    }

    #[test]
    fn complaints_of_the_week_show_where_they_stand() {
        let rs = vec![
            rec(1, 1, "a@x.org", "complaint", at(11, 23, 9)),
            rec(2, 1, SEC, "other", at(11, 25, 10)),
            rec(3, 2, "b@x.org", "complaint", at(11, 9, 9)), // older, answered: not listed
            rec(4, 2, SEC, "other", at(11, 10, 9)),
        ];
        let s = compute(&rs, &params(at(11, 30, 8)));
        assert_eq!(s.complaints.len(), 1);
        assert_eq!(
            s.complaints[0].standing,
            Standing::Replied { at: at(11, 25, 10) }
        );
        assert!(s.waiting.is_empty());
    }

    #[test]
    fn near_identical_letters_from_many_senders_are_one_campaign() {
        let letter = "Please oppose the closure of Riverside library, which serves children \
                      and older residents and costs little to keep open for all of us.";
        let mut rs: Vec<MessageRecord> = (0..6)
            .map(|i| {
                let mut r = rec(
                    i,
                    u64::from(i),
                    &format!("p{i}@x.org"),
                    "complaint",
                    at(11, 24, 9),
                );
                r.minhash =
                    super::super::minhash::signature(&format!("Dear Sec, I am {i}. {letter}"));
                r.subject = "Save our library".into();
                r
            })
            .collect();
        let mut other = rec(9, 9, "q@x.org", "query", at(11, 24, 9));
        other.minhash = super::super::minhash::signature("When is the next branch meeting please?");
        rs.push(other);
        let mut p = params(at(11, 30, 8));
        p.campaign_min_senders = 5;
        let s = compute(&rs, &p);
        assert_eq!(s.campaigns.len(), 1);
        assert_eq!((s.campaigns[0].messages, s.campaigns[0].senders), (6, 6));
        assert_eq!(s.campaigns[0].subject, "Save our library");
        // Campaign letters are not listed one by one.
        assert!(s.complaints.is_empty());
        assert_eq!(s.waiting.len(), 1);
    }

    #[test]
    fn sar_deadline_is_one_calendar_month_or_the_months_last_day() {
        assert_eq!(sar_deadline(date(2026, 9, 3)), date(2026, 10, 3));
        assert_eq!(sar_deadline(date(2027, 1, 31)), date(2027, 2, 28));
        assert_eq!(sar_deadline(date(2028, 1, 31)), date(2028, 2, 29));
        assert_eq!(sar_deadline(date(2026, 10, 31)), date(2026, 11, 30));
        assert_eq!(sar_deadline(date(2026, 12, 15)), date(2027, 1, 15));

        let mut sar = rec(1, 1, "a@x.org", "data-protection", at(11, 10, 15));
        sar.rules = vec!["subject-access-request".into()];
        let mut by_subject = rec(2, 2, "b@x.org", "data-protection", at(10, 31, 9));
        by_subject.subject = "SAR: my data".into();
        let erasure = rec(3, 3, "c@x.org", "data-protection", at(11, 24, 9));
        let s = compute(&[sar, by_subject, erasure], &params(at(11, 30, 8)));
        let got: Vec<(Date, i64, bool)> = s
            .sars
            .iter()
            .map(|s| (s.deadline, s.days_left, s.replied))
            .collect();
        assert_eq!(
            got,
            [
                (date(2026, 11, 30), 0, false),
                (date(2026, 12, 10), 10, false)
            ]
        );
    }
}
