//! Who holds a store, and opening one whose lock is still being let go.
//!
//! sled takes an exclusive `flock` on its data file and lets it go asynchronously: after
//! the last handle drops, its I/O threads still hold the file for a moment. So reopening a
//! store that this process just closed (a test, the swap at the end of a rewrite), or
//! that a process released while it exited, can fail although nobody uses it any more.
//! [`open_db`] tells that apart from a store that is really in use and waits for the first
//! with a short bounded retry:
//!
//! - a live handle of this process on the directory (the registry below) is a lock held:
//!   refused at once;
//! - an `owner` file written by the holder names a live process other than this one: a
//!   lock held, refused at once, naming the process;
//! - otherwise (the owner is this process, an exited process, or unknown) the lock is on
//!   its way out: retried for up to [`RETRY_FOR`], logged at debug level.
//!
//! The `owner` file holds a process id and its start time (never a command line: those
//! may name a person, and the data directory must not keep them after an erasure). It is
//! removed when the holder closes the store.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::{Error, Result};

/// The file in the store directory that names the process holding it.
pub const OWNER_FILE: &str = "owner";

/// How long a lock that nobody alive holds is waited for before the store counts as locked.
const RETRY_FOR: Duration = Duration::from_secs(5);

/// Store directories (canonical) with a live handle in this process.
static OPEN_HERE: Mutex<BTreeSet<PathBuf>> = Mutex::new(BTreeSet::new());

/// Whether this process is a daemon that serves the control socket (set before it opens
/// the store, so that its `owner` file says so).
static DAEMON: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Marks this process as the daemon: commands that find the store held by it wait for its
/// control socket instead of giving up at once.
pub fn this_process_is_the_daemon() {
    DAEMON.store(true, std::sync::atomic::Ordering::SeqCst);
}

/// The process named by an `owner` file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Owner {
    pub pid: u32,
    /// The process's start time (Linux: clock ticks after boot), to tell a reused pid.
    #[serde(default)]
    pub start: Option<u64>,
    /// A daemon, which takes commands over the control socket.
    #[serde(default)]
    pub daemon: bool,
}

impl Owner {
    pub fn me() -> Owner {
        let pid = std::process::id();
        Owner {
            pid,
            start: start_time(pid),
            daemon: DAEMON.load(std::sync::atomic::Ordering::SeqCst),
        }
    }

    /// Whether this process is still running (and is the same process, not a reused pid).
    pub fn is_alive(&self) -> bool {
        // SAFETY: kill with signal 0 only checks that the process exists.
        let exists = unsafe { libc::kill(self.pid as libc::pid_t, 0) } == 0
            || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM);
        exists && (self.start.is_none() || start_time(self.pid) == self.start)
    }

    pub fn is_me(&self) -> bool {
        self.pid == std::process::id()
    }

    /// "process 1234 (postbag --config postbag.toml run)", the command line read now.
    pub fn describe(&self) -> String {
        let cmdline = std::fs::read(format!("/proc/{}/cmdline", self.pid))
            .ok()
            .map(|raw| {
                raw.split(|b| *b == 0)
                    .filter(|a| !a.is_empty())
                    .map(|a| String::from_utf8_lossy(a).into_owned())
                    .collect::<Vec<_>>()
            })
            .filter(|args| !args.is_empty());
        match cmdline {
            Some(mut args) => {
                if let Some(name) = Path::new(&args[0]).file_name() {
                    args[0] = name.to_string_lossy().into_owned();
                }
                format!("process {} ({})", self.pid, args.join(" "))
            }
            None => format!("process {}", self.pid),
        }
    }
}

/// Field 22 of `/proc/PID/stat`: when the process started.
fn start_time(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) may hold spaces and parentheses: count after the last ')'.
    let after = &stat[stat.rfind(')')? + 1..];
    after.split_whitespace().nth(19)?.parse().ok()
}

/// The process the `owner` file in `dir` names, if there is a readable one.
pub fn owner(dir: &Path) -> Option<Owner> {
    let text = std::fs::read(dir.join(OWNER_FILE)).ok()?;
    serde_json::from_slice(&text).ok()
}

/// Records this process as the holder of the store in `dir` (0600).
pub(super) fn write_owner(dir: &Path) -> Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let path = dir.join(OWNER_FILE);
    let text = serde_json::to_vec(&Owner::me()).expect("an owner serializes");
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&path)
        .and_then(|mut f| f.write_all(&text))
        .map_err(|source| Error::PrepareStoreDir { path, source })
}

/// Removes the `owner` file of `dir` if it names this process.
pub(super) fn clear_owner(dir: &Path) {
    if owner(dir).is_some_and(|o| o.is_me()) {
        let _ = std::fs::remove_file(dir.join(OWNER_FILE));
    }
}

/// A live handle of this process on a store directory; dropping it forgets it.
#[derive(Debug)]
pub(super) struct Registered(PathBuf);

impl Registered {
    /// Registers `dir` (canonical), or says it already has a live handle here.
    pub(super) fn take(dir: &Path) -> Option<Registered> {
        let key = dir.canonicalize().unwrap_or_else(|_| dir.to_owned());
        let mut open = OPEN_HERE.lock().unwrap_or_else(|p| p.into_inner());
        // Not `then_some`: it would build (and drop, relocking) a `Registered` when refused.
        if open.insert(key.clone()) {
            Some(Registered(key))
        } else {
            None
        }
    }
}

impl Drop for Registered {
    fn drop(&mut self) {
        OPEN_HERE
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&self.0);
    }
}

/// An exclusive `flock` on the directory that contains a store directory, held while a
/// process opens the store, sets it aside, or swaps a rewritten copy in.
///
/// sled checks and writes its `conf` file before it takes its own lock, in two writes, and
/// reads it back without a lock: a process opening a new store while another was creating
/// it could read half the file and take the store for corrupt. And [`super::rewrite`]
/// renames the store directory away and back: an opener in between would "recover" the
/// swap under the rewriter's feet. With this lock held, openers take turns, and the
/// `owner` file is written before the next one looks at it.
///
/// On the parent, not in the store directory (which a swap renames, and which may not
/// exist yet), and on the directory itself rather than a lock file beside it (which would
/// stay behind). Best effort: a parent this user cannot read, or a filesystem without
/// `flock`, opens without it, as before.
#[derive(Debug)]
pub(super) struct Turn {
    /// The open parent directory: closing it lets the lock go.
    _held: Option<std::fs::File>,
}

impl Turn {
    /// Waits for this process's turn at the store in `dir` (creating its parent, 0700, if
    /// needed, as the store directory would be).
    pub(super) fn take(dir: &Path) -> Turn {
        use std::os::unix::fs::DirBuilderExt;
        use std::os::unix::io::AsRawFd;
        let parent = match dir.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        if !parent.exists() {
            // Errors show when the store directory itself is made.
            let _ = std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(parent);
        }
        let file = match std::fs::File::open(parent) {
            Ok(f) => f,
            Err(e) => {
                tracing::debug!("opening {} without a turn: {e}", dir.display());
                return Turn { _held: None };
            }
        };
        loop {
            // SAFETY: flock on a file descriptor that `file` keeps open.
            if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) } == 0 {
                return Turn { _held: Some(file) };
            }
            let e = std::io::Error::last_os_error();
            if e.kind() != std::io::ErrorKind::Interrupted {
                tracing::debug!("opening {} without a turn: {e}", dir.display());
                return Turn { _held: None };
            }
        }
    }
}

/// Whether sled refused to open because another handle holds the file lock.
pub(super) fn is_lock_error(e: &sled::Error) -> bool {
    matches!(e, sled::Error::Io(io) if io.to_string().contains("could not acquire lock"))
}

/// Why [`open_db`] failed.
#[derive(Debug)]
pub(super) enum OpenFailure<E> {
    /// A live process holds the lock: which one, when known.
    Held(Option<String>),
    /// Something else failed.
    Other(E),
}

/// Runs `open` on the store in `dir` until it succeeds, fails other than by the lock
/// (`is_lock` says which), or the lock turns out to be held (see the module docs).
pub(super) fn open_db<T, E: std::fmt::Display>(
    dir: &Path,
    open: impl Fn() -> std::result::Result<T, E>,
    is_lock: impl Fn(&E) -> bool,
) -> std::result::Result<T, OpenFailure<E>> {
    let started = Instant::now();
    let mut pause = Duration::from_millis(2);
    let mut logged = false;
    loop {
        let e = match open() {
            Ok(db) => {
                if logged {
                    tracing::debug!(
                        "the lock on {} was released after {} ms",
                        dir.display(),
                        started.elapsed().as_millis()
                    );
                }
                return Ok(db);
            }
            Err(e) if is_lock(&e) => e,
            Err(e) => return Err(OpenFailure::Other(e)),
        };
        let holder = owner(dir);
        if let Some(o) = holder.as_ref().filter(|o| !o.is_me() && o.is_alive()) {
            return Err(OpenFailure::Held(Some(o.describe())));
        }
        if started.elapsed() >= RETRY_FOR {
            tracing::debug!("giving up on {}: {e}", dir.display());
            return Err(OpenFailure::Held(None));
        }
        if !logged {
            let why = match &holder {
                Some(o) if o.is_me() => "this process closed it a moment ago".to_string(),
                Some(o) => format!("{} has exited", o.describe()),
                None => "no live holder is known".to_string(),
            };
            tracing::debug!(
                "the store lock on {} is not released yet ({why}); retrying for up to {} s",
                dir.display(),
                RETRY_FOR.as_secs()
            );
            logged = true;
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(100));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_is_alive_and_named() {
        let me = Owner::me();
        assert!(me.is_me() && me.is_alive());
        assert!(me.describe().starts_with(&format!("process {} (", me.pid)));
        let reused = Owner {
            start: me.start.map(|s| s + 1),
            ..me.clone()
        };
        assert_eq!(reused.is_alive(), me.start.is_none());
    }

    #[test]
    fn a_directory_is_registered_once() {
        let dir = tempfile::tempdir().unwrap();
        let first = Registered::take(dir.path()).unwrap();
        assert!(Registered::take(dir.path()).is_none());
        drop(first);
        assert!(Registered::take(dir.path()).is_some());
    }
}
