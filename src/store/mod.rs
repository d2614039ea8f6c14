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
//! and UID. Message records, written for every message and the bulk of the store, use
//! the compact binary encoding of `codec` (format `postbag-store-2`); records of a
//! `postbag-store-1` store, JSON, are still read, so an old store needs no migration.
//! Other values are JSON (serde_json): self-describing, so a field added later with
//! `#[serde(default)]` reads old records without a migration, and a record can be read
//! when debugging. Evidence bytes are stored raw.
//!
//! # Files
//! The directory is created with mode 0700 and the files present after opening are set
//! to 0600. sled creates more files later (snapshots, blobs) with the process umask; the
//! 0700 directory keeps those unreadable to other users.

mod audit;
mod codec;
mod copies;
mod corrections;
mod correspondents;
mod digests;
mod erase;
mod evidence;
mod hold;
mod keys;
pub mod lock;
mod members;
mod messages;
mod outbox;
mod ratelimit;
mod rewrite;
pub mod thread;
mod threads;
mod types;

pub use copies::FolderCopy;
pub use corrections::{Correction, CorrectionsSeen, Reclassified, CORRECTION_TREES};
pub use correspondents::normalize_email;
pub use digests::DigestSent;
pub use erase::Erased;
pub use members::{Member, MemberStatus};
pub use outbox::{Enqueued, NewOutgoing, OutboxItem, OutboxKind, OutboxState, ReplyRecord};
pub use ratelimit::{Limited, RateLimits};
pub use rewrite::Rewritten;

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

pub use types::*;

use crate::{Error, Result};

/// sled's page cache; its default of 1 GiB is far more than a secretary's inbox needs.
/// Intake writes mostly new pages and reads few old ones, so a small cache costs little
/// time; on the 60,000-message benchmark, peak RSS was 84 MB with 4 MiB against 105 MB
/// with 16 MiB (sled's own bookkeeping still grows with the store).
const CACHE_BYTES: u64 = 4 * 1024 * 1024;

/// Stored in the `meta` tree; bump when records change so that an older postbag could not
/// read them. 2: message records in the compact encoding of `codec` (JSON before).
const FORMAT: &[u8] = b"postbag-store-2";

/// Formats this version reads; a store in one of them is marked [`FORMAT`] when opened.
/// `postbag-store-1` kept message records as JSON, which `codec` still reads.
const READS: &[&[u8]] = &[b"postbag-store-1"];

/// A file beside sled's own that says "this directory holds a postbag store".
const MARKER: &str = "postbag-store";

/// A handle on the store: cheap to clone (one `Arc`), `Send + Sync`. Every clone sees the
/// same store, also after [`Store::rewrite`] has swapped its files and reopened it.
#[derive(Clone)]
pub struct Store {
    shared: Arc<Shared>,
}

struct Shared {
    dir: PathBuf,
    /// The open store; `None` only after a rewrite that could not reopen it.
    current: RwLock<Option<Arc<Inner>>>,
}

struct Inner {
    dir: PathBuf,
    db: sled::Db,
    /// This process's claim on `dir` (see [`lock`]); released after `db` is dropped.
    _registered: lock::Registered,
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
    /// is reported as [`Error::CorruptStore`]; another process (or a live handle of this
    /// one) holding the store as [`Error::LockStore`]. A lock still being let go by a
    /// handle just closed, or by a process that just exited, is waited for briefly (see
    /// [`lock`]).
    pub fn open(dir: &Path) -> Result<Store> {
        let inner = Inner::open(dir)?;
        Ok(Store {
            shared: Arc::new(Shared {
                dir: dir.to_owned(),
                current: RwLock::new(Some(Arc::new(inner))),
            }),
        })
    }

    /// The open store, for one operation: callers must not keep it, since a rewrite needs
    /// every reference back to close the old files.
    fn inner(&self) -> Result<Arc<Inner>> {
        self.shared
            .current
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
            .ok_or_else(|| Error::StoreClosed {
                path: self.shared.dir.clone(),
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
        let _turn = lock::Turn::take(dir);
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
        &self.shared.dir
    }

    /// Makes every write so far durable. Call before advancing a checkpoint or any
    /// external side effect that depends on what was written.
    pub async fn flush(&self) -> Result<usize> {
        let inner = self.inner()?;
        inner.db.flush_async().await.map_err(Error::FlushStore)
    }

    /// [`Store::flush`] for callers outside an async runtime (CLI commands, tests).
    pub fn flush_blocking(&self) -> Result<usize> {
        self.inner()?.db.flush().map_err(Error::FlushStore)
    }

    /// Whether sled had to recover its log on open (the last run did not shut down cleanly).
    pub fn was_recovered(&self) -> bool {
        self.inner().is_ok_and(|i| i.db.was_recovered())
    }

    /// Bytes the store occupies on disk.
    pub fn size_on_disk(&self) -> Result<u64> {
        self.inner()?.db.size_on_disk().map_err(Error::ReadStore)
    }
}

impl Inner {
    /// See [`Store::open`].
    fn open(dir: &Path) -> Result<Inner> {
        let _turn = lock::Turn::take(dir);
        Inner::open_in_turn(dir)
    }

    /// [`Inner::open`] for a caller that holds the [`lock::Turn`] of `dir`.
    fn open_in_turn(dir: &Path) -> Result<Inner> {
        rewrite::recover(dir)?;
        prepare_dir(dir)?;
        let Some(registered) = lock::Registered::take(dir) else {
            return Err(Error::LockStore {
                path: dir.to_owned(),
                holder: Some("another handle in this process".into()),
            });
        };
        let config = sled::Config::new().path(dir).cache_capacity(CACHE_BYTES);
        let attempt =
            || match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| config.open())) {
                Ok(Ok(db)) => Ok(db),
                Ok(Err(e)) => Err(Opening::Sled(e)),
                Err(panic) => Err(Opening::Panic(
                    panic
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_else(|| "sled panicked while recovering".into()),
                )),
            };
        let is_lock = |e: &Opening| matches!(e, Opening::Sled(e) if lock::is_lock_error(e));
        let db = match lock::open_db(dir, attempt, is_lock) {
            Ok(db) => db,
            Err(lock::OpenFailure::Held(holder)) => {
                return Err(Error::LockStore {
                    path: dir.to_owned(),
                    holder,
                })
            }
            Err(lock::OpenFailure::Other(Opening::Sled(e))) => return Err(open_error(dir, e)),
            Err(lock::OpenFailure::Other(Opening::Panic(detail))) => {
                return Err(corrupt(dir, &detail))
            }
        };
        lock::write_owner(dir)?;
        restrict_files(dir)?;
        let tree = |name: &str| db.open_tree(name).map_err(|e| open_error(dir, e));
        let meta = tree("meta")?;
        let marker = dir.join(MARKER);
        match meta.get("format").map_err(|e| open_error(dir, e))? {
            Some(f) if f.as_ref() == FORMAT => {}
            Some(f) if READS.contains(&f.as_ref()) => {
                // Its records stay as they are (read in either encoding); new ones are
                // written compactly, so an older postbag must not open it any more.
                meta.insert("format", FORMAT)
                    .map_err(|e| open_error(dir, e))?;
                meta.flush().map_err(|e| open_error(dir, e))?;
                write_marker(&marker)?;
            }
            Some(f) => {
                let detail = format!(
                    "unknown format {:?} (written by a newer postbag? this one reads {})",
                    String::from_utf8_lossy(&f),
                    std::iter::once(FORMAT)
                        .chain(READS.iter().copied())
                        .map(String::from_utf8_lossy)
                        .collect::<Vec<_>>()
                        .join(", ")
                );
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
        Ok(Inner {
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
            _registered: registered,
        })
    }
}

impl Drop for Inner {
    /// The lock goes when sled's threads let go of the file; the `owner` file goes now, so
    /// that an opener waiting for the lock knows it is on its way out.
    fn drop(&mut self) {
        lock::clear_owner(&self.dir);
    }
}

/// What one attempt at opening sled ran into.
enum Opening {
    Sled(sled::Error),
    Panic(String),
}

impl std::fmt::Display for Opening {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Opening::Sled(e) => e.fmt(f),
            Opening::Panic(p) => f.write_str(p),
        }
    }
}

/// An iterator over a tree that keeps its reference to the open store while it lives,
/// so that a rewrite sees it is in use instead of swapping the files under it.
struct Held<I> {
    iter: I,
    _inner: Arc<Inner>,
}

impl<I: Iterator> Iterator for Held<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        self.iter.next()
    }
}

impl Store {
    /// `scan` of the open store, held (see [`Held`]); or, for iterators without a `Result`
    /// of their own, the error that the store is closed as their one item.
    fn scan<T>(
        &self,
        scan: impl FnOnce(&Inner) -> sled::Iter,
        item: impl FnMut(sled::Result<(sled::IVec, sled::IVec)>) -> Result<T>,
    ) -> impl Iterator<Item = Result<T>> {
        let (held, closed) = match self.inner() {
            Ok(inner) => (
                Some(Held {
                    iter: scan(&inner),
                    _inner: inner,
                }),
                None,
            ),
            Err(e) => (None, Some(e)),
        };
        closed
            .into_iter()
            .map(Err)
            .chain(held.into_iter().flatten().map(item))
    }
}

fn open_error(dir: &Path, e: sled::Error) -> Error {
    match e {
        sled::Error::Corruption { at, .. } => corrupt(dir, &format!("corrupt data at {at:?}")),
        e if lock::is_lock_error(&e) => Error::LockStore {
            path: dir.to_owned(),
            holder: None,
        },
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

    fn set_format(store: &Store, format: &[u8]) {
        let inner = store.inner().unwrap();
        let meta = inner.db.open_tree("meta").unwrap();
        meta.insert("format", format).unwrap();
        store.flush_blocking().unwrap();
    }

    #[test]
    fn a_format_1_store_with_json_records_is_read_and_marked_format_2() {
        let dir = tempfile::tempdir().unwrap();
        let key = MessageKey::new("INBOX", 7, 1);
        let rec = {
            let store = Store::open(dir.path()).unwrap();
            let rec = store
                .insert_message(NewMessage {
                    key: key.clone(),
                    message_id: Some("<a@example.org>".into()),
                    subject: "Motion for the AGM".into(),
                    category: "procedural".into(),
                    minhash: vec![1, 2, 3],
                    ..Default::default()
                })
                .unwrap()
                .record()
                .clone();
            // As postbag-store-1 kept it: JSON.
            let json = serde_json::to_vec(&rec).unwrap();
            let inner = store.inner().unwrap();
            inner
                .messages
                .insert(keys::message_key(&key).unwrap(), json)
                .unwrap();
            drop(inner);
            set_format(&store, b"postbag-store-1");
            rec
        };
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(store.get(&key).unwrap(), Some(rec.clone()));
        assert_eq!(store.iter_messages().next().unwrap().unwrap(), rec);
        let meta = store.inner().unwrap().db.open_tree("meta").unwrap();
        assert_eq!(meta.get("format").unwrap().unwrap().as_ref(), FORMAT);
    }

    #[test]
    fn a_store_of_an_unknown_format_is_refused_with_the_formats_read() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open(dir.path()).unwrap();
            set_format(&store, b"postbag-store-9");
        }
        match Store::open(dir.path()) {
            Err(Error::CorruptStore { detail, .. }) => {
                assert!(detail.contains("postbag-store-9"), "{detail}");
                assert!(detail.contains("postbag-store-2"), "{detail}");
            }
            Err(e) => panic!("{e}"),
            Ok(_) => panic!("opened a store of an unknown format"),
        }
    }
}
