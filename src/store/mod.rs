//! The embedded store (sled 0.34) behind a narrow typed API: message records, threads,
//! correspondents, evidence, quarantine, sync state and the audit log. Parsing, triage and IMAP live elsewhere; callers pass plain structs in.
//!
//! # Durability: what survives when
//! sled writes to its log in memory and flushes it in the background every 500 ms. A
//! write is durable only once [`Store::flush`] has returned after it. So the protocol is:
//! store a batch, `flush().await`, mark messages on the server, save drafts or send mail,
//! and only then advance the IMAP checkpoint ([`Store::checkpoint`]) and flush again.
//! After a crash everything up to the last completed flush is there; later writes may
//! or may not be, but each `insert_messages` batch is one transaction, so a message is
//! either stored with its thread, correspondent and audit entry, or not at all.
//!
//! # Rebuilding
//! sled 0.34 has open reports of corruption after abrupt stops (#1527, #1533). The mailbox
//! is the source of truth, so a broken store is set aside, never patched:
//! [`Store::open`] reports corruption as [`Error::CorruptStore`] and
//! [`Store::set_aside_and_recreate`] moves the old directory next to itself (it may hold
//! evidence that is no longer on the server) and opens an empty store to re-sync into.
//!
//! # Encoding
//! Keys are bytes with big-endian integers so ordered scans follow mailbox, UIDVALIDITY
//! and UID. Values are JSON (serde_json, already a dependency): self-describing, so a
//! field added later with `#[serde(default)]` reads old records without a migration, and
//! a record can be read when debugging. postcard would be smaller and faster, but it is
//! not self-describing, and at a secretary's volume (thousands of messages, well under
//! a kilobyte each) size and speed do not matter. Evidence bytes are stored raw, not JSON.
//!
//! # Files
//! The directory is created with mode 0700 and the files present after opening are set
//! to 0600. sled creates more files later (snapshots, blobs) with the process umask; the
//! 0700 directory keeps those unreadable to other users.

mod audit;
mod copies;
mod correspondents;
mod digests;
mod erase;
mod evidence;
mod hold;
mod keys;
mod members;
mod messages;
mod outbox;
mod ratelimit;
mod rewrite;
pub mod thread;
mod threads;
mod types;

pub use copies::FolderCopy;
pub use correspondents::normalize_email;
pub use digests::DigestSent;
pub use erase::Erased;
pub use members::{Member, MemberStatus};
pub use outbox::{Enqueued, NewOutgoing, OutboxItem, OutboxKind, OutboxState, ReplyRecord};
pub use ratelimit::{Limited, RateLimits};
pub use rewrite::Rewritten;

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use types::*;

use crate::{Error, Result};

/// sled's page cache; its default of 1 GiB is far more than a secretary's inbox needs.
const CACHE_BYTES: u64 = 16 * 1024 * 1024;

/// Stored in the `meta` tree; bump when records change incompatibly (then rebuild).
const FORMAT: &[u8] = b"postbag-store-1";

/// A file beside sled's own that says "this directory holds a postbag store".
const MARKER: &str = "postbag-store";

/// A handle on the store: cheap to clone (one `Arc`), `Send + Sync`.
#[derive(Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

struct Inner {
    dir: PathBuf,
    db: sled::Db,
    /// message key -> MessageRecord
    messages: sled::Tree,
    /// message id -> thread id (also ids only referenced so far)
    thread_ids: sled::Tree,
    /// thread id -> Thread
    threads: sled::Tree,
    /// lowercased email -> Correspondent
    correspondents: sled::Tree,
    /// mailbox -> SyncState
    sync: sled::Tree,
    /// generated id -> AuditEntry
    audit: sled::Tree,
    /// message key -> EvidenceMeta
    evidence: sled::Tree,
    /// message key -> raw bytes, unchanged
    evidence_raw: sled::Tree,
    /// message key -> QuarantineEntry
    quarantine: sled::Tree,
    /// canonical address -> Member (the imported member list)
    members: sled::Tree,
    /// message key -> unix seconds when its safety evidence was released from the hold
    released: sled::Tree,
    /// message key -> ReplyRecord (how the message was answered, at most once)
    replies: sled::Tree,
    /// message key -> raw bytes of a draft not yet known to be saved
    draft_raw: sled::Tree,
    /// outbox id -> OutboxItem
    outbox: sled::Tree,
    /// outbox id -> raw message bytes
    outbox_raw: sled::Tree,
    /// outbox id -> () for items queued or sending
    outbox_queue: sled::Tree,
    /// lowercased address -> unix seconds of its last acknowledgement
    ack_senders: sled::Tree,
    /// one key -> unix seconds of the acknowledgements of the last hour
    ack_window: sled::Tree,
    /// ISO week `YYYY-Www` -> DigestSent
    digests: sled::Tree,
    /// message key -> FolderCopy (its copy in a category folder, begun or done)
    copies: sled::Tree,
}

impl Store {
    /// Opens (or creates) the store in `dir`. Corruption found while sled recovers its log
    /// is reported as [`Error::CorruptStore`]; another process holding the store as
    /// [`Error::LockStore`].
    pub fn open(dir: &Path) -> Result<Store> {
        rewrite::recover(dir)?;
        prepare_dir(dir)?;
        let config = sled::Config::new().path(dir).cache_capacity(CACHE_BYTES);
        let opened = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| config.open()));
        let db = match opened {
            Ok(Ok(db)) => db,
            Ok(Err(e)) => return Err(open_error(dir, e)),
            Err(panic) => {
                let detail = panic
                    .downcast_ref::<String>()
                    .map(String::as_str)
                    .or_else(|| panic.downcast_ref::<&str>().copied())
                    .unwrap_or("sled panicked while recovering");
                return Err(corrupt(dir, detail));
            }
        };
        restrict_files(dir)?;
        let tree = |name: &str| db.open_tree(name).map_err(|e| open_error(dir, e));
        let meta = tree("meta")?;
        let marker = dir.join(MARKER);
        match meta.get("format").map_err(|e| open_error(dir, e))? {
            Some(f) if f.as_ref() == FORMAT => {}
            Some(f) => {
                let detail = format!("unknown format {:?}", String::from_utf8_lossy(&f));
                return Err(corrupt(dir, &detail));
            }
            // sled recovers a damaged log by cutting it at the first bad record; cut at
            // the start, the store comes back empty. The marker file tells that apart
            // from a new store.
            None if marker.exists() => {
                return Err(corrupt(
                    dir,
                    "sled recovered an empty log from a used store",
                ));
            }
            None => {
                meta.insert("format", FORMAT)
                    .map_err(|e| open_error(dir, e))?;
                meta.flush().map_err(|e| open_error(dir, e))?;
            }
        }
        if !marker.exists() {
            write_marker(&marker)?;
        }
        // Stores written before 0.1 kept a Message-ID -> location index, only ever read
        // after a UIDVALIDITY change (now a scan of the mailbox's records, see
        // `message_ids_in`). Its random keys made it the costliest write of an intake;
        // dropped rather than left stale, as erasure no longer looks at it.
        db.drop_tree("by_message_id")
            .map_err(|e| open_error(dir, e))?;
        let inner = Inner {
            messages: tree("messages")?,
            thread_ids: tree("thread_ids")?,
            threads: tree("threads")?,
            correspondents: tree("correspondents")?,
            sync: tree("sync")?,
            audit: tree("audit")?,
            evidence: tree("evidence")?,
            evidence_raw: tree("evidence_raw")?,
            quarantine: tree("quarantine")?,
            members: tree("members")?,
            released: tree("released")?,
            replies: tree("replies")?,
            draft_raw: tree("draft_raw")?,
            outbox: tree("outbox")?,
            outbox_raw: tree("outbox_raw")?,
            outbox_queue: tree("outbox_queue")?,
            ack_senders: tree("ack_senders")?,
            ack_window: tree("ack_window")?,
            digests: tree("digests")?,
            copies: tree("folder_copies")?,
            dir: dir.to_owned(),
            db,
        };
        Ok(Store {
            inner: Arc::new(inner),
        })
    }

    /// Moves a broken store directory aside to `<dir>.broken-<unix secs>` and opens a new,
    /// empty store in `dir`. The old directory is kept, not deleted: it may hold evidence
    /// that has since left the server. Returns where it went (`None` if `dir` did not
    /// exist). Call only while no `Store` for `dir` is open.
    pub fn set_aside_and_recreate(dir: &Path) -> Result<(Store, Option<PathBuf>)> {
        let moved = Store::set_aside(dir)?;
        Ok((Store::open(dir)?, moved))
    }

    /// Moves a store directory aside to `<dir>.broken-<unix secs>` (kept, not deleted);
    /// returns where it went (`None` if `dir` did not exist). Call only while no `Store`
    /// for `dir` is open.
    pub fn set_aside(dir: &Path) -> Result<Option<PathBuf>> {
        if !dir.exists() {
            return Ok(None);
        }
        let mut name = dir.as_os_str().to_owned();
        name.push(format!(".broken-{}", now()));
        let to = PathBuf::from(name);
        std::fs::rename(dir, &to).map_err(|source| Error::PrepareStoreDir {
            path: dir.to_owned(),
            source,
        })?;
        Ok(Some(to))
    }

    pub fn dir(&self) -> &Path {
        &self.inner.dir
    }

    /// Makes every write so far durable. Call before advancing a checkpoint or any
    /// external side effect that depends on what was written.
    pub async fn flush(&self) -> Result<usize> {
        self.inner.db.flush_async().await.map_err(Error::FlushStore)
    }

    /// [`Store::flush`] for callers outside an async runtime (CLI commands, tests).
    pub fn flush_blocking(&self) -> Result<usize> {
        self.inner.db.flush().map_err(Error::FlushStore)
    }

    /// Whether sled had to recover its log on open (the last run did not shut down cleanly).
    pub fn was_recovered(&self) -> bool {
        self.inner.db.was_recovered()
    }

    /// Bytes the store occupies on disk.
    pub fn size_on_disk(&self) -> Result<u64> {
        self.inner.db.size_on_disk().map_err(Error::ReadStore)
    }
}

fn open_error(dir: &Path, e: sled::Error) -> Error {
    match e {
        sled::Error::Corruption { at, .. } => corrupt(dir, &format!("corrupt data at {at:?}")),
        sled::Error::Io(io) if io.to_string().contains("could not acquire lock") => {
            Error::LockStore {
                path: dir.to_owned(),
            }
        }
        source => Error::OpenStore {
            path: dir.to_owned(),
            source,
        },
    }
}

fn corrupt(dir: &Path, detail: &str) -> Error {
    Error::CorruptStore {
        path: dir.to_owned(),
        detail: detail.to_owned(),
    }
}

fn prepare_dir(dir: &Path) -> Result<()> {
    let err = |source| Error::PrepareStoreDir {
        path: dir.to_owned(),
        source,
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(err)?;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).map_err(err)?;
    }
    #[cfg(not(unix))]
    std::fs::create_dir_all(dir).map_err(err)?;
    Ok(())
}

fn write_marker(path: &Path) -> Result<()> {
    let text = format!("{}\n", String::from_utf8_lossy(FORMAT));
    std::fs::write(path, text).map_err(|source| Error::PrepareStoreDir {
        path: path.to_owned(),
        source,
    })?;
    restrict_files(path.parent().unwrap_or(Path::new(".")))
}

/// Sets files to 0600 and directories to 0700 below `dir`.
fn restrict_files(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let err = |path: &Path| {
            let path = path.to_owned();
            move |source| Error::PrepareStoreDir { path, source }
        };
        for entry in std::fs::read_dir(dir).map_err(err(dir))? {
            let entry = entry.map_err(err(dir))?;
            let path = entry.path();
            let is_dir = entry.file_type().map_err(err(&path))?.is_dir();
            let mode = if is_dir { 0o700 } else { 0o600 };
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode))
                .map_err(err(&path))?;
            if is_dir {
                restrict_files(&path)?;
            }
        }
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Unix seconds now.
pub(crate) fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// Turns a transaction's error into ours: aborts carry our error, the rest is sled's.
fn tx_error(e: sled::transaction::TransactionError<Error>) -> Error {
    match e {
        sled::transaction::TransactionError::Abort(e) => e,
        sled::transaction::TransactionError::Storage(e) => Error::WriteStore(e),
    }
}

/// Our error as a transaction abort.
fn abort(e: Error) -> sled::transaction::ConflictableTransactionError<Error> {
    sled::transaction::ConflictableTransactionError::Abort(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_is_send_sync_and_clone() {
        fn check<T: Send + Sync + Clone + 'static>() {}
        check::<Store>();
    }
}
