//! Every bundled profile renders objects a real apiserver accepts: `install --dry-run`
//! sends each one through server-side apply with dryRun=All (schema, defaulting and
//! admission run; nothing is stored). The openshift profiles render a multus
//! NetworkAttachmentDefinition, so the cluster first gets multus's CRD, as OpenShift has.

use super::{cluster, wait_until};
use crate::support::sailctl::sailctl;
use kube::api::{Api, ApiResource, DynamicObject, GroupVersionKind, ListParams};
use std::time::Duration;

#[tokio::test]
async fn every_profile_passes_server_side_dry_run() {
    let env = cluster("profiles").await;
    let crd = crate::support::paths::repo()
        .join("tests/fixtures/openshift/network-attachment-definition-crd.yaml");
    let out = sailctl(["x", "apply", "-f"])
        .arg(&crd)
        .arg("--kubeconfig")
        .arg(env.kubeconfig())
        .output();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let nad = ApiResource::from_gvk_with_plural(
        &GroupVersionKind::gvk("k8s.cni.cncf.io", "v1", "NetworkAttachmentDefinition"),
        "network-attachment-definitions",
    );
    let api: Api<DynamicObject> = Api::all_with(env.client.clone(), &nad);
    wait_until(
        Duration::from_secs(30),
        "the NetworkAttachmentDefinition CRD to be served",
        || async { api.list(&ListParams::default().limit(1)).await.is_ok() },
    )
    .await;
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
