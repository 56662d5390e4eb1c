//! deprecation.DeprecationAnalyzer: deprecated fields and removed custom resource types.

use crate::analyze::fields::{arr, str_at};
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::DEPRECATED;
use crate::analyze::{Analyzer, Context, Out};
use serde_json::Value;

pub struct DeprecationAnalyzer;

/// Istio custom resource types that no longer exist.
const REMOVED_CRDS: &[(&str, &str)] = &[
    ("rbac.istio.io", "ClusterRbacConfig"),
    ("rbac.istio.io", "RbacConfig"),
    ("rbac.istio.io", "ServiceRole"),
    ("rbac.istio.io", "ServiceRoleBinding"),
];

impl Analyzer for DeprecationAnalyzer {
    fn name(&self) -> &'static str {
        "deprecation.DeprecationAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Checks for deprecated Istio types and fields"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::VIRTUAL_SERVICE, kinds::SIDECAR, kinds::CRD]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        for (i, r) in cx.snap.of(kinds::VIRTUAL_SERVICE) {
            for route in arr(r.spec(), "http") {
                let pct = route
                    .get("fault")
                    .and_then(|f| f.get("delay"))
                    .and_then(|d| d.get("percent"))
                    .and_then(Value::as_f64)
                    .unwrap_or(0.0);
                if pct > 0.0 {
                    out.add(
                        &DEPRECATED,
                        i,
                        vec!["HTTPRoute.fault.delay.percent is deprecated; use HTTPRoute.fault.delay.percentage".into()],
                    );
                }
            }
        }
        for (i, r) in cx.snap.of(kinds::SIDECAR) {
            if r.spec()
                .get("outboundTrafficPolicy")
                .and_then(|o| o.get("egressProxy"))
                .is_some_and(|e| !e.is_null())
            {
                out.add(
                    &DEPRECATED,
                    i,
                    vec!["OutboundTrafficPolicy.EgressProxy ignored".into()],
                );
            }
        }
        for (i, r) in cx.snap.of(kinds::CRD) {
            let group = str_at(r.spec(), &["group"]).unwrap_or("");
            let kind = str_at(r.spec(), &["names", "kind"]).unwrap_or("");
            if REMOVED_CRDS.contains(&(group, kind)) {
                out.add(
                    &DEPRECATED,
                    i,
                    vec![format!("Custom resource type {group} {kind} is removed").into()],
                );
            }
        }
    }
}
