//! `postbag doctor`: runs the checks of `crate::doctor` and prints them, one line each.

use super::Outcome;
use crate::config::Config;
use crate::doctor::{self, Status};

pub fn run(config: &Config) -> anyhow::Result<Outcome> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let report = runtime.block_on(doctor::check(config));
    for step in &report.steps {
        let mark = match step.status {
            Status::Ok => "ok  ",
            Status::Warn => "note",
            Status::Fix => "FIX ",
        };
        println!("{mark} {:<9} {}", step.area, step.text);
    }
    if report.healthy() {
        println!("\nEverything postbag needs works. Next: postbag run --once (one pass), then postbag run (the daemon).");
        Ok(Outcome::Ok)
    } else {
        let n = report.fixes().count();
        println!("\n{n} thing(s) to fix (the FIX lines above); then run postbag doctor again.");
        Ok(Outcome::InvalidInput)
    }
}
