//! `postbag train DIR --labels FILE.tsv`: fit the learned layer on labelled mail and write
//! the model file (the shipped one is `model/triage.model`, built into the binary).

use super::{load_rules, InvalidInput, Outcome};
use crate::config::Config;
use crate::eval;
use crate::learn::features::{self, Kind};
use crate::learn::train::{self, Sample, TrainOptions};
use crate::learn::{combine, Layers, BITS, REST};
use crate::mail::Envelope;
use crate::triage;
use clap::Args;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct TrainArgs {
    /// The directory of the labelled messages.
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// The labels (the TSV `postbag eval` reads); each message is learned as its main label.
    #[arg(long, value_name = "FILE.tsv")]
    pub labels: PathBuf,
    /// Background mail: a directory of real messages nobody here wrote (the SpamAssassin
    /// public corpus, see corpus/README.md), learned beside DIR as their labels so that the
    /// model meets ordinary mail from outside the party's world. Cross-validated figures
    /// are still reported on DIR alone.
    #[arg(long, value_name = "DIR", requires = "background_labels")]
    pub background: Option<PathBuf>,
    /// The labels of the background mail (the same TSV; file names relative to
    /// --background).
    #[arg(long, value_name = "FILE.tsv", requires = "background")]
    pub background_labels: Option<PathBuf>,
    /// Where to write the model.
    #[arg(long, value_name = "FILE", default_value = "model/triage.model")]
    pub out: PathBuf,
    /// Also report figures from N-fold cross-validation on DIR (each message judged by a
    /// model that did not see it): honest figures without touching held-out mail.
    #[arg(long, value_name = "N")]
    pub cv: Option<usize>,
    /// Inverse regularisation strength: larger fits the corpus more closely.
    #[arg(long, value_name = "C", default_value_t = 10.0)]
    pub c: f64,
    /// Rule directory for the cross-validated figures of rules and model together.
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
    /// The binary safety heads to train beside the main model (`words`, `chars`, comma
    /// separated; `none` for the main model alone). The safety probability is the
    /// geometric mean of the main model's and the heads'.
    #[arg(long, value_name = "LIST", default_value = "words,chars")]
    pub heads: String,
    /// Reuse out-of-fold probabilities from FILE (written there when it does not exist):
    /// for comparing rule sets and weights without fitting again.
    #[arg(long, value_name = "FILE", hide = true)]
    pub oof: Option<PathBuf>,
    /// Stop after the cross-validated figures (no model written).
    #[arg(long, requires = "cv")]
    pub cv_only: bool,
}

fn parse_heads(s: &str) -> Result<Vec<Kind>, String> {
    if s == "none" {
        return Ok(Vec::new());
    }
    s.split(',')
        .map(|h| match h.trim() {
            "words" => Ok(Kind::Words),
            "chars" => Ok(Kind::Chars),
            other => Err(format!("unknown head {other:?}: words, chars or none")),
        })
        .collect()
}

/// The labels file at `path`; every problem reported at once.
fn read_labels(path: &Path) -> anyhow::Result<Vec<eval::Label>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| InvalidInput(format!("cannot read labels {}: {e}", path.display())))?;
    Ok(eval::parse_labels(&path.display().to_string(), &text)
        .map_err(|errors| InvalidInput(errors.join("\n")))?)
}

/// Parses the message `label` names in `dir`, checking its main category is a class.
fn read_message(
    dir: &Path,
    labels_path: &Path,
    label: &eval::Label,
    classes: &[String],
) -> anyhow::Result<Envelope> {
    if !classes.iter().any(|c| c == label.main()) {
        return Err(InvalidInput(format!(
            "{}: {}: category {:?} is not in the rules",
            labels_path.display(),
            label.file,
            label.main()
        ))
        .into());
    }
    let path = dir.join(&label.file);
    let raw = match crate::mail::source::read_all(std::slice::from_ref(&path)).pop() {
        Some(Ok(raw)) => raw,
        Some(Err(e)) => return Err(InvalidInput(e.to_string()).into()),
        None => return Err(InvalidInput(format!("{}: no message", path.display())).into()),
    };
    Ok(crate::mail::parse(&raw.bytes)
        .map_err(|e| InvalidInput(format!("{}: cannot parse: {e}", path.display())))?)
}

pub fn run(config: &Config, args: TrainArgs) -> anyhow::Result<Outcome> {
    let labels = read_labels(&args.labels)?;
    let background = match (&args.background, &args.background_labels) {
        (Some(_), Some(file)) => read_labels(file)?,
        _ => Vec::new(),
    };
    let rules = load_rules(config, args.rules.clone())?;
    // Classes in the rules' order, those the labels use.
    let classes: Vec<String> = rules
        .categories()
        .iter()
        .map(|c| c.name.clone())
        .filter(|c| labels.iter().chain(&background).any(|l| l.main() == c))
        .collect();
    let mut envs: Vec<(Envelope, &eval::Label)> = Vec::new();
    for l in &labels {
        envs.push((read_message(&args.dir, &args.labels, l, &classes)?, l));
    }
    // DIR's messages come first: the cross-validated figures are about them alone.
    let primary = envs.len();
    if let (Some(dir), Some(file)) = (&args.background, &args.background_labels) {
        for l in &background {
            envs.push((read_message(dir, file, l, &classes)?, l));
        }
    }
    let samples: Vec<Sample> = envs
        .iter()
        .map(|(env, l)| Sample {
            features: features::extract(env, BITS),
            class: classes.iter().position(|c| c == l.main()).expect("checked"),
        })
        .collect();
    let opts = TrainOptions {
        c: args.c,
        ..TrainOptions::default()
    };
    let heads = parse_heads(&args.heads).map_err(InvalidInput)?;
    let safety = classes.iter().position(|c| c == crate::intake::SAFETY);
    if !heads.is_empty() && safety.is_none() {
        return Err(InvalidInput(
            "safety heads need safety in the labels (or --heads none)".into(),
        )
        .into());
    }
    let head_classes = vec![crate::intake::SAFETY.to_string(), REST.to_string()];
    let head_samples = |kind: Kind| -> Vec<Sample> {
        envs.iter()
            .zip(&samples)
            .map(|((env, _), s)| Sample {
                features: match kind {
                    Kind::Words => s.features.clone(),
                    Kind::Chars => features::chars(env, BITS),
                },
                class: usize::from(Some(s.class) != safety),
            })
            .collect()
    };
    let cached = args
        .oof
        .as_ref()
        .and_then(|f| std::fs::read_to_string(f).ok());
    if let Some(text) = cached {
        let oof: Vec<Vec<f32>> = text
            .lines()
            .map(|l| l.split(' ').filter_map(|x| x.parse().ok()).collect())
            .collect();
        if oof.len() != samples.len() {
            return Err(InvalidInput("the --oof file is for another corpus".into()).into());
        }
        report_cv(&rules, &classes, &envs[..primary], &oof[..primary]);
    } else if let Some(folds) = args.cv {
        eprintln!(
            "postbag: {folds}-fold cross-validation on {} messages (figures on the {primary} of {}) ...",
            samples.len(),
            args.dir.display()
        );
        let mut oof = train::cross_validate(&samples, &classes, BITS, &opts, folds);
        if let (Some(s), false) = (safety, heads.is_empty()) {
            // The same folds for every head: stratified by the main class.
            let fold_of = train::folds_of(&samples, classes.len(), folds);
            let per_head: Vec<Vec<Vec<f32>>> = heads
                .iter()
                .map(|&kind| {
                    let hs = head_samples(kind);
                    train::cross_validate_with(&hs, &head_classes, BITS, &opts, &fold_of)
                })
                .collect();
            for (n, p) in oof.iter_mut().enumerate() {
                p[s] = combine(p[s], heads.len(), |i| per_head[i][n][0]);
            }
        }
        if let Some(f) = &args.oof {
            let text: Vec<String> = oof
                .iter()
                .map(|p| {
                    p.iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            std::fs::write(f, text.join("\n"))?;
        }
        report_cv(&rules, &classes, &envs[..primary], &oof[..primary]);
    }
    if args.cv_only {
        return Ok(Outcome::Ok);
    }
    let about = match &args.background {
        Some(bg) => format!(
            "{primary} messages of {} and {} of background mail from {} ({} classes), C = {}",
            args.dir.display(),
            samples.len() - primary,
            bg.display(),
            classes.len(),
            args.c
        ),
        None => format!(
            "{} messages of {} ({} classes), C = {}",
            samples.len(),
            args.dir.display(),
            classes.len(),
            args.c
        ),
    };
    let started = std::time::Instant::now();
    let main = train::train(&samples, classes.clone(), BITS, &opts, about.clone());
    let heads: Vec<_> = heads
        .iter()
        .map(|&kind| {
            train::train(
                &head_samples(kind),
                head_classes.clone(),
                BITS,
                &opts,
                format!("{about}; safety head"),
            )
            .of_kind(kind)
        })
        .collect();
    let bytes = Layers { main, heads }.to_bytes();
    if let Some(parent) = args.out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(&args.out, &bytes)
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", args.out.display()))?;
    eprintln!(
        "postbag: trained on {} messages in {:.1} s; wrote {} ({} KiB)",
        samples.len(),
        started.elapsed().as_secs_f64(),
        args.out.display(),
        bytes.len() / 1024
    );
    Ok(Outcome::Ok)
}

/// Cross-validated figures: the model alone, then rules and model together as triage
/// decides, and the safety recall the model would give at several probabilities.
fn report_cv(
    rules: &crate::rules::RuleSet,
    classes: &[String],
    envs: &[(Envelope, &eval::Label)],
    oof: &[Vec<f32>],
) {
    let alone = envs
        .iter()
        .zip(oof)
        .filter(|((_, l), p)| {
            let best = p
                .iter()
                .enumerate()
                .max_by(|a, b| a.1.total_cmp(b.1))
                .map_or(0, |(i, _)| i);
            l.categories.contains(&classes[best])
        })
        .count();
    println!(
        "model alone (out of fold): accuracy {:.1}% ({alone} of {})",
        100.0 * alone as f64 / envs.len() as f64,
        envs.len()
    );
    let me = crate::guard::Identity::default();
    let outcomes: Vec<eval::Outcome> = envs
        .iter()
        .zip(oof)
        .map(|((env, l), p)| {
            let per_category: Vec<f32> = rules
                .categories()
                .iter()
                .map(|c| {
                    classes
                        .iter()
                        .position(|x| x == &c.name)
                        .map_or(0.0, |i| p[i])
                })
                .collect();
            let (d, _) = triage::classify_with(rules, env, Some(&per_category));
            let (reply, _) = crate::guard::apply(d.policy, env, &me);
            eval::Outcome {
                file: l.file.clone(),
                labels: l.categories.clone(),
                category: Some(d.category),
                safety_level: d.safety_level,
                reply: reply.as_str().into(),
                must_not_autoreply: l.must_not_autoreply,
                score: d.score,
                rules: d.rules,
                evidence: Vec::new(),
                error: None,
            }
        })
        .collect();
    let order: Vec<String> = rules.categories().iter().map(|c| c.name.clone()).collect();
    let report = eval::report(&outcomes, &order, &|name| {
        super::eval::rule_category(rules, name)
    });
    println!("rules and model together (out of fold):");
    print!("{}", eval::render(&report, &order, Some(0)));
    for o in outcomes
        .iter()
        .filter(|o| o.must_not_autoreply && o.reply == "auto")
    {
        println!(
            "  automatic reply to {} (labelled {}, decided {})",
            o.file,
            o.labels.join("|"),
            o.category.as_deref().unwrap_or("-")
        );
    }
    if let Some(s) = classes.iter().position(|c| c == crate::intake::SAFETY) {
        let threats: Vec<f32> = envs
            .iter()
            .zip(oof)
            .filter(|((_, l), _)| l.main() == crate::intake::SAFETY)
            .map(|(_, p)| p[s])
            .collect();
        let others: Vec<f32> = envs
            .iter()
            .zip(oof)
            .filter(|((_, l), _)| !l.categories.iter().any(|c| c == crate::intake::SAFETY))
            .map(|(_, p)| p[s])
            .collect();
        println!("model's safety probability: recall / false alarms at each threshold");
        for t in [0.1f32, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5] {
            println!(
                "  p >= {t:.2}: {:.1}% / {}",
                100.0 * threats.iter().filter(|&&p| p >= t).count() as f64
                    / threats.len().max(1) as f64,
                others.iter().filter(|&&p| p >= t).count()
            );
        }
    }
}
