//! gateway.IngressGatewayPortAnalyzer: a Gateway's server ports must be exposed by a Service
//! that selects the gateway's pods.

use crate::analyze::fields::{arr, as_port, str_at};
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::{
    GATEWAY_PORT_NOT_DEFINED_ON_SERVICE, REFERENCED_RESOURCE_NOT_FOUND,
};
use crate::analyze::selectors::{selector_matches, selector_string};
use crate::analyze::{Analyzer, Context, Out};
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};

pub struct IngressGatewayPortAnalyzer;

/// A Gateway's `spec.selector` (a plain label map).
pub fn gateway_selector(spec: &Value) -> Map<String, Value> {
    spec.get("selector")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default()
}

/// The line of the selector's first label (by key order), as istioctl points at it.
pub fn selector_line(cx: &Context, res: usize, sel: &Map<String, Value>) -> Option<usize> {
    use crate::analyze::lines::Seg;
    let mut keys: Vec<&String> = sel.keys().collect();
    keys.sort();
    let k = keys.first()?;
    cx.line_at(res, &[Seg::Key("spec"), Seg::Key("selector"), Seg::Key(k)])
}

impl Analyzer for IngressGatewayPortAnalyzer {
    fn name(&self) -> &'static str {
        "gateway.IngressGatewayPortAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Checks a gateway's ports against the gateway's Kubernetes service ports"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::GATEWAY, kinds::POD, kinds::SERVICE]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        let mut services_by_ns: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, s) in cx.snap.of(kinds::SERVICE) {
            services_by_ns
                .entry(s.namespace.as_str())
                .or_default()
                .push(i);
        }
        for (i, r) in cx.snap.of(kinds::GATEWAY) {
            let sel = gateway_selector(r.spec());
            let mut ports: HashSet<i64> = HashSet::new();
            let mut matched = 0;
            for p in cx.snap.pods().select(cx.snap, &sel, None) {
                let pod = cx.snap.res(p);
                matched += 1;
                for &si in services_by_ns
                    .get(pod.namespace.as_str())
                    .map(Vec::as_slice)
                    .unwrap_or(&[])
                {
                    let svc = cx.snap.res(si);
                    let Some(ssel) = svc.spec().get("selector").and_then(Value::as_object) else {
                        continue;
                    };
                    if !selector_matches(ssel, pod.labels()) {
                        continue;
                    }
                    for p in arr(svc.spec(), "ports") {
                        let proto = str_at(p, &["protocol"]).unwrap_or("TCP");
                        if proto != "TCP" {
                            continue;
                        }
                        if let Some(n) = p.get("port").and_then(as_port) {
                            ports.insert(n);
                        }
                        if let Some(t) = p.get("targetPort").and_then(as_port) {
                            ports.insert(t);
                        }
                    }
                }
            }
            let sel_str = selector_string(&sel);
            let sel_line = selector_line(cx, i, &sel);
            if matched == 0 {
                out.add_at(
                    &REFERENCED_RESOURCE_NOT_FOUND,
                    i,
                    sel_line,
                    vec!["selector".into(), sel_str.into()],
                );
                continue;
            }
            for s in arr(r.spec(), "servers") {
                if let Some(n) = s
                    .get("port")
                    .and_then(|p| p.get("number"))
                    .and_then(as_port)
                    && !ports.contains(&n)
                {
                    out.add_at(
                        &GATEWAY_PORT_NOT_DEFINED_ON_SERVICE,
                        i,
                        sel_line,
                        vec![n.into(), sel_str.clone().into()],
                    );
                }
            }
        }
    }
}
