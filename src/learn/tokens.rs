//! How the learned layer reads text into words: normalised against the noise hostile and
//! hurried mail is written in (lowercase, typographic quotes, letters spaced or dotted apart,
//! digits and symbols for letters inside words, letters held down), then split into words
//! kept in one buffer. Every view of a message ([`super::features`]) reads its words here,
//! a message's subject and the start of its body once for all of them ([`Text`]), quoted
//! reply markers dropped (a threat in a quote still counts).

use crate::mail::Envelope;

/// Lowercase, plain quotes, and letters spaced or dotted apart joined up.
pub fn normalize(text: &str) -> String {
    let lower: String = if text.is_ascii() {
        text.to_ascii_lowercase()
    } else if text.contains('\u{3a3}') {
        // A capital sigma: `str::to_lowercase` makes it final at the end of a word, and
        // the model was trained on letters lowercased one at a time.
        text.chars()
            .map(plain_quote)
            .flat_map(char::to_lowercase)
            .collect()
    } else {
        // The same letters, lowercased with the standard library's quicker pass over the
        // ASCII stretches; the quotes (which have no case) replaced after.
        let lower = text.to_lowercase();
        if lower.contains(['\u{2018}', '\u{2019}', '\u{02bc}', '\u{201c}', '\u{201d}']) {
            lower.chars().map(plain_quote).collect()
        } else {
            lower
        }
    };
    join_spaced_letters(lower)
}

/// Typographic quotes as plain ones.
fn plain_quote(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{02bc}' => '\'',
        '\u{201c}' | '\u{201d}' => '"',
        c => c,
    }
}

/// `k i l l`, `k.i.l.l`, `k-i-l-l` (three or more single letters) become `kill`.
fn join_spaced_letters(s: String) -> String {
    static SPACED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = SPACED.get_or_init(|| {
        regex::Regex::new(r"(?-u:\b)(?:[a-z][ .*_\-]){2,}[a-z](?-u:\b)").expect("pattern")
    });
    // Most text has none: a search without captures says so quicker than replacing.
    if !re.is_match(&s) {
        return s;
    }
    let joined = re.replace_all(&s, |c: &regex::Captures| {
        c[0].chars()
            .filter(char::is_ascii_lowercase)
            .collect::<String>()
    });
    match joined {
        std::borrow::Cow::Borrowed(_) => s,
        std::borrow::Cow::Owned(joined) => joined,
    }
}

/// Words of the body looked at (the start of a long message).
pub(super) const MAX_TOKENS: usize = 1500;
/// Bytes of the body read to find them (1500 words rarely take more than this).
pub(super) const MAX_BODY_BYTES: usize = 24 * 1024;

/// The body without quote markers (`> `, `>> `) at the start of lines (as it is when it has
/// no `>` at all).
pub(super) fn unquote(body: &str) -> std::borrow::Cow<'_, str> {
    if !body.contains('>') {
        return std::borrow::Cow::Borrowed(body);
    }
    let mut out = String::with_capacity(body.len());
    for line in body.lines() {
        let t = line.trim_start();
        let t = t.trim_start_matches(['>', ' ']);
        out.push_str(if line.trim_start().starts_with('>') {
            t
        } else {
            line
        });
        out.push('\n');
    }
    std::borrow::Cow::Owned(out)
}

/// The words of a message as every view reads them, tokenised once: the subject's and the
/// start of the body's (see [`Text::read`]).
#[derive(Debug, Default)]
pub struct Text {
    pub(super) subject: Tokens,
    pub(super) body: Tokens,
}

impl Text {
    pub fn read(env: &Envelope) -> Text {
        let mut subject = Tokens::default();
        subject.push(&normalize(&env.subject), MAX_TOKENS);
        let mut body = Tokens::default();
        read_body(&mut body, head(&env.body, MAX_BODY_BYTES), MAX_TOKENS);
        Text { subject, body }
    }
}

/// The words of `body`, unquoted and normalised, at most `max`: read a few lines at a time
/// and no further than the words kept (a long letter's end is not normalised for nothing).
/// The same words as reading it whole: quote markers, spaced letters and words all end at a
/// line's end.
fn read_body(words: &mut Tokens, body: &str, max: usize) {
    const LINES_OF: usize = 4096;
    let mut rest = body;
    while !rest.is_empty() && words.len() < max {
        let cut = match rest.as_bytes().get(LINES_OF..) {
            None => rest.len(),
            Some(after) => after
                .iter()
                .position(|&b| b == b'\n')
                .map_or(rest.len(), |i| LINES_OF + i + 1),
        };
        let (lines, after) = rest.split_at(cut);
        words.push(&normalize(&unquote(lines)), max);
        rest = after;
    }
}

/// The first `max` bytes of `s` (at a character boundary): what the model reads of a long
/// body is its start.
pub(super) fn head(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

fn leet(c: char) -> Option<char> {
    Some(match c {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '@' => 'a',
        '$' => 's',
        '!' => 'i',
        '|' => 'l',
        _ => return None,
    })
}

/// The words of normalised text: runs of letters, digits, apostrophes and the symbols that
/// stand in for letters; a word mixing letters with those symbols is read as letters.
pub fn tokens(text: &str) -> Vec<String> {
    let mut t = Tokens::default();
    t.push(text, usize::MAX);
    t.iter().map(str::to_string).collect()
}

/// Words of a text in one buffer (no allocation per word).
#[derive(Debug, Default)]
pub(super) struct Tokens {
    buf: String,
    spans: Vec<(usize, usize)>,
}

impl Tokens {
    pub(super) fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        self.spans.iter().map(|&(a, b)| &self.buf[a..b])
    }

    pub(super) fn get(&self, i: usize) -> &str {
        let (a, b) = self.spans[i];
        &self.buf[a..b]
    }

    pub(super) fn len(&self) -> usize {
        self.spans.len()
    }

    /// Adds the words of `text` (see [`tokens`]), at most `max` in all.
    pub(super) fn push(&mut self, text: &str, max: usize) {
        // Never more bytes than the text's (a symbol read as a letter is one byte).
        self.buf.reserve(text.len());
        if text.is_ascii() {
            self.push_ascii(text, max);
        } else {
            self.push_chars(text, max);
        }
    }

    /// [`Tokens::push`] a character at a time.
    pub(super) fn push_chars(&mut self, text: &str, max: usize) {
        let is_part = |c: char| c.is_alphanumeric() || matches!(c, '\'' | '@' | '$' | '!' | '|');
        for raw in text.split(|c: char| !is_part(c)) {
            if self.spans.len() >= max {
                return;
            }
            // Symbols stand in for letters only inside a word: "angry!!!" is "angry".
            let raw = raw.trim_matches(|c: char| matches!(c, '@' | '$' | '!' | '|'));
            if raw.is_empty() {
                continue;
            }
            // A digit or symbol between two letters stands for a letter (k1ll, d3ad, k!ll);
            // "10am", "2nd", "4b" stay as they are.
            let mut mixed = false;
            let (mut a, mut b) = ('\0', '\0');
            for c in raw.chars() {
                if a.is_alphabetic() && leet(b).is_some() && c.is_alphabetic() {
                    mixed = true;
                    break;
                }
                (a, b) = (b, c);
            }
            let start = self.buf.len();
            // Three or more of the same character become two (`soooo` -> `soo`).
            let (mut prev, mut run) = ('\0', 0);
            for c in raw.chars() {
                let c = if mixed { leet(c).unwrap_or(c) } else { c };
                if !(c.is_alphanumeric() || c == '\'') || (c == '\'' && self.buf.len() == start) {
                    continue;
                }
                if c == prev {
                    run += 1;
                } else {
                    (prev, run) = (c, 1);
                }
                if run <= 2 {
                    self.buf.push(c);
                }
            }
            while self.buf.len() > start && self.buf.ends_with('\'') {
                self.buf.pop();
            }
            if self.buf.len() > start {
                self.spans.push((start, self.buf.len()));
            }
        }
    }
}

impl Tokens {
    /// [`Tokens::push_chars`] of ASCII text, a byte at a time: for ASCII the same tests on
    /// bytes as on characters, so the same words.
    pub(super) fn push_ascii(&mut self, whole: &str, max: usize) {
        let text = whole.as_bytes();
        let is_symbol = |c: u8| matches!(c, b'@' | b'$' | b'!' | b'|');
        let leet = |c: u8| leet(char::from(c)).map(|c| c as u8);
        let class = |c: u8| BYTE_CLASS[usize::from(c)];
        let mut i = 0;
        while i < text.len() {
            if self.spans.len() >= max {
                return;
            }
            while i < text.len() && class(text[i]) == 0 {
                i += 1;
            }
            let (at, mut lower) = (i, true);
            while i < text.len() && class(text[i]) != 0 {
                lower &= class(text[i]) == LOWER;
                i += 1;
            }
            let raw = &text[at..i];
            // Most words are lowercase letters without a letter held down: kept as they are.
            if lower && !raw.is_empty() && !held_down(raw) {
                let start = self.buf.len();
                self.buf.push_str(&whole[at..i]);
                self.spans.push((start, self.buf.len()));
                continue;
            }
            let (mut a, mut b) = (0, raw.len());
            while a < b && is_symbol(raw[a]) {
                a += 1;
            }
            while b > a && is_symbol(raw[b - 1]) {
                b -= 1;
            }
            let raw = &raw[a..b];
            if raw.is_empty() {
                continue;
            }
            let mixed = raw.windows(3).any(|w| {
                w[0].is_ascii_alphabetic() && leet(w[1]).is_some() && w[2].is_ascii_alphabetic()
            });
            let start = self.buf.len();
            let (mut prev, mut run) = (0u8, 0);
            for &c in raw {
                let c = if mixed { leet(c).unwrap_or(c) } else { c };
                if !(c.is_ascii_alphanumeric() || c == b'\'')
                    || (c == b'\'' && self.buf.len() == start)
                {
                    continue;
                }
                if c == prev {
                    run += 1;
                } else {
                    (prev, run) = (c, 1);
                }
                if run <= 2 {
                    self.buf.push(char::from(c));
                }
            }
            while self.buf.len() > start && self.buf.ends_with('\'') {
                self.buf.pop();
            }
            if self.buf.len() > start {
                self.spans.push((start, self.buf.len()));
            }
        }
    }
}

/// What a byte is to [`Tokens::push_ascii`]: 0 between words, [`LOWER`] a lowercase
/// letter, [`PART`] any other byte of a word (a digit, a capital, an apostrophe, a symbol
/// that stands in for a letter).
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = if b.is_ascii_lowercase() {
            LOWER
        } else if b.is_ascii_alphanumeric() || matches!(b, b'\'' | b'@' | b'$' | b'!' | b'|') {
            PART
        } else {
            0
        };
        c += 1;
    }
    t
};
const LOWER: u8 = 1;
const PART: u8 = 2;

/// Whether a letter of `word` comes three or more times running (`sooo`).
fn held_down(word: &[u8]) -> bool {
    word.windows(3).any(|w| w[0] == w[1] && w[1] == w[2])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_read_a_few_lines_at_a_time_gives_the_words_read_whole() {
        let lines = [
            "Dear Sam, I K N O W where you are. k.i.l.l",
            "> On Monday someone wrote:",
            ">> quoted \u{201c}twice\u{201d} \u{2014} ÉCOLE",
            "w a t c h   y o u r   b a c k",
            "   > indented quote",
            "a b\r",
            "c d e f g h",
            "",
            "Sooooo angry!!! d3ad 10am",
        ];
        let mut x = 0x2545_f491_4f6c_dd1du64;
        for max in [usize::MAX, MAX_TOKENS, 40] {
            for _ in 0..30 {
                let mut body = String::new();
                while body.len() < 30_000 {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    body.push_str(lines[(x % lines.len() as u64) as usize]);
                    body.push_str(if x & 256 == 0 { "\n" } else { " " });
                }
                let (mut chunked, mut whole) = (Tokens::default(), Tokens::default());
                read_body(&mut chunked, &body, max);
                whole.push(&normalize(&unquote(&body)), max);
                assert_eq!(
                    chunked.iter().collect::<Vec<_>>(),
                    whole.iter().collect::<Vec<_>>()
                );
            }
        }
    }

    #[test]
    fn ascii_text_is_read_as_the_character_path_reads_it() {
        let all: String = (0u8..128).map(char::from).collect();
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let noise: String = (0..5000)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                let pick = b"aab1!@$|' .-_0xyz3\n";
                char::from(pick[(x % pick.len() as u64) as usize])
            })
            .collect();
        for text in [
            "",
            "i will k1ll you, sooo angry!!! k!ll d3ad 10am 2nd 4b |ol| @home $$$ 'quoted'",
            "we're 'tis o'clock '' ' a'b'' x@y.z me@@ k|ll k$ll 1a1 a1 1a a1a a11a a''b'c",
            all.as_str(),
            noise.as_str(),
        ] {
            for max in [0, 3, usize::MAX] {
                let (mut fast, mut chars) = (Tokens::default(), Tokens::default());
                for _ in 0..2 {
                    fast.push_ascii(text, max);
                    chars.push_chars(text, max);
                }
                assert_eq!(fast.spans, chars.spans, "{text}");
                assert_eq!(fast.buf, chars.buf, "{text}");
            }
        }
    }

    #[test]
    fn text_is_lowercased_as_a_letter_at_a_time() {
        let one_by_one = |text: &str| -> String {
            text.chars()
                .map(plain_quote)
                .flat_map(char::to_lowercase)
                .collect()
        };
        for text in [
            "Plain ASCII, Mixed CASE.",
            "\u{201c}Quoted\u{201d} and \u{2018}single\u{2019} and ma\u{02bc}am",
            "ÉCOLE Ünïcödé ÀÉÎÕÜ İstanbul ǅ ẞ",
            "ΟΔΥΣΣΕΥΣ, ΣΑΣ: capital sigma at the end of a word",
            "Zażółć GĘŚLĄ jaźń — “don’t”",
        ] {
            assert_eq!(
                join_spaced_letters(one_by_one(text)),
                normalize(text),
                "{text}"
            );
        }
    }

    #[test]
    fn noise_is_read_as_the_words_it_hides() {
        assert_eq!(
            tokens(&normalize("I will K I L L you")),
            ["i", "will", "kill", "you"]
        );
        assert_eq!(tokens(&normalize("k.i.l.l her")), ["kill", "her"]);
        assert_eq!(
            tokens(&normalize("u r d3ad, k!ll, k1ll")),
            ["u", "r", "dead", "kill", "kill"]
        );
        assert_eq!(tokens(&normalize("Sooooo ANGRY!!!")), ["soo", "angry"]);
        assert_eq!(
            tokens(&normalize("We\u{2019}re watching")),
            ["we're", "watching"]
        );
        // Ordinary words, numbers and initials stay as they are.
        assert_eq!(
            tokens(&normalize("On 3 May at 7.30 a.m.")),
            ["on", "3", "may", "at", "7", "30", "a", "m"]
        );
        assert_eq!(tokens(&normalize("Flat 4b, 2024")), ["flat", "4b", "2024"]);
    }
}
