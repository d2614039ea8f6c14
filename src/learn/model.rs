//! A multinomial logistic regression over hashed features: the weights, their file format
//! (small and versioned, so a fresh install carries the shipped model inside the binary),
//! and prediction with the features that made it.

use super::features::{self, Features, FEATURES_VERSION};
use crate::mail::Envelope;
use crate::{Error, Result};

const MAGIC: &[u8; 4] = b"PBLM";
const FORMAT: u32 = 1;

/// A trained model: per class a bias and a weight for every hashed feature.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// The feature space has `2^bits` indices.
    pub bits: u32,
    pub classes: Vec<String>,
    /// What it was trained on, for `--explain` and `postbag train` reports.
    pub about: String,
    bias: Vec<f32>,
    /// `weights[index * classes + class]`; dense in memory, sparse on disk.
    weights: Vec<f32>,
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
            bias: vec![0.0; k],
            weights: vec![0.0; (1usize << bits) * k],
            classes,
            about,
        }
    }

    pub fn class(&self, name: &str) -> Option<usize> {
        self.classes.iter().position(|c| c == name)
    }

    pub(super) fn bias_mut(&mut self) -> &mut [f32] {
        &mut self.bias
    }

    pub(super) fn weights_mut(&mut self) -> &mut [f32] {
        &mut self.weights
    }

    /// The raw score of every class.
    pub fn logits(&self, f: &Features) -> Vec<f32> {
        let k = self.classes.len();
        let mut out = self.bias.clone();
        for &(i, v) in &f.entries {
            let row = &self.weights[i as usize * k..(i as usize + 1) * k];
            for (o, w) in out.iter_mut().zip(row) {
                *o += w * v;
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
        let k = self.classes.len();
        let named = features::named(env);
        let weighted = features::weigh(named.clone(), self.bits);
        let value = |i: u32| {
            weighted
                .entries
                .binary_search_by_key(&i, |e| e.0)
                .map_or(0.0, |p| weighted.entries[p].1)
        };
        let mask = (1u64 << self.bits) - 1;
        let mut pulls: Vec<Pull> = named
            .into_iter()
            .map(|(name, _)| {
                let i = (features::hash(&name) & mask) as u32;
                let row = &self.weights[i as usize * k..(i as usize + 1) * k];
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
        for v in [FORMAT, FEATURES_VERSION, self.bits, k as u32] {
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
        let scales: Vec<f32> = (0..k)
            .map(|c| {
                let max = self
                    .weights
                    .iter()
                    .skip(c)
                    .step_by(k)
                    .fold(0f32, |m, w| m.max(w.abs()));
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
        let rows: Vec<usize> = (0..1usize << self.bits)
            .filter(|&i| {
                self.weights[i * k..(i + 1) * k]
                    .iter()
                    .zip(&scales)
                    .any(|(w, s)| (w / s).round() != 0.0)
            })
            .collect();
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        for i in rows {
            out.extend_from_slice(&(i as u32).to_le_bytes());
            for (w, s) in self.weights[i * k..(i + 1) * k].iter().zip(&scales) {
                out.extend_from_slice(&((w / s).round() as i16).to_le_bytes());
            }
        }
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Model> {
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
        let k = r.u32().ok_or_else(|| bad("too short"))? as usize;
        if !(1..=24).contains(&bits) || !(2..=64).contains(&k) {
            return Err(bad("implausible size"));
        }
        let mut classes = Vec::with_capacity(k);
        for _ in 0..k {
            classes.push(r.string().ok_or_else(|| bad("truncated class names"))?);
        }
        let about = r.string().ok_or_else(|| bad("truncated description"))?;
        let mut model = Model::new(bits, classes, about);
        for b in model.bias.iter_mut() {
            *b = r.f32().ok_or_else(|| bad("truncated biases"))?;
        }
        let scales: Vec<f32> = (0..k)
            .map(|_| r.f32())
            .collect::<Option<_>>()
            .ok_or_else(|| bad("truncated scales"))?;
        let rows = r.u32().ok_or_else(|| bad("truncated"))?;
        for _ in 0..rows {
            let i = r.u32().ok_or_else(|| bad("truncated weights"))? as usize;
            if i >= 1 << bits {
                return Err(bad("a feature index out of range"));
            }
            for (c, s) in scales.iter().enumerate() {
                let q = r.i16().ok_or_else(|| bad("truncated weights"))?;
                model.weights[i * k + c] = f32::from(q) * s;
            }
        }
        if r.at != bytes.len() {
            return Err(bad("trailing bytes"));
        }
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
    fn i16(&mut self) -> Option<i16> {
        Some(i16::from_le_bytes(self.take(2)?.try_into().ok()?))
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
        for (a, b) in back.weights.iter().zip(&m.weights) {
            assert!((a - b).abs() < 1e-4, "{a} {b}");
        }
        assert!(Model::from_bytes(&bytes[..bytes.len() - 1]).is_err());
        assert!(Model::from_bytes(b"PBLMxxxx").is_err());
        assert!(Model::from_bytes(b"").is_err());
        let mut wrong_version = bytes.clone();
        wrong_version[8] = 99;
        let e = Model::from_bytes(&wrong_version).unwrap_err().to_string();
        assert!(e.contains("postbag train"), "{e}");
    }

    #[test]
    fn probabilities_sum_to_one() {
        let p = softmax(&[1.0, 2.0, 3.0]);
        assert!((p.iter().sum::<f32>() - 1.0).abs() < 1e-6);
        assert!(p[2] > p[1] && p[1] > p[0]);
    }
}
