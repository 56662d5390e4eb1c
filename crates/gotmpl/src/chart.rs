//! Helm-format chart loader and renderer.
//!
//! A chart directory holds `Chart.yaml`, `values.yaml`, `templates/` (files starting
//! with `_` are partials: parsed, never output) and any other files (exposed as
//! `.Files`). Rendering follows Helm's engine: all templates share one template set
//! (parsed deepest path first, then reverse-alphabetically, so later definitions win as
//! in Helm), `missingkey=zero`, `<no value>` removed from output, errors reworded as
//! `parse error at (file:line): msg` / `execution error at (file:line:col): msg`.
//! User values are coalesced over the chart's: maps merge recursively, a user `null`
//! deletes the chart default. Subcharts in `charts/<name>/` get `.Values.<name>` over
//! their own defaults, with the parent's `global` pushed down (parent wins), their own
//! `.Chart`/`.Files`, and templates named `parent/charts/<name>/templates/...`.
//! [`helm_template_output`] prints documents the way `helm template` orders them.

use crate::funcs::helm::{ApiVersions, Files, KubeVersion, WARN_END, WARN_START};
use crate::value::StructObj;
use crate::yaml_input::{self, YamlInputError};
use crate::{FuncMap, MissingKey, Template, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// Why a chart could not be loaded or rendered; Display is Helm's wording where Helm has one.
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    #[error("{}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Yaml(#[from] YamlInputError),
    #[error("Chart.yaml: not a map")]
    MetadataNotMap,
    #[error("Chart.yaml: missing")]
    MetadataMissing,
    /// A template failed to parse; `at` is `file:line`.
    #[error("parse error at ({at}): {msg}")]
    ParseAt { at: String, msg: String },
    /// A parse error without a position in it.
    #[error("parse error in ({file}): {msg}")]
    ParseIn { file: String, msg: String },
    /// `fail`/`required` (Helm's warning markers): `at` is `file:line:col`.
    #[error("execution error at ({at}): {msg}")]
    ExecAt { at: String, msg: String },
    /// An execution error without a position in it.
    #[error("execution error in ({file}): {msg}")]
    ExecIn { file: String, msg: String },
    /// Any other execution error, Go's text unchanged.
    #[error("{0}")]
    Exec(String),
    /// A rendered document is not YAML.
    #[error("YAML parse error on {path}: {source}")]
    Manifest {
        path: String,
        source: YamlInputError,
    },
}

/// A loaded chart.
#[derive(Debug, Clone, Default)]
pub struct Chart {
    /// `Chart.yaml` as parsed (YAML keys).
    pub metadata: BTreeMap<String, Value>,
    /// Templates: (path relative to the chart, e.g. `templates/x.yaml`, source).
    pub templates: Vec<(String, String)>,
    /// `values.yaml`.
    pub values: Value,
    /// Other files, by path relative to the chart.
    pub files: BTreeMap<String, Vec<u8>>,
    /// Subcharts found under `charts/<name>/`.
    pub subcharts: Vec<Chart>,
}

/// Release settings visible as `.Release`.
#[derive(Debug, Clone)]
pub struct ReleaseOptions {
    pub name: String,
    pub namespace: String,
    pub revision: i64,
    pub is_install: bool,
    pub is_upgrade: bool,
}

impl Default for ReleaseOptions {
    fn default() -> Self {
        ReleaseOptions {
            name: "rel".into(),
            namespace: "default".into(),
            revision: 1,
            is_install: true,
            is_upgrade: false,
        }
    }
}

/// Cluster capabilities visible as `.Capabilities`.
#[derive(Debug, Clone)]
pub struct Capabilities {
    pub kube_version: String,
    pub api_versions: Vec<String>,
}

impl Default for Capabilities {
    fn default() -> Self {
        Capabilities {
            kube_version: "v1.20.0".into(),
            api_versions: [
                "v1",
                "apps/v1",
                "batch/v1",
                "policy/v1",
                "autoscaling/v1",
                "autoscaling/v2",
                "networking.k8s.io/v1",
                "rbac.authorization.k8s.io/v1",
                "admissionregistration.k8s.io/v1",
                "apiextensions.k8s.io/v1",
                "storage.k8s.io/v1",
                "coordination.k8s.io/v1",
                "discovery.k8s.io/v1",
                "scheduling.k8s.io/v1",
                "certificates.k8s.io/v1",
                "events.k8s.io/v1",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect(),
        }
    }
}

fn read_err(p: &Path, e: std::io::Error) -> ChartError {
    ChartError::Read {
        path: p.to_path_buf(),
        source: e,
    }
}

impl Chart {
    /// The chart name from Chart.yaml.
    pub fn name(&self) -> String {
        match self.metadata.get("name") {
            Some(Value::Str(s)) => s.to_string(),
            _ => String::new(),
        }
    }

    /// Builds a chart from in-memory files (paths relative to the chart root), e.g. the
    /// charts bundled into the binary.
    pub fn from_files<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a [u8])>,
    ) -> Result<Chart, ChartError> {
        let mut c = Chart::default();
        let mut have_meta = false;
        let mut all: Vec<(&str, &[u8])> = files.into_iter().collect();
        all.sort();
        let mut subs: BTreeMap<&str, Vec<(&str, &[u8])>> = BTreeMap::new();
        for (rel, data) in all {
            let text = || String::from_utf8_lossy(data).into_owned();
            match rel {
                "Chart.yaml" => {
                    match yaml_input::parse_yaml(&text())? {
                        Value::Map(m) => c.metadata = m.borrow().to_btree(),
                        _ => return Err(ChartError::MetadataNotMap),
                    }
                    have_meta = true;
                }
                "values.yaml" => {
                    c.values = match yaml_input::parse_yaml(&text())? {
                        Value::Map(m) => Value::Map(m),
                        _ => Value::empty_map(),
                    }
                }
                "Chart.lock" | "values.schema.json" | "requirements.yaml" | "requirements.lock" => {
                }
                r if r.starts_with("templates/") => c.templates.push((rel.to_string(), text())),
                r if r.starts_with("charts/") => {
                    let rest = &r["charts/".len()..];
                    if let Some((sub, inner)) = rest.split_once('/') {
                        subs.entry(sub).or_default().push((inner, data));
                    }
                }
                _ => {
                    c.files.insert(rel.to_string(), data.to_vec());
                }
            }
        }
        for (_, files) in subs {
            if files.iter().any(|(p, _)| *p == "Chart.yaml") {
                c.subcharts.push(Chart::from_files(files)?);
            }
        }
        if !have_meta {
            return Err(ChartError::MetadataMissing);
        }
        if matches!(c.values, Value::Nil | Value::Missing) {
            c.values = Value::empty_map();
        }
        Ok(c)
    }

    /// Load a chart directory.
    pub fn load_dir(dir: &Path) -> Result<Chart, ChartError> {
        let mut c = Chart::default();
        let chart_yaml = dir.join("Chart.yaml");
        let src = std::fs::read_to_string(&chart_yaml).map_err(|e| read_err(&chart_yaml, e))?;
        match yaml_input::parse_yaml(&src)? {
            Value::Map(m) => c.metadata = m.borrow().to_btree(),
            _ => return Err(ChartError::MetadataNotMap),
        }
        let values = dir.join("values.yaml");
        c.values = match std::fs::read_to_string(&values) {
            Ok(s) => match yaml_input::parse_yaml(&s)? {
                Value::Map(m) => Value::Map(m),
                _ => Value::empty_map(),
            },
            Err(_) => Value::empty_map(),
        };
        let mut all = Vec::new();
        walk(dir, dir, &mut all).map_err(|e| read_err(dir, e))?;
        all.sort();
        let charts_dir = dir.join("charts");
        if let Ok(rd) = std::fs::read_dir(&charts_dir) {
            let mut subs: Vec<_> = rd
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.join("Chart.yaml").is_file())
                .collect();
            subs.sort();
            for sub in subs {
                c.subcharts.push(Chart::load_dir(&sub)?);
            }
        }
        for rel in all {
            let p = dir.join(&rel);
            let data = std::fs::read(&p).map_err(|e| read_err(&p, e))?;
            match rel.as_str() {
                "Chart.yaml" | "Chart.lock" | "values.yaml" | "values.schema.json"
                | "requirements.yaml" | "requirements.lock" => {}
                r if r.starts_with("templates/") => {
                    c.templates
                        .push((rel.clone(), String::from_utf8_lossy(&data).into_owned()));
                }
                r if r.starts_with("charts/") => {}
                _ => {
                    c.files.insert(rel, data);
                }
            }
        }
        Ok(c)
    }
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) -> std::io::Result<()> {
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        let p = e.path();
        if p.is_dir() {
            walk(root, &p, out)?;
        } else if let Ok(rel) = p.strip_prefix(root) {
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
    Ok(())
}

/// Coalesce `user` over `defaults` like Helm (maps merge, user null deletes).
pub fn coalesce(defaults: &Value, user: &Value) -> Value {
    match (defaults, user) {
        (Value::Map(d), Value::Map(u)) => {
            let mut out = BTreeMap::new();
            let d = d.borrow();
            let u = u.borrow();
            for (k, dv) in d.iter() {
                match u.get(k) {
                    None => {
                        out.insert(k.clone(), dv.deep_copy());
                    }
                    Some(Value::Nil) => {}
                    Some(uv) => {
                        if let (Value::Map(_), Value::Map(_)) = (dv, uv) {
                            out.insert(k.clone(), coalesce(dv, uv));
                        } else {
                            out.insert(k.clone(), uv.deep_copy());
                        }
                    }
                }
            }
            for (k, uv) in u.iter() {
                if !d.contains_key(k) {
                    out.insert(k.clone(), uv.deep_copy());
                }
            }
            Value::map(out)
        }
        (_, Value::Missing) => defaults.deep_copy(),
        (d, Value::Nil) => d.deep_copy(),
        (_, u) => u.deep_copy(),
    }
}

/// Parent globals override the subchart's (maps merge, parent wins).
fn merge_globals(parent: &Value, sub: &Value) -> Value {
    match (parent, sub) {
        (Value::Map(p), Value::Map(_)) => {
            let mut out = match sub.deep_copy() {
                Value::Map(m) => m.borrow().to_btree(),
                _ => BTreeMap::new(),
            };
            for (k, pv) in p.borrow().iter() {
                let merged = match (pv, out.get(k)) {
                    (Value::Map(_), Some(sv @ Value::Map(_))) => merge_globals(pv, sv),
                    (Value::Map(_), Some(_)) => continue,
                    _ => pv.deep_copy(),
                };
                out.insert(k.clone(), merged);
            }
            Value::map(out)
        }
        (Value::Map(_), _) => parent.deep_copy(),
        _ => sub.deep_copy(),
    }
}

/// Values for a chart and, under each subchart's name, its subchart (Helm's
/// CoalesceValues: user over chart defaults, parent `global` pushed into subcharts).
pub fn coalesce_chart(chart: &Chart, user: &Value) -> Value {
    coalesce_subcharts(chart, coalesce(&chart.values, user))
}

/// Pushes the values under each subchart's name (and the parent's `global`) down over
/// that subchart's own defaults, recursively.
fn coalesce_subcharts(chart: &Chart, v: Value) -> Value {
    if chart.subcharts.is_empty() {
        return v;
    }
    let Value::Map(vm) = &v else { return v };
    for sub in &chart.subcharts {
        let name = sub.name();
        let mut sub_user = match vm.borrow().get(&name) {
            Some(Value::Map(m)) => m.borrow().to_btree(),
            _ => BTreeMap::new(),
        };
        let parent_global = vm.borrow().get("global").cloned().unwrap_or(Value::Missing);
        let sub_global = sub_user
            .get("global")
            .cloned()
            .unwrap_or_else(Value::empty_map);
        sub_user.insert("global".into(), merge_globals(&parent_global, &sub_global));
        let sv = coalesce_chart(sub, &Value::map(sub_user));
        vm.borrow_mut().insert(name, sv);
    }
    v
}

fn metadata_value(meta: &BTreeMap<String, Value>) -> Value {
    // chart.Metadata exposed with Go field names
    let fields: &[(&str, &str, Value)] = &[
        ("Name", "name", Value::str("")),
        ("Home", "home", Value::str("")),
        ("Sources", "sources", Value::list(vec![])),
        ("Version", "version", Value::str("")),
        ("Description", "description", Value::str("")),
        ("Keywords", "keywords", Value::list(vec![])),
        ("Maintainers", "maintainers", Value::list(vec![])),
        ("Icon", "icon", Value::str("")),
        ("APIVersion", "apiVersion", Value::str("")),
        ("Condition", "condition", Value::str("")),
        ("Tags", "tags", Value::str("")),
        ("AppVersion", "appVersion", Value::str("")),
        ("Deprecated", "deprecated", Value::Bool(false)),
        ("Annotations", "annotations", Value::empty_map()),
        ("KubeVersion", "kubeVersion", Value::str("")),
        ("Dependencies", "dependencies", Value::list(vec![])),
        ("Type", "type", Value::str("")),
    ];
    let mut m = BTreeMap::new();
    for (go, yaml, zero) in fields {
        let v = match meta.get(*yaml) {
            Some(Value::Float(f)) => Value::string(crate::fmt::format_float_g(*f)),
            Some(v) if !v.is_nilish() => v.clone(),
            _ => zero.clone(),
        };
        m.insert(go.to_string(), v);
    }
    Value::Obj(Rc::new(StructObj {
        type_name: "*chart.Metadata".into(),
        fields: m,
    }))
}

/// Helm's template parse order: deeper paths first, then reverse lexical order.
fn sort_templates(names: &mut [String]) {
    names.sort_by(|a, b| {
        let (ca, cb) = (a.matches('/').count(), b.matches('/').count());
        cb.cmp(&ca).then_with(|| b.cmp(a))
    });
}

fn cleanup_parse_error(file: &str, err: &str) -> ChartError {
    let tokens: Vec<&str> = err.split(": ").collect();
    if tokens.len() == 1 {
        return ChartError::ParseIn {
            file: file.to_string(),
            msg: err.to_string(),
        };
    }
    ChartError::ParseAt {
        at: tokens[1].to_string(),
        msg: tokens[tokens.len() - 1].to_string(),
    }
}

fn cleanup_exec_error(file: &str, err: &str) -> ChartError {
    let tokens: Vec<&str> = err.splitn(3, ": ").collect();
    if tokens.len() != 3 {
        return ChartError::ExecIn {
            file: file.to_string(),
            msg: err.to_string(),
        };
    }
    if let Some(s) = tokens[2].find(WARN_START)
        && let Some(e) = tokens[2].rfind(WARN_END)
        && e >= s + WARN_START.len()
    {
        return ChartError::ExecAt {
            at: tokens[1].to_string(),
            msg: tokens[2][s + WARN_START.len()..e].to_string(),
        };
    }
    ChartError::Exec(err.to_string())
}

/// Render every non-partial template; keys are `chartname/templates/...`.
pub fn render(
    chart: &Chart,
    user_values: &Value,
    release: &ReleaseOptions,
    caps: &Capabilities,
) -> Result<BTreeMap<String, String>, ChartError> {
    Prepared::new(chart.clone())?.render(user_values, release, caps, None)
}

/// A chart whose templates are parsed once, to render many times.
pub struct Prepared {
    pub chart: Chart,
    t: Template,
    /// Template names (`chartname/templates/...`, subcharts'
    /// `chartname/charts/sub/templates/...`) in Helm's parse/render order.
    names: Vec<String>,
    /// For each of `names`, the index of its chart in `scopes`.
    scope_of: Vec<usize>,
    /// The top chart and every subchart, each with its own `.Chart`, `.Files`, `.Values`.
    scopes: Vec<Scope>,
    /// The chart's defaults with `_internal_defaults_do_not_set` hoisted.
    defaults: Value,
    /// The chart merges `_internal_defaults_do_not_set` itself (Istio's zzz_profile.yaml).
    self_merging: bool,
}

/// What one chart of the tree sees that its parent does not.
struct Scope {
    /// Template name prefix (`parent/charts/sub`).
    base: String,
    /// Subchart names from the top chart down to this one: where its values live.
    values_path: Vec<String>,
    /// Names of its direct subcharts (`.Subcharts`).
    subcharts: Vec<String>,
    meta: Value,
    files: Value,
}

impl std::fmt::Debug for Prepared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Prepared")
            .field("names", &self.names)
            .finish()
    }
}

/// Istio's charts keep their defaults under `_internal_defaults_do_not_set` (a template
/// merges them beneath the user's values); hoisting them gives the same values without it.
fn hoist_internal_defaults(values: &Value) -> Value {
    if let Value::Map(m) = values {
        let inner = m.borrow().get("_internal_defaults_do_not_set").cloned();
        if let Some(inner @ Value::Map(_)) = inner {
            let mut rest = m.borrow().to_btree();
            rest.remove("_internal_defaults_do_not_set");
            return coalesce(&inner, &Value::map(rest));
        }
    }
    values.clone()
}

fn collect_scopes<'c>(
    chart: &'c Chart,
    base: String,
    values_path: Vec<String>,
    out: &mut Vec<(Scope, &'c [(String, String)])>,
) {
    for sub in &chart.subcharts {
        let mut path = values_path.clone();
        path.push(sub.name());
        collect_scopes(sub, format!("{base}/charts/{}", sub.name()), path, out);
    }
    out.push((
        Scope {
            base,
            values_path,
            subcharts: chart.subcharts.iter().map(Chart::name).collect(),
            meta: metadata_value(&chart.metadata),
            files: Value::Obj(Rc::new(Files {
                files: chart.files.clone(),
            })),
        },
        &chart.templates,
    ));
}

fn map_get(v: &Value, key: &str) -> Value {
    match v {
        Value::Map(m) => m
            .borrow()
            .get(key)
            .cloned()
            .unwrap_or_else(Value::empty_map),
        _ => Value::empty_map(),
    }
}

impl Prepared {
    /// Parses every template of the chart and its subcharts.
    pub fn new(chart: Chart) -> Result<Prepared, ChartError> {
        let mut found = Vec::new();
        collect_scopes(&chart, chart.name(), Vec::new(), &mut found);
        let mut t = Template::with_funcs(FuncMap::helm_shared()).missing_key(MissingKey::Zero);
        t.set.root_name = Some("gotpl".into());
        let mut srcs = BTreeMap::new();
        for (si, (sc, templates)) in found.iter().enumerate() {
            for (path, src) in templates.iter() {
                srcs.insert(format!("{}/{path}", sc.base), (src.as_str(), si));
            }
        }
        let mut names: Vec<String> = srcs.keys().cloned().collect();
        sort_templates(&mut names);
        for n in &names {
            t.parse(n, srcs[n.as_str()].0)
                .map_err(|e| cleanup_parse_error(n, &e.to_string()))?;
        }
        let scope_of = names.iter().map(|n| srcs[n.as_str()].1).collect();
        let scopes = found.into_iter().map(|(sc, _)| sc).collect();
        // Istio's own charts merge `_internal_defaults_do_not_set` themselves (in
        // zzz_profile.yaml); only hoist for charts that do not.
        let self_merging = chart
            .templates
            .iter()
            .any(|(p, _)| p.ends_with("/zzz_profile.yaml"));
        let defaults = if self_merging {
            chart.values.clone()
        } else {
            hoist_internal_defaults(&chart.values)
        };
        Ok(Prepared {
            chart,
            t,
            names,
            scope_of,
            scopes,
            defaults,
            self_merging,
        })
    }

    /// Renders the templates (all, or those whose path relative to the chart, e.g.
    /// `templates/deployment.yaml`, passes `only`; partials always load).
    pub fn render(
        &self,
        user_values: &Value,
        release: &ReleaseOptions,
        caps: &Capabilities,
        only: Option<&dyn Fn(&str) -> bool>,
    ) -> Result<BTreeMap<String, String>, ChartError> {
        let chart = &self.chart;
        let name = chart.name();
        let values = if self.self_merging {
            coalesce(&self.defaults, user_values)
        } else {
            coalesce(&self.defaults, &hoist_internal_defaults(user_values))
        };
        let values = coalesce_subcharts(chart, values);
        let common = common_values(release, caps);
        // One dot map per chart, shared by its templates as in Helm: `set $ "Values" ...`
        // in one template (Istio's zzz_profile.yaml) is seen by the ones after it.
        let dots: Vec<Value> = self
            .scopes
            .iter()
            .map(|sc| {
                let v = sc
                    .values_path
                    .iter()
                    .fold(values.clone(), |v, k| map_get(&v, k));
                let subs = sc
                    .subcharts
                    .iter()
                    .map(|s| (s.clone(), map_get(&v, s)))
                    .collect::<BTreeMap<_, _>>();
                let mut top = common.clone();
                top.insert("Values".to_string(), v);
                top.insert("Chart".to_string(), sc.meta.clone());
                top.insert("Files".to_string(), sc.files.clone());
                top.insert("Subcharts".to_string(), Value::map(subs));
                Value::map(top)
            })
            .collect();
        let t = &self.t;
        let mut out = BTreeMap::new();
        let mut ex = crate::exec::Exec::new(&t.set, {
            let trees = t.set.trees.borrow();
            match self.names.first().and_then(|n| trees.get(n)) {
                Some(tr) => tr.clone(),
                None => return Ok(out),
            }
        });
        for (n, &si) in self.names.iter().zip(&self.scope_of) {
            let base = n.rsplit('/').next().unwrap_or(n);
            if base.starts_with('_') {
                continue;
            }
            // zz* templates (value set-up, e.g. Istio's zzz_profile.yaml) always run.
            if let Some(f) = only.filter(|_| !base.starts_with("zz")) {
                let rel = n.strip_prefix(&format!("{name}/")).unwrap_or(n);
                if !f(rel) {
                    continue;
                }
            }
            let dot = &dots[si];
            let mut tm = BTreeMap::new();
            tm.insert("Name".to_string(), Value::string(n.clone()));
            tm.insert(
                "BasePath".to_string(),
                Value::string(format!("{}/templates", self.scopes[si].base)),
            );
            if let Value::Map(m) = dot {
                m.borrow_mut()
                    .insert("Template".to_string(), Value::map(tm));
            }
            let tree = t.set.trees.borrow().get(n).cloned();
            let Some(tree) = tree else { continue };
            let mut s = String::new();
            ex.run(tree, dot, &mut s)
                .map_err(|e| cleanup_exec_error(n, &e.0))?;
            out.insert(n.clone(), s.replace("<no value>", ""));
        }
        Ok(out)
    }
}

/// `.Release` and `.Capabilities`: the same for every chart of the tree.
fn common_values(release: &ReleaseOptions, caps: &Capabilities) -> BTreeMap<String, Value> {
    let mut top = BTreeMap::new();
    let mut rel = BTreeMap::new();
    rel.insert("Name".to_string(), Value::string(release.name.clone()));
    rel.insert(
        "Namespace".to_string(),
        Value::string(release.namespace.clone()),
    );
    rel.insert("IsUpgrade".to_string(), Value::Bool(release.is_upgrade));
    rel.insert("IsInstall".to_string(), Value::Bool(release.is_install));
    rel.insert("Revision".to_string(), Value::Int(release.revision));
    rel.insert("Service".to_string(), Value::str("Helm"));
    top.insert("Release".to_string(), Value::map(rel));
    let kv = caps.kube_version.trim_start_matches('v');
    let mut parts = kv.split('.');
    let major = parts.next().unwrap_or("").to_string();
    let minor = parts.next().unwrap_or("").to_string();
    let mut capm = BTreeMap::new();
    capm.insert(
        "KubeVersion".to_string(),
        Value::Obj(Rc::new(KubeVersion {
            version: caps.kube_version.clone(),
            major,
            minor,
        })),
    );
    capm.insert(
        "APIVersions".to_string(),
        Value::Obj(Rc::new(ApiVersions(caps.api_versions.clone()))),
    );
    top.insert(
        "Capabilities".to_string(),
        Value::Obj(Rc::new(StructObj {
            type_name: "*chartutil.Capabilities".into(),
            fields: capm,
        })),
    );
    top
}

/// Join rendered files as `---\n# Source: path\n...` documents, sorted by path,
/// skipping whitespace-only output.
pub fn join_output(out: &BTreeMap<String, String>) -> String {
    let mut s = String::new();
    for (k, body) in out {
        if body.trim().is_empty() {
            continue;
        }
        s.push_str("---\n# Source: ");
        s.push_str(k);
        s.push('\n');
        s.push_str(body);
        s.push('\n');
    }
    s
}

/// Kind order Helm installs (and `helm template` prints) resources in.
pub const INSTALL_ORDER: &[&str] = &[
    "PriorityClass",
    "Namespace",
    "NetworkPolicy",
    "ResourceQuota",
    "LimitRange",
    "PodSecurityPolicy",
    "PodDisruptionBudget",
    "ServiceAccount",
    "Secret",
    "SecretList",
    "ConfigMap",
    "StorageClass",
    "PersistentVolume",
    "PersistentVolumeClaim",
    "CustomResourceDefinition",
    "ClusterRole",
    "ClusterRoleList",
    "ClusterRoleBinding",
    "ClusterRoleBindingList",
    "Role",
    "RoleList",
    "RoleBinding",
    "RoleBindingList",
    "Service",
    "DaemonSet",
    "Pod",
    "ReplicationController",
    "ReplicaSet",
    "Deployment",
    "HorizontalPodAutoscaler",
    "StatefulSet",
    "Job",
    "CronJob",
    "IngressClass",
    "Ingress",
    "APIService",
];

/// One rendered YAML document and the template it came from.
#[derive(Debug, Clone)]
pub struct Manifest {
    pub source: String,
    pub kind: String,
    pub content: String,
    pub hook: bool,
}

/// Split rendered files into documents and order them like `helm template`:
/// NOTES.txt and partials dropped, documents split on `---`, stable-sorted by kind in
/// install order (unknown kinds last, alphabetically), hooks after the rest.
pub fn sort_manifests(out: &BTreeMap<String, String>) -> Result<Vec<Manifest>, ChartError> {
    let sep = regex::Regex::new(r"(?:^|\s*\n)---\s*").expect("valid regex");
    let mut generic = Vec::new();
    let mut hooks = Vec::new();
    for (path, body) in out {
        let base = path.rsplit('/').next().unwrap_or(path);
        if path.ends_with("NOTES.txt") || base.starts_with('_') || body.trim().is_empty() {
            continue;
        }
        for doc in sep.split(body.trim()) {
            if doc.is_empty() {
                continue;
            }
            let doc = doc.trim();
            let head = yaml_input::parse_yaml(doc).map_err(|source| ChartError::Manifest {
                path: path.clone(),
                source,
            })?;
            let (kind, hook) = match &head {
                Value::Map(m) => {
                    let m = m.borrow();
                    let kind = m.get("kind").and_then(|k| k.as_str().map(String::from));
                    let hook = match m.get("metadata") {
                        Some(Value::Map(md)) => match md.borrow().get("annotations") {
                            Some(Value::Map(a)) => a.borrow().contains_key("helm.sh/hook"),
                            _ => false,
                        },
                        _ => false,
                    };
                    (kind.unwrap_or_default(), hook)
                }
                _ => (String::new(), false),
            };
            let m = Manifest {
                source: path.clone(),
                kind,
                content: doc.to_string(),
                hook,
            };
            if hook {
                hooks.push(m);
            } else {
                generic.push(m);
            }
        }
    }
    let rank = |k: &str| INSTALL_ORDER.iter().position(|x| *x == k);
    let order = |a: &Manifest, b: &Manifest| match (rank(&a.kind), rank(&b.kind)) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.kind.cmp(&b.kind),
    };
    generic.sort_by(order);
    hooks.sort_by(order);
    generic.extend(hooks);
    Ok(generic)
}

/// The text `helm template` prints for rendered files.
pub fn helm_template_output(out: &BTreeMap<String, String>) -> Result<String, ChartError> {
    let mut s = String::new();
    for m in sort_manifests(out)? {
        s.push_str("---\n# Source: ");
        s.push_str(&m.source);
        s.push('\n');
        s.push_str(&m.content);
        s.push('\n');
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(files: &[(&str, &str)]) -> Chart {
        Chart::from_files(files.iter().map(|(p, t)| (*p, t.as_bytes()))).unwrap()
    }

    fn values(src: &str) -> Value {
        yaml_input::parse_yaml(src).unwrap()
    }

    #[test]
    fn internal_defaults_are_hoisted_for_our_charts() {
        let c = chart(&[
            ("Chart.yaml", "name: c\nversion: 1.0.0\n"),
            (
                "values.yaml",
                "_internal_defaults_do_not_set:\n  a: 1\n  b: 2\n",
            ),
            ("templates/x.yaml", "a={{ .Values.a }} b={{ .Values.b }}"),
        ]);
        let p = Prepared::new(c).unwrap();
        let out = p
            .render(
                &values("b: 3\n"),
                &ReleaseOptions::default(),
                &Capabilities::default(),
                None,
            )
            .unwrap();
        assert_eq!(out["c/templates/x.yaml"], "a=1 b=3");
    }

    #[test]
    fn istio_layout_charts_merge_their_own_defaults_in_a_shared_dot() {
        // A zzz_profile.yaml that replaces .Values for the templates rendered after it.
        let c = chart(&[
            ("Chart.yaml", "name: c\nversion: 1.0.0\n"),
            (
                "values.yaml",
                "_internal_defaults_do_not_set:\n  a: 1\n  b: 2\n",
            ),
            (
                "templates/zzz_profile.yaml",
                "{{- $d := deepCopy $.Values._internal_defaults_do_not_set }}{{- $_ := unset $.Values \"_internal_defaults_do_not_set\" }}{{- $_ := set $ \"Values\" (mustMergeOverwrite $d $.Values) }}",
            ),
            ("templates/x.yaml", "a={{ .Values.a }} b={{ .Values.b }}"),
        ]);
        let p = Prepared::new(c).unwrap();
        let out = p
            .render(
                &values("b: 3\n"),
                &ReleaseOptions::default(),
                &Capabilities::default(),
                Some(&|t: &str| t == "templates/x.yaml"),
            )
            .unwrap();
        assert_eq!(out["c/templates/x.yaml"], "a=1 b=3");
    }
}
