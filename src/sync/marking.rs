//! Which marks a mailbox can show, decided on every SELECT from what the server says it
//! keeps and offers: keywords where custom keywords stick (PERMANENTFLAGS has `\*` or the
//! keyword itself, RFC 3501 7.1), Gmail labels where the server has `X-GM-EXT-1` (keywords
//! too, for other clients), and the configured fallback elsewhere: a folder per category
//! and \Flagged (Microsoft 365, whose PERMANENTFLAGS has no `\*` and which answers a keyword
//! STORE with `BAD Command Argument Error. 11`). Pure: no I/O; `sync` applies the marks,
//! `doctor` prints [`Marking::describe`].

use crate::config::{Fallback, Mark, Marks};
use crate::source::imap::{Capabilities, MailboxState};

/// How a mailbox shows categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// IMAP keywords `postbag-<category>` (Dovecot, Fastmail, most servers).
    Keywords,
    /// Gmail labels, with keywords where they stick.
    GmailLabels,
    /// No custom keywords on this mailbox: the configured fallback.
    Fallback(Fallback),
}

/// What one selected mailbox can show, and how.
#[derive(Debug, Clone)]
pub struct Marking {
    pub method: Method,
    /// PERMANENTFLAGS as the SELECT said (None: none sent, everything is kept).
    permanent: MailboxState,
    /// Gmail labels are set.
    pub labels: bool,
    /// The server has MOVE.
    pub can_move: bool,
    /// The folder hierarchy delimiter (for default fallback folders).
    pub delimiter: String,
    /// The provider, when the server says who it is: for reports.
    pub provider: Option<&'static str>,
}

/// The provider a server's greeting and capabilities name, for plain-words reports.
pub fn provider(caps: &Capabilities, greeting: &str) -> Option<&'static str> {
    if caps.gmail || greeting.contains("Gimap") {
        Some("Gmail")
    } else if greeting.contains("Microsoft Exchange") {
        Some("Microsoft 365 / Exchange")
    } else {
        None
    }
}

impl Marking {
    /// Decides for the mailbox just selected. `delimiter` matters only for default
    /// fallback folders (pass "/" when unknown).
    pub fn choose(
        caps: &Capabilities,
        state: &MailboxState,
        greeting: &str,
        marks: &Marks,
        delimiter: &str,
    ) -> Marking {
        let labels = caps.gmail && marks.labels;
        let method = if labels {
            Method::GmailLabels
        } else if state.keeps_new_keywords() {
            Method::Keywords
        } else {
            Method::Fallback(marks.fallback)
        };
        Marking {
            method,
            permanent: MailboxState {
                permanent_flags: state.permanent_flags.clone(),
                ..Default::default()
            },
            labels,
            can_move: caps.move_command,
            delimiter: delimiter.to_string(),
            provider: provider(caps, greeting),
        }
    }

    /// Whether a STORE of `flag` sticks here.
    pub fn keeps(&self, flag: &str) -> bool {
        self.permanent.keeps(flag)
    }

    /// The marks `category` gets here. Its keyword only where it sticks; its label on
    /// Gmail; where neither shows it, the fallback (a folder, \Flagged for safety and
    /// urgent). A move where the server has no MOVE becomes a copy.
    pub fn mark(&self, marks: &Marks, category: &str) -> Mark {
        let wanted = marks.keyword(category);
        let keyword = wanted.clone().filter(|k| self.keeps(k));
        let label = if self.labels {
            marks.label(category)
        } else {
            None
        };
        let keywordless = wanted.is_some() && keyword.is_none() && label.is_none();
        self.resolve(marks, category, keyword, label, keywordless)
    }

    /// The marks `category` gets once the server refused its keyword although
    /// PERMANENTFLAGS promised it: the fallback, as if it had been known.
    pub fn without_keywords(&self, marks: &Marks, category: &str) -> Mark {
        let label = if self.labels {
            marks.label(category)
        } else {
            None
        };
        let keywordless = label.is_none();
        self.resolve(marks, category, None, label, keywordless)
    }

    fn resolve(
        &self,
        marks: &Marks,
        category: &str,
        keyword: Option<String>,
        label: Option<String>,
        keywordless: bool,
    ) -> Mark {
        let configured = marks.for_category(category);
        let (folder, move_messages, create_folder) = if keywordless {
            marks
                .fallback_folder(category, &self.delimiter)
                .map_or((None, false, false), |(f, m, c)| (Some(f), m, c))
        } else {
            (configured.folder, configured.move_messages, false)
        };
        Mark {
            keyword,
            label,
            flagged: marks.flagged(category, keywordless) && self.keeps("\\Flagged"),
            folder,
            move_messages: move_messages && self.can_move,
            create_folder,
        }
    }

    /// In plain words for `doctor` and the log: how `categories` show here, and why.
    pub fn describe(&self, marks: &Marks, categories: &[String]) -> String {
        let who = self.provider.map(|p| format!(" ({p})")).unwrap_or_default();
        let flagged: Vec<&str> = categories
            .iter()
            .filter(|c| self.mark(marks, c).flagged)
            .map(String::as_str)
            .collect();
        let flagged = match flagged.as_slice() {
            [] => String::new(),
            [one] => format!(", flagged for {one}"),
            [init @ .., last] => format!(", flagged for {} and {last}", init.join(", ")),
        };
        let keywords = if self.keeps_any_keyword(marks, categories) {
            "keywords postbag-<category>"
        } else {
            "no keywords"
        };
        match self.method {
            Method::Keywords => format!(
                "marks are IMAP keywords postbag-<category>: the server keeps custom keywords{who}{flagged}"
            ),
            Method::GmailLabels => format!(
                "Gmail shows labels, not keywords: marks are labels {}/<Category>, and {keywords} for other mail clients{flagged}",
                marks.label_parent
            ),
            Method::Fallback(Fallback::Folders) => {
                let verb = if marks.fallback_move && self.can_move {
                    "are moved to"
                } else {
                    "go to"
                };
                format!(
                    "this server does not keep custom keywords{who}: marks {verb} folders {}{}...{flagged}",
                    marks.fallback_parent, self.delimiter
                )
            }
            Method::Fallback(Fallback::Flagged) => format!(
                "this server does not keep custom keywords{who}: [marks] fallback = \"flagged\", so only \\Flagged shows{flagged}"
            ),
            Method::Fallback(Fallback::None) => format!(
                "this server does not keep custom keywords{who} and [marks] fallback = \"none\": categories do not show in the mail client{flagged}"
            ),
        }
    }

    fn keeps_any_keyword(&self, marks: &Marks, categories: &[String]) -> bool {
        categories
            .iter()
            .filter_map(|c| marks.keyword(c))
            .any(|k| self.keeps(&k))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn caps(names: &str) -> Capabilities {
        Capabilities::from_names(
            names
                .split_whitespace()
                .map(str::to_string)
                .collect::<BTreeSet<_>>(),
        )
    }

    fn selected(permanent: Option<&str>) -> MailboxState {
        MailboxState {
            permanent_flags: permanent.map(|p| p.split_whitespace().map(str::to_string).collect()),
            ..Default::default()
        }
    }

    fn categories() -> Vec<String> {
        ["safety", "urgent", "complaint", "query"]
            .map(String::from)
            .to_vec()
    }

    // Exchange's SELECT: node-imap #602, mailcore2 #780 (see tests/providers.rs).
    const EXCHANGE_FLAGS: &str = "\\Seen \\Answered \\Flagged \\Deleted \\Draft $MDNSent";
    // Gmail's SELECT: ocaml-imap #25.
    const GMAIL_FLAGS: &str =
        "\\Answered \\Flagged \\Draft \\Deleted \\Seen $NotPhishing $Phishing \\*";

    #[test]
    fn keywords_where_the_server_keeps_them() {
        let m = Marking::choose(
            &caps("IMAP4rev1 IDLE MOVE"),
            &selected(Some("\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*")),
            "Dovecot ready.",
            &Marks::default(),
            ".",
        );
        assert_eq!(m.method, Method::Keywords);
        let mark = m.mark(&Marks::default(), "safety");
        assert_eq!(mark.describe(), "keyword postbag-safety");
        // No PERMANENTFLAGS at all: everything is kept (RFC 3501 7.1).
        let m = Marking::choose(
            &caps("IMAP4rev1"),
            &selected(None),
            "",
            &Marks::default(),
            "/",
        );
        assert_eq!(m.method, Method::Keywords);
    }

    #[test]
    fn exchange_gets_folders_and_flags_never_a_keyword() {
        let marks = Marks::default();
        let m = Marking::choose(
            &caps("IMAP4 IMAP4rev1 AUTH=PLAIN SASL-IR UIDPLUS MOVE ID UNSELECT CHILDREN IDLE NAMESPACE LITERAL+"),
            &selected(Some(EXCHANGE_FLAGS)),
            "The Microsoft Exchange IMAP4 service is ready.",
            &marks,
            "/",
        );
        assert_eq!(m.method, Method::Fallback(Fallback::Folders));
        for c in categories() {
            let mark = m.mark(&marks, &c);
            assert_eq!(mark.keyword, None, "{c}");
            assert_eq!(
                mark.folder,
                Some(format!("Triage/{}", crate::config::title(&c)))
            );
            assert!(!mark.move_messages);
            assert_eq!(mark.flagged, c == "safety" || c == "urgent", "{c}");
        }
        assert_eq!(
            m.describe(&marks, &categories()),
            "this server does not keep custom keywords (Microsoft 365 / Exchange): marks go to folders Triage/..., flagged for safety and urgent"
        );
        // A keyword listed by name sticks even without \*.
        let listed = Marking::choose(
            &caps("IMAP4rev1"),
            &selected(Some("\\Flagged postbag-query")),
            "",
            &marks,
            "/",
        );
        assert_eq!(
            listed.mark(&marks, "query").keyword.as_deref(),
            Some("postbag-query")
        );
        assert_eq!(listed.mark(&marks, "query").folder, None);
        assert_eq!(
            listed.mark(&marks, "safety").folder.as_deref(),
            Some("Triage/Safety")
        );
    }

    #[test]
    fn a_move_needs_move_and_the_fallback_can_be_turned_down() {
        let mut marks = Marks {
            fallback_move: true,
            ..Default::default()
        };
        let with_move = Marking::choose(
            &caps("MOVE"),
            &selected(Some(EXCHANGE_FLAGS)),
            "",
            &marks,
            "/",
        );
        assert!(with_move.mark(&marks, "bulk").move_messages);
        assert!(with_move
            .describe(&marks, &categories())
            .contains("are moved to folders"));
        let without = Marking::choose(
            &caps("IDLE"),
            &selected(Some(EXCHANGE_FLAGS)),
            "",
            &marks,
            "/",
        );
        assert!(!without.mark(&marks, "bulk").move_messages);
        marks.fallback = Fallback::None;
        let none = Marking::choose(
            &caps("MOVE"),
            &selected(Some(EXCHANGE_FLAGS)),
            "",
            &marks,
            "/",
        );
        let mark = none.mark(&marks, "safety");
        assert_eq!(
            (mark.keyword, mark.folder, mark.flagged),
            (None, None, false)
        );
    }

    #[test]
    fn gmail_gets_labels_and_keywords() {
        let marks = Marks::default();
        let m = Marking::choose(
            &caps("IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN X-GM-EXT-1 UIDPLUS COMPRESS=DEFLATE ENABLE MOVE CONDSTORE ESEARCH UTF8=ACCEPT LIST-EXTENDED LIST-STATUS LITERAL- APPENDLIMIT=35651584"),
            &selected(Some(GMAIL_FLAGS)),
            "Gimap ready for requests from 127.0.0.1",
            &marks,
            "/",
        );
        assert_eq!(m.method, Method::GmailLabels);
        let mark = m.mark(&marks, "complaint");
        assert_eq!(mark.label.as_deref(), Some("Postbag/Complaint"));
        assert_eq!(mark.keyword.as_deref(), Some("postbag-complaint"));
        assert_eq!(mark.folder, None);
        assert_eq!(
            m.describe(&marks, &categories()),
            "Gmail shows labels, not keywords: marks are labels Postbag/<Category>, and keywords postbag-<category> for other mail clients"
        );
        // Refused after all: labels still show it, no folder is needed.
        assert_eq!(m.without_keywords(&marks, "complaint").folder, None);
    }
}
