//! gateway.ConflictingGatewayAnalyzer: Gateways selecting the same workloads on the same port
//! with overlapping hosts conflict.

use super::gateway_port::gateway_selector;
use crate::analyze::fields::{arr, as_port, str_list};
use crate::analyze::hosts::hosts_match;
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::CONFLICTING_GATEWAYS;
use crate::analyze::selectors::selector_string;
use crate::analyze::{Analyzer, Context, Out};
use std::collections::{BTreeMap, BTreeSet};

pub struct ConflictingGatewayAnalyzer;

struct Server {
    gw: usize,
    port: i64,
    hosts: Vec<String>,
}

impl Analyzer for ConflictingGatewayAnalyzer {
    fn name(&self) -> &'static str {
        "gateway.ConflictingGatewayAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Checks a gateway's selector, port number and hosts"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::GATEWAY, kinds::POD]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        let mut selected: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
        let mut by_port: BTreeMap<i64, Vec<Server>> = BTreeMap::new();
        for (i, r) in cx.snap.of(kinds::GATEWAY) {
            let sel = gateway_selector(r.spec());
            let set: BTreeSet<usize> = cx
                .snap
                .pods()
                .select(cx.snap, &sel, None)
                .into_iter()
                .collect();
            selected.insert(i, set);
            for s in arr(r.spec(), "servers") {
                let Some(port) = s
                    .get("port")
                    .and_then(|p| p.get("number"))
                    .and_then(as_port)
                else {
                    continue;
                };
                by_port.entry(port).or_default().push(Server {
                    gw: i,
                    port,
                    hosts: str_list(s, "hosts"),
                });
            }
        }
        for servers in by_port.values() {
            for a in servers {
                let mut others: Vec<String> = Vec::new();
                for b in servers {
                    if a.gw == b.gw {
                        continue;
                    }
                    let common = selected[&a.gw]
                        .intersection(&selected[&b.gw])
                        .next()
                        .is_some();
                    if !common {
                        continue;
                    }
                    let overlap = a.hosts.iter().any(|h| {
                        b.hosts
                            .iter()
                            .any(|o| hosts_match(strip_ns(h), strip_ns(o)))
                    });
                    if overlap {
                        let n = cx.snap.res(b.gw).full_name();
                        if !others.contains(&n) {
                            others.push(n);
                        }
                    }
                }
                if !others.is_empty() {
                    let r = cx.snap.res(a.gw);
                    out.add(
                        &CONFLICTING_GATEWAYS,
                        a.gw,
                        vec![
                            others.join(",").into(),
                            selector_string(&gateway_selector(r.spec())).into(),
                            a.port.to_string().into(),
                            a.hosts.join(",").into(),
                        ],
                    );
                }
            }
        }
    }
}

fn strip_ns(h: &str) -> &str {
    h.split_once('/').map(|(_, h)| h).unwrap_or(h)
}
