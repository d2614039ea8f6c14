//! Subject normalisation: reply/forward prefixes in the languages members write in, list
//! tags and `(fwd)` trailers removed (RFC 5256 base subject), for threads and replies.

/// Reply and forward prefixes in the languages members write in (English, German,
/// Nordic, Dutch, French, Spanish, Italian, Portuguese, Polish, Turkish).
const PREFIXES: &[&str] = &[
    "re", "fw", "fwd", "aw", "sv", "vs", "wg", "antw", "tr", "rv", "r", "enc", "res", "odp", "ynt",
    "ref",
];

/// Removes one leading `Re:`-style prefix (with an optional counter such as `Re[2]:` or
/// `Re^2:`); `None` when there is none.
fn strip_reply_prefix(s: &str) -> Option<&str> {
    let s = s.trim_start();
    let word = s.bytes().take_while(u8::is_ascii_alphabetic).count();
    if word == 0 || !PREFIXES.contains(&s[..word].to_ascii_lowercase().as_str()) {
        return None;
    }
    let mut rest = &s[word..];
    if let Some(r) = rest.strip_prefix('[').or_else(|| rest.strip_prefix('(')) {
        let digits = r.bytes().take_while(u8::is_ascii_digit).count();
        let r = &r[digits..];
        rest = r.strip_prefix(']').or_else(|| r.strip_prefix(')'))?;
    } else if let Some(r) = rest.strip_prefix('^') {
        rest = r.trim_start_matches(|c: char| c.is_ascii_digit());
    }
    let rest = rest.trim_start_matches(' ');
    rest.strip_prefix(':').or_else(|| rest.strip_prefix('：'))
}

/// Removes one leading `[list-tag]`, unless nothing would be left.
fn strip_list_tag(s: &str) -> Option<&str> {
    let s = s.trim_start();
    let inner = s.strip_prefix('[')?;
    let end = inner.find(']')?;
    let rest = &inner[end + 1..];
    (end <= 64 && !inner[..end].contains('[') && !rest.trim().is_empty()).then_some(rest)
}

/// Removes one trailing `(fwd)`, as RFC 5256 does.
fn strip_fwd_trailer(s: &str) -> Option<&str> {
    let t = s.trim_end();
    let cut = t.len().checked_sub(5)?;
    (t.is_char_boundary(cut) && t[cut..].eq_ignore_ascii_case("(fwd)")).then(|| &t[..cut])
}

/// The subject without reply/forward prefixes, list tags and `(fwd)` trailers, whitespace
/// collapsed, case kept: the form shown as a thread's subject.
pub fn strip_subject(subject: &str) -> String {
    let mut s = subject;
    while let Some(r) = strip_reply_prefix(s)
        .or_else(|| strip_list_tag(s))
        .or_else(|| strip_fwd_trailer(s))
    {
        s = r;
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// [`strip_subject`] lowercased: the form two subjects are compared in.
pub fn normalize_subject(subject: &str) -> String {
    strip_subject(subject).to_lowercase()
}

/// Whether the subject (after any list tags) starts with a reply or forward prefix.
pub fn has_reply_prefix(subject: &str) -> bool {
    let mut s = subject;
    while let Some(r) = strip_list_tag(s) {
        s = r;
    }
    strip_reply_prefix(s).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_lose_prefixes_tags_and_case() {
        let cases = [
            ("Re: Motion for the AGM", "motion for the agm"),
            ("RE: re: Fwd: Motion", "motion"),
            ("AW: WG: Antrag", "antrag"),
            ("SV: Vs: Møte", "møte"),
            ("Re[2]: minutes", "minutes"),
            ("Re^3: minutes", "minutes"),
            ("Re : Réunion", "réunion"),
            (
                "[labour-members] Re: [branch] Re:   Canvassing   Saturday",
                "canvassing saturday",
            ),
            ("Re: [labour-members] Canvassing", "canvassing"),
            ("Leaflets (fwd)", "leaflets"),
            ("[URGENT]", "[urgent]"),
            ("Regarding the budget", "regarding the budget"),
            ("Really: no prefix", "really: no prefix"),
            ("Fwd:Fw:TR: Ordre du jour", "ordre du jour"),
            ("", ""),
            ("Re:", ""),
        ];
        for (raw, want) in cases {
            assert_eq!(normalize_subject(raw), want, "{raw:?}");
        }
        assert_eq!(
            strip_subject("Re: Motion for the AGM"),
            "Motion for the AGM"
        );
    }

    #[test]
    fn reply_prefix_is_detected_after_list_tags() {
        assert!(has_reply_prefix("Re: x"));
        assert!(has_reply_prefix("[list] AW: x"));
        assert!(!has_reply_prefix("Regarding x"));
        assert!(!has_reply_prefix("x"));
    }
}
