//! Evidence for the `safety` category (raw bytes kept unchanged with their SHA-256 and
//! arrival time, never overwritten) and the quarantine of messages that could not be
//! parsed.

use sha2::{Digest, Sha256};
use sled::Transactional;

use super::audit::{append, entry};
use super::keys::{decode, encode, message_key};
use super::{
    abort, now, tx_error, AuditAction, Evidence, EvidenceInfo, MessageKey, QuarantineEntry, Store,
};
use crate::{Error, Result};

pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Store {
    /// Keeps `raw` unchanged as evidence for `key`. Idempotent for the same bytes; refuses
    /// different bytes for a key that already has evidence (evidence is never replaced).
    pub fn put_evidence(&self, key: &MessageKey, raw: &[u8], arrived: i64) -> Result<EvidenceInfo> {
        let k = message_key(key)?;
        let info = EvidenceInfo {
            key: key.clone(),
            sha256: sha256_hex(raw),
            arrived,
            size: raw.len(),
        };
        let i = self.inner()?;
        (&i.evidence, &i.evidence_raw, &i.audit)
            .transaction(|(evidence, raw_tree, audit)| {
                if let Some(v) = evidence.get(&k)? {
                    let kept: EvidenceInfo = decode("evidence", &v).map_err(abort)?;
                    if kept.sha256 != info.sha256 {
                        return Err(abort(Error::KeepEvidence {
                            key: key.to_string(),
                            detail: format!(
                                "different evidence is already kept (sha256 {})",
                                kept.sha256
                            ),
                        }));
                    }
                    return Ok(kept);
                }
                evidence.insert(k.as_slice(), encode("evidence", &info).map_err(abort)?)?;
                raw_tree.insert(k.as_slice(), raw)?;
                let detail = format!("sha256 {} size {}", info.sha256, info.size);
                append(audit, &entry(AuditAction::EvidenceKept, Some(key), detail))?;
                Ok(info.clone())
            })
            .map_err(tx_error)
    }

    pub fn get_evidence(&self, key: &MessageKey) -> Result<Option<Evidence>> {
        let k = message_key(key)?;
        let Some(v) = self.inner()?.evidence.get(&k).map_err(Error::ReadStore)? else {
            return Ok(None);
        };
        let info: EvidenceInfo = decode("evidence", &v)?;
        let raw = self
            .inner()?
            .evidence_raw
            .get(&k)
            .map_err(Error::ReadStore)?;
        Ok(Some(Evidence {
            info,
            raw: raw.map(|r| r.to_vec()).unwrap_or_default(),
        }))
    }

    /// `Some(true)` when the kept bytes still hash to what was recorded at intake,
    /// `None` when there is no evidence for `key`.
    pub fn verify_evidence(&self, key: &MessageKey) -> Result<Option<bool>> {
        Ok(self.get_evidence(key)?.map(|e| e.verify()))
    }

    /// What evidence is kept, by key (without the bytes).
    pub fn evidence_list(&self) -> Result<Vec<EvidenceInfo>> {
        self.inner()?
            .evidence
            .iter()
            .map(|item| {
                let (_, v) = item.map_err(Error::ReadStore)?;
                decode("evidence", &v)
            })
            .collect()
    }

    /// Records that the message at `key` could not be parsed or triaged, so it is counted
    /// rather than lost. Returns false if it was already quarantined or is stored.
    pub fn quarantine(&self, key: &MessageKey, reason: &str, size: usize) -> Result<bool> {
        let k = message_key(key)?;
        let q = QuarantineEntry {
            key: key.clone(),
            reason: reason.to_owned(),
            size,
            at: now(),
        };
        let i = self.inner()?;
        (&i.quarantine, &i.messages, &i.audit)
            .transaction(|(quarantine, messages, audit)| {
                if quarantine.get(&k)?.is_some() || messages.get(&k)?.is_some() {
                    return Ok(false);
                }
                quarantine.insert(k.as_slice(), encode("quarantine entry", &q).map_err(abort)?)?;
                append(
                    audit,
                    &entry(AuditAction::Quarantined, Some(key), q.reason.clone()),
                )?;
                Ok(true)
            })
            .map_err(tx_error)
    }
}
