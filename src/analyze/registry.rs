//! The hosts the mesh knows (ServiceEntries and Services) by export scope, with their ports,
//! and the `exportTo` visibility rules.

use super::fields::{arr, as_port};
use super::hosts::fqdn;
use super::kinds;
use super::snapshot::{Resource, Snapshot};
use serde_json::Value;

/// `exportTo` of a resource, or the default (visible everywhere).
pub fn export_to(r: &Resource) -> Vec<String> {
    r.spec()
        .get("exportTo")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .filter(|v: &Vec<String>| !v.is_empty())
        .unwrap_or_else(|| vec!["*".to_string()])
}

/// Whether a resource exported with `export` from `own_ns` is visible from `ns`.
pub fn visible_from(export: &[String], own_ns: &str, ns: &str) -> bool {
    export
        .iter()
        .any(|e| e == "*" || (e == "." && own_ns == ns) || e == ns)
}

/// Hosts known to the mesh (ServiceEntries and Services) by export scope, with their ports.
pub struct ServiceRegistry {
    /// (scope, fqdn) → ports; scope is `*` or a namespace.
    exact: std::collections::HashMap<(String, String), Vec<i64>>,
    /// Wildcard ServiceEntry hosts: (scope, host, ports).
    wildcards: Vec<(String, String, Vec<i64>)>,
}

impl ServiceRegistry {
    pub fn build(snap: &Snapshot) -> Self {
        let mut reg = ServiceRegistry {
            exact: std::collections::HashMap::new(),
            wildcards: Vec::new(),
        };
        for (_, r) in snap.of(kinds::SERVICE_ENTRY) {
            let ports: Vec<i64> = arr(r.spec(), "ports")
                .iter()
                .filter_map(|p| p.get("number").and_then(as_port))
                .collect();
            let export: Vec<String> = arr(r.spec(), "exportTo")
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect();
            let scopes: Vec<String> = if export.is_empty() || export.iter().any(|e| e == "*") {
                vec!["*".into()]
            } else {
                export
                    .iter()
                    .map(|e| {
                        if e == "." {
                            r.namespace.clone()
                        } else {
                            e.clone()
                        }
                    })
                    .collect()
            };
            for h in arr(r.spec(), "hosts").iter().filter_map(Value::as_str) {
                for sc in &scopes {
                    reg.insert(sc, &fqdn(&r.namespace, h), ports.clone());
                }
            }
        }
        for (_, r) in snap.of(kinds::SERVICE) {
            let ports: Vec<i64> = arr(r.spec(), "ports")
                .iter()
                .filter_map(|p| p.get("port").and_then(as_port))
                .collect();
            let scopes: Vec<String> = match r.annotation("networking.istio.io/exportTo") {
                None | Some("") => vec!["*".into()],
                Some(a) => a
                    .split(',')
                    .map(str::trim)
                    .map(|e| {
                        if e == "." {
                            r.namespace.clone()
                        } else {
                            e.to_string()
                        }
                    })
                    .collect(),
            };
            for sc in &scopes {
                reg.insert(sc, &fqdn(&r.namespace, &r.name), ports.clone());
            }
        }
        reg
    }

    fn insert(&mut self, scope: &str, host: &str, ports: Vec<i64>) {
        if host.starts_with('*') {
            self.wildcards
                .push((scope.to_string(), host.to_string(), ports));
        } else {
            self.exact
                .insert((scope.to_string(), host.to_string()), ports);
        }
    }

    /// The ports of the service a destination host resolves to from `ns` (with the VS's exportTo).
    pub fn lookup(&self, ns: &str, export_to: &[String], host: &str) -> Option<&Vec<i64>> {
        let h = fqdn(ns, host);
        if let Some(p) = self.exact.get(&("*".to_string(), h.clone())) {
            return Some(p);
        }
        let scopes: Vec<String> = if export_to.is_empty() {
            vec![ns.to_string()]
        } else {
            export_to
                .iter()
                .map(|e| if e == "." { ns.to_string() } else { e.clone() })
                .collect()
        };
        for sc in scopes {
            if let Some(p) = self.exact.get(&(sc, h.clone())) {
                return Some(p);
            }
        }
        let bare = h.strip_prefix('*').unwrap_or(&h);
        for (sc, wh, ports) in &self.wildcards {
            if sc != "*" && sc != ns {
                continue;
            }
            if bare.ends_with(wh.trim_start_matches('*')) {
                return Some(ports);
            }
        }
        None
    }
}
