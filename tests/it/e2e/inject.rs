//! kube-inject's configuration sources against kubeplane: the istio namespace's
//! `istio-sidecar-injector[-REV]` and `istio[-REV]` ConfigMaps when the cluster is reachable,
//! the bundled default (with a one-line notice) when it is not.
//!
//! Each test's own namespace plays the istio namespace (`-i`), so nothing collides with the
//! install tests' istio-system. The ConfigMaps are what `sailctl manifest generate` renders,
//! made recognisable: an extra template adds an annotation naming its ConfigMap, and the
//! mesh config gives the proxy a metadata entry the sidecar template turns into an env var.

use k8s_openapi::api::core::v1::ConfigMap;
use kube::api::{Api, PostParams};
use serde_json::{Value, json};
use std::path::Path;

use super::{TestEnv, cluster, sailctl};
use crate::support::sailctl::sailctl as support_sailctl;

const MARKER: &str = "e2e.sailctl.dev/injector";
const WORKLOAD: &str = "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: registry.invalid/web:1
        ports:
        - containerPort: 8080
";

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The injector and mesh ConfigMaps `manifest generate` renders with `sets`.
fn rendered_configmaps(env: &TestEnv, sets: &[&str]) -> (Value, Value) {
    let mut args = vec!["manifest", "generate"];
    for s in sets {
        args.extend(["--set", s]);
    }
    let out = sailctl(env, &args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let objs = sailctl::yaml::parse_stream("manifest", &text(&out.stdout)).expect("valid YAML");
    let find = |prefix: &str| {
        objs.iter()
            .map(|d| &d.value)
            .find(|o| {
                o["kind"] == "ConfigMap"
                    && o["metadata"]["name"]
                        .as_str()
                        .is_some_and(|n| n.starts_with(prefix))
            })
            .unwrap_or_else(|| panic!("manifest generate rendered no ConfigMap {prefix}*"))
            .clone()
    };
    (find("istio-sidecar-injector"), find("istio"))
}

/// Adds a template that annotates the pod with `tag` (and runs it after the defaults), and a
/// proxy metadata entry `E2E_MESH=tag` to the mesh config; stores both in `ns`.
async fn store_customised(env: &TestEnv, injector: &Value, mesh: &Value, tag: &str) {
    let data = &injector["data"];
    let mut config = sailctl::yaml::parse_single("config", data["config"].as_str().unwrap())
        .expect("the rendered injector config is YAML");
    config["templates"]["e2e-marker"] = json!(format!(
        "metadata:\n  annotations:\n    {MARKER}: \"{tag} {{{{ .Revision }}}}\"\n"
    ));
    config["defaultTemplates"] = json!(["sidecar", "e2e-marker"]);
    let mut mesh_cfg = sailctl::yaml::parse_single("mesh", mesh["data"]["mesh"].as_str().unwrap())
        .expect("the rendered mesh config is YAML");
    mesh_cfg["defaultConfig"]["proxyMetadata"] = json!({ "E2E_MESH": tag });
    let api: Api<ConfigMap> = Api::namespaced(env.client.clone(), &env.ns);
    for (name, data) in [
        (
            injector["metadata"]["name"].as_str().unwrap(),
            json!({
                "config": sailctl::yaml::to_string(&config),
                "values": data["values"],
            }),
        ),
        (
            mesh["metadata"]["name"].as_str().unwrap(),
            json!({ "mesh": sailctl::yaml::to_string(&mesh_cfg) }),
        ),
    ] {
        let cm: ConfigMap = serde_json::from_value(json!({
            "metadata": { "name": name, "namespace": env.ns },
            "data": data,
        }))
        .unwrap();
        api.create(&PostParams::default(), &cm)
            .await
            .unwrap_or_else(|e| panic!("create ConfigMap {name} in {}: {e}", env.ns));
    }
}

/// Runs kube-inject on [`WORKLOAD`] with `kubeconfig` and returns (the injected pod
/// template, stderr).
fn inject(kubeconfig: &Path, dir: &Path, extra: &[&str]) -> (Value, String) {
    let input = dir.join("web.yaml");
    std::fs::write(&input, WORKLOAD).unwrap();
    let input = input.display().to_string();
    let mut args = vec!["kube-inject", "-f", &input];
    args.extend(extra);
    let out = support_sailctl(&args)
        .arg("--kubeconfig")
        .arg(kubeconfig)
        .env_remove("ENABLE_NATIVE_SIDECARS")
        .output();
    let stderr = text(&out.stderr);
    assert!(out.status.success(), "sailctl {}: {stderr}", args.join(" "));
    let docs = sailctl::yaml::parse_stream("out", &text(&out.stdout)).expect("YAML output");
    let dep = docs
        .into_iter()
        .map(|d| d.value)
        .find(|v| v["kind"] == "Deployment")
        .expect("the Deployment is written back");
    (dep["spec"]["template"].clone(), stderr)
}

fn proxy_env(pod: &Value, name: &str) -> Option<String> {
    ["initContainers", "containers"]
        .iter()
        .flat_map(|k| pod["spec"][k].as_array().into_iter().flatten())
        .filter(|c| c["name"] == "istio-proxy")
        .flat_map(|c| c["env"].as_array().into_iter().flatten())
        .find(|e| e["name"] == name)
        .and_then(|e| e["value"].as_str().map(String::from))
}

fn has_proxy(pod: &Value) -> bool {
    ["initContainers", "containers"].iter().any(|k| {
        pod["spec"][k]
            .as_array()
            .into_iter()
            .flatten()
            .any(|c| c["name"] == "istio-proxy")
    })
}

#[tokio::test]
async fn kube_inject_uses_the_clusters_configmaps_and_their_revision() {
    let env = cluster("inject-cm").await;
    let dir = tempfile::tempdir().unwrap();
    let (injector, mesh) = rendered_configmaps(&env, &["profile=default"]);
    store_customised(&env, &injector, &mesh, "default-cm").await;
    let (injector, mesh) = rendered_configmaps(&env, &["profile=default", "revision=canary"]);
    assert_eq!(
        injector["metadata"]["name"], "istio-sidecar-injector-canary",
        "a revision's injector ConfigMap carries the revision"
    );
    store_customised(&env, &injector, &mesh, "canary-cm").await;

    // No -r: the unsuffixed ConfigMaps, templates and mesh both.
    let (pod, stderr) = inject(env.kubeconfig(), dir.path(), &["-i", &env.ns]);
    assert!(
        stderr.is_empty(),
        "no notice with a cluster config: {stderr}"
    );
    assert!(
        has_proxy(&pod),
        "the cluster's sidecar template ran: {pod:#}"
    );
    // `.Revision` is empty for the default revision, as istioctl gives it to templates.
    assert_eq!(pod["metadata"]["annotations"][MARKER], "default-cm ");
    assert_eq!(
        proxy_env(&pod, "E2E_MESH").as_deref(),
        Some("default-cm"),
        "the cluster's mesh config"
    );
    assert_eq!(pod["metadata"]["annotations"]["istio.io/rev"], "default");

    // -r canary: the -canary ConfigMaps, and the revision their values name.
    let (pod, stderr) = inject(
        env.kubeconfig(),
        dir.path(),
        &["-i", &env.ns, "-r", "canary"],
    );
    assert!(stderr.is_empty(), "{stderr}");
    assert_eq!(pod["metadata"]["annotations"][MARKER], "canary-cm canary");
    assert_eq!(proxy_env(&pod, "E2E_MESH").as_deref(), Some("canary-cm"));
    assert_eq!(pod["metadata"]["annotations"]["istio.io/rev"], "canary");
    let status = pod["metadata"]["annotations"]["sidecar.istio.io/status"]
        .as_str()
        .unwrap_or_default();
    assert!(status.contains(r#""revision":"canary""#), "{status}");

    // A malformed injector ConfigMap is reported, not replaced by the bundled default.
    let api: Api<ConfigMap> = Api::namespaced(env.client.clone(), &env.ns);
    let broken: ConfigMap = serde_json::from_value(json!({
        "metadata": {"name": "istio-sidecar-injector-broken"},
        "data": {"config": "templates: [\n  sidecar: {\n"},
    }))
    .unwrap();
    api.create(&PostParams::default(), &broken)
        .await
        .expect("create the broken ConfigMap");
    let input = dir.path().join("web.yaml");
    let out = support_sailctl(["kube-inject", "-f"])
        .arg(&input)
        .args(["-i", &env.ns, "-r", "broken", "--kubeconfig"])
        .arg(env.kubeconfig())
        .output();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        out.stdout.is_empty(),
        "nothing injected: {}",
        text(&out.stdout)
    );
    let want = format!(
        "ConfigMap {}/istio-sidecar-injector-broken data.config",
        env.ns
    );
    assert!(stderr.contains(&want), "names the ConfigMap: {stderr}");
    assert!(!stderr.contains("bundled"), "no fallback: {stderr}");
}

#[tokio::test]
async fn kube_inject_without_a_reachable_cluster_uses_the_bundled_default() {
    let env = cluster("inject-offline").await;
    let dir = tempfile::tempdir().unwrap();
    // Customised ConfigMaps exist, but the kubeconfig below points at a closed loopback
    // port inside the test's network namespace, so the cluster is unreachable.
    let (injector, mesh) = rendered_configmaps(&env, &["profile=default"]);
    store_customised(&env, &injector, &mesh, "default-cm").await;
    let kubeconfig = dir.path().join("unreachable.kubeconfig");
    std::fs::write(
        &kubeconfig,
        "apiVersion: v1\nkind: Config\nclusters:\n- name: gone\n  cluster:\n    server: https://127.0.0.1:1\n\
         contexts:\n- name: gone\n  context:\n    cluster: gone\n    user: nobody\n\
         current-context: gone\nusers:\n- name: nobody\n  user:\n    token: none\n",
    )
    .unwrap();
    let (pod, stderr) = inject(&kubeconfig, dir.path(), &["-i", &env.ns]);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "one notice line: {stderr:?}");
    assert!(
        lines[0].contains("bundled injection templates"),
        "{stderr:?}"
    );
    assert!(has_proxy(&pod), "the bundled sidecar template ran: {pod:#}");
    assert!(
        pod["metadata"]["annotations"].get(MARKER).is_none(),
        "nothing from the cluster: {pod:#}"
    );
    assert_eq!(proxy_env(&pod, "E2E_MESH"), None);
}
