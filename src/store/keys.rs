//! Byte encodings of the store's keys: big-endian integers so that sled's ordered scans
//! walk a mailbox in (UIDVALIDITY, UID) order and the audit log in id order.

use super::types::MessageKey;
use crate::{Error, Result};

/// Separates a variable-length text part from what follows; IMAP mailbox names and
/// Message-IDs never contain NUL, and we refuse any that do.
const SEP: u8 = 0;

/// `mailbox NUL uidvalidity(be32) uid(be32)`.
pub(crate) fn message_key(key: &MessageKey) -> Result<Vec<u8>> {
    let mut out = mailbox_prefix(&key.mailbox)?;
    out.extend_from_slice(&key.uidvalidity.to_be_bytes());
    out.extend_from_slice(&key.uid.to_be_bytes());
    Ok(out)
}

/// The prefix shared by every message key of one mailbox (`mailbox NUL`).
pub(crate) fn mailbox_prefix(mailbox: &str) -> Result<Vec<u8>> {
    text_part("mailbox name", mailbox)
}

pub(crate) fn decode_message_key(bytes: &[u8]) -> Result<MessageKey> {
    let bad = || Error::DecodeRecord {
        what: "message key",
        detail: format!("{} bytes of unexpected shape", bytes.len()),
    };
    if bytes.len() < 9 || bytes[bytes.len() - 9] != SEP {
        return Err(bad());
    }
    let (name, rest) = bytes.split_at(bytes.len() - 9);
    let mailbox = std::str::from_utf8(name).map_err(|_| bad())?.to_owned();
    let uidvalidity = u32::from_be_bytes(rest[1..5].try_into().map_err(|_| bad())?);
    let uid = u32::from_be_bytes(rest[5..9].try_into().map_err(|_| bad())?);
    Ok(MessageKey {
        mailbox,
        uidvalidity,
        uid,
    })
}

/// A Message-ID as a key part (thread index); refuses a NUL byte.
pub(crate) fn message_id_prefix(message_id: &str) -> Result<Vec<u8>> {
    text_part("message id", message_id)
}

fn text_part(what: &'static str, text: &str) -> Result<Vec<u8>> {
    if text.as_bytes().contains(&SEP) {
        return Err(Error::EncodeRecord {
            what,
            detail: format!("{text:?} contains a NUL byte"),
        });
    }
    let mut out = Vec::with_capacity(text.len() + 9);
    out.extend_from_slice(text.as_bytes());
    out.push(SEP);
    Ok(out)
}

pub(crate) fn u64_key(id: u64) -> [u8; 8] {
    id.to_be_bytes()
}

pub(crate) fn decode_u64(bytes: &[u8]) -> Result<u64> {
    let arr: [u8; 8] = bytes.try_into().map_err(|_| Error::DecodeRecord {
        what: "id",
        detail: format!("{} bytes instead of 8", bytes.len()),
    })?;
    Ok(u64::from_be_bytes(arr))
}

/// Records are JSON: see the module docs of `store` for why.
pub(crate) fn encode<T: serde::Serialize>(what: &'static str, value: &T) -> Result<Vec<u8>> {
    serde_json::to_vec(value).map_err(|e| Error::EncodeRecord {
        what,
        detail: e.to_string(),
    })
}

pub(crate) fn decode<T: serde::de::DeserializeOwned>(
    what: &'static str,
    bytes: &[u8],
) -> Result<T> {
    serde_json::from_slice(bytes).map_err(|e| Error::DecodeRecord {
        what,
        detail: e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(mailbox: &str, uidvalidity: u32, uid: u32) -> MessageKey {
        MessageKey {
            mailbox: mailbox.into(),
            uidvalidity,
            uid,
        }
    }

    #[test]
    fn message_keys_round_trip_and_sort_by_uid() {
        let a = message_key(&key("INBOX", 7, 2)).unwrap();
        let b = message_key(&key("INBOX", 7, 10)).unwrap();
        let c = message_key(&key("INBOX", 8, 1)).unwrap();
        assert!(a < b && b < c);
        assert_eq!(decode_message_key(&b).unwrap(), key("INBOX", 7, 10));
    }

    #[test]
    fn mailbox_prefix_does_not_match_a_longer_name() {
        let p = mailbox_prefix("INBOX").unwrap();
        let other = message_key(&key("INBOX.Sent", 1, 1)).unwrap();
        assert!(!other.starts_with(&p));
    }

    #[test]
    fn nul_in_names_is_refused() {
        assert!(message_key(&key("IN\0BOX", 1, 1)).is_err());
    }
}
