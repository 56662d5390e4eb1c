//! What kube-inject reads from the cluster: the injector and mesh ConfigMaps of a revision
//! (`istio-sidecar-injector[-REV]`, `istio[-REV]`) and whether every node runs native sidecars.

use crate::k8s::Cluster;
use k8s_openapi::api::core::v1::{ConfigMap, Node};
use kube::api::{Api, ListParams};

/// `name` for the default revision, `name-REV` for another.
pub fn revision_name(name: &str, revision: Option<&str>) -> String {
    match revision {
        Some(r) if !r.is_empty() && r != "default" => format!("{name}-{r}"),
        _ => name.to_string(),
    }
}

/// One ConfigMap of the Istio namespace; `None` when it is missing or cannot be read (the
/// caller then falls back to the bundled configuration and says so).
pub async fn config_map(cluster: &Cluster, namespace: &str, name: &str) -> Option<ConfigMap> {
    let api: Api<ConfigMap> = Api::namespaced(cluster.client.clone(), namespace);
    let what = format!("ConfigMap {namespace}/{name}");
    cluster
        .call(api.get_opt(name), "get", &what)
        .await
        .ok()
        .flatten()
}

/// Whether every node's kubelet is 1.33 or newer (native sidecars); false when the nodes
/// cannot be listed or there are none.
pub async fn nodes_run_native_sidecars(cluster: &Cluster) -> bool {
    let nodes: Api<Node> = Api::all(cluster.client.clone());
    match cluster
        .call(nodes.list(&ListParams::default()), "list", "nodes")
        .await
    {
        Ok(list) if !list.items.is_empty() => list.items.iter().all(|n| {
            n.status
                .as_ref()
                .and_then(|s| s.node_info.as_ref())
                .map(|i| kubelet_minor(&i.kubelet_version) >= 33)
                .unwrap_or(false)
        }),
        _ => false,
    }
}

/// The minor version of a kubelet version string (`v1.33.2+k3s1` → 33; 0 when unreadable).
fn kubelet_minor(v: &str) -> u32 {
    v.trim_start_matches('v')
        .split('.')
        .nth(1)
        .and_then(|m| m.trim_end_matches('+').parse().ok())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revision_names_and_kubelet_minors() {
        assert_eq!(revision_name("istio", None), "istio");
        assert_eq!(revision_name("istio", Some("default")), "istio");
        assert_eq!(revision_name("istio", Some("canary")), "istio-canary");
        assert_eq!(kubelet_minor("v1.33.2"), 33);
        assert_eq!(kubelet_minor("garbage"), 0);
    }
}
