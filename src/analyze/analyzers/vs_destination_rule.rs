//! virtualservice.DestinationRuleAnalyzer: subsets a VirtualService routes to must be defined
//! by a DestinationRule for that host.

use crate::analyze::fields::{arr, str_at};
use crate::analyze::hosts::{fqdn, resource_name_from_host};
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::REFERENCED_RESOURCE_NOT_FOUND;
use crate::analyze::routes::{mirror_destinations, route_destinations};
use crate::analyze::{Analyzer, Context, Out};
use std::collections::HashSet;

pub struct DestinationRuleAnalyzer;

impl Analyzer for DestinationRuleAnalyzer {
    fn name(&self) -> &'static str {
        "virtualservice.DestinationRuleAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Checks the destination rules associated with each virtual service"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::VIRTUAL_SERVICE, kinds::DESTINATION_RULE]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        let mut known: HashSet<((String, String), String)> = HashSet::new();
        for (_, r) in cx.snap.of(kinds::DESTINATION_RULE) {
            let host = fqdn(&r.namespace, str_at(r.spec(), &["host"]).unwrap_or(""));
            let name = resource_name_from_host(&r.namespace, &host);
            for s in arr(r.spec(), "subsets") {
                if let Some(n) = str_at(s, &["name"]) {
                    known.insert((name.clone(), n.to_string()));
                }
            }
        }
        for (i, r) in cx.snap.of(kinds::VIRTUAL_SERVICE) {
            for (dests, label) in [
                (
                    route_destinations(r.spec()),
                    "host+subset in destinationrule",
                ),
                (
                    mirror_destinations(r.spec()),
                    "mirror+subset in destinationrule",
                ),
            ] {
                for d in dests {
                    let subset = str_at(d.destination, &["subset"]).unwrap_or("");
                    if subset.is_empty() {
                        continue;
                    }
                    let host = str_at(d.destination, &["host"]).unwrap_or("");
                    let name = resource_name_from_host(&r.namespace, host);
                    if !known.contains(&(name, subset.to_string())) {
                        out.add_at(
                            &REFERENCED_RESOURCE_NOT_FOUND,
                            i,
                            cx.line(i, &d.path),
                            vec![label.into(), format!("{host}+{subset}").into()],
                        );
                    }
                }
            }
        }
    }
}
