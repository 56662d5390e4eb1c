//! Pods and the workloads that template them: their labels, pod specs, containers, workload
//! selectors, and whether they run in the mesh.

use super::fields::{arr, str_at};
use super::kinds;
use super::snapshot::{Resource, Snapshot};
use serde_json::{Map, Value};

/// `spec.selector.matchLabels` (Istio workload selectors) or None when absent/empty.
pub fn workload_selector(r: &Resource) -> Option<&Map<String, Value>> {
    r.spec()
        .get("selector")
        .and_then(|s| s.get("matchLabels"))
        .and_then(Value::as_object)
        .filter(|m| !m.is_empty())
}

/// The pod-template labels of a workload (Deployment etc.) or a Pod's own labels.
pub fn pod_labels(r: &Resource) -> Option<&Map<String, Value>> {
    if r.gk.kind == "Pod" {
        return r.labels();
    }
    r.spec()
        .get("template")
        .and_then(|t| t.get("metadata"))
        .and_then(|m| m.get("labels"))
        .and_then(Value::as_object)
}

/// The pod spec of a Pod or a workload's template.
pub fn pod_spec(r: &Resource) -> Option<&Value> {
    if r.gk.kind == "Pod" {
        return r.value.get("spec");
    }
    r.spec().get("template").and_then(|t| t.get("spec"))
}

/// Pods grouped by namespace (indices into the snapshot), built once per analyzer.
pub fn pods_by_namespace(snap: &Snapshot) -> std::collections::HashMap<&str, Vec<usize>> {
    let mut m: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
    for (i, r) in snap.of(kinds::POD) {
        m.entry(r.namespace.as_str()).or_default().push(i);
    }
    m
}

/// Namespaces Istio treats as Kubernetes system namespaces.
pub fn is_system_namespace(ns: &str) -> bool {
    matches!(
        ns,
        "kube-system" | "kube-public" | "kube-node-lease" | "local-path-storage"
    )
}

/// Containers of a pod spec, regular and init.
pub fn all_containers(spec: &Value) -> impl Iterator<Item = &Value> {
    arr(spec, "containers")
        .iter()
        .chain(arr(spec, "initContainers"))
}

/// Whether a pod spec carries the Istio proxy (a container or native sidecar named istio-proxy with an image).
pub fn has_istio_proxy(spec: &Value) -> bool {
    all_containers(spec).any(|c| {
        str_at(c, &["name"]) == Some("istio-proxy")
            && str_at(c, &["image"]).is_some_and(|i| !i.is_empty())
    })
}

/// `sidecar.istio.io/inject` from a label/annotation map.
fn inject_flag(m: Option<&Map<String, Value>>) -> Option<bool> {
    m.and_then(|m| m.get("sidecar.istio.io/inject"))
        .and_then(Value::as_str)
        .map(|v| v == "true")
}

/// Whether a Pod or a workload's pods run with a sidecar (explicitly, or by namespace injection).
pub fn in_mesh(snap: &Snapshot, r: &Resource) -> bool {
    let Some(spec) = pod_spec(r) else {
        return false;
    };
    if has_istio_proxy(spec) {
        return true;
    }
    let (labels, annos) = if r.gk.kind == "Pod" {
        (r.labels(), r.annotations())
    } else {
        let meta = r.spec().get("template").and_then(|t| t.get("metadata"));
        (
            meta.and_then(|m| m.get("labels"))
                .and_then(Value::as_object),
            meta.and_then(|m| m.get("annotations"))
                .and_then(Value::as_object),
        )
    };
    if let Some(v) = inject_flag(labels) {
        return v;
    }
    if let Some(v) = inject_flag(annos) {
        return v;
    }
    snap.get(kinds::NAMESPACE, "", &r.namespace)
        .is_some_and(|ns| ns.label("istio-injection") == Some("enabled"))
}
