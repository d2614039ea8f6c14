//! Checks and translations of one pattern or `words` list: whether a pattern matches every
//! text, constructs that slow the regex engine, regex errors with their place in the
//! user's pattern, and a `words` list as a regex.

use super::spec::{Field, Needle};
use regex_syntax::hir::{Class, Hir, HirKind, Look};

/// A Unicode class with more ranges than this (like `\w` or `\d`) slows every match.
const LARGE_CLASS_RANGES: usize = 64;

/// Fields every message has (if perhaps empty): a condition matching any text there holds
/// for all mail. Headers and the member-list fields may be absent, so there `pattern =
/// ""` asks whether they are there.
pub(super) fn always_there(field: &Field) -> bool {
    !matches!(
        field,
        Field::Header(_) | Field::SenderStatus | Field::SenderBranch
    )
}

/// Whether a pattern matches every text: it can match the empty string (only those pay
/// for the check) and it does match a handful of unlike texts, the empty one included.
pub(super) fn matches_everything(hir: &Hir, regex: &str) -> bool {
    if hir.properties().minimum_len() != Some(0) {
        return false;
    }
    let Ok(re) = regex::Regex::new(regex) else {
        return false;
    };
    ["", "a", " ", "\n", "a b", "é", "12"]
        .iter()
        .all(|t| re.is_match(t))
}

/// A regex error on one line, with its position inside the user's pattern.
pub(super) fn regex_error(e: &regex_syntax::Error, needle: &Needle) -> String {
    let kind = match e {
        regex_syntax::Error::Parse(a) => a.kind().to_string(),
        regex_syntax::Error::Translate(h) => h.kind().to_string(),
        other => return other.to_string().replace('\n', " "),
    };
    match needle {
        Needle::Pattern(p) => format!("{kind} in {p:?}"),
        Needle::Words(_) => kind,
    }
}

/// Warnings for constructs that force the regex engine off its fast path on non-ASCII text.
pub(super) fn lint(hir: &Hir, out: &mut Vec<&'static str>) {
    match hir.kind() {
        HirKind::Look(
            Look::WordUnicode
            | Look::WordUnicodeNegate
            | Look::WordStartUnicode
            | Look::WordEndUnicode
            | Look::WordStartHalfUnicode
            | Look::WordEndHalfUnicode,
        ) => out.push("slow pattern: a Unicode word boundary (`\\b`, `\\B`, `\\<`, `\\>`) makes the fast DFA give up on non-ASCII mail; write `(?-u:\\b)` or use `words`"),
        HirKind::Class(Class::Unicode(c)) if c.ranges().len() > LARGE_CLASS_RANGES => {
            out.push("slow pattern: a large Unicode class (such as `\\w` or `\\d`) slows every match; write `[a-z0-9_]` or `[0-9]` instead")
        }
        HirKind::Repetition(r) => lint(&r.sub, out),
        HirKind::Capture(c) => lint(&c.sub, out),
        HirKind::Concat(v) | HirKind::Alternation(v) => v.iter().for_each(|h| lint(h, out)),
        _ => {}
    }
}

/// A `words` list as one alternation with ASCII word boundaries: whitespace inside a phrase
/// matches any run of whitespace and `*` matches letters within a word.
pub(super) fn words_regex(words: &[String]) -> String {
    let alts: Vec<String> = words.iter().map(|w| word_regex(w)).collect();
    format!("(?:{})", alts.join("|"))
}

fn word_regex(word: &str) -> String {
    let word = word.trim();
    let is_wordish =
        |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '*');
    let mut out = String::new();
    if is_wordish(word.chars().next()) {
        out.push_str("(?-u:\\b)");
    }
    let tokens: Vec<String> = word
        .split_whitespace()
        .map(|t| {
            t.split('*')
                .map(regex_syntax::escape)
                .collect::<Vec<_>>()
                .join("[a-z]*")
        })
        .collect();
    out.push_str(&tokens.join("\\s+"));
    if is_wordish(word.chars().last()) {
        out.push_str("(?-u:\\b)");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_become_ascii_bounded_alternations() {
        let w = vec![
            "know where you live".to_string(),
            "threaten*".into(),
            "£5".into(),
        ];
        let re = regex::Regex::new(&format!("(?i:{})", words_regex(&w))).unwrap();
        assert!(re.is_match("I KNOW where\n you live"));
        assert!(re.is_match("he threatened me"));
        assert!(re.is_match("costs £5 now"));
        assert!(!re.is_match("unthreatening"));
        assert!(!re.is_match("I know where youlive"));
    }

    #[test]
    fn lint_flags_unicode_word_boundaries_and_big_classes() {
        let lint_of = |p: &str| {
            let mut out = Vec::new();
            lint(&regex_syntax::Parser::new().parse(p).unwrap(), &mut out);
            out.dedup();
            out.len()
        };
        assert_eq!(lint_of(r"\bkill\b"), 1);
        assert_eq!(lint_of(r"\w+ing"), 1);
        assert_eq!(lint_of(r"(?-u:\b)kill(?-u:\b)"), 0);
        assert_eq!(lint_of(r"(?i)[a-z]+ing"), 0);
    }
}
