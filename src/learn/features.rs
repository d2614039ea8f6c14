//! What the learned layer sees of a message: hashed, weighted features of its words
//! (personal pronouns only in pairs), word pairs, subject, sender and headers. The same
//! function serves training and triage, so the two can never disagree; changing it means
//! retraining (`FEATURES_VERSION`).
//!
//! Text is read into words by [`super::tokens`], normalised against the noise hostile and
//! hurried mail is written in (`k i l l`, `k1ll`, `sooo`); quoted reply markers are dropped
//! (a threat in a quote still counts).

pub use super::tokens::Text;
use super::tokens::{head, normalize, unquote, Tokens, MAX_BODY_BYTES};
use crate::mail::Envelope;

/// Bumped whenever extraction changes: a model records the version it was trained with.
pub const FEATURES_VERSION: u32 = 2;

/// Bytes of the body the character n-gram view reads.
const CHAR_BODY_BYTES: usize = 4 * 1024;
/// Words the character n-gram view reads.
const CHAR_WORDS: usize = 600;
/// The length of its n-grams.
const CHAR_N: usize = 4;

/// Which view of a message a model reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Words, word pairs, subject, sender and headers ([`extract`]).
    Words,
    /// Character 4-grams inside words ([`chars`]): spelling-robust, and less
    /// bound to the corpus's phrasing than whole words.
    Chars,
}

impl Kind {
    pub fn code(self) -> u32 {
        match self {
            Kind::Words => 0,
            Kind::Chars => 1,
        }
    }

    pub fn from_code(code: u32) -> Option<Kind> {
        match code {
            0 => Some(Kind::Words),
            1 => Some(Kind::Chars),
            _ => None,
        }
    }

    /// The features of `env` in this view.
    pub fn extract(self, env: &Envelope, bits: u32) -> Features {
        match self {
            Kind::Words => extract(env, bits),
            Kind::Chars => chars(env, bits),
        }
    }

    /// [`Kind::extract`] from the message's words already read.
    pub fn extract_from(self, env: &Envelope, text: &Text, bits: u32) -> Features {
        match self {
            Kind::Words => extract_from(env, text, bits),
            Kind::Chars => chars_from(env, text, bits),
        }
    }
}

/// A message as the model sees it: sparse (index, weight) pairs, L2-normalised.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Features {
    pub entries: Vec<(u32, f32)>,
}

/// A stable hash of a feature's name (the model's indices depend on it, so it is ours, not
/// the standard library's): bytes folded in one at a time into a 64-bit state, then mixed.
/// Hashing pieces one after another ([`Hasher`]) equals hashing their concatenation.
pub fn hash(s: &str) -> u64 {
    let mut h = Hasher::new();
    h.write(s.as_bytes());
    h.finish()
}

/// The streaming form of [`hash`].
#[derive(Clone, Copy)]
struct Hasher(u64);

impl Hasher {
    fn new() -> Hasher {
        Hasher(0xcbf2_9ce4_8422_2325)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.byte(b);
        }
    }

    /// FNV-1a: cheap and good enough before the final mix.
    #[inline]
    fn byte(&mut self, b: u8) {
        self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }

    /// This state with `bytes` written.
    fn with(mut self, bytes: &[u8]) -> Hasher {
        self.write(bytes);
        self
    }

    /// A final avalanche (splitmix64's) so the low bits used as the index are well mixed.
    fn finish(&self) -> u64 {
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// Headers whose presence says something (lists, robots, replies).
const PRESENCE: &[&str] = &[
    "list-id",
    "list-unsubscribe",
    "precedence",
    "auto-submitted",
    "x-auto-response-suppress",
    "in-reply-to",
    "reply-to",
    "x-mailer",
    "list-post",
];

/// Where [`each_feature`] hands the features of a message.
trait Sink {
    /// A feature, as the pieces its name is made of (the name is their concatenation).
    fn feature(&mut self, parts: &[&str]);

    /// `single` and each of `words`, then `pair`, two words side by side and a space
    /// between (`w:kill`, `b:will kill`): [`Sink::feature`] of each, unless the sink has a
    /// quicker way to the same.
    fn words(&mut self, single: &str, pair: &str, words: &Tokens) {
        for w in words.iter() {
            if !is_pronoun(w.as_bytes()) {
                self.feature(&[single, w]);
            }
        }
        for i in 1..words.len() {
            self.feature(&[pair, words.get(i - 1), " ", words.get(i)]);
        }
    }
}

/// Personal pronouns: read only beside their neighbour (`b:her car`), never alone. Alone
/// they say who a letter is about, not what it says, and the training mail's threats name
/// their targets ("her", "your") far more often than its ordinary letters do, so alone they
/// pulled complaints about an officer, letters about a relative and list mail towards
/// safety.
fn is_pronoun(w: &[u8]) -> bool {
    matches!(
        w,
        b"he"
            | b"she"
            | b"him"
            | b"her"
            | b"his"
            | b"hers"
            | b"you"
            | b"your"
            | b"yours"
            | b"they"
            | b"them"
            | b"their"
            | b"theirs"
    )
}

/// Feature names with their counts (explanations).
struct Named(std::collections::BTreeMap<String, f32>);

impl Sink for Named {
    fn feature(&mut self, parts: &[&str]) {
        *self.0.entry(parts.concat()).or_insert(0.0) += 1.0;
    }
}

/// Feature indices, one per occurrence, hashed as the names are walked, never built.
struct Hashed {
    mask: u64,
    indices: Vec<u32>,
}

impl Sink for Hashed {
    fn feature(&mut self, parts: &[&str]) {
        let mut h = Hasher::new();
        for p in parts {
            h.write(p.as_bytes());
        }
        self.indices.push((h.finish() & self.mask) as u32);
    }

    /// The same indices in one pass over each word's bytes: its single, the pair it ends
    /// and the start of the pair it begins are three independent hashes (the CPU runs them
    /// side by side), and the prefixes are hashed once.
    fn words(&mut self, single: &str, pair: &str, words: &Tokens) {
        let single = Hasher::new().with(single.as_bytes());
        let pair = Hasher::new().with(pair.as_bytes());
        // `pair`, the word before and a space.
        let mut before: Option<Hasher> = None;
        for w in words.iter() {
            let (mut s, mut ends, mut begins) = (single, before.unwrap_or(pair), pair);
            for &b in w.as_bytes() {
                s.byte(b);
                ends.byte(b);
                begins.byte(b);
            }
            if !is_pronoun(w.as_bytes()) {
                self.indices.push((s.finish() & self.mask) as u32);
            }
            if before.is_some() {
                self.indices.push((ends.finish() & self.mask) as u32);
            }
            begins.byte(b' ');
            before = Some(begins);
        }
    }
}

/// Hands every feature of a message to `f`, once per occurrence. One walk serves both the
/// fast hashed path of triage and the named one of explanations, so the two cannot drift
/// apart.
fn each_feature(env: &Envelope, text: &Text, f: &mut dyn Sink) {
    let (subject, body) = (&text.subject, &text.body);
    f.words("s:", "sb:", subject);
    f.words("w:", "b:", body);
    let mut f = |parts: &[&str]| f.feature(parts);
    if let Some(from) = env.sender() {
        let email = from.email.to_ascii_lowercase();
        if let Some((local, domain)) = email.rsplit_once('@') {
            for part in
                local.split(|c: char| matches!(c, '.' | '_' | '-' | '+') || c.is_ascii_digit())
            {
                if !part.is_empty() {
                    f(&["fl:", part]);
                }
            }
            f(&["fd:", domain]);
        }
    }
    for h in PRESENCE {
        if env.header(h).is_some() {
            f(&["h:", h]);
        }
    }
    if let Some(p) = env.header("precedence") {
        f(&["hp:", &p.trim().to_ascii_lowercase()]);
    }
    let n = body.len() as f64;
    f(&["len:", &((n + 1.0).log2() as u32).min(12).to_string()]);
    let start = head(&env.body, MAX_BODY_BYTES);
    if start.contains('>') && start.lines().any(|l| l.trim_start().starts_with('>')) {
        f(&["m:quoted"]);
    }
    if is_forward(start) {
        f(&["m:forward"]);
    }
}

/// The named features of a message with their counts, sorted by name: for explanations.
pub fn named(env: &Envelope) -> Vec<(String, f32)> {
    let mut named = Named(std::collections::BTreeMap::new());
    each_feature(env, &Text::read(env), &mut named);
    named.0.into_iter().collect()
}

/// Whether `body` forwards a message: a "Forwarded message" or "Begin forwarded" line, or an
/// Outlook-style header block ("From: ..." followed by a line starting "Sent" or "Date"), in
/// any case.
fn is_forward(body: &str) -> bool {
    static FORWARD: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    FORWARD
        .get_or_init(|| {
            regex::Regex::new(
                r"(?i-u:forwarded message|begin forwarded)|(?m:^(?i-u:from: )[^\n]*\n(?i-u:sent|date))",
            )
            .expect("pattern")
        })
        .is_match(body)
}

/// The hashed, weighted features of a message in a space of `2^bits` indices: each count
/// c becomes ln(1 + c), then the vector is scaled to length 1. Names are hashed as they are
/// walked, never built.
pub fn extract(env: &Envelope, bits: u32) -> Features {
    extract_from(env, &Text::read(env), bits)
}

/// [`extract`] from the message's words already read.
pub fn extract_from(env: &Envelope, text: &Text, bits: u32) -> Features {
    let mut hashed = Hashed {
        mask: (1u64 << bits) - 1,
        indices: Vec::with_capacity(2048),
    };
    each_feature(env, text, &mut hashed);
    counted(hashed.indices, bits)
}

/// Feature indices, one per occurrence, to weighed [`Features`].
fn counted(mut indices: Vec<u32>, bits: u32) -> Features {
    sort_indices(&mut indices, bits);
    // Where each run of equal indices starts, found without a branch per index (whether
    // an index repeats the one before is a coin toss the CPU would often guess wrong).
    let n = indices.len();
    let mut starts = vec![0u32; n + 1];
    let mut runs = 0;
    for p in 0..n {
        starts[runs] = p as u32;
        runs += usize::from(p == 0 || indices[p] != indices[p - 1]);
    }
    starts[runs] = n as u32;
    let entries = starts[..=runs]
        .windows(2)
        .map(|w| (indices[w[0] as usize], (w[1] - w[0]) as f32))
        .collect();
    normalise(entries)
}

/// Sorts indices below `2^bits`: a radix sort in two passes of `bits / 2` bits (rounded
/// up) for the thousands a message gives, both digits counted in one read (at the shipped
/// 18 bits two tables of 512 counts: several times quicker than a comparison sort, and
/// than wider digits whose tables outweigh the indices), the standard sort for a few or for
/// wide indices. Same order either way.
fn sort_indices(v: &mut [u32], bits: u32) {
    if v.len() < 256 || bits > 22 {
        v.sort_unstable();
        return;
    }
    let digit = bits.div_ceil(2);
    let low = (1u32 << digit) - 1;
    let mut counts = vec![0u32; 2 << digit];
    let (lo, hi) = counts.split_at_mut(1 << digit);
    for &x in v.iter() {
        lo[(x & low) as usize] += 1;
        hi[(x >> digit) as usize] += 1;
    }
    for c in [&mut *lo, &mut *hi] {
        let mut sum = 0;
        for n in c.iter_mut() {
            (*n, sum) = (sum, sum + *n);
        }
    }
    let mut by_low = vec![0u32; v.len()];
    for &x in v.iter() {
        let d = &mut lo[(x & low) as usize];
        by_low[*d as usize] = x;
        *d += 1;
    }
    for &x in &by_low {
        let d = &mut hi[(x >> digit) as usize];
        v[*d as usize] = x;
        *d += 1;
    }
}

/// Character 4-grams of each word of the subject and the start of the body, the word
/// padded with a space on each side (` kill ` gives ` kil`, `kill`, `ill `), as
/// scikit-learn's `char_wb`; a shorter word gives itself once. Counts weighed as in
/// [`extract`].
pub fn chars(env: &Envelope, bits: u32) -> Features {
    let mut words = Tokens::default();
    words.push(&normalize(&env.subject), CHAR_WORDS);
    words.push(
        &normalize(&unquote(head(&env.body, CHAR_BODY_BYTES))),
        CHAR_WORDS,
    );
    char_grams(words.iter(), bits)
}

/// [`chars`] from the message's words already read: the same words when the whole body is
/// within the bytes this view reads (most mail), else read again from the body's start.
pub fn chars_from(env: &Envelope, text: &Text, bits: u32) -> Features {
    if env.body.len() > CHAR_BODY_BYTES {
        return chars(env, bits);
    }
    char_grams(
        text.subject.iter().chain(text.body.iter()).take(CHAR_WORDS),
        bits,
    )
}

fn char_grams<'a>(words: impl Iterator<Item = &'a str>, bits: u32) -> Features {
    let mask = (1u64 << bits) - 1;
    let mut indices: Vec<u32> = Vec::with_capacity(8192);
    let mut padded: Vec<u8> = Vec::with_capacity(64);
    let mut bounds: Vec<usize> = Vec::with_capacity(64);
    for w in words {
        padded.clear();
        padded.push(b' ');
        padded.extend_from_slice(w.as_bytes());
        padded.push(b' ');
        // Character boundaries (a word may hold non-ASCII letters).
        bounds.clear();
        if w.is_ascii() {
            bounds.extend(0..=padded.len());
        } else {
            bounds.extend(
                (0..=padded.len()).filter(|&i| i == padded.len() || (padded[i] & 0xC0) != 0x80),
            );
        }
        let len = bounds.len() - 1;
        if len < CHAR_N {
            indices.push((hash_bytes(&padded) & mask) as u32);
            continue;
        }
        for s in 0..=len - CHAR_N {
            indices.push((hash_bytes(&padded[bounds[s]..bounds[s + CHAR_N]]) & mask) as u32);
        }
    }
    counted(indices, bits)
}

fn hash_bytes(b: &[u8]) -> u64 {
    let mut h = Hasher::new();
    h.write(b);
    h.finish()
}

/// Hashes and weighs named counts (as [`extract`] does with the walk itself).
pub fn weigh(named: Vec<(String, f32)>, bits: u32) -> Features {
    let mask = (1u64 << bits) - 1;
    let mut merged: std::collections::BTreeMap<u32, f32> = std::collections::BTreeMap::new();
    for (name, count) in named {
        *merged.entry((hash(&name) & mask) as u32).or_insert(0.0) += count;
    }
    normalise(merged.into_iter().collect())
}

/// Counts (sorted by index) to ln(1 + count), scaled to length 1.
fn normalise(mut entries: Vec<(u32, f32)>) -> Features {
    // Counts are small whole numbers: ln(1 + c) of the first few from a table (the same
    // values, computed once by the same function).
    static LN_1P: std::sync::OnceLock<[f32; 64]> = std::sync::OnceLock::new();
    let table = LN_1P.get_or_init(|| std::array::from_fn(|c| (c as f32).ln_1p()));
    for e in entries.iter_mut() {
        e.1 = table
            .get(e.1 as usize)
            .copied()
            .unwrap_or_else(|| e.1.ln_1p());
    }
    let norm = entries.iter().map(|(_, v)| v * v).sum::<f32>().sqrt();
    let scale = if norm > 0.0 { 1.0 / norm } else { 0.0 };
    for e in entries.iter_mut() {
        e.1 *= scale;
    }
    Features { entries }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forwards_are_found_as_a_line_by_line_reading_finds_them() {
        // The reading this search replaced: lowercase the text, then look line by line.
        let by_lines = |body: &str| {
            let lower = body.to_ascii_lowercase();
            if lower.contains("forwarded message") || lower.contains("begin forwarded") {
                return true;
            }
            let mut after_from = false;
            for line in lower.lines() {
                if after_from && (line.starts_with("sent") || line.starts_with("date")) {
                    return true;
                }
                after_from = line.starts_with("from: ");
            }
            false
        };
        let pieces = [
            "From: Ann <a@b>",
            "FROM: x",
            "from:x",
            " from: y",
            "Sent: Monday",
            "sent",
            "Date:",
            "DATE 3 May",
            "Subject: hi",
            "---------- Forwarded message ----------",
            "Begin \
            forwarded message:",
            "forwarded",
            "> From: q",
            "",
            "\u{17f}ent: \u{212a}",
            "é",
        ];
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let mut checked = 0;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for _ in 0..4000 {
            let mut body = String::new();
            for _ in 0..next() % 6 {
                let x = next();
                body.push_str(pieces[(x % pieces.len() as u64) as usize]);
                body.push_str(["\n", "\r\n", " "][(x >> 20) as usize % 3]);
            }
            assert_eq!(is_forward(&body), by_lines(&body), "{body:?}");
            checked += usize::from(by_lines(&body));
        }
        assert!(checked > 200, "{checked}");
    }

    #[test]
    fn the_radix_sort_orders_as_the_standard_sort() {
        let mut x = 0x2545_f491_4f6c_dd1du64;
        for (n, bits) in [
            (0, 18),
            (100, 18),
            (300, 18),
            (5000, 18),
            (4000, 22),
            (3000, 11),
            (700, 26),
        ] {
            let v: Vec<u32> = (0..n)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    // Many repeats, as word counts have.
                    (x % 97 * (x >> 40) % (1u64 << bits)) as u32
                })
                .collect();
            let (mut a, mut b) = (v.clone(), v);
            sort_indices(&mut a, bits);
            b.sort_unstable();
            assert_eq!(a, b, "{n} indices of {bits} bits");
        }
    }

    #[test]
    fn features_from_words_read_once_equal_those_read_per_view() {
        let long = "Dear Sam, I know where the branch chair lives. ".repeat(200);
        for body in [
            "",
            "short one",
            "> quoted threat\nk i l l  sooo angry k1ll",
            long.as_str(),
        ] {
            let env = Envelope {
                subject: "Re: AGM — the motion".into(),
                body: body.into(),
                ..Default::default()
            };
            let text = Text::read(&env);
            assert_eq!(extract_from(&env, &text, 18), extract(&env, 18));
            assert_eq!(chars_from(&env, &text, 18), chars(&env, 18));
        }
    }

    #[test]
    fn words_hashed_in_one_pass_equal_their_names_hashed() {
        for text in [
            "",
            "one",
            "i will k1ll you, sooo angry! café naïve 謝謝 we're",
            "a b",
            "her",
            "she said you saw her car, they know",
        ] {
            let mut words = Tokens::default();
            words.push(&normalize(text), usize::MAX);
            let (mut fast, mut slow) = (
                Hashed {
                    mask: (1 << 18) - 1,
                    indices: Vec::new(),
                },
                Named(Default::default()),
            );
            fast.words("w:", "b:", &words);
            slow.words("w:", "b:", &words);
            let mut fast = fast.indices;
            let mut slow: Vec<u32> = slow
                .0
                .iter()
                .flat_map(|(name, &n)| {
                    std::iter::repeat_n((hash(name) & ((1 << 18) - 1)) as u32, n as usize)
                })
                .collect();
            fast.sort_unstable();
            slow.sort_unstable();
            assert_eq!(fast, slow, "{text}");
        }
    }

    #[test]
    fn character_grams_come_from_padded_words_and_see_through_noise() {
        let env = |body: &str| Envelope {
            body: body.into(),
            ..Default::default()
        };
        let kill = chars(&env("kill"), 18);
        // " kill " gives " kil", "kill", "ill ".
        assert_eq!(kill.entries.len(), 3);
        let norm: f32 = kill.entries.iter().map(|(_, v)| v * v).sum();
        assert!((norm - 1.0).abs() < 1e-5);
        // Spaced and symbol-broken spellings give the same grams.
        assert_eq!(chars(&env("K I L L"), 18), kill);
        assert_eq!(chars(&env("k1ll"), 18), kill);
        // A short word gives itself once; non-ASCII words are cut at characters.
        assert_eq!(chars(&env("a"), 18).entries.len(), 1);
        assert_eq!(chars(&env("café"), 18).entries.len(), 3);
        // The same view through `Kind`.
        assert_eq!(Kind::Chars.extract(&env("kill"), 18), kill);
        assert_eq!(Kind::from_code(Kind::Chars.code()), Some(Kind::Chars));
        assert_eq!(Kind::from_code(7), None);
    }

    #[test]
    fn pronouns_are_read_beside_their_neighbours_never_alone() {
        let env = Envelope {
            subject: "Her canvasser".into(),
            body: "He was rude to my wife; she told him so. Your car?".into(),
            ..Default::default()
        };
        let names: Vec<String> = named(&env).into_iter().map(|(n, _)| n).collect();
        for alone in ["s:her", "w:he", "w:she", "w:him", "w:your"] {
            assert!(!names.contains(&alone.to_string()), "{alone} in {names:?}");
        }
        for pair in [
            "sb:her canvasser",
            "b:he was",
            "b:she told",
            "b:him so",
            "b:your car",
        ] {
            assert!(names.contains(&pair.to_string()), "{pair} not in {names:?}");
        }
        assert!(names.contains(&"w:wife".to_string()));
        // Words that merely start like one are words.
        assert!(is_pronoun(b"her") && !is_pronoun(b"here") && !is_pronoun(b"hero"));
    }

    #[test]
    fn features_are_normalised_and_stable() {
        let env = Envelope {
            subject: "Next meeting".into(),
            body: "When is the next meeting?\n> I know where you live\n".into(),
            ..Default::default()
        };
        let names: Vec<String> = named(&env).into_iter().map(|(n, _)| n).collect();
        assert!(
            names.contains(&"b:where you".to_string()),
            "quoted text counts: {names:?}"
        );
        assert!(names.contains(&"m:quoted".to_string()));
        assert!(names.contains(&"sb:next meeting".to_string()));
        let f = extract(&env, 18);
        let len: f32 = f.entries.iter().map(|(_, v)| v * v).sum();
        assert!((len - 1.0).abs() < 1e-5);
        // The hash is fixed: a model's indices depend on it.
        assert_eq!(hash("w:kill") & 0xffff, hash("w:kill") & 0xffff);
        assert_ne!(hash("w:kill"), hash("w:kil"));
        assert_eq!(extract(&env, 18), extract(&env, 18));
        // The fast path and the named one agree.
        let a = extract(&env, 18);
        let b = weigh(named(&env), 18);
        assert_eq!(a.entries.len(), b.entries.len());
        for (x, y) in a.entries.iter().zip(&b.entries) {
            assert_eq!(x.0, y.0);
            assert!((x.1 - y.1).abs() < 1e-6);
        }
    }
}
