//! Text from mail (subjects, names, file names, folder names) as the human-readable tables
//! print it: a hostile subject must not move the cursor, clear the screen, retitle the
//! terminal, start a new row or reorder the line. JSON output is left to its own escaping.

use std::borrow::Cow;

/// Whether a character would act on the terminal or the line instead of being shown: C0
/// controls (ESC, CR, LF, ...), DEL, C1 controls, line and paragraph separators, and the
/// bidirectional overrides, embeddings, isolates and marks.
fn is_control(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}'
        | '\u{7f}'..='\u{9f}'
        | '\u{61c}'
        | '\u{200e}' | '\u{200f}'
        | '\u{2028}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}')
}

/// `s` with every control character written as an escape (`\n`, `\r`, `\t`, `\u{1b}`),
/// borrowed unchanged when it has none.
pub(crate) fn printable(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_control) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_control(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_escaped_and_the_rest_kept() {
        assert!(matches!(printable("Motion: AGM – café"), Cow::Borrowed(_)));
        assert_eq!(
            printable("a\u{1b}]0;owned\u{7}b\u{1b}[2Jc"),
            "a\\u{1b}]0;owned\\u{7}b\\u{1b}[2Jc"
        );
        assert_eq!(printable("one\r\ntwo\tthree"), "one\\r\\ntwo\\tthree");
        assert_eq!(
            printable("x\u{85}y\u{9b}z\u{7f}"),
            "x\\u{85}y\\u{9b}z\\u{7f}"
        );
        assert_eq!(
            printable("invoice\u{202e}fdp.exe\u{2066}\u{2069}\u{200f}\u{2028}"),
            "invoice\\u{202e}fdp.exe\\u{2066}\\u{2069}\\u{200f}\\u{2028}"
        );
    }
}
