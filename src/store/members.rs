//! The member list in the store (`members` tree, canonical address -> [`Member`]),
//! replaced whole on every import. Reading the CSV and matching addresses is `members`'s job.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sled::Transactional;

use super::audit::{append, entry};
use super::keys::{decode, encode};
use super::{tx_error, AuditAction, Store};
use crate::{Error, Result};

/// A member's standing, as the branch records it. A sender who is not on the list at all
/// is a "non-member", which is not a stored status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MemberStatus {
    Lapsed,
    Member,
    Officer,
}

impl MemberStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            MemberStatus::Lapsed => "lapsed",
            MemberStatus::Member => "member",
            MemberStatus::Officer => "officer",
        }
    }
}

impl std::str::FromStr for MemberStatus {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "member" => Ok(MemberStatus::Member),
            "lapsed" => Ok(MemberStatus::Lapsed),
            "officer" => Ok(MemberStatus::Officer),
            other => Err(format!(
                "unknown status {other:?}, expected member, lapsed or officer \
                 (map other values with [members] statuses in the config)"
            )),
        }
    }
}

/// One row of the member list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub name: String,
    /// As written in the list.
    pub email: String,
    /// The key it is stored and matched under (see `members::canonical`).
    pub canonical: String,
    pub number: String,
    pub status: MemberStatus,
    pub branch: String,
}

impl Store {
    /// Replaces the whole member list in one transaction, so a lookup sees either the old
    /// list or the new one, never a mix. Adds an audit line with counts only.
    pub fn replace_members(&self, members: &[Member]) -> Result<()> {
        let old: Vec<sled::IVec> = self
            .inner()?
            .members
            .iter()
            .keys()
            .collect::<sled::Result<_>>()
            .map_err(Error::ReadStore)?;
        let mut by_status: BTreeMap<&str, usize> = BTreeMap::new();
        for m in members {
            *by_status.entry(m.status.as_str()).or_default() += 1;
        }
        let detail = format!(
            "member list replaced: {} rows ({})",
            members.len(),
            by_status
                .iter()
                .map(|(s, n)| format!("{s} {n}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let encoded = members
            .iter()
            .map(|m| Ok((m.canonical.clone(), encode("member", m)?)))
            .collect::<Result<Vec<_>>>()?;
        let i = self.inner()?;
        (&i.members, &i.audit)
            .transaction(|(tree, audit)| {
                for k in &old {
                    tree.remove(k)?;
                }
                for (k, v) in &encoded {
                    tree.insert(k.as_bytes(), v.as_slice())?;
                }
                let action = AuditAction::Other("members-imported".into());
                append(audit, &entry(action, None, detail.clone()))?;
                Ok(())
            })
            .map_err(tx_error)
    }

    /// The member stored under a canonical address.
    pub fn member(&self, canonical: &str) -> Result<Option<Member>> {
        match self
            .inner()?
            .members
            .get(canonical.as_bytes())
            .map_err(Error::ReadStore)?
        {
            Some(v) => Ok(Some(decode("member", &v)?)),
            None => Ok(None),
        }
    }

    /// Every member, by canonical address.
    pub fn members(&self) -> Result<Vec<Member>> {
        self.inner()?
            .members
            .iter()
            .map(|item| {
                let (_, v) = item.map_err(Error::ReadStore)?;
                decode("member", &v)
            })
            .collect()
    }

    /// Whether a member list has been imported (an empty list counts as none).
    pub fn has_members(&self) -> Result<bool> {
        Ok(!self.inner()?.members.is_empty())
    }
}
