//! The client's side of the control socket: find the daemon serving a data directory,
//! make sure the socket is the user's own, send one request and play back what comes:
//! output on stdout and stderr, files into their destination, the exit code.

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::Path;

use anyhow::{anyhow, bail, Context};
use base64::Engine;
use futures_util::{SinkExt, StreamExt};
use tokio::net::UnixStream;
use tokio_util::codec::{Framed, LengthDelimitedCodec};

use super::protocol::{self, Reply, ReplyFrame, Request};
use super::{my_uid, socket_path, with_socket_path};
use crate::privacy::export::{DirSink, ExportSink};

/// A connection to a running daemon, ready for one request.
pub struct Daemon {
    runtime: tokio::runtime::Runtime,
    conn: Framed<UnixStream, LengthDelimitedCodec>,
}

/// How the daemon answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answer {
    pub code: u8,
    /// `forget`'s plan: there is something to erase, ask the user.
    pub confirm: bool,
}

/// Where files the daemon sends back go.
pub enum Files<'a> {
    /// The command writes none.
    Nowhere,
    /// `export --out DIR`.
    Export(&'a Path),
    /// `digest --preview FILE`.
    Preview(&'a Path),
}

/// The daemon serving the store in `data_dir`, if one runs there. A socket that another
/// user owns, or that other users may open, is refused with an error: whatever listens on
/// it would see the request (an address to erase, a member list).
pub fn connect(data_dir: &Path) -> anyhow::Result<Option<Daemon>> {
    let path = socket_path(data_dir);
    let meta = match std::fs::symlink_metadata(&path) {
        Ok(m) => m,
        // No daemon; or no data directory to find one in, which opening the store reports.
        Err(e) => {
            tracing::debug!("no control socket at {}: {e}", path.display());
            return Ok(None);
        }
    };
    if !meta.file_type().is_socket() {
        bail!(
            "{} is not the daemon's control socket (not a socket): remove it",
            path.display()
        );
    }
    if meta.uid() != my_uid() {
        bail!(
            "refusing the control socket {}: it belongs to uid {}, not to you (uid {}); \
             run postbag as the user the daemon runs as",
            path.display(),
            meta.uid(),
            my_uid()
        );
    }
    if meta.mode() & 0o077 != 0 {
        bail!(
            "refusing the control socket {}: other users may open it (mode {:o}; the daemon \
             makes it 600)",
            path.display(),
            meta.mode() & 0o777
        );
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let connected = runtime.block_on(async {
        with_socket_path(data_dir, |p| {
            let std = std::os::unix::net::UnixStream::connect(p)?;
            std.set_nonblocking(true)?;
            UnixStream::from_std(std)
        })
    });
    let stream = match connected {
        Ok(s) => s,
        // A daemon that crashed left its socket behind: nobody listens.
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::ConnectionRefused | std::io::ErrorKind::NotFound
            ) =>
        {
            tracing::debug!("no daemon listens on {}: {e}", path.display());
            return Ok(None);
        }
        Err(e) => bail!("cannot connect to the daemon at {}: {e}", path.display()),
    };
    let peer = stream
        .peer_cred()
        .with_context(|| format!("cannot tell who listens on {}", path.display()))?;
    if peer.uid() != my_uid() {
        bail!(
            "refusing the daemon at {}: it runs as uid {}, not as you (uid {})",
            path.display(),
            peer.uid(),
            my_uid()
        );
    }
    let conn = Framed::new(stream, protocol::codec(protocol::MAX_REPLY));
    Ok(Some(Daemon { runtime, conn }))
}

impl Daemon {
    /// Sends `request` and plays back the reply until the command is done.
    pub fn ask(self, request: &Request, files: Files<'_>) -> anyhow::Result<Answer> {
        let Daemon { runtime, mut conn } = self;
        let bytes = serde_json::to_vec(request)?;
        if bytes.len() > protocol::MAX_REQUEST {
            bail!(
                "`{}` is too large to send to the daemon ({} bytes, at most {})",
                request.command.name(),
                bytes.len(),
                protocol::MAX_REQUEST
            );
        }
        let mut files = Received::new(files);
        runtime.block_on(async {
            let sent = conn.send(tokio_util::bytes::Bytes::from(bytes)).await;
            // A daemon that refuses the request may have said why before it closed.
            let mut first = None;
            if let Err(e) = sent {
                match conn.next().await {
                    Some(Ok(frame)) => first = Some(Ok(frame)),
                    _ => return Err(e).context("cannot send the request to the daemon"),
                }
            }
            loop {
                let next = match first.take() {
                    Some(frame) => Some(frame),
                    None => conn.next().await,
                };
                let frame = match next {
                    Some(frame) => frame.context("cannot read the daemon's reply")?,
                    None => bail!(
                        "the daemon closed the connection before `{}` finished (see its log)",
                        request.command.name()
                    ),
                };
                let frame: ReplyFrame = serde_json::from_slice(&frame)
                    .map_err(|e| anyhow!("cannot read the daemon's reply: {e}"))?;
                if frame.v != protocol::VERSION {
                    bail!(
                        "the daemon speaks control protocol {}, this postbag {}: restart the daemon",
                        frame.v,
                        protocol::VERSION
                    );
                }
                match frame.reply {
                    Reply::Stdout { text } => {
                        let mut out = std::io::stdout().lock();
                        out.write_all(text.as_bytes())?;
                        out.flush()?;
                    }
                    Reply::Stderr { text } => std::io::stderr().write_all(text.as_bytes())?,
                    Reply::File { name, data, end } => files.piece(&name, &data, end)?,
                    Reply::Waiting { why } => {
                        if std::io::stderr().is_terminal() {
                            eprintln!("postbag: {why}");
                        }
                    }
                    Reply::Done { code, confirm } => return Ok(Answer { code, confirm }),
                    Reply::Error { message, code } => {
                        eprintln!("postbag: the daemon refused the request: {message}");
                        return Ok(Answer {
                            code,
                            confirm: false,
                        });
                    }
                    Reply::Stopping { pid } => {
                        eprintln!(
                            "postbag: stopping the daemon (process {pid}): it finishes its \
                             current chunk, checkpoints and exits"
                        );
                        // The connection closes when the process has exited.
                        while let Some(Ok(_)) = conn.next().await {}
                        eprintln!("postbag: the daemon has stopped");
                        return Ok(Answer {
                            code: 0,
                            confirm: false,
                        });
                    }
                }
            }
        })
    }
}

/// Files coming from the daemon, put together piece by piece.
struct Received<'a> {
    to: Files<'a>,
    export: Option<DirSink>,
    partial: HashMap<String, Vec<u8>>,
}

impl<'a> Received<'a> {
    fn new(to: Files<'a>) -> Received<'a> {
        Received {
            to,
            export: None,
            partial: HashMap::new(),
        }
    }

    fn piece(&mut self, name: &str, data: &str, end: bool) -> anyhow::Result<()> {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(data)
            .map_err(|e| anyhow!("the daemon sent a damaged file {name:?}: {e}"))?;
        let file = self.partial.entry(name.to_string()).or_default();
        file.extend_from_slice(&bytes);
        if !end {
            return Ok(());
        }
        let whole = self.partial.remove(name).unwrap_or_default();
        match self.to {
            Files::Export(out) => {
                let sink = match &mut self.export {
                    Some(sink) => sink,
                    None => {
                        let mut sink = DirSink::new(out);
                        sink.prepare().map_err(crate::cmd::user_facing)?;
                        self.export.insert(sink)
                    }
                };
                sink.write(name, &whole).map_err(crate::cmd::user_facing)
            }
            Files::Preview(path) if name.is_empty() => std::fs::write(path, whole)
                .with_context(|| format!("cannot write {}", path.display())),
            _ => bail!("the daemon sent a file that was not asked for: {name:?}"),
        }
    }
}
