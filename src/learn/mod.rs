//! The learned layer of triage: linear models over hashed words, word pairs, the subject,
//! the sender, telling headers and character n-grams, trained on the labelled corpus
//! (`postbag train`) and shipped inside the binary. It adds bounded, named evidence
//! (`learned-<category>`) to the rules' scores, so a rule can still decide and `--explain`
//! shows which words pulled.
//!
//! The layer is a [`Layers`]: one multinomial model over all categories, and two binary
//! safety heads (threat or not), one over words, one over character n-grams. The safety
//! probability is the geometric mean of the three: a threat written in words the corpus
//! never used still shares pieces of words and phrasing with threats, while mail from far
//! outside the corpus (spam, technical lists) rarely convinces all three at once. A
//! [`Reading`] reads the character head only when asked: triage asks only where its answer
//! could change the outcome (see `triage`).
//!
//! # Layout
//! - [`features`]: what the models see of a message (shared by training and triage).
//! - [`model`]: weights, file format, prediction, the features behind a prediction.
//! - `rows`: a file model's rows read in place, the index that finds them, and the sums over
//!   them (shared by the main model and the word safety head).
//! - [`train`]: fitting (L-BFGS) and out-of-fold predictions.

pub mod features;
pub mod model;
mod rows;
pub mod tokens;
pub mod train;

use crate::mail::Envelope;
use crate::{Error, Result};
pub use features::Features;
pub use model::{Model, Pull};

/// The shipped layers, trained on `corpus/train` (see `corpus/README.md`).
static SHIPPED: &[u8] = include_bytes!("../../model/triage.model");

const BUNDLE_MAGIC: &[u8; 4] = b"PBLB";
const BUNDLE_FORMAT: u32 = 1;

/// The class name of a binary head's negative class.
pub const REST: &str = "rest";

/// A safety head is read only while it can still matter: when the geometric mean, with
/// the heads not yet read taken as certain (p = 1), stays below this, the rest are skipped
/// and that bound is the answer. It is below one point at the default weights and below
/// the evidence that blocks an automatic reply, so skipping changes no outcome.
pub const HEADS_SKIP_BELOW: f32 = 0.02;

/// The combined safety probability: the geometric mean of the main model's `main` and
/// `heads` heads' (`next(i)` gives head i's, read only when needed; see
/// [`HEADS_SKIP_BELOW`]).
pub fn combine(main: f32, heads: usize, mut next: impl FnMut(usize) -> f32) -> f32 {
    let n = (1 + heads) as f64;
    let mut log = f64::from(main.max(1e-9)).ln();
    for i in 0..heads {
        let bound = (log / n).exp();
        if bound < f64::from(HEADS_SKIP_BELOW) {
            return bound as f32;
        }
        log += f64::from(next(i).max(1e-9)).ln();
    }
    (log / n).exp() as f32
}

/// Letters of the subject and body read by [`reads`] (enough to tell the script).
const READS_LETTERS: usize = 4000;

/// Whether the learned layer can read `env`: its models were trained on English mail, so
/// a message whose letters are mostly outside the Latin alphabet (Chinese, Cyrillic, or a
/// charset mail-parser cannot decode, which comes out as stray accented letters and
/// U+FFFD) gives them only noise: single letters and fragments that happen to carry weight.
/// On the SpamAssassin corpus such noise made eight Chinese advertisements "threats". A
/// short text (under 40 letters) is read whatever its script: it decides nothing alone.
/// Rules still apply to every message; triage drafts rather than answers one it cannot read.
pub fn reads(env: &Envelope) -> bool {
    if env.subject.is_ascii() && env.body.is_ascii() {
        return true;
    }
    let (mut letters, mut latin) = (0usize, 0usize);
    for c in env.subject.chars().chain(env.body.chars()) {
        if c.is_alphabetic() || c == char::REPLACEMENT_CHARACTER {
            letters += 1;
            latin += usize::from(c.is_ascii_alphabetic() || is_common_latin(c));
            if letters == READS_LETTERS {
                break;
            }
        }
    }
    letters < 40 || latin * 2 >= letters
}

/// The accented letters of western European languages (Latin-1 Supplement letters):
/// names and words in English mail use them; a misread charset mostly does not stay there.
fn is_common_latin(c: char) -> bool {
    matches!(c, '\u{c0}'..='\u{ff}') && c != '\u{d7}' && c != '\u{f7}'
}

/// The main model and the binary safety heads.
#[derive(Debug, Clone, PartialEq)]
pub struct Layers {
    pub main: Model,
    /// Binary models, classes `[safety, rest]`.
    pub heads: Vec<Model>,
}

impl Layers {
    /// Probabilities of the main model's classes, safety's combined with the heads (the
    /// geometric mean of all), for `env`.
    pub fn probabilities(&self, env: &Envelope) -> Vec<f32> {
        self.reading(env).finish()
    }

    /// `env` read by the main model and the head that shares its rows (one pass over the
    /// words); the other heads wait for [`Reading::finish`].
    pub fn reading<'a>(&'a self, env: &'a Envelope) -> Reading<'a> {
        let text = features::Text::read(env);
        let words = features::extract_from(env, &text, self.main.bits);
        let mut heads = vec![None; self.heads.len()];
        // A head with the main model's rows is read in the same pass (each feature looked
        // up once for both), whether or not `combine` then needs it: the same values.
        let p = match self.heads.iter().position(|h| self.main.shares_rows(h)) {
            Some(h) => {
                let (main, head) = self.main.logits_with(&self.heads[h], &words);
                heads[h] = Some(model::softmax(&head)[0]);
                model::softmax(&main)
            }
            None => self.main.probabilities(&words),
        };
        Reading {
            layers: self,
            env,
            text,
            words,
            safety: self.main.class(crate::intake::SAFETY),
            p,
            heads,
        }
    }

    /// Each head's safety probability for `env` (for explanations).
    pub fn head_probabilities(&self, env: &Envelope) -> Vec<(features::Kind, f32)> {
        self.heads
            .iter()
            .map(|h| (h.kind, h.probabilities(&h.features(env))[0]))
            .collect()
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = BUNDLE_MAGIC.to_vec();
        out.extend_from_slice(&BUNDLE_FORMAT.to_le_bytes());
        out.extend_from_slice(&(1 + self.heads.len() as u32).to_le_bytes());
        for m in std::iter::once(&self.main).chain(&self.heads) {
            let b = m.to_bytes();
            out.extend_from_slice(&(b.len() as u64).to_le_bytes());
            out.extend_from_slice(&b);
        }
        out
    }

    /// Layers from a file's bytes (copied).
    pub fn from_bytes(bytes: &[u8]) -> Result<Layers> {
        Layers::read(bytes, Model::from_bytes)
    }

    /// Layers from bytes that live as long as the program (the ones built into the binary),
    /// read in place.
    pub fn from_static(bytes: &'static [u8]) -> Result<Layers> {
        Layers::read(bytes, Model::from_static)
    }

    fn read<'a>(bytes: &'a [u8], model: impl Fn(&'a [u8]) -> Result<Model>) -> Result<Layers> {
        let bad = |why: &str| Error::Invalid(format!("cannot read the triage model: {why}"));
        let (head, mut rest) = bytes.split_at_checked(12).ok_or_else(|| bad("too short"))?;
        if &head[..4] != BUNDLE_MAGIC {
            return Err(bad("not a postbag model file (run `postbag train` again)"));
        }
        let format = u32::from_le_bytes(head[4..8].try_into().expect("4 bytes"));
        if format != BUNDLE_FORMAT {
            return Err(bad(&format!(
                "bundle format {format}, this postbag reads {BUNDLE_FORMAT}"
            )));
        }
        let n = u32::from_le_bytes(head[8..12].try_into().expect("4 bytes"));
        if !(1..=8).contains(&n) {
            return Err(bad("implausible number of models"));
        }
        let mut models = Vec::new();
        for _ in 0..n {
            let (len, after) = rest.split_at_checked(8).ok_or_else(|| bad("truncated"))?;
            let len = u64::from_le_bytes(len.try_into().expect("8 bytes"));
            let len = usize::try_from(len).map_err(|_| bad("truncated"))?;
            let (m, after) = after
                .split_at_checked(len)
                .ok_or_else(|| bad("truncated"))?;
            models.push(model(m)?);
            rest = after;
        }
        if !rest.is_empty() {
            return Err(bad("trailing bytes"));
        }
        let main = models.remove(0);
        for h in models.iter_mut() {
            if h.classes.len() != 2 || h.classes[0] != crate::intake::SAFETY {
                return Err(bad("a safety head must have the classes [safety, rest]"));
            }
            main.share_rows(h);
        }
        Ok(Layers {
            main,
            heads: models,
        })
    }
}

/// A message read by the main model and the heads read with it: either the whole answer
/// ([`Reading::finish`], what [`Layers::probabilities`] gives) or, where the heads not yet
/// read cannot change what triage does with the message, the answer of the views read
/// ([`Reading::so_far`]), which spares the costliest view (character n-grams) on most mail.
pub struct Reading<'a> {
    layers: &'a Layers,
    env: &'a Envelope,
    text: features::Text,
    words: Features,
    safety: Option<usize>,
    /// The main model's probabilities.
    p: Vec<f32>,
    /// Each head's safety probability, once read.
    heads: Vec<Option<f32>>,
}

impl Reading<'_> {
    /// The probabilities with every head [`combine`] needs read.
    pub fn finish(mut self) -> Vec<f32> {
        let Some(s) = self.safety else {
            return self.p;
        };
        let (layers, env, text, words) = (self.layers, self.env, &self.text, &self.words);
        let heads = &self.heads;
        self.p[s] = combine(self.p[s], layers.heads.len(), |i| {
            heads[i].unwrap_or_else(|| {
                let head = &layers.heads[i];
                let f = if head.kind == layers.main.kind && head.bits == layers.main.bits {
                    head.probabilities(words)
                } else {
                    head.probabilities(&head.kind.extract_from(env, text, head.bits))
                };
                f[0]
            })
        });
        self.p
    }

    /// What [`Reading::finish`] may still give for safety, from 0 to the geometric mean
    /// with every unread head certain, when it would read a head not yet read; `None` when
    /// the views read settle it (then `finish` reads nothing more).
    pub fn pending(&self) -> Option<f32> {
        let s = self.safety?;
        let n = self.layers.heads.len();
        let mut unread = false;
        let settled = combine(self.p[s], n, |i| match self.heads[i] {
            Some(p) => p,
            None => {
                unread = true;
                1.0
            }
        });
        unread.then_some(settled)
    }

    /// The probabilities from the views read so far, safety's the geometric mean of the
    /// main model's and the heads read (never above [`Reading::pending`]'s bound); and the
    /// heads left unread.
    pub fn so_far(&self) -> (Vec<f32>, Vec<usize>) {
        let mut p = self.p.clone();
        if let Some(s) = self.safety {
            let read: Vec<f32> = std::iter::once(p[s])
                .chain(self.heads.iter().flatten().copied())
                .collect();
            let log: f64 = read.iter().map(|&q| f64::from(q.max(1e-9)).ln()).sum();
            p[s] = (log / read.len() as f64).exp() as f32;
        }
        let unread = (0..self.heads.len())
            .filter(|&i| self.heads[i].is_none())
            .collect();
        (p, unread)
    }
}

static MODEL: std::sync::OnceLock<Option<Layers>> = std::sync::OnceLock::new();

/// Makes `layers` the model of this process instead of the built-in one (`eval --model`);
/// false when triage already used the built-in one.
pub fn install(layers: Layers) -> bool {
    MODEL.set(Some(layers)).is_ok()
}

/// The layers built into the binary (or [`install`]ed), read once.
pub fn shipped() -> Option<&'static Layers> {
    MODEL
        .get_or_init(|| match Layers::from_static(SHIPPED) {
            Ok(m) => Some(m),
            Err(e) => {
                tracing::error!("the built-in triage model is unusable: {e}");
                None
            }
        })
        .as_ref()
}

/// Hashed feature space of the shipped models.
pub const BITS: u32 = 18;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_layer_reads_latin_script_and_leaves_other_scripts_to_the_rules() {
        let env = |subject: &str, body: &str| Envelope {
            subject: subject.into(),
            body: body.into(),
            ..Default::default()
        };
        let english = "I know where you live and I will be waiting after the meeting.";
        assert!(reads(&env("Tonight", english)));
        // Non-native English, Welsh and Polish names: accents are still the Latin alphabet.
        let accented = "Dw i'n byw yng Nghaerdydd. Zażółć gęślą jaźń, Łódź, Gdańsk, Kraków: \
                        pani Wiśniewska prosi o odpowiedź w sprawie zebrania w środę.";
        assert!(reads(&env("Cyfarfod", accented)));
        let chinese = "我們的產品是最好的，請立即訂購，價格優惠，數量有限，欲購從速，\
                       詳情請洽客服中心，謝謝您的支持與愛護，祝您有美好的一天。";
        assert!(!reads(&env("優惠", chinese)));
        // A charset that could not be decoded: replacement characters and stray letters.
        let garbled = "\u{fffd}n\u{165}\u{fffd}x\u{fffd}\u{fffd}\u{fffd}\u{6a1}h ".repeat(12);
        assert!(!reads(&env("", &garbled)));
        // A few foreign words in an English letter, or a short line, are read.
        assert!(reads(&env("", &format!("{english} 謝謝 {english}"))));
        assert!(reads(&env("謝謝", "謝謝您的支持")));
    }

    #[test]
    fn heads_are_read_only_while_they_can_matter() {
        let mut read = Vec::new();
        // Sure enough: every head is read; the geometric mean of 0.8, 0.4 and 0.2 is 0.4.
        let p = combine(0.8, 2, |i| {
            read.push(i);
            [0.4, 0.2][i]
        });
        assert!((p - 0.4).abs() < 1e-6, "{p}");
        assert_eq!(read, [0, 1]);
        // Far below: even two certain heads could not lift it over the floor.
        read.clear();
        let p = combine(1e-6, 2, |i| {
            read.push(i);
            1.0
        });
        assert!(read.is_empty());
        assert!(p < HEADS_SKIP_BELOW);
        // The first head settles it: the second is skipped.
        read.clear();
        let p = combine(0.01, 2, |i| {
            read.push(i);
            0.0005
        });
        assert_eq!(read, [0]);
        assert!(p < HEADS_SKIP_BELOW);
        // No heads: the main model's.
        assert_eq!(combine(0.3, 0, |_| unreachable!()), 0.3);
    }

    #[test]
    fn layers_survive_their_file_format_and_bad_bundles_are_refused() {
        let main = Model::new(4, vec!["safety".into(), "other".into()], "m".into());
        let head = Model::new(4, vec!["safety".into(), REST.into()], "h".into())
            .of_kind(features::Kind::Chars);
        let layers = Layers {
            main,
            heads: vec![head],
        };
        let bytes = layers.to_bytes();
        let back = Layers::from_bytes(&bytes).unwrap();
        assert_eq!(back.heads.len(), 1);
        assert_eq!(back.heads[0].kind, features::Kind::Chars);
        assert_eq!(back.to_bytes(), bytes);
        assert!(Layers::from_bytes(&bytes[..bytes.len() - 1]).is_err());
        assert!(Layers::from_bytes(b"PBLM").is_err());
        let mut extra = bytes.clone();
        extra.push(0);
        assert!(Layers::from_bytes(&extra).is_err());
        // A head must be a binary safety model.
        let wrong = Layers {
            main: Model::new(4, vec!["safety".into(), "other".into()], "m".into()),
            heads: vec![Model::new(4, vec!["a".into(), "b".into()], "h".into())],
        };
        assert!(Layers::from_bytes(&wrong.to_bytes()).is_err());
    }

    #[test]
    fn the_shipped_layers_load() {
        let layers = shipped().expect("model/triage.model loads: run `postbag train` again");
        assert!(layers.main.class(crate::intake::SAFETY).is_some());
        assert_eq!(layers.heads.len(), 2);
        // The word-view head is read with the main model, and gives what it gives alone.
        assert!(layers.main.shares_rows(&layers.heads[0]));
        assert!(!layers.main.shares_rows(&layers.heads[1]));
        let env = Envelope {
            subject: "Tonight".into(),
            body: "I know where you live and I will be waiting after the meeting.".into(),
            ..Default::default()
        };
        let words = features::extract(&env, layers.main.bits);
        let (main, head) = layers.main.logits_with(&layers.heads[0], &words);
        assert_eq!(main, layers.main.logits(&words));
        assert_eq!(head, layers.heads[0].logits(&words));
        // Read in place or copied: the same layers.
        assert_eq!(&Layers::from_bytes(SHIPPED).unwrap(), layers);
    }
}
