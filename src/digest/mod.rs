//! The weekly digest: statistics of one ISO week from the store, rendered as text and HTML
//! with a chart, one message per recipient and view, on the schedule of `[digest]`.
//!
//! # What the daemon calls, and when
//! 1. On start and whenever [`schedule::next_check`] says so:
//!    `schedule::due(now, &config.digest, digest::last_sent_week(&store)?)`.
//! 2. If a week is due: [`build`]`(&store, &config, week, now)` gives one
//!    [`OutgoingDigest`] per recipient; hand each to the outbox.
//! 3. Once the outbox holds them (persisted): [`record_sent`], then flush the store. After
//!    a crash between 2 and 3 the week is due again on the next start; the Message-ID
//!    depends only on week and recipient ([`message_id`]), so an outbox that keeps "never
//!    the same message twice" by Message-ID drops the second copy.
//!
//! # Layout
//! - [`week`]: ISO weeks in a time zone.
//! - [`stats`]: the figures (pure); [`campaign`] and [`minhash`] find near-identical letters.
//! - [`report`]: the figures as rows for one view (where privacy is decided);
//!   [`text`], [`html`], [`chart`] lay it out; [`mime`] builds the message.
//! - [`schedule`]: when a digest is due.

pub mod campaign;
pub mod chart;
pub mod figures;
pub mod html;
pub mod mime;
pub mod minhash;
pub mod report;
pub mod schedule;
pub mod stats;
pub mod text;
pub mod week;

pub use week::IsoWeek;

use crate::config::{Config, DigestView};
use crate::store::{DigestSent, MessageRecord, Store};
use crate::{Error, Result};

/// One recipient's digest, ready for the outbox.
#[derive(Debug, Clone)]
pub struct OutgoingDigest {
    /// The recipient's address (the SMTP envelope recipient).
    pub to: String,
    pub view: DigestView,
    pub subject: String,
    pub message_id: String,
    /// The whole message, CRLF line ends.
    pub raw: Vec<u8>,
}

/// The parts of one view's digest, before it becomes a message (also for previews).
#[derive(Debug, Clone)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    /// HTML referring to the chart as `cid:` + `chart_cid`.
    pub html: String,
    pub png: Vec<u8>,
    /// The chart's Content-ID ([`mime::chart_cid`]).
    pub chart_cid: String,
}

impl Rendered {
    /// The HTML with the chart inlined as a `data:` URI, for a browser (previews only: mail
    /// clients block data URIs, so the mail itself uses `cid:`).
    pub fn html_with_inline_chart(&self) -> String {
        use base64::Engine;
        let uri = format!(
            "data:image/png;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(&self.png)
        );
        self.html.replacen(
            &format!("src=\"cid:{}\"", self.chart_cid),
            &format!("src=\"{uri}\""),
            1,
        )
    }
}

/// The statistics of `week` as of `as_of` (unix seconds) from every stored message.
pub fn compute(store: &Store, config: &Config, week: IsoWeek, as_of: i64) -> Result<stats::Stats> {
    let records: Vec<MessageRecord> = store.iter_messages().collect::<Result<_>>()?;
    let params = stats::Params::new(&config.digest, &config.own_addresses(), week, as_of)
        .map_err(Error::BuildDigest)?;
    let mut stats = stats::compute(&records, &params);
    stats.problems = problems(store, &params)?;
    stats.away_from_safety = away_from_safety(store, &params)?;
    Ok(stats)
}

/// Messages classed safety that the secretary re-labelled in the week: the safety rules
/// keep their score, so the officers see each one.
fn away_from_safety(store: &Store, p: &stats::Params) -> Result<Vec<figures::Problem>> {
    let mut out = Vec::new();
    for c in store.corrections()? {
        if c.from != crate::intake::SAFETY || !p.week.contains(c.at, &p.tz) || c.at > p.as_of {
            continue;
        }
        let from = store
            .get(&c.key)?
            .and_then(|r| r.from)
            .map(|a| figures::Person {
                email: crate::store::normalize_email(&a.email),
                name: a.name.clone().filter(|n| !n.trim().is_empty()),
            });
        out.push(figures::Problem {
            when: c.at,
            what: format!("re-labelled {} ({})", c.to, c.how),
            subject: c.subject.clone(),
            from,
        });
    }
    out.sort_by_key(|x| x.when);
    Ok(out)
}

/// What went wrong in the week: replies that could not be made, outgoing mail that failed
/// or may not have gone, messages that could not be read.
fn problems(store: &Store, p: &stats::Params) -> Result<Vec<figures::Problem>> {
    use crate::store::{MessageKey, OutboxState};
    let in_week = |t: i64| p.week.contains(t, &p.tz) && t <= p.as_of;
    let about = |key: Option<&MessageKey>| -> Result<(String, Option<figures::Person>)> {
        let record = match key {
            Some(k) => store.get(k)?,
            None => None,
        };
        Ok(record.map_or((String::new(), None), |r| {
            let from = r.from.as_ref().map(|a| figures::Person {
                email: crate::store::normalize_email(&a.email),
                name: a.name.clone().filter(|n| !n.trim().is_empty()),
            });
            (r.subject, from)
        }))
    };
    let mut out = Vec::new();
    for (key, reason, at) in store.reply_failures()? {
        if in_week(at) {
            let (subject, from) = about(Some(&key))?;
            out.push(figures::Problem {
                when: at,
                what: format!("no reply could be made ({reason}): answer by hand"),
                subject,
                from,
            });
        }
    }
    for item in store.outbox_items()? {
        let what = match item.state {
            OutboxState::Failed => format!("{} not sent", item.kind.as_str()),
            OutboxState::Uncertain => format!("{} may not have been sent", item.kind.as_str()),
            _ => continue,
        };
        if in_week(item.updated) {
            let (_, from) = about(item.related.as_ref())?;
            out.push(figures::Problem {
                when: item.updated,
                what: match &item.last_error {
                    Some(e) => format!("{what}: {e}"),
                    None => what,
                },
                subject: item.subject.clone(),
                from,
            });
        }
    }
    for q in store.quarantined()? {
        if in_week(q.at) {
            out.push(figures::Problem {
                when: q.at,
                what: format!(
                    "a message in {} (UID {}) could not be read: {}",
                    q.key.mailbox, q.key.uid, q.reason
                ),
                subject: String::new(),
                from: None,
            });
        }
    }
    out.sort_by_key(|p| p.when);
    Ok(out)
}

/// Renders `stats` for one view.
pub fn render(stats: &stats::Stats, config: &Config, view: DigestView) -> Result<Rendered> {
    let tz = config
        .digest
        .timezone_parsed()
        .map_err(Error::BuildDigest)?;
    let report = report::build(stats, &config.digest.title, &tz, view);
    let domain = sender(config)
        .ok()
        .and_then(|s| mime::domain_of(&s))
        .unwrap_or_else(|| "postbag.invalid".into());
    let chart_cid = mime::chart_cid(stats.week, &domain);
    let overdue = stats.overdue().count();
    let subject = format!(
        "{}: week {} - {} messages, {} waiting ({} overdue){}",
        config.digest.title,
        stats.week,
        stats.totals.last().copied().unwrap_or(0),
        stats.waiting.len(),
        overdue,
        match stats.safety.len() {
            0 => String::new(),
            n => format!(", {n} SAFETY"),
        }
    );
    Ok(Rendered {
        subject,
        text: text::render(&report),
        html: html::render(&report, &format!("cid:{chart_cid}")),
        png: chart::render(stats)?,
        chart_cid,
    })
}

/// One message per `[digest] recipients` entry for `week`, built at `now` (unix seconds).
/// Standing figures are as of the week's scheduled time, or `now` if that is earlier
/// ([`schedule::as_of`]).
pub fn build(
    store: &Store,
    config: &Config,
    week: IsoWeek,
    now: i64,
) -> Result<Vec<OutgoingDigest>> {
    let as_of = schedule::as_of(week, &config.digest, now);
    let stats = compute(store, config, week, as_of)?;
    let from = sender(config)?;
    let domain = mime::domain_of(&from).unwrap_or_else(|| "localhost".into());
    let mut out = Vec::new();
    let mut views: Vec<(DigestView, Rendered)> = Vec::new();
    for r in &config.digest.recipients {
        let rendered = match views.iter().find(|(v, _)| *v == r.view) {
            Some((_, done)) => done.clone(),
            None => {
                let done = render(&stats, config, r.view)?;
                views.push((r.view, done.clone()));
                done
            }
        };
        let message_id = message_id(week, &r.address, &domain);
        let raw = mime::compose(mime::Parts {
            from: &from,
            to: &r.address,
            subject: &rendered.subject,
            message_id: &message_id,
            date: now,
            text: rendered.text,
            html: rendered.html,
            png: rendered.png,
            chart_cid: &rendered.chart_cid,
        })?;
        out.push(OutgoingDigest {
            to: r.address.clone(),
            view: r.view,
            subject: rendered.subject.clone(),
            message_id,
            raw,
        });
    }
    Ok(out)
}

/// The Message-ID of `week`'s digest to `to`: the same however often it is built, so an
/// outbox that refuses a Message-ID it has sent refuses a second digest for the week.
pub fn message_id(week: IsoWeek, to: &str, domain: &str) -> String {
    let who: String = crate::store::normalize_email(to)
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '.'
            }
        })
        .collect();
    format!("digest.{week}.{who}@{domain}")
}

/// The From of the digest: the secretary as a sender, as replies have it.
pub fn sender(config: &Config) -> Result<String> {
    crate::reply::sender(config)
        .map(|m| m.to_string())
        .map_err(|e| Error::BuildDigest(e.to_string()))
}

/// The latest report week recorded as sent.
pub fn last_sent_week(store: &Store) -> Result<Option<IsoWeek>> {
    Ok(store
        .last_digest_sent()?
        .and_then(|s| s.week.parse::<IsoWeek>().ok()))
}

/// Records `week`'s digest as handed to the outbox at `at` (unix seconds). Flush after.
pub fn record_sent(store: &Store, week: IsoWeek, at: i64, sent: &[OutgoingDigest]) -> Result<()> {
    store.record_digest_sent(&DigestSent {
        week: week.to_string(),
        at,
        recipients: sent.iter().map(|d| d.to.clone()).collect(),
    })
}

#[cfg(test)]
mod corrections_tests {
    use super::*;
    use crate::store::{MessageKey, NewMessage};

    #[test]
    fn the_digest_lists_what_the_secretary_took_out_of_safety() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("data")).unwrap();
        let config = Config::default();
        let at = 1_709_640_000; // Tuesday 5 March 2024
        store
            .insert_message(NewMessage {
                key: MessageKey::new("INBOX", 1, 1),
                subject: "We will fight this closure".into(),
                arrived: at - 100,
                date: Some(at - 100),
                category: "safety".into(),
                ..Default::default()
            })
            .unwrap();
        let record = store.get(&MessageKey::new("INBOX", 1, 1)).unwrap().unwrap();
        let env = crate::mail::Envelope {
            subject: record.subject.clone(),
            ..Default::default()
        };
        let c = crate::corrections::correction(&record, &env, "safety", "complaint", "keyword", at);
        crate::corrections::learn(&store, c).unwrap();
        let tz = config.digest.timezone_parsed().unwrap();
        let stats = compute(&store, &config, IsoWeek::of_unix(at, &tz), at + 3600).unwrap();
        assert_eq!(stats.away_from_safety.len(), 1);
        let text = render(&stats, &config, DigestView::Full).unwrap().text;
        assert!(text.contains("RE-LABELLED AWAY FROM SAFETY"), "{text}");
        assert!(text.contains("re-labelled complaint (keyword)"), "{text}");
    }
}
