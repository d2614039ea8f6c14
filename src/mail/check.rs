//! Cheap checks that bytes are a message at all, before the parser sees them.
//!
//! mail-parser accepts almost anything; these checks catch what a user would call a broken
//! file (empty, binary, cut off inside the header) and name what is wrong.

use super::ParseError;

/// How much of the start of the file is inspected for binary content.
const SNIFF_BYTES: usize = 8 * 1024;

pub(super) fn looks_like_message(raw: &[u8]) -> Result<(), ParseError> {
    if raw.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ParseError::Empty);
    }
    let header_end = header_section_end(raw);
    let head = &raw[..header_end.unwrap_or(raw.len()).min(SNIFF_BYTES)];
    if let Some(pos) = head.iter().position(|&b| b == 0) {
        return Err(ParseError::Binary(format!("NUL byte at offset {pos}")));
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\r' | b'\n' | 0x0c))
        .count();
    if controls * 20 > head.len() {
        return Err(ParseError::Binary(format!(
            "{controls} control bytes in the first {} bytes",
            head.len()
        )));
    }
    let first_line = first_line(raw);
    if !is_header_line(first_line) {
        return Err(ParseError::NoHeaders(
            String::from_utf8_lossy(&first_line[..first_line.len().min(60)]).into_owned(),
        ));
    }
    if header_end.is_none() && !raw.ends_with(b"\n") {
        let last = raw.rsplit(|&b| b == b'\n').next().unwrap_or_default();
        return Err(ParseError::Truncated(format!(
            "last line {:?} has no end",
            String::from_utf8_lossy(&last[..last.len().min(60)])
        )));
    }
    Ok(())
}

/// Offset of the blank line that ends the header section, if there is one.
fn header_section_end(raw: &[u8]) -> Option<usize> {
    let mut at_line_start = true;
    for (i, &b) in raw.iter().enumerate() {
        if at_line_start && (b == b'\n' || (b == b'\r' && raw.get(i + 1) == Some(&b'\n'))) {
            return Some(i);
        }
        at_line_start = b == b'\n';
    }
    None
}

fn first_line(raw: &[u8]) -> &[u8] {
    let start = raw
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(0);
    let rest = &raw[start..];
    let end = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
    &rest[..end]
}

/// `Name: value` with a printable name of at least one character and no spaces before the colon.
fn is_header_line(line: &[u8]) -> bool {
    match line.iter().position(|&b| b == b':') {
        Some(colon) if colon > 0 => line[..colon].iter().all(|&b| (33..=126).contains(&b)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_a_plain_message_and_a_header_only_one() {
        assert!(looks_like_message(b"From: a@example.com\r\n\r\nhi").is_ok());
        assert!(looks_like_message(b"Subject: no body\n").is_ok());
    }

    #[test]
    fn refuses_empty_binary_headerless_and_truncated_input() {
        assert_eq!(looks_like_message(b" \n"), Err(ParseError::Empty));
        assert!(matches!(
            looks_like_message(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err(ParseError::Binary(_))
        ));
        assert!(matches!(
            looks_like_message(b"hello world\nthis is text\n"),
            Err(ParseError::NoHeaders(_))
        ));
        assert!(matches!(
            looks_like_message(b"From: a@example.com\r\nSubject: cut her"),
            Err(ParseError::Truncated(_))
        ));
    }
}
