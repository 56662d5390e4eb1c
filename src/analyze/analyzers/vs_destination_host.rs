//! virtualservice.DestinationHostAnalyzer: route and mirror destinations must be known hosts
//! (Services or ServiceEntries visible from the VirtualService) on ports they expose; subsets
//! of mesh routes have no effect on gateway routes to the same host.

use crate::analyze::fields::{arr, str_at, str_list};
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::{
    INGRESS_ROUTE_RULES_NOT_AFFECTED, REFERENCED_RESOURCE_NOT_FOUND,
    VIRTUAL_SERVICE_DESTINATION_PORT_SELECTOR_REQUIRED,
};
use crate::analyze::registry::ServiceRegistry;
use crate::analyze::routes::{RouteDestination, mirror_destinations, route_destinations};
use crate::analyze::{Analyzer, Context, Out, Resource};
use serde_json::Value;

pub struct DestinationHostAnalyzer;

impl Analyzer for DestinationHostAnalyzer {
    fn name(&self) -> &'static str {
        "virtualservice.DestinationHostAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Checks the destination hosts associated with each virtual service"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::SERVICE_ENTRY, kinds::VIRTUAL_SERVICE, kinds::SERVICE]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        let reg = ServiceRegistry::build(cx.snap);
        // VirtualServices whose routes use subsets of their own hosts.
        let mut subset_vs: Vec<(String, Vec<String>)> = Vec::new();
        for (_, r) in cx.snap.of(kinds::VIRTUAL_SERVICE) {
            let hosts = str_list(r.spec(), "hosts");
            let mut dests = Vec::new();
            for h in arr(r.spec(), "http") {
                for d in arr(h, "route") {
                    let dest = d.get("destination").unwrap_or(&Value::Null);
                    let host = str_at(dest, &["host"]).unwrap_or("");
                    if str_at(dest, &["subset"]).is_some_and(|s| !s.is_empty())
                        && hosts.iter().any(|x| x == host)
                    {
                        dests.push(host.to_string());
                    }
                }
            }
            if !dests.is_empty() {
                subset_vs.push((r.full_name(), dests));
            }
        }
        for (i, r) in cx.snap.of(kinds::VIRTUAL_SERVICE) {
            let export = str_list(r.spec(), "exportTo");
            for d in route_destinations(r.spec()) {
                check(cx, out, &reg, i, r, &export, &d, "host");
            }
            for d in mirror_destinations(r.spec()) {
                check(cx, out, &reg, i, r, &export, &d, "mirror host");
            }
            if arr(r.spec(), "gateways").is_empty() {
                continue;
            }
            for h in arr(r.spec(), "http") {
                for d in arr(h, "route") {
                    let dest = d.get("destination").unwrap_or(&Value::Null);
                    if str_at(dest, &["subset"]).is_some_and(|s| !s.is_empty()) {
                        continue;
                    }
                    let host = str_at(dest, &["host"]).unwrap_or("");
                    for (vs, hosts) in &subset_vs {
                        for x in hosts {
                            if x == host {
                                out.add(
                                    &INGRESS_ROUTE_RULES_NOT_AFFECTED,
                                    i,
                                    vec![vs.clone().into(), r.full_name().into()],
                                );
                            }
                        }
                    }
                }
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn check(
    cx: &Context,
    out: &mut Out,
    reg: &ServiceRegistry,
    i: usize,
    r: &Resource,
    export: &[String],
    d: &RouteDestination,
    what: &str,
) {
    let host = str_at(d.destination, &["host"]).unwrap_or("");
    let line = cx.line(i, &d.path);
    let Some(ports) = reg.lookup(&r.namespace, export, host) else {
        out.add_at(
            &REFERENCED_RESOURCE_NOT_FOUND,
            i,
            line,
            vec![what.into(), host.into()],
        );
        return;
    };
    match d
        .destination
        .get("port")
        .and_then(|p| p.get("number"))
        .and_then(Value::as_i64)
    {
        None => {
            if ports.len() > 1 {
                let list: Vec<String> = ports.iter().map(|p| p.to_string()).collect();
                out.add_at(
                    &VIRTUAL_SERVICE_DESTINATION_PORT_SELECTOR_REQUIRED,
                    i,
                    line,
                    vec![crate::analyze::message::go_quote(host).into(), list.into()],
                );
            }
        }
        Some(n) => {
            if !ports.contains(&n) {
                out.add_at(
                    &REFERENCED_RESOURCE_NOT_FOUND,
                    i,
                    line,
                    vec!["host:port".into(), format!("{host}:{n}").into()],
                );
            }
        }
    }
}
