//! The `postbag` binary: parse arguments, run the command, map errors to exit codes.

use clap::Parser;
use postbag::cmd::{self, InvalidInput, Outcome};
use std::process::ExitCode;

fn main() -> ExitCode {
    quiet_parser_panics();
    let cli = postbag::cli::Cli::parse();
    let outcome = match cmd::run(cli) {
        Ok(outcome) => outcome,
        Err(e) => {
            eprintln!("postbag: {e:#}");
            if e.downcast_ref::<InvalidInput>().is_some() {
                Outcome::InvalidInput
            } else {
                Outcome::RuntimeFailure
            }
        }
    };
    ExitCode::from(outcome as u8)
}

/// Panics inside mail-parser become a per-message error with its reason; the default hook
/// would also print each one to stderr, so it stays quiet for those.
fn quiet_parser_panics() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !postbag::mail::in_parser() {
            default(info);
        }
    }));
}
