//! One store, many commands: while `postbag run` holds the store and waits in IDLE on a
//! real Dovecot, every other command reaches the store through the daemon's control
//! socket with the output and exit code it has without a daemon; erasure and purge
//! rewrite the store inside the daemon, which goes on triaging; `postbag stop` finishes
//! the current chunk and checkpoints; the socket refuses other users and bad requests.
//!
//! Nothing here waits on the clock to line things up: the tests wait for conditions
//! (`status` says IDLE, a keyword is on the server, a line was printed), and a sync is
//! caught mid-chunk by a proxy that holds the server's bytes until told to let them go.

mod support;

use serde_json::Value;
use std::io::{BufRead, Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Output, Stdio};
use std::time::{Duration, Instant};
use support::dovecot::{Dovecot, USER};
use support::postbag::{postbag_keywords, wait_until, Postbag};
use support::smtp::{SmtpOptions, SmtpServer};

const MANIFEST: &str = env!("CARGO_MANIFEST_DIR");
const JO_PHRASE: &str = "purple giraffe allotment";
const THREAT_PHRASE: &str = "marmalade bicycle";

/// An RFC 2822 date `days` ago.
fn days_ago(days: i64) -> String {
    let t = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(24 * days);
    t.strftime("%a, %d %b %Y %H:%M:%S +0000").to_string()
}

fn mail(from: &str, subject: &str, id: &str, date: &str, extra: &str, body: &str) -> Vec<u8> {
    format!(
        "From: {from}\r\nTo: Sam Okafor <{USER}>\r\nSubject: {subject}\r\nMessage-ID: <{id}>\r\n\
         Date: {date}\r\n{extra}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    )
    .into_bytes()
}

/// Jo's thread (two old messages), Ann's, an old threat (held as evidence), and a fresh
/// question from Priya (acknowledged: the outbox has something to send).
fn inbox() -> Vec<Vec<u8>> {
    let old = days_ago(60);
    vec![
        mail(
            "Jo Bloggs <Jo.Bloggs@googlemail.com>",
            "Allotment motion",
            "jo1@mail.gmail.com",
            &old,
            "",
            &format!(
                "Dear Sam, about the {JO_PHRASE}: I propose a motion for the November meeting."
            ),
        ),
        mail(
            "Jo Bloggs <jo.bloggs+labour@gmail.com>",
            "Re: Allotment motion",
            "jo2@mail.gmail.com",
            &old,
            "In-Reply-To: <jo1@mail.gmail.com>\r\nReferences: <jo1@mail.gmail.com>\r\n",
            "Thank you! The purple giraffe allotment again.",
        ),
        mail(
            "Ann Member <ann@riverside.example.net>",
            "Canvassing on Saturday",
            "ann1@x",
            &old,
            "",
            "Can I join the canvassing team on Saturday?",
        ),
        mail(
            "X <x@anon.example.com>",
            "You",
            "t1@x",
            &old,
            "",
            &format!("I know where you live and I will hurt you, {THREAT_PHRASE}."),
        ),
        mail(
            "Priya Shah <priya.shah@example.com>",
            "Where is the next branch meeting?",
            "q1@example.com",
            &days_ago(0),
            "",
            "Hi Sam, can you tell me when and where the next branch meeting is? I've just joined.",
        ),
    ]
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn status(pb: &Postbag) -> Value {
    let out = pb.run(&["status", "--json"]);
    assert!(out.status.success(), "{}", text(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Waits until the daemon answers `status` through its socket and waits for mail in IDLE.
fn wait_for_idle(pb: &Postbag, daemon: &mut Child) -> Value {
    let mut last = Value::Null;
    let idle = wait_until(Duration::from_secs(60), || {
        assert!(
            daemon.try_wait().unwrap().is_none(),
            "the daemon exited:\n{}",
            pb.daemon_log()
        );
        let out = pb.run(&["status", "--json"]);
        if let Ok(v) = serde_json::from_slice::<Value>(&out.stdout) {
            last = v;
        }
        last["daemon"]["state"] == "idle"
    });
    assert!(idle.is_some(), "{last}\n{}", pb.daemon_log());
    last
}

fn assert_running(pb: &Postbag, daemon: &mut Child) {
    assert!(
        daemon.try_wait().unwrap().is_none(),
        "the daemon exited:\n{}",
        pb.daemon_log()
    );
}

/// Every file under `dir` whose bytes contain `needle` (compared lowercased).
fn files_containing(dir: &Path, needle: &str) -> Vec<PathBuf> {
    let needle = needle.to_lowercase().into_bytes();
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(bytes) = std::fs::read(&p) {
                if bytes
                    .to_ascii_lowercase()
                    .windows(needle.len())
                    .any(|w| w == needle.as_slice())
                {
                    found.push(p);
                }
            }
        }
    }
    found
}

/// The data directory is 0700 and nothing in it is readable by group or others.
fn assert_private(dir: &Path) {
    let mode = |p: &Path| std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(dir), 0o700, "{}", dir.display());
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        assert_eq!(mode(&p) & 0o077, 0, "{}", p.display());
    }
}

/// `key` of the one message of `status`-less lookups: the evidence list's first column.
fn evidence_key(pb: &Postbag) -> String {
    let out = pb.run(&["evidence", "list"]);
    assert!(out.status.success(), "{}", text(&out));
    let listing = String::from_utf8(out.stdout).unwrap();
    listing
        .lines()
        .nth(1)
        .and_then(|l| l.split_whitespace().next())
        .unwrap_or_else(|| panic!("no evidence in {listing}"))
        .to_string()
}

/// Output and exit code of `args`, for comparing the daemon's answer with the direct one.
fn answer(pb: &Postbag, args: &[&str]) -> (Option<i32>, String, String) {
    let out = pb.run(args);
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn every_command_works_through_the_daemon_and_erasure_still_reaches_the_disk() {
    let server = Dovecot::start();
    let mut smtp = SmtpServer::start(SmtpOptions::default());
    // The SMTP server is down when the daemon starts: Priya's acknowledgement waits.
    smtp.stop();
    server.append("INBOX", &inbox());
    let members =
        std::fs::read_to_string(format!("{MANIFEST}/tests/fixtures/privacy/postbag.toml")).unwrap();
    let members = &members[members.find("[members]").unwrap()..];
    let pb = Postbag::new(
        &server,
        &["INBOX"],
        &format!(
            "\n[smtp]\nhost = \"127.0.0.1\"\nport = {}\ntls = \"none\"\nfrom = \"Sam Okafor <{USER}>\"\n\
             \n[retention]\nsafety = 30\n\n{members}",
            smtp.port
        ),
    );
    let data = pb.data_dir();
    let mut daemon = pb.spawn_daemon();
    let first = wait_for_idle(&pb, &mut daemon);

    // status --json: the live store and what the daemon does.
    assert_eq!(first["messages"], 5, "{first}");
    let d = &first["daemon"];
    assert_eq!(d["pid"], daemon.id(), "{first}");
    assert_eq!(d["folder"], "INBOX", "{first}");
    assert!(
        d["idle_since"].is_i64() && d["last_pass"].is_i64(),
        "{first}"
    );
    // The acknowledgement is in the outbox: waiting, or already being tried (the outbox
    // task runs beside the sync and may have taken it by the time status is read).
    let in_outbox = |s: &Value| {
        s["daemon"]["outbox"]["queued"].as_u64().unwrap_or(0)
            + s["daemon"]["outbox"]["sending"].as_u64().unwrap_or(0)
    };
    assert_eq!(in_outbox(&first), 1, "the acknowledgement waits: {first}");
    // The outbox task tries at once, and fails: the server is down.
    let failed = wait_until(Duration::from_secs(30), || {
        status(&pb)["daemon"]["outbox"]["last_error"].is_string()
    });
    assert!(failed.is_some(), "{}", pb.daemon_log());
    assert!(
        first["snapshot_at"].is_null(),
        "read live, not from a snapshot"
    );
    let human = pb.run(&["status"]);
    assert!(human.status.success(), "{}", text(&human));
    let human = String::from_utf8(human.stdout).unwrap();
    assert!(
        human.contains(&format!("daemon: process {}", daemon.id()))
            && human.contains("waiting for new mail on INBOX since")
            && human.contains("outbox: 1 queued"),
        "{human}"
    );

    // A second daemon on the same data_dir names the first and exits 2.
    let second = pb.run(&["run"]);
    assert_eq!(second.status.code(), Some(2), "{}", text(&second));
    assert!(
        text(&second).contains(&format!("process {}", daemon.id())),
        "{}",
        text(&second)
    );

    // threads, members import, members lookup.
    let out = pb.run(&["threads"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("Allotment motion"), "{}", text(&out));
    let csv = format!("{MANIFEST}/tests/fixtures/privacy/members.csv");
    let out = pb.run(&["members", "import", &csv]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("imported 4 members"), "{}", text(&out));
    let out = pb.run(&["members", "lookup", "jo.bloggs@gmail.com"]);
    assert!(text(&out).contains("Jo Bloggs"), "{}", text(&out));
    // What the client cannot read is its error, before the daemon sees anything.
    let out = pb.run(&["members", "import", "/nonexistent/members.csv"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("cannot read /nonexistent/members.csv"));

    // export: the files are written by the client, into its --out.
    let sar = pb.dir.path().join("sar-jo");
    let out = pb.run(&[
        "export",
        "jo.bloggs@gmail.com",
        "--out",
        sar.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("exported 2 messages"), "{}", text(&out));
    let messages = std::fs::read_to_string(sar.join("messages.json")).unwrap();
    assert!(messages.contains(JO_PHRASE), "{messages}");
    assert!(std::fs::read_to_string(sar.join("person.json"))
        .unwrap()
        .contains("\"member_status\": \"member\""));
    assert_eq!(
        std::fs::metadata(&sar).unwrap().permissions().mode() & 0o777,
        0o700
    );
    // ... and refused like without a daemon when --out is not empty.
    let out = pb.run(&[
        "export",
        "jo.bloggs@gmail.com",
        "--out",
        sar.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("not empty"), "{}", text(&out));

    // outbox; then the SMTP server is back and --retry-now sends at once what would
    // otherwise wait a minute for its next attempt.
    let out = pb.run(&["outbox"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("1 queued"), "{}", text(&out));
    smtp.restart();
    let out = pb.run(&["outbox", "--retry-now"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("outbox: 1 sent"), "{}", text(&out));
    let sent = smtp.received();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].rcpt_to, ["priya.shah@example.com"]);

    // evidence release, then purge: the released threat is past the safety retention.
    let key = evidence_key(&pb);
    let out = pb.run(&["evidence", "release", &key]);
    assert!(out.status.success(), "{}", text(&out));
    let out = pb.run(&["purge", "--dry-run"]);
    assert!(
        text(&out).contains("would purge 1 messages (safety 1)"),
        "{}",
        text(&out)
    );
    let out = pb.run(&["purge"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("purged 1 messages (safety 1)"),
        "{}",
        text(&out)
    );
    assert!(text(&out).contains("store rewritten"), "{}", text(&out));
    assert_running(&pb, &mut daemon);

    // forget: without --yes and without a terminal, refused as without a daemon; with it,
    // erased and the store rewritten inside the daemon.
    let out = pb.run(&["forget", "JO.BLOGGS+x@gmail.com"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("message INBOX/"),
        "the plan: {}",
        text(&out)
    );
    assert!(
        text(&out).contains("refusing to erase without --yes"),
        "{}",
        text(&out)
    );
    let out = pb.run(&["forget", "JO.BLOGGS+x@gmail.com", "--yes"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("erased 2 messages"), "{}", text(&out));
    assert!(text(&out).contains("the member row"), "{}", text(&out));
    assert!(text(&out).contains("store rewritten"), "{}", text(&out));

    // digest --preview: the HTML comes back to the client's file.
    let preview = pb.dir.path().join("digest.html");
    let out = pb.run(&["digest", "--preview", preview.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(std::fs::read_to_string(&preview).unwrap().contains("<html"));

    // The daemon goes on after the rewrites: new mail is triaged and marked.
    let after = wait_for_idle(&pb, &mut daemon);
    assert_eq!(after["messages"], 2, "Ann's and Priya's: {after}");
    server.append(
        "INBOX",
        &[mail(
            "Ann Member <ann@riverside.example.net>",
            "Re: Canvassing on Saturday",
            "ann2@x",
            &days_ago(1),
            "In-Reply-To: <ann1@x>\r\nReferences: <ann1@x>\r\n",
            "See you there.",
        )],
    );
    let marked = wait_until(Duration::from_secs(30), || {
        server
            .flags("INBOX")
            .get(&6)
            .is_some_and(|f| !postbag_keywords(f).is_empty())
    });
    assert!(marked.is_some(), "{}", pb.daemon_log());
    let after = wait_for_idle(&pb, &mut daemon);
    assert_eq!(after["messages"], 3, "{after}");
    assert_eq!(after["triaged_events"], after["messages"], "{after}");

    // What the daemon answers is what the store gives without it.
    let compared: [&[&str]; 5] = [
        &["threads", "--json"],
        &["threads"],
        &["outbox", "--json"],
        &["evidence", "list"],
        &["members", "lookup", "ann@riverside.example.net"],
    ];
    let through_daemon: Vec<_> = compared.iter().map(|a| answer(&pb, a)).collect();

    // stop: the daemon finishes, checkpoints and exits; the client returns once it has.
    let out = pb.run(&["stop"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("the daemon has stopped"),
        "{}",
        text(&out)
    );
    let code = daemon.wait().unwrap();
    assert!(code.success(), "{code:?}\n{}", pb.daemon_log());
    assert!(!data.join("control.sock").exists());

    let direct: Vec<_> = compared.iter().map(|a| answer(&pb, a)).collect();
    assert_eq!(through_daemon, direct);
    let out = pb.run(&["stop"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("no daemon is running"),
        "{}",
        text(&out)
    );

    // Nothing of Jo, or of the purged threat, in any file of the data directory.
    for needle in [
        "bloggs@",
        "jobloggs@gmail.com",
        JO_PHRASE,
        "jo1@mail.gmail.com",
        THREAT_PHRASE,
    ] {
        assert_eq!(
            files_containing(&data, needle),
            Vec::<PathBuf>::new(),
            "{needle}"
        );
    }
    assert_private(&data);
    let leftovers: Vec<_> = std::fs::read_dir(pb.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("rewrite"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // The store the daemon left is whole.
    let out = pb.run(&["status", "--json"]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["messages"], 3, "{v}");
    assert!(v["daemon"].is_null());
}

/// A frame of the control protocol: a 4-byte big-endian length, then the bytes.
fn frame(bytes: &[u8]) -> Vec<u8> {
    let mut out = (bytes.len() as u32).to_be_bytes().to_vec();
    out.extend_from_slice(bytes);
    out
}

/// Sends `raw` on a fresh connection to the socket and returns the first reply frame.
fn exchange(socket: &Path, raw: &[u8]) -> Value {
    let mut s = std::os::unix::net::UnixStream::connect(socket).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    s.write_all(raw).unwrap();
    let mut len = [0u8; 4];
    s.read_exact(&mut len).unwrap();
    let mut reply = vec![0u8; u32::from_be_bytes(len) as usize];
    s.read_exact(&mut reply).unwrap();
    serde_json::from_slice(&reply).unwrap()
}

/// A `status --json` request of this protocol version, as the client sends it.
const STATUS_REQUEST: &str =
    r#"{"v":1,"config":null,"rules":"built-in","command":{"name":"status","json":true}}"#;

#[test]
fn the_socket_refuses_other_users_and_bad_requests_and_the_daemon_goes_on() {
    let server = Dovecot::start();
    server.append("INBOX", &inbox()[..1]);
    let pb = Postbag::new(&server, &["INBOX"], "");
    let data = pb.data_dir();
    let socket = data.join("control.sock");
    let mut daemon = pb.spawn_daemon();
    wait_for_idle(&pb, &mut daemon);
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&socket), 0o600);

    // A well-formed request gets its answer, then the command's end.
    let reply = exchange(&socket, &frame(STATUS_REQUEST.as_bytes()));
    assert_eq!(reply["reply"], "stdout", "{reply}");
    assert_eq!(reply["v"], 1, "{reply}");

    // Malformed, of another version, oversized: an error reply each, and the daemon goes on.
    let reply = exchange(&socket, &frame(b"{this is not json"));
    assert_eq!(reply["reply"], "error", "{reply}");
    assert!(
        reply["message"]
            .as_str()
            .unwrap()
            .contains("malformed request"),
        "{reply}"
    );
    let reply = exchange(
        &socket,
        &frame(STATUS_REQUEST.replace(r#""v":1"#, r#""v":99"#).as_bytes()),
    );
    assert!(
        reply["message"]
            .as_str()
            .unwrap()
            .contains("request is version 99"),
        "{reply}"
    );
    let reply = exchange(&socket, &frame(br#"{"v":1,"command":{"name":"rm -rf"}}"#));
    assert_eq!(reply["reply"], "error", "{reply}");
    let mut oversized = (64u32 << 20).to_be_bytes().to_vec();
    oversized.extend_from_slice(&[b'x'; 4096]);
    let reply = exchange(&socket, &oversized);
    assert_eq!(reply["reply"], "error", "{reply}");
    assert!(
        reply["message"]
            .as_str()
            .unwrap()
            .contains("frame size too big"),
        "{reply}"
    );
    assert_running(&pb, &mut daemon);
    assert_eq!(status(&pb)["daemon"]["pid"], daemon.id());

    // The client refuses a socket others may open, or that someone else owns.
    std::fs::set_permissions(&socket, std::fs::Permissions::from_mode(0o666)).unwrap();
    let out = pb.run(&["status"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        text(&out).contains("other users may open it"),
        "{}",
        text(&out)
    );
    std::fs::set_permissions(&socket, std::fs::Permissions::from_mode(0o600)).unwrap();
    let root = unsafe { libc_geteuid() } == 0;
    if root {
        std::os::unix::fs::lchown(&socket, Some(NOBODY), None).unwrap();
        let out = pb.run(&["status"]);
        assert_eq!(out.status.code(), Some(2), "{}", text(&out));
        assert!(
            text(&out).contains("belongs to uid 65534"),
            "{}",
            text(&out)
        );
        std::os::unix::fs::lchown(&socket, Some(0), None).unwrap();

        // The daemon refuses a connection of another user (reachable only because the
        // directory and socket are opened up for this test).
        let open_up = |dir: &Path, sock: u32| {
            for d in [pb.dir.path(), dir] {
                let m = if sock == 0o600 { 0o700 } else { 0o711 };
                std::fs::set_permissions(d, std::fs::Permissions::from_mode(m)).unwrap();
            }
            std::fs::set_permissions(&socket, std::fs::Permissions::from_mode(sock)).unwrap();
        };
        open_up(&data, 0o666);
        let reply = as_nobody(&socket, &frame(STATUS_REQUEST.as_bytes()));
        open_up(&data, 0o600);
        assert_eq!(reply["reply"], "error", "{reply}");
        assert!(
            reply["message"]
                .as_str()
                .unwrap()
                .contains("refused a connection of uid 65534"),
            "{reply}"
        );
        assert!(pb
            .daemon_log()
            .contains("refused a connection of uid 65534"));
    } else {
        eprintln!("not root: the other-user checks are skipped");
    }
    assert_running(&pb, &mut daemon);
    assert_eq!(status(&pb)["daemon"]["state"], "idle");

    // SIGTERM stops it as `stop` does.
    unsafe { libc_kill(daemon.id() as i32, 15) };
    assert!(daemon.wait().unwrap().success(), "{}", pb.daemon_log());
}

const NOBODY: u32 = 65534;

/// Sends `raw` to `socket` from a process running as `nobody`; the first reply frame.
fn as_nobody(socket: &Path, raw: &[u8]) -> Value {
    use std::os::unix::process::CommandExt;
    const CLIENT: &str = r#"
import socket, struct, sys
s = socket.socket(socket.AF_UNIX)
s.connect(sys.argv[1])
try:
    s.sendall(sys.stdin.buffer.read())
except OSError:
    pass  # refused before the request was read: the reply says why
def read(n):
    b = b""
    while len(b) < n:
        c = s.recv(n - len(b))
        if not c:
            break
        b += c
    return b
(n,) = struct.unpack(">I", read(4))
sys.stdout.buffer.write(read(n))
"#;
    let mut child = std::process::Command::new("/usr/bin/python3")
        .args(["-c", CLIENT])
        .arg(socket)
        .uid(NOBODY)
        .gid(NOBODY)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(raw).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// `postbag stop` while a chunk is being fetched: the chunks already fetched are finished
/// and checkpointed, no new one starts, and the daemon exits; `status` showed the chunk
/// the daemon was on. The proxy holds the server's bytes in the middle of a FETCH, so the
/// stop lands mid-chunk however fast or slow the machine is.
#[test]
fn stop_finishes_the_chunks_in_hand_checkpoints_and_exits() {
    const MESSAGES: u32 = 2000;
    const CHUNK: u64 = 50;
    let server = Dovecot::start();
    let messages: Vec<Vec<u8>> = (1..=MESSAGES)
        .map(|n| support::messages::message(n, 2000))
        .collect();
    server.append("INBOX", &messages);
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let proxy = runtime.block_on(support::faultproxy::FaultProxy::start(server.port));
    let pb = Postbag::with_port(&server, proxy.port, &["INBOX"], &format!("chunk = {CHUNK}"));
    // The hold must not look like a dead server to the daemon's command timeout.
    let config = std::fs::read_to_string(&pb.config).unwrap();
    std::fs::write(
        &pb.config,
        config.replace("timeout_secs = 5", "timeout_secs = 120"),
    )
    .unwrap();
    // About six chunks into the sync (each is ~100 KB of bodies).
    proxy.hold(600_000);
    let mut daemon = pb.spawn_daemon();
    let held = wait_until(Duration::from_secs(60), || proxy.holding());
    assert!(
        held.is_some(),
        "the sync never got that far:\n{}",
        pb.daemon_log()
    );

    // Live status, while the FETCH is held: syncing INBOX, chunk n of m.
    let v = status(&pb);
    let d = &v["daemon"];
    assert_eq!(d["state"], "syncing", "{v}");
    assert_eq!(d["folder"], "INBOX", "{v}");
    assert_eq!(d["chunks"], u64::from(MESSAGES) / CHUNK, "{v}");
    assert_eq!(d["total"], MESSAGES, "{v}");
    let chunk = d["chunk"].as_u64().unwrap();
    assert!(chunk >= 2, "{v}");
    assert_eq!(d["done"].as_u64().unwrap(), (chunk - 1) * CHUNK, "{v}");
    let human = String::from_utf8(pb.run(&["status"]).stdout).unwrap();
    assert!(
        human.contains(&format!(
            "syncing INBOX: chunk {chunk} of {}",
            u64::from(MESSAGES) / CHUNK
        )),
        "{human}"
    );

    // stop, and wait for the daemon to say it is stopping (the connection is accepted
    // while the sync is held); then let the FETCH go on.
    let mut stop = pb
        .command(&["stop"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(stop.stderr.take().unwrap()).lines();
    let said = lines.next().unwrap().unwrap();
    assert!(said.contains("stopping the daemon"), "{said}");
    let stopped_at = Instant::now();
    proxy.release();
    let rest: Vec<String> = lines.map(|l| l.unwrap()).collect();
    assert!(stop.wait().unwrap().success(), "{rest:?}");
    assert!(
        rest.iter().any(|l| l.contains("the daemon has stopped")),
        "{rest:?}"
    );
    let code = daemon.wait().unwrap();
    assert!(code.success(), "{code:?}\n{}", pb.daemon_log());
    eprintln!(
        "stopped {:.1} s after the release",
        stopped_at.elapsed().as_secs_f64()
    );
    assert!(
        !pb.daemon_log().contains("did not finish its chunk"),
        "{}",
        pb.daemon_log()
    );

    // Everything stored is checkpointed and marked; nothing beyond the checkpoint.
    let v = status(&pb);
    let last = v["folders"][0]["last_uid"].as_u64().unwrap();
    assert!(
        last > 0 && last < u64::from(MESSAGES),
        "stopped mid-sync: {v}"
    );
    assert_eq!(last % CHUNK, 0, "at a chunk's end: {v}");
    assert_eq!(v["messages"], last, "{v}");
    assert_eq!(v["unmarked"], 0, "{v}");
    let flags = server.flags("INBOX");
    let marked = |uid: &u32| !postbag_keywords(&flags[uid]).is_empty();
    assert!(flags.keys().filter(|u| u64::from(**u) <= last).all(marked));
    assert!(!flags.keys().filter(|u| u64::from(**u) > last).any(marked));

    // The next run picks up where it stopped; nothing is triaged twice.
    proxy.release();
    pb.run_once();
    let v = status(&pb);
    assert_eq!(v["messages"], MESSAGES, "{v}");
    assert_eq!(v["triaged_events"], MESSAGES, "{v}");
}

extern "C" {
    #[link_name = "kill"]
    fn libc_kill(pid: i32, sig: i32) -> i32;
    #[link_name = "geteuid"]
    fn libc_geteuid() -> u32;
}
