//! deployment.MultiServiceAnalyzer: a meshed Deployment selected by several Services that use one
//! port with different protocols, or one targetPort with different ports.

use crate::analyze::fields::{arr, as_port, str_at};
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::{
    DEPLOYMENT_ASSOCIATED_TO_MULTIPLE_SERVICES, DEPLOYMENT_CONFLICTING_PORTS,
};
use crate::analyze::selectors::selector_matches;
use crate::analyze::workloads::{in_mesh, pod_labels};
use crate::analyze::{Analyzer, Context, Out};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};

pub struct MultiServiceAnalyzer;

impl Analyzer for MultiServiceAnalyzer {
    fn name(&self) -> &'static str {
        "deployment.MultiServiceAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Checks association between services and pods"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::SERVICE, kinds::DEPLOYMENT, kinds::NAMESPACE]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        let mut svc_by_ns: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, s) in cx.snap.of(kinds::SERVICE) {
            svc_by_ns.entry(s.namespace.as_str()).or_default().push(i);
        }
        for (i, r) in cx.snap.of(kinds::DEPLOYMENT) {
            if r.label("gateway.istio.io/managed") == Some("istio.io-mesh-controller")
                || !in_mesh(cx.snap, r)
            {
                continue;
            }
            let labels = pod_labels(r);
            let mut matching = Vec::new();
            for &si in svc_by_ns
                .get(r.namespace.as_str())
                .map(Vec::as_slice)
                .unwrap_or(&[])
            {
                let s = cx.snap.res(si);
                let Some(sel) = s.spec().get("selector").and_then(Value::as_object) else {
                    continue;
                };
                if !sel.is_empty() && selector_matches(sel, labels) {
                    matching.push(s);
                }
            }
            // port → protocol → services
            let mut by_port: BTreeMap<i64, BTreeMap<String, Vec<String>>> = BTreeMap::new();
            // targetPort → port → service
            let mut by_target: BTreeMap<String, BTreeMap<i64, String>> = BTreeMap::new();
            for s in &matching {
                for p in arr(s.spec(), "ports") {
                    let port = p.get("port").and_then(as_port).unwrap_or(0);
                    let proto = str_at(p, &["protocol"])
                        .filter(|x| !x.is_empty())
                        .unwrap_or("TCP");
                    by_port
                        .entry(port)
                        .or_default()
                        .entry(proto.to_string())
                        .or_default()
                        .push(s.full_name());
                    let tp = match p.get("targetPort") {
                        Some(Value::String(t)) if !t.is_empty() => t.clone(),
                        Some(Value::Number(n)) if n.as_i64() != Some(0) => n.to_string(),
                        _ => port.to_string(),
                    };
                    by_target.entry(tp).or_default().insert(port, s.full_name());
                }
            }
            for (port, protos) in &by_port {
                if protos.len() > 1 {
                    let mut names: Vec<String> = protos.values().flatten().cloned().collect();
                    names.sort();
                    out.add_at(
                        &DEPLOYMENT_ASSOCIATED_TO_MULTIPLE_SERVICES,
                        i,
                        cx.line(i, "metadata.name"),
                        vec![r.name.clone().into(), (*port).into(), names.into()],
                    );
                }
            }
            for (tp, ports) in &by_target {
                if ports.len() > 1 {
                    let mut names: Vec<String> = ports.values().cloned().collect();
                    names.sort();
                    let nums: Vec<String> = ports.keys().map(|p| p.to_string()).collect();
                    out.add_at(
                        &DEPLOYMENT_CONFLICTING_PORTS,
                        i,
                        cx.line(i, "metadata.name"),
                        vec![
                            r.name.clone().into(),
                            names.into(),
                            tp.clone().into(),
                            nums.into(),
                        ],
                    );
                }
            }
        }
    }
}
