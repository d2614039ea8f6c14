//! Rewriting the store into a fresh directory so that erased records leave the disk.
//!
//! sled 0.34 is log-structured and has no compaction on demand: a removed value stays in
//! old log segments (and snapshots) until sled happens to reuse them. After `forget` and
//! `purge` the live trees are copied into `<dir>.rewrite-new`, checked, and swapped in by
//! two renames (`dir` -> `<dir>.rewrite-old`, new -> `dir`); the old files are then
//! overwritten with zeros and deleted. [`recover`], run by `Store::open`, finishes or
//! undoes a swap that a crash interrupted, so `dir` always holds a whole store.
//!
//! sled's id generator (audit ids, thread ids) lives outside the trees, so the new store
//! is made to hand out ids above every id the old one gave: reopened once with a persist
//! interval of about half the old next id, it jumps past it on its first `generate_id`.
//!
//! What this cannot do: reach copies outside the directory (backups, the filesystem's
//! journal, blocks an SSD has remapped), or the mailbox, which postbag never changes.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{lock, prepare_dir, Store, CACHE_BYTES};
use crate::{Error, Result};

const NEW_SUFFIX: &str = ".rewrite-new";
const OLD_SUFFIX: &str = ".rewrite-old";

/// sled's default `idgen_persist_interval`, which `Store::open` uses.
const IDGEN_INTERVAL: u64 = 1_000_000;

/// What a rewrite did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Rewritten {
    pub trees: usize,
    pub entries: u64,
    pub bytes_before: u64,
    pub bytes_after: u64,
}

fn sibling(dir: &Path, suffix: &str) -> PathBuf {
    let mut name = dir.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn fail(dir: &Path, detail: impl std::fmt::Display) -> Error {
    Error::RewriteStore {
        path: dir.to_owned(),
        detail: detail.to_string(),
    }
}

/// Finishes or undoes an interrupted rewrite of `dir`: if the swap stopped halfway the
/// old store goes back in place; leftovers of either side are wiped.
pub(super) fn recover(dir: &Path) -> Result<()> {
    let (new, old) = (sibling(dir, NEW_SUFFIX), sibling(dir, OLD_SUFFIX));
    if !dir.exists() && old.is_dir() {
        std::fs::rename(&old, dir)
            .map_err(|e| fail(dir, format!("cannot restore {}: {e}", old.display())))?;
    }
    for leftover in [new, old] {
        if leftover.exists() {
            wipe(&leftover)
                .map_err(|e| fail(dir, format!("cannot remove {}: {e}", leftover.display())))?;
        }
    }
    Ok(())
}

impl Store {
    /// Copies every tree into a fresh directory, swaps it in place of this store's, wipes
    /// the old files and reopens the store: every clone of this handle goes on with the
    /// rewritten store. Nothing else may be using the store meanwhile (an operation on
    /// another thread waits; one that holds on to the store makes this fail, changing
    /// nothing). If the copy fails the store is left as it was.
    pub fn rewrite(&self) -> Result<Rewritten> {
        let dir = self.dir().to_owned();
        let mut slot = self
            .shared
            .current
            .write()
            .unwrap_or_else(|p| p.into_inner());
        let Some(current) = slot.as_ref() else {
            return Err(Error::StoreClosed { path: dir });
        };
        if Arc::strong_count(current) > 1 {
            return Err(fail(&dir, "the store is in use by another task; try again"));
        }
        // Another process opening the store must not meet `<dir>.rewrite-new` half copied
        // (it would wipe it) or `dir` renamed away (it would move the old one back).
        let _turn = lock::Turn::take(&dir);
        let (new_dir, next_id, mut report) = copy(current, &dir)?;
        let inner = slot.take().expect("checked above");
        // No new reference can have been made under the write lock.
        drop(Arc::into_inner(inner).expect("the only reference"));
        let old_dir = sibling(&dir, OLD_SUFFIX);
        let swapped = std::fs::rename(&dir, &old_dir)
            .map_err(|e| fail(&dir, format!("cannot move the old store aside: {e}")))
            .and_then(|()| {
                std::fs::rename(&new_dir, &dir).map_err(|e| {
                    let _ = std::fs::rename(&old_dir, &dir);
                    fail(&dir, format!("cannot move the new store in: {e}"))
                })
            });
        if let Err(e) = swapped {
            // The old store is back in place (or `recover` puts it back): reopen it.
            *slot = super::Inner::open_in_turn(&dir).ok().map(Arc::new);
            return Err(e);
        }
        let moved = move_sockets(&old_dir, &dir)
            .map_err(|e| fail(&dir, format!("cannot move the control socket: {e}")));
        let wiped = wipe(&old_dir)
            .map_err(|e| fail(&dir, format!("cannot remove {}: {e}", old_dir.display())));
        let inner = super::Inner::open_in_turn(&dir)?;
        let id = inner.db.generate_id().map_err(Error::WriteStore)?;
        *slot = Some(Arc::new(inner));
        moved?;
        wiped?;
        if id <= next_id {
            return Err(fail(
                &dir,
                format!("ids restarted at {id}, below {next_id}"),
            ));
        }
        report.bytes_after = dir_size(&dir);
        Ok(report)
    }
}

/// Copies `inner`'s trees (checked) and other files into `<dir>.rewrite-new`, whose id
/// generator starts above the old one's; returns it, the old next id and the report so far.
fn copy(inner: &super::Inner, dir: &Path) -> Result<(PathBuf, u64, Rewritten)> {
    inner.db.flush().map_err(Error::FlushStore)?;
    let mut report = Rewritten {
        bytes_before: dir_size(dir),
        ..Default::default()
    };
    let next_id = inner.db.generate_id().map_err(Error::WriteStore)?;
    let new_dir = sibling(dir, NEW_SUFFIX);
    if new_dir.exists() {
        wipe(&new_dir).map_err(|e| fail(dir, e))?;
    }
    prepare_dir(&new_dir)?;
    // Opened twice in a row in this process: the second open may meet the first one's
    // lock on its way out, which `open_db` waits for.
    let open = |interval: u64| {
        let config = sled::Config::new()
            .path(&new_dir)
            .cache_capacity(CACHE_BYTES)
            .idgen_persist_interval(interval);
        lock::open_db(&new_dir, || config.open(), lock::is_lock_error).map_err(|e| {
            let detail = match e {
                lock::OpenFailure::Held(_) => "it stays locked".to_string(),
                lock::OpenFailure::Other(e) => e.to_string(),
            };
            fail(dir, format!("cannot open {}: {detail}", new_dir.display()))
        })
    };
    {
        let db = open(IDGEN_INTERVAL)?;
        for name in inner.db.tree_names() {
            let from = inner.db.open_tree(&name).map_err(Error::ReadStore)?;
            let to = db.open_tree(&name).map_err(Error::WriteStore)?;
            for item in from.iter() {
                let (k, v) = item.map_err(Error::ReadStore)?;
                to.insert(k, v).map_err(Error::WriteStore)?;
                report.entries += 1;
            }
            report.trees += 1;
        }
        let (a, b) = (
            inner.db.checksum().map_err(Error::ReadStore)?,
            db.checksum().map_err(Error::ReadStore)?,
        );
        if a != b {
            return Err(fail(dir, "the copy does not match the store (checksum)"));
        }
        db.flush().map_err(Error::FlushStore)?;
    }
    {
        // sled expects the persisted counter to be a multiple of the interval it opens
        // with (1_000_000 by default): jump to a multiple of that above `next_id`.
        let db = open((next_id / 2 / IDGEN_INTERVAL + 1) * IDGEN_INTERVAL)?;
        let id = db.generate_id().map_err(Error::WriteStore)?;
        db.flush().map_err(Error::FlushStore)?;
        if id <= next_id {
            return Err(fail(
                dir,
                format!("ids would restart at {id}, below {next_id}"),
            ));
        }
    }
    copy_other_files(dir, &new_dir).map_err(|e| fail(dir, e))?;
    Ok((new_dir, next_id, report))
}

/// sled's own files; everything else in the directory is copied across as it is.
fn is_sled_file(name: &str) -> bool {
    matches!(name, "conf" | "db" | "blobs") || name.starts_with("snap.")
}

/// Copies the directory's other files (the marker, the owner, OAuth2 tokens); sockets
/// (the daemon's control socket) are moved at the swap instead, see [`move_sockets`].
fn copy_other_files(from: &Path, to: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::FileTypeExt;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let name = entry.file_name();
        if is_sled_file(&name.to_string_lossy()) || entry.file_type()?.is_socket() {
            continue;
        }
        copy_recursive(&entry.path(), &to.join(&name))?;
    }
    Ok(())
}

/// Moves the sockets of the old directory into the new one: a listening socket keeps
/// working when its file is renamed, while a copy would be a dead file.
fn move_sockets(from: &Path, to: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::FileTypeExt;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        if entry.file_type()?.is_socket() {
            std::fs::rename(entry.path(), to.join(entry.file_name()))?;
        }
    }
    Ok(())
}

fn copy_recursive(from: &Path, to: &Path) -> std::io::Result<()> {
    if from.is_dir() {
        std::fs::create_dir_all(to)?;
        for entry in std::fs::read_dir(from)? {
            let entry = entry?;
            copy_recursive(&entry.path(), &to.join(entry.file_name()))?;
        }
        Ok(())
    } else {
        std::fs::copy(from, to).map(|_| ())
    }
}

/// Overwrites every file below `path` with zeros, then deletes it all. On a journaling or
/// copy-on-write filesystem the zeros may land elsewhere; deleting is what is certain.
fn wipe(path: &Path) -> std::io::Result<()> {
    use std::io::Write;
    let meta = std::fs::symlink_metadata(path)?;
    if meta.is_dir() {
        for entry in std::fs::read_dir(path)? {
            wipe(&entry?.path())?;
        }
        return std::fs::remove_dir(path);
    }
    // Only regular files are overwritten: not what a symlink points to, and not a socket
    // or FIFO (opening a FIFO would wait for a reader).
    let len = meta.len();
    let file = meta
        .is_file()
        .then(|| std::fs::OpenOptions::new().write(true).open(path));
    if let Some(Ok(mut f)) = file {
        let zeros = vec![0u8; 64 * 1024];
        let mut left = len;
        while left > 0 {
            let n = left.min(zeros.len() as u64) as usize;
            f.write_all(&zeros[..n])?;
            left -= n as u64;
        }
        f.sync_all()?;
    }
    std::fs::remove_file(path)
}

fn dir_size(path: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(path) else {
        return 0;
    };
    entries
        .filter_map(|e| e.ok())
        .map(|e| match e.metadata() {
            Ok(m) if m.is_dir() => dir_size(&e.path()),
            Ok(m) => m.len(),
            Err(_) => 0,
        })
        .sum()
}
