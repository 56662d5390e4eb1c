//! virtualservice.ConflictingMeshGatewayHostsAnalyzer: several mesh-bound VirtualServices for the
//! same host, visible in a common namespace, have undefined merge behaviour.

use crate::analyze::fields::str_list;
use crate::analyze::hosts::{fqdn, hosts_match};
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::CONFLICTING_MESH_GATEWAY_VIRTUAL_SERVICE_HOSTS;
use crate::analyze::routes::vs_on_mesh;
use crate::analyze::{Analyzer, Context, Out};
use std::collections::{BTreeMap, HashMap};

pub struct ConflictingMeshGatewayHostsAnalyzer;

/// Namespaces a VirtualService is visible in (`*` for all).
fn scopes(ns: &str, export: &[String]) -> Vec<String> {
    if export.is_empty() || export.iter().any(|e| e == "*") {
        return vec!["*".into()];
    }
    let mut v: Vec<String> = export
        .iter()
        .map(|e| if e == "." { ns.to_string() } else { e.clone() })
        .collect();
    v.sort();
    v.dedup();
    v
}

fn scopes_overlap(a: &[String], b: &[String]) -> bool {
    a.iter()
        .any(|x| x == "*" || b.iter().any(|y| y == "*" || y == x))
}

impl Analyzer for ConflictingMeshGatewayHostsAnalyzer {
    fn name(&self) -> &'static str {
        "virtualservice.ConflictingMeshGatewayHostsAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Checks if multiple virtual services associated with the mesh gateway have conflicting hosts"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::VIRTUAL_SERVICE]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        // (host, vs index, scopes)
        let mut entries: Vec<(String, usize, Vec<String>)> = Vec::new();
        for (i, r) in cx.snap.of(kinds::VIRTUAL_SERVICE) {
            if !vs_on_mesh(r.spec()) {
                continue;
            }
            let sc = scopes(&r.namespace, &str_list(r.spec(), "exportTo"));
            for h in str_list(r.spec(), "hosts") {
                entries.push((fqdn(&r.namespace, &h), i, sc.clone()));
            }
        }
        // Exact hosts bucket together; wildcard hosts are compared with everything.
        let mut by_host: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut wild: Vec<usize> = Vec::new();
        for (k, e) in entries.iter().enumerate() {
            by_host.entry(e.0.as_str()).or_default().push(k);
            if e.0.starts_with('*') {
                wild.push(k);
            }
        }
        // entry → conflicting entries (including itself)
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        let link = |a: usize, b: usize, groups: &mut BTreeMap<usize, Vec<usize>>| {
            if entries[a].1 == entries[b].1 || !scopes_overlap(&entries[a].2, &entries[b].2) {
                return;
            }
            for (x, y) in [(a, b), (b, a)] {
                let g = groups.entry(x).or_insert_with(|| vec![x]);
                if !g.contains(&y) {
                    g.push(y);
                }
            }
        };
        for list in by_host.values() {
            for (n, &a) in list.iter().enumerate() {
                for &b in &list[n + 1..] {
                    link(a, b, &mut groups);
                }
            }
        }
        for &w in &wild {
            for b in 0..entries.len() {
                if b != w
                    && entries[b].0 != entries[w].0
                    && hosts_match(&entries[w].0, &entries[b].0)
                {
                    link(w, b, &mut groups);
                }
            }
        }
        // One message per VirtualService: every VirtualService it conflicts with, first host.
        let mut per_vs: BTreeMap<usize, (Vec<usize>, String)> = BTreeMap::new();
        for (a, members) in groups {
            let e = per_vs
                .entry(entries[a].1)
                .or_insert_with(|| (Vec::new(), entries[a].0.clone()));
            for m in members {
                if !e.0.contains(&entries[m].1) {
                    e.0.push(entries[m].1);
                }
            }
        }
        for (vs, (mut members, host)) in per_vs {
            members.sort();
            let names: Vec<String> = members
                .iter()
                .map(|&m| cx.snap.res(m).full_name())
                .collect();
            out.add_at(
                &CONFLICTING_MESH_GATEWAY_VIRTUAL_SERVICE_HOSTS,
                vs,
                cx.line(vs, "metadata.name"),
                vec![names.join(",").into(), host.into()],
            );
        }
    }
}
