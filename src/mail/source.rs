//! Offline sources: single `.eml` files, Maildir folders, mbox files and plain directories.
//!
//! Each yields raw messages with a `source` label (a path, or `path#index` inside an mbox);
//! a file that cannot be read is reported with its path, never skipped in silence.

use std::fs;
use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};

/// What a file is when it is not a regular file (`"a FIFO (named pipe)"`), else `None`:
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
/// directories are walked; a file named `*.mbox` (or `mbox`) or holding several `From `
/// separators is an mbox; any other file is one message.
pub fn kind_of(path: &Path) -> std::io::Result<Kind> {
    let meta = fs::metadata(path)?;
    if meta.is_dir() {
        return Ok(if path.join("cur").is_dir() || path.join("new").is_dir() {
            Kind::Maildir
        } else {
            Kind::Directory
        });
    }
    let named_mbox = path.extension().is_some_and(|e| e == "mbox")
        || path.file_name().is_some_and(|n| n == "mbox");
    Ok(if named_mbox { Kind::Mbox } else { Kind::Eml })
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
    for path in paths {
        read_path(path, out);
    }
}

fn read_path(path: &Path, out: &mut dyn FnMut(Item)) {
    let label = path.display().to_string();
    let fail = |error| SourceError {
        source: label.clone(),
        error,
    };
    match kind_of(path) {
        Err(e) => out(Err(fail(e))),
        Ok(Kind::Maildir) => {
            for sub in ["new", "cur"] {
                let dir = path.join(sub);
                if dir.is_dir() {
                    read_dir_files(&dir, false, out);
                }
            }
        }
        Ok(Kind::Directory) => read_dir_files(path, true, out),
        Ok(Kind::Mbox) => match fs::read(path) {
            Ok(bytes) => {
                for (i, m) in split_mbox(&bytes).into_iter().enumerate() {
                    out(Ok(RawMessage {
                        source: format!("{label}#{}", i + 1),
                        bytes: m,
                    }));
                }
            }
            Err(e) => out(Err(fail(e))),
        },
        Ok(Kind::Eml) => match fs::read(path) {
            Ok(bytes) => out(Ok(RawMessage {
                source: label,
                bytes: strip_from_line(bytes),
            })),
            Err(e) => out(Err(fail(e))),
        },
    }
}

/// Files of a directory in name order, skipping dot files; `recurse` walks subdirectories.
fn read_dir_files(dir: &Path, recurse: bool, out: &mut dyn FnMut(Item)) {
    let entries = match fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .collect::<Vec<_>>(),
        Err(error) => {
            out(Err(SourceError {
                source: dir.display().to_string(),
                error,
            }));
            return;
        }
    };
    let mut entries: Vec<PathBuf> = entries
        .into_iter()
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            if recurse {
                read_path(&entry, out);
            }
        } else {
            read_path(&entry, out);
        }
    }
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

    #[test]
    fn a_leading_from_line_is_dropped_from_a_single_file() {
        assert_eq!(
            strip_from_line(b"From x y\nSubject: a\n".to_vec()),
            b"Subject: a\n"
        );
        assert_eq!(strip_from_line(b"Subject: a\n".to_vec()), b"Subject: a\n");
    }
}
