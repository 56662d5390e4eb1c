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
pub mod gojson;
pub mod merge;
pub mod model;
pub mod probes;

use crate::gotmpl::{self, FuncMap, Value};
use crate::tree::strategic;
use crate::yaml;
use config::InjectConfig;
use model::GoView;
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

/// Injects every document of `text` and writes the result to `out` as each document is done.
/// Warnings (skipped workloads) go to `warn`.
pub fn inject_stream(
    source: &str,
    text: &str,
    cfg: &InjectConfig,
    out: &mut dyn Write,
    warn: &mut dyn FnMut(String),
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
        let err = |m: String| InjectError {
            source: doc.source.clone(),
            line: doc.line,
            message: m,
            write_failed: false,
        };
        let out_text = match inject_document(&doc.value, cfg, warn).map_err(err)? {
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

/// [`inject_stream`] over a chunk that starts at line `first_line` of `source` (streaming
/// callers feed one document at a time; errors keep the file's line numbers).
pub fn inject_chunk(
    source: &str,
    text: &str,
    first_line: usize,
    cfg: &InjectConfig,
    out: &mut dyn Write,
    warn: &mut dyn FnMut(String),
) -> Result<(), InjectError> {
    inject_stream(source, text, cfg, out, warn).map_err(|mut e| {
        e.line += first_line.saturating_sub(1);
        e
    })
}

/// The YAML of an object as Go's sigs.k8s.io/yaml prints it.
pub fn render_object(v: &Json) -> String {
    gotmpl::encode::to_yaml(&Value::from_json(v))
}

/// Injects one document. `Ok(None)` means "not a workload: pass through untouched".
pub fn inject_document(
    v: &Json,
    cfg: &InjectConfig,
    warn: &mut dyn FnMut(String),
) -> Result<Option<Json>, String> {
    let Some(obj) = v.as_object() else {
        return Err("document is not a YAML mapping".into());
    };
    let kind = obj.get("kind").and_then(Json::as_str).unwrap_or("");
    if kind.is_empty() {
        return Err("document has no kind".into());
    }
    let api = obj.get("apiVersion").and_then(Json::as_str).unwrap_or("");
    let mut out = v.clone();
    match kind {
        "List" => {
            let mut items = Vec::new();
            if let Some(list) = obj.get("items").and_then(Json::as_array) {
                for it in list {
                    match inject_document(it, cfg, warn)? {
                        Some(x) => items.push(x),
                        None => items.push(it.clone()),
                    }
                }
            }
            out["items"] = Json::Array(items);
            if let Some(o) = out.as_object_mut() {
                o.entry("metadata").or_insert_with(|| json!({}));
            }
            return Ok(Some(out));
        }
        "Pod" => {
            let name = meta_str(v, "name");
            let ns = meta_str(v, "namespace");
            // A pod owned by a controller is that controller's workload.
            let owner = v
                .pointer("/metadata/ownerReferences")
                .and_then(Json::as_array)
                .and_then(|refs| {
                    refs.iter()
                        .find(|r| r.get("controller").and_then(Json::as_bool) == Some(true))
                });
            let (wkind, wapi, wname) = match owner {
                Some(r) => (
                    r.get("kind")
                        .and_then(Json::as_str)
                        .unwrap_or("")
                        .to_string(),
                    r.get("apiVersion")
                        .and_then(Json::as_str)
                        .unwrap_or("")
                        .to_string(),
                    r.get("name")
                        .and_then(Json::as_str)
                        .unwrap_or("")
                        .to_string(),
                ),
                None => (kind.to_string(), api.to_string(), name.clone()),
            };
            let w = Workload {
                kind: wkind,
                api: wapi,
                name: wname,
                namespace: ns,
                display: format!("Pod {name}"),
            };
            let o = out.as_object_mut().unwrap();
            let mut meta = o
                .remove("metadata")
                .unwrap_or_else(|| Json::Object(Map::new()));
            let mut spec = o.remove("spec").unwrap_or_else(|| Json::Object(Map::new()));
            inject_pod(&mut meta, &mut spec, &w, cfg, warn)?;
            o.insert("metadata".into(), meta);
            o.insert("spec".into(), spec);
        }
        "Deployment"
        | "DaemonSet"
        | "ReplicaSet"
        | "StatefulSet"
        | "Job"
        | "CronJob"
        | "ReplicationController"
        | "DeploymentConfig" => {
            let name = meta_str(v, "name");
            let ns = meta_str(v, "namespace");
            let display = if ns.is_empty() {
                format!("{kind} {name:?}")
            } else {
                format!("{kind} \"{ns}/{name}\"")
            };
            let w = Workload {
                kind: kind.into(),
                api: api.into(),
                name,
                namespace: ns,
                display,
            };
            let tpl_path: &[&str] = if kind == "CronJob" {
                &["spec", "jobTemplate", "spec", "template"]
            } else {
                &["spec", "template"]
            };
            let mut cur = &mut out;
            for p in tpl_path {
                if !cur.get(*p).is_some_and(Json::is_object) {
                    return Err(format!(
                        "{kind} {:?} has no pod template ({})",
                        w.name,
                        tpl_path.join(".")
                    ));
                }
                cur = cur.get_mut(*p).unwrap();
            }
            let t = cur.as_object_mut().unwrap();
            let mut meta = t
                .remove("metadata")
                .unwrap_or_else(|| Json::Object(Map::new()));
            let mut spec = t.remove("spec").unwrap_or_else(|| Json::Object(Map::new()));
            let injected = inject_pod(&mut meta, &mut spec, &w, cfg, warn)?;
            if kind == "CronJob" && injected {
                // Istio records the pod metadata on the job template for CronJobs.
                let orig_meta = v
                    .pointer("/spec/jobTemplate/spec/template/metadata")
                    .cloned()
                    .unwrap_or_else(|| json!({}));
                t.insert("metadata".into(), orig_meta);
                t.insert("spec".into(), spec);
                let jt = out["spec"]["jobTemplate"].as_object_mut().unwrap();
                let mut new = Map::new();
                new.insert("metadata".into(), meta);
                for (k, v) in jt.iter() {
                    if k != "metadata" {
                        new.insert(k.clone(), v.clone());
                    }
                }
                *jt = new;
            } else {
                t.insert("metadata".into(), meta);
                t.insert("spec".into(), spec);
            }
        }
        _ => return Ok(None),
    }
    go_defaults(&mut out);
    Ok(Some(out))
}

fn meta_str(v: &Json, k: &str) -> String {
    v.get("metadata")
        .and_then(|m| m.get(k))
        .and_then(Json::as_str)
        .unwrap_or("")
        .to_string()
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

/// Fields Go's typed structs always print for each kind (zero-value structs).
fn go_defaults(v: &mut Json) {
    let kind = v
        .get("kind")
        .and_then(Json::as_str)
        .unwrap_or("")
        .to_string();
    let Some(o) = v.as_object_mut() else { return };
    let status = match kind.as_str() {
        "StatefulSet" => json!({"availableReplicas": 0, "replicas": 0}),
        "DaemonSet" => json!({"currentNumberScheduled": 0, "desiredNumberScheduled": 0,
            "numberMisscheduled": 0, "numberReady": 0}),
        "ReplicaSet" | "ReplicationController" => json!({"replicas": 0}),
        "DeploymentConfig" => json!({"availableReplicas": 0, "latestVersion": 0,
            "observedGeneration": 0, "replicas": 0, "unavailableReplicas": 0, "updatedReplicas": 0}),
        _ => json!({}),
    };
    o.entry("status").or_insert(status);
    drop_null_timestamps(o);
    if let Some(spec) = o.get_mut("spec").and_then(Json::as_object_mut) {
        match kind.as_str() {
            "Deployment" => {
                spec.entry("strategy").or_insert(json!({}));
            }
            "StatefulSet" | "DaemonSet" => {
                spec.entry("updateStrategy").or_insert(json!({}));
            }
            "DeploymentConfig" => {
                spec.entry("test").or_insert(json!(false));
                if spec.get("minReadySeconds") == Some(&json!(0)) {
                    spec.remove("minReadySeconds");
                }
                if spec.get("paused") == Some(&json!(false)) {
                    spec.remove("paused");
                }
                let st = spec.entry("strategy").or_insert(json!({}));
                if let Some(st) = st.as_object_mut() {
                    st.entry("resources").or_insert(json!({}));
                }
            }
            _ => {}
        }
    }
    fn containers(spec: &mut Json) {
        for key in ["containers", "initContainers"] {
            if let Some(cs) = spec.get_mut(key).and_then(Json::as_array_mut) {
                for c in cs {
                    if let Some(c) = c.as_object_mut() {
                        c.entry("resources").or_insert(json!({}));
                    }
                }
            }
        }
    }
    if kind == "Pod" {
        if let Some(spec) = o.get_mut("spec") {
            containers(spec);
        }
    } else if kind == "CronJob" {
        if let Some(spec) = o
            .get_mut("spec")
            .and_then(|s| s.pointer_mut("/jobTemplate/spec/template/spec"))
        {
            containers(spec);
        }
    } else if let Some(spec) = o
        .get_mut("spec")
        .and_then(|s| s.pointer_mut("/template/spec"))
    {
        containers(spec);
    }
}

/// Go omits a null creationTimestamp once istioctl strips it; do the same at any depth of metadata.
fn drop_null_timestamps(o: &mut Map<String, Json>) {
    if let Some(m) = o.get_mut("metadata").and_then(Json::as_object_mut)
        && m.get("creationTimestamp") == Some(&Json::Null)
    {
        m.remove("creationTimestamp");
    }
    for (_, v) in o.iter_mut() {
        if let Some(child) = v.as_object_mut() {
            drop_null_timestamps(child);
        }
    }
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
) -> Result<bool, String> {
    if !meta.is_object() {
        *meta = Json::Object(Map::new());
    }
    if !spec.is_object() {
        return Err("pod template spec is not a mapping".into());
    }
    if spec.get("hostNetwork").and_then(Json::as_bool) == Some(true) {
        warn(format!(
            "Skipping injection because {} has host networking enabled",
            w.display
        ));
        return Ok(false);
    }
    let stripped = strip_injected(meta, spec);
    let ann = annotations(meta);
    let off = |m: &Map<String, Json>| {
        m.get("sidecar.istio.io/inject")
            .and_then(Json::as_str)
            .is_some_and(|s| s.eq_ignore_ascii_case("false"))
    };
    if off(&ann) || off(&labels(meta)) {
        return Ok(false);
    }
    config::validate_annotations(&ann)?;

    // The proxy config: mesh defaults, then the pod's proxy.istio.io/config.
    let (proxy_config, proxy_json) = config::proxy_config(cfg, &ann)?;
    let native = match ann
        .get("sidecar.istio.io/nativeSidecar")
        .and_then(Json::as_str)
    {
        Some("true") => true,
        Some("false") => false,
        _ => cfg.native_sidecars,
    };

    let original = json!({"metadata": meta.clone(), "spec": spec.clone()});
    let template_names: Vec<String> =
        match ann.get("inject.istio.io/templates").and_then(Json::as_str) {
            Some(t) if !t.is_empty() => t.split(',').map(|s| s.trim().to_string()).collect(),
            _ => cfg.default_templates.clone(),
        };

    let data = template_data(&original, w, cfg, &proxy_config, &proxy_json, native);
    if let Value::Map(m) = &data {
        // A user-supplied istio-proxy container chooses the proxy's user and group.
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
    let mut template_pod = json!({});
    for name in &template_names {
        let Some(src) = cfg.templates.get(name) else {
            return Err(format!("requested template {name:?} not found; have {}", {
                let k: Vec<&String> = cfg.templates.keys().collect();
                format!("{k:?}")
            }));
        };
        let tmpl = parsed_template(name, src, &cfg.templates_source)?;
        let rendered = tmpl.execute(name, &data).map_err(|e| e.to_string())?;
        if std::env::var_os("SAILCTL_INJECT_DEBUG").is_some() {
            eprintln!("{rendered}");
        }
        let v = yaml::parse_single("injection template", &rendered).map_err(|e| {
            format!(
                "failed parsing generated injected YAML (check the sidecar injector configuration in {}): {e}",
                cfg.templates_source
            )
        })?;
        if !v.is_null() {
            template_pod = strategic::merged(&template_pod, &v, strategic::OVERLAY);
        }
    }

    // What the templates added, for the status annotation.
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
    let st_init = names("/spec/initContainers");
    let st_containers = names("/spec/containers");
    let st_volumes = names("/spec/volumes");
    let st_secrets = names("/spec/imagePullSecrets");

    // Containers the user supplies under an injected name override the injected ones.
    let mut original = original;
    let overrides = take_overrides(&mut original, &template_pod, &stripped);
    for o in &overrides {
        let c = &o.container;
        for t in template_pod["spec"][o.list.as_str()]
            .as_array_mut()
            .into_iter()
            .flatten()
        {
            if t.get("name") == c.get("name") {
                // Istio overlays the template on the pod (a user's container is the base,
                // so its own list items end up after the template's), then the override
                // on the result.
                let base = if o.in_pod {
                    strategic::merged(c, t, strategic::OVERLAY)
                } else {
                    t.clone()
                };
                *t = strategic::merged(&base, c, strategic::OVERLAY);
            }
        }
    }
    // Recorded so a later re-injection can apply them again; a re-injected pod keeps the
    // record it already has (Istio writes it only on the first injection).
    if !overrides.is_empty() && !stripped.already_injected {
        let mut ann_json = Map::new();
        for key in ["containers", "initContainers"] {
            let list: Vec<Json> = overrides
                .iter()
                .filter(|o| o.list == key)
                .map(|o| {
                    let mut c = o.container.clone();
                    if let Some(o) = c.as_object_mut() {
                        o.entry("resources").or_insert_with(|| json!({}));
                    }
                    let mut tmp = json!({"containers": [c]});
                    merge::canonical_resources(&mut tmp);
                    gojson::ordered("Container", &tmp["containers"][0])
                })
                .collect();
            if !list.is_empty() {
                ann_json.insert(key.into(), Json::Array(list));
            }
        }
        let text = Json::Object(ann_json).to_string();
        if let Some(m) = original["metadata"].as_object_mut()
            && let Some(a) = m
                .entry("annotations")
                .or_insert_with(|| Json::Object(Map::new()))
                .as_object_mut()
        {
            a.insert("proxy.istio.io/overrides".into(), Json::String(text));
        }
    }
    let mut pod = strategic::merged(&template_pod, &original, strategic::POD_OVER_TEMPLATE);
    // The templates' labels and annotations win over the pod's own.
    for key in ["labels", "annotations"] {
        if let Some(t) = template_pod
            .pointer(&format!("/metadata/{key}"))
            .and_then(Json::as_object)
        {
            let m = pod["metadata"]
                .as_object_mut()
                .unwrap()
                .entry(key)
                .or_insert_with(|| json!({}));
            if let Some(m) = m.as_object_mut() {
                for (k, v) in t {
                    m.insert(k.clone(), v.clone());
                }
            }
        }
    }
    merge::reorder(&mut pod, cfg.hold_application(&proxy_config), native);
    let merged_ann = annotations(&pod["metadata"]);
    // TPROXY needs the proxy to run as root, whatever a user-supplied container asked for.
    let mode = merged_ann
        .get("sidecar.istio.io/interceptionMode")
        .and_then(Json::as_str)
        .or_else(|| proxy_config.get("interceptionMode").and_then(Json::as_str))
        .unwrap_or("REDIRECT");
    if mode == "TPROXY" {
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
    probes::rewrite(&mut pod, cfg, &merged_ann, &stripped.probers)?;
    merge::canonical_resources(&mut pod["spec"]);
    postprocess(&mut pod, cfg, &merged_ann);

    let status = format!(
        "{{\"initContainers\":{},\"containers\":{},\"volumes\":{},\"imagePullSecrets\":{},\"revision\":{}}}",
        list_or_null(&st_init),
        list_or_null(&st_containers),
        list_or_null(&st_volumes),
        list_or_null(&st_secrets),
        serde_json::to_string(&cfg.revision_name()).unwrap()
    );
    let pm = pod["metadata"].as_object_mut().unwrap();
    let a = pm
        .entry("annotations")
        .or_insert_with(|| Json::Object(Map::new()));
    if let Some(a) = a.as_object_mut() {
        for (k, v) in &cfg.injected_annotations {
            a.insert(k.clone(), Json::String(v.clone()));
        }
        a.insert(STATUS_ANNOTATION.into(), Json::String(status));
    }
    *meta = pod["metadata"].take();
    *spec = pod["spec"].take();
    Ok(true)
}

/// A container that overrides the template's container of the same name.
struct Override {
    /// The template list it lands in (`containers` or `initContainers`).
    list: String,
    container: Json,
    /// Still in the pod after stripping an earlier injection (a user's container), as
    /// opposed to one the earlier injection added.
    in_pod: bool,
}

/// Removes the user's containers named like injected ones and returns them as overrides.
///
/// As Istio: a template container whose name the earlier status lists for the same list is
/// the earlier injection's own and is not an override (the new template wins); otherwise a
/// container of that name anywhere in the original pod — also one an earlier injection put
/// in the other list — overrides the template's.
fn take_overrides(original: &mut Json, template_pod: &Json, stripped: &Stripped) -> Vec<Override> {
    let mut where_: Vec<(String, String)> = Vec::new();
    for key in ["initContainers", "containers"] {
        let earlier = if key == "containers" {
            &stripped.containers
        } else {
            &stripped.init_containers
        };
        for c in template_pod["spec"][key].as_array().into_iter().flatten() {
            if let Some(n) = c.get("name").and_then(Json::as_str)
                && !earlier.iter().any(|e| e == n)
            {
                where_.push((n.to_string(), key.to_string()));
            }
        }
    }
    let without_auto = |c: &Json| {
        let mut c = c.clone();
        if let Some(o) = c.as_object_mut()
            && o.get("image").and_then(Json::as_str) == Some("auto")
        {
            o.remove("image");
        }
        c
    };
    let mut found: Vec<Override> = Vec::new();
    for key in ["initContainers", "containers"] {
        let Some(list) = original["spec"].get_mut(key).and_then(Json::as_array_mut) else {
            continue;
        };
        list.retain(|c| {
            let n = c.get("name").and_then(Json::as_str).unwrap_or("");
            match where_.iter().find(|(w, _)| w == n) {
                Some((_, dest)) => {
                    found.push(Override {
                        list: dest.clone(),
                        container: without_auto(c),
                        in_pod: true,
                    });
                    false
                }
                None => true,
            }
        });
    }
    for c in &stripped.removed {
        let n = c.get("name").and_then(Json::as_str).unwrap_or("");
        if let Some((_, dest)) = where_.iter().find(|(w, _)| w == n)
            && !found
                .iter()
                .any(|f| f.container.get("name").and_then(Json::as_str) == Some(n))
        {
            found.push(Override {
                list: dest.clone(),
                container: without_auto(c),
                in_pod: false,
            });
        }
    }
    // In the template's order.
    let mut out = Vec::new();
    for (n, _) in &where_ {
        if let Some(i) = found
            .iter()
            .position(|f| f.container.get("name").and_then(Json::as_str) == Some(n.as_str()))
        {
            out.push(found.swap_remove(i));
        }
    }
    out
}

/// What an earlier injection left, found through its status annotation.
#[derive(Debug, Default)]
struct Stripped {
    /// The earlier app probers, to keep probes that were already redirected.
    probers: Map<String, Json>,
    /// Whether the pod carried a status annotation.
    already_injected: bool,
    /// The status annotation's container and init-container names.
    containers: Vec<String>,
    init_containers: Vec<String>,
    /// The containers removed, containers before init containers (Istio looks a name up
    /// in the pod's containers first).
    removed: Vec<Json>,
}

/// Undoes an earlier injection (named in the status annotation) so the pod can be injected
/// again: each list loses the names the status gives for that list, as Istio strips them.
fn strip_injected(meta: &mut Json, spec: &mut Json) -> Stripped {
    let mut st = Stripped::default();
    let Some(status) = meta
        .pointer("/annotations/sidecar.istio.io~1status")
        .and_then(Json::as_str)
        .map(String::from)
    else {
        return st;
    };
    st.already_injected = true;
    let status: Json = serde_json::from_str(&status).unwrap_or(Json::Null);
    let names = |k: &str| -> Vec<String> {
        status[k]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|x| x.as_str().map(String::from))
            .collect()
    };
    st.containers = names("containers");
    st.init_containers = names("initContainers");
    for (key, gone) in [
        ("containers", &st.containers),
        ("initContainers", &st.init_containers),
    ] {
        let Some(list) = spec.get_mut(key).and_then(Json::as_array_mut) else {
            continue;
        };
        for c in list.iter() {
            if c.get("name").and_then(Json::as_str) == Some("istio-proxy") {
                for e in c["env"].as_array().into_iter().flatten() {
                    if e.get("name").and_then(Json::as_str) == Some("ISTIO_KUBE_APP_PROBERS")
                        && let Some(Json::Object(m)) = e
                            .get("value")
                            .and_then(Json::as_str)
                            .and_then(|v| serde_json::from_str(v).ok())
                    {
                        st.probers = m;
                    }
                }
            }
        }
        let (out, keep): (Vec<Json>, Vec<Json>) = list.drain(..).partition(|c| {
            let n = c.get("name").and_then(Json::as_str).unwrap_or("");
            gone.iter().any(|g| g == n)
        });
        *list = keep;
        st.removed.extend(out);
    }
    for key in ["volumes", "imagePullSecrets"] {
        let gone = names(key);
        if let Some(list) = spec.get_mut(key).and_then(Json::as_array_mut) {
            list.retain(|c| {
                !gone
                    .iter()
                    .any(|n| c.get("name").and_then(Json::as_str) == Some(n.as_str()))
            });
        }
    }
    if let Some(a) = meta.get_mut("annotations").and_then(Json::as_object_mut) {
        a.remove(STATUS_ANNOTATION);
    }
    st
}

thread_local! {
    /// Parsed templates by (name, text): a stream of many workloads parses each once.
    static TEMPLATES: std::cell::RefCell<std::collections::HashMap<(String, u64), Rc<gotmpl::Template>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

fn parsed_template(name: &str, src: &str, source: &str) -> Result<Rc<gotmpl::Template>, String> {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    src.hash(&mut h);
    let key = (name.to_string(), h.finish());
    if let Some(t) = TEMPLATES.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(t);
    }
    let mut t = gotmpl::Template::new(FuncMap::istio());
    t.parse(name, src).map_err(|e| {
        format!("failed parsing injection template {name:?} (check the sidecar injector configuration in {source}): {e}")
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
        )
        .unwrap();
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
