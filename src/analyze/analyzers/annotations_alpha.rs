//! annotations.AlphaAnalyzer (only by name): Istio annotations of alpha-phase features.

use super::annotation_catalog as catalog;
use super::annotations_k8s::KINDS;
use crate::analyze::fields::{arr, str_at};
use crate::analyze::kinds::Gk;
use crate::analyze::messages::ALPHA_ANNOTATION;
use crate::analyze::workloads::pod_spec;
use crate::analyze::{Analyzer, Context, Out};

pub struct AlphaAnalyzer;

/// Annotations the injector itself writes with default values on CNI-injected pods.
const INJECTOR_DEFAULTS: &[&str] = &[
    "sidecar.istio.io/interceptionMode",
    "traffic.sidecar.istio.io/excludeInboundPorts",
    "traffic.sidecar.istio.io/includeInboundPorts",
    "traffic.sidecar.istio.io/includeOutboundIPRanges",
];

impl Analyzer for AlphaAnalyzer {
    fn name(&self) -> &'static str {
        "annotations.AlphaAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Checks for alpha Istio annotations in Kubernetes resources"
    }
    fn inputs(&self) -> &'static [Gk] {
        KINDS
    }
    fn in_all(&self) -> bool {
        false
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        for gk in KINDS {
            for (i, r) in cx.snap.of(*gk) {
                let Some(annos) = r.annotations() else {
                    continue;
                };
                let cni_injected = pod_spec(r).is_some_and(|s| {
                    arr(s, "initContainers")
                        .iter()
                        .any(|c| str_at(c, &["name"]) == Some("istio-validation"))
                });
                for name in annos.keys() {
                    if cni_injected && INJECTOR_DEFAULTS.contains(&name.as_str()) {
                        continue;
                    }
                    if catalog::lookup(name).is_some_and(|d| d.alpha) {
                        out.add(&ALPHA_ANNOTATION, i, vec![name.into()]);
                    }
                }
            }
        }
    }
}
