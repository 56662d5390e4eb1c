//! meshnetworks.MeshNetworksAnalyzer: mesh networks may only name known service registries
//! (Kubernetes, or clusters joined through remote secrets).

use crate::analyze::fields::{arr, str_at};
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::UNKNOWN_MESH_NETWORKS_SERVICE_REGISTRY;
use crate::analyze::{Analyzer, Context, Out};
use serde_json::Value;

pub struct MeshNetworksAnalyzer;

impl Analyzer for MeshNetworksAnalyzer {
    fn name(&self) -> &'static str {
        "meshnetworks.MeshNetworksAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Check the validity of MeshNetworks in the cluster"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::MESH_NETWORKS, kinds::SECRET]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        let Some(res) = cx.mesh_networks_res else {
            return;
        };
        let mut known: Vec<String> = vec!["Kubernetes".into()];
        for (_, s) in cx.snap.of(kinds::SECRET) {
            if s.label("istio/multiCluster") == Some("true")
                && let Some(data) = s.value.get("data").and_then(Value::as_object)
            {
                known.extend(data.keys().cloned());
            }
        }
        let Some(networks) = cx.mesh_networks.get("networks").and_then(Value::as_object) else {
            return;
        };
        for (net, n) in networks {
            for ep in arr(n, "endpoints") {
                if let Some(reg) = str_at(ep, &["fromRegistry"])
                    && !known.iter().any(|k| k == reg)
                {
                    out.add(
                        &UNKNOWN_MESH_NETWORKS_SERVICE_REGISTRY,
                        res,
                        vec![reg.into(), net.clone().into()],
                    );
                }
            }
        }
    }
}
