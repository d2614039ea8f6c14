//! The weekly digest over a realistic test inbox (tests/fixtures/digest, written by its
//! make_fixture.py): every figure asserted, the text part compared with golden files, the
//! message parsed back, the HTML checked for external resources, privacy per view.
//!
//! The report week is 2026-W48 (Monday 23 - Sunday 29 November 2026, Europe/London), built
//! as of Monday 30 November 08:00, the scheduled time. Set POSTBAG_BLESS=1 to rewrite the
//! golden files after a deliberate change; a mismatch writes `<golden>.actual` beside it.

use std::path::{Path, PathBuf};

use jiff::civil::date;
use mail_parser::{MessageParser, MimeHeaders};
use postbag::config::{Config, DigestView};
use postbag::digest::stats::{Standing, Stats};
use postbag::digest::{self, schedule, IsoWeek};
use postbag::mail::source;
use postbag::store::{MessageKey, Store};

const NOW: i64 = 1_796_025_600; // 2026-11-30T08:00:00Z (GMT, so also 08:00 in London)

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/digest")
}

fn config() -> Config {
    Config::load(&fixture().join("postbag.toml")).expect("fixture config loads")
}

fn week() -> IsoWeek {
    "2026-W48".parse().unwrap()
}

/// Unix seconds of a wall-clock time in London, autumn 2026 (GMT from 25 October).
fn gmt(month: i8, day: i8, hour: i8, minute: i8) -> i64 {
    date(2026, month, day)
        .at(hour, minute, 0, 0)
        .to_zoned_datetime(jiff::tz::db().get("Europe/London").unwrap())
        .unwrap()
        .timestamp()
        .as_second()
}

/// A store filled from the fixture as the daemon would: INBOX (with the campaign), Sent,
/// and a copy of the threat in a second folder (as a `folder` mark makes), which must
/// count once.
fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("store")).unwrap();
    let loaded =
        postbag::rules::load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("rules")).unwrap();
    // The digest is under test, not triage: the rules alone, so a retrained model cannot
    // move the figures.
    let rules = loaded
        .ruleset
        .expect("default rules load")
        .without_learned();
    let mail = fixture().join("mail");
    let mut uid = 0;
    for (mailbox, file) in [
        ("INBOX", "inbox.mbox"),
        ("INBOX", "campaign.mbox"),
        ("Sent", "sent.mbox"),
    ] {
        for item in source::read_all(&[mail.join(file)]) {
            uid += 1;
            let raw = item.unwrap();
            let key = MessageKey::new(mailbox, 1, uid);
            postbag::intake::intake(&store, &rules, &key, &raw.bytes, NOW).unwrap();
            if String::from_utf8_lossy(&raw.bytes).contains("Subject: You have been warned") {
                let copy = MessageKey::new("postbag/safety", 1, uid);
                postbag::intake::intake(&store, &rules, &copy, &raw.bytes, NOW).unwrap();
            }
        }
    }
    assert_eq!(uid, 47 + 20 + 26, "fixture message count");
    (dir, store)
}

fn stats(store: &Store) -> Stats {
    digest::compute(store, &config(), week(), NOW).unwrap()
}

#[test]
fn every_figure_of_the_week() {
    let (_dir, store) = store();
    let s = stats(&store);
    // Every letter has a signature; lists and newsletters (bulk) need none.
    assert!(store.iter_messages().all(|m| {
        let m = m.unwrap();
        (m.category == "bulk") == m.minhash.is_empty()
    }));

    // Messages per category, weeks 41 to 48 (the table shows 44-48, the chart all eight).
    let weeks: Vec<String> = s.weeks.iter().map(|w| w.to_string()).collect();
    assert_eq!(weeks.first().unwrap(), "2026-W41");
    assert_eq!(weeks.last().unwrap(), "2026-W48");
    let table: Vec<(&str, Vec<u64>)> = s
        .categories
        .iter()
        .map(|c| (c.name.as_str(), c.counts.clone()))
        .collect();
    assert_eq!(
        table,
        vec![
            ("safety", vec![0, 0, 0, 0, 0, 0, 0, 1]),
            ("data-protection", vec![0, 0, 0, 1, 0, 1, 0, 2]),
            ("urgent", vec![0, 0, 0, 0, 1, 0, 0, 1]),
            // W42 has the message dated Sunday 11 October 23:30 UTC: Monday 00:30 in London.
            ("complaint", vec![0, 1, 0, 0, 1, 1, 0, 3]),
            ("procedural", vec![1, 1, 1, 1, 1, 1, 1, 2]),
            ("query", vec![1, 1, 1, 1, 1, 1, 1, 6]),
            ("bulk", vec![1, 0, 1, 1, 0, 1, 1, 3]),
            // The 20 campaign letters are `other` to the default rules.
            ("other", vec![0, 0, 1, 0, 0, 0, 1, 21]),
        ]
    );
    assert_eq!(s.totals, vec![3, 3, 4, 4, 4, 5, 4, 39]);
    assert_eq!(s.sent, 7);

    // Waiting for the secretary, longest first, as of Monday 08:00.
    let waiting: Vec<(&str, &str, i64, bool, usize)> = s
        .waiting
        .iter()
        .map(|w| {
            (
                w.subject.as_str(),
                w.category.as_str(),
                w.days,
                w.overdue(),
                w.unanswered,
            )
        })
        .collect();
    assert_eq!(
        waiting,
        vec![
            (
                "Request for my personal data",
                "data-protection",
                29,
                false,
                1
            ),
            (
                "Formal complaint: my motion was ruled out of order",
                "complaint",
                25,
                true,
                1
            ),
            ("How do I volunteer for canvassing?", "query", 12, true, 1),
            (
                "Motion on the library closure for December GC",
                "procedural",
                4,
                false,
                1
            ),
            ("Is the venue wheelchair accessible?", "query", 3, false, 1),
            ("Please delete my details", "data-protection", 3, false, 1),
            ("Formal complaint about the chair", "complaint", 2, false, 2),
            (
                "Raffle prizes for the Christmas social",
                "other",
                2,
                false,
                1
            ),
            (
                "Can I bring a guest to the Christmas social?",
                "query",
                1,
                false,
                1
            ),
            ("Can you resend the Zoom link?", "query", 0, false, 1),
            // 00:10 in Paris on Monday is 23:10 on Sunday in London.
            ("Change of address", "query", 0, false, 1),
            ("Membership card not arrived?", "query", 0, false, 1),
        ]
    );
    assert_eq!(s.waiting[0].since, gmt(10, 31, 10, 0));
    assert_eq!(s.waiting[6].since, gmt(11, 27, 9, 0));
    assert_eq!(s.waiting[10].since, gmt(11, 29, 23, 10));
    assert_eq!(s.overdue().count(), 2);
    assert_eq!(
        s.waiting[1].from.as_ref().unwrap().email,
        "derek.hollis@example.net"
    );

    // Every safety item of the week, once although it is stored in two folders.
    assert_eq!(s.safety.len(), 1);
    assert_eq!(s.safety[0].subject, "You have been warned");
    assert_eq!(s.safety[0].when, gmt(11, 24, 21, 14));
    assert_eq!(
        s.safety[0].from.as_ref().unwrap().email,
        "patriot1988@mailbox.example"
    );

    // Subject access requests: one calendar month; 31 October -> 30 November.
    let sars: Vec<_> = s
        .sars
        .iter()
        .map(|r| {
            (
                r.subject.as_str(),
                r.received,
                r.deadline,
                r.days_left,
                r.replied,
            )
        })
        .collect();
    assert_eq!(
        sars,
        vec![
            (
                "Request for my personal data",
                date(2026, 10, 31),
                date(2026, 11, 30),
                0,
                false
            ),
            (
                "Subject access request",
                date(2026, 11, 12),
                date(2026, 12, 12),
                12,
                true
            ),
            (
                "Subject access request",
                date(2026, 11, 25),
                date(2026, 12, 25),
                25,
                true
            ),
        ]
    );

    // Complaints: this week's, and the older one still waiting.
    let complaints: Vec<_> = s
        .complaints
        .iter()
        .map(|c| (c.subject.as_str(), c.received, c.standing))
        .collect();
    assert_eq!(
        complaints,
        vec![
            (
                "Formal complaint: my motion was ruled out of order",
                gmt(11, 4, 11, 0),
                Standing::Waiting {
                    since: gmt(11, 4, 11, 0),
                    days: 25
                }
            ),
            (
                "URGENT!!! Disgraceful treatment at the last meeting",
                gmt(11, 23, 9, 12),
                Standing::Replied {
                    at: gmt(11, 24, 10, 5)
                }
            ),
            (
                "Formal complaint about the chair",
                gmt(11, 28, 10, 0),
                Standing::Waiting {
                    since: gmt(11, 27, 9, 0),
                    days: 2
                }
            ),
        ]
    );

    // The campaign: 20 near-identical letters from 20 senders, one item.
    assert_eq!(s.campaigns.len(), 1);
    let c = &s.campaigns[0];
    assert_eq!(
        (c.messages, c.senders, c.replied, c.category.as_str()),
        (20, 20, 2, "other")
    );
    assert_eq!(c.subject, "Save Riverside Library");
    assert_eq!((c.first, c.last), (gmt(11, 24, 8, 0), gmt(11, 27, 19, 49)));
    assert!(c
        .sample
        .starts_with("Dear Secretary, My name is Alice Moore"));

    // Busiest correspondents (two or more messages, newsletters aside).
    let busiest: Vec<_> = s
        .busiest
        .iter()
        .map(|b| (b.person.email.as_str(), b.messages, b.categories.clone()))
        .collect();
    assert_eq!(
        busiest,
        vec![
            (
                "derek.hollis@example.net",
                3,
                [("complaint".to_string(), 2), ("query".to_string(), 1)].into()
            ),
            (
                "priya.shah@example.com",
                2,
                [("procedural".to_string(), 1), ("query".to_string(), 1)].into()
            ),
        ]
    );

    // First-time senders: 9 people plus the 20 campaigners; no newsletter, nobody known.
    assert_eq!(s.first_time.len(), 29);
    let first: Vec<&str> = s.first_time.iter().map(|p| p.email.as_str()).collect();
    for email in [
        "angela.brooks@example.com",
        "tom.reid@example.org",
        "bookings@riversidecc.example",
        "patriot1988@mailbox.example",
        "helen.ward@example.net",
        "beth.morgan@example.com",
        "gary.lowe@example.org",
        "chris.dunn@example.com",
        "nadia.rahman@example.fr",
        "alice.moore@example.com",
        "umar.ali@example.org",
    ] {
        assert!(first.contains(&email), "{email} is a first-time sender");
    }
    for email in [
        "derek.hollis@example.net",
        "priya.shah@example.com",
        "jean.fox@example.org",
        "bulletin@unite-se.example",
    ] {
        assert!(
            !first.contains(&email),
            "{email} is not a first-time sender"
        );
    }
}

#[test]
fn a_later_preview_of_the_week_shows_it_as_it_was_sent() {
    let (_dir, store) = store();
    let c = config();
    let later = NOW + 3 * 86_400 + 4 * 3600;
    let as_of = schedule::as_of(week(), &c.digest, later);
    assert_eq!(as_of, NOW);
    assert_eq!(
        digest::compute(&store, &c, week(), as_of).unwrap(),
        stats(&store)
    );
}

fn golden(name: &str, actual: &str) {
    let path = fixture().join("expected").join(name);
    let actual_path = path.with_extension("txt.actual");
    if std::env::var_os("POSTBAG_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if expected != actual {
        std::fs::write(&actual_path, actual).unwrap();
        panic!(
            "{} differs from the golden file; the actual text is in {} \
             (POSTBAG_BLESS=1 rewrites the golden file)",
            name,
            actual_path.display()
        );
    }
    let _ = std::fs::remove_file(&actual_path);
}

#[test]
fn text_parts_match_the_golden_files() {
    let (_dir, store) = store();
    let s = stats(&store);
    let c = config();
    let full = digest::render(&s, &c, DigestView::Full).unwrap();
    let summary = digest::render(&s, &c, DigestView::Summary).unwrap();
    golden("2026-W48.full.txt", &full.text);
    golden("2026-W48.summary.txt", &summary.text);
    assert_eq!(
        full.subject,
        "Riverside CLP correspondence: week 2026-W48 - 39 messages, 12 waiting (2 overdue), 1 SAFETY"
    );
}

/// Every sender in the fixture except the secretary: names and addresses of members.
fn members(store: &Store) -> Vec<String> {
    let mut out = Vec::new();
    for m in store.iter_messages() {
        let m = m.unwrap();
        let Some(from) = m.from else { continue };
        if from.email.starts_with("secretary@") {
            continue;
        }
        out.push(from.email.to_lowercase());
        if let Some(name) = from.name.filter(|n| !n.is_empty()) {
            out.push(name.to_lowercase());
        }
    }
    out.sort();
    out.dedup();
    out
}

#[test]
fn messages_have_both_parts_the_chart_and_the_right_headers() {
    let (_dir, store) = store();
    let c = config();
    let out = digest::build(&store, &c, week(), NOW).unwrap();
    assert_eq!(out.len(), 2);
    let members = members(&store);
    assert!(members.len() > 40);
    for d in &out {
        let msg = MessageParser::default()
            .parse(&d.raw)
            .expect("digest parses");
        let header = |n: &str| msg.header_raw(n).map(|v| v.trim().to_string());
        assert_eq!(header("Auto-Submitted").as_deref(), Some("auto-generated"));
        assert_eq!(header("Precedence").as_deref(), Some("bulk"));
        assert_eq!(header("X-Auto-Response-Suppress").as_deref(), Some("All"));
        let id = msg.message_id().unwrap();
        assert!(id.ends_with("@riverside.example.org"), "{id}");
        assert_eq!(id, d.message_id);
        assert_eq!(
            id,
            format!(
                "digest.2026-W48.{}@riverside.example.org",
                d.to.replace('@', ".")
            )
        );
        assert_eq!(
            msg.from().unwrap().first().unwrap().address(),
            Some("secretary@riverside.example.org")
        );
        assert_eq!(
            msg.to().unwrap().first().unwrap().address(),
            Some(d.to.as_str())
        );
        assert!(msg.subject().unwrap().contains("week 2026-W48"));
        assert_eq!(msg.date().unwrap().to_timestamp(), NOW);

        // multipart/alternative { text/plain, multipart/related { text/html, image/png } }
        let root = msg.content_type().unwrap();
        assert_eq!(
            (root.ctype(), root.subtype()),
            ("multipart", Some("alternative"))
        );
        let types: Vec<String> = msg
            .parts
            .iter()
            .map(|p| {
                let t = p.content_type().unwrap();
                format!("{}/{}", t.ctype(), t.subtype().unwrap_or(""))
            })
            .collect();
        assert_eq!(
            types,
            [
                "multipart/alternative",
                "text/plain",
                "multipart/related",
                "text/html",
                "image/png"
            ]
        );
        let png = &msg.parts[4];
        assert_eq!(
            png.content_id(),
            Some("chart.2026-W48@riverside.example.org")
        );
        assert!(png.contents().starts_with(b"\x89PNG\r\n\x1a\n"));
        assert!(png.contents().len() > 5_000);
        let text = msg.body_text(0).unwrap().to_lowercase();
        let html = msg.body_html(0).unwrap().to_lowercase();
        assert!(html.contains("src=\"cid:chart.2026-w48@riverside.example.org\""));
        assert!(text.contains("messages received"));

        match d.view {
            DigestView::Full => {
                assert_eq!(d.to, "secretary@riverside.example.org");
                assert!(text.contains("derek.hollis@example.net"));
                assert!(html.contains("we know where you live"));
            }
            DigestView::Summary => {
                assert_eq!(d.to, "chair@riverside.example.org");
                for who in &members {
                    assert!(!text.contains(who.as_str()), "summary text shows {who}");
                    assert!(!html.contains(who.as_str()), "summary html shows {who}");
                }
                // No address at all; the one `@` in the HTML is the chart's Content-ID.
                assert!(!text.contains('@'));
                let html = html.replace("cid:chart.2026-w48@riverside.example.org", "");
                assert_eq!(html.find('@'), None);
                assert!(!html.contains("we know where you live"));
                assert!(!text.contains("dear secretary"));
                assert!(text.contains("formal complaint about the chair"));
            }
        }
    }
}

#[test]
fn html_has_no_external_resources() {
    let (_dir, store) = store();
    let s = stats(&store);
    for view in [DigestView::Full, DigestView::Summary] {
        let r = digest::render(&s, &config(), view).unwrap();
        for (html, chart) in [
            (r.html.clone(), "cid:chart.2026-w48@riverside.example.org"),
            (r.html_with_inline_chart(), "data:image/png;base64,"),
        ] {
            let lower = html.to_lowercase();
            for banned in [
                "<script",
                "<link",
                "<iframe",
                "<object",
                "<embed",
                "@import",
                "url(",
                "javascript:",
                "<style",
            ] {
                assert!(!lower.contains(banned), "the HTML has {banned}");
            }
            let mut refs = 0;
            for attr in ["src=\"", "href=\"", "background=\""] {
                for (i, _) in lower.match_indices(attr) {
                    let value = &lower[i + attr.len()..];
                    assert!(
                        value.starts_with(chart),
                        "external {attr}: {}",
                        &value[..40.min(value.len())]
                    );
                    refs += 1;
                }
            }
            assert_eq!(refs, 1, "only the chart is referenced");
        }
    }
}

#[test]
fn the_week_is_recorded_once_sent_and_not_due_again() {
    let (_dir, store) = store();
    let c = config();
    assert_eq!(digest::last_sent_week(&store).unwrap(), None);
    let due = schedule::due(NOW, &c.digest, None);
    assert_eq!(due, Some(week()));
    let out = digest::build(&store, &c, week(), NOW).unwrap();
    digest::record_sent(&store, week(), NOW, &out).unwrap();
    store.flush_blocking().unwrap();
    assert_eq!(digest::last_sent_week(&store).unwrap(), Some(week()));
    let rec = store.digest_sent("2026-W48").unwrap().unwrap();
    assert_eq!(
        rec.recipients,
        [
            "secretary@riverside.example.org",
            "chair@riverside.example.org"
        ]
    );
    let last = digest::last_sent_week(&store).unwrap();
    assert_eq!(schedule::due(NOW + 3600, &c.digest, last), None);
    assert_eq!(
        schedule::due(NOW + 7 * 86_400, &c.digest, last),
        Some("2026-W49".parse().unwrap())
    );
}

#[test]
#[ignore = "writes target/digest-sample.eml for a look at the raw message"]
fn write_sample_message() {
    let (_dir, store) = store();
    let out = digest::build(&store, &config(), week(), NOW).unwrap();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/digest-sample.eml");
    std::fs::write(path, &out[1].raw).unwrap();
}
