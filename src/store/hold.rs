//! The evidence hold: a `safety` message's record and raw bytes are exempt from purge
//! until someone releases them (`postbag evidence release KEY`), e.g. when the police
//! have what they need or the matter is closed. Released evidence then follows the
//! `safety` retention like any other record.

use super::keys::{decode, encode, message_key};
use super::{now, AuditAction, EvidenceInfo, MessageKey, Store};
use crate::{Error, Result};

impl Store {
    /// Releases the evidence of `key` from the hold; returns what is kept. Idempotent:
    /// releasing again keeps the first release time.
    pub fn release_evidence(&self, key: &MessageKey) -> Result<EvidenceInfo> {
        let k = message_key(key)?;
        let Some(v) = self.inner()?.evidence.get(&k).map_err(Error::ReadStore)? else {
            return Err(Error::ReleaseEvidence {
                key: key.to_string(),
                detail: "no evidence is kept for this key (see `postbag evidence list`)".into(),
            });
        };
        let info: EvidenceInfo = decode("evidence", &v)?;
        let fresh = self
            .inner()?
            .released
            .compare_and_swap(&k, None as Option<&[u8]>, Some(encode("release", &now())?))
            .map_err(Error::WriteStore)?
            .is_ok();
        if fresh {
            self.audit(
                AuditAction::Other("evidence-released".into()),
                Some(key),
                &format!("sha256 {}", info.sha256),
            )?;
        }
        Ok(info)
    }

    /// When the evidence of `key` was released, or `None` while it is held (or there is
    /// none).
    pub fn evidence_released_at(&self, key: &MessageKey) -> Result<Option<i64>> {
        match self
            .inner()?
            .released
            .get(message_key(key)?)
            .map_err(Error::ReadStore)?
        {
            Some(v) => Ok(Some(decode("release", &v)?)),
            None => Ok(None),
        }
    }
}
