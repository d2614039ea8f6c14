//! What postbag takes from a message it did not write, made fit to go out again: a display
//! name or subject becomes one bounded line with no control characters (so a header can
//! never be split or grow past 998 characters), and what an automatic message echoes back
//! carries no links or addresses (so an acknowledgement cannot relay spam).

use std::sync::OnceLock;

/// The most characters of a display name put in a header or a template.
pub const NAME_CHARS: usize = 80;
/// The most characters of a subject put in a draft's `Re:` subject.
pub const SUBJECT_CHARS: usize = 200;
/// The most characters of the original subject an automatic acknowledgement echoes.
pub const ECHO_CHARS: usize = 60;
/// The most characters of a Message-ID carried into In-Reply-To or References.
pub const ID_CHARS: usize = 250;

/// Characters that must never reach a header or a terminal: C0 and C1 controls, DEL, and
/// the invisible format characters that reorder or hide text (bidi overrides, zero-width).
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// One line of text: unsafe characters become spaces, runs of whitespace one space, the
/// ends trimmed, and at most `max` characters (cut at a space near the end when there is
/// one, with "..." to show the cut).
pub fn one_line(s: &str, max: usize) -> String {
    let mut out = String::with_capacity(s.len().min(max * 4));
    let mut space = false;
    for c in s.chars() {
        if is_unsafe_char(c) || c.is_whitespace() {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    truncate(out, max)
}

fn truncate(s: String, max: usize) -> String {
    if s.chars().count() <= max {
        return s;
    }
    let keep = max.saturating_sub(3);
    let cut: String = s.chars().take(keep).collect();
    // Back to the last space if it is not too far: "Meeting on Thurs..." not "Meeting on Th...".
    let cut = match cut.rfind(' ') {
        Some(i) if cut[..i].chars().count() * 4 >= keep * 3 => cut[..i].to_string(),
        _ => cut,
    };
    format!("{}...", cut.trim_end())
}

fn link_pattern() -> &'static regex::Regex {
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // Schemes, www., anything with an @, dotted names ending in a letter TLD (also
        // written with [.] or (dot)), and bare IPv4 addresses.
        regex::Regex::new(
            r"(?i)(?:[a-z][a-z0-9+.\-]*:/{1,3}[^\s]*|www\d?\.[^\s]*|[^\s@]*@[^\s@]+|[a-z0-9\-_]+(?:(?:\.|\[\.\]|\(dot\)|\[dot\])[a-z0-9\-_]+)*(?:\.|\[\.\]|\(dot\)|\[dot\])[a-z]{2,}(?:[/?#][^\s]*)?|\d{1,3}(?:\.\d{1,3}){3}(?:[/:][^\s]*)?)",
        )
        .expect("link pattern")
    })
}

/// `s` with every link, address or domain name replaced by "[link]".
pub fn without_links(s: &str) -> String {
    link_pattern().replace_all(s, "[link]").into_owned()
}

/// Whether `s` holds anything [`without_links`] would remove.
pub fn has_link(s: &str) -> bool {
    link_pattern().is_match(s)
}

/// What an automatic message may echo of a message's text (its subject, a name): one short
/// line without links.
pub fn echo(s: &str, max: usize) -> String {
    one_line(&without_links(&one_line(s, max * 4)), max)
}

/// A Message-ID fit for In-Reply-To/References: no angle brackets, spaces or control
/// characters, at most [`ID_CHARS`]; `None` when nothing usable is left.
pub fn message_id(id: &str) -> Option<String> {
    let id = id.trim().trim_start_matches('<').trim_end_matches('>');
    let ok = !id.is_empty()
        && id.len() <= ID_CHARS
        && id.contains('@')
        && id
            .chars()
            .all(|c| c.is_ascii_graphic() && !matches!(c, '<' | '>' | '"' | '\\'));
    ok.then(|| id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_removes_breaks_controls_and_invisible_characters() {
        assert_eq!(one_line("A\nB", 80), "A B");
        assert_eq!(one_line("  A\r\n\tB\0C\u{1b}[31m ", 80), "A B C [31m");
        assert_eq!(one_line("ab\u{202E}cd\u{200B}e", 80), "ab cd e");
        assert_eq!(one_line("\n\r\0", 80), "");
    }

    #[test]
    fn one_line_caps_length_at_a_word_when_it_can() {
        let s = one_line(&"word ".repeat(100), 30);
        assert!(s.chars().count() <= 30, "{s}");
        assert!(s.ends_with("word..."), "{s}");
        let s = one_line(&"x".repeat(100_000), 30);
        assert_eq!(s.chars().count(), 30);
        let s = one_line(&"é".repeat(500), 10);
        assert_eq!(s, format!("{}...", "é".repeat(7)));
    }

    #[test]
    fn links_addresses_and_domains_are_removed_from_echoes() {
        for spam in [
            "Cheap meds at http://spam.example/x?y=1",
            "visit www.spam.example now",
            "write to winner@lottery.example",
            "go to spam-site.co.uk/claim",
            "spam[.]example",
            "see 203.0.113.9:8080/a",
            "hxxps://evil.example",
        ] {
            let e = echo(spam, 60);
            assert!(e.contains("[link]"), "{spam} -> {e}");
            assert!(!has_link(&e), "{spam} -> {e}");
        }
        assert_eq!(
            echo("How do I join the branch?", 60),
            "How do I join the branch?"
        );
        assert_eq!(echo("Meeting 7.30pm on 3.12", 60), "Meeting 7.30pm on 3.12");
    }

    #[test]
    fn message_ids_are_kept_only_when_clean() {
        assert_eq!(
            message_id("<a.b@example.com>").as_deref(),
            Some("a.b@example.com")
        );
        assert_eq!(message_id("a b@example.com"), None);
        assert_eq!(message_id("a\r\n@example.com"), None);
        assert_eq!(message_id(&format!("{}@x", "a".repeat(300))), None);
        assert_eq!(message_id("no-at-sign"), None);
    }
}
