//! Raw message bytes -> an owned [`Envelope`]; address and subject normalisation.
//!
//! Parsing never panics the caller: mail-parser runs under `catch_unwind`, and input that is
//! not a message (empty, binary, cut off inside its header) is refused with a reason, so a
//! source can quarantine it instead of losing it. Where the bytes come from is `source`'s job.

mod check;
pub mod source;
pub mod subject;

pub use subject::{normalize_subject, strip_subject};

use mail_parser::{HeaderName, MessageParser};
use serde::{Deserialize, Serialize};
use std::cell::Cell;

/// The most body text kept for triage: rules look at the start of long messages only.
pub const MAX_BODY_CHARS: usize = 256 * 1024;

/// One mailbox address as written in a header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    pub name: Option<String>,
    pub email: String,
}

impl Address {
    /// The address in a form fit for comparison: lowercased.
    pub fn normalized(&self) -> String {
        self.email.trim().to_ascii_lowercase()
    }
}

impl std::fmt::Display for Address {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.name {
            Some(name) if !name.is_empty() => write!(f, "{name} <{}>", self.email),
            _ => f.write_str(&self.email),
        }
    }
}

/// Everything postbag needs of a message, owned and independent of the raw bytes.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Envelope {
    /// Message-ID without angle brackets.
    pub message_id: Option<String>,
    pub in_reply_to: Vec<String>,
    pub references: Vec<String>,
    pub from: Vec<Address>,
    pub to: Vec<Address>,
    pub cc: Vec<Address>,
    pub reply_to: Vec<Address>,
    pub subject: String,
    /// Date header as unix seconds.
    pub date: Option<i64>,
    /// Every header of the top-level part in order: lowercased name, unfolded raw value.
    pub headers: Vec<(String, String)>,
    /// Plain text of the first text part, converted from HTML when that is all there is.
    pub body: String,
    /// Size of the raw message in bytes.
    pub size: usize,
    /// From or Reply-To was written as a group (`name: a@x, b@y;`): never one person to
    /// answer automatically.
    #[serde(skip)]
    pub address_group: bool,
    /// Who the sender is in the member list, when it was looked up (`members::annotate`);
    /// rules see it as the fields `sender-status` and `sender-branch`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender_profile: Option<SenderProfile>,
}

/// The sender as the member list knows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SenderProfile {
    /// `member`, `lapsed`, `officer` or `non-member`.
    pub status: String,
    /// Branch or ward; `None` for a non-member or an empty column.
    pub branch: Option<String>,
}

impl Envelope {
    /// The first value of a header, by case-insensitive name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Every value of a header, by case-insensitive name.
    pub fn header_all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.headers
            .iter()
            .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The first From address, if any.
    pub fn sender(&self) -> Option<&Address> {
        self.from.first()
    }
}

/// Why bytes could not be turned into an [`Envelope`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("empty file: no message")]
    Empty,
    #[error("binary data, not a message ({0})")]
    Binary(String),
    #[error("no header fields: not an RFC 5322 message (first line: {0:?})")]
    NoHeaders(String),
    #[error("truncated: the file ends inside the header section ({0})")]
    Truncated(String),
    #[error("the parser rejected the message")]
    Rejected,
    #[error("the parser crashed on this message: {0}")]
    Panicked(String),
}

thread_local! {
    static IN_PARSER: Cell<bool> = const { Cell::new(false) };
}

/// True while this thread is inside mail-parser: a panic hook uses it to stay quiet about
/// panics that [`parse`] turns into [`ParseError::Panicked`].
pub fn in_parser() -> bool {
    IN_PARSER.with(|c| c.get())
}

/// Parse raw message bytes (without any mbox `From ` line) into an [`Envelope`].
pub fn parse(raw: &[u8]) -> Result<Envelope, ParseError> {
    check::looks_like_message(raw)?;
    IN_PARSER.with(|c| c.set(true));
    let result = std::panic::catch_unwind(|| parse_unchecked(raw));
    IN_PARSER.with(|c| c.set(false));
    match result {
        Ok(Some(env)) => Ok(env),
        Ok(None) => Err(ParseError::Rejected),
        Err(payload) => Err(ParseError::Panicked(panic_message(payload.as_ref()))),
    }
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}

/// Only the headers triage reads are parsed into structures; the rest (Received above all,
/// which costs more than any other) are kept raw, read through `headers_raw`.
fn parser() -> &'static MessageParser {
    static PARSER: std::sync::OnceLock<MessageParser> = std::sync::OnceLock::new();
    PARSER.get_or_init(|| {
        MessageParser::new()
            .with_minimal_headers()
            .with_message_ids()
            .default_header_raw()
    })
}

fn parse_unchecked(raw: &[u8]) -> Option<Envelope> {
    let msg = parser().parse(raw)?;
    let addresses = |a: Option<&mail_parser::Address>| -> Vec<Address> {
        a.map(|a| {
            a.iter()
                .filter_map(|addr| {
                    let email = addr.address()?.trim();
                    (!email.is_empty()).then(|| Address {
                        name: addr
                            .name()
                            .map(|n| n.trim().to_string())
                            .filter(|n| !n.is_empty()),
                        email: email.to_string(),
                    })
                })
                .collect()
        })
        .unwrap_or_default()
    };
    let id_list = |name: HeaderName| -> Vec<String> {
        msg.header(name)
            .map(|v| match v {
                mail_parser::HeaderValue::Text(t) => vec![strip_angles(t)],
                mail_parser::HeaderValue::TextList(l) => {
                    l.iter().map(|t| strip_angles(t)).collect()
                }
                _ => Vec::new(),
            })
            .unwrap_or_default()
    };
    let headers = msg
        .headers_raw()
        .map(|(name, value)| (name.to_ascii_lowercase(), unfold(value)))
        .collect();
    let address_group = [msg.from(), msg.reply_to()]
        .into_iter()
        .flatten()
        .any(|a| matches!(a, mail_parser::Address::Group(_)));
    let mut body = msg.body_text(0).map(|b| b.into_owned()).unwrap_or_default();
    truncate_chars(&mut body, MAX_BODY_CHARS);
    Some(Envelope {
        message_id: msg.message_id().map(strip_angles).filter(|s| !s.is_empty()),
        in_reply_to: id_list(HeaderName::InReplyTo),
        references: id_list(HeaderName::References),
        from: addresses(msg.from()),
        to: addresses(msg.to()),
        cc: addresses(msg.cc()),
        reply_to: addresses(msg.reply_to()),
        subject: msg
            .subject()
            .map(|s| s.trim().to_string())
            .unwrap_or_default(),
        date: msg.date().map(|d| d.to_timestamp()),
        headers,
        body,
        size: raw.len(),
        address_group,
        sender_profile: None,
    })
}

fn strip_angles(s: &str) -> String {
    s.trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim()
        .to_string()
}

/// Unfold a raw header value: line breaks followed by whitespace become one space.
fn unfold(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for piece in value.split(['\r', '\n']) {
        let piece = piece.trim();
        if piece.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(piece);
    }
    out
}

fn truncate_chars(s: &mut String, max_bytes: usize) {
    if s.len() > max_bytes {
        let mut cut = max_bytes;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIMPLE: &[u8] = b"From: Siobhan Kelly <siobhan@example.com>\r\n\
To: secretary@riverside.example.org\r\n\
Subject: Next meeting\r\n\
Message-ID: <abc@example.com>\r\n\
In-Reply-To: <parent@example.org>\r\n\
References: <root@example.org>\r\n <parent@example.org>\r\n\
List-Id: Members\r\n  <members.example.org>\r\n\
Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n\
\r\n\
When is the next meeting?\r\n";

    #[test]
    fn parses_the_fields_triage_needs() {
        let env = parse(SIMPLE).unwrap();
        assert_eq!(env.from[0].email, "siobhan@example.com");
        assert_eq!(env.from[0].name.as_deref(), Some("Siobhan Kelly"));
        assert_eq!(env.to[0].email, "secretary@riverside.example.org");
        assert_eq!(env.subject, "Next meeting");
        assert_eq!(env.message_id.as_deref(), Some("abc@example.com"));
        assert_eq!(env.in_reply_to, vec!["parent@example.org"]);
        assert_eq!(
            env.references,
            vec!["root@example.org", "parent@example.org"]
        );
        assert_eq!(env.header("LIST-ID"), Some("Members <members.example.org>"));
        assert_eq!(env.date, Some(1_795_428_000));
        assert!(env.body.contains("next meeting"));
        assert_eq!(env.size, SIMPLE.len());
    }

    #[test]
    fn html_only_body_becomes_text() {
        let raw = b"From: a@example.com\r\nSubject: x\r\nContent-Type: text/html\r\n\r\n<p>Hello <b>there</b></p>";
        let env = parse(raw).unwrap();
        assert!(env.body.contains("Hello"), "{:?}", env.body);
        assert!(!env.body.contains("<b>"));
    }
}
