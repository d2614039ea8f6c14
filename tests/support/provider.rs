//! In-process IMAP servers shaped like Gmail and Microsoft 365 / Exchange, for what no
//! local server reproduces: their greetings and capability lines, their SELECT answers
//! (PERMANENTFLAGS with or without `\*`), LIST with their special-use folders, Gmail's
//! `X-GM-LABELS` in FETCH and STORE, and Exchange's refusal of any custom keyword
//! (`BAD Command Argument Error. 11`). State (folders, messages, flags, labels) is kept in
//! memory and every command and tagged answer is recorded, so a test can run the real
//! `postbag` binary against it and then read what the secretary would see.
//!
//! The lines are those the providers send, from their documentation and public bug
//! reports (each named where it is used):
//! - Gmail: developers.google.com/gmail/imap/imap-extensions (greeting, CAPABILITY, LIST
//!   with special-use attributes, `STORE 1 +X-GM-LABELS (foo)` answered by
//!   `* 1 FETCH (X-GM-LABELS (...))` and `OK STORE (Success)`, quoted in ikvk/imap_tools
//!   #174); the capability line of today's Gmail from emailjs/emailjs-imap-client #119 (no
//!   SPECIAL-USE capability, yet every LIST carries the roles); its SELECT answer from
//!   nojb/ocaml-imap #25 (`PERMANENTFLAGS (\Answered \Flagged \Draft \Deleted \Seen
//!   $NotPhishing $Phishing \*)`, `HIGHESTMODSEQ`, `OK [READ-WRITE] ... (Success)`);
//!   localized system folders (`[Gmail]/Alle Nachrichten`) from Webklex/php-imap #176; and
//!   that `X-GM-LABELS` leaves out the label of the selected mailbox, dlech/gmailbuttons #10.
//! - Exchange / Microsoft 365: the greeting, capability lines and the SELECT answer with
//!   `PERMANENTFLAGS (\Seen \Answered \Flagged \Deleted \Draft $MDNSent)` (no `\*`) from
//!   mscdex/node-imap #602, where a keyword STORE gets `BAD Command Argument Error. 11`; the
//!   same answer to a UID STORE in jstedfast/MailKit #1139 and to a KEYWORD search in
//!   ikvk/imap_tools #181; the SELECT's UIDVALIDITY/UIDNEXT lines and `OK [READ-WRITE]
//!   SELECT completed.` from MailCore/mailcore2 #780; outlook.office365.com's post-login
//!   capabilities (with MOVE) and LIST (`\Marked \HasNoChildren \Drafts`, `Inbox`) from
//!   jstedfast/MailKit #1282.
//!
//! What is not in those sources is kept plain and said so where it is written (the text of
//! a CREATE refusal, APPENDUID/COPYUID codes).

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// Which provider the server imitates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Gmail,
    /// Microsoft 365 / Exchange Online.
    Exchange,
    /// Exchange's refusal, but a SELECT that claims `\*`: a server whose PERMANENTFLAGS
    /// promises more than its STORE keeps (to show a refused mark never ends the pass).
    ExchangeClaimingKeywords,
}

/// One message as the server holds it.
#[derive(Debug, Clone)]
pub struct Message {
    pub uid: u32,
    pub flags: Vec<String>,
    /// Gmail labels (user labels and `\Important`-style system ones).
    pub labels: Vec<String>,
    pub raw: Vec<u8>,
}

impl Message {
    pub fn message_id(&self) -> Option<String> {
        let text = String::from_utf8_lossy(&self.raw);
        text.lines().take_while(|l| !l.is_empty()).find_map(|l| {
            let (name, value) = l.split_once(':')?;
            name.eq_ignore_ascii_case("message-id")
                .then(|| value.trim().to_string())
        })
    }

    pub fn has_flag(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f.eq_ignore_ascii_case(flag))
    }
}

#[derive(Debug, Clone)]
pub struct Folder {
    pub uidvalidity: u32,
    pub next_uid: u32,
    /// The RFC 6154 attribute LIST shows (`\Drafts`, ...).
    pub role: Option<&'static str>,
    pub selectable: bool,
    pub messages: Vec<Message>,
}

/// What the test reads back.
#[derive(Debug, Default)]
pub struct State {
    pub folders: BTreeMap<String, Folder>,
    /// Every client line (commands, not literals), prefixed by the connection number.
    pub commands: Vec<(usize, String)>,
    /// Every tagged answer the server gave, with its connection number.
    pub answers: Vec<(usize, String)>,
    connections: usize,
    /// Drop the connection after carrying out the next COPY, before answering it.
    cut_next_copy: bool,
}

/// A running provider-shaped server on a loopback port.
pub struct ProviderServer {
    pub port: u16,
    pub shape: Shape,
    pub user: String,
    pub password: String,
    state: Arc<Mutex<State>>,
}

impl ProviderServer {
    /// Starts the server on its own thread; it serves every connection until the test ends.
    pub fn start(shape: Shape) -> ProviderServer {
        let state = Arc::new(Mutex::new(State::default()));
        {
            let mut s = state.lock().unwrap();
            let folders: &[(&str, Option<&'static str>, bool)] = match shape {
                Shape::Gmail => &[
                    ("INBOX", None, true),
                    ("[Gmail]", None, false),
                    ("[Gmail]/All Mail", Some("\\All"), true),
                    ("[Gmail]/Drafts", Some("\\Drafts"), true),
                    ("[Gmail]/Important", Some("\\Important"), true),
                    ("[Gmail]/Sent Mail", Some("\\Sent"), true),
                    ("[Gmail]/Spam", Some("\\Junk"), true),
                    ("[Gmail]/Starred", Some("\\Flagged"), true),
                    ("[Gmail]/Trash", Some("\\Trash"), true),
                ],
                Shape::Exchange | Shape::ExchangeClaimingKeywords => &[
                    ("Inbox", None, true),
                    ("Archive", None, true),
                    ("Deleted", Some("\\Trash"), true),
                    ("Drafts", Some("\\Drafts"), true),
                    ("Junk", Some("\\Junk"), true),
                    ("Notes", None, true),
                    ("Outbox", None, true),
                    ("Sent", Some("\\Sent"), true),
                ],
            };
            for (i, (name, role, selectable)) in folders.iter().enumerate() {
                s.folders.insert(
                    name.to_string(),
                    Folder {
                        uidvalidity: 14 + i as u32,
                        next_uid: 1,
                        role: *role,
                        selectable: *selectable,
                        messages: Vec::new(),
                    },
                );
            }
        }
        let (tx, rx) = std::sync::mpsc::channel();
        let shared = Arc::clone(&state);
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async move {
                let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
                tx.send(listener.local_addr().unwrap().port()).unwrap();
                loop {
                    let Ok((stream, _)) = listener.accept().await else {
                        return;
                    };
                    let state = Arc::clone(&shared);
                    tokio::spawn(async move {
                        let _ = serve(shape, state, stream).await;
                    });
                }
            });
        });
        let port = rx.recv().unwrap();
        ProviderServer {
            port,
            shape,
            user: "secretary@riverside.example.org".into(),
            password: "app-password".into(),
            state,
        }
    }

    /// The name of the inbox as LIST shows it (`Inbox` on Exchange).
    pub fn inbox(&self) -> &'static str {
        match self.shape {
            Shape::Gmail => "INBOX",
            _ => "Inbox",
        }
    }

    /// Adds messages to a folder (UIDs in order); on Gmail each gets the labels `\Inbox`
    /// and `\Important`, as mail Gmail delivers has.
    pub fn append(&self, folder: &str, messages: &[Vec<u8>]) {
        let mut s = self.state.lock().unwrap();
        let gmail = self.shape == Shape::Gmail;
        let key = inbox_key(&s, folder).expect("folder exists");
        let f = s.folders.get_mut(&key).unwrap();
        for raw in messages {
            let uid = f.next_uid;
            f.next_uid += 1;
            f.messages.push(Message {
                uid,
                flags: Vec::new(),
                labels: if gmail {
                    vec!["\\Inbox".into(), "\\Important".into()]
                } else {
                    Vec::new()
                },
                raw: raw.clone(),
            });
        }
    }

    /// Adds one message with these Gmail labels (as if an earlier store had labelled it).
    pub fn append_labelled(&self, folder: &str, raw: Vec<u8>, labels: &[&str]) {
        self.append(folder, &[raw]);
        let mut s = self.state.lock().unwrap();
        let key = inbox_key(&s, folder).unwrap();
        let m = s
            .folders
            .get_mut(&key)
            .unwrap()
            .messages
            .last_mut()
            .unwrap();
        m.labels.extend(labels.iter().map(|l| l.to_string()));
    }

    /// Renames a folder before a run, e.g. to a localized Gmail name.
    pub fn rename(&self, from: &str, to: &str) {
        let mut s = self.state.lock().unwrap();
        let folder = s.folders.remove(from).expect("folder exists");
        s.folders.insert(to.to_string(), folder);
    }

    pub fn messages(&self, folder: &str) -> Vec<Message> {
        let s = self.state.lock().unwrap();
        inbox_key(&s, folder)
            .and_then(|k| s.folders.get(&k))
            .map(|f| f.messages.clone())
            .unwrap_or_default()
    }

    pub fn folder_names(&self) -> Vec<String> {
        self.state.lock().unwrap().folders.keys().cloned().collect()
    }

    /// Client command lines of connection `n` and later (1 is the first).
    pub fn commands_since(&self, n: usize) -> Vec<String> {
        let s = self.state.lock().unwrap();
        s.commands
            .iter()
            .filter(|(c, _)| *c >= n)
            .map(|(_, l)| l.clone())
            .collect()
    }

    pub fn commands(&self) -> Vec<String> {
        self.commands_since(0)
    }

    pub fn answers(&self) -> Vec<String> {
        let s = self.state.lock().unwrap();
        s.answers.iter().map(|(_, l)| l.clone()).collect()
    }

    /// The next COPY is carried out and then the connection drops before the answer: a
    /// client cannot know whether it happened.
    pub fn cut_next_copy(&self) {
        self.state.lock().unwrap().cut_next_copy = true;
    }

    /// Connections accepted so far.
    pub fn connections(&self) -> usize {
        self.state.lock().unwrap().connections
    }
}

/// The key of folder `name`: INBOX in any case is the inbox (RFC 3501 5.1), which
/// Exchange lists as `Inbox`.
fn inbox_key(state: &State, name: &str) -> Option<String> {
    if name.eq_ignore_ascii_case("INBOX") {
        return state
            .folders
            .keys()
            .find(|k| k.eq_ignore_ascii_case("INBOX"))
            .cloned();
    }
    state.folders.contains_key(name).then(|| name.to_string())
}

const GMAIL_CAPABILITY: &str = "* CAPABILITY IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN X-GM-EXT-1 UIDPLUS COMPRESS=DEFLATE ENABLE MOVE CONDSTORE ESEARCH UTF8=ACCEPT LIST-EXTENDED LIST-STATUS LITERAL- APPENDLIMIT=35651584";
const EXCHANGE_CAPABILITY: &str = "* CAPABILITY IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS MOVE ID UNSELECT CLIENTACCESSRULES CLIENTNETWORKPRESENCELOCATION BACKENDAUTHENTICATE CHILDREN IDLE NAMESPACE LITERAL+";
const EXCHANGE_FLAGS: &str = "\\Seen \\Answered \\Flagged \\Deleted \\Draft $MDNSent";
const GMAIL_FLAGS: &str = "\\Answered \\Flagged \\Draft \\Deleted \\Seen $NotPhishing $Phishing";

/// One connection: greeting, then commands until LOGOUT or EOF.
async fn serve(
    shape: Shape,
    state: Arc<Mutex<State>>,
    stream: tokio::net::TcpStream,
) -> std::io::Result<()> {
    let conn = {
        let mut s = state.lock().unwrap();
        s.connections += 1;
        s.connections
    };
    let (read, mut w) = stream.into_split();
    let mut r = BufReader::new(read);
    let greeting = match shape {
        Shape::Gmail => "* OK Gimap ready for requests from 127.0.0.1 k2if6111336rvb.0",
        _ => "* OK The Microsoft Exchange IMAP4 service is ready. [UABSADMAUAAxADkAMQBDAEEAMAAwADEAMQAuAEUAVQBSAFAAMQA5ADEALgBQAFIATwBEAC4ATwBVAFQATABPAE8ASwAuAEMATwBNAA==]",
    };
    send(&mut w, greeting).await?;
    let mut selected: Option<String> = None;
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let line = line.trim_end_matches(['\r', '\n']).to_string();
        state.lock().unwrap().commands.push((conn, line.clone()));
        let (tag, rest) = line.split_once(' ').unwrap_or((&line, ""));
        let words = tokens(rest);
        let verb = words
            .first()
            .map(|w| w.to_ascii_uppercase())
            .unwrap_or_default();
        let uid = verb == "UID";
        let verb = if uid {
            words
                .get(1)
                .map(|w| w.to_ascii_uppercase())
                .unwrap_or_default()
        } else {
            verb
        };
        let args: Vec<String> = words
            .iter()
            .skip(if uid { 2 } else { 1 })
            .cloned()
            .collect();
        let mut out: Vec<String> = Vec::new();
        // FETCH responses with a literal, each to go before out[index].
        let mut literals: Vec<(usize, Vec<u8>)> = Vec::new();
        let done = match verb.as_str() {
            "CAPABILITY" => {
                out.push(match shape {
                    Shape::Gmail => GMAIL_CAPABILITY.into(),
                    _ => EXCHANGE_CAPABILITY.into(),
                });
                ok(shape, "CAPABILITY")
            }
            "LOGIN" => match shape {
                Shape::Gmail => format!("OK {} authenticated (Success)", unquote(&args[0])),
                _ => "OK LOGIN completed.".into(),
            },
            "NOOP" => ok(shape, "NOOP"),
            "LOGOUT" => {
                send(&mut w, "* BYE LOGOUT Requested").await?;
                send(&mut w, &format!("{tag} OK {}", ok_text(shape, "LOGOUT"))).await?;
                return Ok(());
            }
            "LIST" => {
                let pattern = args.get(1).map(|p| unquote(p)).unwrap_or_default();
                let s = state.lock().unwrap();
                for (name, f) in &s.folders {
                    if pattern != "*" && !name.eq_ignore_ascii_case(&pattern) {
                        continue;
                    }
                    let children = s.folders.keys().any(|k| k.starts_with(&format!("{name}/")));
                    let mut attrs = vec![if children {
                        "\\HasChildren"
                    } else {
                        "\\HasNoChildren"
                    }];
                    if !f.selectable {
                        attrs.insert(0, "\\Noselect");
                    }
                    if shape != Shape::Gmail && f.role.is_some() {
                        attrs.insert(0, "\\Marked");
                    }
                    attrs.extend(f.role);
                    out.push(format!(
                        "* LIST ({}) \"/\" {}",
                        attrs.join(" "),
                        astring(name)
                    ));
                }
                ok(shape, "LIST")
            }
            "CREATE" => {
                let name = unquote(&args[0]);
                let mut s = state.lock().unwrap();
                if inbox_key(&s, &name).is_some() {
                    // Not in the sources: a plain refusal.
                    "NO [ALREADYEXISTS] Mailbox already exists.".into()
                } else {
                    let uidvalidity = 100 + s.folders.len() as u32;
                    // Gmail and Exchange create the parents of a nested name too.
                    let mut parent = String::new();
                    for part in name.split('/') {
                        if !parent.is_empty() {
                            parent.push('/');
                        }
                        parent.push_str(part);
                        s.folders.entry(parent.clone()).or_insert(Folder {
                            uidvalidity,
                            next_uid: 1,
                            role: None,
                            selectable: true,
                            messages: Vec::new(),
                        });
                    }
                    ok(shape, "CREATE")
                }
            }
            "SELECT" | "EXAMINE" => {
                let name = unquote(&args[0]);
                let s = state.lock().unwrap();
                match inbox_key(&s, &name).and_then(|k| s.folders.get(&k).map(|f| (k, f))) {
                    Some((key, f)) if f.selectable => {
                        let examine = verb == "EXAMINE";
                        selected = Some(key.clone());
                        let exists = f.messages.len();
                        let next = f.next_uid;
                        let validity = f.uidvalidity;
                        match shape {
                            Shape::Gmail => {
                                out.push(format!("* FLAGS ({GMAIL_FLAGS})"));
                                out.push(if examine {
                                    "* OK [PERMANENTFLAGS ()] Flags permitted.".into()
                                } else {
                                    format!("* OK [PERMANENTFLAGS ({GMAIL_FLAGS} \\*)] Flags permitted.")
                                });
                                out.push(format!("* OK [UIDVALIDITY {validity}] UIDs valid."));
                                out.push(format!("* {exists} EXISTS"));
                                out.push("* 0 RECENT".into());
                                out.push(format!("* OK [UIDNEXT {next}] Predicted next UID."));
                                out.push("* OK [HIGHESTMODSEQ 186009]".into());
                                format!(
                                    "OK [{}] {key} selected. (Success)",
                                    if examine { "READ-ONLY" } else { "READ-WRITE" }
                                )
                            }
                            _ => {
                                let permanent = if shape == Shape::ExchangeClaimingKeywords {
                                    format!("{EXCHANGE_FLAGS} \\*")
                                } else {
                                    EXCHANGE_FLAGS.to_string()
                                };
                                out.push(format!("* {exists} EXISTS"));
                                out.push("* 0 RECENT".into());
                                out.push(format!("* FLAGS ({EXCHANGE_FLAGS})"));
                                out.push(format!(
                                    "* OK [PERMANENTFLAGS ({permanent})] Permanent flags"
                                ));
                                out.push(format!(
                                    "* OK [UIDVALIDITY {validity}] UIDVALIDITY value"
                                ));
                                out.push(format!(
                                    "* OK [UIDNEXT {next}] The next unique identifier value"
                                ));
                                format!(
                                    "OK [{}] {} completed.",
                                    if examine { "READ-ONLY" } else { "READ-WRITE" },
                                    verb
                                )
                            }
                        }
                    }
                    _ => {
                        selected = None;
                        match shape {
                            Shape::Gmail => "NO [NONEXISTENT] Unknown Mailbox: (Failure)".into(),
                            _ => format!("NO {verb} failed."),
                        }
                    }
                }
            }
            "SEARCH" if selected.is_some() => {
                let s = state.lock().unwrap();
                let f = &s.folders[selected.as_ref().unwrap()];
                let criteria: Vec<String> = args.iter().map(|a| a.to_ascii_uppercase()).collect();
                let found: Vec<u32> = match criteria.first().map(String::as_str) {
                    Some("UID") => in_set(&args[1], f).into_iter().collect(),
                    Some("HEADER") => {
                        let wanted = unquote(&args[2]);
                        f.messages
                            .iter()
                            .filter(|m| m.message_id().is_some_and(|id| id.contains(&wanted)))
                            .map(|m| m.uid)
                            .collect()
                    }
                    _ => f.messages.iter().map(|m| m.uid).collect(),
                };
                let list: Vec<String> = found.iter().map(u32::to_string).collect();
                out.push(
                    format!("* SEARCH {}", list.join(" "))
                        .trim_end()
                        .to_string(),
                );
                ok(shape, "SEARCH")
            }
            "FETCH" if selected.is_some() => {
                let items = args[1..].join(" ").to_ascii_uppercase();
                let s = state.lock().unwrap();
                let key = selected.clone().unwrap();
                let f = &s.folders[&key];
                let wanted = in_set(&args[0], f);
                for (seq, m) in f.messages.iter().enumerate() {
                    if !wanted.contains(&m.uid) {
                        continue;
                    }
                    let mut parts = Vec::new();
                    if items.contains("X-GM-LABELS") && shape == Shape::Gmail {
                        parts.push(format!("X-GM-LABELS ({})", labels_of(m, &key)));
                    }
                    parts.push(format!("UID {}", m.uid));
                    if items.contains("FLAGS") {
                        parts.push(format!("FLAGS ({})", m.flags.join(" ")));
                    }
                    let mut literal = None;
                    if items.contains("BODY.PEEK[HEADER.FIELDS") {
                        let header = m
                            .message_id()
                            .map(|id| format!("Message-ID: {id}\r\n\r\n"))
                            .unwrap_or_else(|| "\r\n".into());
                        parts.push(format!(
                            "BODY[HEADER.FIELDS (MESSAGE-ID)] {{{}}}",
                            header.len()
                        ));
                        literal = Some(header.into_bytes());
                    } else if items.contains("BODY.PEEK[]") {
                        parts.push(format!("BODY[] {{{}}}", m.raw.len()));
                        literal = Some(m.raw.clone());
                    }
                    let head = format!("* {} FETCH ({}", seq + 1, parts.join(" "));
                    match literal {
                        Some(bytes) => {
                            let mut data = head.into_bytes();
                            data.extend_from_slice(b"\r\n");
                            data.extend_from_slice(&bytes);
                            data.push(b')');
                            literals.push((out.len(), data));
                        }
                        None => out.push(format!("{head})")),
                    }
                }
                ok(shape, "FETCH")
            }
            "STORE" if selected.is_some() => {
                let what = args[1].to_ascii_uppercase();
                let values: Vec<String> =
                    tokens(args[2].trim_start_matches('(').trim_end_matches(')'))
                        .iter()
                        .map(|v| unquote(v))
                        .collect();
                let mut s = state.lock().unwrap();
                let key = selected.clone().unwrap();
                let f = s.folders.get_mut(&key).unwrap();
                let wanted = in_set(&args[0], f);
                if what.starts_with("+X-GM-LABELS") && shape == Shape::Gmail {
                    for (seq, m) in f.messages.iter_mut().enumerate() {
                        if wanted.contains(&m.uid) {
                            for v in &values {
                                if !m.labels.iter().any(|l| l.eq_ignore_ascii_case(v)) {
                                    m.labels.push(v.clone());
                                }
                            }
                            let labels = labels_of(m, &key);
                            out.push(format!(
                                "* {} FETCH (X-GM-LABELS ({labels}) UID {})",
                                seq + 1,
                                m.uid
                            ));
                        }
                    }
                    "OK STORE (Success)".into()
                } else if what.starts_with("+FLAGS") {
                    let kept = |flag: &str| match shape {
                        Shape::Gmail => true,
                        _ => EXCHANGE_FLAGS
                            .split(' ')
                            .any(|k| k.eq_ignore_ascii_case(flag)),
                    };
                    if values.iter().all(|v| kept(v)) {
                        for m in f.messages.iter_mut().filter(|m| wanted.contains(&m.uid)) {
                            for v in &values {
                                if !m.has_flag(v) {
                                    m.flags.push(v.clone());
                                }
                            }
                        }
                        ok(shape, "STORE")
                    } else {
                        "BAD Command Argument Error. 11".into()
                    }
                } else {
                    match shape {
                        Shape::Gmail => "BAD Could not parse command".into(),
                        _ => "BAD Command Argument Error. 11".into(),
                    }
                }
            }
            "COPY" | "MOVE" if selected.is_some() => {
                let dest = unquote(&args[1]);
                let mut s = state.lock().unwrap();
                let from = selected.clone().unwrap();
                match inbox_key(&s, &dest) {
                    None => "NO [TRYCREATE] The destination folder does not exist.".into(),
                    Some(to) => {
                        let wanted = in_set(&args[0], &s.folders[&from]);
                        let moving: Vec<Message> = s.folders[&from]
                            .messages
                            .iter()
                            .filter(|m| wanted.contains(&m.uid))
                            .cloned()
                            .collect();
                        let target = s.folders.get_mut(&to).unwrap();
                        for mut m in moving {
                            m.uid = target.next_uid;
                            target.next_uid += 1;
                            target.messages.push(m);
                        }
                        if verb == "MOVE" {
                            let f = s.folders.get_mut(&from).unwrap();
                            f.messages.retain(|m| !wanted.contains(&m.uid));
                        }
                        if verb == "COPY" && std::mem::take(&mut s.cut_next_copy) {
                            return Ok(());
                        }
                        ok(shape, &verb)
                    }
                }
            }
            "APPEND" => {
                // APPEND "folder" (flags) {n}
                let name = unquote(&args[0]);
                let flags: Vec<String> =
                    tokens(args[1].trim_start_matches('(').trim_end_matches(')'));
                let size: usize = args
                    .last()
                    .unwrap()
                    .trim_start_matches('{')
                    .trim_end_matches('}')
                    .trim_end_matches('+')
                    .parse()
                    .unwrap();
                let exists = inbox_key(&state.lock().unwrap(), &name);
                match exists {
                    None => "NO [TRYCREATE] Folder does not exist.".into(),
                    Some(key) => {
                        send(&mut w, "+ Ready for literal data").await?;
                        let mut raw = vec![0; size];
                        r.read_exact(&mut raw).await?;
                        let mut end = String::new();
                        r.read_line(&mut end).await?;
                        let mut s = state.lock().unwrap();
                        let f = s.folders.get_mut(&key).unwrap();
                        let uid = f.next_uid;
                        f.next_uid += 1;
                        let validity = f.uidvalidity;
                        f.messages.push(Message {
                            uid,
                            flags,
                            labels: Vec::new(),
                            raw,
                        });
                        // APPENDUID (RFC 4315): both servers have UIDPLUS.
                        format!(
                            "OK [APPENDUID {validity} {uid}] {}",
                            ok_text(shape, "APPEND")
                        )
                    }
                }
            }
            _ => match shape {
                Shape::Gmail => "BAD Unknown command".into(),
                _ => "BAD Command Argument Error. 12".into(),
            },
        };
        let mut literals = literals.into_iter().peekable();
        for (i, l) in out.iter().enumerate() {
            while let Some((_, data)) = literals.next_if(|(at, _)| *at == i) {
                w.write_all(&data).await?;
                w.write_all(b"\r\n").await?;
            }
            send(&mut w, l).await?;
        }
        for (_, data) in literals {
            w.write_all(&data).await?;
            w.write_all(b"\r\n").await?;
        }
        let answer = format!("{tag} {done}");
        state.lock().unwrap().answers.push((conn, answer.clone()));
        send(&mut w, &answer).await?;
    }
}

fn ok_text(shape: Shape, verb: &str) -> String {
    match shape {
        Shape::Gmail => "Success".into(),
        _ => format!("{verb} completed."),
    }
}

fn ok(shape: Shape, verb: &str) -> String {
    format!("OK {}", ok_text(shape, verb))
}

/// Gmail's labels for a message as FETCH shows them: quoted when they hold a space, and
/// without the label of the selected mailbox (Gmail leaves it out).
fn labels_of(m: &Message, selected: &str) -> String {
    m.labels
        .iter()
        .filter(|l| !(selected.eq_ignore_ascii_case("INBOX") && l.eq_ignore_ascii_case("\\Inbox")))
        .map(|l| astring(l))
        .collect::<Vec<_>>()
        .join(" ")
}

fn astring(s: &str) -> String {
    if s.is_empty() || s.contains([' ', '"', '(', ')', '[', ']', '{', '%', '*']) {
        format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
    } else {
        s.to_string()
    }
}

fn unquote(s: &str) -> String {
    match s.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
        Some(inner) => inner.replace("\\\"", "\"").replace("\\\\", "\\"),
        None => s.to_string(),
    }
}

/// Words of a command: atoms, quoted strings (kept quoted) and parenthesized groups (kept
/// whole).
fn tokens(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut depth = 0;
    let mut quoted = false;
    let mut escaped = false;
    for c in s.chars() {
        if quoted {
            cur.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                quoted = false;
            }
            continue;
        }
        match c {
            '"' => {
                quoted = true;
                cur.push(c);
            }
            '(' | '[' => {
                depth += 1;
                cur.push(c);
            }
            ')' | ']' => {
                depth -= 1;
                cur.push(c);
            }
            ' ' if depth == 0 => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            _ => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// The UIDs of `f` a UID set (`1:*`, `3,5:7`) names; `n:*` always includes the last
/// message (RFC 3501 6.4.8).
fn in_set(set: &str, f: &Folder) -> std::collections::BTreeSet<u32> {
    let last = f.messages.last().map_or(0, |m| m.uid);
    let mut out = std::collections::BTreeSet::new();
    for part in set.split(',') {
        let (a, b) = part.split_once(':').unwrap_or((part, part));
        let parse = |x: &str| {
            if x == "*" {
                last
            } else {
                x.parse().unwrap_or(0)
            }
        };
        let (a, b) = (parse(a), parse(b));
        let (lo, hi) = (a.min(b), a.max(b));
        for m in &f.messages {
            if m.uid >= lo && m.uid <= hi {
                out.insert(m.uid);
            }
        }
    }
    out
}

async fn send(w: &mut tokio::net::tcp::OwnedWriteHalf, line: &str) -> std::io::Result<()> {
    w.write_all(format!("{line}\r\n").as_bytes()).await
}
