//! The default revision tag an install sets up, as istioctl does: when the cluster has no
//! `default` tag yet, or the install is of the default revision, it gets the tag's injection
//! webhook (`istio-revision-tag-default`), the tag's Service and the `istiod-default-validator`
//! validating webhook, and the revision's own injection webhook is switched off (its
//! selectors can never match) so each pod is injected once. Pure: the caller says whether a
//! tag exists and renders the chart.

use serde_json::{Value, json};

use crate::operator::{Inputs, MergedSpec};

/// The tag every install points at its revision when it becomes the default.
pub const TAG: &str = "default";
/// Label selector of an existing default tag's webhook.
pub const EXISTING_TAG_SELECTOR: &str = "app=sidecar-injector,istio.io/tag=default";

/// Whether this install sets up the default tag: never when the operator manages webhooks;
/// otherwise when no default tag exists yet or the install is of the default revision
/// (`spec.values.revision` empty).
pub fn needed(merged: &MergedSpec, tag_exists: bool) -> bool {
    let manage = merged
        .get("spec.values.global.operatorManageWebhooks")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let revision = merged
        .get("spec.values.revision")
        .and_then(Value::as_str)
        .unwrap_or("");
    !manage && (!tag_exists || revision.is_empty())
}

/// The inputs that render the tag's webhook and Service from the istiod chart: the revision
/// (`default` for the default revision), the Istio namespace and the auto-injection choice of
/// the install, the same charts.
pub fn render_inputs(merged: &MergedSpec, istio_ns: &str) -> Inputs {
    let revision = merged
        .get("spec.values.revision")
        .and_then(Value::as_str)
        .filter(|r| !r.is_empty())
        .unwrap_or(TAG);
    let auto = merged
        .get("spec.values.sidecarInjectorWebhook.enableNamespacesByDefault")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let mut set = vec![
        "profile=empty".to_string(),
        "components.pilot.enabled=true".to_string(),
        format!("revision={revision}"),
        format!("values.revisionTags[0]={TAG}"),
        format!("values.sidecarInjectorWebhook.enableNamespacesByDefault={auto}"),
        format!("values.global.istioNamespace={istio_ns}"),
    ];
    if let Some(p) = merged
        .get("spec.installPackagePath")
        .and_then(Value::as_str)
        .filter(|p| !p.is_empty())
    {
        set.push(format!("installPackagePath={p}"));
    }
    Inputs {
        set,
        ..Default::default()
    }
}

fn labels(o: &Value) -> Option<&serde_json::Map<String, Value>> {
    o.pointer("/metadata/labels").and_then(Value::as_object)
}

fn label<'a>(o: &'a Value, k: &str) -> Option<&'a str> {
    labels(o).and_then(|l| l.get(k)).and_then(Value::as_str)
}

/// From the rendered tag chart, the tag's webhook and Service, with the webhook calling the
/// revision's istiod Service (`istiod` for the default revision) and every object marked as
/// one that prune leaves alone.
pub fn tag_objects(rendered: &[Value], istiod_service: &str) -> Vec<Value> {
    let mut out: Vec<Value> = rendered
        .iter()
        .filter(|o| {
            let kind = o["kind"].as_str().unwrap_or("");
            let name = o
                .pointer("/metadata/name")
                .and_then(Value::as_str)
                .unwrap_or("");
            (kind == "MutatingWebhookConfiguration" && name.starts_with("istio-revision-tag-"))
                || (kind == "Service" && label(o, "istio.io/tag") == Some(TAG))
        })
        .cloned()
        .collect();
    for o in &mut out {
        if o["kind"] == "MutatingWebhookConfiguration"
            && let Some(whs) = o.get_mut("webhooks").and_then(Value::as_array_mut)
        {
            for wh in whs {
                if let Some(svc) = wh.pointer_mut("/clientConfig/service/name") {
                    *svc = json!(istiod_service);
                }
            }
        }
        mark_not_pruned(o);
    }
    out
}

fn mark_not_pruned(o: &mut Value) {
    if let Some(m) = o.pointer_mut("/metadata").and_then(Value::as_object_mut) {
        let l = m.entry("labels").or_insert_with(|| json!({}));
        if let Some(l) = l.as_object_mut() {
            l.insert(super::plan::NOT_PRUNED_LABEL.into(), json!("true"));
        }
    }
}

/// The `istiod-default-validator` webhook: validation of Istio config without a revision
/// label goes to the tag's revision. It fails open (Ignore) until istiod takes it over.
/// `chart_labels` are the istiod chart's own labels (taken from the tag's webhook).
pub fn validator(
    revision: &str,
    istiod_service: &str,
    istio_ns: &str,
    chart_labels: &Value,
) -> Value {
    let mut labels = json!({
        "app": "istiod",
        "istio": "istiod",
        "istio.io/rev": revision,
        "istio.io/tag": TAG,
        "operator.istio.io/component": "Pilot",
        "app.kubernetes.io/name": "istiod",
    });
    if let (Some(l), Some(from)) = (labels.as_object_mut(), chart_labels.as_object()) {
        for k in [
            "app.kubernetes.io/instance",
            "app.kubernetes.io/managed-by",
            "app.kubernetes.io/part-of",
            "app.kubernetes.io/version",
            "helm.sh/chart",
            "install.operator.istio.io/owning-resource",
            "release",
        ] {
            if let Some(v) = from.get(k) {
                l.insert(k.into(), v.clone());
            }
        }
    }
    let mut o = json!({
        "apiVersion": "admissionregistration.k8s.io/v1",
        "kind": "ValidatingWebhookConfiguration",
        "metadata": {"name": "istiod-default-validator", "labels": labels},
        "webhooks": [{
            "name": "validation.istio.io",
            "clientConfig": {"service": {"name": istiod_service, "namespace": istio_ns, "path": "/validate"}},
            "rules": [{
                "operations": ["CREATE", "UPDATE"],
                "apiGroups": ["security.istio.io", "networking.istio.io", "telemetry.istio.io", "extensions.istio.io"],
                "apiVersions": ["*"],
                "resources": ["*"],
            }],
            "failurePolicy": "Ignore",
            "sideEffects": "None",
            "admissionReviewVersions": ["v1"],
            "objectSelector": {"matchExpressions": [{"key": "istio.io/rev", "operator": "DoesNotExist"}]},
        }],
    });
    mark_not_pruned(&mut o);
    o
}

/// Switches off the default revision's own injection webhook among `objects`: every webhook
/// of a MutatingWebhookConfiguration of revision `default` that is not a tag's gets selectors
/// that never match (the tag's webhook injects instead). Kept, not deleted, so the revision
/// can become the default again.
pub fn deactivate_default_injector(objects: &mut [Value]) {
    let never = json!({"matchLabels": {"istio.io/deactivated": "never-match"}});
    for o in objects {
        if o["kind"] != "MutatingWebhookConfiguration"
            || label(o, "istio.io/rev") != Some(TAG)
            || label(o, "istio.io/tag").is_some()
        {
            continue;
        }
        if let Some(whs) = o.get_mut("webhooks").and_then(Value::as_array_mut) {
            for wh in whs {
                wh["namespaceSelector"] = never.clone();
                wh["objectSelector"] = never.clone();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merged(values: Value) -> MergedSpec {
        MergedSpec {
            iop: json!({"spec": {"values": values}}),
            warnings: vec![],
        }
    }

    #[test]
    fn when_the_tag_is_set_up() {
        assert!(needed(&merged(json!({})), false));
        assert!(
            needed(&merged(json!({})), true),
            "the default revision takes it back"
        );
        assert!(
            needed(&merged(json!({"revision": "canary"})), false),
            "the first install"
        );
        assert!(!needed(&merged(json!({"revision": "canary"})), true));
        assert!(!needed(
            &merged(json!({"global": {"operatorManageWebhooks": true}})),
            false
        ));
    }

    #[test]
    fn only_the_default_revisions_own_webhook_is_switched_off() {
        let mwc = |name: &str, labels: Value| {
            json!({"kind": "MutatingWebhookConfiguration", "metadata": {"name": name, "labels": labels},
                   "webhooks": [{"name": "a", "namespaceSelector": {"x": 1}, "objectSelector": {"y": 1}}]})
        };
        let mut objs = vec![
            mwc("istio-sidecar-injector", json!({"istio.io/rev": "default"})),
            mwc(
                "istio-sidecar-injector-canary",
                json!({"istio.io/rev": "canary"}),
            ),
            mwc(
                "istio-revision-tag-default",
                json!({"istio.io/rev": "default", "istio.io/tag": "default"}),
            ),
        ];
        deactivate_default_injector(&mut objs);
        assert_eq!(
            objs[0]["webhooks"][0]["namespaceSelector"]["matchLabels"]["istio.io/deactivated"],
            "never-match"
        );
        assert_eq!(objs[1]["webhooks"][0]["namespaceSelector"], json!({"x": 1}));
        assert_eq!(objs[2]["webhooks"][0]["objectSelector"], json!({"y": 1}));
    }

    #[test]
    fn tag_objects_call_the_revisions_istiod_and_survive_prune() {
        let rendered = vec![
            json!({"kind": "MutatingWebhookConfiguration", "metadata": {"name": "istio-revision-tag-default", "labels": {}},
                   "webhooks": [{"clientConfig": {"service": {"name": "istiod-default"}}}]}),
            json!({"kind": "Service", "metadata": {"name": "istiod-revision-tag-default", "labels": {"istio.io/tag": "default"}}}),
            json!({"kind": "Service", "metadata": {"name": "istiod", "labels": {}}}),
        ];
        let out = tag_objects(&rendered, "istiod");
        assert_eq!(out.len(), 2);
        assert_eq!(
            out[0]["webhooks"][0]["clientConfig"]["service"]["name"],
            "istiod"
        );
        assert_eq!(
            out[1]["metadata"]["labels"][super::super::plan::NOT_PRUNED_LABEL],
            "true"
        );
        let v = validator(
            "default",
            "istiod",
            "istio-system",
            &json!({"release": "istio"}),
        );
        assert_eq!(v["metadata"]["labels"]["release"], "istio");
        assert_eq!(
            v["webhooks"][0]["clientConfig"]["service"]["path"],
            "/validate"
        );
    }
}
