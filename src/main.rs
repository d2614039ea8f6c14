//! The `postbag` binary: parse arguments, run the command, map errors to exit codes.

use clap::Parser;
use postbag::cmd;
use std::process::ExitCode;

fn main() -> ExitCode {
    one_malloc_arena();
    quiet_parser_panics();
    let cli = postbag::cli::Cli::parse();
    let outcome = match cmd::run(cli) {
        Ok(outcome) => outcome,
        Err(e) if cmd::is_broken_pipe(&e) => cmd::Outcome::Ok,
        Err(e) => {
            eprintln!("postbag: {}", cmd::report(&e));
            cmd::exit_code(&e)
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

/// glibc gives each thread that allocates its own heap arena (up to 8 per core), and memory
/// freed into one is not reused by another: with intake on blocking threads beside the
/// async ones, the initial triage of the SpamAssassin corpus peaked at 88 MB with the
/// default and at 71 MB with one arena, at the same speed (`cargo bench --bench
/// imap_triage`). The process allocates from few threads, rarely at once.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn one_malloc_arena() {
    // glibc's mallopt(3) and its M_ARENA_MAX parameter (malloc.h).
    extern "C" {
        fn mallopt(param: std::ffi::c_int, value: std::ffi::c_int) -> std::ffi::c_int;
    }
    const M_ARENA_MAX: std::ffi::c_int = -8;
    // SAFETY: mallopt only sets a tuning parameter; called first thing in main, before any
    // other thread exists.
    unsafe {
        mallopt(M_ARENA_MAX, 1);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn one_malloc_arena() {}
