//! The pure side of install: phases, labels, progress texts, what to prune, what changed.

use crate::k8s::apply::ObjectRef;
use crate::operator::Component;
use serde_json::{Value, json};
use std::collections::BTreeSet;

/// One component's rendered objects: exactly what the render step produces.
pub type ComponentObjects = crate::render::ComponentManifests;

/// Apply order with concurrency inside a phase: Base → Pilot and CNI → ztunnel and gateways.
pub fn phase_of(c: Component) -> usize {
    match c {
        Component::Base => 0,
        Component::Pilot | Component::Cni => 1,
        Component::Ztunnel | Component::IngressGateways | Component::EgressGateways => 2,
    }
}

/// Groups components into phases, keeping render order inside each.
pub fn phases(components: &[ComponentObjects]) -> Vec<Vec<&ComponentObjects>> {
    let mut out: Vec<Vec<&ComponentObjects>> = vec![Vec::new(), Vec::new(), Vec::new()];
    for c in components {
        out[phase_of(c.component)].push(c);
    }
    out.retain(|p| !p.is_empty());
    out
}

/// The progress line when a component is done, as istioctl prints it.
pub fn done_line(c: Component) -> &'static str {
    match c {
        Component::Base => "Istio core installed ⛵️",
        Component::Pilot => "Istiod installed 🧠",
        Component::Cni => "CNI installed 🪢",
        Component::Ztunnel => "Ztunnel installed 🔒",
        Component::IngressGateways => "Ingress gateways installed 🛬",
        Component::EgressGateways => "Egress gateways installed 🛫",
    }
}

/// The spinner text while a component is being applied.
pub fn working_line(c: Component) -> &'static str {
    match c {
        Component::Base => "Processing resources for Istio core.",
        Component::Pilot => "Processing resources for Istiod.",
        Component::Cni => "Processing resources for CNI.",
        Component::Ztunnel => "Processing resources for Ztunnel.",
        Component::IngressGateways => "Processing resources for Ingress gateways.",
        Component::EgressGateways => "Processing resources for Egress gateways.",
    }
}

pub const COMPONENT_LABEL: &str = "operator.istio.io/component";
pub const REVISION_LABEL: &str = "istio.io/rev";

/// Set by install on what it applies, as istioctl does: the Istio namespace of the install,
/// that the operator manages it, and the Istio version.
pub const OWNING_NAMESPACE_LABEL: &str = "install.operator.istio.io/owning-resource-namespace";
pub const MANAGED_LABEL: &str = "operator.istio.io/managed";
pub const VERSION_LABEL: &str = "operator.istio.io/version";
/// Objects an install creates once and later installs leave alone (the default revision
/// tag): prune never removes them; uninstall does.
pub const NOT_PRUNED_LABEL: &str = "install.operator.istio.io/owning-resource-not-pruned";

/// Adds the ownership labels prune and uninstall select on, and istioctl's install labels
/// (component and revision are kept if render set them).
pub fn label_objects(c: &mut ComponentObjects, revision: &str, istio_ns: &str) {
    for o in &mut c.objects {
        let labels = o
            .pointer_mut("/metadata")
            .and_then(Value::as_object_mut)
            .map(|m| {
                m.entry("labels").or_insert_with(|| json!({}));
                m.get_mut("labels")
            });
        if let Some(Some(Value::Object(l))) = labels {
            l.entry(COMPONENT_LABEL)
                .or_insert_with(|| json!(c.component.name()));
            l.entry(REVISION_LABEL).or_insert_with(|| json!(revision));
            l.insert(OWNING_NAMESPACE_LABEL.into(), json!(istio_ns));
            l.insert(MANAGED_LABEL.into(), json!("Reconcile"));
            l.insert(VERSION_LABEL.into(), json!(crate::version::ISTIO_VERSION));
        }
    }
}

/// Whether prune may remove a live object with these labels.
pub fn prunable(labels: &std::collections::BTreeMap<String, String>) -> bool {
    labels.get(NOT_PRUNED_LABEL).map(String::as_str) != Some("true")
}

/// Kinds an install creates that prune and uninstall look through (CRDs are never pruned).
pub const OWNED_KINDS: &[(&str, &str)] = &[
    ("apps/v1", "Deployment"),
    ("apps/v1", "DaemonSet"),
    ("v1", "Service"),
    ("v1", "ServiceAccount"),
    ("v1", "ConfigMap"),
    ("v1", "Secret"),
    ("rbac.authorization.k8s.io/v1", "Role"),
    ("rbac.authorization.k8s.io/v1", "RoleBinding"),
    ("rbac.authorization.k8s.io/v1", "ClusterRole"),
    ("rbac.authorization.k8s.io/v1", "ClusterRoleBinding"),
    ("policy/v1", "PodDisruptionBudget"),
    ("autoscaling/v2", "HorizontalPodAutoscaler"),
    ("networking.k8s.io/v1", "NetworkPolicy"),
    (
        "admissionregistration.k8s.io/v1",
        "MutatingWebhookConfiguration",
    ),
    (
        "admissionregistration.k8s.io/v1",
        "ValidatingWebhookConfiguration",
    ),
];

/// Whether a live object belongs to the install of `revision`.
pub fn owned_by(labels: &std::collections::BTreeMap<String, String>, revision: &str) -> bool {
    if !labels.contains_key(COMPONENT_LABEL) {
        return false;
    }
    match labels.get(REVISION_LABEL) {
        Some(r) => r == revision,
        // Base objects carry no revision: they belong to the default install.
        None => revision == "default",
    }
}

/// Live owned objects that the new render no longer contains.
pub fn prune_candidates(live: &[ObjectRef], rendered: &BTreeSet<ObjectRef>) -> Vec<ObjectRef> {
    let key = |r: &ObjectRef| (r.kind.clone(), r.namespace.clone(), r.name.clone());
    let rendered_keys: BTreeSet<_> = rendered.iter().map(key).collect();
    let mut out: Vec<ObjectRef> = live
        .iter()
        .filter(|r| !rendered_keys.contains(&key(r)))
        .cloned()
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The confirmation prompt, as istioctl words it.
pub fn confirm_text(profile: &str, revision: &str) -> String {
    let rev = if revision.is_empty() || revision == "default" {
        String::new()
    } else {
        format!(" with revision {revision:?}")
    };
    format!(
        "This will install the Istio {} profile {profile:?}{rev} into the cluster. Proceed? (y/N) ",
        crate::version::ISTIO_VERSION
    )
}

/// `y`/`yes` (any case) proceeds; anything else, including end of input, cancels.
pub fn confirmed(answer: Option<&str>) -> bool {
    matches!(
        answer.map(|a| a.trim().to_ascii_lowercase()).as_deref(),
        Some("y" | "yes")
    )
}

/// Version skew between this client and a control plane already installed.
pub fn skew_warning(installed: &str, client: &str) -> Option<String> {
    let mm = |v: &str| {
        let mut it = v.trim_start_matches('v').split('.');
        Some((
            it.next()?.parse::<u64>().ok()?,
            it.next()?.parse::<u64>().ok()?,
        ))
    };
    let (a, b) = (mm(installed)?, mm(client)?);
    if a == b && installed == client {
        return None;
    }
    if a.0 != b.0 || a.1.abs_diff(b.1) > 1 {
        Some(format!(
            "the cluster runs Istio {installed} and this is {client}: upgrades may skip at most one minor version; upgrade in steps"
        ))
    } else if a != b || installed != client {
        Some(format!(
            "this will change the control plane from Istio {installed} to {client}"
        ))
    } else {
        None
    }
}

/// Whether some of these finalizers belong to someone other than Kubernetes itself, whose
/// own finalizers (`kubernetes`, `foregroundDeletion`, `*.k8s.io/…`, `kubernetes.io/…`)
/// always finish by themselves.
pub fn foreign_finalizers(finalizers: &[String]) -> bool {
    finalizers.iter().any(|f| {
        let domain = f.split('/').next().unwrap_or("");
        f.contains('/') && !(domain.ends_with("k8s.io") || domain.ends_with("kubernetes.io"))
    })
}

/// The error for an object uninstall deleted that did not go away.
pub fn stuck_error(
    r: &ObjectRef,
    finalizers: &[String],
    waited: std::time::Duration,
    ns_state: &str,
) -> crate::error::Error {
    let waited = crate::output::duration::Go(std::time::Duration::from_secs(waited.as_secs()));
    let held = if finalizers.is_empty() {
        String::new()
    } else {
        format!(", held by finalizer(s) {}", finalizers.join(", "))
    };
    let kind = r.kind.to_lowercase();
    let ns_flag = r
        .namespace
        .as_deref()
        .map(|n| format!(" -n {n}"))
        .unwrap_or_default();
    crate::error::Error::general(format!(
        "{r} is still present {waited} after it was deleted{held}{ns_state}"
    ))
    .hint(format!(
        "the controller that owns the finalizer may be gone; if so remove it: kubectl patch {kind} {}{ns_flag} --type=merge -p '{{\"metadata\":{{\"finalizers\":null}}}}'",
        r.name
    ))
}

/// The error for an Istio namespace that stays Terminating after uninstall.
pub fn stuck_namespace_error(
    ns: &str,
    conditions: &[String],
    waited: std::time::Duration,
) -> crate::error::Error {
    let why = if conditions.is_empty() {
        String::new()
    } else {
        format!(": {}", conditions.join("; "))
    };
    crate::error::Error::general(format!(
        "Istio's resources were removed, but namespace {ns} is still Terminating after {}{why}",
        crate::output::duration::Go(waited)
    ))
    .hint(format!(
        "something in it holds a finalizer; `kubectl api-resources --verbs=list --namespaced -o name | xargs -n1 kubectl get -n {ns}` lists what is left"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comp(c: Component) -> ComponentObjects {
        ComponentObjects {
            component: c,
            name: "x".into(),
            namespace: "istio-system".into(),
            objects: vec![],
        }
    }

    #[test]
    fn phases_follow_dependencies() {
        let cs = vec![
            comp(Component::IngressGateways),
            comp(Component::Base),
            comp(Component::Cni),
            comp(Component::Pilot),
        ];
        let p = phases(&cs);
        let names: Vec<Vec<Component>> = p
            .iter()
            .map(|ph| ph.iter().map(|c| c.component).collect())
            .collect();
        assert_eq!(
            names,
            vec![
                vec![Component::Base],
                vec![Component::Cni, Component::Pilot],
                vec![Component::IngressGateways]
            ]
        );
    }

    #[test]
    fn labels_are_added_not_overwritten() {
        let mut c = comp(Component::Pilot);
        c.objects = vec![
            json!({"kind": "Deployment", "metadata": {"name": "istiod"}}),
            json!({"kind": "Service", "metadata": {"name": "istiod", "labels": {"istio.io/rev": "canary"}}}),
        ];
        label_objects(&mut c, "default", "istio-system");
        assert_eq!(
            c.objects[0]["metadata"]["labels"]["operator.istio.io/component"],
            "Pilot"
        );
        assert_eq!(
            c.objects[0]["metadata"]["labels"]["istio.io/rev"],
            "default"
        );
        assert_eq!(c.objects[1]["metadata"]["labels"]["istio.io/rev"], "canary");
    }

    #[test]
    fn prune_only_what_is_gone() {
        let r = |k: &str, n: &str| ObjectRef {
            api_version: "v1".into(),
            kind: k.into(),
            namespace: Some("istio-system".into()),
            name: n.into(),
        };
        let live = vec![
            r("Deployment", "istiod"),
            r("Deployment", "istio-egressgateway"),
        ];
        let rendered: BTreeSet<_> = [r("Deployment", "istiod")].into_iter().collect();
        assert_eq!(
            prune_candidates(&live, &rendered),
            vec![r("Deployment", "istio-egressgateway")]
        );
    }

    #[test]
    fn ownership_by_revision() {
        let l = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect()
        };
        assert!(owned_by(
            &l(&[(COMPONENT_LABEL, "Pilot"), (REVISION_LABEL, "default")]),
            "default"
        ));
        assert!(!owned_by(
            &l(&[(COMPONENT_LABEL, "Pilot"), (REVISION_LABEL, "canary")]),
            "default"
        ));
        assert!(owned_by(&l(&[(COMPONENT_LABEL, "Base")]), "default"));
        assert!(!owned_by(&l(&[("app", "x")]), "default"));
    }

    #[test]
    fn prompt_and_answers() {
        assert_eq!(
            confirm_text("demo", "default"),
            "This will install the Istio 1.30.3 profile \"demo\" into the cluster. Proceed? (y/N) "
        );
        assert!(confirmed(Some("y\n")) && confirmed(Some("YES")));
        assert!(!confirmed(None) && !confirmed(Some("")) && !confirmed(Some("n")));
    }

    #[test]
    fn skew() {
        assert!(skew_warning("1.30.3", "1.30.3").is_none());
        assert!(
            skew_warning("1.29.2", "1.30.3")
                .unwrap()
                .contains("from Istio 1.29.2 to 1.30.3")
        );
        assert!(
            skew_warning("1.27.0", "1.30.3")
                .unwrap()
                .contains("at most one minor")
        );
    }

    #[test]
    fn only_foreign_finalizers_make_an_object_stuck() {
        let f = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(!foreign_finalizers(&f(&[])));
        assert!(!foreign_finalizers(&f(&[
            "kubernetes",
            "foregroundDeletion"
        ])));
        assert!(!foreign_finalizers(&f(&[
            "customresourcecleanup.apiextensions.k8s.io",
            "kubernetes.io/pvc-protection"
        ])));
        assert!(foreign_finalizers(&f(&["e2e.sailctl.dev/hold"])));
    }

    #[test]
    fn stuck_objects_and_namespaces_say_what_holds_them() {
        let r = ObjectRef {
            api_version: "v1".into(),
            kind: "ConfigMap".into(),
            namespace: Some("istio-system".into()),
            name: "istio".into(),
        };
        let e = stuck_error(
            &r,
            &["example.com/hold".into()],
            std::time::Duration::from_millis(10_400),
            " (namespace istio-system is Terminating)",
        );
        assert_eq!(
            e.message,
            "ConfigMap istio-system/istio is still present 10s after it was deleted, held by finalizer(s) example.com/hold (namespace istio-system is Terminating)"
        );
        assert!(
            e.hints[0].contains("kubectl patch configmap istio -n istio-system"),
            "{:?}",
            e.hints
        );
        let e = stuck_namespace_error(
            "istio-system",
            &["Some content in the namespace has finalizers remaining: example.com/hold in 1 resource instances".into()],
            std::time::Duration::from_secs(30),
        );
        assert_eq!(
            e.message,
            "Istio's resources were removed, but namespace istio-system is still Terminating after 30s: Some content in the namespace has finalizers remaining: example.com/hold in 1 resource instances"
        );
    }
}
