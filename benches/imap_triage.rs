//! Initial triage of the SpamAssassin corpus on a local Dovecot and a re-run, beside
//! imapfilter applying five regex rules to a fresh copy of the same mailbox, and a bare
//! fetch of every body as the floor. Prints seconds, messages/s and peak RSS.
//! `cargo bench --bench imap_triage` (needs dovecot-imapd, imapfilter and GNU time);
//! `POSTBAG_BENCH_RUNS=5` times the initial triage on five fresh copies.

#[path = "../tests/support/mod.rs"]
mod support;

use postbag::source::imap::TlsMode;
use std::process::Command;
use std::time::Instant;
use support::dovecot::{Dovecot, USER};
use support::postbag::{corpus_files, message_bytes, Postbag, BIN};

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

fn main() {
    let files = corpus_files();
    let messages: Vec<Vec<u8>> = files.iter().map(|f| message_bytes(f)).collect();
    let server = Dovecot::start();
    server.append("INBOX", &messages);
    server.doveadm(&["mailbox", "create", "-u", USER, "Copy"]);
    server.append("Copy", &messages);
    let n = messages.len();
    println!(
        "{} messages, {:.1} MB, on Dovecot at 127.0.0.1:{}",
        n,
        messages.iter().map(Vec::len).sum::<usize>() as f64 / 1e6,
        server.port
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
        // Profile the initial triage instead of timing it: perf report -i $POSTBAG_PERF_RECORD
        let status = Command::new("perf")
            .args([
                "record",
                "-F",
                "1000",
                "--call-graph",
                "dwarf,32768",
                "-o",
                &out,
                BIN,
                "--config",
            ])
            .arg(&pb.config)
            .args(["run", "--once"])
            .status()
            .unwrap();
        assert!(status.success());
        return;
    }
    let (secs, rss, cpu) = timed(pb.command(&["run", "--once"]));
    line("postbag run --once, initial triage", secs, n, Some(rss));
    println!("    ({cpu})");
    // On a shared machine one run can be off by a fifth: POSTBAG_BENCH_RUNS=N triages N
    // fresh copies of the mailbox, each with a fresh store, and prints the spread.
    let runs: usize = std::env::var("POSTBAG_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    if runs > 1 {
        let mut all = vec![(secs, rss)];
        for k in 2..=runs {
            let mailbox = format!("Run{k}");
            server.doveadm(&["mailbox", "create", "-u", USER, &mailbox]);
            server.append(&mailbox, &messages);
            let fresh = Postbag::new(&server, &[&mailbox], "");
            let (secs, rss, cpu) = timed(fresh.command(&["run", "--once"]));
            println!("    run {k}: {secs:.3} s, peak RSS {rss:.0} MB ({cpu})");
            all.push((secs, rss));
        }
        all.sort_by(|a, b| a.0.total_cmp(&b.0));
        println!(
            "    {runs} runs: median {:.3} s, fastest {:.3} s, slowest {:.3} s; peak RSS up to {:.0} MB",
            all[runs / 2].0,
            all[0].0,
            all[runs - 1].0,
            all.iter().map(|r| r.1).fold(0.0, f64::max)
        );
    }
    let (_, rss, _) = timed(pb.command(&["run", "--once"]));
    // A re-run is a few tens of milliseconds: GNU time's 10 ms steps are too coarse, so
    // time it here (fork and exec included), several times.
    let mut reruns: Vec<f64> = (0..7)
        .map(|_| {
            let t = Instant::now();
            let out = pb.command(&["run", "--once"]).output().unwrap();
            assert!(out.status.success());
            t.elapsed().as_secs_f64()
        })
        .collect();
    reruns.sort_by(f64::total_cmp);
    println!(
        "{:<46} {:>7.3} s (median of 7; {:.3} to {:.3} s)  peak RSS {rss:>4.0} MB",
        "postbag run --once, nothing new", reruns[3], reruns[0], reruns[6]
    );

    let lua = pb.dir.path().join("imapfilter.lua");
    std::fs::write(
        &lua,
        format!(
            r#"options.timeout = 120
options.subscribe = false
options.create = false
options.starttls = false
account = IMAP {{ server = '127.0.0.1', port = {port}, username = '{user}', password = '{password}' }}
box = account.Copy
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
    let (secs, rss, cpu) = timed(imapfilter);
    line(
        "imapfilter, five regex rules, fresh copy",
        secs,
        n,
        Some(rss),
    );
    println!("    ({cpu})");
}
