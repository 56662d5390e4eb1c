//! webhook.Analyzer: Istio injection webhooks whose selectors overlap inject twice.

use crate::analyze::fields::{arr, str_at};
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::INVALID_WEBHOOK;
use crate::analyze::selectors::label_selector_matches;
use crate::analyze::{Analyzer, Context, Out};
use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, BTreeSet};

pub struct WebhookAnalyzer;

fn revisions(wh: &crate::analyze::Resource) -> BTreeSet<String> {
    let mut revs = BTreeSet::new();
    if let Some(r) = wh.label("istio.io/rev") {
        revs.insert(r.to_string());
    }
    for h in arr(&wh.value, "webhooks") {
        for sel in ["namespaceSelector", "objectSelector"] {
            let Some(s) = h.get(sel) else { continue };
            if let Some(r) = str_at(s, &["matchLabels", "istio.io/rev"]) {
                revs.insert(r.to_string());
            }
            for e in arr(s, "matchExpressions") {
                if str_at(e, &["key"]) == Some("istio.io/rev") {
                    for v in arr(e, "values").iter().filter_map(Value::as_str) {
                        revs.insert(v.to_string());
                    }
                }
            }
        }
    }
    revs
}

fn label_sets(key: &str, on: &str, off: &str, revs: &BTreeSet<String>) -> Vec<Map<String, Value>> {
    let base = vec![
        Map::new(),
        json!({key: on}).as_object().cloned().unwrap_or_default(),
        json!({key: off}).as_object().cloned().unwrap_or_default(),
    ];
    let mut all = base.clone();
    for r in revs {
        for b in &base {
            let mut m = b.clone();
            m.insert("istio.io/rev".into(), Value::String(r.clone()));
            all.push(m);
        }
    }
    all
}

fn matches(sel: Option<&Value>, labels: &Map<String, Value>) -> bool {
    match sel {
        None | Some(Value::Null) => true,
        Some(s) => label_selector_matches(s, Some(labels)),
    }
}

impl Analyzer for WebhookAnalyzer {
    fn name(&self) -> &'static str {
        "webhook.Analyzer"
    }
    fn description(&self) -> &'static str {
        "Checks the validity of Istio webhooks"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::MUTATING_WEBHOOK]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        // "config/hook" → (resource, hook)
        let mut hooks: BTreeMap<String, (usize, &Value)> = BTreeMap::new();
        let mut revs = BTreeSet::new();
        for (i, r) in cx.snap.of(kinds::MUTATING_WEBHOOK) {
            let rv = revisions(r);
            let istio = arr(&r.value, "webhooks")
                .iter()
                .any(|h| str_at(h, &["name"]).is_some_and(|n| n.ends_with("istio.io")));
            if rv.is_empty() && !istio {
                continue;
            }
            for h in arr(&r.value, "webhooks") {
                let n = str_at(h, &["name"]).unwrap_or("");
                hooks.insert(format!("{}/{}", r.full_name(), n), (i, h));
            }
            revs.extend(rv);
        }
        let ns_sets = label_sets("istio-injection", "enabled", "disabled", &revs);
        let obj_sets = label_sets("sidecar.istio.io/inject", "true", "false", &revs);
        for nl in &ns_sets {
            for ol in &obj_sets {
                let m: Vec<&String> = hooks
                    .iter()
                    .filter(|(_, (_, h))| {
                        matches(h.get("namespaceSelector"), nl)
                            && matches(h.get("objectSelector"), ol)
                    })
                    .map(|(k, _)| k)
                    .collect();
                if m.len() > 1 {
                    for k in &m {
                        let others: Vec<String> = m
                            .iter()
                            .filter(|o| o != &k)
                            .map(|s| s.to_string())
                            .collect();
                        out.add(
                            &INVALID_WEBHOOK,
                            hooks[*k].0,
                            vec![format!(
                                "Webhook overlaps with others: [{}]. This may cause injection to occur twice.",
                                others.join(" ")
                            )
                            .into()],
                        );
                    }
                }
            }
        }
        // Service references, when Services are known at all (offline files carry none).
        if !cx.snap.has_kind(kinds::SERVICE) {
            return;
        }
        for (k, (i, h)) in &hooks {
            let Some(svc) = h.get("clientConfig").and_then(|c| c.get("service")) else {
                continue;
            };
            let ns = str_at(svc, &["namespace"]).unwrap_or("");
            let name = str_at(svc, &["name"]).unwrap_or("");
            if cx.snap.get(kinds::SERVICE, ns, name).is_none() {
                let _ = k;
                out.add(
                    &INVALID_WEBHOOK,
                    *i,
                    vec![format!(
                        "Injector refers to a control plane service that does not exist: {ns}/{name}."
                    )
                    .into()],
                );
            }
        }
    }
}
