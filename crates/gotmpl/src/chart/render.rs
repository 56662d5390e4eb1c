//! Rendering a chart like Helm's engine: one template set for the chart and its subcharts,
//! parsed once; per chart its own `.Values`, `.Chart`, `.Files`; errors in Helm's wording.

use super::values::{coalesce, coalesce_subcharts, hoist_internal_defaults};
use super::{Chart, ChartError};
use crate::funcs::helm::{ApiVersions, Files, KubeVersion, WARN_END, WARN_START};
use crate::value::StructObj;
use crate::{FuncMap, MissingKey, Template, Value};
use std::collections::BTreeMap;
use std::rc::Rc;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml_input;

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
