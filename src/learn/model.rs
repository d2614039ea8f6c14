//! A multinomial logistic regression over hashed features: the weights, their file format
//! (small and versioned, so a fresh install carries the shipped model inside the binary),
//! and prediction with the features that made it.

use super::features::{self, Features, Kind, FEATURES_VERSION};
use super::rows::{row_idf, row_index, row_weights, sums, Bytes, Index, Sparse, ROW_HEAD};
use crate::mail::Envelope;
use crate::{Error, Result};

const MAGIC: &[u8; 4] = b"PBLM";
const FORMAT: u32 = 3;

/// A trained model: per class a bias and a weight for every hashed feature.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// The feature space has `2^bits` indices.
    pub bits: u32,
    /// Which view of a message it reads.
    pub kind: Kind,
    pub classes: Vec<String>,
    /// What it was trained on, for `--explain` and `postbag train` reports.
    pub about: String,
    bias: Vec<f32>,
    weights: Weights,
    /// Inverse document frequency of every feature seen in training (a word every message
    /// has counts little, a telling one much); `idf_unseen` for the rest.
    idf: std::collections::HashMap<u32, f32>,
    idf_unseen: f32,
}

/// The weights: dense while training; sparse and 16-bit when read from a file, so the
/// shipped model costs little memory, not `2^bits * classes` floats.
#[derive(Debug, Clone, PartialEq)]
enum Weights {
    /// `dense[index * classes + class]`.
    Dense(Vec<f32>),
    Sparse(Sparse),
}

/// One feature's pull towards a class.
#[derive(Debug, Clone, PartialEq)]
pub struct Pull {
    pub feature: String,
    pub weight: f32,
}

impl Model {
    pub fn new(bits: u32, classes: Vec<String>, about: String) -> Model {
        let k = classes.len();
        Model {
            bits,
            kind: Kind::Words,
            bias: vec![0.0; k],
            weights: Weights::Dense(vec![0.0; (1usize << bits) * k]),
            idf: std::collections::HashMap::new(),
            idf_unseen: 1.0,
            classes,
            about,
        }
    }

    /// The same, reading the `kind` view of a message.
    pub fn of_kind(mut self, kind: Kind) -> Model {
        self.kind = kind;
        self
    }

    /// The features of `env` in the view this model reads.
    pub fn features(&self, env: &Envelope) -> Features {
        self.kind.extract(env, self.bits)
    }

    /// Sets the inverse document frequencies (see [`Model::weighted`]).
    pub(super) fn set_idf(&mut self, idf: std::collections::HashMap<u32, f32>, unseen: f32) {
        self.idf = idf;
        self.idf_unseen = unseen;
    }

    /// `f` as the model reads it: each value times its feature's inverse document frequency,
    /// scaled back to length 1.
    pub fn weighted(&self, f: &Features) -> Features {
        let mut entries: Vec<(u32, f32)> = f
            .entries
            .iter()
            .map(|&(i, v)| (i, v * self.idf_of(i)))
            .collect();
        let norm = entries.iter().map(|(_, v)| v * v).sum::<f32>().sqrt();
        if norm > 0.0 {
            entries.iter_mut().for_each(|e| e.1 /= norm);
        }
        Features { entries }
    }

    /// The weights of feature index `i` (one per class) into `out`; false when it has none.
    fn row(&self, i: u32, out: &mut [f32]) -> bool {
        let k = self.classes.len();
        match &self.weights {
            Weights::Dense(d) => {
                out.copy_from_slice(&d[i as usize * k..(i as usize + 1) * k]);
                true
            }
            Weights::Sparse(sp) => match sp.index.row(i) {
                None => false,
                Some(r) => {
                    let q = row_weights(sp.row(k, r));
                    for ((o, w), s) in out.iter_mut().zip(q).zip(&sp.scales) {
                        *o = f32::from(w) * s;
                    }
                    true
                }
            },
        }
    }

    pub fn class(&self, name: &str) -> Option<usize> {
        self.classes.iter().position(|c| c == name)
    }

    pub(super) fn bias_mut(&mut self) -> &mut [f32] {
        &mut self.bias
    }

    /// The dense weights of a model being trained (a model read from a file has none).
    pub(super) fn weights_mut(&mut self) -> &mut [f32] {
        match &mut self.weights {
            Weights::Dense(d) => d,
            Weights::Sparse(_) => panic!("a model read from a file is not trained further"),
        }
    }

    /// The inverse document frequency of feature index `i`.
    fn idf_of(&self, i: u32) -> f32 {
        match &self.weights {
            Weights::Sparse(sp) => match sp.index.row(i) {
                None => self.idf_unseen,
                Some(r) => row_idf(sp.row(self.classes.len(), r)),
            },
            Weights::Dense(_) => self.idf.get(&i).copied().unwrap_or(self.idf_unseen),
        }
    }

    /// The raw score of every class for features as [`features::extract`] gives them:
    /// [`Model::weighted`] and [`Model::logits_weighted`] in one pass over the rows (each
    /// row's IDF and weights are read once, nothing is allocated per feature).
    pub fn logits(&self, f: &Features) -> Vec<f32> {
        let Weights::Sparse(sp) = &self.weights else {
            return self.logits_weighted(&self.weighted(f));
        };
        let (sums, _, norm) = sums(sp, self.classes.len(), None, self.idf_unseen, f);
        self.finish(&sums, norm)
    }

    /// The logits from the sums of `q * x` per class and the squared norm of the features
    /// as weighted.
    fn finish(&self, sums: &[f32], norm: f32) -> Vec<f32> {
        let Weights::Sparse(sp) = &self.weights else {
            unreachable!("only sparse models sum rows")
        };
        let norm = norm.sqrt();
        let inv = if norm > 0.0 { 1.0 / norm } else { 0.0 };
        self.bias
            .iter()
            .zip(sums.iter().zip(&sp.scales))
            .map(|(b, (s, sc))| b + s * sc * inv)
            .collect()
    }

    /// Whether `other` reads the same features of a message with rows at the same indices
    /// and the same IDF (so [`Model::logits_with`] reads it in the same pass).
    pub fn shares_rows(&self, other: &Model) -> bool {
        match (&self.weights, &other.weights) {
            (Weights::Sparse(a), Weights::Sparse(b)) => {
                std::sync::Arc::ptr_eq(&a.index, &b.index) && self.reads_alike(other)
            }
            _ => false,
        }
    }

    /// Whether `other` reads a message as this model does: the same view, feature space
    /// and IDF for features without a row.
    fn reads_alike(&self, other: &Model) -> bool {
        self.kind == other.kind
            && self.bits == other.bits
            && self.idf_unseen.to_bits() == other.idf_unseen.to_bits()
    }

    /// Makes `other` share this model's [`Index`] when their rows have the same indices and
    /// the same IDF (see [`Model::shares_rows`]); whether it does.
    pub(super) fn share_rows(&self, other: &mut Model) -> bool {
        let (k, ko) = (self.classes.len(), other.classes.len());
        let alike = self.reads_alike(other);
        let (Weights::Sparse(a), Weights::Sparse(b)) = (&self.weights, &mut other.weights) else {
            return false;
        };
        let same = alike
            && a.index == b.index
            && a.len(k) == b.len(ko)
            && (0..a.len(k)).all(|r| a.row(k, r)[..ROW_HEAD] == b.row(ko, r)[..ROW_HEAD]);
        if same {
            b.index = a.index.clone();
        }
        same
    }

    /// [`Model::logits`] of this model and of `other`, which [`Model::shares_rows`] with it,
    /// in one pass: each feature is looked up once for both. The same values as two calls.
    pub fn logits_with(&self, other: &Model, f: &Features) -> (Vec<f32>, Vec<f32>) {
        let (Weights::Sparse(a), Weights::Sparse(b)) = (&self.weights, &other.weights) else {
            return (self.logits(f), other.logits(f));
        };
        if !self.shares_rows(other) {
            return (self.logits(f), other.logits(f));
        }
        let (k, ko) = (self.classes.len(), other.classes.len());
        let (sums, other_sums, norm) = sums(a, k, Some((b, ko)), self.idf_unseen, f);
        (self.finish(&sums, norm), other.finish(&other_sums, norm))
    }

    /// Whether feature index `i` was seen in training (has a document frequency).
    fn seen(&self, i: u32) -> bool {
        match &self.weights {
            Weights::Sparse(sp) => sp.index.row(i).is_some(),
            Weights::Dense(_) => self.idf.contains_key(&i),
        }
    }

    /// The raw score of every class for features already [`Model::weighted`].
    pub(super) fn logits_weighted(&self, f: &Features) -> Vec<f32> {
        let k = self.classes.len();
        let mut out = self.bias.clone();
        let mut row = vec![0f32; k];
        for &(i, v) in &f.entries {
            if self.row(i, &mut row) {
                for (o, w) in out.iter_mut().zip(&row) {
                    *o += w * v;
                }
            }
        }
        out
    }

    /// Class probabilities (softmax of the logits).
    pub fn probabilities(&self, f: &Features) -> Vec<f32> {
        softmax(&self.logits(f))
    }

    /// The features of `env` that pull hardest towards `class` against the others
    /// (weight for the class minus the mean of the rest, times the feature's value).
    pub fn pulls(&self, env: &Envelope, class: usize, n: usize) -> Vec<Pull> {
        if self.kind != Kind::Words {
            return Vec::new();
        }
        let k = self.classes.len();
        let named = features::named(env);
        let weighted = self.weighted(&features::weigh(named.clone(), self.bits));
        let value = |i: u32| {
            weighted
                .entries
                .binary_search_by_key(&i, |e| e.0)
                .map_or(0.0, |p| weighted.entries[p].1)
        };
        let mask = (1u64 << self.bits) - 1;
        let mut row = vec![0f32; k];
        let mut pulls: Vec<Pull> = named
            .into_iter()
            .map(|(name, _)| {
                let i = (features::hash(&name) & mask) as u32;
                if !self.row(i, &mut row) {
                    row.iter_mut().for_each(|w| *w = 0.0);
                }
                let others = (row.iter().sum::<f32>() - row[class]) / (k as f32 - 1.0).max(1.0);
                Pull {
                    feature: name,
                    weight: (row[class] - others) * value(i),
                }
            })
            .filter(|p| p.weight > 0.0)
            .collect();
        pulls.sort_by(|a, b| b.weight.total_cmp(&a.weight));
        pulls.truncate(n);
        pulls
    }

    /// The model as bytes: a header, then only the features with a weight, each class's
    /// weights as 16-bit integers with a per-class scale.
    pub fn to_bytes(&self) -> Vec<u8> {
        let k = self.classes.len();
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        for v in [
            FORMAT,
            FEATURES_VERSION,
            self.bits,
            self.kind.code(),
            k as u32,
        ] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        for c in &self.classes {
            out.extend_from_slice(&(c.len() as u32).to_le_bytes());
            out.extend_from_slice(c.as_bytes());
        }
        out.extend_from_slice(&(self.about.len() as u32).to_le_bytes());
        out.extend_from_slice(self.about.as_bytes());
        for b in &self.bias {
            out.extend_from_slice(&b.to_le_bytes());
        }
        out.extend_from_slice(&self.idf_unseen.to_le_bytes());
        // Every feature seen in training (its document frequency matters even where its
        // weights are tiny), and any other with weights.
        let mut rows: Vec<(u32, Vec<f32>)> = Vec::new();
        let mut row = vec![0f32; k];
        let indices: Box<dyn Iterator<Item = u32>> = match &self.weights {
            Weights::Dense(_) => Box::new(0..1u32 << self.bits),
            Weights::Sparse(sp) => Box::new((0..sp.len(k)).map(|r| row_index(sp.row(k, r)))),
        };
        for i in indices {
            let has = self.row(i, &mut row) && row.iter().any(|w| *w != 0.0);
            if has || self.seen(i) {
                if !has {
                    row.iter_mut().for_each(|w| *w = 0.0);
                }
                rows.push((i, row.clone()));
            }
        }
        let scales: Vec<f32> = (0..k)
            .map(|c| {
                let max = rows.iter().fold(0f32, |m, (_, r)| m.max(r[c].abs()));
                if max > 0.0 {
                    max / i16::MAX as f32
                } else {
                    1.0
                }
            })
            .collect();
        for s in &scales {
            out.extend_from_slice(&s.to_le_bytes());
        }
        let quantized: Vec<(u32, Vec<i16>)> = rows
            .into_iter()
            .map(|(i, r)| {
                let q = r.iter().zip(&scales).map(|(w, s)| (w / s).round() as i16);
                (i, q.collect())
            })
            .filter(|(i, q): &(u32, Vec<i16>)| q.iter().any(|&v| v != 0) || self.seen(*i))
            .collect();
        out.extend_from_slice(&(quantized.len() as u32).to_le_bytes());
        for (i, q) in quantized {
            out.extend_from_slice(&i.to_le_bytes());
            out.extend_from_slice(&self.idf_of(i).to_le_bytes());
            for v in q {
                out.extend_from_slice(&v.to_le_bytes());
            }
        }
        out
    }

    /// A model from a file's bytes (its rows copied).
    pub fn from_bytes(bytes: &[u8]) -> Result<Model> {
        Model::read(bytes, |rows| Bytes::Owned(rows.to_vec()))
    }

    /// A model from bytes that live as long as the program (the one built into the
    /// binary): its rows are read in place, not copied.
    pub fn from_static(bytes: &'static [u8]) -> Result<Model> {
        Model::read(bytes, Bytes::Static)
    }

    fn read<'a>(bytes: &'a [u8], keep: impl FnOnce(&'a [u8]) -> Bytes) -> Result<Model> {
        let bad = |why: &str| Error::Invalid(format!("cannot read the triage model: {why}"));
        let mut r = Reader { bytes, at: 0 };
        if r.take(4).ok_or_else(|| bad("too short"))? != MAGIC {
            return Err(bad("not a postbag model file"));
        }
        let format = r.u32().ok_or_else(|| bad("too short"))?;
        if format != FORMAT {
            return Err(bad(&format!(
                "format {format}, this postbag reads {FORMAT}"
            )));
        }
        let version = r.u32().ok_or_else(|| bad("too short"))?;
        if version != FEATURES_VERSION {
            return Err(bad(&format!(
                "trained on features version {version}, this postbag extracts version \
                 {FEATURES_VERSION}: run `postbag train` again"
            )));
        }
        let bits = r.u32().ok_or_else(|| bad("too short"))?;
        let kind = r
            .u32()
            .and_then(Kind::from_code)
            .ok_or_else(|| bad("unknown kind of features"))?;
        let k = r.u32().ok_or_else(|| bad("too short"))? as usize;
        if !(1..=24).contains(&bits) || !(2..=64).contains(&k) {
            return Err(bad("implausible size"));
        }
        let mut classes = Vec::with_capacity(k);
        for _ in 0..k {
            classes.push(r.string().ok_or_else(|| bad("truncated class names"))?);
        }
        let about = r.string().ok_or_else(|| bad("truncated description"))?;
        let mut model = Model::new(bits, classes, about).of_kind(kind);
        for b in model.bias.iter_mut() {
            *b = r.f32().ok_or_else(|| bad("truncated biases"))?;
        }
        model.idf_unseen = r.f32().ok_or_else(|| bad("truncated"))?;
        let scales: Vec<f32> = (0..k)
            .map(|_| r.f32())
            .collect::<Option<_>>()
            .ok_or_else(|| bad("truncated scales"))?;
        let n = r.u32().ok_or_else(|| bad("truncated"))? as usize;
        if n > 1 << bits {
            return Err(bad("more features than the feature space holds"));
        }
        let rows = r
            .take(n * (ROW_HEAD + 2 * k))
            .ok_or_else(|| bad("truncated weights"))?;
        if r.at != bytes.len() {
            return Err(bad("trailing bytes"));
        }
        let indices = rows.chunks_exact(ROW_HEAD + 2 * k).map(row_index);
        let mut last = None;
        for i in indices.clone() {
            if i >= 1 << bits || last.is_some_and(|last| last >= i) {
                return Err(bad("feature indices out of range or out of order"));
            }
            last = Some(i);
        }
        model.weights = Weights::Sparse(Sparse {
            index: std::sync::Arc::new(Index::new(bits, indices)),
            rows: keep(rows),
            scales,
        });
        Ok(model)
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn f32(&mut self) -> Option<f32> {
        Some(f32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn string(&mut self) -> Option<String> {
        let n = self.u32()? as usize;
        if n > 4096 {
            return None;
        }
        String::from_utf8(self.take(n)?.to_vec()).ok()
    }
}

pub fn softmax(logits: &[f32]) -> Vec<f32> {
    let max = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let exps: Vec<f32> = logits.iter().map(|l| (l - max).exp()).collect();
    let sum: f32 = exps.iter().sum();
    exps.iter().map(|e| e / sum).collect()
}

#[cfg(test)]
mod tests {
    use super::super::rows::sums_any;
    use super::*;

    #[test]
    fn a_model_survives_its_file_format_and_bad_files_are_refused() {
        let mut m = Model::new(4, vec!["a".into(), "b".into()], "test".into());
        m.bias_mut().copy_from_slice(&[0.5, -0.5]);
        m.weights_mut()[3 * 2] = 1.25;
        m.weights_mut()[3 * 2 + 1] = -2.0;
        m.weights_mut()[7 * 2 + 1] = 0.001;
        let bytes = m.to_bytes();
        let back = Model::from_bytes(&bytes).unwrap();
        assert_eq!(back.classes, m.classes);
        assert_eq!(back.bias, m.bias);
        let (mut a, mut b) = (vec![0f32; 2], vec![0f32; 2]);
        for i in 0..16u32 {
            assert!(m.row(i, &mut a));
            if !back.row(i, &mut b) {
                b = vec![0.0; 2];
            }
            for (x, y) in a.iter().zip(&b) {
                assert!((x - y).abs() < 1e-4, "{i}: {x} {y}");
            }
        }
        // Written again from the file's form: the same bytes.
        assert_eq!(back.to_bytes(), bytes);
        // Read in place: the same model.
        let in_place = Model::from_static(Box::leak(bytes.clone().into_boxed_slice())).unwrap();
        assert_eq!(in_place, back);
        assert_eq!(in_place.to_bytes(), bytes);
        assert!(Model::from_bytes(&bytes[..bytes.len() - 1]).is_err());
        assert!(Model::from_bytes(b"PBLMxxxx").is_err());
        assert!(Model::from_bytes(b"").is_err());
        let mut wrong_version = bytes.clone();
        wrong_version[8] = 99;
        let e = Model::from_bytes(&wrong_version).unwrap_err().to_string();
        assert!(e.contains("postbag train"), "{e}");
    }

    #[test]
    fn sums_for_a_fixed_number_of_classes_equal_those_for_any() {
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let mut model = |k: usize| {
            let mut m = Model::new(10, (0..k).map(|c| c.to_string()).collect(), String::new());
            for w in m.weights_mut().iter_mut() {
                if next() % 3 == 0 {
                    *w = (next() % 2001) as f32 / 1000.0 - 1.0;
                }
            }
            let idf = (0..1u32 << 10)
                .filter(|_| next() % 2 == 0)
                .map(|i| (i, 1.0 + (i % 7) as f32 / 3.0))
                .collect();
            m.set_idf(idf, 7.5);
            Model::from_bytes(&m.to_bytes()).unwrap()
        };
        let (eight, two, thirteen) = (model(8), model(2), model(13));
        let sparse = |m: &Model| match &m.weights {
            Weights::Sparse(s) => s.clone(),
            Weights::Dense(_) => unreachable!(),
        };
        // The pair reads `two` at `eight`'s rows: give it the same index.
        let (a, mut b, c) = (sparse(&eight), sparse(&two), sparse(&thirteen));
        b.rows = Bytes::Owned(b.rows.iter().copied().cycle().take(a.len(8) * 12).collect());
        b.index = a.index.clone();
        let f = Features {
            entries: (0..1u32 << 10)
                .step_by(3)
                .map(|i| (i, (i % 11) as f32 / 10.0))
                .collect(),
        };
        let bits = |(s, o, n): (Vec<f32>, Vec<f32>, f32)| {
            let all = s.iter().chain(&o).map(|v| v.to_bits()).collect::<Vec<_>>();
            (all, n.to_bits())
        };
        for (m, k) in [(&a, 8), (&b, 2), (&c, 13)] {
            assert_eq!(
                bits(sums(m, k, None, 7.5, &f)),
                bits(sums_any(m, k, None, 7.5, &f))
            );
        }
        assert_eq!(
            bits(sums(&a, 8, Some((&b, 2)), 7.5, &f)),
            bits(sums_any(&a, 8, Some((&b, 2)), 7.5, &f))
        );
    }

    #[test]
    fn probabilities_sum_to_one() {
        let p = softmax(&[1.0, 2.0, 3.0]);
        assert!((p.iter().sum::<f32>() - 1.0).abs() < 1e-6);
        assert!(p[2] > p[1] && p[1] > p[0]);
    }
}
