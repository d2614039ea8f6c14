//! The compact encoding of message records, the store's largest and most written values:
//! a version byte, then each field in a fixed order, integers as LEB128 varints (zigzag
//! for signed), strings and lists length-prefixed, the MinHash signature as raw
//! little-endian words. About half the size of the JSON it replaces (a JSON record spent
//! ~700 of its ~1,100 bytes on field names and the signature's decimal digits), and
//! cheaper to write and read.
//!
//! Records written as JSON by earlier versions (format `postbag-store-1`) start with `{`
//! and are still read as JSON, so an old store needs no migration. A field added later
//! gets a new version byte, and the reader keeps reading the old ones.

use super::{Address, MessageKey, MessageRecord};
use crate::{Error, Result};

/// The first byte of a record in this encoding. JSON records start with `{` (0x7b).
const V2: u8 = 2;

/// Encodes a message record (see the module docs).
pub(crate) fn encode_message(rec: &MessageRecord) -> Vec<u8> {
    let mut w = Writer(Vec::with_capacity(
        64 + rec.snippet.len() + rec.subject.len() + 4 * rec.minhash.len(),
    ));
    w.0.push(V2);
    w.str(&rec.key.mailbox);
    w.uint(rec.key.uidvalidity.into());
    w.uint(rec.key.uid.into());
    w.opt_str(rec.message_id.as_deref());
    w.strs(&rec.in_reply_to);
    w.strs(&rec.references);
    match &rec.from {
        Some(a) => {
            w.0.push(1);
            w.address(a);
        }
        None => w.0.push(0),
    }
    w.addresses(&rec.to);
    w.addresses(&rec.cc);
    w.str(&rec.subject);
    match rec.date {
        Some(d) => {
            w.0.push(1);
            w.int(d);
        }
        None => w.0.push(0),
    }
    w.int(rec.arrived);
    w.uint(rec.size as u64);
    w.str(&rec.category);
    w.int(rec.priority);
    w.int(rec.score);
    w.strs(&rec.rules);
    w.str(&rec.snippet);
    w.uint(rec.thread_id);
    w.uint(rec.minhash.len() as u64);
    for h in &rec.minhash {
        w.0.extend_from_slice(&h.to_le_bytes());
    }
    w.opt_str(rec.safety_level.as_deref());
    w.0
}

/// Decodes a message record in either encoding.
pub(crate) fn decode_message(bytes: &[u8]) -> Result<MessageRecord> {
    match bytes.first() {
        Some(&V2) => decode_v2(&bytes[1..]).ok_or_else(|| Error::DecodeRecord {
            what: "message",
            detail: format!("{} bytes of unexpected shape", bytes.len()),
        }),
        _ => super::keys::decode("message", bytes),
    }
}

fn decode_v2(bytes: &[u8]) -> Option<MessageRecord> {
    let mut r = Reader(bytes);
    let key = MessageKey {
        mailbox: r.str()?,
        uidvalidity: u32::try_from(r.uint()?).ok()?,
        uid: u32::try_from(r.uint()?).ok()?,
    };
    let message_id = r.opt_str()?;
    let in_reply_to = r.strs()?;
    let references = r.strs()?;
    let from = match r.byte()? {
        0 => None,
        1 => Some(r.address()?),
        _ => return None,
    };
    let to = r.addresses()?;
    let cc = r.addresses()?;
    let subject = r.str()?;
    let date = match r.byte()? {
        0 => None,
        1 => Some(r.int()?),
        _ => return None,
    };
    let arrived = r.int()?;
    let size = usize::try_from(r.uint()?).ok()?;
    let category = r.str()?;
    let priority = r.int()?;
    let score = r.int()?;
    let rules = r.strs()?;
    let snippet = r.str()?;
    let thread_id = r.uint()?;
    let n = r.len()?;
    let words = r.take(n.checked_mul(4)?)?;
    let minhash = words
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    let safety_level = r.opt_str()?;
    if !r.0.is_empty() {
        return None;
    }
    Some(MessageRecord {
        key,
        message_id,
        in_reply_to,
        references,
        from,
        to,
        cc,
        subject,
        date,
        arrived,
        size,
        category,
        priority,
        score,
        rules,
        snippet,
        thread_id,
        minhash,
        safety_level,
    })
}

struct Writer(Vec<u8>);

impl Writer {
    fn uint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.0.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.0.push(v as u8);
    }

    fn int(&mut self, v: i64) {
        self.uint(((v << 1) ^ (v >> 63)) as u64);
    }

    fn str(&mut self, s: &str) {
        self.uint(s.len() as u64);
        self.0.extend_from_slice(s.as_bytes());
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => {
                self.0.push(1);
                self.str(s);
            }
            None => self.0.push(0),
        }
    }

    fn strs(&mut self, list: &[String]) {
        self.uint(list.len() as u64);
        for s in list {
            self.str(s);
        }
    }

    fn address(&mut self, a: &Address) {
        self.opt_str(a.name.as_deref());
        self.str(&a.email);
    }

    fn addresses(&mut self, list: &[Address]) {
        self.uint(list.len() as u64);
        for a in list {
            self.address(a);
        }
    }
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(b)
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.0.len() {
            return None;
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }

    fn uint(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }

    fn int(&mut self) -> Option<i64> {
        let u = self.uint()?;
        Some(((u >> 1) as i64) ^ -((u & 1) as i64))
    }

    /// A length, which cannot exceed the bytes left (each item takes at least one).
    fn len(&mut self) -> Option<usize> {
        let n = usize::try_from(self.uint()?).ok()?;
        (n <= self.0.len()).then_some(n)
    }

    fn str(&mut self) -> Option<String> {
        let n = self.len()?;
        std::str::from_utf8(self.take(n)?).ok().map(str::to_owned)
    }

    fn opt_str(&mut self) -> Option<Option<String>> {
        match self.byte()? {
            0 => Some(None),
            1 => Some(Some(self.str()?)),
            _ => None,
        }
    }

    fn strs(&mut self) -> Option<Vec<String>> {
        let n = self.len()?;
        (0..n).map(|_| self.str()).collect()
    }

    fn address(&mut self) -> Option<Address> {
        Some(Address {
            name: self.opt_str()?,
            email: self.str()?,
        })
    }

    fn addresses(&mut self) -> Option<Vec<Address>> {
        let n = self.len()?;
        (0..n).map(|_| self.address()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> MessageRecord {
        MessageRecord {
            key: MessageKey::new("INBOX/Ünïcode", 7, u32::MAX),
            message_id: Some("a@example.org".into()),
            in_reply_to: vec!["p@example.org".into()],
            references: vec!["r@example.org".into(), "p@example.org".into()],
            from: Some(Address {
                name: Some("Ann Example".into()),
                email: "ann@example.org".into(),
            }),
            to: vec![Address {
                name: None,
                email: "sec@example.org".into(),
            }],
            cc: Vec::new(),
            subject: "Re: the AGM — motion".into(),
            date: Some(-5),
            arrived: 1_800_000_000,
            size: 12_345,
            category: "procedural".into(),
            priority: -3,
            score: i64::MIN,
            rules: vec!["procedural-motion".into(), "learned-procedural".into()],
            snippet: "Dear secretary, please find the motion below.".into(),
            thread_id: u64::MAX,
            minhash: vec![0, 1, u32::MAX, 0x1234_5678],
            safety_level: Some("review".into()),
        }
    }

    #[test]
    fn round_trips_and_is_smaller_than_json() {
        let rec = record();
        let bytes = encode_message(&rec);
        assert_eq!(decode_message(&bytes).unwrap(), rec);
        let json = serde_json::to_vec(&rec).unwrap();
        assert!(
            bytes.len() * 3 < json.len() * 2,
            "{} vs {}",
            bytes.len(),
            json.len()
        );
        let bare = MessageRecord {
            message_id: None,
            from: None,
            date: None,
            minhash: Vec::new(),
            safety_level: None,
            ..rec
        };
        assert_eq!(decode_message(&encode_message(&bare)).unwrap(), bare);
    }

    #[test]
    fn reads_records_stored_as_json() {
        let rec = record();
        let json = serde_json::to_vec(&rec).unwrap();
        assert_eq!(decode_message(&json).unwrap(), rec);
    }

    #[test]
    fn a_cut_or_padded_record_is_an_error_not_a_panic() {
        let bytes = encode_message(&record());
        for n in 0..bytes.len() {
            assert!(decode_message(&bytes[..n]).is_err(), "cut at {n}");
        }
        let mut padded = bytes.clone();
        padded.push(0);
        assert!(decode_message(&padded).is_err());
        assert!(decode_message(&[V2, 0xff, 0xff, 0xff]).is_err());
    }
}
