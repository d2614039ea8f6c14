//! `postbag store repair`: set a broken store aside and rebuild it from the mailbox.
//!
//! The mailbox is the source of truth. Every message postbag handled carries its
//! `postbag-<category>` keyword, so a pass over a fresh store records those messages as
//! handled (their marks kept, nothing drafted, acknowledged or alerted again; see
//! `sync::server_mark`) and triages only what it never saw.

use super::{InvalidInput, Outcome};
use crate::config::Config;
use crate::store::Store;
use crate::Error;
use std::path::{Path, PathBuf};

pub fn repair(config: Config, rebuild: bool) -> anyhow::Result<Outcome> {
    let dir = config.data_dir.clone();
    match Store::open(&dir) {
        Ok(store) if !rebuild => {
            drop(store);
            println!(
                "{}: the store opens and reads fine; nothing to repair \
                 (--rebuild sets it aside and rebuilds it anyway)",
                dir.display()
            );
            return Ok(Outcome::Ok);
        }
        Ok(store) => drop(store),
        Err(e @ Error::LockStore { .. }) => {
            return Err(InvalidInput(format!("{e}: stop the daemon first")).into())
        }
        Err(e) => eprintln!("postbag: {e}"),
    }
    if config.imap.is_none() {
        return Err(InvalidInput(
            "rebuilding needs the mailbox: the config has no [imap] section".into(),
        )
        .into());
    }
    let aside = set_aside(&dir)?;
    println!("the old store is kept at {}", aside.display());
    let outcome = super::run::run(config, true, false)?;
    println!(
        "rebuilt {} from the mailbox: messages that carry a postbag keyword were recorded as \
         handled (nothing was sent or drafted for them again). Import the member list again \
         (`postbag members import`) if you use one; delete {} once you no longer need it.",
        dir.display(),
        aside.display()
    );
    Ok(outcome)
}

/// Moves `dir` aside ([`Store::set_aside`]) and makes a fresh `dir` holding what is not
/// the store (the OAuth2 tokens of `postbag login`). Returns where the old one went.
fn set_aside(dir: &Path) -> anyhow::Result<PathBuf> {
    let aside = Store::set_aside(dir)?
        .ok_or_else(|| anyhow::anyhow!("{} does not exist: nothing to set aside", dir.display()))?;
    let tokens = aside.join("oauth2");
    if tokens.is_dir() {
        std::fs::create_dir_all(dir)?;
        std::fs::set_permissions(dir, std::os::unix::fs::PermissionsExt::from_mode(0o700))?;
        std::fs::rename(&tokens, dir.join("oauth2"))
            .map_err(|e| anyhow::anyhow!("cannot move the login tokens back: {e}"))?;
    }
    Ok(aside)
}
