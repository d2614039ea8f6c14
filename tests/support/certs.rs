//! A throwaway CA and a server certificate signed by it, made with the `openssl` CLI (leaner
//! than a certificate crate in the build; Debian's dovecot depends on openssl anyway).

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A test CA and a server certificate for localhost/127.0.0.1/::1 signed by it (P-256, 2
/// days). Returns the CA's path; writes server.pem and server.key next to it.
pub fn make_certificates(dir: &Path) -> PathBuf {
    let ext = dir.join("server.ext");
    fs::write(
        &ext,
        "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n\
         subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\n",
    )
    .unwrap();
    let p = |name: &str| dir.join(name).to_string_lossy().into_owned();
    let (ca_key, ca_pem, key, csr, pem) = (
        p("ca.key"),
        p("ca.pem"),
        p("server.key"),
        p("server.csr"),
        p("server.pem"),
    );
    let openssl = |args: &[&str]| {
        let out = Command::new("openssl")
            .args(args)
            .output()
            .expect("run openssl (apt-get install openssl)");
        assert!(
            out.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    let new_key = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    openssl(
        &[
            &["req", "-x509", "-days", "2", "-subj", "/CN=postbag test CA"][..],
            &new_key,
            &["-keyout", &ca_key, "-out", &ca_pem],
        ]
        .concat(),
    );
    openssl(
        &[
            &["req", "-subj", "/CN=localhost"][..],
            &new_key,
            &["-keyout", &key, "-out", &csr],
        ]
        .concat(),
    );
    openssl(&[
        "x509",
        "-req",
        "-days",
        "2",
        "-in",
        &csr,
        "-CA",
        &ca_pem,
        "-CAkey",
        &ca_key,
        "-CAcreateserial",
        "-extfile",
        &p("server.ext"),
        "-out",
        &pem,
    ]);
    fs::set_permissions(dir.join("server.key"), fs::Permissions::from_mode(0o644)).unwrap();
    dir.join("ca.pem")
}
