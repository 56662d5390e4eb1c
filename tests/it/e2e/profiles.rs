//! Every bundled profile renders objects a real apiserver accepts: `install --dry-run`
//! sends each one through server-side apply with dryRun=All (schema, defaulting and
//! admission run; nothing is stored).

use super::cluster;
use crate::support::sailctl::sailctl;

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
        let out = sailctl([
            "install",
            "--set",
            &format!("profile={profile}"),
            "--dry-run",
            "--kubeconfig",
        ])
        .arg(env.kubeconfig())
        .output();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "profile {profile}: {err}");
        assert!(
            err.contains("nothing was changed"),
            "profile {profile}: {err}"
        );
    }
}
