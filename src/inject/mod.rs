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
use model::GoView;
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
    let stripped = strip_injected(meta, spec);
    let ann = annotations(meta);
    if opted_out(&ann) || opted_out(&labels(meta)) {
        return Ok(false);
    }
    config::validate_annotations(&ann)?;

    // The proxy config: mesh defaults, then the pod's proxy.istio.io/config.
    let (proxy_config, proxy_json) = config::proxy_config(cfg, &ann)?;
    let native = native_sidecar(&ann, cfg);
    let mut original = json!({"metadata": meta.clone(), "spec": spec.clone()});
    let data = template_data(&original, w, cfg, &proxy_config, &proxy_json, native);
    proxy_ids_from_pod(&data, &original);
    let mut template_pod = render_templates(&template_names(&ann, cfg), cfg, &data, notify)?;
    let added = InjectedNames::of(&template_pod);

    // Containers the user supplies under an injected name override the injected ones.
    let overrides = take_overrides(&mut original, &template_pod, &stripped);
    apply_overrides(&mut template_pod, &overrides);
    if !stripped.already_injected {
        record_overrides(&mut original, &overrides);
    }
    let mut pod = strategic::merged(&template_pod, &original, strategic::POD_OVER_TEMPLATE);
    template_metadata_wins(&mut pod, &template_pod);
    merge::reorder(&mut pod, cfg.hold_application(&proxy_config), native);
    let merged_ann = annotations(&pod["metadata"]);
    tproxy_runs_as_root(&mut pod, &merged_ann, &proxy_config);
    probes::rewrite(&mut pod, cfg, &merged_ann, &stripped.probers);
    merge::canonical_resources(&mut pod["spec"]);
    postprocess(&mut pod, cfg, &merged_ann);
    annotate_status(&mut pod, cfg, &added);
    *meta = pod["metadata"].take();
    *spec = pod["spec"].take();
    Ok(true)
}

/// `sidecar.istio.io/inject: false` (any case) in a label or annotation map.
fn opted_out(m: &Map<String, Json>) -> bool {
    m.get("sidecar.istio.io/inject")
        .and_then(Json::as_str)
        .is_some_and(|s| s.eq_ignore_ascii_case("false"))
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
fn proxy_ids_from_pod(data: &Value, original: &Json) {
    let Value::Map(m) = data else { return };
    let sc = original["spec"]["containers"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|c| c.get("name").and_then(Json::as_str) == Some("istio-proxy"))
        .and_then(|c| c.get("securityContext"));
    if let Some(sc) = sc {
        for (field, key) in [("runAsUser", "ProxyUID"), ("runAsGroup", "ProxyGID")] {
            if let Some(n) = sc.get(field).and_then(Json::as_i64) {
                m.borrow_mut().insert(key.into(), Value::Int(n));
            }
        }
    }
}

/// Renders the named templates over `data` and overlays their pods, in order.
fn render_templates(
    names: &[String],
    cfg: &InjectConfig,
    data: &Value,
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
            .execute(name, data)
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

/// TPROXY needs the proxy to run as root, whatever a user-supplied container asked for.
fn tproxy_runs_as_root(pod: &mut Json, ann: &Map<String, Json>, proxy_config: &Json) {
    let mode = ann
        .get("sidecar.istio.io/interceptionMode")
        .and_then(Json::as_str)
        .or_else(|| proxy_config.get("interceptionMode").and_then(Json::as_str))
        .unwrap_or("REDIRECT");
    if mode != "TPROXY" {
        return;
    }
    for key in ["containers", "initContainers"] {
        for c in pod["spec"][key].as_array_mut().into_iter().flatten() {
            if c.get("name").and_then(Json::as_str) == Some("istio-proxy")
                && let Some(sc) = c.get_mut("securityContext").and_then(Json::as_object_mut)
            {
                sc.insert("runAsUser".into(), json!(0));
                sc.insert("runAsNonRoot".into(), json!(false));
            }
        }
    }
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

/// Prometheus merge annotations.
fn postprocess(pod: &mut Json, cfg: &InjectConfig, ann: &Map<String, Json>) {
    let merge = cfg
        .mesh
        .get("enablePrometheusMerge")
        .and_then(Json::as_bool)
        .unwrap_or(true);
    let scrape_off = ["prometheus.io/scrape", "prometheus.io.scrape"]
        .iter()
        .any(|k| ann.get(*k).and_then(Json::as_str) == Some("false"));
    let enabled = ann
        .get("prometheus.istio.io/merge-metrics")
        .and_then(Json::as_str)
        .map(|s| s != "false")
        .unwrap_or(merge);
    if !enabled || scrape_off {
        return;
    }
    let meta = pod["metadata"].as_object_mut().unwrap();
    let a = meta
        .entry("annotations")
        .or_insert_with(|| Json::Object(Map::new()));
    let Some(a) = a.as_object_mut() else { return };
    let port = cfg
        .mesh
        .pointer("/defaultConfig/statusPort")
        .and_then(Json::as_i64)
        .unwrap_or(15020);
    a.insert("prometheus.io/port".into(), Json::String(port.to_string()));
    a.insert(
        "prometheus.io/path".into(),
        Json::String("/stats/prometheus".into()),
    );
    a.insert("prometheus.io/scrape".into(), Json::String("true".into()));
}

/// The data model templates see (Istio's field names).
fn template_data(
    pod: &Json,
    w: &Workload,
    cfg: &InjectConfig,
    proxy_config: &Json,
    proxy_json: &str,
    native: bool,
) -> Value {
    use std::collections::BTreeMap;
    let mut m = BTreeMap::new();
    let mut meta = pod["metadata"].clone();
    if let Some(o) = meta.as_object_mut()
        && !o.contains_key("namespace")
        && !w.namespace.is_empty()
    {
        o.insert("namespace".into(), Json::String(w.namespace.clone()));
    }
    m.insert("ObjectMeta".into(), GoView::value(meta));
    m.insert("Spec".into(), GoView::value(pod["spec"].clone()));
    let mut tm = BTreeMap::new();
    tm.insert("Kind".into(), Value::str(&w.kind));
    tm.insert("APIVersion".into(), Value::str(&w.api));
    m.insert("TypeMeta".into(), Value::map(tm));
    let mut dm = BTreeMap::new();
    dm.insert("Name".into(), Value::str(&w.name));
    dm.insert("Namespace".into(), Value::str(&w.namespace));
    m.insert("DeploymentMeta".into(), Value::map(dm));
    m.insert(
        "ProxyConfig".into(),
        Value::Obj(Rc::new(GoView {
            json: proxy_config.clone(),
            json_override: Some(proxy_json.to_string()),
            extra: model::PROXY_CONFIG_WRAPPERS
                .iter()
                .filter_map(|(go, js)| {
                    proxy_config.get(*js).map(|v| {
                        (
                            go.to_string(),
                            Value::Obj(Rc::new(model::Wrapper(Value::from_json(v)))),
                        )
                    })
                })
                .collect(),
        })),
    );
    m.insert("MeshConfig".into(), GoView::value(cfg.mesh.clone()));
    m.insert("Values".into(), Value::from_json(&cfg.values));
    m.insert("Revision".into(), Value::string(cfg.revision_name()));
    m.insert("ProxyImage".into(), Value::string(cfg.proxy_image(pod)));
    m.insert("ProxyUID".into(), Value::Int(1337));
    m.insert("ProxyGID".into(), Value::Int(1337));
    m.insert(
        "InboundTrafficPolicyMode".into(),
        Value::string(
            cfg.mesh
                .pointer("/inboundTrafficPolicy/mode")
                .and_then(Json::as_str)
                .unwrap_or("PASSTHROUGH")
                .to_string(),
        ),
    );
    m.insert(
        "CompliancePolicy".into(),
        Value::string(cfg.compliance_policy.clone()),
    );
    m.insert("NativeSidecar".into(), Value::Bool(native));
    m.insert("EstimatedConcurrency".into(), Value::Int(0));
    Value::map(m)
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
}
