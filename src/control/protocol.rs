//! The messages of the control socket: one [`Request`] from the client, then [`Reply`]
//! frames from the daemon until [`Reply::Done`] (or [`Reply::Error`]). Each message is one
//! length-delimited frame (tokio-util's codec: a 4-byte big-endian length, then the bytes)
//! holding a JSON object with the protocol version `v`. A daemon refuses a request of
//! another version with an error that says so, rather than guessing what it means.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use tokio_util::codec::LengthDelimitedCodec;

/// The protocol version; bump it when a message changes in a way the other side cannot read.
pub const VERSION: u32 = 1;

/// The largest request the daemon reads (a member list CSV travels in one).
pub const MAX_REQUEST: usize = 16 * 1024 * 1024;

/// The largest reply frame the client reads; output and files come in smaller pieces.
pub const MAX_REPLY: usize = 4 * 1024 * 1024;

/// File contents are sent in pieces of at most this many bytes (before base64).
pub const FILE_PIECE: usize = 1024 * 1024;

/// The framing, with the largest frame this side accepts.
pub fn codec(max_frame: usize) -> LengthDelimitedCodec {
    LengthDelimitedCodec::builder()
        .max_frame_length(max_frame)
        .new_codec()
}

/// What a client asks the daemon to run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Request {
    pub v: u32,
    /// The config file the client read (absolute): the command runs with it, as it would
    /// without a daemon. `None`: the client used the built-in defaults.
    pub config: Option<PathBuf>,
    /// Where the client's rules come from (its `./rules` is not the daemon's).
    pub rules: RulesFrom,
    pub command: Command,
}

/// Where a command takes its rules from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RulesFrom {
    /// As the config and the current directory say (a command in its own process).
    Resolve,
    Dir(PathBuf),
    BuiltIn,
}

/// The commands that work on the store. Paths are absolute; files the command reads are
/// read by the client and sent, files it writes come back to the client (the daemon may
/// run where the client's files are out of reach, e.g. under systemd's ProtectHome).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "name", rename_all = "kebab-case")]
pub enum Command {
    Status {
        json: bool,
    },
    Threads {
        json: bool,
    },
    Outbox {
        json: bool,
        retry_now: bool,
    },
    MembersImport {
        /// The file as the user named it, for messages.
        file: PathBuf,
        /// Its bytes, base64.
        csv: String,
    },
    MembersLookup {
        address: String,
    },
    Purge {
        dry_run: bool,
    },
    EvidenceList,
    EvidenceRelease {
        key: String,
    },
    Export {
        address: String,
        out: PathBuf,
    },
    Forget {
        address: String,
        step: ForgetStep,
    },
    Digest {
        /// Where the client writes the HTML (the daemon sends it back as a file).
        preview: Option<PathBuf>,
        week: Option<String>,
        summary: bool,
        send: bool,
        now: Option<String>,
    },
    /// Stop the daemon: finish the current chunk, checkpoint, exit.
    Stop,
    /// Rules mined from the secretary's corrections, printed, never applied.
    RulesSuggest {
        json: bool,
    },
    /// Triage stored messages again with what the corrections taught, and re-mark those
    /// whose category changes.
    Reclassify {
        /// `YYYY-MM-DD`: messages dated (or seen) from that day on.
        since: String,
        dry_run: bool,
        explain: bool,
    },
}

/// `forget` in steps, so that the question is asked by the client while the daemon goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ForgetStep {
    /// Show what would be erased; `Done.confirm` says whether there is anything.
    Plan,
    /// Erase (the user said yes to the plan).
    Erase,
    /// Show, then erase (`--yes`).
    All,
}

impl Command {
    /// Whether the command changes the store: it then runs alone, with the sync paused
    /// after its current chunk. (`outbox --retry-now` leaves the sending to the outbox
    /// task, which takes its own turns; `stop` takes none.)
    pub fn changes_store(&self) -> bool {
        match self {
            Command::MembersImport { .. } | Command::EvidenceRelease { .. } => true,
            Command::Reclassify { dry_run, .. } => !dry_run,
            Command::Purge { dry_run } => !dry_run,
            Command::Forget { step, .. } => *step != ForgetStep::Plan,
            Command::Digest { send, .. } => *send,
            Command::Outbox { .. }
            | Command::Status { .. }
            | Command::Threads { .. }
            | Command::MembersLookup { .. }
            | Command::EvidenceList
            | Command::Export { .. }
            | Command::RulesSuggest { .. }
            | Command::Stop => false,
        }
    }

    /// The command's name as typed, for messages ("forget", "members import").
    pub fn name(&self) -> &'static str {
        match self {
            Command::Status { .. } => "status",
            Command::Threads { .. } => "threads",
            Command::Outbox { .. } => "outbox",
            Command::MembersImport { .. } => "members import",
            Command::MembersLookup { .. } => "members lookup",
            Command::Purge { .. } => "purge",
            Command::EvidenceList => "evidence list",
            Command::EvidenceRelease { .. } => "evidence release",
            Command::Export { .. } => "export",
            Command::Forget { .. } => "forget",
            Command::Digest { .. } => "digest",
            Command::Stop => "stop",
            Command::RulesSuggest { .. } => "rules suggest",
            Command::Reclassify { .. } => "reclassify",
        }
    }
}

/// One frame from the daemon.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ReplyFrame {
    pub v: u32,
    #[serde(flatten)]
    pub reply: Reply,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "reply", rename_all = "kebab-case")]
pub enum Reply {
    /// What the command printed on standard output.
    Stdout { text: String },
    /// What the command printed on standard error.
    Stderr { text: String },
    /// A piece of a file for the client to write (base64): for `export`, `name` is a path
    /// inside its `--out`; for `digest --preview`, the preview itself. `end` closes it.
    File {
        name: String,
        data: String,
        end: bool,
    },
    /// The request waits for its turn on the store (the client shows it on a terminal).
    Waiting { why: String },
    /// The command ended with this exit code; `confirm` when `forget`'s plan needs a yes.
    Done {
        code: u8,
        #[serde(default)]
        confirm: bool,
    },
    /// The request was refused or could not be read; nothing ran.
    Error { message: String, code: u8 },
    /// `stop` was accepted: the connection closes when the daemon has exited.
    Stopping { pid: u32 },
}

impl Reply {
    pub fn frame(self) -> ReplyFrame {
        ReplyFrame {
            v: VERSION,
            reply: self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_and_replies_read_back() {
        let request = Request {
            v: VERSION,
            config: Some("/etc/postbag/postbag.toml".into()),
            rules: RulesFrom::BuiltIn,
            command: Command::Forget {
                address: "jo@example.org".into(),
                step: ForgetStep::Plan,
            },
        };
        let text = serde_json::to_string(&request).unwrap();
        assert!(text.contains(r#""v":1"#), "{text}");
        assert!(text.contains(r#""name":"forget""#), "{text}");
        let back: Request = serde_json::from_str(&text).unwrap();
        assert!(matches!(
            back.command,
            Command::Forget {
                step: ForgetStep::Plan,
                ..
            }
        ));
        let reply = serde_json::to_string(
            &Reply::Done {
                code: 1,
                confirm: false,
            }
            .frame(),
        )
        .unwrap();
        assert_eq!(reply, r#"{"v":1,"reply":"done","code":1,"confirm":false}"#);
        let back: ReplyFrame = serde_json::from_str(&reply).unwrap();
        assert!(matches!(back.reply, Reply::Done { code: 1, .. }));
    }

    #[test]
    fn what_changes_the_store_runs_alone() {
        assert!(Command::Purge { dry_run: false }.changes_store());
        assert!(!Command::Purge { dry_run: true }.changes_store());
        assert!(!Command::Status { json: true }.changes_store());
        let forget = |step| Command::Forget {
            address: "a@b".into(),
            step,
        };
        assert!(!forget(ForgetStep::Plan).changes_store());
        assert!(forget(ForgetStep::Erase).changes_store());
    }
}
