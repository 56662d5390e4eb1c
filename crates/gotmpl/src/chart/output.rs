//! `helm template`'s output: rendered files split into documents, ordered by kind.

use super::ChartError;
use crate::Value;
use crate::yaml_input;
use std::collections::BTreeMap;

/// Join rendered files as `---\n# Source: path\n...` documents, sorted by path,
/// skipping whitespace-only output.
pub fn join_output(out: &BTreeMap<String, String>) -> String {
    let mut s = String::new();
    for (k, body) in out {
        if body.trim().is_empty() {
            continue;
        }
        s.push_str("---\n# Source: ");
        s.push_str(k);
        s.push('\n');
        s.push_str(body);
        s.push('\n');
    }
    s
}

/// Kind order Helm installs (and `helm template` prints) resources in.
pub const INSTALL_ORDER: &[&str] = &[
    "PriorityClass",
    "Namespace",
    "NetworkPolicy",
    "ResourceQuota",
    "LimitRange",
    "PodSecurityPolicy",
    "PodDisruptionBudget",
    "ServiceAccount",
    "Secret",
    "SecretList",
    "ConfigMap",
    "StorageClass",
    "PersistentVolume",
    "PersistentVolumeClaim",
    "CustomResourceDefinition",
    "ClusterRole",
    "ClusterRoleList",
    "ClusterRoleBinding",
    "ClusterRoleBindingList",
    "Role",
    "RoleList",
    "RoleBinding",
    "RoleBindingList",
    "Service",
    "DaemonSet",
    "Pod",
    "ReplicationController",
    "ReplicaSet",
    "Deployment",
    "HorizontalPodAutoscaler",
    "StatefulSet",
    "Job",
    "CronJob",
    "IngressClass",
    "Ingress",
    "APIService",
];

/// One rendered YAML document and the template it came from.
#[derive(Debug, Clone)]
pub struct Manifest {
    pub source: String,
    pub kind: String,
    pub content: String,
    pub hook: bool,
}

/// Split rendered files into documents and order them like `helm template`:
/// NOTES.txt and partials dropped, documents split on `---`, stable-sorted by kind in
/// install order (unknown kinds last, alphabetically), hooks after the rest.
pub fn sort_manifests(out: &BTreeMap<String, String>) -> Result<Vec<Manifest>, ChartError> {
    let sep = regex::Regex::new(r"(?:^|\s*\n)---\s*").expect("valid regex");
    let mut generic = Vec::new();
    let mut hooks = Vec::new();
    for (path, body) in out {
        let base = path.rsplit('/').next().unwrap_or(path);
        if path.ends_with("NOTES.txt") || base.starts_with('_') || body.trim().is_empty() {
            continue;
        }
        for doc in sep.split(body.trim()) {
            if doc.is_empty() {
                continue;
            }
            let doc = doc.trim();
            let head = yaml_input::parse_yaml(doc).map_err(|source| ChartError::Manifest {
                path: path.clone(),
                source,
            })?;
            let (kind, hook) = match &head {
                Value::Map(m) => {
                    let m = m.borrow();
                    let kind = m.get("kind").and_then(|k| k.as_str().map(String::from));
                    let hook = match m.get("metadata") {
                        Some(Value::Map(md)) => match md.borrow().get("annotations") {
                            Some(Value::Map(a)) => a.borrow().contains_key("helm.sh/hook"),
                            _ => false,
                        },
                        _ => false,
                    };
                    (kind.unwrap_or_default(), hook)
                }
                _ => (String::new(), false),
            };
            let m = Manifest {
                source: path.clone(),
                kind,
                content: doc.to_string(),
                hook,
            };
            if hook {
                hooks.push(m);
            } else {
                generic.push(m);
            }
        }
    }
    let rank = |k: &str| INSTALL_ORDER.iter().position(|x| *x == k);
    let order = |a: &Manifest, b: &Manifest| match (rank(&a.kind), rank(&b.kind)) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.kind.cmp(&b.kind),
    };
    generic.sort_by(order);
    hooks.sort_by(order);
    generic.extend(hooks);
    Ok(generic)
}

/// The text `helm template` prints for rendered files.
pub fn helm_template_output(out: &BTreeMap<String, String>) -> Result<String, ChartError> {
    let mut s = String::new();
    for m in sort_manifests(out)? {
        s.push_str("---\n# Source: ");
        s.push_str(&m.source);
        s.push('\n');
        s.push_str(&m.content);
        s.push('\n');
    }
    Ok(s)
}
