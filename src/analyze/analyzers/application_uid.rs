//! applicationUID.Analyzer: UID 1337 is the proxy's; application pods must not run as it.

use crate::analyze::fields::{arr, str_at};
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::INVALID_APPLICATION_UID;
use crate::analyze::workloads::pod_spec;
use crate::analyze::{Analyzer, Context, Out};
use serde_json::Value;

pub struct ApplicationUidAnalyzer;

const PROXY_UID: i64 = 1337;

fn run_as_proxy(sc: Option<&Value>) -> bool {
    sc.and_then(|s| s.get("runAsUser")).and_then(Value::as_i64) == Some(PROXY_UID)
}

impl Analyzer for ApplicationUidAnalyzer {
    fn name(&self) -> &'static str {
        "applicationUID.Analyzer"
    }
    fn description(&self) -> &'static str {
        "Checks invalid application UID"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::POD, kinds::DEPLOYMENT]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        for gk in [kinds::POD, kinds::DEPLOYMENT] {
            for (i, r) in cx.snap.of(gk) {
                let Some(spec) = pod_spec(r) else {
                    continue;
                };
                if run_as_proxy(spec.get("securityContext")) {
                    out.add(&INVALID_APPLICATION_UID, i, vec![]);
                }
                for c in arr(spec, "containers") {
                    if str_at(c, &["name"]) == Some("istio-proxy") {
                        continue;
                    }
                    if run_as_proxy(c.get("securityContext")) {
                        out.add(&INVALID_APPLICATION_UID, i, vec![]);
                    }
                }
            }
        }
    }
}
