//! virtualservice.JWTClaimRouteAnalyzer: routing on JWT claims needs a RequestAuthentication
//! on the gateway pods that validates the token first.

use super::gateway_port::gateway_selector;
use crate::analyze::fields::{arr, str_list};
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::JWT_CLAIM_BASED_ROUTING_WITHOUT_REQUEST_AUTH_N;
use crate::analyze::selectors::selector_matches;
use crate::analyze::workloads::workload_selector;
use crate::analyze::{Analyzer, Context, Out};
use serde_json::Value;

pub struct JwtClaimRouteAnalyzer;

const CLAIM_PREFIX: &str = "@request.auth.claims";

/// The first header or withoutHeaders key that routes on a JWT claim.
fn claim_key(spec: &Value) -> Option<String> {
    for h in arr(spec, "http") {
        for m in arr(h, "match") {
            for field in ["headers", "withoutHeaders"] {
                if let Some(hs) = m.get(field).and_then(Value::as_object) {
                    for k in hs.keys() {
                        if k.starts_with(CLAIM_PREFIX) {
                            return Some(k.clone());
                        }
                    }
                }
            }
        }
    }
    None
}

impl Analyzer for JwtClaimRouteAnalyzer {
    fn name(&self) -> &'static str {
        "virtualservice.JWTClaimRouteAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Checks the VirtualService using JWT claim based routing has corresponding RequestAuthentication"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[
            kinds::VIRTUAL_SERVICE,
            kinds::REQUEST_AUTHENTICATION,
            kinds::GATEWAY,
            kinds::POD,
        ]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        let root = cx.root_namespace();
        for (i, r) in cx.snap.of(kinds::VIRTUAL_SERVICE) {
            let Some(key) = claim_key(r.spec()) else {
                continue;
            };
            for g in str_list(r.spec(), "gateways") {
                if g == "mesh" {
                    continue;
                }
                let (ns, name) = match g.split_once('/') {
                    Some((ns, n)) => (ns.to_string(), n.to_string()),
                    None => (r.namespace.clone(), g.clone()),
                };
                let Some(gw) = cx.snap.get(kinds::GATEWAY, &ns, &name) else {
                    continue;
                };
                let sel = gateway_selector(gw.spec());
                if sel.is_empty() {
                    continue;
                }
                for p in cx.snap.pods().select(cx.snap, &sel, None) {
                    let pod = cx.snap.res(p);
                    let has_ra = cx.snap.of(kinds::REQUEST_AUTHENTICATION).any(|(_, ra)| {
                        (ra.namespace == pod.namespace || ra.namespace == root)
                            && workload_selector(ra)
                                .is_none_or(|s| selector_matches(s, pod.labels()))
                    });
                    if !has_ra {
                        out.add(
                            &JWT_CLAIM_BASED_ROUTING_WITHOUT_REQUEST_AUTH_N,
                            i,
                            vec![
                                key.clone().into(),
                                gw.full_name().into(),
                                pod.full_name().into(),
                            ],
                        );
                    }
                }
            }
        }
    }
}
