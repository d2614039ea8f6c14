//! Offline sources: single `.eml` files, Maildir folders, mbox files and plain directories.
//!
//! Each yields raw messages with a `source` label (a path, or `path#index` inside an mbox);
//! a file that cannot be read is reported with its path, never skipped in silence. Hostile
//! trees are bounded: each directory is walked once (symlink cycles), FIFOs, sockets and
//! devices are reported and not opened, and a file over the size limit is not read whole.

use std::collections::HashSet;
use std::fs;
use std::io::Read;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};

/// Largest message file read, in bytes; a message is rarely over 25 MB (what most servers
/// accept), and `/dev/zero` or a runaway file must not fill the memory.
pub const MAX_MESSAGE_BYTES: u64 = 64 << 20;
/// Largest mbox file read, in bytes (each message in it is held to [`MAX_MESSAGE_BYTES`]).
pub const MAX_MBOX_BYTES: u64 = 1 << 30;

/// What a file is when it is not a regular file or a directory (`"a FIFO"`), else `None`:
/// such files block or never end when read, so they are reported instead.
pub fn not_regular(meta: &fs::Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    Some(if t.is_file() {
        return None;
    } else if t.is_dir() {
        "a directory"
    } else if t.is_fifo() {
        "a FIFO (named pipe)"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_char_device() {
        "a character device"
    } else if t.is_block_device() {
        "a block device"
    } else {
        "not a regular file"
    })
}

/// One message's bytes and where they came from.
#[derive(Debug, Clone)]
pub struct RawMessage {
    /// The file path, or `path#index` (1-based) for a message inside an mbox.
    pub source: String,
    pub bytes: Vec<u8>,
}

/// A path that could not be read, with the reason.
#[derive(Debug)]
pub struct SourceError {
    pub source: String,
    pub error: std::io::Error,
}

impl std::fmt::Display for SourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: cannot read: {}", self.source, self.error)
    }
}

/// What kind of source a path is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Maildir,
    Directory,
    Mbox,
    Eml,
}

/// Decide how to read a path: a directory with `cur/` or `new/` is a Maildir, other
/// directories are walked; a file named `*.mbox` (or `mbox`) is an mbox; any other file is
/// one message.
pub fn kind_of(path: &Path) -> std::io::Result<Kind> {
    let meta = fs::metadata(path)?;
    Ok(kind_by(path, &meta))
}

fn kind_by(path: &Path, meta: &fs::Metadata) -> Kind {
    if meta.is_dir() {
        return if path.join("cur").is_dir() || path.join("new").is_dir() {
            Kind::Maildir
        } else {
            Kind::Directory
        };
    }
    let named_mbox = path.extension().is_some_and(|e| e == "mbox")
        || path.file_name().is_some_and(|n| n == "mbox");
    if named_mbox {
        Kind::Mbox
    } else {
        Kind::Eml
    }
}

/// One message read, or a path that could not be.
pub type Item = Result<RawMessage, SourceError>;

/// Every message under the given paths, in a stable order (sorted file names).
pub fn read_all(paths: &[PathBuf]) -> Vec<Item> {
    let mut out = Vec::new();
    visit(paths, &mut |item| out.push(item));
    out
}

/// Hand every message under the given paths to `out`, one at a time, in [`read_all`]'s order.
pub fn visit(paths: &[PathBuf], out: &mut dyn FnMut(Item)) {
    let mut walk = Walk {
        seen: HashSet::new(),
        out,
    };
    for path in paths {
        walk.path(path);
    }
}

/// A walk over paths: the directories already visited (device, inode), so a symlink
/// cycle or a second way to the same directory does not read it again.
struct Walk<'a> {
    seen: HashSet<(u64, u64)>,
    out: &'a mut dyn FnMut(Item),
}

impl Walk<'_> {
    fn fail(&mut self, source: String, error: std::io::Error) {
        (self.out)(Err(SourceError { source, error }));
    }

    fn path(&mut self, path: &Path) {
        let label = path.display().to_string();
        let meta = match fs::metadata(path) {
            Ok(m) => m,
            Err(e) => return self.fail(label, e),
        };
        if !meta.is_dir() {
            if let Some(kind) = not_regular(&meta) {
                let e = std::io::Error::other(format!("{kind}, not a message file: skipped"));
                return self.fail(label, e);
            }
        }
        match kind_by(path, &meta) {
            Kind::Maildir | Kind::Directory if !self.seen.insert((meta.dev(), meta.ino())) => {}
            Kind::Maildir => {
                for sub in ["new", "cur"] {
                    let dir = path.join(sub);
                    match fs::metadata(&dir) {
                        Ok(m) if m.is_dir() && self.seen.insert((m.dev(), m.ino())) => {
                            self.dir(&dir, false)
                        }
                        _ => {}
                    }
                }
            }
            Kind::Directory => self.dir(path, true),
            Kind::Mbox => match read_limited(path, meta.len(), MAX_MBOX_BYTES, "an mbox file") {
                Ok(bytes) => {
                    for (i, m) in split_mbox(&bytes).into_iter().enumerate() {
                        let source = format!("{label}#{}", i + 1);
                        if m.len() as u64 > MAX_MESSAGE_BYTES {
                            self.fail(
                                source,
                                too_large(Some(m.len() as u64), MAX_MESSAGE_BYTES, "a message"),
                            );
                        } else {
                            (self.out)(Ok(RawMessage { source, bytes: m }));
                        }
                    }
                }
                Err(e) => self.fail(label, e),
            },
            Kind::Eml => match read_limited(path, meta.len(), MAX_MESSAGE_BYTES, "a message") {
                Ok(bytes) => (self.out)(Ok(RawMessage {
                    source: label,
                    bytes: strip_from_line(bytes),
                })),
                Err(e) => self.fail(label, e),
            },
        }
    }

    /// Files of a directory in name order, skipping dot files; `recurse` walks
    /// subdirectories.
    fn dir(&mut self, dir: &Path, recurse: bool) {
        let entries = match fs::read_dir(dir) {
            Ok(rd) => rd,
            Err(error) => return self.fail(dir.display().to_string(), error),
        };
        let mut paths = Vec::new();
        for entry in entries {
            match entry {
                Ok(e) => paths.push(e.path()),
                Err(error) => self.fail(dir.display().to_string(), error),
            }
        }
        paths.retain(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        });
        paths.sort();
        for entry in paths {
            if recurse || !entry.is_dir() {
                self.path(&entry);
            }
        }
    }
}

/// A file's bytes, refused when it holds more than `limit`: a file that says so is not
/// opened, and at most `limit + 1` bytes are read whatever the file claims to be.
fn read_limited(path: &Path, len: u64, limit: u64, what: &str) -> std::io::Result<Vec<u8>> {
    if len > limit {
        return Err(too_large(Some(len), limit, what));
    }
    let mut bytes = Vec::new();
    fs::File::open(path)?
        .take(limit + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(None, limit, what));
    }
    Ok(bytes)
}

fn too_large(len: Option<u64>, limit: u64, what: &str) -> std::io::Error {
    let size = len.map_or(format!("more than {limit} bytes"), |n| format!("{n} bytes"));
    std::io::Error::other(format!(
        "{size}, over the limit of {} MiB for {what}: not read",
        limit >> 20
    ))
}

/// A saved message often starts with an mbox `From ` line, which is not a header: drop it.
pub fn strip_from_line(mut bytes: Vec<u8>) -> Vec<u8> {
    if bytes.starts_with(b"From ") {
        let end = bytes
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |p| p + 1);
        bytes.drain(..end);
    }
    bytes
}

/// Split an mbox (mboxrd) into messages: a `From ` line at the start or after a blank line
/// begins a message; `>From ` quoting is undone.
pub fn split_mbox(bytes: &[u8]) -> Vec<Vec<u8>> {
    let mut messages: Vec<Vec<u8>> = Vec::new();
    let mut current: Option<Vec<u8>> = None;
    let mut prev_blank = true;
    for line in bytes.split_inclusive(|&b| b == b'\n') {
        if prev_blank && line.starts_with(b"From ") {
            if let Some(mut msg) = current.take() {
                trim_separator_blank(&mut msg);
                messages.push(msg);
            }
            current = Some(Vec::new());
            prev_blank = false;
            continue;
        }
        prev_blank = line == b"\n" || line == b"\r\n";
        let msg = current.get_or_insert_with(Vec::new);
        let quoted = line.iter().take_while(|&&b| b == b'>').count();
        if quoted > 0 && line[quoted..].starts_with(b"From ") {
            msg.extend_from_slice(&line[1..]);
        } else {
            msg.extend_from_slice(line);
        }
    }
    if let Some(mut msg) = current {
        trim_separator_blank(&mut msg);
        messages.push(msg);
    }
    messages.retain(|m| !m.iter().all(|b| b.is_ascii_whitespace()));
    messages
}

/// The blank line before the next `From ` belongs to the mbox format, not the message.
fn trim_separator_blank(msg: &mut Vec<u8>) {
    if msg.ends_with(b"\r\n\r\n") {
        msg.truncate(msg.len() - 2);
    } else if msg.ends_with(b"\n\n") {
        msg.truncate(msg.len() - 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mbox_splits_on_from_lines_after_blank_lines_and_unquotes() {
        let mbox = b"From a@example.com Mon Nov 23 10:00:00 2026\n\
Subject: one\n\n>From the start\nbody\n\n\
From b@example.com Mon Nov 23 11:00:00 2026\n\
Subject: two\n\n>>From quoted twice\n";
        let msgs = split_mbox(mbox);
        assert_eq!(msgs.len(), 2);
        assert_eq!(msgs[0], b"Subject: one\n\nFrom the start\nbody\n");
        assert_eq!(msgs[1], b"Subject: two\n\n>From quoted twice\n");
    }

    /// `read_all` on another thread, failing the test if it does not finish in time (a FIFO
    /// or a symlink cycle used to keep it going for ever).
    fn read_all_within(paths: Vec<PathBuf>) -> Vec<(String, Result<usize, String>)> {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let items = read_all(&paths)
                .into_iter()
                .map(|i| match i {
                    Ok(m) => (m.source, Ok(m.bytes.len())),
                    Err(e) => (e.source, Err(e.error.to_string())),
                })
                .collect::<Vec<_>>();
            let _ = tx.send(items);
        });
        rx.recv_timeout(std::time::Duration::from_secs(20))
            .expect("reading finished")
    }

    #[test]
    fn each_directory_is_read_once_whatever_the_symlinks() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir_all(d.join("sub")).unwrap();
        std::fs::write(d.join("a.eml"), "Subject: a\n\nbody\n").unwrap();
        std::os::unix::fs::symlink("..", d.join("sub/up")).unwrap();
        std::os::unix::fs::symlink(d, d.join("sub/again")).unwrap();
        let items = read_all_within(vec![d.to_path_buf(), d.join("sub")]);
        let shown = d.join("a.eml").display().to_string();
        assert_eq!(items, [(shown, Ok(17))]);
    }

    #[test]
    fn fifos_and_devices_are_reported_not_opened() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: mkfifo with a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let items = read_all_within(vec![dir.path().to_path_buf(), PathBuf::from("/dev/zero")]);
        assert_eq!(
            items,
            [
                (
                    fifo.display().to_string(),
                    Err("a FIFO (named pipe), not a message file: skipped".into())
                ),
                (
                    "/dev/zero".into(),
                    Err("a character device, not a message file: skipped".into())
                ),
            ]
        );
    }

    #[test]
    fn a_message_over_the_size_limit_is_refused_unread() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.eml");
        let f = std::fs::File::create(&big).unwrap();
        f.set_len(MAX_MESSAGE_BYTES + 1).unwrap();
        let items = read_all_within(vec![big.clone()]);
        assert_eq!(
            items,
            [(
                big.display().to_string(),
                Err("67108865 bytes, over the limit of 64 MiB for a message: not read".into())
            )]
        );
        // A file holding more than its size said is cut at the limit, not read to the end.
        let e = read_limited(Path::new("/dev/zero"), 0, 1 << 20, "a message").unwrap_err();
        assert_eq!(
            e.to_string(),
            "more than 1048576 bytes, over the limit of 1 MiB for a message: not read"
        );
    }

    #[test]
    fn a_leading_from_line_is_dropped_from_a_single_file() {
        assert_eq!(
            strip_from_line(b"From x y\nSubject: a\n".to_vec()),
            b"Subject: a\n"
        );
        assert_eq!(strip_from_line(b"Subject: a\n".to_vec()), b"Subject: a\n");
    }
}
