//! Fitting the model: multinomial logistic regression with L2 regularisation, classes
//! weighted to count equally, solved exactly by L-BFGS (deterministic: the same corpus
//! gives the same model byte for byte). Also out-of-fold predictions for honest figures on
//! the training set itself.

use super::features::Features;
use super::model::{softmax, Model};

/// One labelled message.
#[derive(Debug, Clone)]
pub struct Sample {
    pub features: Features,
    pub class: usize,
}

/// How hard to fit.
#[derive(Debug, Clone, Copy)]
pub struct TrainOptions {
    /// Inverse regularisation strength (as scikit-learn's `C`): larger fits the corpus
    /// more closely.
    pub c: f64,
    pub max_iterations: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            c: 10.0,
            max_iterations: 400,
        }
    }
}

/// The problem in a compact space: only the feature indices the samples use.
struct Problem<'a> {
    samples: &'a [Sample],
    /// For each sample: (compact index, value).
    rows: Vec<Vec<(usize, f64)>>,
    weights: Vec<f64>,
    k: usize,
    m: usize,
    c: f64,
}

impl Problem<'_> {
    /// The objective and its gradient at `x` (m*k weights, then k biases).
    fn eval(&self, x: &[f64], grad: &mut [f64]) -> f64 {
        let (k, m) = (self.k, self.m);
        grad.iter_mut().for_each(|g| *g = 0.0);
        let mut loss = 0.0;
        let mut logits = vec![0.0f64; k];
        for ((row, s), w) in self.rows.iter().zip(self.samples).zip(&self.weights) {
            logits.copy_from_slice(&x[m * k..]);
            for &(j, v) in row {
                for c in 0..k {
                    logits[c] += x[j * k + c] * v;
                }
            }
            let max = logits.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let sum: f64 = logits.iter().map(|l| (l - max).exp()).sum();
            let log_z = max + sum.ln();
            loss += w * (log_z - logits[s.class]);
            for c in 0..k {
                let p = (logits[c] - log_z).exp();
                let d = self.c * w * (p - f64::from(u8::from(c == s.class)));
                grad[m * k + c] += d;
                for &(j, v) in row {
                    grad[j * k + c] += d * v;
                }
            }
        }
        let mut reg = 0.0;
        for i in 0..m * k {
            reg += x[i] * x[i];
            grad[i] += x[i];
        }
        self.c * loss + 0.5 * reg
    }
}

/// Fits a model to `samples` (classes named by `classes`, indices into it).
pub fn train(
    samples: &[Sample],
    classes: Vec<String>,
    bits: u32,
    opts: &TrainOptions,
    about: String,
) -> Model {
    let k = classes.len();
    // Inverse document frequency, smoothed as scikit-learn's: ln((1 + n) / (1 + df)) + 1.
    let mut df: std::collections::HashMap<u32, f32> = std::collections::HashMap::new();
    for s in samples {
        for &(i, _) in &s.features.entries {
            *df.entry(i).or_insert(0.0) += 1.0;
        }
    }
    let n1 = samples.len() as f32 + 1.0;
    let idf: std::collections::HashMap<u32, f32> = df
        .into_iter()
        .map(|(i, d)| (i, (n1 / (1.0 + d)).ln() + 1.0))
        .collect();
    let unseen = n1.ln() + 1.0;
    let mut weighing = Model::new(1, classes.clone(), String::new());
    weighing.set_idf(idf.clone(), unseen);
    let weighted: Vec<Sample> = samples
        .iter()
        .map(|s| Sample {
            features: weighing.weighted(&s.features),
            class: s.class,
        })
        .collect();
    let samples = &weighted[..];
    let mut compact: std::collections::BTreeMap<u32, usize> = std::collections::BTreeMap::new();
    for s in samples {
        for &(i, _) in &s.features.entries {
            let next = compact.len();
            compact.entry(i).or_insert(next);
        }
    }
    let m = compact.len();
    let mut per_class = vec![0usize; k];
    for s in samples {
        per_class[s.class] += 1;
    }
    let n = samples.len() as f64;
    let present = per_class.iter().filter(|&&c| c > 0).count().max(1) as f64;
    let problem = Problem {
        samples,
        rows: samples
            .iter()
            .map(|s| {
                s.features
                    .entries
                    .iter()
                    .map(|&(i, v)| (compact[&i], f64::from(v)))
                    .collect()
            })
            .collect(),
        weights: samples
            .iter()
            .map(|s| n / (present * per_class[s.class] as f64))
            .collect(),
        k,
        m,
        c: opts.c,
    };
    let x = lbfgs(&problem, m * k + k, opts.max_iterations);
    let mut model = Model::new(bits, classes, about);
    model.set_idf(idf, unseen);
    for (c, b) in model.bias_mut().iter_mut().enumerate() {
        *b = x[m * k + c] as f32;
    }
    let weights = model.weights_mut();
    for (&i, &j) in &compact {
        for c in 0..k {
            weights[i as usize * k + c] = x[j * k + c] as f32;
        }
    }
    model
}

/// Limited-memory BFGS with a backtracking (Armijo) line search, from zero.
fn lbfgs(p: &Problem, dim: usize, max_iterations: usize) -> Vec<f64> {
    const HISTORY: usize = 7;
    let dot = |a: &[f64], b: &[f64]| a.iter().zip(b).map(|(x, y)| x * y).sum::<f64>();
    let mut x = vec![0.0; dim];
    let mut g = vec![0.0; dim];
    let mut f = p.eval(&x, &mut g);
    let mut history: std::collections::VecDeque<(Vec<f64>, Vec<f64>, f64)> =
        std::collections::VecDeque::new();
    let mut x_new = vec![0.0; dim];
    let mut g_new = vec![0.0; dim];
    for iteration in 0..max_iterations {
        // Two-loop recursion: d = -H g.
        let mut d: Vec<f64> = g.iter().map(|v| -v).collect();
        let mut alphas = Vec::with_capacity(history.len());
        for (s, y, rho) in history.iter().rev() {
            let a = rho * dot(s, &d);
            for (di, yi) in d.iter_mut().zip(y) {
                *di -= a * yi;
            }
            alphas.push(a);
        }
        if let Some((s, y, _)) = history.back() {
            let gamma = dot(s, y) / dot(y, y);
            d.iter_mut().for_each(|v| *v *= gamma);
        }
        for ((s, y, rho), a) in history.iter().zip(alphas.iter().rev()) {
            let b = rho * dot(y, &d);
            for (di, si) in d.iter_mut().zip(s) {
                *di += (a - b) * si;
            }
        }
        let mut slope = dot(&g, &d);
        if slope >= 0.0 {
            // Not a descent direction (numerical trouble): steepest descent.
            d = g.iter().map(|v| -v).collect();
            slope = dot(&g, &d);
            history.clear();
        }
        let mut step = if iteration == 0 {
            1.0 / dot(&g, &g).sqrt().max(1e-12)
        } else {
            1.0
        };
        let mut f_new;
        loop {
            for ((xn, xi), di) in x_new.iter_mut().zip(&x).zip(&d) {
                *xn = xi + step * di;
            }
            f_new = p.eval(&x_new, &mut g_new);
            if f_new <= f + 1e-4 * step * slope || step < 1e-12 {
                break;
            }
            step *= 0.5;
        }
        let s: Vec<f64> = x_new.iter().zip(&x).map(|(a, b)| a - b).collect();
        let y: Vec<f64> = g_new.iter().zip(&g).map(|(a, b)| a - b).collect();
        let sy = dot(&s, &y);
        if sy > 1e-12 {
            if history.len() == HISTORY {
                history.pop_front();
            }
            history.push_back((s, y, 1.0 / sy));
        }
        let done = (f - f_new).abs() <= 1e-9 * f.abs().max(1.0);
        std::mem::swap(&mut x, &mut x_new);
        std::mem::swap(&mut g, &mut g_new);
        f = f_new;
        if done {
            break;
        }
    }
    x
}

/// Out-of-fold class probabilities: each sample predicted by a model that never saw it
/// (`folds` stratified folds, assigned in a fixed order so runs repeat).
pub fn cross_validate(
    samples: &[Sample],
    classes: &[String],
    bits: u32,
    opts: &TrainOptions,
    folds: usize,
) -> Vec<Vec<f32>> {
    let fold_of = folds_of(samples, classes.len(), folds);
    cross_validate_with(samples, classes, bits, opts, &fold_of)
}

/// Stratified folds: the i-th sample of each class goes to fold i mod `folds` (at least 2).
pub fn folds_of(samples: &[Sample], classes: usize, folds: usize) -> Vec<usize> {
    let folds = folds.max(2);
    let mut seen = vec![0usize; classes];
    samples
        .iter()
        .map(|s| {
            let f = seen[s.class] % folds;
            seen[s.class] += 1;
            f
        })
        .collect()
}

/// [`cross_validate`] with the fold of each sample given.
pub fn cross_validate_with(
    samples: &[Sample],
    classes: &[String],
    bits: u32,
    opts: &TrainOptions,
    fold_of: &[usize],
) -> Vec<Vec<f32>> {
    let folds = fold_of.iter().max().map_or(0, |m| m + 1);
    let mut out = vec![Vec::new(); samples.len()];
    for fold in 0..folds {
        let train_set: Vec<Sample> = samples
            .iter()
            .zip(fold_of)
            .filter(|(_, &f)| f != fold)
            .map(|(s, _)| s.clone())
            .collect();
        let model = train(&train_set, classes.to_vec(), bits, opts, String::new());
        for (i, s) in samples.iter().enumerate() {
            if fold_of[i] == fold {
                out[i] = softmax(&model.logits(&s.features));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(entries: &[(u32, f32)], class: usize) -> Sample {
        Sample {
            features: Features {
                entries: entries.to_vec(),
            },
            class,
        }
    }

    #[test]
    fn it_learns_a_separable_problem_and_repeats_itself() {
        let samples = vec![
            sample(&[(1, 1.0)], 0),
            sample(&[(1, 0.8), (3, 0.6)], 0),
            sample(&[(2, 1.0)], 1),
            sample(&[(2, 0.8), (3, 0.6)], 1),
        ];
        let classes = vec!["a".to_string(), "b".to_string()];
        let opts = TrainOptions::default();
        let m = train(&samples, classes.clone(), 4, &opts, "t".into());
        for s in &samples {
            let p = m.probabilities(&s.features);
            assert!(p[s.class] > 0.9, "{p:?}");
        }
        let again = train(&samples, classes, 4, &opts, "t".into());
        assert_eq!(m, again, "deterministic");
    }

    #[test]
    fn out_of_fold_predictions_come_from_models_that_did_not_see_them() {
        let mut samples = Vec::new();
        for i in 0..20u32 {
            samples.push(sample(&[(1, 1.0), (10 + i, 0.1)], 0));
            samples.push(sample(&[(2, 1.0), (40 + i, 0.1)], 1));
        }
        let classes = vec!["a".to_string(), "b".to_string()];
        let p = cross_validate(&samples, &classes, 8, &TrainOptions::default(), 5);
        assert_eq!(p.len(), 40);
        for (s, p) in samples.iter().zip(&p) {
            assert!(p[s.class] > 0.5);
        }
    }
}
