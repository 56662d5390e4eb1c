//! Injection configuration: templates, values and mesh config, from files, an
//! IstioOperator, the cluster's ConfigMaps, or the bundled defaults.

use super::error::{ConfigError, PodError};
use crate::tree::merge::{coalesce, deep_merge};
use serde_json::{Map, Value as Json, json};
use std::collections::BTreeMap;

/// The bundled istio-discovery chart values (sailctl's own authoring).
pub const BUNDLED_VALUES: &str =
    include_str!("../../manifests/charts/istio-control/istio-discovery/values.yaml");

macro_rules! bundled {
    ($f:literal) => {
        include_str!(concat!(
            "../../manifests/charts/istio-control/istio-discovery/files/",
            $f
        ))
    };
}

/// The bundled injection templates, by name.
pub const BUNDLED_TEMPLATES: &[(&str, &str)] = &[
    ("sidecar", bundled!("injection-template.yaml")),
    ("gateway", bundled!("gateway-injection-template.yaml")),
    ("grpc-simple", bundled!("grpc-simple.yaml")),
    ("grpc-agent", bundled!("grpc-agent.yaml")),
    ("waypoint", bundled!("waypoint.yaml")),
    ("kube-gateway", bundled!("kube-gateway.yaml")),
    ("agentgateway", bundled!("agentgateway.yaml")),
];

/// Everything injection needs.
#[derive(Debug, Clone)]
pub struct InjectConfig {
    pub templates: BTreeMap<String, String>,
    pub default_templates: Vec<String>,
    pub injected_annotations: Vec<(String, String)>,
    /// The injector's `values` (global, sidecarInjectorWebhook, revision, pilot).
    pub values: Json,
    /// The mesh config (JSON names), Istio's defaults applied.
    pub mesh: Json,
    /// The default proxy config before any user setting: PROXY_CONFIG lists what differs.
    pub baseline_proxy: Json,
    pub native_sidecars: bool,
    pub revision: String,
    pub compliance_policy: String,
    /// Where the templates came from (`bundled`, a file, a cluster ConfigMap), for errors.
    pub templates_source: String,
    /// Report each template's rendered text as a [`super::Notice::Rendered`] (a debugging
    /// aid the command edge turns on).
    pub report_rendered: bool,
}

/// The chart's values: `_internal_defaults_do_not_set` under the user's values.
pub fn chart_values(user: &Json) -> Result<Json, ConfigError> {
    let file = crate::yaml::parse_single("istio-discovery/values.yaml", BUNDLED_VALUES)
        .map_err(ConfigError::BundledValues)?;
    let mut v = file
        .get("_internal_defaults_do_not_set")
        .cloned()
        .unwrap_or_else(|| json!({}));
    coalesce(&mut v, user);
    // The chart lifts the operator's `pilot` values to the top level.
    if let Some(p) = user.get("pilot").filter(|p| p.is_object()) {
        coalesce(&mut v, p);
    }
    Ok(v)
}

/// The injector ConfigMap's `values` from the chart values.
pub fn injector_values(chart: &Json) -> Json {
    let mut out = Map::new();
    if let Some(Json::Object(p)) = chart.get("pilot") {
        out.insert("pilot".into(), Json::Object(p.clone()));
    }
    for k in ["global", "sidecarInjectorWebhook", "revision"] {
        if let Some(v) = chart.get(k) {
            out.insert(k.into(), v.clone());
        }
    }
    let mut pilot = Map::new();
    for k in ["cni", "env"] {
        if let Some(v) = chart.get(k) {
            pilot.insert(k.into(), v.clone());
        }
    }
    let mut all = out
        .remove("pilot")
        .unwrap_or_else(|| Json::Object(Map::new()));
    coalesce(&mut all, &Json::Object(pilot));
    out.insert("pilot".into(), all);
    Json::Object(out)
}

/// The mesh config the chart renders from its values, over Istio's defaults.
pub fn mesh_from_chart(chart: &Json) -> Json {
    let mut mesh = crate::mesh_defaults::mesh_config();
    let ns = "istio-system";
    let rev = chart.get("revision").and_then(Json::as_str).unwrap_or("");
    let istiod = if rev.is_empty() {
        "istiod".to_string()
    } else {
        format!("istiod-{rev}")
    };
    deep_merge(
        &mut mesh,
        &json!({"defaultConfig": {"discoveryAddress": format!("{istiod}.{ns}.svc:15012")}}),
    );
    if let Some(m) = chart.get("meshConfig") {
        deep_merge(&mut mesh, m);
    }
    mesh
}

/// The proxy image Istio gives templates as `.ProxyImage`: `HUB/IMAGE:TAG` from the values
/// (`global.hub`, `global.proxy.image` — default `proxyv2` —, `global.tag`), with an image
/// type (`distroless`, `debug`; `default` for none) from the pod's
/// `sidecar.istio.io/proxyImageType`, else the proxy config's `image.imageType`, else
/// `global.variant`, replacing a known type the tag already ends in.
pub fn go_proxy_image(values: &Json, proxy_config: &Json, meta: &Json) -> String {
    let g = &values["global"];
    let hub = g.get("hub").and_then(Json::as_str).unwrap_or("");
    let image = match g.pointer("/proxy/image").and_then(Json::as_str) {
        Some(i) if !i.is_empty() => i,
        _ => "proxyv2",
    };
    let mut tag = match g.get("tag") {
        Some(Json::String(s)) => s.clone(),
        Some(Json::Number(n)) => n.to_string(),
        Some(Json::Bool(b)) => b.to_string(),
        _ => String::new(),
    };
    let image_type = meta
        .pointer("/annotations/sidecar.istio.io~1proxyImageType")
        .and_then(Json::as_str)
        .map(str::to_string)
        .or_else(|| match proxy_config.get("image") {
            Some(i) if i.is_object() => Some(
                i.get("imageType")
                    .and_then(Json::as_str)
                    .unwrap_or("")
                    .to_string(),
            ),
            _ => None,
        })
        .unwrap_or_else(|| {
            g.get("variant")
                .and_then(Json::as_str)
                .unwrap_or("")
                .to_string()
        });
    if !image_type.is_empty() {
        for known in ["distroless", "debug"] {
            if let Some(t) = tag.strip_suffix(&format!("-{known}")) {
                tag = t.to_string();
                break;
            }
        }
        if image_type != "default" {
            tag = format!("{tag}-{image_type}");
        }
    }
    format!("{hub}/{image}:{tag}")
}

/// The mesh config as Istio's injector holds it for a pod: sailctl's mesh (Istio's defaults
/// for the fields sailctl reads, then the user's settings) with the pod's effective proxy
/// config as `defaultConfig`, completed with the rest of Istio's built-in defaults, and the
/// user's extension providers merged into Istio's default ones
/// (`prometheus`, `stackdriver`, `envoy`) by name — a provider named like a default
/// replaces its settings in place, the others follow in the user's order.
pub fn template_mesh(mesh: &Json, proxy_config: &Json) -> Json {
    let mut out = mesh.clone();
    let Some(o) = out.as_object_mut() else {
        return out;
    };
    // kube-inject applies the pod's proxy.istio.io/config to the mesh config it hands on.
    o.insert("defaultConfig".into(), proxy_config.clone());
    for (k, v) in [
        ("accessLogEncoding", json!("TEXT")),
        ("protocolDetectionTimeout", json!("0s")),
        ("trustDomainAliases", json!([])),
        ("localityLbSetting", json!({"enabled": true})),
        ("certificates", json!([])),
        ("defaultServiceExportTo", json!(["*"])),
        ("defaultVirtualServiceExportTo", json!(["*"])),
        ("defaultDestinationRuleExportTo", json!(["*"])),
        ("serviceSettings", json!([])),
        ("defaultProviders", json!({})),
    ] {
        o.entry(k).or_insert(v);
    }
    let mut providers = vec![
        json!({"name": "prometheus", "prometheus": {}}),
        json!({"name": "stackdriver", "stackdriver": {}}),
        json!({"name": "envoy", "envoyFileAccessLog": {"path": "/dev/stdout"}}),
    ];
    for p in o
        .get("extensionProviders")
        .and_then(Json::as_array)
        .into_iter()
        .flatten()
    {
        let name = p.get("name");
        match providers.iter_mut().find(|d| d.get("name") == name) {
            Some(d) => *d = p.clone(),
            None => providers.push(p.clone()),
        }
    }
    o.insert("extensionProviders".into(), Json::Array(providers));
    out
}

impl InjectConfig {
    /// The bundled configuration with the chart values `user` (the operator's pilot values).
    pub fn bundled(user_values: &Json) -> Result<InjectConfig, ConfigError> {
        let chart = chart_values(user_values)?;
        let mesh = mesh_from_chart(&chart);
        let baseline = mesh["defaultConfig"].clone();
        let mut templates: BTreeMap<String, String> = BUNDLED_TEMPLATES
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        // Custom templates given in the values (sidecarInjectorWebhook.templates).
        if let Some(extra) = chart
            .pointer("/sidecarInjectorWebhook/templates")
            .and_then(Json::as_object)
        {
            for (k, v) in extra {
                if let Some(t) = v.as_str() {
                    templates.insert(k.clone(), t.to_string());
                }
            }
        }
        let default_templates = match chart
            .pointer("/sidecarInjectorWebhook/defaultTemplates")
            .and_then(Json::as_array)
        {
            Some(a) if !a.is_empty() => a
                .iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect(),
            _ => vec!["sidecar".into()],
        };
        Ok(InjectConfig {
            templates,
            default_templates,
            injected_annotations: Vec::new(),
            values: injector_values(&chart),
            mesh,
            baseline_proxy: baseline,
            native_sidecars: false,
            revision: chart
                .get("revision")
                .and_then(Json::as_str)
                .unwrap_or("")
                .to_string(),
            compliance_policy: String::new(),
            templates_source: "the bundled injector configuration".into(),
            report_rendered: false,
        })
    }

    /// Applies an injector `config` document (policy, templates, defaultTemplates, ...).
    pub fn apply_templates_config(&mut self, text: &str, source: &str) {
        self.templates_source = source.to_string();
        let v = crate::yaml::parse_single(source, text).unwrap_or(Json::Null);
        let templates = v.get("templates").and_then(Json::as_object);
        let single = v.get("template").and_then(Json::as_str);
        if templates.is_none() && single.is_none() {
            // The bare template text.
            self.templates.clear();
            self.templates.insert("sidecar".into(), text.to_string());
            self.default_templates = vec!["sidecar".into()];
            return;
        }
        self.templates.clear();
        if let Some(t) = single {
            self.templates.insert("sidecar".into(), t.to_string());
        }
        if let Some(ts) = templates {
            for (k, t) in ts {
                self.templates
                    .insert(k.clone(), t.as_str().unwrap_or("").to_string());
            }
        }
        self.default_templates = match v.get("defaultTemplates").and_then(Json::as_array) {
            Some(a) if !a.is_empty() => a
                .iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect(),
            _ => vec!["sidecar".into()],
        };
        if let Some(a) = v.get("injectedAnnotations").and_then(Json::as_object) {
            self.injected_annotations = a
                .iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string()))
                .collect();
        }
    }

    /// "default" when no revision is set.
    pub fn revision_name(&self) -> String {
        if self.revision.is_empty() {
            "default".into()
        } else {
            self.revision.clone()
        }
    }

    /// The proxy image: `sidecar.istio.io/proxyImage`, else hub/image:tag from the values.
    pub fn proxy_image(&self, pod: &Json) -> String {
        if let Some(i) = pod
            .pointer("/metadata/annotations/sidecar.istio.io~1proxyImage")
            .and_then(Json::as_str)
        {
            return i.to_string();
        }
        let g = &self.values["global"];
        let image = g
            .pointer("/proxy/image")
            .and_then(Json::as_str)
            .unwrap_or("proxyv2");
        if image.contains('/') {
            return image.to_string();
        }
        let hub = g.get("hub").and_then(Json::as_str).unwrap_or("");
        let tag = match g.get("tag") {
            Some(Json::String(s)) => s.clone(),
            Some(Json::Number(n)) => n.to_string(),
            _ => String::new(),
        };
        let variant = g.get("variant").and_then(Json::as_str).unwrap_or("");
        let tag = if variant.is_empty() {
            tag
        } else {
            format!("{tag}-{variant}")
        };
        format!("{hub}/{image}:{tag}")
    }

    /// The status port rewritten probes go to: the pod's `status.sidecar.istio.io/port`,
    /// else the proxy config's (as Istio: not `global.proxy.statusPort` of the values,
    /// which the templates give the agent).
    pub fn status_port(&self, ann: &Map<String, Json>, proxy_config: &Json) -> i64 {
        if let Some(s) = ann
            .get("status.sidecar.istio.io/port")
            .and_then(Json::as_str)
            && let Ok(n) = s.parse()
        {
            return n;
        }
        proxy_config
            .get("statusPort")
            .and_then(Json::as_i64)
            .unwrap_or(15020)
    }

    /// Whether the application waits for the proxy to start.
    pub fn hold_application(&self, proxy_config: &Json) -> bool {
        if let Some(b) = proxy_config
            .get("holdApplicationUntilProxyStarts")
            .and_then(Json::as_bool)
        {
            return b;
        }
        self.values
            .pointer("/global/proxy/holdApplicationUntilProxyStarts")
            .and_then(Json::as_bool)
            .unwrap_or(false)
    }
}

/// The effective proxy config for a pod and the JSON PROXY_CONFIG carries (what differs
/// from the defaults, then the pod's own settings).
pub fn proxy_config(
    cfg: &InjectConfig,
    ann: &Map<String, Json>,
) -> Result<(Json, String), PodError> {
    let mut pc = cfg
        .mesh
        .get("defaultConfig")
        .cloned()
        .unwrap_or_else(|| json!({}));
    without_stale_tracer(&mut pc, &cfg.baseline_proxy);
    let mut shown = Map::new();
    if let (Some(cur), Some(base)) = (pc.as_object(), cfg.baseline_proxy.as_object()) {
        for (k, v) in cur {
            if base.get(k) != Some(v) {
                shown.insert(k.clone(), v.clone());
            }
        }
    }
    if let Some(s) = ann.get("proxy.istio.io/config").and_then(Json::as_str) {
        let over = crate::yaml::parse_single("proxy.istio.io/config", s)
            .map_err(PodError::ProxyConfigAnnotation)?;
        if let Some(o) = over.as_object() {
            apply_proxy_config(&mut pc, o);
            for k in o.keys() {
                // What the field holds now (proxyMetadata merged, for one).
                match pc.get(k) {
                    Some(v) => shown.insert(k.clone(), v.clone()),
                    None => shown.remove(k),
                };
            }
        }
    }
    if pc.get("interceptionMode").is_none() {
        pc["interceptionMode"] = json!("REDIRECT");
    }
    Ok((pc, proto_order(shown).to_string()))
}

/// Istio 1.30's default proxy config has no tracing; sailctl's shared mesh defaults
/// (`mesh_defaults.rs`) still carry an older release's Zipkin tracer, and a mesh config's
/// `defaultConfig.tracing` is merged into it. The default tracer is taken out again: when it
/// is all the tracing there is, and wherever it sits beside the settings the mesh config
/// gave. (A mesh config naming exactly that tracer, `zipkin.istio-system:9411`, loses it.)
fn without_stale_tracer(pc: &mut Json, baseline: &Json) {
    let Some(base) = baseline.get("tracing") else {
        return;
    };
    let Some(o) = pc.as_object_mut() else { return };
    if o.get("tracing") == Some(base) {
        o.remove("tracing");
        return;
    }
    let (Some(Json::Object(t)), Some(Json::Object(b))) = (o.get_mut("tracing"), Some(base)) else {
        return;
    };
    for (k, v) in b {
        if t.get(k) == Some(v) {
            t.remove(k);
        }
    }
}

/// Applies a `proxy.istio.io/config` document to a proxy config as Istio does: each field
/// it sets replaces the field whole (a `tracing` given replaces the tracing settings), except
/// `proxyMetadata`, whose entries join the existing ones, and `proxyHeaders`, whose headers it
/// leaves unset keep their earlier settings.
fn apply_proxy_config(pc: &mut Json, over: &Map<String, Json>) {
    let Some(p) = pc.as_object_mut() else {
        return;
    };
    let orig_metadata = p.get("proxyMetadata").cloned();
    let orig_headers = p.get("proxyHeaders").cloned();
    for (k, v) in over {
        if v.is_null() {
            p.remove(k);
        } else {
            p.insert(k.clone(), v.clone());
        }
    }
    if let Some(Json::Object(orig)) = orig_metadata {
        // A Go map: printed in key order.
        let mut merged: BTreeMap<String, Json> = orig.into_iter().collect();
        if let Some(Json::Object(new)) = p.get("proxyMetadata") {
            for (k, v) in new {
                merged.insert(k.clone(), v.clone());
            }
        }
        p.insert(
            "proxyMetadata".into(),
            Json::Object(merged.into_iter().collect()),
        );
    }
    if let (Some(Json::Object(orig)), Some(Json::Object(new))) =
        (orig_headers, p.get_mut("proxyHeaders"))
    {
        for k in [
            "forwardedClientCert",
            "requestId",
            "attemptCount",
            "server",
            "envoyDebugHeaders",
        ] {
            if new.get(k).is_none_or(|v| v.is_null())
                && let Some(v) = orig.get(k)
            {
                new.insert(k.into(), v.clone());
            }
        }
    }
}

/// Rejects malformed traffic annotations, as Istio does before rendering.
pub fn validate_annotations(ann: &Map<String, Json>) -> Result<(), PodError> {
    let get = |k: &str| ann.get(k).and_then(Json::as_str);
    for key in [
        "traffic.sidecar.istio.io/includeOutboundIPRanges",
        "traffic.sidecar.istio.io/excludeOutboundIPRanges",
    ] {
        if let Some(v) = get(key) {
            for part in v.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                if part == "*" && key.contains("include") {
                    continue;
                }
                if !valid_cidr(part) {
                    return Err(PodError::InvalidCidr {
                        key: key.to_string(),
                        value: part.to_string(),
                    });
                }
            }
        }
    }
    for key in [
        "traffic.sidecar.istio.io/includeInboundPorts",
        "traffic.sidecar.istio.io/excludeInboundPorts",
        "traffic.sidecar.istio.io/excludeOutboundPorts",
        "traffic.sidecar.istio.io/includeOutboundPorts",
    ] {
        if let Some(v) = get(key) {
            for part in v.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                if part == "*" && key.contains("include") {
                    continue;
                }
                match part.parse::<u32>() {
                    Ok(n) if n <= 65535 => {}
                    _ => {
                        return Err(PodError::InvalidPort {
                            key: key.to_string(),
                            value: part.to_string(),
                        });
                    }
                }
            }
        }
    }
    Ok(())
}

fn valid_cidr(s: &str) -> bool {
    let Some((ip, bits)) = s.split_once('/') else {
        return false;
    };
    let Ok(bits) = bits.parse::<u8>() else {
        return false;
    };
    match ip.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V4(_)) => bits <= 32,
        Ok(std::net::IpAddr::V6(_)) => bits <= 128,
        Err(_) => false,
    }
}

/// The configuration an IstioOperator renders: its pilot values over the bundled chart.
pub fn from_operator(inputs: &crate::operator::Inputs) -> Result<InjectConfig, ConfigError> {
    let merged = crate::operator::merge_inputs(inputs, &mut std::io::empty())
        .map_err(ConfigError::Operator)?;
    let plans = merged.plans().map_err(ConfigError::Operator)?;
    let values = plans
        .iter()
        .find(|p| p.component == crate::operator::Component::Pilot)
        .map(|p| p.values.clone())
        .unwrap_or_else(|| {
            let mut v = merged.values();
            if let Some(h) = merged.get("spec.hub").cloned() {
                v["global"]["hub"] = h;
            }
            if let Some(t) = merged.get("spec.tag").cloned() {
                v["global"]["tag"] = t;
            }
            v
        });
    InjectConfig::bundled(&values)
}

/// Applies one mesh edit (`set` or `append` at a dotted path).
pub fn edit_mesh(mesh: &mut Json, path: &str, op: &str, value: &Json) {
    let mut cur = mesh;
    let parts: Vec<&str> = path.split('.').collect();
    for p in &parts[..parts.len() - 1] {
        if !cur.get(*p).is_some_and(Json::is_object) {
            cur[*p] = json!({});
        }
        cur = cur.get_mut(*p).unwrap();
    }
    let last = parts[parts.len() - 1];
    if op == "append" {
        if !cur.get(last).is_some_and(Json::is_array) {
            cur[last] = json!([]);
        }
        cur[last].as_array_mut().unwrap().push(value.clone());
    } else {
        cur[last] = value.clone();
    }
}

/// ProxyConfig fields in the proto's declaration order (protojson's output order).
const PROXY_CONFIG_FIELDS: &[&str] = &[
    "configPath",
    "binaryPath",
    "serviceCluster",
    "drainDuration",
    "parentShutdownDuration",
    "discoveryAddress",
    "discoveryRefreshDelay",
    "zipkinAddress",
    "connectTimeout",
    "statsdUdpAddress",
    "envoyMetricsServiceAddress",
    "proxyAdminPort",
    "availabilityZone",
    "controlPlaneAuthPolicy",
    "customConfigFile",
    "statNameLength",
    "concurrency",
    "proxyBootstrapTemplatePath",
    "interceptionMode",
    "tracing",
    "sds",
    "envoyAccessLogService",
    "envoyMetricsService",
    "proxyMetadata",
    "runtimeValues",
    "statusPort",
    "extraStatTags",
    "gatewayTopology",
    "terminationDrainDuration",
    "meshId",
    "readinessProbe",
    "proxyStatsMatcher",
    "holdApplicationUntilProxyStarts",
    "caCertificatesPem",
    "image",
    "privateKeyProvider",
    "proxyHeaders",
    "fileFlushInterval",
    "fileFlushMinSizeKb",
];

fn proto_order(m: Map<String, Json>) -> Json {
    let mut out = Map::new();
    for k in PROXY_CONFIG_FIELDS {
        if let Some(v) = m.get(*k) {
            out.insert((*k).to_string(), v.clone());
        }
    }
    for (k, v) in m {
        if !out.contains_key(&k) {
            out.insert(k, v);
        }
    }
    Json::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proxy_images_as_istio_names_them() {
        let values = json!({"global": {"hub": "docker.io/istio", "tag": "1.30.3-distroless"}});
        let none = json!({});
        assert_eq!(
            go_proxy_image(&values, &none, &none),
            "docker.io/istio/proxyv2:1.30.3-distroless"
        );
        let debug = json!({"annotations": {"sidecar.istio.io/proxyImageType": "debug"}});
        assert_eq!(
            go_proxy_image(&values, &none, &debug),
            "docker.io/istio/proxyv2:1.30.3-debug"
        );
        let default = json!({"image": {"imageType": "default"}});
        assert_eq!(
            go_proxy_image(&values, &default, &none),
            "docker.io/istio/proxyv2:1.30.3"
        );
    }

    #[test]
    fn the_templates_mesh_has_istios_providers_first() {
        let mesh = json!({"extensionProviders": [
            {"name": "otel", "opentelemetry": {"service": "o"}},
            {"name": "envoy", "envoyFileAccessLog": {"path": "/tmp/log"}}]});
        let m = template_mesh(&mesh, &json!({}));
        let names: Vec<&str> = m["extensionProviders"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, ["prometheus", "stackdriver", "envoy", "otel"]);
        assert_eq!(
            m["extensionProviders"][2]["envoyFileAccessLog"]["path"],
            json!("/tmp/log")
        );
        assert_eq!(m["defaultProviders"], json!({}));
    }

    #[test]
    fn a_pods_proxy_config_replaces_fields_whole() {
        let mut pc = json!({"tracing": {"zipkin": {"address": "z"}}, "proxyMetadata": {"A": "1"},
            "proxyHeaders": {"server": {"disabled": true}}});
        let over = json!({"tracing": {"sampling": 10}, "proxyMetadata": {"B": "2"},
            "proxyHeaders": {"requestId": {"disabled": true}}});
        apply_proxy_config(&mut pc, over.as_object().unwrap());
        assert_eq!(
            pc,
            json!({"tracing": {"sampling": 10}, "proxyMetadata": {"A": "1", "B": "2"},
                "proxyHeaders": {"requestId": {"disabled": true}, "server": {"disabled": true}}})
        );
    }
}
