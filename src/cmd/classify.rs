//! `postbag classify`: the offline, read-only view of triage over files, Maildirs and mboxes.

use super::terminal::printable;
use super::{load_rules, ClassifyArgs, Outcome};
use crate::config::Config;
use crate::guard::{self, Identity};
use crate::mail::{self, source, Envelope};
use crate::rules::{Explanation, RuleSet};
use crate::triage::{self, Decision};
use serde_json::json;
use std::collections::BTreeMap;
use std::io::Write;

pub fn run(config: &Config, args: ClassifyArgs) -> anyhow::Result<Outcome> {
    let rules = load_rules(config, args.rules.clone())?;
    let me = Identity::new(config.own_addresses());
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let (mut total, mut failed) = (0usize, 0usize);
    if !args.json {
        writeln!(
            out,
            "{:<32} {:<15} {:>5} {:<5} {:<28} SUBJECT",
            "SOURCE", "CATEGORY", "SCORE", "REPLY", "FROM"
        )?;
    }
    let mut io_error = None;
    source::visit(&args.paths, &mut |item| {
        total += 1;
        let result = match item {
            Err(e) => Err((e.source, format!("cannot read: {}", e.error))),
            Ok(raw) => match mail::parse(&raw.bytes) {
                Ok(env) => Ok((raw.source, env)),
                Err(e) => Err((raw.source, format!("cannot parse: {e}"))),
            },
        };
        let written = match result {
            Ok((src, env)) => {
                let row = Row::new(&rules, &me, &src, &env, args.explain);
                *counts.entry(row.decision.category.clone()).or_default() += 1;
                if args.json {
                    row.write_json(&mut out)
                } else {
                    row.write_table(&mut out)
                }
            }
            Err((src, reason)) => {
                failed += 1;
                eprintln!("{}: {}", printable(&src), printable(&reason));
                if args.json {
                    writeln!(
                        out,
                        "{}",
                        json!({ "source": src, "category": null, "error": reason })
                    )
                } else {
                    writeln!(
                        out,
                        "{:<32} {:<15} {:>5} {:<5} {}",
                        short(&src, 32),
                        "(unparsable)",
                        "-",
                        "-",
                        printable(&reason)
                    )
                }
            }
        };
        if let Err(e) = written {
            io_error.get_or_insert(e);
        }
    });
    out.flush()?;
    if let Some(e) = io_error {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return Err(e.into());
        }
    }
    let summary: Vec<String> = counts.iter().map(|(c, n)| format!("{n} {c}")).collect();
    eprintln!(
        "{total} message(s): {}{}",
        if summary.is_empty() {
            "none classified".to_string()
        } else {
            summary.join(", ")
        },
        if failed > 0 {
            format!("; {failed} could not be read or parsed (listed above)")
        } else {
            String::new()
        }
    );
    Ok(if failed > 0 {
        Outcome::InvalidInput
    } else {
        Outcome::Ok
    })
}

/// The rules that fired and each category's non-zero score.
type Explained = (Vec<Explanation>, Vec<(String, i64)>);

/// One classified message, ready to print.
struct Row<'a> {
    source: &'a str,
    env: &'a Envelope,
    decision: Decision,
    reply: &'static str,
    blocked_by: Option<String>,
    explanation: Option<Explained>,
    /// The learned layer's probability per category (with --explain).
    probabilities: Vec<(String, f32)>,
}

impl<'a> Row<'a> {
    fn new(
        rules: &RuleSet,
        me: &Identity,
        source: &'a str,
        env: &'a Envelope,
        explain: bool,
    ) -> Row<'a> {
        let (decision, eval) = triage::classify(rules, env);
        let (reply, block) = guard::apply(decision.policy, env, me);
        let explanation = explain.then(|| {
            let scores = rules
                .categories()
                .iter()
                .zip(&eval.scores)
                .filter(|(_, &s)| s != 0)
                .map(|(c, &s)| (c.name.clone(), s))
                .collect();
            (triage::explain(rules, env, &eval), scores)
        });
        let probabilities = if explain {
            rules
                .categories()
                .iter()
                .zip(&eval.probabilities)
                .map(|(c, &p)| (c.name.clone(), (p * 1000.0).round() / 1000.0))
                .collect()
        } else {
            Vec::new()
        };
        Row {
            probabilities,
            source,
            env,
            decision,
            reply: reply.as_str(),
            blocked_by: block.map(|b| b.to_string()),
            explanation,
        }
    }

    fn write_json(&self, out: &mut impl Write) -> std::io::Result<()> {
        let mut v = json!({
            "source": self.source,
            "message_id": self.env.message_id,
            "from": self.env.sender().map(|a| a.email.as_str()),
            "subject": self.env.subject,
            "category": self.decision.category,
            "safety_level": self.decision.safety_level,
            "priority": self.decision.priority,
            "score": self.decision.score,
            "rules": self.decision.rules,
            "reply": self.reply,
            "reply_blocked_by": self.blocked_by,
        });
        if let Some((explanation, scores)) = &self.explanation {
            v["explain"] = json!({ "fired": explanation, "scores": scores.iter().cloned().collect::<BTreeMap<_, _>>() });
            if !self.probabilities.is_empty() {
                v["explain"]["learned"] = json!(self
                    .probabilities
                    .iter()
                    .cloned()
                    .collect::<BTreeMap<_, _>>());
            }
        }
        writeln!(out, "{v}")
    }

    fn write_table(&self, out: &mut impl Write) -> std::io::Result<()> {
        let from = self.env.sender().map(|a| a.to_string()).unwrap_or_default();
        writeln!(
            out,
            "{:<32} {:<15} {:>5} {:<5} {:<28} {}",
            short(self.source, 32),
            self.decision.category,
            self.decision.score,
            self.reply,
            short(&from, 28),
            short(&self.env.subject, 60)
        )?;
        if let Some((explanation, scores)) = &self.explanation {
            let scores: Vec<String> = scores.iter().map(|(c, s)| format!("{c} {s}")).collect();
            writeln!(
                out,
                "    scores: {}",
                if scores.is_empty() {
                    "none".into()
                } else {
                    scores.join(", ")
                }
            )?;
            if !self.probabilities.is_empty() {
                let mut p = self.probabilities.clone();
                p.sort_by(|a, b| b.1.total_cmp(&a.1));
                let top: Vec<String> = p
                    .iter()
                    .take(3)
                    .map(|(c, v)| format!("{c} {v:.2}"))
                    .collect();
                writeln!(out, "    model: {}", top.join(", "))?;
            }
            for e in explanation {
                let hits: Vec<String> = e
                    .hits
                    .iter()
                    .map(|h| format!("{} {:?}", printable(&h.field), h.text))
                    .collect();
                writeln!(
                    out,
                    "    {:+} {} ({}): {}",
                    e.score,
                    e.rule,
                    e.category,
                    hits.join("; ")
                )?;
            }
            if let Some(b) = &self.blocked_by {
                writeln!(
                    out,
                    "    reply {} blocked by the loop guard: {b}",
                    self.decision.policy.as_str()
                )?;
            }
        }
        Ok(())
    }
}

/// At most `width` characters, control characters escaped first: the end of a path, the
/// start of anything else.
fn short(s: &str, width: usize) -> String {
    let s = printable(s);
    let count = s.chars().count();
    if count <= width {
        return s.to_string();
    }
    if s.contains('/') {
        let tail: String = s.chars().skip(count - (width - 1)).collect();
        format!("…{tail}")
    } else {
        let head: String = s.chars().take(width - 1).collect();
        format!("{head}…")
    }
}
