//! From a merged IstioOperator to one plan per chart to render: which component, enabled or
//! not, in which namespace, from which chart, with which Helm values.
//!
//! How the chart renderer uses a plan (as istioctl does): load `<manifests>/charts/<chart>`
//! (`MergedSpec::install_package_path()` or the bundled charts), merge the chart's own
//! `values.yaml` beneath `values`, render with `.Release.Name = release_name` and
//! `.Release.Namespace = namespace`, then apply the `k8s` settings to the rendered objects.
//! Plans with `enabled == false` are not rendered (they are kept for pruning and reporting).

use super::MergedSpec;
use crate::error::Error;
use crate::tree;
use serde_json::{Map, Value};
use std::fmt;

/// The components istioctl 1.30 renders, in its order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Component {
    Base,
    Pilot,
    IngressGateways,
    EgressGateways,
    Cni,
    Ztunnel,
}

/// Static facts about a component.
#[derive(Debug, Clone, Copy)]
pub struct ComponentInfo {
    pub component: Component,
    /// The key under `spec.components`.
    pub spec_name: &'static str,
    /// Rendered when the IstioOperator does not mention it.
    pub default_enabled: bool,
    /// A list of instances (gateways) rather than one.
    pub multi: bool,
    /// The chart directory under `charts/`.
    pub chart: &'static str,
    /// Where its settings live under `values` (dotted).
    pub values_root: &'static str,
    /// The chart expects its settings at the top level of the values (ztunnel).
    pub flatten_values: bool,
    /// A values path that enables it too (`values.gateways.istio-ingressgateway.enabled`).
    pub alt_enablement: Option<&'static str>,
    /// The name shown in progress output ("Istio core", "Istiod", …).
    pub display_name: &'static str,
}

pub const ALL: &[ComponentInfo] = &[
    ComponentInfo {
        component: Component::Base,
        spec_name: "base",
        default_enabled: true,
        multi: false,
        chart: "base",
        values_root: "global",
        flatten_values: false,
        alt_enablement: None,
        display_name: "Istio core",
    },
    ComponentInfo {
        component: Component::Pilot,
        spec_name: "pilot",
        default_enabled: true,
        multi: false,
        chart: "istio-control/istio-discovery",
        values_root: "pilot",
        flatten_values: false,
        alt_enablement: None,
        display_name: "Istiod",
    },
    ComponentInfo {
        component: Component::IngressGateways,
        spec_name: "ingressGateways",
        default_enabled: true,
        multi: true,
        chart: "gateways/istio-ingress",
        values_root: "gateways.istio-ingressgateway",
        flatten_values: false,
        alt_enablement: Some("spec.values.gateways.istio-ingressgateway.enabled"),
        display_name: "Ingress gateways",
    },
    ComponentInfo {
        component: Component::EgressGateways,
        spec_name: "egressGateways",
        default_enabled: false,
        multi: true,
        chart: "gateways/istio-egress",
        values_root: "gateways.istio-egressgateway",
        flatten_values: false,
        alt_enablement: Some("spec.values.gateways.istio-egressgateway.enabled"),
        display_name: "Egress gateways",
    },
    ComponentInfo {
        component: Component::Cni,
        spec_name: "cni",
        default_enabled: false,
        multi: false,
        chart: "istio-cni",
        values_root: "cni",
        flatten_values: false,
        alt_enablement: None,
        display_name: "CNI",
    },
    ComponentInfo {
        component: Component::Ztunnel,
        spec_name: "ztunnel",
        default_enabled: false,
        multi: false,
        chart: "ztunnel",
        values_root: "ztunnel",
        flatten_values: true,
        alt_enablement: None,
        display_name: "Ztunnel",
    },
];

impl Component {
    pub fn info(self) -> &'static ComponentInfo {
        ALL.iter()
            .find(|i| i.component == self)
            .expect("every component has info")
    }

    /// The name istioctl uses (`--filter`, logs): `Base`, `Pilot`, `IngressGateways`, …
    pub fn name(self) -> &'static str {
        match self {
            Component::Base => "Base",
            Component::Pilot => "Pilot",
            Component::IngressGateways => "IngressGateways",
            Component::EgressGateways => "EgressGateways",
            Component::Cni => "Cni",
            Component::Ztunnel => "Ztunnel",
        }
    }

    pub fn is_gateway(self) -> bool {
        matches!(self, Component::IngressGateways | Component::EgressGateways)
    }

    /// Parses a component name as istioctl's `--filter` accepts it (case-insensitive).
    pub fn parse(s: &str) -> Option<Component> {
        ALL.iter()
            .map(|i| i.component)
            .find(|c| c.name().eq_ignore_ascii_case(s))
    }
}

impl fmt::Display for Component {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One chart render: everything the chart renderer needs, and nothing it has to look up.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentPlan {
    pub component: Component,
    /// Whether to render it. Disabled entries are kept so callers can report/prune them.
    pub enabled: bool,
    /// The instance name: the gateway's `name`, otherwise the component's spec key.
    pub name: String,
    /// The namespace to render into (Helm's `.Release.Namespace`).
    pub namespace: String,
    /// The chart directory under `<manifests>/charts/`.
    pub chart: &'static str,
    /// Helm's `.Release.Name` (istioctl always uses "istio").
    pub release_name: &'static str,
    /// The Helm values for this chart (the chart's own values.yaml defaults still apply underneath).
    pub values: Value,
    /// The component's `k8s` settings, for post-render patching; `None` when unset.
    pub k8s: Option<Value>,
}

/// istioctl's Helm release name for every component.
pub const RELEASE_NAME: &str = "istio";

/// Plans every component of a merged spec, in render order.
pub fn plan(merged: &MergedSpec) -> Result<Vec<ComponentPlan>, Error> {
    let iop = &merged.iop;
    let default_ns = {
        let n = tree::get_str(iop, "metadata.namespace");
        if n.is_empty() { "istio-system" } else { n }.to_string()
    };
    let mut plans = Vec::new();
    for info in ALL {
        let alt = info.alt_enablement.is_some_and(|p| tree::get_bool(iop, p));
        let at = format!("spec.components.{}", info.spec_name);
        let specs: Vec<(Map<String, Value>, bool)> = match tree::get(iop, &at) {
            None | Some(Value::Null) => {
                if info.default_enabled || alt {
                    vec![(Map::new(), true)]
                } else {
                    vec![(Map::new(), false)]
                }
            }
            Some(Value::Array(items)) if info.multi => items
                .iter()
                .map(|it| {
                    let m = it.as_object().cloned().unwrap_or_default();
                    let on = enabled_or_true(&m) || alt;
                    (m, on)
                })
                .collect(),
            Some(Value::Object(m)) if !info.multi => {
                let on = enabled_or_true(m) || alt;
                vec![(m.clone(), on)]
            }
            Some(other) => {
                return Err(Error::data(format!(
                    "{at}: expected {}, got {}",
                    if info.multi { "a list" } else { "a map" },
                    other
                )));
            }
        };
        for (spec, enabled) in specs {
            let namespace = match spec.get("namespace").and_then(Value::as_str) {
                Some(n) if !n.is_empty() => n.to_string(),
                _ => default_ns.clone(),
            };
            let name = spec
                .get("name")
                .and_then(Value::as_str)
                .map(str::to_string)
                .unwrap_or_else(|| {
                    if info.multi {
                        info.values_root
                            .rsplit('.')
                            .next()
                            .unwrap_or("")
                            .to_string()
                    } else {
                        info.spec_name.to_string()
                    }
                });
            let values = component_values(info, &spec, iop);
            plans.push(ComponentPlan {
                component: info.component,
                enabled,
                name,
                namespace,
                chart: info.chart,
                release_name: RELEASE_NAME,
                values,
                k8s: spec.get("k8s").filter(|k| !k.is_null()).cloned(),
            });
        }
    }
    Ok(plans)
}

fn enabled_or_true(m: &Map<String, Value>) -> bool {
    m.get("enabled").and_then(Value::as_bool).unwrap_or(true)
}

/// A `k8s.service.ports` entry as istioctl hands it to the chart: read into Kubernetes'
/// ServicePort, so `port` and `targetPort` are always there (0 when not given).
fn service_port(p: &Value) -> Value {
    let mut p = p.clone();
    if let Some(m) = p.as_object_mut() {
        for k in ["port", "targetPort"] {
            m.entry(k).or_insert(Value::from(0));
        }
    }
    p
}

/// The Helm values one component renders with (istioctl's per-component view of `spec.values`).
fn component_values(info: &ComponentInfo, spec: &Map<String, Value>, iop: &Value) -> Value {
    let mut values = tree::get(iop, "spec.values")
        .filter(|v| v.is_object())
        .cloned()
        .unwrap_or_else(|| Value::Object(Map::new()));
    let root = info.values_root;
    if info.component.is_gateway() {
        let name = spec.get("name").and_then(Value::as_str).unwrap_or("");
        tree::set(&mut values, &format!("{root}.name"), Value::from(name));
        let labels = spec
            .get("label")
            .filter(|l| l.is_object())
            .cloned()
            .unwrap_or_else(|| Value::Object(Map::new()));
        tree::set(&mut values, &format!("{root}.labels"), labels);
        if let Some(ports) = spec
            .get("k8s")
            .and_then(|k| k.get("service"))
            .and_then(|s| s.get("ports"))
            .and_then(Value::as_array)
            .filter(|p| !p.is_empty())
        {
            tree::set(
                &mut values,
                &format!("{root}.ports"),
                Value::Array(ports.iter().map(service_port).collect()),
            );
        }
    }
    if let Some(hub) = spec
        .get("hub")
        .and_then(Value::as_str)
        .filter(|h| !h.is_empty())
    {
        tree::set(&mut values, &format!("{root}.hub"), Value::from(hub));
    }
    if let Some(tag) = spec.get("tag").filter(|t| !t.is_null()) {
        // istioctl re-reads the tag through --set typing.
        let typed = super::setflag::parse_value(&tree::go_format(tag));
        tree::set(&mut values, &format!("{root}.tag"), typed);
    }
    if info.flatten_values
        && let Some(own) = tree::get(&values, root).and_then(Value::as_object).cloned()
    {
        let all = values.as_object().cloned().unwrap_or_default();
        let mut flat = Map::new();
        flat.insert(
            "global".into(),
            all.get("global").cloned().unwrap_or(Value::Null),
        );
        for (k, v) in &all {
            if !v.is_object() {
                flat.insert(k.clone(), v.clone());
            }
        }
        for (k, v) in own {
            flat.insert(k, v);
        }
        values = Value::Object(flat);
    }
    values
}
