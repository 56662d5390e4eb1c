//! auth.AuthorizationPoliciesAnalyzer: policies whose selector (or namespace) has no workloads,
//! and source namespaces that match no namespace.

use super::sidecar_selector::pod_is_ambient;
use crate::analyze::fields::arr;
use crate::analyze::glob::glob;
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::{NO_MATCHING_WORKLOADS_FOUND, REFERENCED_RESOURCE_NOT_FOUND};
use crate::analyze::selectors::selector_string;
use crate::analyze::workloads::{in_mesh, workload_selector};
use crate::analyze::{Analyzer, Context, Out};
use serde_json::Value;

pub struct AuthorizationPoliciesAnalyzer;

impl Analyzer for AuthorizationPoliciesAnalyzer {
    fn name(&self) -> &'static str {
        "auth.AuthorizationPoliciesAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Checks the validity of authorization policies"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[
            kinds::MESH_CONFIG,
            kinds::AUTHORIZATION_POLICY,
            kinds::NAMESPACE,
            kinds::POD,
        ]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        let root = cx.root_namespace();
        let meshed: std::collections::HashSet<usize> = cx
            .snap
            .of(kinds::POD)
            .filter(|(_, p)| in_mesh(cx.snap, p) || pod_is_ambient(p))
            .map(|(i, _)| i)
            .collect();
        let namespaces = cx.snap.namespaces_in_use();
        for (i, r) in cx.snap.of(kinds::AUTHORIZATION_POLICY) {
            let targeted = r.spec().get("targetRef").is_some_and(|t| !t.is_null())
                || r.spec()
                    .get("targetRefs")
                    .and_then(Value::as_array)
                    .is_some_and(|a| !a.is_empty());
            if !targeted {
                match workload_selector(r) {
                    Some(sel) => {
                        let ns = (r.namespace != root).then_some(r.namespace.as_str());
                        let found = cx
                            .snap
                            .pods()
                            .select(cx.snap, sel, ns)
                            .iter()
                            .any(|p| meshed.contains(p));
                        if !found {
                            out.add(
                                &NO_MATCHING_WORKLOADS_FOUND,
                                i,
                                vec![selector_string(sel).into()],
                            );
                        }
                    }
                    None => {
                        if r.namespace != root
                            && !meshed
                                .iter()
                                .any(|&p| cx.snap.res(p).namespace == r.namespace)
                        {
                            out.add(&NO_MATCHING_WORKLOADS_FOUND, i, vec!["".into()]);
                        }
                    }
                }
            }
            for rule in arr(r.spec(), "rules") {
                for from in arr(rule, "from") {
                    let Some(src) = from.get("source") else {
                        continue;
                    };
                    for key in ["namespaces", "notNamespaces"] {
                        for ns in arr(src, key).iter().filter_map(Value::as_str) {
                            if !namespaces.iter().any(|n| glob(ns, n)) {
                                out.add(
                                    &REFERENCED_RESOURCE_NOT_FOUND,
                                    i,
                                    vec!["namespace".into(), ns.into()],
                                );
                            }
                        }
                    }
                }
            }
        }
    }
}
