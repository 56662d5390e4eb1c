//! Every bundled profile renders objects a real apiserver accepts: `install --dry-run`
//! sends each one through server-side apply with dryRun=All (schema, defaulting and
//! admission run; nothing is stored).

use std::process::{Command, Stdio};

use super::cluster;

#[tokio::test]
async fn every_profile_passes_server_side_dry_run() {
    let env = cluster("profiles").await;
    for profile in [
        "default",
        "demo",
        "minimal",
        "empty",
        "remote",
        "preview",
        "ambient",
        "openshift",
        "openshift-ambient",
        "stable",
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_sailctl"))
            .args([
                "install",
                "--set",
                &format!("profile={profile}"),
                "--dry-run",
                "--kubeconfig",
            ])
            .arg(env.kubeconfig())
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "profile {profile}: {err}");
        assert!(
            err.contains("nothing was changed"),
            "profile {profile}: {err}"
        );
    }
}
