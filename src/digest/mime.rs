//! The digest as an RFC 5322 message, built with lettre's builder:
//!
//! ```text
//! multipart/alternative
//! ├── text/plain
//! └── multipart/related
//!     ├── text/html         (<img src="cid:chart.2026-W48@riverside.example.org">)
//!     └── image/png         (Content-ID: <chart.2026-W48@riverside.example.org>, inline)
//! ```
//!
//! Headers mark it as machine-made so that auto-responders and our own loop guard leave
//! it alone: `Auto-Submitted: auto-generated`, `Precedence: bulk`,
//! `X-Auto-Response-Suppress: All`, and a Message-ID on the secretary's domain.

use std::time::{Duration, UNIX_EPOCH};

use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::Message;

use crate::{Error, Result};

/// The Content-ID of the chart of `week` (the HTML refers to it as `cid:` + this): unique
/// per week and sender domain, as RFC 2392 asks, so no client shows a cached older chart.
pub fn chart_cid(week: super::IsoWeek, domain: &str) -> String {
    format!("chart.{week}@{domain}")
}

/// Everything that goes into one recipient's message.
pub struct Parts<'a> {
    pub from: &'a str,
    pub to: &'a str,
    pub subject: &'a str,
    /// Without angle brackets.
    pub message_id: &'a str,
    /// Unix seconds.
    pub date: i64,
    pub text: String,
    pub html: String,
    pub png: Vec<u8>,
    pub chart_cid: &'a str,
}

pub fn compose(p: Parts<'_>) -> Result<Vec<u8>> {
    let bad = |what: &str, e: &dyn std::fmt::Display| Error::BuildDigest(format!("{what}: {e}"));
    let from: Mailbox = p
        .from
        .parse()
        .map_err(|e| bad(&format!("sender {:?}", p.from), &e))?;
    let to: Mailbox =
        p.to.parse()
            .map_err(|e| bad(&format!("recipient {:?}", p.to), &e))?;
    let raw = |name: &'static str, value: &str| {
        HeaderValue::new(HeaderName::new_from_ascii_str(name), value.to_string())
    };
    let png_type = ContentType::parse("image/png").expect("a valid MIME type");
    let message = Message::builder()
        .from(from)
        .to(to)
        .subject(p.subject)
        .message_id(Some(format!("<{}>", p.message_id)))
        .date(UNIX_EPOCH + Duration::from_secs(p.date.max(0) as u64))
        .raw_header(raw("Auto-Submitted", "auto-generated"))
        .raw_header(raw("Precedence", "bulk"))
        .raw_header(raw("X-Auto-Response-Suppress", "All"))
        .multipart(
            MultiPart::alternative()
                .singlepart(SinglePart::plain(p.text))
                .multipart(
                    MultiPart::related()
                        .singlepart(SinglePart::html(p.html))
                        .singlepart(
                            Attachment::new_inline(p.chart_cid.to_string()).body(p.png, png_type),
                        ),
                ),
        )
        .map_err(|e| bad("message", &e))?;
    Ok(message.formatted())
}

/// The domain part of an address (`Name <user@domain>` or `user@domain`), lowercased.
pub fn domain_of(address: &str) -> Option<String> {
    let addr = address.rsplit('<').next()?.trim_end_matches('>').trim();
    let (_, domain) = addr.rsplit_once('@')?;
    (!domain.is_empty()).then(|| domain.to_ascii_lowercase())
}
