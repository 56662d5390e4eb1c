//! destinationrule.CaCertificateAnalyzer: SIMPLE/MUTUAL client TLS without caCertificates.

use crate::analyze::fields::{arr, str_at};
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::{
    NO_SERVER_CERTIFICATE_VERIFICATION_DESTINATION_LEVEL,
    NO_SERVER_CERTIFICATE_VERIFICATION_PORT_LEVEL,
};
use crate::analyze::{Analyzer, Context, Out};
use serde_json::Value;

pub struct CaCertificateAnalyzer;

/// The TLS mode when it verifies nothing about the server: SIMPLE or MUTUAL without a CA.
fn unverified_mode(tls: &Value, has_selector: bool) -> Option<&str> {
    let mode = str_at(tls, &["mode"])?;
    if mode != "SIMPLE" && mode != "MUTUAL" {
        return None;
    }
    if str_at(tls, &["caCertificates"]).is_some_and(|s| !s.is_empty()) {
        return None;
    }
    // A credentialName only applies to gateways picked by a workload selector.
    if has_selector && str_at(tls, &["credentialName"]).is_some_and(|s| !s.is_empty()) {
        return None;
    }
    if tls.get("insecureSkipVerify").and_then(Value::as_bool) == Some(true) {
        return None;
    }
    Some(mode)
}

/// Port selector as Go's proto text form prints it (`number:443`).
fn port_text(p: &Value) -> String {
    match p.get("number").and_then(Value::as_i64) {
        Some(n) => format!("number:{n}"),
        None => String::new(),
    }
}

impl Analyzer for CaCertificateAnalyzer {
    fn name(&self) -> &'static str {
        "destinationrule.CaCertificateAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Checks if caCertificates is set when TLS mode is SIMPLE/MUTUAL"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::DESTINATION_RULE]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        for (i, r) in cx.snap.of(kinds::DESTINATION_RULE) {
            let spec = r.spec();
            let host = str_at(spec, &["host"]).unwrap_or("");
            let has_selector = spec.get("workloadSelector").is_some_and(|s| s.is_object());
            let Some(tp) = spec.get("trafficPolicy") else {
                continue;
            };
            if let Some(tls) = tp.get("tls")
                && let Some(mode) = unverified_mode(tls, has_selector)
            {
                out.add(
                    &NO_SERVER_CERTIFICATE_VERIFICATION_DESTINATION_LEVEL,
                    i,
                    vec![
                        r.full_name().into(),
                        r.namespace.clone().into(),
                        mode.into(),
                        host.into(),
                    ],
                );
            }
            for p in arr(tp, "portLevelSettings") {
                if let Some(tls) = p.get("tls")
                    && let Some(mode) = unverified_mode(tls, has_selector)
                {
                    let port = p.get("port").map(port_text).unwrap_or_default();
                    out.add(
                        &NO_SERVER_CERTIFICATE_VERIFICATION_PORT_LEVEL,
                        i,
                        vec![
                            r.full_name().into(),
                            r.namespace.clone().into(),
                            mode.into(),
                            host.into(),
                            port.into(),
                        ],
                    );
                }
            }
        }
    }
}
