//! Doctor's local checks: the rules and templates load without errors, and the data directory
//! is private (or can be created so).

use std::os::unix::fs::PermissionsExt;

use super::Report;
use crate::config::Config;

pub(super) fn check(config: &Config, report: &mut Report) {
    rules(config, report);
    templates(config, report);
    data_dir(config, report);
}

fn rules(config: &Config, report: &mut Report) {
    let Some(dir) = crate::cmd::rules_dir(config, None) else {
        report.ok("rules", "the rules built into postbag");
        return;
    };
    match crate::rules::load_dir(&dir) {
        // One line per step: the files that cannot be read follow each other.
        Err(e) => report.fix(
            "rules",
            format!(
                "{}; mend or remove the file, or fix rules_dir",
                e.to_string().replace('\n', " ")
            ),
        ),
        Ok(loaded) => match &loaded.ruleset {
            Some(rs) => report.ok(
                "rules",
                format!("{}: {} rules, no errors", dir.display(), rs.rule_count()),
            ),
            None => {
                let errors: Vec<String> = loaded.errors().map(|d| d.to_string()).collect();
                report.fix(
                    "rules",
                    format!(
                        "{} error(s) in {}, first: {} (run `postbag rules check` for all)",
                        errors.len(),
                        dir.display(),
                        errors.first().map_or("", String::as_str)
                    ),
                );
            }
        },
    }
}

fn templates(config: &Config, report: &mut Report) {
    let dir = &config.templates_dir;
    let problems = crate::reply::check(dir);
    let errors: Vec<_> = problems.iter().filter(|d| !d.warning).collect();
    let source = if dir.join("reply").is_dir() {
        dir.display().to_string()
    } else {
        "the built-in reply templates".to_string()
    };
    match errors.first() {
        None => report.ok("templates", format!("{source}: no errors")),
        Some(first) => report.fix(
            "templates",
            format!("{} error(s) in {source}, first: {first}", errors.len()),
        ),
    }
    for w in problems.iter().filter(|d| d.warning) {
        report.warn("templates", w.to_string());
    }
}

fn data_dir(config: &Config, report: &mut Report) {
    let dir = &config.data_dir;
    match std::fs::metadata(dir) {
        Ok(m) if !m.is_dir() => report.fix(
            "data",
            format!(
                "data_dir {} is a file, not a directory: set data_dir to a directory",
                dir.display()
            ),
        ),
        Ok(m) => {
            let mode = m.permissions().mode() & 0o777;
            let probe = dir.join(format!(".doctor-{}", std::process::id()));
            let writable = std::fs::write(&probe, b"").is_ok();
            let _ = std::fs::remove_file(&probe);
            if !writable {
                report.fix("data", format!("cannot write in data_dir {}: give this user the directory (chown) or set data_dir elsewhere", dir.display()));
            } else if mode & 0o077 != 0 {
                report.fix("data", format!("data_dir {} is open to other users (mode {mode:o}): it holds members' mail, run `chmod 700 {}`", dir.display(), dir.display()));
            } else {
                report.ok(
                    "data",
                    format!(
                        "data_dir {} is private (mode {mode:o}) and writable",
                        dir.display()
                    ),
                );
            }
        }
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => report.fix(
            "data",
            format!(
                "cannot reach data_dir {}: {e}; give this user the directory or set data_dir elsewhere",
                dir.display()
            ),
        ),
        Err(_) => match creatable(dir) {
            Ok(()) => report.ok(
                "data",
                format!(
                    "data_dir {} will be created (0700) at the first run",
                    dir.display()
                ),
            ),
            Err(why) => report.fix(
                "data",
                format!(
                    "data_dir {} cannot be created: {why}; create it for this user or set data_dir elsewhere",
                    dir.display()
                ),
            ),
        },
    }
}

/// Whether the missing `dir` can be made as the first run makes it (with its missing
/// parents): a directory is made, and removed, in its nearest existing ancestor. Write
/// bits say nothing of who may write (another user's 0755 directory; root on a read-only
/// mount), so it is tried.
fn creatable(dir: &std::path::Path) -> Result<(), String> {
    let base = dir
        .ancestors()
        .skip(1)
        .map(|p| {
            if p.as_os_str().is_empty() {
                std::path::Path::new(".")
            } else {
                p
            }
        })
        .find(|p| std::fs::symlink_metadata(p).is_ok())
        .unwrap_or(std::path::Path::new("."));
    match std::fs::metadata(base) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => return Err(format!("{} is not a directory", base.display())),
        Err(e) => return Err(format!("{}: {e}", base.display())),
    }
    let probe = base.join(format!(".postbag-doctor-{}", std::process::id()));
    std::fs::create_dir(&probe)
        .map_err(|e| format!("cannot make a directory in {}: {e}", base.display()))?;
    let _ = std::fs::remove_dir(&probe);
    Ok(())
}
