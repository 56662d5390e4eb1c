//! Spec → ordered manifests per component (pure: no cluster, no output). Used by
//! `manifest generate` and by `install`.
//!
//! For each enabled [`ComponentPlan`] (install order: Base → Pilot → Cni → Ztunnel →
//! IngressGateways → EgressGateways) the component's chart is rendered with the plan's
//! values (`.Release.Name = istio`, `.Release.Namespace = plan.namespace`), the output is
//! split into objects, the `k8s` settings are applied as strategic merge patches and
//! overlays (see [`patch`]), and the objects are sorted in istioctl's apply order.
//! Charts come from the binary ([`ChartSource::Bundled`]) or from a Helm-format
//! `manifests` directory (`-d`, `DIR/charts/<chart>`), parsed once per chart and cached.

pub mod patch;

use crate::error::Error;
use crate::operator::{self, Component, ComponentPlan, MergedSpec};
use gotmpl::chart::{Capabilities, Chart, Prepared, ReleaseOptions};
use serde_json::Value;
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::PathBuf;
use std::rc::Rc;

mod bundled {
    include!(concat!(env!("OUT_DIR"), "/charts_embed.rs"));
}

/// The charts bundled into this binary: `(path under charts/, bytes)`.
pub fn bundled_files() -> &'static [(&'static str, &'static [u8])] {
    bundled::CHART_FILES
}

/// The Helm values profiles bundled into this binary: `(file name, bytes)`.
pub fn bundled_helm_profiles() -> &'static [(&'static str, &'static [u8])] {
    bundled::HELM_PROFILES
}

fn helm_profile(name: &str) -> Result<Option<Value>, Error> {
    let file = format!("{name}.yaml");
    let Some((_, bytes)) = bundled_helm_profiles().iter().find(|(n, _)| *n == file) else {
        return Ok(None);
    };
    let text = String::from_utf8_lossy(bytes);
    crate::yaml::parse_single(&file, &text)
        .map(Some)
        .map_err(|e| Error::general(format!("bundled Helm profile {file}: {e}")))
}

/// The Helm values profiles a values tree selects (`profile`, `compatibilityVersion`,
/// `platform`, each also read under `global`), merged in that order.
pub fn profile_values(values: &Value) -> Result<Option<Value>, Error> {
    let pick = |key: &str| -> String {
        let s = |v: Option<&Value>| v.and_then(Value::as_str).unwrap_or("").to_string();
        let top = s(values.get(key));
        if top.is_empty() {
            s(values.get("global").and_then(|g| g.get(key)))
        } else {
            top
        }
    };
    let mut out: Option<Value> = None;
    for name in [
        pick("profile"),
        match pick("compatibilityVersion") {
            v if v.is_empty() => v,
            v => format!("compatibility-version-{v}"),
        },
        match pick("platform") {
            v if v.is_empty() => v,
            v => format!("platform-{v}"),
        },
    ] {
        if name.is_empty() {
            continue;
        }
        if let Some(p) = helm_profile(&name)? {
            match &mut out {
                None => out = Some(p),
                Some(o) => crate::tree::merge::deep_merge(o, &p),
            }
        }
    }
    Ok(out)
}

/// The values a plan renders with: the selected Helm profiles beneath the plan's values.
/// Charts that take their settings at the top level (ztunnel) also get every `global`
/// setting (the profile's, then the plan's) lifted there, beneath the plan's values, as
/// Istio's charts flatten them.
fn effective_values(plan: &ComponentPlan) -> Result<Value, Error> {
    let profile = profile_values(&plan.values)?;
    let info = plan.component.info();
    if !info.flatten_values {
        let Some(mut p) = profile else {
            return Ok(plan.values.clone());
        };
        crate::tree::merge::deep_merge(&mut p, &plan.values);
        return Ok(p);
    }
    // The profile's own section for the chart (`ztunnel:`) stays where it is: Istio's
    // chart merges the profile as a whole, so it does not reach the chart's top level.
    let mut p = profile.unwrap_or_else(|| Value::Object(serde_json::Map::new()));
    for globals in [p.get("global").cloned(), plan.values.get("global").cloned()]
        .into_iter()
        .flatten()
    {
        crate::tree::merge::deep_merge(&mut p, &globals);
    }
    crate::tree::merge::deep_merge(&mut p, &plan.values);
    Ok(p)
}

/// The rendered objects of one component instance.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentManifests {
    pub component: operator::Component,
    /// The instance name (the gateway's name, otherwise the component's spec key).
    pub name: String,
    pub namespace: String,
    /// Objects in apply order.
    pub objects: Vec<serde_json::Value>,
}

/// Where charts come from.
#[derive(Debug)]
pub struct ChartSource {
    root: Option<PathBuf>,
    cache: RefCell<HashMap<String, Rc<Prepared>>>,
}

impl ChartSource {
    /// The charts bundled into the binary.
    pub fn bundled() -> ChartSource {
        ChartSource {
            root: None,
            cache: RefCell::default(),
        }
    }
    /// A Helm-format manifests directory laid out like Istio's: `DIR/charts/<chart>`.
    pub fn dir(manifests: impl Into<PathBuf>) -> ChartSource {
        ChartSource {
            root: Some(manifests.into()),
            cache: RefCell::default(),
        }
    }
    /// `installPackagePath` (the `-d` directory) when set, otherwise the bundled charts.
    pub fn for_spec(merged: &MergedSpec) -> ChartSource {
        match merged.install_package_path() {
            Some(p) => ChartSource::dir(p),
            None => ChartSource::bundled(),
        }
    }

    fn load(&self, chart: &str) -> Result<Chart, Error> {
        match &self.root {
            None => {
                let prefix = format!("{chart}/");
                let files = bundled_files()
                    .iter()
                    .filter_map(|(p, b)| p.strip_prefix(prefix.as_str()).map(|r| (r, *b)));
                Chart::from_files(files)
                    .map_err(|e| Error::general(format!("bundled chart {chart}: {e}")))
            }
            Some(root) => {
                let dir = root.join("charts").join(chart);
                if !dir.join("Chart.yaml").exists() {
                    return Err(Error::data(format!(
                        "chart {chart} not found: {} has no Chart.yaml",
                        dir.display()
                    ))
                    .hint("-d/--manifests takes a directory laid out like Istio's manifests/ (charts/ and profiles/)"));
                }
                Chart::load_dir(&dir).map_err(|e| Error::data(format!("chart {chart}: {e}")))
            }
        }
    }

    /// The parsed chart (cached).
    pub fn prepared(&self, chart: &str) -> Result<Rc<Prepared>, Error> {
        if let Some(p) = self.cache.borrow().get(chart) {
            return Ok(p.clone());
        }
        let c = self.load(chart)?;
        let p = Rc::new(Prepared::new(c).map_err(|e| Error::data(format!("chart {chart}: {e}")))?);
        self.cache.borrow_mut().insert(chart.to_string(), p.clone());
        Ok(p)
    }
}

/// Options beyond the spec.
#[derive(Default)]
pub struct RenderOptions<'a> {
    /// Only render chart templates whose path (e.g. `templates/deployment.yaml`) passes.
    pub template_filter: Option<&'a dyn Fn(&str) -> bool>,
    /// Only render these components (all when empty).
    pub components: Vec<Component>,
}

/// Install order of the components.
pub fn install_rank(c: Component) -> u8 {
    match c {
        Component::Base => 0,
        Component::Pilot => 1,
        Component::Cni => 2,
        Component::Ztunnel => 3,
        Component::IngressGateways => 4,
        Component::EgressGateways => 5,
    }
}

/// Renders every enabled component of a merged spec, in install order.
pub fn render(merged: &MergedSpec, charts: &ChartSource) -> Result<Vec<ComponentManifests>, Error> {
    render_with(merged, charts, &RenderOptions::default())
}

/// [`render`] with a template or component filter.
pub fn render_with(
    merged: &MergedSpec,
    charts: &ChartSource,
    opts: &RenderOptions,
) -> Result<Vec<ComponentManifests>, Error> {
    let mut plans: Vec<ComponentPlan> = merged
        .plans()?
        .into_iter()
        .filter(|p| p.enabled)
        .filter(|p| opts.components.is_empty() || opts.components.contains(&p.component))
        .collect();
    plans.sort_by_key(|p| install_rank(p.component));
    check_values(&merged.values())?;
    for p in &plans {
        if let Some(k) = &p.k8s {
            let at = if p.component.is_gateway() {
                format!(
                    "spec.components.{}[{}].k8s",
                    p.component.info().spec_name,
                    p.name
                )
            } else {
                format!("spec.components.{}.k8s", p.component.info().spec_name)
            };
            patch::check_k8s(&at, k)?;
        }
    }
    let revision = crate::tree::get_str(&merged.iop, "spec.values.revision").to_string();
    let mut out = Vec::with_capacity(plans.len());
    for plan in &plans {
        out.push(render_plan(plan, charts, &revision, opts)?);
    }
    Ok(out)
}

/// Typed checks on values the charts copy into objects verbatim (tolerations), so bad input
/// fails here rather than at the API server.
fn check_values(values: &Value) -> Result<(), Error> {
    let mut paths: Vec<(String, &Value)> = Vec::new();
    if let Some(v) = values.pointer("/global/defaultTolerations") {
        paths.push(("spec.values.global.defaultTolerations".into(), v));
    }
    // The tolerations istioctl checks (not ztunnel's or the CNI's, nor a gateway's under
    // another name).
    for p in [
        "pilot",
        "gateways/istio-ingressgateway",
        "gateways/istio-egressgateway",
    ] {
        if let Some(v) = values.pointer(&format!("/{p}/tolerations")) {
            paths.push((
                format!("spec.values.{}.tolerations", p.replace('/', ".")),
                v,
            ));
        }
    }
    for (p, v) in paths {
        patch::check_tolerations(&p, v)
            .map_err(|e| Error::data(format!("invalid schema for {e}")))?;
    }
    Ok(())
}

/// The workload a component's k8s settings patch: (kind, name, container).
fn target(plan: &ComponentPlan, revision: &str) -> Option<(String, String, String)> {
    let (kind, name, container) = match plan.component {
        Component::Base => return None,
        Component::Pilot => {
            let n = if revision.is_empty() || revision == "default" {
                "istiod".to_string()
            } else {
                format!("istiod-{revision}")
            };
            ("Deployment", n, "discovery")
        }
        Component::IngressGateways | Component::EgressGateways => {
            ("Deployment", plan.name.clone(), "istio-proxy")
        }
        Component::Cni => ("DaemonSet", "istio-cni-node".into(), "install-cni"),
        Component::Ztunnel => ("DaemonSet", "ztunnel".into(), "istio-proxy"),
    };
    Some((kind.into(), name, container.into()))
}

fn render_plan(
    plan: &ComponentPlan,
    charts: &ChartSource,
    revision: &str,
    opts: &RenderOptions,
) -> Result<ComponentManifests, Error> {
    let prepared = charts.prepared(plan.chart)?;
    let mut values = effective_values(plan)?;
    // Charts see the values they were given, before profiles and defaults, as `_original`
    // (as Istio's charts do): the istiod chart records them in its `values` ConfigMap.
    if let Some(m) = values.as_object_mut() {
        m.insert("_original".into(), plan.values.clone());
    }
    let values = gotmpl::Value::from_json(&values);
    let release = ReleaseOptions {
        name: plan.release_name.to_string(),
        namespace: plan.namespace.clone(),
        ..ReleaseOptions::default()
    };
    let rendered = prepared
        .render(
            &values,
            &release,
            &Capabilities::default(),
            opts.template_filter,
        )
        .map_err(|e| {
            Error::data(format!(
                "rendering {} ({}): {e}",
                plan.component, plan.chart
            ))
        })?;
    let mut objects = Vec::new();
    for (file, text) in &rendered {
        if text.trim().is_empty() {
            continue;
        }
        let docs = crate::yaml::parse_stream(file, text)
            .map_err(|e| Error::data(format!("chart {} produced invalid YAML: {e}", plan.chart)))?;
        for d in docs {
            if d.value.is_object() && d.value.as_object().is_some_and(|m| !m.is_empty()) {
                objects.push(d.value);
            }
        }
    }
    if let Some(k8s) = &plan.k8s {
        let t = target(plan, revision);
        let t = t.as_ref().map(|(k, n, c)| patch::Target {
            kind: k,
            name: n,
            container: c,
        });
        patch::apply_k8s(&mut objects, k8s, t.as_ref())?;
    }
    sort_objects(&mut objects);
    Ok(ComponentManifests {
        component: plan.component,
        name: plan.name.clone(),
        namespace: plan.namespace.clone(),
        objects,
    })
}

fn str_at<'a>(o: &'a Value, ptr: &str) -> &'a str {
    o.pointer(ptr).and_then(Value::as_str).unwrap_or("")
}

/// (group, kind, namespace, name) of an object.
pub fn object_key(o: &Value) -> (String, String, String, String) {
    let api = str_at(o, "/apiVersion");
    let group = match api.rsplit_once('/') {
        Some((g, _)) => g.to_string(),
        None => String::new(),
    };
    (
        group,
        str_at(o, "/kind").to_string(),
        str_at(o, "/metadata/namespace").to_string(),
        str_at(o, "/metadata/name").to_string(),
    )
}

/// istioctl's apply order score: CRDs first, then accounts/roles, bindings, validation
/// webhooks, Istio resources, config maps, workloads, autoscalers, services last.
pub fn order_score(group: &str, kind: &str) -> i32 {
    match (group, kind) {
        ("apiextensions.k8s.io", "CustomResourceDefinition") => -1000,
        ("", "ServiceAccount") | ("rbac.authorization.k8s.io", "ClusterRole") => 1,
        ("rbac.authorization.k8s.io", "ClusterRoleBinding") => 2,
        ("admissionregistration.k8s.io", "ValidatingWebhookConfiguration") => 3,
        (g, _) if g.ends_with(".istio.io") => 4,
        ("", "ConfigMap") | ("", "Secrets") => 100,
        ("extensions" | "apps", "Deployment") => 1000,
        ("autoscaling", "HorizontalPodAutoscaler") => 1001,
        ("", "Service") => 10000,
        _ => 1000,
    }
}

/// Sorts objects as istioctl prints them: by (score, group, kind, name, namespace) — the
/// name before the namespace, so `kube-system/istio-cni` comes before `istio-system/istiod`.
pub fn sort_objects(objects: &mut [Value]) {
    objects.sort_by_cached_key(|o| {
        let (g, k, ns, n) = object_key(o);
        (order_score(&g, &k), g, k, n, ns)
    });
}

/// One object as istioctl prints it (sigs.k8s.io/yaml: sorted keys).
pub fn object_yaml(o: &Value) -> String {
    crate::yaml::to_go_string(o)
}

/// All objects of all components, sorted in istioctl's order, as `manifest generate`
/// prints them: each object's YAML followed by istioctl's `\n---\n` separator.
pub fn manifest_text(manifests: &[ComponentManifests]) -> String {
    let mut all: Vec<Value> = manifests
        .iter()
        .flat_map(|m| m.objects.iter().cloned())
        .collect();
    sort_objects(&mut all);
    let mut s = String::new();
    for o in &all {
        s.push_str(&object_yaml(o));
        s.push_str("\n---\n");
    }
    s
}

/// Objects as one YAML stream, documents joined by istioctl's `\n---\n` separator.
pub fn join_yaml(objects: &[Value]) -> String {
    objects
        .iter()
        .map(object_yaml)
        .collect::<Vec<_>>()
        .join("\n---\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merged(set: &[&str]) -> MergedSpec {
        let inputs = operator::Inputs {
            set: set.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        };
        operator::merge_inputs(&inputs, &mut std::io::empty()).unwrap()
    }

    #[test]
    fn every_profile_renders() {
        for p in [
            "default", "demo", "minimal", "empty", "remote", "preview", "ambient", "stable",
        ] {
            let m = merged(&[&format!("profile={p}")]);
            let out = render(&m, &ChartSource::bundled());
            assert!(out.is_ok(), "profile {p}: {:?}", out.err());
        }
    }

    #[test]
    fn bundled_crds_are_structural() {
        let (_, crds) = bundled_files()
            .iter()
            .find(|(p, _)| *p == "base/files/crd-all.gen.yaml")
            .expect("generated CRDs are bundled");
        let docs = crate::yaml::parse_stream("crds", &String::from_utf8_lossy(crds)).unwrap();
        assert_eq!(docs.len(), 15);
        for d in docs {
            let versions = d
                .value
                .pointer("/spec/versions")
                .unwrap()
                .as_array()
                .unwrap();
            assert_eq!(versions.iter().filter(|v| v["storage"] == true).count(), 1);
            for v in versions {
                let s = &v["schema"]["openAPIV3Schema"];
                assert_eq!(s["type"], "object");
                assert_eq!(s["properties"]["spec"]["type"], "object");
            }
        }
    }

    #[test]
    fn default_profile_order_and_labels() {
        let out = render(&merged(&[]), &ChartSource::bundled()).unwrap();
        let comps: Vec<Component> = out.iter().map(|m| m.component).collect();
        assert_eq!(
            comps,
            [
                Component::Base,
                Component::Pilot,
                Component::IngressGateways
            ]
        );
        let istiod = out[1]
            .objects
            .iter()
            .find(|o| o["kind"] == "Deployment")
            .expect("istiod deployment");
        assert_eq!(
            istiod
                .pointer("/metadata/labels/operator.istio.io~1component")
                .unwrap(),
            "Pilot"
        );
    }
}
