//! How the learned layer reads text into words: normalised against the noise hostile and
//! hurried mail is written in (lowercase, typographic quotes, letters spaced or dotted apart,
//! digits and symbols for letters inside words, letters held down), then split into words
//! kept in one buffer. Every view of a message ([`super::features`]) reads its words here.

/// Lowercase, plain quotes, and letters spaced or dotted apart joined up.
pub fn normalize(text: &str) -> String {
    let lower: String = if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        text.chars()
            .map(|c| match c {
                '\u{2018}' | '\u{2019}' | '\u{02bc}' => '\'',
                '\u{201c}' | '\u{201d}' => '"',
                c => c,
            })
            .flat_map(char::to_lowercase)
            .collect()
    };
    join_spaced_letters(lower)
}

/// `k i l l`, `k.i.l.l`, `k-i-l-l` (three or more single letters) become `kill`.
fn join_spaced_letters(s: String) -> String {
    static SPACED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = SPACED.get_or_init(|| {
        regex::Regex::new(r"(?-u:\b)(?:[a-z][ .*_\-]){2,}[a-z](?-u:\b)").expect("pattern")
    });
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
            self.push_ascii(text.as_bytes(), max);
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
    pub(super) fn push_ascii(&mut self, text: &[u8], max: usize) {
        let is_symbol = |c: u8| matches!(c, b'@' | b'$' | b'!' | b'|');
        let leet = |c: u8| leet(char::from(c)).map(|c| c as u8);
        for raw in text.split(|&c| !(c.is_ascii_alphanumeric() || c == b'\'' || is_symbol(c))) {
            if self.spans.len() >= max {
                return;
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

#[cfg(test)]
mod tests {
    use super::*;

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
                    fast.push_ascii(text.as_bytes(), max);
                    chars.push_chars(text, max);
                }
                assert_eq!(fast.spans, chars.spans, "{text}");
                assert_eq!(fast.buf, chars.buf, "{text}");
            }
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
