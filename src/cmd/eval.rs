//! `postbag eval DIR --labels FILE.tsv`: triage measured against labelled mail.

use super::{load_rules, InvalidInput, Outcome};
use crate::config::Config;
use crate::eval::{self, Label};
use crate::guard::{self, Identity};
use crate::rules::RuleSet;
use crate::triage;
use clap::Args;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// The directory of the labelled messages (file names as in the labels file).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// The labels: a TSV with the header `file<TAB>categories<TAB>must_not_autoreply`;
    /// categories as `main|also-acceptable|...`, must_not_autoreply `yes` or `no`.
    #[arg(long, value_name = "FILE.tsv")]
    pub labels: PathBuf,
    /// One JSON object with every figure and every miss.
    #[arg(long)]
    pub json: bool,
    /// Rule directory (default: rules_dir from the config, ./rules, or the built-in rules).
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
    /// Also show figures per tag: a TSV with the header `file<TAB>tags` and tags comma
    /// separated (what each message exercises, as `corpus/*/tags.tsv`): accuracy, safety
    /// found and false safety among the messages carrying each tag.
    #[arg(long, value_name = "FILE.tsv")]
    pub tags: Option<PathBuf>,
    /// Show at most N misses (default: all).
    #[arg(long, value_name = "N")]
    pub misses: Option<usize>,
    /// Exit 1 when safety recall is below this (0 to 1, e.g. 0.95).
    #[arg(long, value_name = "RATIO")]
    pub min_safety_recall: Option<f64>,
    /// Exit 1 when accuracy is below this (0 to 1, e.g. 0.9).
    #[arg(long, value_name = "RATIO")]
    pub min_accuracy: Option<f64>,
    /// Exit 1 when more than N must-not messages would be answered automatically.
    #[arg(long, value_name = "N")]
    pub max_autoreplies_to_must_not: Option<usize>,
    /// Measure with the model file FILE (as `postbag train --out` writes it) instead of
    /// the one built in: to compare a candidate model before shipping it.
    #[arg(long, value_name = "FILE")]
    pub model: Option<PathBuf>,
}

pub fn run(config: &Config, args: EvalArgs) -> anyhow::Result<Outcome> {
    for (name, v) in [
        ("--min-safety-recall", args.min_safety_recall),
        ("--min-accuracy", args.min_accuracy),
    ] {
        if v.is_some_and(|v| !(0.0..=1.0).contains(&v)) {
            return Err(InvalidInput(format!("{name} is a ratio from 0 to 1, e.g. 0.95")).into());
        }
    }
    if let Some(file) = &args.model {
        let bytes = std::fs::read(file)
            .map_err(|e| InvalidInput(format!("cannot read model {}: {e}", file.display())))?;
        let layers = crate::learn::Layers::from_bytes(&bytes)
            .map_err(|e| InvalidInput(format!("{}: {e}", file.display())))?;
        if !crate::learn::install(layers) {
            anyhow::bail!("--model came too late: the built-in model was already in use");
        }
    }
    let labels = read(&args.labels, "labels", eval::parse_labels)?;
    if labels.is_empty() {
        return Err(
            InvalidInput(format!("{}: no labelled messages", args.labels.display())).into(),
        );
    }
    let tags = match &args.tags {
        Some(path) => {
            let tags = read(path, "tags", eval::parse_tags)?;
            let unlabelled = tags
                .keys()
                .filter(|f| !labels.iter().any(|l| &l.file == *f))
                .count();
            if unlabelled > 0 {
                eprintln!(
                    "postbag: {}: {unlabelled} tagged file(s) have no label (not counted)",
                    path.display()
                );
            }
            Some(tags)
        }
        None => None,
    };
    let rules = load_rules(config, args.rules.clone())?;
    let order: Vec<String> = rules.categories().iter().map(|c| c.name.clone()).collect();
    for l in &labels {
        for c in &l.categories {
            if !order.contains(c) {
                eprintln!(
                    "postbag: {}: {}: category {c:?} is not in the rules (never decided)",
                    args.labels.display(),
                    l.file
                );
            }
        }
    }
    let me = Identity::new(config.own_addresses());
    let progress = progress(labels.len());
    let outcomes: Vec<eval::Outcome> = labels
        .iter()
        .map(|l| {
            let o = classify(&rules, &me, &args.dir, l);
            if let Some(p) = &progress {
                p.inc(1);
            }
            o
        })
        .collect();
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    let mut report = eval::report(&outcomes, &order, &|name| {
        super::eval::rule_category(&rules, name)
    });
    report.tags = tags.map(|t| eval::by_tag(&outcomes, &t));
    let mut out = std::io::stdout().lock();
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
    } else {
        write!(out, "{}", eval::render(&report, &order, args.misses))?;
    }
    out.flush()?;
    let mut unmet = Vec::new();
    if let Some(min) = args.min_safety_recall {
        if report.safety_recall < min {
            unmet.push(format!(
                "safety recall {:.3} is below {min}",
                report.safety_recall
            ));
        }
    }
    if let Some(min) = args.min_accuracy {
        if report.accuracy < min {
            unmet.push(format!("accuracy {:.3} is below {min}", report.accuracy));
        }
    }
    if let Some(max) = args.max_autoreplies_to_must_not {
        if report.auto_to_must_not > max {
            unmet.push(format!(
                "{} automatic replies to must-not messages (at most {max})",
                report.auto_to_must_not
            ));
        }
    }
    for u in &unmet {
        eprintln!("postbag: eval: {u}");
    }
    Ok(if unmet.is_empty() {
        Outcome::Ok
    } else {
        Outcome::InvalidInput
    })
}

/// Reads and parses one of eval's files (`what`: "labels", "tags"); any problem is
/// invalid input, every parse error with its line.
fn read<T>(
    path: &Path,
    what: &str,
    parse: fn(&str, &str) -> Result<T, Vec<String>>,
) -> Result<T, InvalidInput> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| InvalidInput(format!("cannot read {what} {}: {e}", path.display())))?;
    parse(&path.display().to_string(), &text).map_err(|errors| InvalidInput(errors.join("\n")))
}

/// A progress bar on a terminal (eval of a big set takes a few seconds).
fn progress(total: usize) -> Option<indicatif::ProgressBar> {
    std::io::IsTerminal::is_terminal(&std::io::stderr()).then(|| {
        let p = indicatif::ProgressBar::new(total as u64);
        p.set_style(
            indicatif::ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len}")
                .expect("template")
                .progress_chars("=> "),
        );
        p.set_message("classifying");
        p
    })
}

fn classify(rules: &RuleSet, me: &Identity, dir: &Path, label: &Label) -> eval::Outcome {
    let mut out = eval::Outcome {
        file: label.file.clone(),
        labels: label.categories.clone(),
        category: None,
        safety_level: None,
        reply: "none".into(),
        must_not_autoreply: label.must_not_autoreply,
        score: 0,
        rules: Vec::new(),
        evidence: Vec::new(),
        error: None,
    };
    let path = dir.join(&label.file);
    let raw = match crate::mail::source::read_all(std::slice::from_ref(&path)).pop() {
        Some(Ok(raw)) => raw,
        Some(Err(e)) => {
            out.error = Some(format!("cannot read: {}", e.error));
            return out;
        }
        None => {
            out.error = Some("no message in this file".into());
            return out;
        }
    };
    let env = match crate::mail::parse(&raw.bytes) {
        Ok(env) => env,
        Err(e) => {
            out.error = Some(format!("cannot parse: {e}"));
            return out;
        }
    };
    let (decision, evaluation) = triage::classify(rules, &env);
    let (reply, _) = guard::apply(decision.policy, &env, me);
    out.evidence = triage::explain(rules, &env, &evaluation)
        .into_iter()
        .map(|e| {
            let hits: Vec<String> = e
                .hits
                .iter()
                .map(|h| format!("{} {:?}", h.field, h.text))
                .collect();
            format!(
                "{:+} {} ({}): {}",
                e.score,
                e.rule,
                e.category,
                hits.join("; ")
            )
        })
        .collect();
    out.category = Some(decision.category.clone());
    out.safety_level = decision.safety_level.clone();
    out.reply = reply.as_str().to_string();
    out.score = decision.score;
    out.rules = decision.rules;
    out
}

/// The category of a rule of `rules`, or of a `learned-<category>` pseudo-rule.
pub(crate) fn rule_category(rules: &RuleSet, name: &str) -> Option<String> {
    if let Some(c) = name.strip_prefix("learned-") {
        return Some(c.to_string());
    }
    (0..rules.rule_count())
        .find(|&i| rules.rule_name(i) == name)
        .map(|i| rules.categories()[rules.rule_category(i)].name.clone())
}
