//! Every bundled profile renders objects a real apiserver accepts: `install --dry-run`
//! sends each one through server-side apply with dryRun=All (schema, defaulting and
//! admission run; nothing is stored). The openshift profiles render a multus
//! NetworkAttachmentDefinition, so the cluster first gets multus's CRD, as OpenShift has.

use super::{cluster, wait_until};
use crate::support::sailctl::sailctl;
use kube::api::{Api, ApiResource, DynamicObject, GroupVersionKind, ListParams};
use std::time::Duration;

/// `sailctl x apply -f FILE` on the test cluster; it must succeed.
fn apply_file(env: &super::TestEnv, file: &std::path::Path) {
    let out = sailctl(["x", "apply", "-f"])
        .arg(file)
        .arg("--kubeconfig")
        .arg(env.kubeconfig())
        .output();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[tokio::test]
async fn every_profile_passes_server_side_dry_run() {
    let env = cluster("profiles").await;
    let crd = crate::support::paths::repo()
        .join("tests/fixtures/openshift/network-attachment-definition-crd.yaml");
    apply_file(&env, &crd);
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

/// The bundled CRDs validate like Istio's: the API server itself refuses a VirtualService
/// with a wrongly typed field and an AuthorizationPolicy that breaks one of its CEL rules.
#[tokio::test]
async fn installed_crds_make_the_api_server_refuse_invalid_config() {
    let _crds = crate::support::kubeplane::ISTIO_CRDS.lock().await;
    let env = cluster("crd-schema").await;
    let rendered = sailctl([
        "manifest",
        "generate",
        "--set",
        "profile=empty",
        "--set",
        "components.base.enabled=true",
    ])
    .output();
    assert_eq!(rendered.status.code(), Some(0));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("crds.yaml");
    std::fs::write(&file, &rendered.stdout).unwrap();
    apply_file(&env, &file);

    let create =
        |kind: &'static str, plural: &'static str, group: &'static str, body: serde_json::Value| {
            let client = env.client.clone();
            let ns = env.ns.clone();
            async move {
                let ar = ApiResource::from_gvk_with_plural(
                    &GroupVersionKind::gvk(group, "v1", kind),
                    plural,
                );
                let api: Api<DynamicObject> = Api::namespaced_with(client, &ns, &ar);
                let obj: DynamicObject = serde_json::from_value(body).unwrap();
                api.create(&kube::api::PostParams::default(), &obj).await
            }
        };
    // Served as soon as the CRDs are established.
    wait_until(
        Duration::from_secs(30),
        "the VirtualService CRD to be served",
        || {
            let c = create(
                "VirtualService",
                "virtualservices",
                "networking.istio.io",
                serde_json::json!({
            "apiVersion": "networking.istio.io/v1", "kind": "VirtualService",
            "metadata": {"name": "probe"}, "spec": {"hosts": ["a"]}}),
            );
            async move { c.await.is_ok() }
        },
    )
    .await;

    let bad_type = create(
        "VirtualService",
        "virtualservices",
        "networking.istio.io",
        serde_json::json!({
        "apiVersion": "networking.istio.io/v1", "kind": "VirtualService",
        "metadata": {"name": "bad-type"}, "spec": {"hosts": "not-a-list"}}),
    )
    .await
    .expect_err("a VirtualService whose hosts is a string must be refused");
    assert!(bad_type.to_string().contains("spec.hosts"), "{bad_type}");

    let bad_rule = create(
        "AuthorizationPolicy",
        "authorizationpolicies",
        "security.istio.io",
        serde_json::json!({
        "apiVersion": "security.istio.io/v1", "kind": "AuthorizationPolicy",
        "metadata": {"name": "bad-rule"},
        "spec": {"selector": {"matchLabels": {"app": "a"}},
                 "targetRefs": [{"group": "", "kind": "Service", "name": "a"}]}}),
    )
    .await
    .expect_err("an AuthorizationPolicy with both selector and targetRefs must be refused");
    assert!(
        bad_rule
            .to_string()
            .contains("only one of targetRefs or selector can be set"),
        "{bad_rule}"
    );
}
