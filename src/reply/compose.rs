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

use super::{dates, sanitize};
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

/// `a` as a lettre mailbox for a header: the address only if [`usable_address`] accepts
/// it, the display name made one bounded line (or dropped when nothing is left of it).
pub fn mailbox(a: &Address) -> Result<Mailbox> {
    let email = usable_address(&a.email).ok_or_else(|| {
        Error::ComposeReply(format!(
            "{:?} is not an address we can write to",
            sanitize::one_line(&a.email, 80)
        ))
    })?;
    let name = a
        .name
        .as_deref()
        .map(|n| sanitize::one_line(n, sanitize::NAME_CHARS))
        .filter(|n| !n.is_empty());
    Ok(Mailbox::new(name, email))
}

/// An address postbag will write to: printable ASCII without spaces or quotes, one `@`,
/// and valid for lettre. Quoted local parts, control characters and route syntax (`<@>`)
/// are refused: hostile mail uses them to break headers.
pub fn usable_address(email: &str) -> Option<lettre::Address> {
    let e = email.trim();
    let plain = e.len() <= 254
        && e.bytes().filter(|&b| b == b'@').count() == 1
        && e.chars().all(|c| {
            c.is_ascii_graphic()
                && !matches!(
                    c,
                    '"' | '<' | '>' | '(' | ')' | ',' | ';' | '\\' | '[' | ']'
                )
        });
    let (local, domain) = e.split_once('@')?;
    if !plain || local.is_empty() || domain.is_empty() || !domain.contains('.') {
        return None;
    }
    e.parse().ok()
}

/// Who a draft reply to `original` is addressed to: its Reply-To, else its From; only the
/// addresses postbag can write to, at most ten. The secretary reviews a draft, so several
/// recipients are kept there (an automatic reply has exactly one, chosen by the guard).
pub fn draft_recipients(original: &Envelope) -> Vec<Address> {
    let list = if original.reply_to.is_empty() {
        &original.from
    } else {
        &original.reply_to
    };
    list.iter()
        .filter(|a| usable_address(&a.email).is_some())
        .take(10)
        .cloned()
        .collect()
}

/// `Re: ` and the original subject without its Re:/Fwd:/AW: prefixes and list tags, one
/// line of at most [`sanitize::SUBJECT_CHARS`].
pub fn reply_subject(original: &str) -> String {
    let s = sanitize::one_line(&strip_subject(original), sanitize::SUBJECT_CHARS);
    if s.is_empty() {
        "Re: your message".to_string()
    } else {
        format!("Re: {s}")
    }
}

/// The subject of an automatic reply: short and without links (what it echoes is not
/// the sender's to choose).
pub fn ack_subject(original: &str) -> String {
    let s = sanitize::echo(&strip_subject(original), sanitize::ECHO_CHARS);
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
    let who = original
        .sender()
        .map(|a| {
            let name = sanitize::one_line(a.name.as_deref().unwrap_or(""), sanitize::NAME_CHARS);
            if name.is_empty() {
                sanitize::one_line(&a.email, sanitize::NAME_CHARS)
            } else {
                name
            }
        })
        .filter(|w| !w.is_empty())
        .unwrap_or_else(|| "you".to_string());
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

/// A reply to `original` from `from` to `recipients` with body `text` (quote it first with
/// [`with_quote`] if wanted). Threads under the original: In-Reply-To is its Message-ID,
/// References its References plus its Message-ID (each only if it is a clean ID).
///
/// An acknowledgement needs exactly one recipient; a draft may have none (the secretary
/// fills it in: the sender's address could not be used).
pub fn reply(
    original: &Envelope,
    from: &Mailbox,
    recipients: &[Address],
    text: &str,
    kind: ReplyKind,
) -> Result<Composed> {
    if kind == ReplyKind::Ack && recipients.len() != 1 {
        return Err(Error::ComposeReply(format!(
            "an automatic reply goes to exactly one address, not {}",
            recipients.len()
        )));
    }
    let subject = match kind {
        ReplyKind::Ack => ack_subject(&original.subject),
        ReplyKind::Draft => reply_subject(&original.subject),
    };
    let message_id = new_message_id(&domain_of(from));
    let mut b = Message::builder()
        .from(from.clone())
        .subject(subject.clone())
        .date(SystemTime::now())
        .message_id(Some(format!("<{message_id}>")));
    let mut to = Vec::new();
    for r in recipients {
        let mut m = mailbox(r)?;
        if kind == ReplyKind::Ack {
            // The display name is the sender's text: an automatic message carries none.
            m.name = None;
        }
        to.push(m.email.to_string());
        b = b.to(m);
    }
    if to.is_empty() {
        // A draft nobody can be written to yet: lettre wants an envelope; the header has
        // no To, which the secretary's client asks for.
        let envelope =
            lettre::address::Envelope::new(Some(from.email.clone()), vec![from.email.clone()])
                .map_err(|e| Error::ComposeReply(e.to_string()))?;
        b = b.envelope(envelope);
    }
    let parent = original
        .message_id
        .as_deref()
        .and_then(sanitize::message_id);
    let mut chain: Vec<String> = Vec::new();
    for id in original
        .references
        .iter()
        .filter_map(|id| sanitize::message_id(id))
        .chain(parent.clone())
    {
        if !chain.contains(&id) {
            chain.push(id);
        }
    }
    // The newest 100 of a chain: enough to thread, never an unbounded header.
    let skip = chain.len().saturating_sub(100);
    let refs: Vec<String> = chain[skip..].iter().map(|id| format!("<{id}>")).collect();
    if let Some(parent) = &parent {
        b = b.in_reply_to(format!("<{parent}>"));
    }
    if !refs.is_empty() {
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
    let subject = &sanitize::one_line(subject, sanitize::SUBJECT_CHARS);
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
        let c = reply(
            &original,
            &secretary(),
            &draft_recipients(&original),
            &text,
            ReplyKind::Draft,
        )
        .unwrap();
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
        let c = reply(
            &original,
            &secretary(),
            &draft_recipients(&original),
            "Thank you.",
            ReplyKind::Ack,
        )
        .unwrap();
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
        let c = reply(
            &original,
            &secretary(),
            &draft_recipients(&original),
            &long,
            ReplyKind::Draft,
        )
        .unwrap();
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
        let c = reply(
            &original,
            &secretary(),
            &draft_recipients(&original),
            "x",
            ReplyKind::Draft,
        )
        .unwrap();
        let m = MessageParser::default().parse(&c.raw).unwrap();
        assert_eq!(m.subject(), Some("Re: your message"));
        assert!(m.header("In-Reply-To").is_none());
    }
}
