//! sidecar.SelectorAnalyzer: Sidecar workload selectors that select nothing or overlap,
//! several selector-less Sidecars in one namespace, and Sidecars in ambient namespaces.

use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::{
    CONFLICTING_SIDECAR_WORKLOAD_SELECTORS, INEFFECTIVE_POLICY,
    MULTIPLE_SIDECARS_WITHOUT_WORKLOAD_SELECTORS, REFERENCED_RESOURCE_NOT_FOUND,
};
use crate::analyze::selectors::{selector_matches, selector_string};
use crate::analyze::workloads::pods_by_namespace;
use crate::analyze::{Analyzer, Context, Out, Resource};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap};

pub struct SelectorAnalyzer;

fn sidecar_selector(r: &Resource) -> Option<&Map<String, Value>> {
    r.spec()
        .get("workloadSelector")
        .and_then(|w| w.get("labels"))
        .and_then(Value::as_object)
        .filter(|m| !m.is_empty())
}

/// A namespace in ambient mode that does not also ask for sidecar injection.
pub fn namespace_is_ambient(ns: Option<&Resource>) -> bool {
    let Some(ns) = ns else {
        return false;
    };
    ns.label("istio.io/dataplane-mode") == Some("ambient")
        && ns.label("istio-injection") != Some("enabled")
        && ns.label("istio.io/rev").is_none()
}

/// A pod the ambient data plane captures.
pub fn pod_is_ambient(p: &Resource) -> bool {
    p.annotation("ambient.istio.io/redirection") == Some("enabled")
}

impl Analyzer for SelectorAnalyzer {
    fn name(&self) -> &'static str {
        "sidecar.SelectorAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Validates that sidecars that define a workload selector match at least one pod, and that there aren't multiple sidecar resources that select overlapping pods"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::SIDECAR, kinds::POD, kinds::NAMESPACE]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        let pods = pods_by_namespace(cx.snap);
        let mut no_selector: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        // pod → sidecars selecting it
        let mut selecting: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, r) in cx.snap.of(kinds::SIDECAR) {
            let ns_res = cx.snap.get(kinds::NAMESPACE, "", &r.namespace);
            let ambient_ns = namespace_is_ambient(ns_res);
            let Some(sel) = sidecar_selector(r) else {
                no_selector.entry(r.namespace.as_str()).or_default().push(i);
                if ambient_ns {
                    out.add(
                        &INEFFECTIVE_POLICY,
                        i,
                        vec!["namespace is in ambient mode, the policy will be ignored".into()],
                    );
                }
                continue;
            };
            let mut found = false;
            let mut ambient_pod = false;
            for &p in pods
                .get(r.namespace.as_str())
                .map(Vec::as_slice)
                .unwrap_or(&[])
            {
                let pr = cx.snap.res(p);
                if selector_matches(sel, pr.labels()) {
                    found = true;
                    selecting.entry(p).or_default().push(i);
                    if ambient_ns || pod_is_ambient(pr) {
                        ambient_pod = true;
                    }
                }
            }
            if !found {
                out.add(
                    &REFERENCED_RESOURCE_NOT_FOUND,
                    i,
                    vec!["selector".into(), selector_string(sel).into()],
                );
            }
            if ambient_pod {
                out.add(
                    &INEFFECTIVE_POLICY,
                    i,
                    vec!["selected workload is in ambient mode, the policy will be ignored".into()],
                );
            }
        }
        for (ns, list) in &no_selector {
            if list.len() > 1 {
                let names: Vec<String> =
                    list.iter().map(|&i| cx.snap.res(i).name.clone()).collect();
                for &i in list {
                    out.add(
                        &MULTIPLE_SIDECARS_WITHOUT_WORKLOAD_SELECTORS,
                        i,
                        vec![names.clone().into(), (*ns).into()],
                    );
                }
            }
        }
        let mut pods_sorted: Vec<_> = selecting.into_iter().filter(|(_, v)| v.len() > 1).collect();
        pods_sorted.sort();
        for (p, list) in pods_sorted {
            let pr = cx.snap.res(p);
            let names: Vec<String> = list.iter().map(|&i| cx.snap.res(i).name.clone()).collect();
            for &i in &list {
                out.add(
                    &CONFLICTING_SIDECAR_WORKLOAD_SELECTORS,
                    i,
                    vec![
                        names.clone().into(),
                        pr.namespace.clone().into(),
                        pr.name.clone().into(),
                    ],
                );
            }
        }
    }
}
