//! postbag against imapfilter on a local Dovecot, with the SpamAssassin corpus (6,046
//! messages), in one run:
//! - initial triage with a fresh store, beside imapfilter applying five regex rules to a
//!   fresh copy of the same mailbox (each run `POSTBAG_BENCH_RUNS` times, default 3, on
//!   fresh copies; medians and their ratio), and a bare fetch of every body as the floor;
//! - the store's size on disk per message;
//! - a re-run with nothing new, wall time from fork to exit (median of 7);
//! - the corpus ten times over (`POSTBAG_BENCH_SCALE`, default 10; 0 skips it), each copy
//!   with its own Message-IDs: time against the single corpus, peak RSS (the child's
//!   `ru_maxrss`) and the resident size through the run, store bytes per message;
//! - IDLE latency: the daemon waits on the mailbox with the full store while another client
//!   appends `POSTBAG_BENCH_IDLE` messages (default 50; 0 skips it) one at a time; from
//!   APPEND to that client seeing the message's `postbag-` keyword: p50, p95, max.
//!
//! `cargo bench --bench imap_triage` (needs dovecot-imapd, imapfilter and GNU time).
//! `POSTBAG_PERF_RECORD=FILE` profiles the initial triage instead (`perf report -i FILE`);
//! `POSTBAG_BENCH_LOG=FILE` keeps the debug log of the scaled run (per-chunk timings);
//! `POSTBAG_BENCH_WRAP="heaptrack -o FILE"` (or `perf record -g -o FILE`) runs the scaled
//! run under a profiler.

#[path = "../tests/support/mod.rs"]
mod support;

use postbag::source::imap::TlsMode;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::dovecot::{Dovecot, PASSWORD, USER};
use support::postbag::{corpus_files, message_bytes, wait_until, Postbag, BIN};

/// Runs a command under GNU time; returns (wall seconds, peak RSS in MB, CPU note).
fn timed(cmd: Command) -> (f64, f64, String) {
    let stats = tempfile::NamedTempFile::new().unwrap();
    let mut wrapped = Command::new("/usr/bin/time");
    wrapped
        .arg("-f")
        .arg("%e %M %U %S")
        .arg("-o")
        .arg(stats.path())
        .arg(cmd.get_program())
        .args(cmd.get_args());
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => wrapped.env(k, v),
            None => wrapped.env_remove(k),
        };
    }
    let out = wrapped
        .output()
        .expect("run /usr/bin/time (Debian package `time`)");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(stats.path()).unwrap();
    // GNU time may write a note first ("Command exited with non-zero status"): last line.
    let mut it = text.lines().last().unwrap_or_default().split_whitespace();
    let secs: f64 = it.next().unwrap().parse().unwrap();
    let kb: f64 = it.next().unwrap().parse().unwrap();
    let user: f64 = it.next().unwrap().parse().unwrap();
    let sys: f64 = it.next().unwrap().parse().unwrap();
    (
        secs,
        kb / 1024.0,
        format!("{user:.2} s user + {sys:.2} s system CPU"),
    )
}

fn line(what: &str, secs: f64, messages: usize, rss: Option<f64>) {
    let rss = rss.map_or("-".to_string(), |r| format!("{r:.0} MB"));
    println!(
        "{what:<46} {secs:>7.3} s {:>9.0} msg/s  peak RSS {rss:>7}",
        messages as f64 / secs.max(1e-9)
    );
}

fn env_count(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// (median, min, max) of `values`.
fn spread(values: &mut [f64]) -> (f64, f64, f64) {
    values.sort_by(f64::total_cmp);
    (
        values[values.len() / 2],
        values[0],
        values[values.len() - 1],
    )
}

/// Bytes of every file under `dir`.
fn bytes_under(dir: &Path) -> u64 {
    let mut total = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let meta = entry.metadata().unwrap();
        total += if meta.is_dir() {
            bytes_under(&entry.path())
        } else {
            meta.len()
        };
    }
    total
}

/// The load average, for the record: on a shared machine every figure moves with it.
fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

fn main() {
    let files = corpus_files();
    let messages: Vec<Vec<u8>> = files.iter().map(|f| message_bytes(f)).collect();
    let n = messages.len();
    let runs = env_count("POSTBAG_BENCH_RUNS", 3).max(1);
    let server = Dovecot::start();
    server.append("INBOX", &messages);
    println!(
        "{} messages, {:.1} MB, on Dovecot at 127.0.0.1:{}; {} core(s), load average {}",
        n,
        messages.iter().map(Vec::len).sum::<usize>() as f64 / 1e6,
        server.port,
        std::thread::available_parallelism().map_or(0, |p| p.get()),
        load()
    );

    // The floor: fetch every body over loopback with postbag's client, nothing else.
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let t = Instant::now();
    let fetched = runtime.block_on(async {
        let mut s = server
            .endpoint(TlsMode::None)
            .connect(&server.auth())
            .await
            .unwrap();
        s.select("INBOX").await.unwrap();
        s.fetch_new(0, 500).await.unwrap().messages.len()
    });
    assert_eq!(fetched, n);
    line(
        "bare fetch of every body (postbag's client)",
        t.elapsed().as_secs_f64(),
        n,
        None,
    );

    let pb = Postbag::new(&server, &["INBOX"], "");
    if let Ok(out) = std::env::var("POSTBAG_PERF_RECORD") {
        let status = Command::new("perf")
            .args(["record", "-F", "1000", "--call-graph", "dwarf,32768", "-o"])
            .arg(&out)
            .arg(BIN)
            .arg("--config")
            .arg(&pb.config)
            .args(["run", "--once"])
            .status()
            .unwrap();
        assert!(status.success());
        return;
    }

    // Initial triage, alternating with imapfilter on fresh copies of the mailbox.
    let mut ours = Vec::new();
    let mut theirs = Vec::new();
    for k in 1..=runs {
        let fresh = if k == 1 {
            None
        } else {
            let mailbox = format!("Run{k}");
            server.doveadm(&["mailbox", "create", "-u", USER, &mailbox]);
            server.append(&mailbox, &messages);
            Some(Postbag::new(&server, &[&mailbox], ""))
        };
        let target = fresh.as_ref().unwrap_or(&pb);
        let (secs, rss, cpu) = timed(target.command(&["run", "--once"]));
        line(
            &format!("postbag run --once, initial triage ({k})"),
            secs,
            n,
            Some(rss),
        );
        println!("    ({cpu}; load average {})", load());
        ours.push(secs);
        let copy = format!("Copy{k}");
        server.doveadm(&["mailbox", "create", "-u", USER, &copy]);
        server.append(&copy, &messages);
        let (secs, rss, cpu) = timed(imapfilter(&server, &pb, &copy));
        line(
            &format!("imapfilter, five regex rules, fresh copy ({k})"),
            secs,
            n,
            Some(rss),
        );
        println!("    ({cpu}; load average {})", load());
        theirs.push(secs);
    }
    let (ours_median, ours_min, ours_max) = spread(&mut ours);
    let (theirs_median, theirs_min, theirs_max) = spread(&mut theirs);
    println!(
        "initial triage, median of {runs}: postbag {ours_median:.3} s ({ours_min:.3} to {ours_max:.3}), \
         imapfilter {theirs_median:.3} s ({theirs_min:.3} to {theirs_max:.3}): {:.1}x (target 8x)",
        theirs_median / ours_median
    );
    let store_bytes = bytes_under(&pb.data_dir());
    println!(
        "store on disk after the initial triage: {:.1} MB, {:.0} bytes per message",
        store_bytes as f64 / 1e6,
        store_bytes as f64 / n as f64
    );

    // A re-run is a few tens of milliseconds: GNU time's 10 ms steps are too coarse, so
    // time it here (fork and exec included), several times.
    let (_, rss, _) = timed(pb.command(&["run", "--once"]));
    let mut reruns: Vec<f64> = (0..7)
        .map(|_| {
            let t = Instant::now();
            let out = pb.command(&["run", "--once"]).output().unwrap();
            assert!(out.status.success());
            t.elapsed().as_secs_f64()
        })
        .collect();
    let (median, min, max) = spread(&mut reruns);
    println!(
        "{:<46} {median:>7.3} s (median of 7; {min:.3} to {max:.3} s; target 0.050 s)  peak RSS {rss:>4.0} MB",
        "postbag run --once, nothing new",
    );

    let scale = env_count("POSTBAG_BENCH_SCALE", 10);
    if scale > 1 {
        scaled(&server, &messages, scale, ours_median);
    }
    let appends = env_count("POSTBAG_BENCH_IDLE", 50);
    if appends > 0 {
        idle_latency(&server, &pb, &messages, appends);
    }
}

/// imapfilter with five regex rules on `mailbox`.
fn imapfilter(server: &Dovecot, pb: &Postbag, mailbox: &str) -> Command {
    let lua = pb.dir.path().join(format!("imapfilter-{mailbox}.lua"));
    std::fs::write(
        &lua,
        format!(
            r#"options.timeout = 120
options.subscribe = false
options.create = false
options.starttls = false
account = IMAP {{ server = '127.0.0.1', port = {port}, username = '{user}', password = '{password}' }}
box = account['{mailbox}']
box:match_header('^List-(Id|Unsubscribe):'):add_flags({{ 'imapfilter-bulk' }})
box:match_header('^Precedence: *(bulk|list|junk)'):add_flags({{ 'imapfilter-bulk' }})
box:match_body('(?i)(complain|unacceptable|disgrace)'):add_flags({{ 'imapfilter-complaint' }})
box:match_body('(?i)(meeting|agenda|motion)'):add_flags({{ 'imapfilter-procedural' }})
box:match_body('(?i)(urgent|deadline|today)'):add_flags({{ 'imapfilter-urgent' }})
"#,
            port = server.port,
            user = USER,
            password = server.password,
        ),
    )
    .unwrap();
    let mut imapfilter = Command::new("imapfilter");
    imapfilter.arg("-c").arg(&lua).env("HOME", pb.dir.path());
    imapfilter
}

/// `raw` with every Message-ID, In-Reply-To and References id made distinct for copy `k`
/// (`<id>` becomes `<id.cK>`), so that the copies thread among themselves as the original
/// does, and never with another copy.
fn distinct_copy(raw: &[u8], k: usize) -> Vec<u8> {
    // The header section ends at the first empty line (LF or CRLF line ends).
    let lf = raw.windows(2).position(|w| w == b"\n\n");
    let crlf = raw.windows(3).position(|w| w == b"\n\r\n");
    let end = lf
        .into_iter()
        .chain(crlf)
        .min()
        .map_or(raw.len(), |p| p + 1);
    let mut out = Vec::with_capacity(raw.len() + 64);
    let mut in_id_header = false;
    for piece in raw[..end].split_inclusive(|&b| b == b'\n') {
        let folded = piece.first().is_some_and(|&b| b == b' ' || b == b'\t');
        if !folded {
            let lower = piece.to_ascii_lowercase();
            in_id_header = [&b"message-id:"[..], b"in-reply-to:", b"references:"]
                .iter()
                .any(|h| lower.starts_with(h));
        }
        if in_id_header {
            for &b in piece {
                if b == b'>' {
                    out.extend_from_slice(format!(".c{k}").as_bytes());
                }
                out.push(b);
            }
        } else {
            out.extend_from_slice(piece);
        }
    }
    out.extend_from_slice(&raw[end..]);
    out
}

/// The corpus `scale` times over in a fresh mailbox, triaged by `run --once` with a fresh
/// store, its resident size sampled every 50 ms.
fn scaled(server: &Dovecot, messages: &[Vec<u8>], scale: usize, single: f64) {
    let mailbox = "Scaled";
    server.doveadm(&["mailbox", "create", "-u", USER, mailbox]);
    let t = Instant::now();
    for k in 0..scale {
        let copy: Vec<Vec<u8>> = messages.iter().map(|m| distinct_copy(m, k)).collect();
        server.append(mailbox, &copy);
    }
    let total = messages.len() * scale;
    println!(
        "{total} messages appended to {mailbox} in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    // A server that has held the mailbox for a while has indexed it: open it once before
    // the clock starts (on a loaded machine Dovecot's first look at 60,000 new files
    // takes longer than the test config's 5 s command timeout).
    server.doveadm(&["mailbox", "status", "-u", USER, "messages", mailbox]);
    let pb = Postbag::new(server, &[mailbox], "");
    let config = std::fs::read_to_string(&pb.config).unwrap();
    std::fs::write(
        &pb.config,
        config.replace("timeout_secs = 5", "timeout_secs = 60"),
    )
    .unwrap();
    let started = Instant::now();
    let mut command = match std::env::var("POSTBAG_BENCH_WRAP") {
        // A profiler in front of the scaled run (`heaptrack -o FILE`, `perf record -g -o
        // FILE`); its times and resident sizes then include the profiler's own.
        Ok(wrap) => {
            let mut words = wrap.split_whitespace();
            let mut wrapped = Command::new(words.next().expect("POSTBAG_BENCH_WRAP is empty"));
            wrapped
                .args(words)
                .arg(BIN)
                .arg("--config")
                .arg(&pb.config)
                .args(["run", "--once"]);
            wrapped
        }
        Err(_) => pb.command(&["run", "--once"]),
    };
    command.stdout(Stdio::null()).stderr(Stdio::null());
    if let Ok(log) = std::env::var("POSTBAG_BENCH_LOG") {
        // The per-chunk timings of `POSTBAG_LOG=debug`, for finding where the time goes.
        command
            .env("POSTBAG_LOG", "debug")
            .stderr(std::fs::File::create(log).unwrap());
    }
    // Reaped by the wait4 below, which also gives its resource usage.
    #[allow(clippy::zombie_processes)]
    let child = command.spawn().unwrap();
    let pid = child.id() as libc::pid_t;
    let status = format!("/proc/{pid}/status");
    let mut samples: Vec<(f64, f64)> = Vec::new();
    let (code, rusage) = loop {
        let mut raw_status = 0;
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: wait4 on our own child, with valid pointers; WNOHANG polls.
        let done = unsafe { libc::wait4(pid, &mut raw_status, libc::WNOHANG, &mut usage) };
        if done == pid {
            break (raw_status, usage);
        }
        assert_eq!(done, 0, "wait4 failed");
        if let Ok(text) = std::fs::read_to_string(&status) {
            if let Some(kb) = text
                .lines()
                .find_map(|l| l.strip_prefix("VmRSS:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            {
                samples.push((started.elapsed().as_secs_f64(), kb / 1024.0));
            }
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let secs = started.elapsed().as_secs_f64();
    assert!(
        libc::WIFEXITED(code) && libc::WEXITSTATUS(code) == 0,
        "run --once on {total} messages failed"
    );
    let peak = rusage.ru_maxrss as f64 / 1024.0;
    line(
        &format!("postbag run --once, {scale}x corpus"),
        secs,
        total,
        Some(peak),
    );
    println!(
        "    {:.1}x the single corpus's median time for {scale}x the messages (target at most 11x); load average {}",
        secs / single,
        load()
    );
    // The largest resident size in each tenth of the run: flat means no growth with the
    // messages stored.
    let tenths: Vec<String> = (0..10)
        .map(|i| {
            let (from, to) = (secs * i as f64 / 10.0, secs * (i + 1) as f64 / 10.0);
            samples
                .iter()
                .filter(|(at, _)| *at >= from && *at < to)
                .map(|(_, mb)| *mb)
                .fold(None, |m: Option<f64>, v| Some(m.map_or(v, |m| m.max(v))))
                .map_or("-".into(), |v| format!("{v:.0}"))
        })
        .collect();
    println!(
        "    resident MB by tenth of the run: {} (peak {peak:.0} MB; target at most 64 MB)",
        tenths.join(" ")
    );
    let bytes = bytes_under(&pb.data_dir());
    println!(
        "    store on disk: {:.1} MB, {:.0} bytes per message",
        bytes as f64 / 1e6,
        bytes as f64 / total as f64
    );
}

/// A plain IMAP connection for the appending client.
struct Client {
    stream: TcpStream,
    lines: std::io::Lines<BufReader<TcpStream>>,
    tag: u32,
}

impl Client {
    fn login(port: u16) -> Client {
        let stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        let mut lines = BufReader::new(stream.try_clone().unwrap()).lines();
        lines.next().unwrap().unwrap(); // greeting
        let mut client = Client {
            stream,
            lines,
            tag: 0,
        };
        client.command(format!("LOGIN \"{USER}\" \"{PASSWORD}\"").as_bytes());
        client
    }

    /// Sends one command (raw bytes after the tag) and returns every line up to and
    /// including its tagged answer, which must be OK.
    fn command(&mut self, text: &[u8]) -> Vec<String> {
        self.tag += 1;
        let tag = format!("b{}", self.tag);
        let mut out = format!("{tag} ").into_bytes();
        out.extend_from_slice(text);
        out.extend_from_slice(b"\r\n");
        self.stream.write_all(&out).unwrap();
        let mut lines = Vec::new();
        loop {
            let line = self.lines.next().expect("connection closed").unwrap();
            let done = line.starts_with(&format!("{tag} "));
            lines.push(line);
            if done {
                let last = lines.last().unwrap();
                assert!(last.starts_with(&format!("{tag} OK")), "{last}");
                return lines;
            }
        }
    }
}

/// The daemon on `pb`'s mailbox (the full store behind it); `count` messages appended one
/// at a time by another client, each timed until that client sees its keyword.
fn idle_latency(server: &Dovecot, pb: &Postbag, messages: &[Vec<u8>], count: usize) {
    let mut daemon = pb.spawn_daemon();
    let ready = wait_until(Duration::from_secs(120), || {
        assert!(daemon.try_wait().unwrap().is_none(), "{}", pb.daemon_log());
        let out = pb.command(&["status", "--json"]).output().unwrap();
        serde_json::from_slice::<serde_json::Value>(&out.stdout)
            .is_ok_and(|v| v["daemon"]["state"] == "idle")
    });
    assert!(ready.is_some(), "the daemon never went idle");
    let mut client = Client::login(server.port);
    client.command(b"SELECT INBOX");
    let mut latencies = Vec::new();
    // Messages of people, not lists: spread over the corpus, each with a new Message-ID.
    for i in 0..count {
        let original = &messages[(i * 97) % messages.len()];
        let raw = distinct_copy(original, 1000 + i);
        let started = Instant::now();
        let mut command = format!("APPEND INBOX {{{}+}}\r\n", raw.len()).into_bytes();
        command.extend_from_slice(&raw);
        let answer = client.command(&command);
        let uid: u32 = answer
            .last()
            .and_then(|l| l.split("[APPENDUID ").nth(1))
            .and_then(|l| l.split([' ', ']']).nth(1))
            .and_then(|u| u.parse().ok())
            .expect("APPENDUID in the answer to APPEND");
        let seen = loop {
            let flags = client.command(format!("UID FETCH {uid} (FLAGS)").as_bytes());
            if flags.iter().any(|l| l.contains("postbag-")) {
                break Some(started.elapsed().as_secs_f64());
            }
            if started.elapsed() > Duration::from_secs(30) {
                break None;
            }
            std::thread::sleep(Duration::from_millis(2));
        };
        latencies.push(seen.expect("the keyword never appeared within 30 s"));
    }
    // SAFETY: a signal to our own child.
    unsafe { libc::kill(daemon.id() as libc::pid_t, libc::SIGTERM) };
    assert!(daemon.wait().unwrap().success(), "{}", pb.daemon_log());
    latencies.sort_by(f64::total_cmp);
    let at = |q: f64| latencies[((latencies.len() as f64 * q).ceil() as usize).max(1) - 1];
    println!(
        "IDLE latency, APPEND to keyword seen, {count} messages: p50 {:.3} s, p95 {:.3} s, max {:.3} s (target p95 at most 1 s); load average {}",
        at(0.50),
        at(0.95),
        latencies[latencies.len() - 1],
        load()
    );
}
