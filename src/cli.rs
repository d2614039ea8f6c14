//! Command-line definitions (clap). What each command does lives in `cmd`.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Triage the branch secretary's inbox: classify member mail with rule files, keep threads,
/// draft replies and send only safe acknowledgements.
#[derive(Debug, Parser)]
#[command(name = "postbag", version, propagate_version = true)]
#[command(
    after_help = "Exit codes: 0 ok, 1 invalid input (config, rules, messages), 2 runtime failure.\n\
Start with: postbag init, then postbag doctor.\n\
Or try: postbag classify examples/inbox   (the sample Maildir, no server needed)"
)]
pub struct Cli {
    /// Config file (TOML); default ./postbag.toml if it exists, else built-in defaults
    /// (and the built-in rules).
    #[arg(
        long,
        short = 'c',
        global = true,
        env = "POSTBAG_CONFIG",
        value_name = "FILE"
    )]
    pub config: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write a first config for your mailbox (Gmail, Microsoft 365, Fastmail, other), then
    /// say what to run next.
    ///
    /// Asks on the terminal for what the flags do not give. Never overwrites a file; the
    /// config is written 0600. Default file: --out, else --config, else ./postbag.toml.
    Init(Box<crate::cmd::init::InitArgs>),
    /// Check the config against the servers step by step and say what to fix.
    ///
    /// DNS and TCP, TLS and the certificate, the login, the server's capabilities, the
    /// Drafts and Sent folders, rules, templates and the data directory. Exit 0 when
    /// everything needed works, 1 when something must be fixed (each problem on one line).
    Doctor,
    /// Sign in with OAuth2 (Microsoft 365: a code on any device; Google: a browser here)
    /// and keep the refresh token in the data directory for [imap]/[smtp] `oauth2`.
    Login,
    /// Classify messages from files, Maildirs or mboxes and show the decisions.
    ///
    /// PATH may be a single message (.eml; a leading mbox "From " line is allowed), a Maildir
    /// (a directory with cur/ and new/), an mbox file (*.mbox), or a directory of message files.
    /// Nothing is changed anywhere: this is the offline, read-only view of triage.
    Classify(ClassifyArgs),
    /// Measure triage against labelled mail: precision, recall, a confusion matrix, safety
    /// recall, automatic replies to mail that must never get one, and every miss with its
    /// evidence.
    ///
    /// DIR holds the messages; --labels names the TSV (header
    /// `file<TAB>categories<TAB>must_not_autoreply`, categories `main|also|...`). A decision
    /// is right when it is any labelled category. --min-safety-recall, --min-accuracy and
    /// --max-autoreplies-to-must-not make it exit 1 when unmet (for CI).
    Eval(crate::cmd::eval::EvalArgs),
    /// Fit the learned layer on labelled mail and write the model file.
    ///
    /// Reads DIR and --labels as `eval` does and learns each message as its main label.
    /// The shipped model (model/triage.model, built into postbag) is made by
    /// scripts/train-model.sh: `postbag train corpus/train --labels corpus/train/labels.tsv`
    /// with 1,001 SpamAssassin messages as --background. --cv N also prints cross-validated
    /// figures on DIR alone, so held-out mail stays held out.
    Train(crate::cmd::train::TrainArgs),
    /// Work with rule files.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Triage the IMAP mailbox: the daemon, or one pass with --once.
    ///
    /// Fetches new messages above each folder's UID watermark (BODY.PEEK: \Seen is never set),
    /// triages and stores them, and marks each with the keyword postbag-<category> (plus the
    /// per-category flags and folders of [marks.*]). The daemon then waits with IDLE (or polls)
    /// and reconnects with backoff. SIGTERM/SIGINT stop it; SIGHUP reloads the rules.
    /// Logs go to stderr; set POSTBAG_LOG (e.g. debug, or postbag=trace) for more.
    Run {
        /// One pass over every folder, then exit (for cron).
        #[arg(long)]
        once: bool,
        /// Classify and report what would be marked; change nothing on the server or in the store.
        #[arg(long)]
        dry_run: bool,
    },
    /// Triage stored messages again with what the secretary's corrections taught.
    ///
    /// Only on request: postbag never re-classifies mail it has handled by itself. Reads
    /// the messages of every folder dated (or seen) from DATE on from the server (BODY.PEEK),
    /// triages them with the rules, the shipped model and the corrections, and moves the
    /// mark of each whose category changes (keyword or Gmail label); nothing is answered
    /// again. A message the secretary corrected keeps her category.
    Reclassify {
        /// First day, YYYY-MM-DD.
        #[arg(long, value_name = "DATE")]
        since: String,
        /// Show what would change; change nothing.
        #[arg(long)]
        dry_run: bool,
        /// Show for each message what the corrections said ("your corrections: +6 complaint, ...").
        #[arg(long)]
        explain: bool,
    },
    /// Stop the running daemon: it finishes its current chunk, checkpoints and exits.
    ///
    /// Waits until it has exited. Exit 0 also when no daemon runs.
    Stop,
    /// Messages seen, triaged and quarantined per folder; watermarks and last sync; with a
    /// daemon running, what it is doing now (folder and chunk, IDLE since, the outbox
    /// queue, the last error).
    Status {
        /// One JSON object.
        #[arg(long)]
        json: bool,
    },
    /// Threads with their message counts, categories and last activity (newest first).
    Threads {
        /// One JSON object per thread and line.
        #[arg(long)]
        json: bool,
    },
    /// The member list: who a sender is (rules' sender-status and sender-branch).
    #[command(subcommand)]
    Members(MembersCommand),
    /// Delete from the store what is past its retention ([retention] in the config).
    ///
    /// Message records with their snippets, thread entries, evidence, audit entries and correspondents left without messages; then the store
    /// is rewritten so the bytes leave the disk. Held safety evidence is kept. The mailbox
    /// is never touched.
    Purge {
        /// Only count what would be deleted.
        #[arg(long)]
        dry_run: bool,
    },
    /// Safety messages kept as evidence: list them, or release one from the hold.
    #[command(subcommand)]
    Evidence(EvidenceCommand),
    /// Write everything the store holds about a person into DIR (subject access request).
    Export {
        #[arg(value_name = "ADDRESS")]
        address: String,
        /// A new (or empty) directory; created 0700.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Erase everything the store holds about a person, then rewrite the store.
    ///
    /// Shows what would be erased and asks on the terminal (without one, refuses unless
    /// --yes). Held safety evidence is kept until released; other people's messages that
    /// mention the person are listed, not changed; the mailbox is never touched.
    Forget {
        #[arg(value_name = "ADDRESS")]
        address: String,
        /// Erase without asking.
        #[arg(long)]
        yes: bool,
    },
    /// List the outbox: acknowledgements, alerts and digests, sent, waiting or failed.
    Outbox(crate::cmd::outbox::OutboxArgs),
    /// Preview (or send) the weekly digest: text on stdout, HTML with --preview FILE.
    Digest(crate::cmd::digest::DigestArgs),
    /// Look after the store itself.
    #[command(subcommand)]
    Store(StoreCommand),
}

#[derive(Debug, Subcommand)]
pub enum StoreCommand {
    /// Set a corrupt store aside and rebuild it from the mailbox (needs [imap]).
    ///
    /// The old data directory is renamed DATA_DIR.broken-TIME (kept, not deleted; the
    /// OAuth2 login moves to the new one), then one pass as `run --once` rebuilds the store.
    /// Messages that already carry a postbag-<category> keyword are recorded as handled with
    /// that category: nothing is drafted, acknowledged or alerted for them again. What the
    /// old store alone knew is not rebuilt: the member list (import it again), the outbox
    /// history, sent digests, rate-limit memory and the audit log. Stop the daemon first.
    Repair {
        /// Rebuild even if the store opens fine.
        #[arg(long)]
        rebuild: bool,
    },
}

#[derive(Debug, Args)]
pub struct ClassifyArgs {
    /// One JSON object per message and line, for tools (fields: source, message_id, from,
    /// subject, category, priority, score, rules, reply, reply_blocked_by).
    #[arg(long)]
    pub json: bool,
    /// Show which rules fired, on which field, and the text that matched.
    #[arg(long)]
    pub explain: bool,
    /// Rule directory (default: rules_dir from the config, ./rules, or the built-in rules).
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
    /// Messages to classify.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Validate every rule file and report every problem as path:line:col: message.
    ///
    /// Errors (bad regex, unknown field or category, duplicate rule name, ...) exit 1;
    /// warnings (patterns that are slow on non-ASCII mail) are shown but exit 0 unless --strict.
    Check {
        /// Rule directory (default: rules_dir from the config, ./rules, or the built-in rules).
        #[arg(value_name = "DIR")]
        dir: Option<PathBuf>,
        /// Treat warnings as errors.
        #[arg(long)]
        strict: bool,
    },
    /// Print rules mined from the secretary's corrections (a sender, a List-Id, a phrase),
    /// each with how many stored messages it would have changed. Nothing is applied: paste
    /// the ones you want into a rule file and run `rules check`.
    Suggest {
        /// One JSON object per suggestion and line.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum MembersCommand {
    /// Replace the member list with a CSV file (columns as [members] columns says).
    ///
    /// The whole list is replaced at once; nothing changes if the file has an error.
    /// Rows without an email address are skipped; an address on two rows keeps the row
    /// with the higher status (officer, member, lapsed).
    Import {
        #[arg(value_name = "FILE.csv")]
        file: PathBuf,
    },
    /// Show who an address is: member, lapsed, officer or non-member.
    Lookup {
        #[arg(value_name = "ADDRESS")]
        address: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum EvidenceCommand {
    /// Every message kept as evidence: key, arrival, size, hash check, hold.
    List,
    /// Release a message's evidence from the hold: the safety retention applies again.
    Release {
        /// MAILBOX/UIDVALIDITY/UID, as `evidence list` shows it.
        #[arg(value_name = "KEY")]
        key: String,
    },
}
