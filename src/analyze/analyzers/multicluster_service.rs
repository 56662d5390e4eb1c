//! services.MultiClusterServiceAnalyzer: a Service with the same name in several clusters must be
//! defined the same way in each (ports, type, headless or not).

use crate::analyze::fields::{arr, as_port, str_at};
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::MULTI_CLUSTER_INCONSISTENT_SERVICE;
use crate::analyze::{Analyzer, Context, Out, Resource};
use serde_json::Value;
use std::collections::BTreeMap;

pub struct MultiClusterServiceAnalyzer;

fn port_key(p: &Value) -> (i64, String, String) {
    (
        p.get("port").and_then(as_port).unwrap_or(0),
        str_at(p, &["name"]).unwrap_or("").to_string(),
        str_at(p, &["protocol"]).unwrap_or("TCP").to_string(),
    )
}

fn headless(r: &Resource) -> bool {
    str_at(r.spec(), &["clusterIP"]) == Some("None")
}

/// The differences between two definitions of a Service, in words.
fn differences(a: &Resource, b: &Resource) -> Vec<String> {
    let mut diffs = Vec::new();
    let ta = str_at(a.spec(), &["type"]).unwrap_or("ClusterIP");
    let tb = str_at(b.spec(), &["type"]).unwrap_or("ClusterIP");
    if ta != tb {
        diffs.push(format!("service type {ta} and {tb} differ"));
    }
    if headless(a) != headless(b) {
        diffs.push("service is headless in one cluster and not in another".into());
    }
    let pa: Vec<_> = arr(a.spec(), "ports").iter().map(port_key).collect();
    let pb: Vec<_> = arr(b.spec(), "ports").iter().map(port_key).collect();
    if pa.len() != pb.len() {
        diffs.push("service ports differ in number".into());
    } else {
        for (x, y) in pa.iter().zip(&pb) {
            if x.0 != y.0 {
                diffs.push(format!("port {} and {} differ", x.0, y.0));
            } else if x.1 != y.1 {
                diffs.push(format!("port {} names {} and {} differ", x.0, x.1, y.1));
            } else if x.2 != y.2 {
                diffs.push(format!("port {} protocols {} and {} differ", x.0, x.2, y.2));
            }
        }
    }
    diffs
}

impl Analyzer for MultiClusterServiceAnalyzer {
    fn name(&self) -> &'static str {
        "services.MultiClusterServiceAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Check the validity of services in the multi-cluster environment"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::SERVICE]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        let mut by_name: BTreeMap<(&str, &str), Vec<usize>> = BTreeMap::new();
        for (i, r) in cx.snap.of(kinds::SERVICE) {
            if r.origin.cluster.is_some() {
                by_name
                    .entry((r.namespace.as_str(), r.name.as_str()))
                    .or_default()
                    .push(i);
            }
        }
        for ((ns, name), ids) in by_name {
            if ids.len() < 2 {
                continue;
            }
            let first = cx.snap.res(ids[0]);
            let mut diffs = Vec::new();
            let mut clusters = vec![first.origin.cluster.clone().unwrap_or_default()];
            for &j in &ids[1..] {
                let other = cx.snap.res(j);
                clusters.push(other.origin.cluster.clone().unwrap_or_default());
                diffs.extend(differences(first, other));
            }
            if !diffs.is_empty() {
                out.add(
                    &MULTI_CLUSTER_INCONSISTENT_SERVICE,
                    ids[0],
                    vec![
                        name.into(),
                        ns.into(),
                        clusters.into(),
                        diffs.join("; ").into(),
                    ],
                );
            }
        }
    }
}
