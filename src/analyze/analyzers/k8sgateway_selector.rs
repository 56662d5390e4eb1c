//! k8sgateway.SelectorAnalyzer: policies selecting a Kubernetes Gateway's pods by label have no
//! effect; they must use targetRef(s).

use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::INEFFECTIVE_SELECTOR;
use crate::analyze::workloads::workload_selector;
use crate::analyze::{Analyzer, Context, Out};

pub struct SelectorAnalyzer;

const POLICIES: &[Gk] = &[
    kinds::AUTHORIZATION_POLICY,
    kinds::REQUEST_AUTHENTICATION,
    kinds::TELEMETRY,
    kinds::WASM_PLUGIN,
];

const GATEWAY_NAME_LABEL: &str = "gateway.networking.k8s.io/gateway-name";

impl Analyzer for SelectorAnalyzer {
    fn name(&self) -> &'static str {
        "k8sgateway.SelectorAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Check that selectors are effective for Kubernetes gateway"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[
            kinds::AUTHORIZATION_POLICY,
            kinds::REQUEST_AUTHENTICATION,
            kinds::TELEMETRY,
            kinds::WASM_PLUGIN,
            kinds::POD,
        ]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        for gk in POLICIES {
            for (i, r) in cx.snap.of(*gk) {
                let targeted = r.spec().get("targetRef").is_some_and(|t| !t.is_null())
                    || r.spec()
                        .get("targetRefs")
                        .and_then(|t| t.as_array())
                        .is_some_and(|a| !a.is_empty());
                if targeted {
                    continue;
                }
                let Some(sel) = workload_selector(r) else {
                    continue;
                };
                let gateway = cx
                    .snap
                    .pods()
                    .select(cx.snap, sel, Some(&r.namespace))
                    .into_iter()
                    .find_map(|p| cx.snap.res(p).label(GATEWAY_NAME_LABEL).map(str::to_string));
                if let Some(g) = gateway {
                    out.add(&INEFFECTIVE_SELECTOR, i, vec![g.into()]);
                }
            }
        }
    }
}
