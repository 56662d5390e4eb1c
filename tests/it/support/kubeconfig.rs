//! Kubeconfigs for clusters that are not kubeplane: a token-authenticated one for a local
//! test server, and one whose server is a closed loopback port, so that whatever looks up a
//! cluster fails at once instead of waiting for one.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Port 1 on loopback: nothing listens there, so a connection is refused at once.
pub const CLOSED_SERVER: &str = "https://127.0.0.1:1";

/// A kubeconfig for `server` (TLS not verified) authenticating with bearer `token`.
pub fn token_kubeconfig(server: &str, token: &str) -> String {
    format!(
        "apiVersion: v1\nkind: Config\nclusters:\n- cluster: {{server: \"{server}\", insecure-skip-tls-verify: true}}\n  name: c\n\
         contexts:\n- context: {{cluster: c, user: u}}\n  name: c\ncurrent-context: c\nusers:\n- name: u\n  user: {{token: {token}}}\n"
    )
}

/// [`token_kubeconfig`] written to `dir/kubeconfig`.
pub fn write_token_kubeconfig(dir: &Path, server: &str, token: &str) -> PathBuf {
    let p = dir.join("kubeconfig");
    std::fs::write(&p, token_kubeconfig(server, token)).unwrap();
    p
}

/// A kubeconfig for [`CLOSED_SERVER`], written once per build under Cargo's test temp dir.
pub fn closed_port() -> PathBuf {
    static ONCE: OnceLock<PathBuf> = OnceLock::new();
    ONCE.get_or_init(|| {
        let p = Path::new(env!("CARGO_TARGET_TMPDIR")).join("closed-port.kubeconfig");
        let text = token_kubeconfig(CLOSED_SERVER, "none");
        if std::fs::read_to_string(&p).ok().as_deref() != Some(text.as_str()) {
            // Written aside and renamed: test processes running at once never see half a file.
            let tmp = p.with_extension(format!("{}.tmp", std::process::id()));
            std::fs::write(&tmp, &text).unwrap();
            std::fs::rename(&tmp, &p).unwrap();
        }
        p
    })
    .clone()
}
