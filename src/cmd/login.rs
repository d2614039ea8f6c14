//! `postbag login`: the OAuth2 sign-in for every account of the config that uses `oauth2`
//! (one per token file: [imap] and [smtp] of the same account share one login).

use super::{InvalidInput, Outcome};
use crate::config::{Config, OAuth2Config};
use crate::oauth2::{self, OAuth2Error};

pub fn run(config: &Config) -> anyhow::Result<Outcome> {
    let mut accounts: Vec<(&str, &OAuth2Config)> = Vec::new();
    let sections = [
        ("imap", config.imap.as_ref().and_then(|i| i.oauth2.as_ref())),
        ("smtp", config.smtp.as_ref().and_then(|s| s.oauth2.as_ref())),
    ];
    for (section, cfg) in sections {
        let Some(cfg) = cfg else { continue };
        if !accounts.iter().any(|(_, c)| c.token_file == cfg.token_file) {
            accounts.push((section, cfg));
        }
    }
    if accounts.is_empty() {
        return Err(InvalidInput(
            "neither [imap] nor [smtp] has an `oauth2` option: `postbag login` is for OAuth2 accounts (Microsoft 365, Google); `postbag init --provider microsoft365` writes one".into(),
        )
        .into());
    }
    let mut stdout = std::io::stdout();
    for (section, cfg) in accounts {
        println!("Signing in to {} for [{section}] ...", cfg.user);
        match oauth2::login(cfg, &mut stdout) {
            Ok(()) => println!(
                "Signed in as {}. The login is kept in {} (0600).",
                cfg.user,
                cfg.token_file.display()
            ),
            Err(e @ OAuth2Error::Config(_)) => {
                return Err(InvalidInput(format!("[{section}] oauth2: {e}")).into())
            }
            Err(e) => return Err(anyhow::anyhow!("[{section}] oauth2: {e}")),
        }
    }
    println!("Next: postbag doctor");
    Ok(Outcome::Ok)
}
