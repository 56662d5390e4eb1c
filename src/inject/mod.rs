//! kube-inject: YAML documents in → documents out, pure and streaming.
//!
//! Each workload document (Pod, ReplicationController, Deployment, DaemonSet, ReplicaSet,
//! StatefulSet, Job, CronJob, DeploymentConfig, and `v1 List` items recursively) has its pod
//! template injected; every other document is written back byte-for-byte. Injection renders
//! the configured templates over the [`model`] data, merges the result with the pod
//! (the user's fields win, lists of named things merge by name), rewrites app probes to the
//! agent, and records the `sidecar.istio.io/status` annotation. Objects are handled as
//! generic JSON values, so unknown and newer fields survive.

pub mod config;
mod document;
pub mod error;
pub mod gojson;
pub mod gotypes;
pub mod merge;
pub mod model;
mod overrides;
pub mod probes;
mod reinject;

use crate::tree::strategic;
use crate::yaml;
use config::InjectConfig;
use document::inject_document_notify;
use error::PodError;
use gotmpl::{FuncMap, Value};
use overrides::{apply_overrides, record_overrides, take_overrides};
use reinject::strip_injected;
use serde_json::{Map, Value as Json, json};
use std::io::Write;
use std::rc::Rc;

/// A kube-inject failure tied to the input position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InjectError {
    pub source: String,
    pub line: usize,
    pub message: String,
    /// Writing the output failed (not a fault of the input).
    pub write_failed: bool,
}

impl std::fmt::Display for InjectError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.source, self.line, self.message)
    }
}

/// What injection tells its caller besides the output: the caller decides how to show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A workload left as it is, and why.
    Warning(String),
    /// A template's rendered text, when [`InjectConfig::report_rendered`] asks for it.
    Rendered(String),
}

/// Injects every document of `text` and writes the result to `out` as each document is done.
/// Warnings (skipped workloads) go to `warn`.
pub fn inject_stream(
    source: &str,
    text: &str,
    cfg: &InjectConfig,
    out: &mut dyn Write,
    warn: &mut dyn FnMut(String),
) -> Result<(), InjectError> {
    inject_text(source, text, cfg, out, &mut |n| {
        if let Notice::Warning(w) = n {
            warn(w)
        }
    })
}

/// [`inject_stream`] over a chunk that starts at line `first_line` of `source` (streaming
/// callers feed one document at a time; errors keep the file's line numbers), with every
/// [`Notice`] going to `notify`.
pub fn inject_chunk(
    source: &str,
    text: &str,
    first_line: usize,
    cfg: &InjectConfig,
    out: &mut dyn Write,
    notify: &mut dyn FnMut(Notice),
) -> Result<(), InjectError> {
    inject_text(source, text, cfg, out, notify).map_err(|mut e| {
        e.line += first_line.saturating_sub(1);
        e
    })
}

fn inject_text(
    source: &str,
    text: &str,
    cfg: &InjectConfig,
    out: &mut dyn Write,
    notify: &mut dyn FnMut(Notice),
) -> Result<(), InjectError> {
    let io_err = |e: std::io::Error| InjectError {
        source: source.into(),
        line: 0,
        message: format!("write failed: {e}"),
        write_failed: true,
    };
    if text.contains('\0') {
        return Err(InjectError {
            source: source.into(),
            line: 1,
            message: "input is not YAML (binary data)".into(),
            write_failed: false,
        });
    }
    for doc in yaml::documents(source, text) {
        let doc = doc.map_err(|e| InjectError {
            source: e.source.clone(),
            line: e.line,
            message: e.message.clone(),
            write_failed: false,
        })?;
        if doc.is_empty() {
            continue;
        }
        let err = |e: PodError| InjectError {
            source: doc.source.clone(),
            line: doc.line,
            message: e.to_string(),
            write_failed: false,
        };
        let out_text = match inject_document_notify(&doc.value, cfg, notify).map_err(err)? {
            Some(v) => render_object(&v),
            None => {
                let mut t = doc.text.clone();
                if !t.ends_with('\n') {
                    t.push('\n');
                }
                t
            }
        };
        out.write_all(out_text.as_bytes()).map_err(io_err)?;
        out.write_all(b"---\n").map_err(io_err)?;
    }
    Ok(())
}

/// The YAML of an object as Go's sigs.k8s.io/yaml prints it.
pub fn render_object(v: &Json) -> String {
    yaml::to_go_string(v)
}

/// Injects one document. `Ok(None)` means "not a workload: pass through untouched".
pub fn inject_document(
    v: &Json,
    cfg: &InjectConfig,
    warn: &mut dyn FnMut(String),
) -> Result<Option<Json>, PodError> {
    inject_document_notify(v, cfg, &mut |n| {
        if let Notice::Warning(w) = n {
            warn(w)
        }
    })
}

/// The workload owning a pod template.
#[derive(Debug, Clone)]
pub struct Workload {
    pub kind: String,
    pub api: String,
    pub name: String,
    pub namespace: String,
    pub display: String,
}

fn annotations(meta: &Json) -> Map<String, Json> {
    meta.get("annotations")
        .and_then(Json::as_object)
        .cloned()
        .unwrap_or_default()
}

fn labels(meta: &Json) -> Map<String, Json> {
    meta.get("labels")
        .and_then(Json::as_object)
        .cloned()
        .unwrap_or_default()
}

/// Istio's status annotation key.
pub const STATUS_ANNOTATION: &str = "sidecar.istio.io/status";

/// Injects one pod template in place. Returns false when skipped.
pub fn inject_pod(
    meta: &mut Json,
    spec: &mut Json,
    w: &Workload,
    cfg: &InjectConfig,
    warn: &mut dyn FnMut(String),
) -> Result<bool, PodError> {
    inject_pod_notify(meta, spec, w, cfg, &mut |n| {
        if let Notice::Warning(w) = n {
            warn(w)
        }
    })
}

fn inject_pod_notify(
    meta: &mut Json,
    spec: &mut Json,
    w: &Workload,
    cfg: &InjectConfig,
    notify: &mut dyn FnMut(Notice),
) -> Result<bool, PodError> {
    if !meta.is_object() {
        *meta = Json::Object(Map::new());
    }
    if !spec.is_object() {
        return Err(PodError::SpecNotAMapping);
    }
    if spec.get("hostNetwork").and_then(Json::as_bool) == Some(true) {
        notify(Notice::Warning(format!(
            "Skipping injection because {} has host networking enabled",
            w.display
        )));
        return Ok(false);
    }
    if !injection_wanted(meta) {
        notify(Notice::Warning(format!(
            "Skipping injection because {} has sidecar injection disabled",
            w.display
        )));
        return Ok(false);
    }
    let unstripped_spec = spec.clone();
    let stripped = strip_injected(meta, spec);
    let ann = annotations(meta);
    config::validate_annotations(&ann)?;

    // The proxy config: mesh defaults, then the pod's proxy.istio.io/config.
    let (proxy_config, proxy_json) = config::proxy_config(cfg, &ann)?;
    let native = native_sidecar(&ann, cfg);
    let mut original = json!({"metadata": meta.clone(), "spec": spec.clone()});
    let data = RenderData::new(&original, w, cfg, &proxy_config, &proxy_json, native);
    let mut template_pod = render_templates(&template_names(&ann, cfg), cfg, &data, notify)?;
    let added = InjectedNames::of(&template_pod);

    // Containers the user supplies under an injected name override the injected ones.
    let overrides = take_overrides(&mut original, &template_pod, &stripped);
    apply_overrides(&mut template_pod, &overrides);
    reinject::keep_earlier_items(
        &mut template_pod,
        &mut original,
        &unstripped_spec,
        &stripped,
    );
    if !stripped.already_injected {
        record_overrides(&mut original, &overrides);
    }
    let mut pod = strategic::merged(&template_pod, &original, strategic::POD_OVER_TEMPLATE);
    template_metadata_wins(&mut pod, &template_pod);
    merge::reorder(&mut pod, cfg.hold_application(&proxy_config));
    let merged_ann = annotations(&pod["metadata"]);
    tproxy_runs_as_root(&mut pod, &unstripped_spec, &merged_ann, &proxy_config);
    init_runs_as_user_proxy(&mut pod, &unstripped_spec, &merged_ann, &proxy_config);
    cluster_and_network(&mut pod, cfg, meta);
    prometheus_merge(&mut pod, cfg, &proxy_config);
    probes::rewrite(&mut pod, cfg, &merged_ann, &stripped.probers, &proxy_config);
    merge::canonical_resources(&mut pod["spec"]);
    annotate_status(&mut pod, cfg, &added);
    // Istio decodes the result into Go's Pod and encodes it again.
    *meta = gotypes::round_trip("v1.ObjectMeta", &pod["metadata"]);
    *spec = gotypes::round_trip("v1.PodSpec", &pod["spec"]);
    Ok(true)
}

/// Namespaces Istio never injects pods in.
const IGNORED_NAMESPACES: &[&str] = &[
    "kube-system",
    "kube-public",
    "kube-node-lease",
    "local-path-storage",
];

/// Whether kube-inject injects a pod (Istio's injection policy `enabled`): not in a
/// Kubernetes system namespace, and unless `sidecar.istio.io/inject` is exactly `false` —
/// the label if present, else the annotation; any other value means the default, inject.
fn injection_wanted(meta: &Json) -> bool {
    let ns = meta.get("namespace").and_then(Json::as_str).unwrap_or("");
    if IGNORED_NAMESPACES.contains(&ns) {
        return false;
    }
    let key = "sidecar.istio.io/inject";
    let (labels, annotations) = (labels(meta), annotations(meta));
    let choice = labels.get(key).or_else(|| annotations.get(key));
    choice.and_then(Json::as_str) != Some("false")
}

/// Native sidecars: the pod's annotation, else the configuration's choice.
fn native_sidecar(ann: &Map<String, Json>, cfg: &InjectConfig) -> bool {
    match ann
        .get("sidecar.istio.io/nativeSidecar")
        .and_then(Json::as_str)
    {
        Some("true") => true,
        Some("false") => false,
        _ => cfg.native_sidecars,
    }
}

/// The templates to render: the pod's `inject.istio.io/templates`, else the defaults.
fn template_names(ann: &Map<String, Json>, cfg: &InjectConfig) -> Vec<String> {
    match ann.get("inject.istio.io/templates").and_then(Json::as_str) {
        Some(t) if !t.is_empty() => t.split(',').map(|s| s.trim().to_string()).collect(),
        _ => cfg.default_templates.clone(),
    }
}

/// A user-supplied istio-proxy container chooses the proxy's user and group.
fn proxy_ids_from_pod(data: &mut model::TemplateData, original: &Json) {
    let sc = original["spec"]["containers"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|c| c.get("name").and_then(Json::as_str) == Some("istio-proxy"))
        .and_then(|c| c.get("securityContext"));
    if let Some(sc) = sc {
        for (field, key) in [("runAsUser", "ProxyUID"), ("runAsGroup", "ProxyGID")] {
            if let Some(n) = sc.get(field).and_then(Json::as_i64) {
                data.set(key, Value::Int(n));
            }
        }
    }
}

/// The template data, and its variant for sailctl's bundled templates.
struct RenderData<'a> {
    pod: &'a Json,
    w: &'a Workload,
    cfg: &'a InjectConfig,
    proxy_config: &'a Json,
    proxy_json: &'a str,
    native: bool,
    /// Built when a template first needs it.
    go: std::cell::OnceCell<Value>,
    bundled: std::cell::OnceCell<Value>,
}

impl<'a> RenderData<'a> {
    fn new(
        pod: &'a Json,
        w: &'a Workload,
        cfg: &'a InjectConfig,
        proxy_config: &'a Json,
        proxy_json: &'a str,
        native: bool,
    ) -> RenderData<'a> {
        RenderData {
            pod,
            w,
            cfg,
            proxy_config,
            proxy_json,
            native,
            go: std::cell::OnceCell::new(),
            bundled: std::cell::OnceCell::new(),
        }
    }

    fn data(&self, mode: gotypes::Mode) -> model::TemplateData {
        let (pod, cfg) = (self.pod, self.cfg);
        template_data(pod, self.w, cfg, self.proxy_config, self.proxy_json, mode)
    }

    /// Istio's data for a pod, or, for sailctl's bundled templates, the variant they were
    /// written for: the protobuf messages in [`gotypes::Mode::Bundled`], `.NativeSidecar`
    /// (the pod's choice, where Istio's `.NativeSidecars` is the installation's),
    /// `.InboundTrafficPolicyMode` spelt as the mesh config spells it (`LOCALHOST`, Istio:
    /// `localhost`), `.ProxyImage` with the pod's `sidecar.istio.io/proxyImage` applied, and
    /// the proxy's user and group from a user-supplied `istio-proxy` container.
    fn for_template(&self, src: &str) -> &Value {
        use gotypes::Mode;
        if !config::BUNDLED_TEMPLATES.iter().any(|(_, t)| *t == src) {
            return self
                .go
                .get_or_init(|| Value::Obj(Rc::new(self.data(Mode::Go))));
        }
        self.bundled.get_or_init(|| {
            let mut bundled = self.data(Mode::Bundled);
            if let Some(Value::Str(mode)) = bundled.field_value("InboundTrafficPolicyMode") {
                let upper = Value::string(mode.to_ascii_uppercase());
                bundled.set("InboundTrafficPolicyMode", upper);
            }
            bundled.set("ProxyImage", Value::string(self.cfg.proxy_image(self.pod)));
            bundled.add("NativeSidecar", Value::Bool(self.native));
            proxy_ids_from_pod(&mut bundled, self.pod);
            Value::Obj(Rc::new(bundled))
        })
    }
}

/// Renders the named templates over `data` and overlays their pods, in order.
fn render_templates(
    names: &[String],
    cfg: &InjectConfig,
    data: &RenderData<'_>,
    notify: &mut dyn FnMut(Notice),
) -> Result<Json, PodError> {
    let mut template_pod = json!({});
    for name in names {
        let Some(src) = cfg.templates.get(name) else {
            return Err(PodError::TemplateNotFound {
                name: name.clone(),
                have: cfg.templates.keys().cloned().collect(),
            });
        };
        let tmpl = parsed_template(name, src, &cfg.templates_source)?;
        let rendered = tmpl
            .execute(name, data.for_template(src))
            .map_err(|e| PodError::TemplateExec(e.to_string()))?;
        if cfg.report_rendered {
            notify(Notice::Rendered(rendered.clone()));
        }
        let v = yaml::parse_single("injection template", &rendered).map_err(|error| {
            PodError::GeneratedYaml {
                config_source: cfg.templates_source.clone(),
                error,
            }
        })?;
        if !v.is_null() {
            template_pod = strategic::merged(&template_pod, &v, strategic::OVERLAY);
        }
    }
    Ok(template_pod)
}

/// What the templates added, by list, for the status annotation.
struct InjectedNames {
    init_containers: Vec<String>,
    containers: Vec<String>,
    volumes: Vec<String>,
    image_pull_secrets: Vec<String>,
}

impl InjectedNames {
    fn of(template_pod: &Json) -> Self {
        let names = |path: &str| -> Vec<String> {
            template_pod
                .pointer(path)
                .and_then(Json::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|c| c.get("name").and_then(Json::as_str).map(String::from))
                        .collect()
                })
                .unwrap_or_default()
        };
        InjectedNames {
            init_containers: names("/spec/initContainers"),
            containers: names("/spec/containers"),
            volumes: names("/spec/volumes"),
            image_pull_secrets: names("/spec/imagePullSecrets"),
        }
    }
}

/// The templates' labels and annotations win over the pod's own.
fn template_metadata_wins(pod: &mut Json, template_pod: &Json) {
    for key in ["labels", "annotations"] {
        let Some(t) = template_pod
            .pointer(&format!("/metadata/{key}"))
            .and_then(Json::as_object)
        else {
            continue;
        };
        let Some(meta) = pod["metadata"].as_object_mut() else {
            continue;
        };
        if let Some(m) = meta.entry(key).or_insert_with(|| json!({})).as_object_mut() {
            for (k, v) in t {
                m.insert(k.clone(), v.clone());
            }
        }
    }
}

/// A user-supplied `istio-proxy` container choosing the proxy's user or group: the traffic
/// rules must exempt that user (the `-u` argument of `istio-init`/`istio-validation`,
/// unless it is 0), and without TPROXY `istio-validation` runs as that user and group.
fn init_runs_as_user_proxy(
    pod: &mut Json,
    original_spec: &Json,
    ann: &Map<String, Json>,
    proxy_config: &Json,
) {
    let user_sc = user_proxy_security(original_spec);
    let (user, group) = (
        user_sc.get("runAsUser").and_then(Json::as_i64),
        user_sc.get("runAsGroup").and_then(Json::as_i64),
    );
    if user.is_none() && group.is_none() {
        return;
    }
    let tproxy = proxy_config.get("interceptionMode").and_then(Json::as_str) == Some("TPROXY")
        || ann
            .get("sidecar.istio.io/interceptionMode")
            .and_then(Json::as_str)
            == Some("TPROXY");
    let Some(inits) = pod
        .get_mut("spec")
        .and_then(|s| s.get_mut("initContainers"))
        .and_then(Json::as_array_mut)
    else {
        return;
    };
    let named = |c: &Json, n: &str| c.get("name").and_then(Json::as_str) == Some(n);
    let Some(i) = inits
        .iter()
        .position(|c| named(c, "istio-init"))
        .or_else(|| inits.iter().position(|c| named(c, "istio-validation")))
    else {
        return;
    };
    let init = &mut inits[i];
    if !tproxy && named(init, "istio-validation") {
        if !init.get("securityContext").is_some_and(Json::is_object) {
            init["securityContext"] = json!({});
        }
        if let Some(sc) = init["securityContext"].as_object_mut() {
            for (k, v) in [("runAsUser", user), ("runAsGroup", group)] {
                if let Some(v) = v {
                    sc.insert(k.into(), json!(v));
                }
            }
        }
    }
    let Some(uid) = user.filter(|u| *u != 0) else {
        return;
    };
    if let Some(args) = init.get_mut("args").and_then(Json::as_array_mut)
        && let Some(at) = args.iter().position(|a| a.as_str() == Some("-u"))
        && at + 1 < args.len()
    {
        args[at + 1] = Json::String(uid.to_string());
    }
}

/// TPROXY needs the proxy to run as root: a user-supplied `istio-proxy` container asking
/// for a user gets 0 instead.
fn tproxy_runs_as_root(
    pod: &mut Json,
    original_spec: &Json,
    ann: &Map<String, Json>,
    proxy_config: &Json,
) {
    let mode = ann
        .get("sidecar.istio.io/interceptionMode")
        .and_then(Json::as_str)
        .or_else(|| proxy_config.get("interceptionMode").and_then(Json::as_str))
        .unwrap_or("REDIRECT");
    if mode != "TPROXY"
        || user_proxy_security(original_spec)
            .get("runAsUser")
            .is_none()
    {
        return;
    }
    for key in ["containers", "initContainers"] {
        let list = pod.get_mut("spec").and_then(|s| s.get_mut(key));
        for c in list.and_then(Json::as_array_mut).into_iter().flatten() {
            if c.get("name").and_then(Json::as_str) == Some("istio-proxy")
                && let Some(sc) = c.get_mut("securityContext").and_then(Json::as_object_mut)
            {
                sc.insert("runAsUser".into(), json!(0));
            }
        }
    }
}

/// The security context of a user-supplied `istio-proxy` container (null without one).
fn user_proxy_security(original_spec: &Json) -> Json {
    ["containers", "initContainers"]
        .iter()
        .find_map(|list| {
            original_spec[*list]
                .as_array()
                .into_iter()
                .flatten()
                .find(|c| c.get("name").and_then(Json::as_str) == Some("istio-proxy"))
        })
        .and_then(|c| c.get("securityContext"))
        .cloned()
        .unwrap_or(Json::Null)
}

/// The configured injected annotations and the status annotation naming what was added.
fn annotate_status(pod: &mut Json, cfg: &InjectConfig, added: &InjectedNames) {
    let status = format!(
        "{{\"initContainers\":{},\"containers\":{},\"volumes\":{},\"imagePullSecrets\":{},\"revision\":{}}}",
        list_or_null(&added.init_containers),
        list_or_null(&added.containers),
        list_or_null(&added.volumes),
        list_or_null(&added.image_pull_secrets),
        Json::String(cfg.revision_name())
    );
    let Some(pm) = pod["metadata"].as_object_mut() else {
        return;
    };
    let a = pm
        .entry("annotations")
        .or_insert_with(|| Json::Object(Map::new()));
    if let Some(a) = a.as_object_mut() {
        for (k, v) in &cfg.injected_annotations {
            a.insert(k.clone(), Json::String(v.clone()));
        }
        a.insert(STATUS_ANNOTATION.into(), Json::String(status));
    }
}

thread_local! {
    /// Parsed templates by (name, text): a stream of many workloads parses each once.
    static TEMPLATES: std::cell::RefCell<std::collections::HashMap<(String, u64), Rc<gotmpl::Template>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

fn parsed_template(name: &str, src: &str, source: &str) -> Result<Rc<gotmpl::Template>, PodError> {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    src.hash(&mut h);
    let key = (name.to_string(), h.finish());
    if let Some(t) = TEMPLATES.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(t);
    }
    let mut t = gotmpl::Template::new(FuncMap::istio());
    t.parse(name, src).map_err(|e| PodError::TemplateParse {
        name: name.to_string(),
        config_source: source.to_string(),
        message: e.to_string(),
    })?;
    let t = Rc::new(t);
    TEMPLATES.with(|c| c.borrow_mut().insert(key, t.clone()));
    Ok(t)
}

fn list_or_null(v: &[String]) -> String {
    if v.is_empty() {
        "null".into()
    } else {
        serde_json::to_string(v).unwrap()
    }
}

/// The proxy's cluster and network: `ISTIO_META_CLUSTER_ID` from `global.multiCluster.clusterName`
/// and `ISTIO_META_NETWORK` from `global.network` (the pod's `topology.istio.io/network`
/// label wins) replace the proxy's own settings of them and follow its other variables (in
/// that order); with a network the pod gets that label.
fn cluster_and_network(pod: &mut Json, cfg: &InjectConfig, original_meta: &Json) {
    let text = |p: &str| {
        cfg.values
            .pointer(p)
            .and_then(Json::as_str)
            .unwrap_or("")
            .to_string()
    };
    let cluster = text("/global/multiCluster/clusterName");
    let network = match labels(original_meta).get("topology.istio.io/network") {
        Some(n) => n.as_str().unwrap_or("").to_string(),
        None => text("/global/network"),
    };
    let envs: Vec<(&str, &str)> = [
        ("ISTIO_META_CLUSTER_ID", cluster.as_str()),
        ("ISTIO_META_NETWORK", network.as_str()),
    ]
    .into_iter()
    .filter(|(_, v)| !v.is_empty())
    .collect();
    if envs.is_empty() {
        return;
    }
    for key in ["containers", "initContainers"] {
        let list = pod.get_mut("spec").and_then(|s| s.get_mut(key));
        let Some(c) = list.and_then(Json::as_array_mut).and_then(|cs| {
            cs.iter_mut()
                .find(|c| c.get("name").and_then(Json::as_str) == Some("istio-proxy"))
        }) else {
            continue;
        };
        let mut env: Vec<Json> = c
            .get("env")
            .and_then(Json::as_array)
            .cloned()
            .unwrap_or_default();
        env.retain(|e| {
            let name = e.get("name").and_then(Json::as_str).unwrap_or("");
            !envs.iter().any(|(k, _)| *k == name)
        });
        env.extend(envs.iter().map(|(k, v)| json!({"name": k, "value": v})));
        c["env"] = Json::Array(env);
        break;
    }
    if !network.is_empty()
        && let Some(m) = pod["metadata"].as_object_mut()
        && let Some(l) = m
            .entry("labels")
            .or_insert_with(|| json!({}))
            .as_object_mut()
    {
        l.insert("topology.istio.io/network".into(), Json::String(network));
    }
}

/// Go's `strconv.ParseBool`.
pub(crate) fn parse_go_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

/// An annotation key as a Prometheus label name (every character but `[A-Za-z0-9_]` an `_`),
/// so `prometheus.io/port` and `prometheus.io.port` both read `prometheus_io_port`.
fn prometheus_label(key: &str) -> String {
    key.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// `prometheus.io/scrape`, `/port` or `/path`, however spelt.
fn is_prometheus_annotation(key: &str) -> bool {
    matches!(
        prometheus_label(key).as_str(),
        "prometheus_io_scrape" | "prometheus_io_port" | "prometheus_io_path"
    )
}

/// Prometheus metrics merging: unless the pod opts out of scraping or merging, the agent
/// serves the merged metrics, so the pod's scrape annotations point at its status port and
/// the application's own scrape settings go to the proxy (`ISTIO_PROMETHEUS_ANNOTATIONS`).
/// A pod whose scrape port already is the status port (re-injected) is left alone.
fn prometheus_merge(pod: &mut Json, cfg: &InjectConfig, proxy_config: &Json) {
    let ann = annotations(&pod["metadata"]);
    let labelled = |name: &str| -> Option<String> {
        ann.iter()
            .find(|(k, _)| prometheus_label(k) == name)
            .map(|(_, v)| v.as_str().unwrap_or("").to_string())
    };
    let scrape = ann
        .iter()
        .filter(|(k, _)| prometheus_label(k) == "prometheus_io_scrape")
        .find_map(|(_, v)| v.as_str().and_then(parse_go_bool))
        .unwrap_or(true);
    let merge = ann
        .get("prometheus.istio.io/merge-metrics")
        .and_then(Json::as_str)
        .and_then(parse_go_bool)
        .or_else(|| {
            cfg.mesh.get("enablePrometheusMerge").and_then(|v| {
                v.as_bool()
                    .or_else(|| v.get("value").and_then(Json::as_bool))
            })
        })
        .unwrap_or(true);
    if !scrape || !merge {
        return;
    }
    let target = proxy_config
        .get("statusPort")
        .and_then(Json::as_i64)
        .or_else(|| {
            cfg.mesh
                .pointer("/defaultConfig/statusPort")
                .and_then(Json::as_i64)
        })
        .unwrap_or(15020)
        .to_string();
    let port = labelled("prometheus_io_port");
    if port.as_deref() == Some(target.as_str()) {
        return;
    }
    let (path, scrape_text) = (
        labelled("prometheus_io_path"),
        labelled("prometheus_io_scrape"),
    );
    if port.is_some() || path.is_some() || scrape_text.is_some() {
        let value = format!(
            "{{\"scrape\":{},\"path\":{},\"port\":{}}}",
            go_json_string(scrape_text.as_deref().unwrap_or("")),
            go_json_string(path.as_deref().unwrap_or("")),
            go_json_string(port.as_deref().unwrap_or(""))
        );
        for key in ["containers", "initContainers"] {
            let list = pod.get_mut("spec").and_then(|s| s.get_mut(key));
            let sidecar = list.and_then(Json::as_array_mut).and_then(|cs| {
                cs.iter_mut()
                    .find(|c| c.get("name").and_then(Json::as_str) == Some("istio-proxy"))
            });
            if let Some(c) = sidecar {
                if !c.get("env").is_some_and(Json::is_array) {
                    c["env"] = json!([]);
                }
                if let Some(env) = c["env"].as_array_mut() {
                    env.push(json!({"name": "ISTIO_PROMETHEUS_ANNOTATIONS", "value": value}));
                }
                break;
            }
        }
    }
    let Some(meta) = pod["metadata"].as_object_mut() else {
        return;
    };
    let a = meta
        .entry("annotations")
        .or_insert_with(|| Json::Object(Map::new()));
    let Some(a) = a.as_object_mut() else { return };
    a.retain(|k, _| !is_prometheus_annotation(k));
    a.insert("prometheus.io/port".into(), Json::String(target));
    a.insert(
        "prometheus.io/path".into(),
        Json::String("/stats/prometheus".into()),
    );
    a.insert("prometheus.io/scrape".into(), Json::String("true".into()));
}

/// A JSON string as Go's `encoding/json` writes it (HTML characters escaped).
fn go_json_string(s: &str) -> String {
    Json::String(s.to_string())
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// The data model templates see: Istio's `SidecarTemplateData`, with Go's types.
fn template_data(
    pod: &Json,
    w: &Workload,
    cfg: &InjectConfig,
    proxy_config: &Json,
    proxy_json: &str,
    mode: gotypes::Mode,
) -> model::TemplateData {
    use gotypes::Typed;
    // The pod's own metadata: a pod template's namespace is its own (usually unset), not
    // the workload's (that is `.DeploymentMeta.Namespace`). A pod whose scrape port already
    // is the agent's (injected before) shows the templates no Prometheus annotations.
    let mut meta = pod["metadata"].clone();
    let target = proxy_config
        .get("statusPort")
        .and_then(Json::as_i64)
        .unwrap_or(15020)
        .to_string();
    if let Some(a) = meta.get_mut("annotations").and_then(Json::as_object_mut) {
        let port = a
            .iter()
            .find(|(k, _)| prometheus_label(k) == "prometheus_io_port")
            .and_then(|(_, v)| v.as_str());
        if port == Some(target.as_str()) {
            a.retain(|k, _| !is_prometheus_annotation(k));
        }
    }
    let meta = &meta;
    // Istio's names for the mesh's inbound traffic policy mode.
    let inbound = match cfg.mesh.pointer("/inboundTrafficPolicy/mode") {
        Some(Json::String(m)) if m == "LOCALHOST" => "localhost",
        Some(Json::Number(n)) if n.as_i64() == Some(1) => "localhost",
        _ => "passthrough",
    }
    .to_string();
    model::TemplateData::new(vec![
        (
            "TypeMeta",
            Typed::struct_value(
                "v1.TypeMeta",
                Some(&json!({"kind": w.kind, "apiVersion": w.api})),
                false,
            ),
        ),
        (
            "DeploymentMeta",
            Typed::struct_value(
                "types.NamespacedName",
                Some(&json!({"Namespace": w.namespace, "Name": w.name})),
                false,
            ),
        ),
        (
            "ObjectMeta",
            Typed::struct_value("v1.ObjectMeta", Some(meta), false),
        ),
        (
            "Spec",
            Typed::struct_value("v1.PodSpec", Some(&pod["spec"]), false),
        ),
        (
            "ProxyConfig",
            Typed::pointer_with_json(
                "v1alpha1.ProxyConfig",
                proxy_config.clone(),
                proxy_json.to_string(),
                mode,
            ),
        ),
        (
            "MeshConfig",
            Typed::pointer(
                "v1alpha1.MeshConfig",
                config::template_mesh(&cfg.mesh, proxy_config),
                mode,
            ),
        ),
        ("Values", Value::from_json(&cfg.values)),
        // The default revision renders as no revision.
        (
            "Revision",
            Value::string(match cfg.revision.as_str() {
                "default" => String::new(),
                r => r.to_string(),
            }),
        ),
        ("NativeSidecars", Value::Bool(cfg.native_sidecars)),
        (
            "ProxyImage",
            Value::string(config::go_proxy_image(&cfg.values, proxy_config, meta)),
        ),
        ("ProxyUID", Value::Int(1337)),
        ("ProxyGID", Value::Int(1337)),
        ("InboundTrafficPolicyMode", Value::string(inbound)),
        (
            "CompliancePolicy",
            Value::string(cfg.compliance_policy.clone()),
        ),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Templates written for Istio address the pod with Go field names.
    #[test]
    fn templates_see_go_field_names() {
        let mut cfg = config::InjectConfig::bundled(&json!({})).unwrap();
        cfg.apply_templates_config(
            "templates:\n  sidecar: |-\n    metadata:\n      annotations:\n        seen: '{{ .ObjectMeta.Name }} {{ (index .Spec.Containers 0).Name }} {{ range .Spec.Containers }}{{ range .Ports }}{{ .ContainerPort }} {{ structToJSON . }}{{ end }}{{ end }} {{ .ProxyConfig.Concurrency.GetValue }} {{ .MeshConfig.DefaultConfig.StatusPort }} {{ annotation .ObjectMeta `a` `none` }}'\n",
            "test",
        );
        let pod = json!({"apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": "p", "annotations": {"proxy.istio.io/config": "concurrency: 2"}},
            "spec": {"containers": [{"name": "c", "ports": [{"containerPort": 80, "name": "http"}]}]}});
        let out = inject_document(&pod, &cfg, &mut |_| {}).unwrap().unwrap();
        assert_eq!(
            out["metadata"]["annotations"]["seen"],
            json!(r#"p c 80 {"name":"http","containerPort":80} 2 15020 none"#)
        );
    }

    fn with_template(template: &str) -> InjectConfig {
        let mut cfg = config::InjectConfig::bundled(&json!({})).unwrap();
        cfg.apply_templates_config(
            &format!("templates:\n  sidecar: |-\n    {template}\n"),
            "test",
        );
        cfg
    }

    fn deployment() -> Json {
        json!({"apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"name": "web", "namespace": "shop"},
            "spec": {"template": {"metadata": {"labels": {"app": "web"}},
                "spec": {"containers": [{"name": "c", "image": "nginx:1.21"}]}}}})
    }

    /// A field the pod template leaves unset is Go's zero value (a Deployment's pod template
    /// has no name: `""`, which `upper` takes), not nil.
    #[test]
    fn unset_pod_fields_are_zero_values() {
        let cfg = with_template(
            "metadata: {annotations: {seen: '[{{ .ObjectMeta.Name | upper }}][{{ .ObjectMeta.Namespace }}][{{ .Spec.ServiceAccountName | upper }}][{{ .Spec.TerminationGracePeriodSeconds }}][{{ .DeploymentMeta.Namespace }}/{{ .DeploymentMeta.Name }}]'}}",
        );
        let out = inject_document(&deployment(), &cfg, &mut |_| {})
            .unwrap()
            .unwrap();
        assert_eq!(
            out["spec"]["template"]["metadata"]["annotations"]["seen"],
            json!("[][][][<nil>][shop/web]")
        );
    }

    /// The data is a struct: a name that is none of its fields is an error, as in Go.
    #[test]
    fn unknown_fields_of_the_data_are_errors() {
        let cfg = with_template("metadata: {annotations: {x: '{{ .Nope }}'}}");
        let err = inject_document(&deployment(), &cfg, &mut |_| {}).unwrap_err();
        assert!(
            err.to_string()
                .contains("can't evaluate field Nope in type *inject.SidecarTemplateData"),
            "{err}"
        );
    }

    /// otelResourceAttributes sees the mesh's providers, Istio's defaults among them.
    #[test]
    fn otel_resource_attributes_follow_the_mesh_config() {
        let mut cfg = with_template(
            "metadata: {annotations: {otel: '{{ otelResourceAttributes .MeshConfig .ObjectMeta.Annotations .ObjectMeta.Labels .DeploymentMeta.Namespace .Spec.Containers }}', providers: '{{ len .MeshConfig.ExtensionProviders }}'}}",
        );
        let out = inject_document(&deployment(), &cfg, &mut |_| {})
            .unwrap()
            .unwrap();
        let ann = &out["spec"]["template"]["metadata"]["annotations"];
        assert_eq!(ann["otel"], json!(""));
        assert_eq!(ann["providers"], json!("3"));
        cfg.mesh["extensionProviders"] = json!([{"name": "otel", "opentelemetry": {
            "service": "c", "port": 4317, "serviceAttributeEnrichment": "OTEL_SEMANTIC_CONVENTIONS"}}]);
        let out = inject_document(&deployment(), &cfg, &mut |_| {})
            .unwrap()
            .unwrap();
        let ann = &out["spec"]["template"]["metadata"]["annotations"];
        assert_eq!(
            ann["otel"],
            json!(
                "service.namespace=shop,service.version=1.21,service.instance.id=shop.$(POD_NAME).c"
            )
        );
        assert_eq!(ann["providers"], json!("4"));
    }
}
