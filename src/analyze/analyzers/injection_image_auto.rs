//! injection.ImageAutoAnalyzer: `image: auto` only works where an injection webhook will replace it.

use crate::analyze::fields::{arr, str_at};
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::{
    IMAGE_AUTO_WITHOUT_INJECTION_ERROR, IMAGE_AUTO_WITHOUT_INJECTION_WARNING,
};
use crate::analyze::selectors::label_selector_matches;
use crate::analyze::workloads::{all_containers, pod_labels, pod_spec};
use crate::analyze::{Analyzer, Context, Out};
use serde_json::{Map, Value};

pub struct ImageAutoAnalyzer;

fn matches(sel: Option<&Value>, labels: &Map<String, Value>) -> bool {
    match sel {
        None | Some(Value::Null) => true,
        Some(s) => label_selector_matches(s, Some(labels)),
    }
}

impl Analyzer for ImageAutoAnalyzer {
    fn name(&self) -> &'static str {
        "injection.ImageAutoAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Makes sure that Pods and Deployments with `image: auto` are going to be injected"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[
            kinds::NAMESPACE,
            kinds::POD,
            kinds::DEPLOYMENT,
            kinds::MUTATING_WEBHOOK,
        ]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        let hooks: Vec<&Value> = cx
            .snap
            .of(kinds::MUTATING_WEBHOOK)
            .flat_map(|(_, r)| arr(&r.value, "webhooks").iter())
            .filter(|h| {
                str_at(h, &["name"]).is_some_and(|n| n.ends_with("sidecar-injector.istio.io"))
            })
            .collect();
        for (gk, msg) in [
            (kinds::POD, &IMAGE_AUTO_WITHOUT_INJECTION_ERROR),
            (kinds::DEPLOYMENT, &IMAGE_AUTO_WITHOUT_INJECTION_WARNING),
        ] {
            for (i, r) in cx.snap.of(gk) {
                let Some(spec) = pod_spec(r) else { continue };
                if !all_containers(spec).any(|c| str_at(c, &["image"]) == Some("auto")) {
                    continue;
                }
                let ns_labels = cx
                    .snap
                    .get(kinds::NAMESPACE, "", &r.namespace)
                    .and_then(|n| n.labels().cloned())
                    .unwrap_or_default();
                let obj_labels = pod_labels(r).cloned().unwrap_or_default();
                let injected = hooks.iter().any(|h| {
                    matches(h.get("namespaceSelector"), &ns_labels)
                        && matches(h.get("objectSelector"), &obj_labels)
                });
                if !injected {
                    out.add(msg, i, vec![gk.kind.into(), r.full_name().into()]);
                }
            }
        }
    }
}
