//! `install` leaves what `istioctl install` leaves: on a dedicated cluster, each tool installs
//! the demo profile, then re-installs with a changed input (the default profile: the egress
//! gateway is pruned), then uninstalls with `--purge`; after each step the live Istio objects
//! of both tools are compared field by field (status, managedFields, uid, resourceVersion,
//! timestamps, caBundles, cluster IPs and node ports aside; CRD descriptions and the
//! injection templates are the deliberate differences of tests/it/differential).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use kube::Client;
use kube::api::{Api, ApiResource, DynamicObject, GroupVersionKind, ListParams};
use serde_json::Value;

use super::{assert_in_netns, client_for};
use crate::differential::compare::{Key, paths};
use crate::differential::deliberate;
use crate::support::kubeplane::{Instance, in_netns};
use crate::support::process::{Cmd, stderr};
use crate::support::reference::istioctl;
use crate::support::sailctl::sailctl;

const ISTIO_NS: &str = "istio-system";

/// The kinds an install writes: (group, version, kind, plural, namespaced).
const KINDS: &[(&str, &str, &str, &str, bool)] = &[
    ("", "v1", "ServiceAccount", "serviceaccounts", true),
    ("", "v1", "ConfigMap", "configmaps", true),
    ("", "v1", "Service", "services", true),
    ("apps", "v1", "Deployment", "deployments", true),
    ("apps", "v1", "DaemonSet", "daemonsets", true),
    ("rbac.authorization.k8s.io", "v1", "Role", "roles", true),
    (
        "rbac.authorization.k8s.io",
        "v1",
        "RoleBinding",
        "rolebindings",
        true,
    ),
    (
        "autoscaling",
        "v2",
        "HorizontalPodAutoscaler",
        "horizontalpodautoscalers",
        true,
    ),
    (
        "policy",
        "v1",
        "PodDisruptionBudget",
        "poddisruptionbudgets",
        true,
    ),
    (
        "networking.k8s.io",
        "v1",
        "NetworkPolicy",
        "networkpolicies",
        true,
    ),
    (
        "rbac.authorization.k8s.io",
        "v1",
        "ClusterRole",
        "clusterroles",
        false,
    ),
    (
        "rbac.authorization.k8s.io",
        "v1",
        "ClusterRoleBinding",
        "clusterrolebindings",
        false,
    ),
    (
        "admissionregistration.k8s.io",
        "v1",
        "MutatingWebhookConfiguration",
        "mutatingwebhookconfigurations",
        false,
    ),
    (
        "admissionregistration.k8s.io",
        "v1",
        "ValidatingWebhookConfiguration",
        "validatingwebhookconfigurations",
        false,
    ),
    (
        "apiextensions.k8s.io",
        "v1",
        "CustomResourceDefinition",
        "customresourcedefinitions",
        false,
    ),
];

/// What the cluster holds of an install, without what the cluster itself sets.
async fn snapshot(client: &Client) -> BTreeMap<Key, Value> {
    let mut out = BTreeMap::new();
    for (group, version, kind, plural, namespaced) in KINDS {
        let ar =
            ApiResource::from_gvk_with_plural(&GroupVersionKind::gvk(group, version, kind), plural);
        let api: Api<DynamicObject> = if *namespaced {
            Api::namespaced_with(client.clone(), ISTIO_NS, &ar)
        } else {
            Api::all_with(client.clone(), &ar)
        };
        let list = api
            .list(&ListParams::default())
            .await
            .unwrap_or_else(|e| panic!("listing {kind}: {e}"));
        for o in list.items {
            let mut v = serde_json::to_value(&o).expect("object as JSON");
            let name = o.metadata.name.clone().unwrap_or_default();
            let istio =
                name.contains("istio") || v["metadata"]["labels"].to_string().contains("istio");
            // The namespace's own objects (kube-root-ca.crt, the default ServiceAccount) and
            // cluster-scoped objects that are not Istio's are the cluster's.
            if !istio && (!*namespaced || name == "default" || name == "kube-root-ca.crt") {
                continue;
            }
            clean(&mut v);
            let key = (
                kind.to_string(),
                o.metadata.namespace.clone().unwrap_or_default(),
                name,
            );
            deliberate::normalise(&key, &mut v);
            out.insert(key, v);
        }
    }
    out
}

/// Drops what the API server and controllers set.
fn clean(v: &mut Value) {
    if let Some(m) = v.as_object_mut() {
        m.remove("status");
        m.remove("apiVersion");
        m.remove("kind");
    }
    if let Some(m) = v.get_mut("metadata").and_then(Value::as_object_mut) {
        for k in [
            "uid",
            "resourceVersion",
            "creationTimestamp",
            "managedFields",
            "generation",
        ] {
            m.remove(k);
        }
        if let Some(a) = m.get_mut("annotations").and_then(Value::as_object_mut) {
            a.remove("deployment.kubernetes.io/revision");
            a.remove("deprecated.daemonset.template.generation");
            if a.is_empty() {
                m.remove("annotations");
            }
        }
    }
    if let Some(whs) = v.get_mut("webhooks").and_then(Value::as_array_mut) {
        for wh in whs {
            if let Some(c) = wh.get_mut("clientConfig").and_then(Value::as_object_mut) {
                c.remove("caBundle");
            }
        }
    }
    if let Some(spec) = v.get_mut("spec").and_then(Value::as_object_mut) {
        spec.remove("clusterIP");
        spec.remove("clusterIPs");
        if let Some(ports) = spec.get_mut("ports").and_then(Value::as_array_mut) {
            for p in ports {
                if let Some(p) = p.as_object_mut() {
                    p.remove("nodePort");
                }
            }
        }
    }
}

/// The snapshot once deletions have finished: istioctl's uninstall returns while objects
/// are still being removed (sailctl's waits), and the end state is what counts.
async fn settled(client: &Client) -> BTreeMap<Key, Value> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    let mut last = snapshot(client).await;
    loop {
        tokio::time::sleep(std::time::Duration::from_secs(2)).await;
        let now = snapshot(client).await;
        if now == last || std::time::Instant::now() >= deadline {
            return now;
        }
        last = now;
    }
}

fn compare(
    step: &str,
    reference: &BTreeMap<Key, Value>,
    ours: &BTreeMap<Key, Value>,
) -> Vec<String> {
    let show = |k: &Key| format!("{}/{}/{}", k.0, k.1, k.2);
    let mut problems = Vec::new();
    for (k, r) in reference {
        match ours.get(k) {
            None => problems.push(format!("{step}: missing after sailctl: {}", show(k))),
            Some(o) if o != r => problems.push(format!("{step}: {}:\n{}", show(k), paths(r, o))),
            Some(_) => {}
        }
    }
    for k in ours.keys().filter(|k| !reference.contains_key(k)) {
        problems.push(format!("{step}: only after sailctl: {}", show(k)));
    }
    eprintln!(
        "install differential [{step}]: {} objects after istioctl, {} after sailctl, {} differences",
        reference.len(),
        ours.len(),
        problems.len()
    );
    problems
}

fn run(tool: Cmd, what: &str) {
    let out = tool.output();
    assert_eq!(out.status.code(), Some(0), "{what}: {}", stderr(&out));
}

/// The install steps, with each tool: install demo, install default (prune), uninstall --purge.
fn steps(kubeconfig: &Path, tool: fn(&[&str]) -> Cmd) -> [Cmd; 3] {
    let with = |args: &[&str]| tool(args).arg("--kubeconfig").arg(kubeconfig);
    [
        with(&["install", "--set", "profile=demo", "-y"]),
        with(&["install", "--set", "profile=default", "-y"]),
        with(&["uninstall", "--purge", "-y"]),
    ]
}

fn sailctl_tool(args: &[&str]) -> Cmd {
    sailctl(args)
}

fn istioctl_tool(args: &[&str]) -> Cmd {
    istioctl(args)
}

#[test]
fn install_reinstall_and_purge_leave_what_istioctl_leaves() {
    assert_in_netns();
    let inst = Instance::up();
    let kc: PathBuf = inst.kubeconfig.clone();
    let netns = inst.netns.clone();
    in_netns(&netns, move || async move {
        let client = client_for(&kc).await;
        let names = ["install demo", "re-install default", "uninstall --purge"];
        let mut reference = Vec::new();
        for (cmd, name) in steps(&kc, istioctl_tool).into_iter().zip(names) {
            run(cmd, &format!("istioctl {name}"));
            reference.push(settled(&client).await);
        }
        let mut problems = Vec::new();
        for ((cmd, name), want) in steps(&kc, sailctl_tool)
            .into_iter()
            .zip(names)
            .zip(&reference)
        {
            run(cmd, &format!("sailctl {name}"));
            problems.extend(compare(name, want, &settled(&client).await));
        }
        assert!(
            reference[0].len() > 30,
            "istioctl's demo install left only {} objects",
            reference[0].len()
        );
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    });
    drop(inst);
}
