//! externalcontrolplane.ExternalControlPlaneAnalyzer: webhook URLs of a remote cluster that
//! point at an external control plane must be usable host names.

use crate::analyze::fields::{arr, str_at};
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::{
    EXTERNAL_CONTROL_PLANE_ADDRESS_IS_NOT_AHOSTNAME, INVALID_EXTERNAL_CONTROL_PLANE_CONFIG,
};
use crate::analyze::{Analyzer, Context, Out};
use serde_json::Value;

pub struct ExternalControlPlaneAnalyzer;

fn is_istio_webhook_config(gk: Gk, name: &str) -> bool {
    if gk == kinds::VALIDATING_WEBHOOK {
        name == "istiod-default-validator" || name.starts_with("istio-validator")
    } else {
        name.starts_with("istio-sidecar-injector")
    }
}

/// The host part of a URL (`https://host:port/path`), brackets removed for IPv6.
fn url_host(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map(|(_, r)| r)?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let authority = authority
        .rsplit_once('@')
        .map(|(_, h)| h)
        .unwrap_or(authority);
    if let Some(v6) = authority.strip_prefix('[') {
        return v6.split(']').next();
    }
    Some(authority.split(':').next().unwrap_or(authority))
}

fn is_ip(host: &str) -> bool {
    host.parse::<std::net::IpAddr>().is_ok()
}

impl Analyzer for ExternalControlPlaneAnalyzer {
    fn name(&self) -> &'static str {
        "externalcontrolplane.ExternalControlPlaneAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Checks that the remote IstioOperator resources reference an external control plane"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::VALIDATING_WEBHOOK, kinds::MUTATING_WEBHOOK]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        for gk in [kinds::VALIDATING_WEBHOOK, kinds::MUTATING_WEBHOOK] {
            for (i, r) in cx.snap.of(gk) {
                if !is_istio_webhook_config(gk, &r.name) {
                    continue;
                }
                for hook in arr(&r.value, "webhooks") {
                    let hook_name = str_at(hook, &["name"]).unwrap_or("");
                    let Some(cc) = hook.get("clientConfig") else {
                        continue;
                    };
                    // Only webhooks that reach the control plane by URL (not an in-cluster Service).
                    if cc.get("service").is_some_and(|s| !s.is_null()) || cc.get("url").is_none() {
                        continue;
                    }
                    let url = cc.get("url").and_then(Value::as_str).unwrap_or("").trim();
                    if url.is_empty() {
                        out.add(
                            &INVALID_EXTERNAL_CONTROL_PLANE_CONFIG,
                            i,
                            vec!["".into(), hook_name.into(), "is blank".into()],
                        );
                        break;
                    }
                    match url_host(url) {
                        None | Some("") => {
                            out.add(
                                &INVALID_EXTERNAL_CONTROL_PLANE_CONFIG,
                                i,
                                vec![url.into(), hook_name.into(), "is not a valid URL".into()],
                            );
                            break;
                        }
                        Some(h) if is_ip(h) => {
                            out.add(
                                &EXTERNAL_CONTROL_PLANE_ADDRESS_IS_NOT_AHOSTNAME,
                                i,
                                vec![h.into(), hook_name.into()],
                            );
                            break;
                        }
                        Some(_) => {}
                    }
                }
            }
        }
    }
}
