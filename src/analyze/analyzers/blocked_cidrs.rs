//! authn.BlockedCIDRsAnalyzer: RequestAuthentications make istiod fetch JWKS URIs; without
//! BLOCKED_CIDRS_IN_JWKS_URIS those fetches can reach any network.

use crate::analyze::fields::{arr, str_at};
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::JWKS_URI_FETCH_UNRESTRICTED;
use crate::analyze::workloads::{all_containers, pod_spec};
use crate::analyze::{Analyzer, Context, Out};

pub struct BlockedCidrsAnalyzer;

impl Analyzer for BlockedCidrsAnalyzer {
    fn name(&self) -> &'static str {
        "authn.BlockedCIDRsAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Checks that BLOCKED_CIDRS_IN_JWKS_URIS is configured on istiod when RequestAuthentication resources exist"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::REQUEST_AUTHENTICATION, kinds::DEPLOYMENT]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        let ras: Vec<String> = cx
            .snap
            .of(kinds::REQUEST_AUTHENTICATION)
            .map(|(_, r)| r.full_name())
            .collect();
        if ras.is_empty() {
            return;
        }
        for (i, d) in cx.snap.of(kinds::DEPLOYMENT) {
            let is_istiod = d.namespace == cx.istio_namespace
                && (d.name == "istiod"
                    || d.name.starts_with("istiod-")
                    || d.label("app") == Some("istiod"));
            if !is_istiod {
                continue;
            }
            let Some(spec) = pod_spec(d) else { continue };
            let configured = all_containers(spec).any(|c| {
                arr(c, "env").iter().any(|e| {
                    str_at(e, &["name"]) == Some("BLOCKED_CIDRS_IN_JWKS_URIS")
                        && (str_at(e, &["value"]).is_some_and(|v| !v.is_empty())
                            || e.get("valueFrom").is_some())
                })
            });
            if !configured {
                out.add(
                    &JWKS_URI_FETCH_UNRESTRICTED,
                    i,
                    vec![(ras.len() as i64).into(), ras.join(", ").into()],
                );
            }
        }
    }
}
