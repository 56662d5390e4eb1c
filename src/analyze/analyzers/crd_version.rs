//! k8sgateway.CRDVersionAnalyzer: Gateway API CRDs older than this Istio needs are ignored by it.

use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::GATEWAY_APICRDVERSION_BELOW_MINIMUM;
use crate::analyze::{Analyzer, Context, Out};

pub struct CrdVersionAnalyzer;

/// Minimum Gateway API bundle versions Istio 1.30 requires, per CRD.
const MINIMUM: &[(&str, (u64, u64, u64))] = &[("tlsroutes.gateway.networking.k8s.io", (1, 5, 0))];

/// Parses `v1.4.1` / `1.4.1-rc.1` into (major, minor, patch), ignoring any pre-release.
fn semver(s: &str) -> Option<(u64, u64, u64)> {
    let s = s.trim().trim_start_matches('v');
    let core = s.split(['-', '+']).next()?;
    let mut it = core.split('.');
    let a = it.next()?.parse().ok()?;
    let b = it.next().unwrap_or("0").parse().ok()?;
    let c = it.next().unwrap_or("0").parse().ok()?;
    Some((a, b, c))
}

impl Analyzer for CrdVersionAnalyzer {
    fn name(&self) -> &'static str {
        "k8sgateway.CRDVersionAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Checks Gateway API CRDs are at the minimum version required by this Istio version"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::CRD]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        for (i, r) in cx.snap.of(kinds::CRD) {
            let Some((_, min)) = MINIMUM.iter().find(|(n, _)| *n == r.name) else {
                continue;
            };
            let Some(bv) = r.annotation("gateway.networking.k8s.io/bundle-version") else {
                continue;
            };
            let Some(v) = semver(bv) else {
                continue;
            };
            if v < *min {
                let installed = bv.trim().trim_start_matches('v').to_string();
                out.add(
                    &GATEWAY_APICRDVERSION_BELOW_MINIMUM,
                    i,
                    vec![
                        r.name.clone().into(),
                        installed.into(),
                        format!("{}.{}.{}", min.0, min.1, min.2).into(),
                    ],
                );
            }
        }
    }
}
