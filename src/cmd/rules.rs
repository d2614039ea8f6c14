//! `postbag rules check`: every problem in every rule file and reply template, then a
//! one-line verdict for each.

use super::{rules_dir, Outcome};
use crate::config::Config;
use std::path::PathBuf;

pub fn check(config: &Config, dir: Option<PathBuf>, strict: bool) -> anyhow::Result<Outcome> {
    let dir = rules_dir(config, dir);
    let loaded = match &dir {
        Some(d) => match crate::rules::load_dir(d) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("{e}");
                return Ok(Outcome::InvalidInput);
            }
        },
        None => crate::rules::load_embedded(),
    };
    for d in &loaded.diagnostics {
        println!("{d}");
    }
    let errors = loaded.errors().count();
    let warnings = loaded.diagnostics.len() - errors;
    let place = dir.map_or("built-in rules".to_string(), |d| d.display().to_string());
    match &loaded.ruleset {
        Some(rs) if errors == 0 => {
            eprintln!(
                "{place}: {} files, {} rules in {} categories: {}",
                loaded.files,
                rs.rule_count(),
                rs.categories().len(),
                if warnings == 0 {
                    "ok".to_string()
                } else {
                    format!("{warnings} warning(s)")
                }
            );
        }
        _ => eprintln!("{place}: {errors} error(s), {warnings} warning(s)"),
    }
    if let Some((why, at)) = &loaded.safety_disabled {
        eprintln!("{place}: no safety category required ({at}: disable_safety = {why:?})");
    }
    let templates = crate::reply::check(&config.templates_dir);
    for d in &templates {
        println!("{d}");
    }
    let template_errors = templates.iter().filter(|d| !d.warning).count();
    let template_warnings = templates.len() - template_errors;
    eprintln!(
        "{}: {}",
        config.templates_dir.join("reply").display(),
        match (template_errors, template_warnings) {
            (0, 0) => "templates ok".to_string(),
            (e, w) => format!("{e} template error(s), {w} warning(s)"),
        }
    );
    let (errors, warnings) = (errors + template_errors, warnings + template_warnings);
    Ok(if errors > 0 || (strict && warnings > 0) {
        Outcome::InvalidInput
    } else {
        Outcome::Ok
    })
}

/// `postbag rules suggest`: rules mined from the corrections, as TOML (or JSON lines).
pub fn suggest(ctx: &mut super::ctx::Ctx, json: bool) -> anyhow::Result<Outcome> {
    let rules = ctx.load_rules()?;
    let found = crate::corrections::suggest::suggest(ctx.store, &rules)?;
    if json {
        for s in &found {
            writeln!(ctx.out, "{}", serde_json::to_string(s)?)?;
        }
    } else {
        write!(ctx.out, "{}", crate::corrections::suggest::render(&found))?;
    }
    Ok(Outcome::Ok)
}
