//! What the store holds, as `status` and `threads` show it, and the snapshot the daemon
//! writes after every pass (the daemon holds the store's lock while it runs).

use crate::store::{Counts, Store, SyncState, ThreadSummary};
use crate::Error;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Where the daemon writes its snapshot, inside the data directory.
const SNAPSHOT: &str = "status.json";

/// One folder's line in `status`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FolderStatus {
    pub mailbox: String,
    pub uidvalidity: Option<u32>,
    pub last_uid: Option<u32>,
    pub last_sync: Option<i64>,
    /// Messages seen: triaged + quarantined.
    pub seen: u64,
    pub triaged: u64,
    pub quarantined: u64,
}

/// A message postbag could not answer, and why.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ReplyFailure {
    /// `mailbox/uidvalidity/uid`.
    pub key: String,
    pub subject: String,
    pub reason: String,
    pub at: i64,
}

/// Everything `status` and `threads` show.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Status {
    pub data_dir: PathBuf,
    pub folders: Vec<FolderStatus>,
    pub categories: std::collections::BTreeMap<String, u64>,
    pub messages: u64,
    pub quarantined: u64,
    pub unmarked: u64,
    pub evidence: usize,
    /// Audit entries of first triage: equal to `messages` unless something was triaged twice.
    pub triaged_events: u64,
    pub threads: Vec<ThreadSummary>,
    /// Messages whose reply could not be made (the secretary answers them by hand).
    #[serde(default)]
    pub reply_failures: Vec<ReplyFailure>,
    /// The secretary's corrections (re-labels in her mail client) and what they taught.
    #[serde(default)]
    pub corrections: CorrectionsStatus,
    /// Set when this was read from the daemon's snapshot: when it was written.
    pub snapshot_at: Option<i64>,
}

/// The corrections line of `status`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CorrectionsStatus {
    /// Messages she re-labelled (each counted once, however often).
    pub total: u64,
    /// Per category she gave, as the per-mailbox model counts them.
    pub by_category: std::collections::BTreeMap<String, u64>,
    /// Re-labels away from safety (the safety rules keep their score; the digest lists them).
    pub away_from_safety: u64,
    /// The latest, newest first (at most [`RECENT_CORRECTIONS`]).
    pub recent: Vec<CorrectionLine>,
}

/// One correction as `status` shows it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CorrectionLine {
    /// `mailbox/uidvalidity/uid`.
    pub key: String,
    pub from: String,
    pub to: String,
    pub how: String,
    pub at: i64,
}

/// Corrections listed by `status`.
pub const RECENT_CORRECTIONS: usize = 10;

impl CorrectionsStatus {
    pub fn of(store: &Store) -> crate::Result<CorrectionsStatus> {
        let mut all = store.corrections()?;
        all.sort_by_key(|c| std::cmp::Reverse(c.at));
        Ok(CorrectionsStatus {
            total: all.len() as u64,
            by_category: store.correction_counts()?,
            away_from_safety: all
                .iter()
                .filter(|c| c.from == crate::intake::SAFETY)
                .count() as u64,
            recent: all
                .iter()
                .take(RECENT_CORRECTIONS)
                .map(|c| CorrectionLine {
                    key: c.key.to_string(),
                    from: c.from.clone(),
                    to: c.to.clone(),
                    how: c.how.clone(),
                    at: c.at,
                })
                .collect(),
        })
    }
}

impl Status {
    /// Read the live store.
    pub fn of(store: &Store) -> crate::Result<Status> {
        let Counts {
            messages,
            quarantined,
            unmarked,
            by_mailbox,
            by_category,
        } = store.counts()?;
        let states: std::collections::BTreeMap<String, SyncState> =
            store.sync_states()?.into_iter().collect();
        let mut names: Vec<&String> = states.keys().chain(by_mailbox.keys()).collect();
        names.sort();
        names.dedup();
        let folders = names
            .into_iter()
            .map(|name| {
                let state = states.get(name);
                let counts = by_mailbox.get(name).cloned().unwrap_or_default();
                FolderStatus {
                    mailbox: name.clone(),
                    uidvalidity: state.map(|s| s.uidvalidity),
                    last_uid: state.map(|s| s.last_uid),
                    last_sync: state.map(|s| s.last_sync),
                    seen: counts.messages + counts.quarantined,
                    triaged: counts.messages,
                    quarantined: counts.quarantined,
                }
            })
            .collect();
        Ok(Status {
            data_dir: store.dir().to_path_buf(),
            folders,
            categories: by_category,
            messages,
            quarantined,
            unmarked,
            evidence: store.evidence_list()?.len(),
            triaged_events: store.audit_iter().try_fold(0u64, |n, e| {
                e.map(|(_, entry)| {
                    n + u64::from(entry.action == crate::store::AuditAction::Triaged)
                })
            })?,
            threads: store.threads()?,
            reply_failures: store
                .reply_failures()?
                .into_iter()
                .map(|(key, reason, at)| {
                    let subject = store.get(&key)?.map(|r| r.subject).unwrap_or_default();
                    Ok(ReplyFailure {
                        key: key.to_string(),
                        subject,
                        reason,
                        at,
                    })
                })
                .collect::<crate::Result<_>>()?,
            corrections: CorrectionsStatus::of(store)?,
            snapshot_at: None,
        })
    }

    /// Write the snapshot atomically (temp file, then rename), readable by its owner only.
    pub fn write_snapshot(&self, data_dir: &Path) -> std::io::Result<()> {
        use std::io::Write;
        use std::os::unix::fs::OpenOptionsExt;
        let mut snapshot = self.clone();
        snapshot.snapshot_at = Some(jiff::Timestamp::now().as_second());
        let tmp = data_dir.join(format!("{SNAPSHOT}.tmp"));
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&tmp)?;
        f.write_all(&serde_json::to_vec(&snapshot)?)?;
        f.sync_all()?;
        std::fs::rename(&tmp, data_dir.join(SNAPSHOT))
    }
}

/// Removes the daemon's snapshot from `data_dir`, if there is one.
pub fn drop_snapshot(data_dir: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(data_dir.join(SNAPSHOT)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// The live store if it can be opened, else the daemon's snapshot.
pub fn load(data_dir: &Path) -> anyhow::Result<Status> {
    match Store::open(data_dir) {
        Ok(store) => Ok(Status::of(&store)?),
        Err(e @ Error::LockStore { .. }) => load_snapshot(data_dir, &e),
        Err(e) => Err(e.into()),
    }
}

/// The daemon's snapshot, for when the store is held (`locked`, which says by whom) and
/// the holder cannot be asked.
pub fn load_snapshot(data_dir: &Path, locked: &dyn std::fmt::Display) -> anyhow::Result<Status> {
    let path = data_dir.join(SNAPSHOT);
    let text = std::fs::read(&path).map_err(|e| {
        anyhow::anyhow!(
            "{locked}, and there is no snapshot at {}: {e}",
            path.display()
        )
    })?;
    Ok(serde_json::from_slice(&text)?)
}
