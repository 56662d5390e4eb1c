//! injection.Analyzer: namespaces without (or with conflicting) injection labels, and pods in
//! injected namespaces that run without the proxy.

use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::{
    NAMESPACE_INJECTION_ENABLED_BY_DEFAULT, NAMESPACE_MULTIPLE_INJECTION_LABELS,
    NAMESPACE_NOT_INJECTED, POD_MISSING_PROXY,
};
use crate::analyze::workloads::{has_istio_proxy, is_system_namespace};
use crate::analyze::{Analyzer, Context, Out, Snapshot};
use serde_json::Value;
use std::collections::HashSet;

pub struct InjectionAnalyzer;

/// The injector ConfigMap of a revision.
pub fn injector_configmap_name(rev: &str) -> String {
    if rev.is_empty() || rev == "default" {
        "istio-sidecar-injector".into()
    } else {
        format!("istio-sidecar-injector-{rev}")
    }
}

/// `sidecarInjectorWebhook.enableNamespacesByDefault` from the injector ConfigMap's values.
fn enabled_by_default(snap: &Snapshot, rev: &str) -> bool {
    let name = injector_configmap_name(rev);
    for (_, cm) in snap.of(kinds::CONFIG_MAP) {
        if cm.name != name {
            continue;
        }
        let Some(values) = cm
            .value
            .get("data")
            .and_then(|d| d.get("values"))
            .and_then(Value::as_str)
        else {
            return false;
        };
        let v: Value = serde_json::from_str(values).unwrap_or(Value::Null);
        return v
            .get("sidecarInjectorWebhook")
            .and_then(|s| s.get("enableNamespacesByDefault"))
            .and_then(Value::as_bool)
            .unwrap_or(false);
    }
    false
}

impl Analyzer for InjectionAnalyzer {
    fn name(&self) -> &'static str {
        "injection.Analyzer"
    }
    fn description(&self) -> &'static str {
        "Checks conditions related to Istio sidecar injection"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::NAMESPACE, kinds::POD, kinds::CONFIG_MAP]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        let mut injected: HashSet<&str> = HashSet::new();
        for (i, r) in cx.snap.of(kinds::NAMESPACE) {
            let ns = r.name.as_str();
            if ns == cx.istio_namespace || ns == "istio-system" || is_system_namespace(ns) {
                continue;
            }
            let legacy = r.label("istio-injection").unwrap_or("");
            let rev = r.label("istio.io/rev");
            if legacy.is_empty() && rev.is_none() {
                if r.label("istio.io/dataplane-mode") == Some("ambient") {
                    continue;
                }
                if enabled_by_default(cx.snap, "") {
                    out.add_at(
                        &NAMESPACE_INJECTION_ENABLED_BY_DEFAULT,
                        i,
                        cx.line(i, "metadata.name"),
                        vec![],
                    );
                } else {
                    out.add_at(
                        &NAMESPACE_NOT_INJECTED,
                        i,
                        cx.line(i, "metadata.name"),
                        vec![ns.into(), ns.into()],
                    );
                }
                continue;
            }
            // Sidecar injection (legacy label or revision) and ambient are mutually exclusive modes.
            let ambient = r.label("istio.io/dataplane-mode") == Some("ambient");
            let mut modes: Vec<String> = Vec::new();
            if legacy == "enabled" {
                modes.push("istio-injection".into());
            }
            if rev.is_some() && legacy != "disabled" {
                modes.push("istio.io/rev".into());
            }
            if ambient && !modes.is_empty() {
                modes.push("istio.io/dataplane-mode".into());
            }
            if modes.len() > 1 {
                out.add_at(
                    &NAMESPACE_MULTIPLE_INJECTION_LABELS,
                    i,
                    cx.line(i, "metadata.name"),
                    vec![modes.into()],
                );
                continue;
            }
            if legacy == "disabled" || (rev.is_none() && legacy != "enabled") {
                continue;
            }
            injected.insert(ns);
        }
        for (i, r) in cx.snap.of(kinds::POD) {
            if !injected.contains(r.namespace.as_str()) {
                continue;
            }
            let inj = r
                .label("sidecar.istio.io/inject")
                .or_else(|| r.annotation("sidecar.istio.io/inject"))
                .unwrap_or("");
            if inj.eq_ignore_ascii_case("false") {
                continue;
            }
            let spec = r.spec();
            if spec.get("hostNetwork").and_then(Value::as_bool) == Some(true) {
                continue;
            }
            if !has_istio_proxy(spec) {
                out.add(&POD_MISSING_PROXY, i, vec![r.full_name().into()]);
            }
        }
    }
}
