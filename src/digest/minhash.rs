//! MinHash signatures of message text, for finding campaigns: many near-identical letters.
//!
//! The text is cut into overlapping word 3-grams ("shingles"); the signature keeps, for each
//! of [`SIGNATURE_LEN`] hash functions, the smallest hash over all shingles. Two signatures
//! agree in a position with probability equal to the Jaccard similarity of the two shingle
//! sets, so the share of equal positions estimates it (standard error about 0.06 at 64). The 64 hash
//! functions are universal-hash permutations (multiply, add) of one 64-bit hash per shingle.
//!
//! The signature is computed at intake over the whole text body and stored with the message
//! (256 bytes of numbers, none of the text): the stored 300-character snippet is mostly
//! greeting and personal introduction in a campaign letter, while the common template that
//! makes it a campaign comes after. The hashes are FNV-1a, splitmix64 and multiply-add, written out here,
//! so stored signatures stay comparable across Rust versions and builds.

/// Number of hash functions (values in a signature).
pub const SIGNATURE_LEN: usize = 64;

/// Words per shingle.
const SHINGLE_WORDS: usize = 3;

/// Text beyond this many characters is ignored: the template of a letter is in its start.
const MAX_CHARS: usize = 8_000;

/// The MinHash signature of `text`; empty when the text has no words.
pub fn signature(text: &str) -> Vec<u32> {
    let words = Words::of(text);
    if words.starts.is_empty() {
        return Vec::new();
    }
    let mut sig = [u32::MAX; SIGNATURE_LEN];
    let (mul, add) = permutations();
    let width = SHINGLE_WORDS.min(words.starts.len());
    for first in 0..=words.starts.len() - width {
        // One good hash per shingle, then 64 cheap universal-hash permutations of it
        // (odd multiplier, added constant, top 32 bits): the loop vectorises.
        let base = splitmix64(fnv1a(words.shingle(first, width)));
        for ((slot, m), a) in sig.iter_mut().zip(&mul).zip(&add) {
            let h = (base.wrapping_mul(*m).wrapping_add(*a) >> 32) as u32;
            if h < *slot {
                *slot = h;
            }
        }
    }
    sig.to_vec()
}

/// The multipliers (odd) and addends of the [`SIGNATURE_LEN`] permutations, derived from
/// fixed seeds so signatures stay comparable across builds.
fn permutations() -> ([u64; SIGNATURE_LEN], [u64; SIGNATURE_LEN]) {
    let mut mul = [0u64; SIGNATURE_LEN];
    let mut add = [0u64; SIGNATURE_LEN];
    for i in 0..SIGNATURE_LEN {
        let seed = SEEDS[i % SEEDS.len()].wrapping_mul(i as u64 + 1);
        mul[i] = splitmix64(seed) | 1;
        add[i] = splitmix64(seed ^ 0x5555_5555_5555_5555);
    }
    (mul, add)
}

/// Estimated Jaccard similarity of the texts behind two signatures, 0.0 to 1.0; 0.0 when
/// either is empty or they differ in length (computed with other parameters).
pub fn similarity(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || a.len() != b.len() {
        return 0.0;
    }
    let same = a.iter().zip(b).filter(|(x, y)| x == y).count();
    same as f64 / a.len() as f64
}

/// Lowercased alphanumeric words, skipping quoted lines (`> ...`) of replies: one buffer
/// holding each word followed by a space, and where each word starts (no allocation per
/// word: this runs for every message at intake).
struct Words {
    text: Vec<u8>,
    starts: Vec<usize>,
}

impl Words {
    fn of(text: &str) -> Words {
        let mut out = Words {
            text: Vec::with_capacity(text.len().min(MAX_CHARS) + 64),
            starts: Vec::new(),
        };
        let mut seen = 0;
        for line in text.lines() {
            if line.trim_start().starts_with('>') {
                continue;
            }
            seen += line.len();
            if seen > MAX_CHARS {
                break;
            }
            for word in line
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
            {
                out.starts.push(out.text.len());
                if word.is_ascii() {
                    out.text
                        .extend(word.bytes().map(|b| b.to_ascii_lowercase()));
                } else {
                    // Unicode lowercasing has context rules (a final sigma): the whole word.
                    out.text.extend_from_slice(word.to_lowercase().as_bytes());
                }
                out.text.push(b' ');
            }
        }
        out
    }

    /// The bytes of `width` words from word `first`, each followed by a space.
    fn shingle(&self, first: usize, width: usize) -> &[u8] {
        let end = self
            .starts
            .get(first + width)
            .copied()
            .unwrap_or(self.text.len());
        &self.text[self.starts[first]..end]
    }
}

/// FNV-1a over a shingle's bytes (its words, each followed by a space).
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

fn splitmix64(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

const SEEDS: [u64; 4] = [
    0x243f_6a88_85a3_08d3,
    0x1319_8a2e_0370_7344,
    0xa409_3822_299f_31d0,
    0x082e_fa98_ec4e_6c89,
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain way: a String per word, shingles hashed from the words. The fast path
    /// must give the same signatures (stored signatures stay comparable).
    fn reference_signature(text: &str) -> Vec<u32> {
        let mut words: Vec<String> = Vec::new();
        let mut seen = 0;
        for line in text.lines() {
            if line.trim_start().starts_with('>') {
                continue;
            }
            seen += line.len();
            if seen > MAX_CHARS {
                break;
            }
            words.extend(
                line.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase),
            );
        }
        if words.is_empty() {
            return Vec::new();
        }
        let (mul, add) = permutations();
        let mut sig = vec![u32::MAX; SIGNATURE_LEN];
        for shingle in words.windows(SHINGLE_WORDS.min(words.len())) {
            let mut bytes = Vec::new();
            for w in shingle {
                bytes.extend_from_slice(w.as_bytes());
                bytes.push(b' ');
            }
            let base = splitmix64(fnv1a(&bytes));
            for i in 0..SIGNATURE_LEN {
                let h = (base.wrapping_mul(mul[i]).wrapping_add(add[i]) >> 32) as u32;
                sig[i] = sig[i].min(h);
            }
        }
        sig
    }

    #[test]
    fn the_fast_signature_equals_the_plain_one() {
        let long = "Save the Riverside library! ".repeat(400);
        for text in [
            LETTER,
            "one",
            "two words",
            "",
            "> quoted only\n> more",
            "ΟΔΥΣΣΕΥΣ went home; Grüße aus KÖLN, naïve café\n> not this\nÉTÉ 2026",
            long.as_str(),
        ] {
            assert_eq!(signature(text), reference_signature(text), "{text:.40}");
        }
    }

    const LETTER: &str = "I am writing to urge you to oppose the closure of the Riverside \
        library. The library is a lifeline for children, older residents and people looking \
        for work. Closing it would save very little and cost our community a great deal. \
        Please raise this at the next meeting and ask our councillors to vote against it.";

    #[test]
    fn near_identical_letters_are_similar_and_different_ones_are_not() {
        let a = signature(&format!(
            "Dear Secretary,\n\nMy name is Ann Smith.\n{LETTER}\nAnn"
        ));
        let b = signature(&format!(
            "Hello,\nI live on Mill Lane and have used it for 20 years.\n{LETTER}\nRegards, Bob"
        ));
        let c = signature(
            "Apologies for absence from Thursday's meeting: I am away with work. \
             Please pass my regards to the chair and I will read the minutes.",
        );
        assert_eq!(a.len(), SIGNATURE_LEN);
        assert!(similarity(&a, &b) > 0.6, "{}", similarity(&a, &b));
        assert!(similarity(&a, &c) < 0.1, "{}", similarity(&a, &c));
        assert_eq!(similarity(&a, &a), 1.0);
    }

    #[test]
    fn signatures_are_stable_and_ignore_case_punctuation_and_quotes() {
        assert_eq!(
            signature("Save our library!"),
            signature("save OUR library\n> quoted text\n")
        );
        assert!(signature(" \n-- \n").is_empty());
        assert_eq!(similarity(&[], &[]), 0.0);
        // Stored signatures must not change between builds or versions: pin two values.
        assert_eq!(
            signature("one two three")[..2],
            [3_426_871_973, 2_425_433_086]
        );
    }
}
