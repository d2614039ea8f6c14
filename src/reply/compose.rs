//! Replies and alerts as RFC 5322 bytes (lettre's builder): threading headers with the
//! whole References chain, a Message-ID on the secretary's domain, the headers that mark
//! automatic mail, and a text body (7bit when it can be, quoted-printable otherwise).
//! What the body says is the templates'; where the bytes go is `drafts`' and `outbox`'s.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::SystemTime;

use lettre::message::header::{ContentTransferEncoding, ContentType, HeaderName, HeaderValue};
use lettre::message::{Body, Mailbox, SinglePart};
use lettre::Message;
use sha2::{Digest, Sha256};

use super::dates;
use crate::mail::{strip_subject, Address, Envelope};
use crate::{Error, Result};

/// The most characters of the original quoted under a draft.
const QUOTE_CHARS: usize = 20_000;

/// How a reply goes out: decides the automatic-mail headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyKind {
    /// Saved to Drafts; the secretary sends it as personal mail, so no Auto-Submitted.
    Draft,
    /// Sent by postbag: `Auto-Submitted: auto-replied` (RFC 3834) and friends.
    Ack,
}

/// A composed message with what the outbox needs beside the bytes.
#[derive(Debug, Clone)]
pub struct Composed {
    /// Without angle brackets.
    pub message_id: String,
    /// Envelope sender.
    pub from: String,
    /// Envelope recipients.
    pub to: Vec<String>,
    pub subject: String,
    pub raw: Vec<u8>,
}

/// A fresh Message-ID on `domain`: time, process and a counter, hashed.
pub fn new_message_id(domain: &str) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let seed = format!(
        "{nanos}.{}.{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );
    let hash: String = Sha256::digest(seed.as_bytes())[..12]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("postbag.{}.{hash}@{domain}", nanos / 1_000_000_000)
}

/// The domain of an address (`riverside.example.org` of `secretary@riverside.example.org`).
pub fn domain_of(mailbox: &Mailbox) -> String {
    mailbox.email.domain().to_string()
}

fn header(name: &'static str, value: &str) -> HeaderValue {
    HeaderValue::new(HeaderName::new_from_ascii_str(name), value.to_string())
}

fn mailbox(a: &Address) -> Result<Mailbox> {
    let email = a.email.trim().parse().map_err(|e| {
        Error::ComposeReply(format!(
            "{:?} is not an address we can write to: {e}",
            a.email
        ))
    })?;
    Ok(Mailbox::new(
        a.name.clone().filter(|n| !n.is_empty()),
        email,
    ))
}

/// Who a reply to `original` goes to: its Reply-To, else its From.
pub fn reply_recipients(original: &Envelope) -> Vec<Address> {
    if original.reply_to.is_empty() {
        original.from.iter().take(1).cloned().collect()
    } else {
        original.reply_to.clone()
    }
}

/// `Re: ` and the original subject without its Re:/Fwd:/AW: prefixes and list tags.
pub fn reply_subject(original: &str) -> String {
    let s = strip_subject(original);
    if s.is_empty() {
        "Re: your message".to_string()
    } else {
        format!("Re: {s}")
    }
}

/// The text body as a part: 7bit when it is short-lined ASCII, quoted-printable otherwise
/// (UTF-8 and lines of any length survive every server).
fn text_part(text: &str) -> SinglePart {
    let body = Body::new_with_encoding(text.to_string(), ContentTransferEncoding::SevenBit)
        .ok()
        .filter(|_| text.lines().all(|l| l.len() <= 78))
        .unwrap_or_else(|| {
            Body::new_with_encoding(text.to_string(), ContentTransferEncoding::QuotedPrintable)
                .unwrap_or_else(|_| Body::new(text.to_string()))
        });
    SinglePart::builder()
        .header(ContentType::TEXT_PLAIN)
        .body(body)
}

/// `text` followed by the original quoted with `> `, under an "On DATE, NAME wrote:" line.
pub fn with_quote(text: &str, original: &Envelope, arrived: i64) -> String {
    let who = original.sender().map_or("you".to_string(), |a| {
        a.name
            .clone()
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| a.email.clone())
    });
    let when = dates::quote_date(original.date.unwrap_or(arrived));
    let mut out = format!("{}\n\nOn {when}, {who} wrote:\n", text.trim_end());
    let mut body = original.body.trim_end();
    let mut cut = false;
    if body.len() > QUOTE_CHARS {
        let mut end = QUOTE_CHARS;
        while !body.is_char_boundary(end) {
            end -= 1;
        }
        body = &body[..end];
        cut = true;
    }
    for line in body.lines() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            out.push_str(">\n");
        } else {
            out.push_str("> ");
            out.push_str(line);
            out.push('\n');
        }
    }
    if cut {
        out.push_str("> [... the rest of the message is not quoted]\n");
    }
    out
}

/// A reply to `original` from `from` with body `text` (quote it first with [`with_quote`]
/// if wanted). Threads under the original: In-Reply-To is its Message-ID, References its
/// References plus its Message-ID.
pub fn reply(original: &Envelope, from: &Mailbox, text: &str, kind: ReplyKind) -> Result<Composed> {
    let recipients = reply_recipients(original);
    if recipients.is_empty() {
        return Err(Error::ComposeReply(
            "the message has no From or Reply-To address".into(),
        ));
    }
    let subject = reply_subject(&original.subject);
    let message_id = new_message_id(&domain_of(from));
    let mut b = Message::builder()
        .from(from.clone())
        .subject(subject.clone())
        .date(SystemTime::now())
        .message_id(Some(format!("<{message_id}>")));
    let mut to = Vec::new();
    for r in &recipients {
        let m = mailbox(r)?;
        to.push(m.email.to_string());
        b = b.to(m);
    }
    if let Some(parent) = original.message_id.as_deref().filter(|id| !id.is_empty()) {
        let mut chain: Vec<&str> = Vec::new();
        for id in original
            .references
            .iter()
            .map(String::as_str)
            .chain([parent])
        {
            if !id.is_empty() && !chain.contains(&id) {
                chain.push(id);
            }
        }
        let refs: Vec<String> = chain.iter().map(|id| format!("<{id}>")).collect();
        b = b
            .in_reply_to(format!("<{parent}>"))
            .references(refs.join(" "));
    } else if !original.references.is_empty() {
        let refs: Vec<String> = original
            .references
            .iter()
            .map(|id| format!("<{id}>"))
            .collect();
        b = b.references(refs.join(" "));
    }
    if kind == ReplyKind::Ack {
        b = b
            .raw_header(header("Auto-Submitted", "auto-replied"))
            .raw_header(header("X-Auto-Response-Suppress", "All"))
            .raw_header(header("Precedence", "bulk"));
    }
    let message = b
        .singlepart(text_part(text))
        .map_err(|e| Error::ComposeReply(e.to_string()))?;
    Ok(Composed {
        message_id,
        from: from.email.to_string(),
        to,
        subject,
        raw: message.formatted(),
    })
}

/// A message from postbag itself to `to` (an alert): `Auto-Submitted: auto-generated`,
/// marked important, never bulk (officers must not have it filtered away).
pub fn notice(from: &Mailbox, to: &[String], subject: &str, text: &str) -> Result<Composed> {
    let message_id = new_message_id(&domain_of(from));
    let mut b = Message::builder()
        .from(from.clone())
        .subject(subject)
        .date(SystemTime::now())
        .message_id(Some(format!("<{message_id}>")))
        .raw_header(header("Auto-Submitted", "auto-generated"))
        .raw_header(header("X-Auto-Response-Suppress", "All"))
        .raw_header(header("Importance", "high"))
        .raw_header(header("X-Priority", "1"));
    let mut envelope_to = Vec::new();
    for t in to {
        let m: Mailbox = t
            .parse()
            .map_err(|e| Error::ComposeReply(format!("{t:?} is not an address: {e}")))?;
        envelope_to.push(m.email.to_string());
        b = b.to(m);
    }
    let message = b
        .singlepart(text_part(text))
        .map_err(|e| Error::ComposeReply(e.to_string()))?;
    Ok(Composed {
        message_id,
        from: from.email.to_string(),
        to: envelope_to,
        subject: subject.to_string(),
        raw: message.formatted(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use mail_parser::{HeaderValue as HV, MessageParser, MimeHeaders};

    const ORIGINAL: &[u8] = b"From: Siobhan Kelly <siobhan@example.com>\r\n\
Reply-To: Siobhan at home <siobhan.kelly@home.example.net>\r\n\
To: secretary@riverside.example.org\r\n\
Subject: Re: AW: [riverside] Next meeting\r\n\
Message-ID: <m3@example.com>\r\n\
In-Reply-To: <m2@riverside.example.org>\r\n\
References: <m1@example.com> <m2@riverside.example.org>\r\n\
Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n\
\r\n\
When is the next meeting?\r\n\r\nAnd where?\r\n";

    fn secretary() -> Mailbox {
        "Sam Okafor <secretary@riverside.example.org>"
            .parse()
            .unwrap()
    }

    fn ids(v: Option<&HV>) -> Vec<String> {
        match v {
            Some(HV::Text(t)) => vec![t.to_string()],
            Some(HV::TextList(l)) => l.iter().map(|t| t.to_string()).collect(),
            _ => vec![],
        }
    }

    #[test]
    fn a_draft_threads_under_its_original_and_quotes_it() {
        let original = crate::mail::parse(ORIGINAL).unwrap();
        let text = with_quote("Dear Siobhan,\n\nThursday, 7.30pm.\n\nSam", &original, 0);
        let c = reply(&original, &secretary(), &text, ReplyKind::Draft).unwrap();
        let m = MessageParser::default().parse(&c.raw).unwrap();
        assert_eq!(m.subject(), Some("Re: Next meeting"));
        let from = m.from().unwrap().first().unwrap();
        assert_eq!(from.address(), Some("secretary@riverside.example.org"));
        assert_eq!(from.name(), Some("Sam Okafor"));
        let to = m.to().unwrap().first().unwrap();
        assert_eq!(to.address(), Some("siobhan.kelly@home.example.net"));
        assert_eq!(c.to, vec!["siobhan.kelly@home.example.net"]);
        assert_eq!(ids(m.header("In-Reply-To")), vec!["m3@example.com"]);
        assert_eq!(
            ids(m.header("References")),
            vec![
                "m1@example.com",
                "m2@riverside.example.org",
                "m3@example.com"
            ]
        );
        let id = m.message_id().unwrap();
        assert_eq!(id, c.message_id);
        assert!(id.ends_with("@riverside.example.org"), "{id}");
        assert!(m.date().is_some());
        assert!(m.header("Auto-Submitted").is_none());
        assert!(m.header("Precedence").is_none());
        assert_eq!(m.content_type().unwrap().ctype(), "text");
        assert_eq!(
            m.content_type().unwrap().attribute("charset"),
            Some("utf-8")
        );
        assert!(m.header("MIME-Version").is_some());
        let body = m.body_text(0).unwrap().replace("\r\n", "\n");
        assert!(body.starts_with("Dear Siobhan,"), "{body}");
        assert!(body.contains("On Mon, 23 Nov 2026 at 10:00, Siobhan Kelly wrote:\n> When is the next meeting?\n>\n> And where?"), "{body}");
    }

    #[test]
    fn an_acknowledgement_is_marked_automatic() {
        let original = crate::mail::parse(ORIGINAL).unwrap();
        let c = reply(&original, &secretary(), "Thank you.", ReplyKind::Ack).unwrap();
        let m = MessageParser::default().parse(&c.raw).unwrap();
        let raw = |name: &str| {
            m.headers_raw()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.trim().to_string())
        };
        assert_eq!(raw("Auto-Submitted").as_deref(), Some("auto-replied"));
        assert_eq!(raw("X-Auto-Response-Suppress").as_deref(), Some("All"));
        assert_eq!(raw("Precedence").as_deref(), Some("bulk"));
        // postbag's own loop guard refuses to answer it.
        let back = crate::mail::parse(&c.raw).unwrap();
        assert!(crate::guard::check(&back, &crate::guard::Identity::default()).is_err());
    }

    #[test]
    fn unicode_long_lines_and_long_chains_stay_within_limits() {
        let mut original = crate::mail::parse(ORIGINAL).unwrap();
        original.references = (0..60)
            .map(|i| format!("ref{i}.abcdefghij@lists.example.org"))
            .collect();
        original.subject = "Réunion — motion sur le logement".into();
        original.reply_to.clear();
        let long = format!("Chère Siobhan, {}", "très long ".repeat(200));
        let c = reply(&original, &secretary(), &long, ReplyKind::Draft).unwrap();
        for line in c.raw.split(|&b| b == b'\n') {
            assert!(line.len() <= 998, "line of {} bytes", line.len());
        }
        assert!(c.raw.is_ascii());
        let m = MessageParser::default().parse(&c.raw).unwrap();
        assert_eq!(m.subject(), Some("Re: Réunion — motion sur le logement"));
        assert_eq!(ids(m.header("References")).len(), 61);
        assert_eq!(m.body_text(0).unwrap().trim_end(), long.trim_end());
        assert!(
            String::from_utf8_lossy(&c.raw).contains("Content-Transfer-Encoding: quoted-printable")
        );
        assert_eq!(c.to, vec!["siobhan@example.com"]);
    }

    #[test]
    fn a_message_without_id_or_subject_still_gets_a_reply() {
        let mut original = crate::mail::parse(ORIGINAL).unwrap();
        original.message_id = None;
        original.references.clear();
        original.subject.clear();
        let c = reply(&original, &secretary(), "x", ReplyKind::Draft).unwrap();
        let m = MessageParser::default().parse(&c.raw).unwrap();
        assert_eq!(m.subject(), Some("Re: your message"));
        assert!(m.header("In-Reply-To").is_none());
    }
}
