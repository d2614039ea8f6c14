//! A scripted in-process IMAP server, only for faults a real server cannot produce on demand
//! (silence after connect, keepalives on a fast clock, XOAUTH2 exchanges). Each test writes
//! its server side as a straight-line async script over one accepted connection.

use std::future::Future;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

/// One accepted client connection, line by line.
pub struct Conn {
    reader: BufReader<OwnedReadHalf>,
    writer: OwnedWriteHalf,
}

impl Conn {
    /// Sends one line (CRLF added).
    pub async fn send(&mut self, line: &str) {
        let _ = self
            .writer
            .write_all(format!("{line}\r\n").as_bytes())
            .await;
    }

    /// Both directions at once, for scripts that write while waiting for input.
    pub fn halves(&mut self) -> (&mut BufReader<OwnedReadHalf>, &mut OwnedWriteHalf) {
        (&mut self.reader, &mut self.writer)
    }

    /// The next line from the client without CRLF, or None at EOF.
    pub async fn line(&mut self) -> Option<String> {
        let mut line = String::new();
        match self.reader.read_line(&mut line).await {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(line.trim_end_matches(['\r', '\n']).to_string()),
        }
    }

    /// The next command as (tag, rest), e.g. ("A0001", "LOGIN ..."); panics at EOF.
    pub async fn command(&mut self) -> (String, String) {
        let line = self.line().await.expect("client closed before a command");
        let (tag, rest) = line.split_once(' ').unwrap_or((&line, ""));
        (tag.to_string(), rest.to_string())
    }

    /// Answers the next command with `OK`, after checking it starts with `verb`.
    pub async fn expect_ok(&mut self, verb: &str, untagged: &[&str]) {
        let (tag, command) = self.command().await;
        assert!(
            command.to_ascii_uppercase().starts_with(verb),
            "expected {verb}, got {command}"
        );
        for line in untagged {
            self.send(line).await;
        }
        self.send(&format!("{tag} OK {verb} done")).await;
    }

    /// Greeting, LOGIN and the post-login CAPABILITY, as a minimal server does them.
    pub async fn greet_and_login(&mut self, capabilities: &str) {
        self.send("* OK scripted server ready").await;
        self.expect_ok("LOGIN", &[]).await;
        self.expect_ok("CAPABILITY", &[&format!("* CAPABILITY {capabilities}")])
            .await;
    }
}

/// Listens on a free loopback port and runs `script` on the first connection.
pub async fn serve<F, Fut>(script: F) -> (u16, JoinHandle<()>)
where
    F: FnOnce(Conn) -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send,
{
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let task = tokio::spawn(async move {
        let (stream, _) = listener.accept().await.unwrap();
        let (read, writer) = stream.into_split();
        script(Conn {
            reader: BufReader::new(read),
            writer,
        })
        .await;
    });
    (port, task)
}
