//! destinationrule.SubsetSelectPodAnalyzer: a DestinationRule's host must be a known service, and
//! each subset should select at least one of its pods (node topology labels count).

use crate::analyze::fields::{arr, str_at, str_list};
use crate::analyze::hosts::{fqdn, resource_name_from_host};
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::{
    DESTINATION_RULE_SUBSET_NOT_SELECT_PODS, UNKNOWN_DESTINATION_RULE_HOST,
};
use crate::analyze::{Analyzer, Context, Out};
use serde_json::{Map, Value};
use std::collections::HashSet;

pub struct SubsetSelectPodAnalyzer;

const TOPOLOGY: &[&str] = &[
    "topology.kubernetes.io/region",
    "topology.kubernetes.io/zone",
    "topology.istio.io/subzone",
    "kubernetes.io/hostname",
];

impl Analyzer for SubsetSelectPodAnalyzer {
    fn name(&self) -> &'static str {
        "destinationrule.SubsetSelectPodAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Checks that the subsets of a DestinationRule select pods of its host"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[
            kinds::DESTINATION_RULE,
            kinds::POD,
            kinds::SERVICE,
            kinds::SERVICE_ENTRY,
            kinds::NODE,
        ]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        let se_hosts: HashSet<String> = cx
            .snap
            .of(kinds::SERVICE_ENTRY)
            .flat_map(|(_, r)| {
                str_list(r.spec(), "hosts")
                    .into_iter()
                    .map(|h| fqdn(&r.namespace, &h))
                    .collect::<Vec<_>>()
            })
            .collect();
        for (i, r) in cx.snap.of(kinds::DESTINATION_RULE) {
            let host = str_at(r.spec(), &["host"]).unwrap_or("");
            if host.is_empty() || host.starts_with('*') {
                continue;
            }
            let full = fqdn(&r.namespace, host);
            if se_hosts.contains(&full) {
                continue;
            }
            let (ns, name) = resource_name_from_host(&r.namespace, &full);
            let Some(svc) = cx.snap.get(kinds::SERVICE, &ns, &name) else {
                out.add(&UNKNOWN_DESTINATION_RULE_HOST, i, vec![host.into()]);
                continue;
            };
            let Some(sel) = svc
                .spec()
                .get("selector")
                .and_then(Value::as_object)
                .filter(|s| !s.is_empty())
            else {
                continue;
            };
            // The labels of each backing pod, with its node's topology labels.
            let pods: Vec<Map<String, Value>> = cx
                .snap
                .pods()
                .select(cx.snap, sel, Some(&ns))
                .into_iter()
                .map(|i| cx.snap.res(i))
                .map(|p| {
                    let mut l = p.labels().cloned().unwrap_or_default();
                    if let Some(node) = str_at(p.spec(), &["nodeName"])
                        .and_then(|n| cx.snap.get(kinds::NODE, "", n))
                    {
                        for k in TOPOLOGY {
                            if let Some(v) = node.label(k).filter(|v| !v.is_empty()) {
                                l.entry(k.to_string())
                                    .or_insert_with(|| Value::String(v.to_string()));
                            }
                        }
                    }
                    l
                })
                .collect();
            for s in arr(r.spec(), "subsets") {
                let Some(labels) = s
                    .get("labels")
                    .and_then(Value::as_object)
                    .filter(|l| !l.is_empty())
                else {
                    continue;
                };
                let selects = pods.iter().any(|pl| {
                    labels.iter().all(|(k, v)| {
                        v.as_str().is_some_and(|v| !v.is_empty())
                            && pl.get(k).and_then(Value::as_str) == v.as_str()
                    })
                });
                if !selects {
                    out.add(
                        &DESTINATION_RULE_SUBSET_NOT_SELECT_PODS,
                        i,
                        vec![str_at(s, &["name"]).unwrap_or("").into()],
                    );
                }
            }
        }
    }
}
