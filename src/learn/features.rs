//! What the learned layer sees of a message: hashed, weighted features of its words, word
//! pairs, subject, sender and headers. The same function serves training and triage, so
//! the two can never disagree; changing it means retraining (`FEATURES_VERSION`).
//!
//! Text is normalised against the noise hostile and hurried mail is written in: lowercase,
//! typographic quotes, letters spaced or dotted apart (`k i l l`), digits and symbols for
//! letters inside words (`k1ll`, `d3ad`, `k!ll`), letters held down (`sooo`); quoted reply
//! markers are dropped (a threat in a quote still counts).

use crate::mail::Envelope;

/// Bumped whenever extraction changes: a model records the version it was trained with.
pub const FEATURES_VERSION: u32 = 1;

/// Words of the body looked at (the start of a long message).
const MAX_TOKENS: usize = 3000;

/// A message as the model sees it: sparse (index, weight) pairs, L2-normalised.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Features {
    pub entries: Vec<(u32, f32)>,
}

/// FNV-1a, 64 bits: a stable hash (the model's indices depend on it).
pub fn hash(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Lowercase, plain quotes, and letters spaced or dotted apart joined up.
pub fn normalize(text: &str) -> String {
    let lower: String = text
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{02bc}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect();
    join_spaced_letters(&lower)
}

/// `k i l l`, `k.i.l.l`, `k-i-l-l` (three or more single letters) become `kill`.
fn join_spaced_letters(s: &str) -> String {
    static SPACED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = SPACED.get_or_init(|| {
        regex::Regex::new(r"(?-u:\b)(?:[a-z][ .*_\-]){2,}[a-z](?-u:\b)").expect("pattern")
    });
    re.replace_all(s, |c: &regex::Captures| {
        c[0].chars()
            .filter(char::is_ascii_lowercase)
            .collect::<String>()
    })
    .into_owned()
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
    let mut out = Vec::new();
    let is_part = |c: char| c.is_alphanumeric() || matches!(c, '\'' | '@' | '$' | '!' | '|');
    for raw in text.split(|c: char| !is_part(c)) {
        // Symbols stand in for letters only inside a word: "angry!!!" is "angry".
        let raw = raw.trim_matches(|c: char| matches!(c, '@' | '$' | '!' | '|'));
        if raw.is_empty() {
            continue;
        }
        // A digit or symbol between two letters stands for a letter (k1ll, d3ad, k!ll);
        // "10am", "2nd", "4b" stay as they are.
        let chars: Vec<char> = raw.chars().collect();
        let mixed = chars
            .windows(3)
            .any(|w| w[0].is_alphabetic() && leet(w[1]).is_some() && w[2].is_alphabetic());
        let mut tok = String::with_capacity(raw.len());
        for c in raw.chars() {
            let c = if mixed { leet(c).unwrap_or(c) } else { c };
            if c.is_alphanumeric() || c == '\'' {
                tok.push(c);
            }
        }
        let tok = tok.trim_matches('\'');
        if tok.is_empty() {
            continue;
        }
        out.push(squeeze(tok));
    }
    out
}

/// Three or more of the same character become two (`soooo` -> `soo`).
fn squeeze(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let (mut prev, mut run) = ('\0', 0);
    for c in s.chars() {
        if c == prev {
            run += 1;
        } else {
            prev = c;
            run = 1;
        }
        if run <= 2 {
            out.push(c);
        }
    }
    out
}

/// The body without quote markers (`> `, `>> `) at the start of lines.
fn unquote(body: &str) -> String {
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
    out
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

/// The named features of a message with their raw counts (before weighting), in a stable
/// order: for explanations and for [`extract`].
pub fn named(env: &Envelope) -> Vec<(String, f32)> {
    let mut counts: std::collections::BTreeMap<String, f32> = std::collections::BTreeMap::new();
    let mut add = |k: String, v: f32| *counts.entry(k).or_insert(0.0) += v;
    let subject = tokens(&normalize(&env.subject));
    let mut body = tokens(&normalize(&unquote(&env.body)));
    body.truncate(MAX_TOKENS);
    for w in &subject {
        add(format!("s:{w}"), 1.0);
    }
    for w in &body {
        add(format!("w:{w}"), 1.0);
    }
    for p in body.windows(2) {
        add(format!("b:{} {}", p[0], p[1]), 1.0);
    }
    for p in subject.windows(2) {
        add(format!("sb:{} {}", p[0], p[1]), 1.0);
    }
    if let Some(from) = env.sender() {
        let email = from.email.to_ascii_lowercase();
        if let Some((local, domain)) = email.rsplit_once('@') {
            for part in
                local.split(|c: char| matches!(c, '.' | '_' | '-' | '+') || c.is_ascii_digit())
            {
                if !part.is_empty() {
                    add(format!("fl:{part}"), 1.0);
                }
            }
            add(format!("fd:{domain}"), 1.0);
        }
    }
    for h in PRESENCE {
        if env.header(h).is_some() {
            add(format!("h:{h}"), 1.0);
        }
    }
    if let Some(p) = env.header("precedence") {
        add(format!("hp:{}", p.trim().to_ascii_lowercase()), 1.0);
    }
    let n = body.len() as f64;
    add(format!("len:{}", ((n + 1.0).log2() as u32).min(12)), 1.0);
    if env.body.lines().any(|l| l.trim_start().starts_with('>')) {
        add("m:quoted".into(), 1.0);
    }
    if is_forward(&env.body) {
        add("m:forward".into(), 1.0);
    }
    counts.into_iter().collect()
}

fn is_forward(body: &str) -> bool {
    let lower = body.to_ascii_lowercase();
    if lower.contains("forwarded message") || lower.contains("begin forwarded") {
        return true;
    }
    // An Outlook-style header block: "From: ..." followed by "Sent:" or "Date:".
    let lines: Vec<&str> = lower.lines().collect();
    lines.windows(2).any(|w| {
        w[0].starts_with("from: ") && (w[1].starts_with("sent") || w[1].starts_with("date"))
    })
}

/// The hashed, weighted features of a message in a space of `2^bits` indices: each count
/// c becomes ln(1 + c), then the vector is scaled to length 1.
pub fn extract(env: &Envelope, bits: u32) -> Features {
    weigh(named(env), bits)
}

/// Hashes and weighs named counts (see [`extract`]).
pub fn weigh(named: Vec<(String, f32)>, bits: u32) -> Features {
    let mask = (1u64 << bits) - 1;
    let mut merged: std::collections::BTreeMap<u32, f32> = std::collections::BTreeMap::new();
    for (name, count) in named {
        *merged.entry((hash(&name) & mask) as u32).or_insert(0.0) += count.ln_1p();
    }
    let norm = merged.values().map(|v| v * v).sum::<f32>().sqrt();
    let scale = if norm > 0.0 { 1.0 / norm } else { 0.0 };
    Features {
        entries: merged.into_iter().map(|(i, v)| (i, v * scale)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        // FNV-1a of the empty string and of "a" (the published test vectors).
        assert_eq!(hash(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(hash("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(extract(&env, 18), extract(&env, 18));
    }
}
