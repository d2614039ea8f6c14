//! The daemon's side of the control socket: accept connections from its own user, read
//! one request each, wait for a turn on the store (alone for a command that changes it,
//! which pauses the sync after its current chunk), run the command's own code on a
//! blocking thread with its output captured, and send that back as it comes.
//!
//! A request that cannot be read (malformed, oversized, of another protocol version, from
//! another user) gets an error reply and its connection is closed; the daemon goes on.

use std::io::Write;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine;
use futures_util::{SinkExt, StreamExt};
use tokio::net::UnixStream;
use tokio::sync::mpsc;
use tokio_util::codec::{Framed, LengthDelimitedCodec};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use super::protocol::{self, Command, Reply, Request};
use super::{my_uid, socket_path, with_socket_path};
use crate::cmd::ctx::{Ctx, Host};
use crate::config::Config;
use crate::daemon::activity::{Activity, Live, OutboxQueue};
use crate::daemon::turns::{Turn, Turns};
use crate::outbox::{DrainReport, OutboxHandle};
use crate::store::{OutboxState, Store};

/// How long a client has to send its request once connected.
const REQUEST_WITHIN: Duration = Duration::from_secs(30);

/// Binds the control socket of `data_dir` (mode 0600). Call while holding the store: no
/// other daemon can then be serving this directory, so a socket left there is a crashed
/// one's and is replaced.
pub fn bind(data_dir: &Path) -> std::io::Result<std::os::unix::net::UnixListener> {
    let path = socket_path(data_dir);
    match std::fs::symlink_metadata(&path) {
        Ok(m) if m.file_type().is_socket() => std::fs::remove_file(&path)?,
        Ok(_) => {
            return Err(std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                format!("{} exists and is not a socket", path.display()),
            ))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    let listener = with_socket_path(data_dir, |p| std::os::unix::net::UnixListener::bind(p))?;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    listener.set_nonblocking(true)?;
    Ok(listener)
}

/// What every request needs from the daemon.
pub struct Daemonside {
    pub store: Store,
    /// The daemon's config: used when the client read none.
    pub config: Config,
    pub turns: Arc<Turns>,
    pub activity: Live,
    /// The outbox task, when the daemon sends mail.
    pub outbox: Option<OutboxHandle>,
    /// Cancelled by `stop` (and SIGTERM).
    pub shutdown: CancellationToken,
}

/// The control socket's task.
pub struct Server {
    listener: std::os::unix::net::UnixListener,
    daemon: Arc<Daemonside>,
}

impl Server {
    pub fn new(listener: std::os::unix::net::UnixListener, daemon: Daemonside) -> Server {
        Server {
            listener,
            daemon: Arc::new(daemon),
        }
    }

    /// Serves connections until `shutdown`, then lets the requests in progress finish and
    /// removes the socket.
    pub async fn run(self, shutdown: CancellationToken) -> crate::Result<()> {
        let path = socket_path(&self.daemon.config.data_dir);
        let listener = tokio::net::UnixListener::from_std(self.listener).map_err(|e| {
            crate::Error::Invalid(format!(
                "cannot use the control socket {}: {e}",
                path.display()
            ))
        })?;
        let connections = TaskTracker::new();
        loop {
            tokio::select! {
                _ = shutdown.cancelled() => break,
                accepted = listener.accept() => match accepted {
                    Ok((stream, _)) => {
                        connections.spawn(serve(Arc::clone(&self.daemon), stream));
                    }
                    Err(e) => {
                        // Out of file descriptors, say: the next accept may work.
                        tracing::warn!("control socket: cannot accept a connection: {e}");
                        tokio::select! {
                            _ = shutdown.cancelled() => break,
                            _ = tokio::time::sleep(Duration::from_millis(100)) => {}
                        }
                    }
                },
            }
        }
        drop(listener);
        if let Err(e) = std::fs::remove_file(&path) {
            tracing::debug!("cannot remove {}: {e}", path.display());
        }
        connections.close();
        connections.wait().await;
        Ok(())
    }
}

type Connection = Framed<UnixStream, LengthDelimitedCodec>;

async fn send(conn: &mut Connection, reply: Reply) -> std::io::Result<()> {
    let bytes = serde_json::to_vec(&reply.frame()).map_err(std::io::Error::other)?;
    conn.send(tokio_util::bytes::Bytes::from(bytes)).await
}

/// Refuses the request with `message` (exit code `code` at the client).
async fn refuse(conn: &mut Connection, message: String, code: u8) {
    tracing::warn!("control socket: {message}");
    let _ = send(conn, Reply::Error { message, code }).await;
}

/// One connection: one request.
async fn serve(daemon: Arc<Daemonside>, stream: UnixStream) {
    let peer = stream.peer_cred();
    let mut conn = Framed::new(stream, protocol::codec(protocol::MAX_REQUEST));
    match peer {
        Ok(peer) if peer.uid() == my_uid() => {}
        Ok(peer) => {
            let message = format!(
                "refused a connection of uid {}: this daemon serves only its own user (uid {})",
                peer.uid(),
                my_uid()
            );
            return refuse(&mut conn, message, 2).await;
        }
        Err(e) => {
            let message = format!("refused a connection whose user cannot be told: {e}");
            return refuse(&mut conn, message, 2).await;
        }
    }
    let read = tokio::select! {
        _ = daemon.shutdown.cancelled() => None,
        r = tokio::time::timeout(REQUEST_WITHIN, conn.next()) => Some(r),
    };
    let bytes = match read {
        None => return refuse(&mut conn, "the daemon is stopping".into(), 2).await,
        Some(Err(_)) => {
            let message = format!("no request within {} s", REQUEST_WITHIN.as_secs());
            return refuse(&mut conn, message, 2).await;
        }
        Some(Ok(None)) => return,
        Some(Ok(Some(Err(e)))) => {
            let message = format!("cannot read the request: {e}");
            return refuse(&mut conn, message, 2).await;
        }
        Some(Ok(Some(Ok(bytes)))) => bytes,
    };
    let request = match parse(&bytes) {
        Ok(r) => r,
        Err(message) => return refuse(&mut conn, message, 2).await,
    };
    if let Command::Stop = request.command {
        return stop(&daemon, conn).await;
    }
    let config = match config_of(&daemon, &request) {
        Ok(c) => c,
        Err(message) => return refuse(&mut conn, message, 1).await,
    };
    let name = request.command.name();
    let alone = request.command.changes_store();
    let Some(turn) = take_turn(&daemon, &mut conn, alone).await else {
        let message = format!("the daemon is stopping; `{name}` did not run: try again");
        return refuse(&mut conn, message, 2).await;
    };
    if alone {
        daemon.activity.paused_for(Some(name));
    }
    tracing::debug!("control socket: running `{name}`");
    let (tx, mut rx) = mpsc::channel(32);
    let link = Link {
        tx,
        store: daemon.store.clone(),
        turns: Arc::clone(&daemon.turns),
        turn: Mutex::new(Some(turn)),
        activity: daemon.activity.clone(),
        outbox: daemon.outbox.clone(),
    };
    let job = tokio::task::spawn_blocking(move || run_command(&link, &config, &request));
    // The command runs to its end even if the client goes away (an erasure is not left
    // half-done); its output then goes nowhere.
    let mut gone = false;
    while let Some(reply) = rx.recv().await {
        if !gone && send(&mut conn, reply).await.is_err() {
            gone = true;
        }
    }
    let done = match job.await {
        Ok((code, confirm)) => Reply::Done { code, confirm },
        Err(e) => {
            tracing::error!("control socket: `{name}` failed: {e}");
            Reply::Error {
                message: format!("`{name}` failed inside the daemon: {e}"),
                code: 2,
            }
        }
    };
    if alone {
        daemon.activity.paused_for(None);
    }
    if !gone {
        let _ = send(&mut conn, done).await;
    }
}

/// The request, if it is one of this protocol version.
fn parse(bytes: &[u8]) -> Result<Request, String> {
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| format!("malformed request: {e}"))?;
    match value.get("v").and_then(serde_json::Value::as_u64) {
        Some(v) if v == u64::from(protocol::VERSION) => {}
        Some(v) => {
            return Err(format!(
                "this daemon (postbag {}) speaks control protocol {}, the request is version {v}: \
                 use the postbag the daemon runs, or restart the daemon",
                env!("CARGO_PKG_VERSION"),
                protocol::VERSION
            ))
        }
        None => return Err("malformed request: no protocol version \"v\"".into()),
    }
    serde_json::from_value(value).map_err(|e| format!("malformed request: {e}"))
}

/// The config the command runs with: the client's, which must name this daemon's store.
fn config_of(daemon: &Daemonside, request: &Request) -> Result<Config, String> {
    let Some(path) = &request.config else {
        return Ok(daemon.config.clone());
    };
    let config = Config::load(path).map_err(|e| e.0)?;
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if !same(&config.data_dir, daemon.store.dir()) {
        return Err(format!(
            "{} names data_dir {}, but this daemon holds the store in {}",
            path.display(),
            config.data_dir.display(),
            daemon.store.dir().display()
        ));
    }
    Ok(config)
}

/// A turn on the store for a command (`None` if the daemon stops first); says so to the
/// client when it has to wait.
async fn take_turn(daemon: &Daemonside, conn: &mut Connection, alone: bool) -> Option<Turn> {
    let now = if alone {
        daemon.turns.try_alone()
    } else {
        daemon.turns.try_shared()
    };
    if let Some(turn) = now {
        return Some(turn);
    }
    let why = if alone {
        format!(
            "waiting for the daemon to pause its sync ({})",
            daemon.activity.get().doing()
        )
    } else {
        match daemon.activity.get().paused_for {
            Some(command) => format!("waiting for `{command}` to finish with the store"),
            None => "waiting for a command that changes the store to finish".to_string(),
        }
    };
    let _ = send(conn, Reply::Waiting { why }).await;
    tokio::select! {
        _ = daemon.shutdown.cancelled() => None,
        turn = daemon.turns.alone(), if alone => Some(turn),
        turn = daemon.turns.shared(), if !alone => Some(turn),
    }
}

/// `stop`: the daemon finishes its current chunk, checkpoints and exits. The connection
/// is kept open until the process ends, so the client can tell when it has.
async fn stop(daemon: &Daemonside, mut conn: Connection) {
    tracing::info!("stop requested over the control socket: stopping");
    let _ = send(
        &mut conn,
        Reply::Stopping {
            pid: std::process::id(),
        },
    )
    .await;
    daemon.activity.stopping();
    daemon.shutdown.cancel();
    if let Ok(stream) = conn.into_inner().into_std() {
        // Closed by the kernel when the process exits.
        std::mem::forget(stream);
    }
}

/// Runs the request's command on this (blocking) thread: its exit code, and whether the
/// client must ask for a yes (`forget`'s plan).
fn run_command(link: &Link, config: &Config, request: &Request) -> (u8, bool) {
    let mut out = ReplyWriter::new(link.tx.clone(), false);
    let mut err = ReplyWriter::new(link.tx.clone(), true);
    let (result, confirm) = {
        let mut ctx = Ctx {
            config,
            store: &link.store,
            out: &mut out,
            err: &mut err,
            rules: request.rules.clone(),
            host: Host::Daemon(link),
            needs_confirmation: false,
        };
        let result = crate::cmd::on_store::execute(&mut ctx, &request.command);
        (result, ctx.needs_confirmation)
    };
    let _ = out.flush();
    let code = match result {
        Ok(outcome) => outcome as u8,
        Err(e) => {
            let _ = writeln!(err, "postbag: {}", crate::cmd::report(&e));
            crate::cmd::exit_code(&e) as u8
        }
    };
    let _ = err.flush();
    (code, confirm && code == 0)
}

/// What a command running for a client reaches of the daemon and of its connection.
pub struct Link {
    tx: mpsc::Sender<Reply>,
    store: Store,
    turns: Arc<Turns>,
    /// The command's turn on the store; given back while the outbox task works for it.
    turn: Mutex<Option<Turn>>,
    activity: Live,
    outbox: Option<OutboxHandle>,
}

impl Link {
    fn reply(&self, reply: Reply) -> std::io::Result<()> {
        self.tx
            .blocking_send(reply)
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::BrokenPipe, "the client left"))
    }

    /// What the daemon is doing, with its outbox queue.
    pub fn activity(&self) -> Activity {
        let mut activity = self.activity.get();
        activity.outbox = outbox_queue(&self.store).ok();
        activity
    }

    /// Asks the outbox task to deliver now. It takes turns of its own, so the command's
    /// turn is given back meanwhile (holding it, the two would wait for each other).
    pub fn deliver(&self, all: bool) -> anyhow::Result<DrainReport> {
        let outbox = self.outbox.as_ref().ok_or_else(|| {
            anyhow::anyhow!(
                "the daemon does not send mail (it started without an [smtp] section): restart it"
            )
        })?;
        drop(self.turn.lock().unwrap_or_else(|p| p.into_inner()).take());
        self.activity.paused_for(None);
        let report = outbox.deliver_blocking(all);
        let turn = tokio::runtime::Handle::current().block_on(self.turns.shared());
        *self.turn.lock().unwrap_or_else(|p| p.into_inner()) = Some(turn);
        report.map_err(anyhow::Error::msg)
    }

    /// Sends a file for the client to write, in pieces.
    pub fn send_file(&self, name: &str, bytes: &[u8]) -> anyhow::Result<()> {
        let mut pieces = bytes.chunks(protocol::FILE_PIECE).peekable();
        loop {
            let piece = pieces.next().unwrap_or_default();
            let end = pieces.peek().is_none();
            self.reply(Reply::File {
                name: name.to_string(),
                data: base64::engine::general_purpose::STANDARD.encode(piece),
                end,
            })?;
            if end {
                return Ok(());
            }
        }
    }

    /// `export`'s files, sent to the client, which writes them into its `--out`.
    pub fn export_sink(&self) -> RemoteSink<'_> {
        RemoteSink(self)
    }
}

/// An export written by the client (see [`Link::export_sink`]).
pub struct RemoteSink<'a>(&'a Link);

impl crate::privacy::export::ExportSink for RemoteSink<'_> {
    fn prepare(&mut self) -> crate::Result<()> {
        // The client prepares the directory when the first file comes.
        Ok(())
    }

    fn write(&mut self, name: &str, bytes: &[u8]) -> crate::Result<()> {
        self.0
            .send_file(name, bytes)
            .map_err(|e| crate::Error::Export {
                path: name.into(),
                detail: e.to_string(),
            })
    }
}

/// The outbox queue as `status` shows it.
fn outbox_queue(store: &Store) -> crate::Result<OutboxQueue> {
    let pending = store.outbox_pending()?;
    let queued: Vec<_> = pending
        .iter()
        .filter(|i| i.state == OutboxState::Queued)
        .collect();
    Ok(OutboxQueue {
        queued: queued.len(),
        sending: pending
            .iter()
            .filter(|i| i.state == OutboxState::Sending)
            .count(),
        next_attempt: queued.iter().map(|i| i.next_attempt).min(),
        last_error: queued
            .iter()
            .filter(|i| i.last_error.is_some())
            .max_by_key(|i| (i.updated, i.id))
            .and_then(|i| i.last_error.clone()),
    })
}

/// A command's stdout or stderr, sent to the client line by line (as a terminal would
/// show it), in pieces small enough for a frame.
struct ReplyWriter {
    tx: mpsc::Sender<Reply>,
    stderr: bool,
    buf: Vec<u8>,
}

/// A line longer than this is sent in pieces.
const MAX_PIECE: usize = 64 * 1024;

impl ReplyWriter {
    fn new(tx: mpsc::Sender<Reply>, stderr: bool) -> ReplyWriter {
        ReplyWriter {
            tx,
            stderr,
            buf: Vec::new(),
        }
    }

    fn send(&mut self, upto: usize) -> std::io::Result<()> {
        let rest = self.buf.split_off(upto);
        let bytes = std::mem::replace(&mut self.buf, rest);
        if bytes.is_empty() {
            return Ok(());
        }
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let reply = if self.stderr {
            Reply::Stderr { text }
        } else {
            Reply::Stdout { text }
        };
        self.tx
            .blocking_send(reply)
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::BrokenPipe, "the client left"))
    }
}

impl Write for ReplyWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.buf.extend_from_slice(bytes);
        if let Some(end) = self.buf.iter().rposition(|&b| b == b'\n') {
            self.send(end + 1)?;
        }
        while self.buf.len() >= MAX_PIECE {
            // Not inside a UTF-8 sequence.
            let upto = match std::str::from_utf8(&self.buf[..MAX_PIECE]) {
                Ok(_) => MAX_PIECE,
                Err(e) => e.valid_up_to().max(1),
            };
            self.send(upto)?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let all = self.buf.len();
        self.send(all)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_of_another_version_or_shape_are_refused() {
        let e = parse(br#"{"v":2,"config":null,"rules":"built-in","command":{"name":"stop"}}"#)
            .unwrap_err();
        assert!(e.contains("protocol 1, the request is version 2"), "{e}");
        let e = parse(b"{not json").unwrap_err();
        assert!(e.starts_with("malformed request"), "{e}");
        let e = parse(br#"{"command":{"name":"stop"}}"#).unwrap_err();
        assert!(e.contains("no protocol version"), "{e}");
        let e = parse(br#"{"v":1,"config":null,"rules":"built-in","command":{"name":"rm"}}"#)
            .unwrap_err();
        assert!(e.starts_with("malformed request"), "{e}");
        let ok = parse(br#"{"v":1,"config":null,"rules":"built-in","command":{"name":"stop"}}"#);
        assert!(matches!(ok.unwrap().command, Command::Stop));
    }

    #[test]
    fn output_goes_out_by_line_and_in_pieces() {
        let (tx, mut rx) = mpsc::channel(64);
        let mut w = ReplyWriter::new(tx, false);
        write!(w, "one\ntw").unwrap();
        w.write_all(b"o\n").unwrap();
        w.write_all("é".repeat(MAX_PIECE).as_bytes()).unwrap();
        w.flush().unwrap();
        drop(w);
        let mut texts = Vec::new();
        while let Ok(Reply::Stdout { text }) = rx.try_recv() {
            texts.push(text);
        }
        assert_eq!(&texts[..2], ["one\n", "two\n"]);
        assert!(texts[2..].iter().all(|t| t.len() <= MAX_PIECE));
        assert_eq!(texts[2..].concat(), "é".repeat(MAX_PIECE));
    }
}
