//! The `postbag` binary: parse arguments, run the command, map errors to exit codes.

use clap::Parser;
use postbag::cmd;
use std::process::ExitCode;

fn main() -> ExitCode {
    tune_malloc();
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

/// Two glibc malloc settings (mallopt(3), malloc.h), measured with `cargo bench --bench
/// imap_triage`:
/// - one heap arena: glibc gives each thread that allocates its own (up to 8 per core),
///   and memory freed into one is not reused by another; with intake on blocking threads
///   beside the async ones, the initial triage of the SpamAssassin corpus peaked at 88 MB
///   with the default and at 71 MB with one arena, at the same speed. The process
///   allocates from few threads, rarely at once.
/// - a fixed mmap threshold of 128 KB: by default glibc raises the threshold to the size
///   of each large block freed (FETCH buffers, sled's write buffers), after which such
///   blocks come from the heap and their holes stay resident; with it fixed they are
///   mapped and returned. The 60,000-message run peaked at 69 and 69 MB against 74 and
///   80 MB (two runs each, same machine, same speed within the noise).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn tune_malloc() {
    extern "C" {
        fn mallopt(param: std::ffi::c_int, value: std::ffi::c_int) -> std::ffi::c_int;
    }
    const M_MMAP_THRESHOLD: std::ffi::c_int = -3;
    const M_ARENA_MAX: std::ffi::c_int = -8;
    // SAFETY: mallopt only sets tuning parameters; called first thing in main, before any
    // other thread exists.
    unsafe {
        mallopt(M_ARENA_MAX, 1);
        mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn tune_malloc() {}
