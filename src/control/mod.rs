//! The control socket: while a daemon holds the store (sled allows one process), every
//! other postbag command on the store reaches it through a Unix domain socket in the data
//! directory, and the daemon runs the command on its own store handle, between the steps
//! of its sync, with the same output and exit code as without a daemon.
//!
//! - [`protocol`]: the versioned messages (length-delimited JSON frames).
//! - [`server`]: the daemon's side: one task accepting connections; each request runs on a
//!   blocking thread with its output captured into reply frames.
//! - [`client`]: finding a running daemon and asking it.
//!
//! Only the user the daemon runs as may use it: the socket is `0600` in the `0700` data
//! directory, the daemon checks each peer's uid, and a client refuses a socket another
//! user owns or others may open (someone else's "daemon" would see what it asks).

pub mod client;
pub mod protocol;
pub mod server;

use std::path::{Path, PathBuf};

/// The socket's name in the data directory.
pub const SOCKET: &str = "control.sock";

/// Where the socket of the store in `data_dir` is.
pub fn socket_path(data_dir: &Path) -> PathBuf {
    data_dir.join(SOCKET)
}

/// The longest path a Unix socket address holds (`sun_path`, less its final NUL).
const MAX_SOCKET_PATH: usize = 107;

/// Runs `f` with a path for the socket of `data_dir` that fits a socket address: the
/// path itself, or for a deep data directory the same file reached through an open
/// handle on the directory (`/proc/self/fd/N/control.sock`, Linux).
pub(crate) fn with_socket_path<T>(
    data_dir: &Path,
    f: impl FnOnce(&Path) -> std::io::Result<T>,
) -> std::io::Result<T> {
    let path = socket_path(data_dir);
    if path.as_os_str().len() <= MAX_SOCKET_PATH {
        return f(&path);
    }
    let dir = std::fs::File::open(data_dir)?;
    let short = PathBuf::from(format!(
        "/proc/self/fd/{}/{SOCKET}",
        std::os::fd::AsRawFd::as_raw_fd(&dir)
    ));
    let result = f(&short);
    drop(dir);
    result
}

/// This process's effective user id.
pub(crate) fn my_uid() -> u32 {
    // SAFETY: geteuid cannot fail and touches no memory.
    unsafe { libc::geteuid() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deep_data_directory_still_gets_a_socket() {
        let tmp = tempfile::tempdir().unwrap();
        let deep = tmp.path().join("d".repeat(60)).join("e".repeat(60));
        std::fs::create_dir_all(&deep).unwrap();
        assert!(socket_path(&deep).as_os_str().len() > MAX_SOCKET_PATH);
        let listener =
            with_socket_path(&deep, |p| std::os::unix::net::UnixListener::bind(p)).unwrap();
        assert!(socket_path(&deep).exists(), "bound in the directory itself");
        let _client =
            with_socket_path(&deep, |p| std::os::unix::net::UnixStream::connect(p)).unwrap();
        listener.accept().unwrap();
    }
}
