//! Running one command and reading its responses up to the tagged completion, checking that
//! completion. async-imap's own FETCH and SEARCH streams stop at the tagged line without
//! looking at its status, and end quietly on EOF; a cut connection would look like a short
//! but successful answer. Here EOF is `ConnectionLost` and NO/BAD are errors.

use async_imap::imap_proto::{
    rfc4315::UidSetMember, AttributeValue, MailboxDatum, Outcome, RequestId, Response,
    ResponseCode, Status,
};

use super::session::Session;
use crate::error::ImapError;

/// Untagged responses that arrived alongside a command: hints that the mailbox changed.
/// Never the source of truth (async-imap drops them when its channel is full); a caller that
/// sees `exists` grow should run a UID SEARCH, not count on this.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MailboxChanges {
    /// The last `* n EXISTS` seen.
    pub exists: Option<u32>,
    /// How many `EXPUNGE`/`VANISHED` messages were reported.
    pub expunged: u32,
    /// Other unsolicited responses (flag changes by another client and the like).
    pub other: u32,
}

impl MailboxChanges {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    pub(crate) fn merge(&mut self, other: MailboxChanges) {
        if other.exists.is_some() {
            self.exists = other.exists;
        }
        self.expunged += other.expunged;
        self.other += other.other;
    }

    pub(crate) fn note(&mut self, response: &Response<'_>) {
        match response {
            Response::MailboxData(MailboxDatum::Exists(n)) => self.exists = Some(*n),
            Response::MailboxData(MailboxDatum::Recent(_)) => {}
            Response::Expunge(_) => self.expunged += 1,
            Response::Vanished { uids, .. } => {
                let n: u32 = uids.iter().map(|r| r.end() - r.start() + 1).sum();
                self.expunged = self.expunged.saturating_add(n);
            }
            Response::Data {
                status: Status::Ok, ..
            } => {}
            _ => self.other += 1,
        }
    }
}

/// Sends `command`, hands each untagged response to `on` (which returns false for responses
/// it does not want; those are noted in `changes`), and returns once the command's tagged
/// response says OK.
pub(crate) async fn run_collect(
    session: &mut Session,
    command: &str,
    changes: &mut MailboxChanges,
    on: impl FnMut(&Response<'_>) -> bool,
) -> Result<(), ImapError> {
    let tag = session.run_command(command).await?;
    finish(session, &tag, changes, on).await.map(|_| ())
}

/// The APPENDUID response code (RFC 4315) of a completed APPEND.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AppendedUid {
    pub uid_validity: u32,
    pub uid: u32,
}

/// Reads responses up to `tag`'s completion (see [`run_collect`]); on OK returns the
/// APPENDUID code if the server sent one. EOF before the completion is `ConnectionLost`.
pub(crate) async fn finish(
    session: &mut Session,
    tag: &RequestId,
    changes: &mut MailboxChanges,
    mut on: impl FnMut(&Response<'_>) -> bool,
) -> Result<Option<AppendedUid>, ImapError> {
    loop {
        let Some(response) = session.read_response().await? else {
            return Err(ImapError::ConnectionLost);
        };
        match response.parsed() {
            Response::Done {
                tag: done,
                status,
                outcome,
            } if done == tag => return completion(status, outcome),
            parsed => {
                if !on(parsed) {
                    changes.note(parsed);
                }
            }
        }
    }
}

pub(crate) fn completion(
    status: &Status,
    outcome: &Outcome<'_>,
) -> Result<Option<AppendedUid>, ImapError> {
    let info = || {
        format!(
            "{}{}",
            outcome
                .code
                .as_ref()
                .map(|c| format!("[{c:?}] "))
                .unwrap_or_default(),
            outcome.information.as_deref().unwrap_or("")
        )
    };
    match status {
        Status::Ok => Ok(match &outcome.code {
            Some(ResponseCode::AppendUid(uid_validity, uids)) => match uids.as_slice() {
                [UidSetMember::Uid(uid)] => Some(AppendedUid {
                    uid_validity: *uid_validity,
                    uid: *uid,
                }),
                _ => None,
            },
            _ => None,
        }),
        Status::No => Err(ImapError::No(info())),
        Status::Bad => Err(ImapError::Bad(info())),
        other => Err(ImapError::Io(std::io::Error::other(format!(
            "unexpected completion {other:?}: {}",
            info()
        )))),
    }
}

/// What one FETCH response says about one message; servers may split a message's data over
/// several responses, so callers merge by UID.
#[derive(Debug, Default)]
pub(crate) struct FetchData {
    pub uid: Option<u32>,
    pub flags: Option<Vec<String>>,
    /// Gmail's `X-GM-LABELS` (without the label of the selected mailbox: Gmail leaves it out).
    pub labels: Option<Vec<String>>,
    pub body: Option<Vec<u8>>,
    /// A partial section such as `BODY[HEADER.FIELDS (MESSAGE-ID)]`.
    pub header: Option<Vec<u8>>,
    /// `MODSEQ (n)` (CONDSTORE, RFC 7162), sent with `CHANGEDSINCE`.
    pub modseq: Option<u64>,
}

/// Reads UID, FLAGS, X-GM-LABELS, the whole-message body (`BODY[]`) and a header section
/// from a FETCH response.
pub(crate) fn fetch_data(response: &Response<'_>) -> Option<FetchData> {
    let Response::Fetch(_, attributes) = response else {
        return None;
    };
    let mut data = FetchData::default();
    for attribute in attributes {
        match attribute {
            AttributeValue::Uid(uid) => data.uid = Some(*uid),
            AttributeValue::ModSeq(m) => data.modseq = Some(*m),
            AttributeValue::Flags(flags) => {
                data.flags = Some(flags.iter().map(|f| f.to_string()).collect())
            }
            AttributeValue::GmailLabels(labels) => {
                data.labels = Some(labels.iter().map(|l| l.to_string()).collect())
            }
            AttributeValue::BodySection {
                section: None,
                data: Some(bytes),
                ..
            }
            | AttributeValue::Rfc822(Some(bytes)) => data.body = Some(bytes.to_vec()),
            AttributeValue::BodySection {
                section: Some(_),
                data: Some(bytes),
                ..
            } => data.header = Some(bytes.to_vec()),
            _ => {}
        }
    }
    Some(data)
}

/// Checks a flag or keyword before it goes into a command: an atom (RFC 3501 `flag-keyword`),
/// or `\` followed by an atom for system flags.
pub fn validate_flag(flag: &str) -> Result<(), &'static str> {
    let atom = flag.strip_prefix('\\').unwrap_or(flag);
    if atom.is_empty() {
        return Err("empty flag");
    }
    let bad = |c: char| !c.is_ascii() || c.is_ascii_control() || " (){%*\"\\]".contains(c);
    if atom.chars().any(bad) {
        return Err("flags are atoms: ASCII without spaces or any of ( ) { % * \" \\ ]");
    }
    Ok(())
}

/// Quotes a string for a command (`"..."` with `\` and `"` escaped). Refuses what a quoted
/// string cannot carry (CR, LF, NUL, non-ASCII) rather than sending a literal.
pub fn quote(value: &str) -> Result<String, &'static str> {
    if value
        .chars()
        .any(|c| !c.is_ascii() || matches!(c, '\r' | '\n' | '\0'))
    {
        return Err("cannot quote CR, LF, NUL or non-ASCII");
    }
    Ok(format!(
        "\"{}\"",
        value.replace('\\', "\\\\").replace('"', "\\\"")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_are_validated() {
        for ok in [
            "\\Flagged",
            "\\Seen",
            "postbag-complaint",
            "$Junk",
            "a.b_c-1",
        ] {
            assert!(validate_flag(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "\\",
            "two words",
            "a(b",
            "x*",
            "quo\"te",
            "ü",
            "a]",
            "tab\t",
            "\\\\x",
        ] {
            assert!(validate_flag(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn quoting_escapes_and_refuses() {
        assert_eq!(quote("<a@b.c>").unwrap(), "\"<a@b.c>\"");
        assert_eq!(quote(r#"<"odd\"@x>"#).unwrap(), r#""<\"odd\\\"@x>""#);
        assert!(quote("a\r\nb").is_err());
        assert!(quote("nön").is_err());
    }

    #[test]
    fn changes_merge_and_note() {
        let mut c = MailboxChanges::default();
        assert!(c.is_empty());
        c.note(&Response::MailboxData(MailboxDatum::Exists(7)));
        c.note(&Response::Expunge(3));
        c.note(&Response::Vanished {
            earlier: false,
            uids: vec![1..=3, 9..=9],
        });
        let mut total = MailboxChanges::default();
        total.merge(c);
        assert_eq!(total.exists, Some(7));
        assert_eq!(total.expunged, 5);
    }
}
