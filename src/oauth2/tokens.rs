//! The token file in the data directory: the refresh token (and the current access token with
//! its expiry), 0600 in a 0700 directory, replaced atomically (temp file, fsync, rename, fsync
//! of the directory) so a crash never leaves half a token, and a rotated refresh token is never
//! lost. A lock file serialises refreshes between postbag processes (daemon, doctor, login).

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// What `postbag login` saved.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tokens {
    pub provider: String,
    pub client_id: String,
    pub user: String,
    pub refresh_token: String,
    #[serde(default)]
    pub access_token: Option<String>,
    /// Unix seconds when the access token stops working.
    #[serde(default)]
    pub expires_at: Option<u64>,
}

impl std::fmt::Debug for Tokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tokens")
            .field("provider", &self.provider)
            .field("user", &self.user)
            .field("expires_at", &self.expires_at)
            .finish_non_exhaustive()
    }
}

impl Tokens {
    /// The saved tokens, or `None` when nobody has logged in yet.
    pub fn load(path: &Path) -> std::io::Result<Option<Tokens>> {
        match fs::read(path) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map(Some)
                .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Replaces the file atomically; the directory is created 0700.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let dir = prepare_dir(path)?;
        let tmp = dir.join(format!(
            ".{}.tmp-{}",
            path.file_name().unwrap_or_default().to_string_lossy(),
            std::process::id()
        ));
        let result = (|| {
            let mut f = OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(true)
                .mode(0o600)
                .open(&tmp)?;
            f.set_permissions(fs::Permissions::from_mode(0o600))?;
            f.write_all(&serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?)?;
            f.sync_all()?;
            fs::rename(&tmp, path)?;
            File::open(&dir)?.sync_all()
        })();
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result
    }
}

/// Holds the token lock of one account until dropped.
pub struct TokenLock(#[allow(dead_code)] File);

/// Waits for the account's lock file (`<token file>.lock`), so that two processes never
/// spend the same refresh token (a rotated one works only once).
pub fn lock(path: &Path) -> std::io::Result<TokenLock> {
    prepare_dir(path)?;
    let file = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(path.with_extension("lock"))?;
    file.lock()?;
    Ok(TokenLock(file))
}

/// Takes the lock of every token file (`*.json`) in `dir`, for work that copies the
/// directory and must not miss a refresh written meanwhile (the store rewrite). A token
/// being refreshed is waited for; none is refreshed until the locks are dropped. A missing
/// directory holds no tokens.
pub fn lock_all(dir: &Path) -> std::io::Result<Vec<TokenLock>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut paths = Vec::new();
    for entry in entries {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "json") {
            paths.push(path);
        }
    }
    // One order for every process that takes several locks.
    paths.sort();
    paths.iter().map(|p| lock(p)).collect()
}

fn prepare_dir(path: &Path) -> std::io::Result<PathBuf> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf();
    if !dir.is_dir() {
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&dir)?;
    }
    Ok(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_tokens_are_private_and_replace_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("oauth2").join("u@example.org.json");
        assert_eq!(Tokens::load(&path).unwrap(), None);
        let mut t = Tokens {
            provider: "custom".into(),
            client_id: "c".into(),
            user: "u@example.org".into(),
            refresh_token: "r1".into(),
            access_token: None,
            expires_at: None,
        };
        let _guard = lock(&path).unwrap();
        t.save(&path).unwrap();
        t.refresh_token = "r2".into();
        t.save(&path).unwrap();
        assert_eq!(Tokens::load(&path).unwrap().unwrap().refresh_token, "r2");
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().unwrap()), 0o700);
        let names: Vec<_> = fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(names.iter().all(|n| !n.contains(".tmp-")), "{names:?}");
        assert!(!format!("{t:?}").contains("r2"));
    }
}
