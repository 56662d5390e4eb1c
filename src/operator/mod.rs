//! IstioOperator: profile ⊕ `-f` files ⊕ `--set` flags → one validated, merged spec, and
//! from it one [`ComponentPlan`] per chart to render.
//!
//! Precedence follows istioctl: the `default` profile < the selected profile < compiled-in
//! hub/tag < `-f` files (in order) < `--set` flags (in order). Maps merge key by key; lists
//! and scalars replace. After merging, `spec.hub`, `spec.tag`, `spec.revision`,
//! `spec.meshConfig` and `spec.compatibilityVersion` are copied into the Helm values tree
//! (`values.global.hub`, `values.global.tag`, `values.revision`, `values.meshConfig`,
//! `values.compatibilityVersion`), component enablement is propagated to
//! `values.pilot.enabled` / `values.pilot.cni.enabled`, and the user's own `values` are
//! applied last so they win over those translations.

pub mod compare;
pub mod components;
pub mod mesh_schema;
pub mod profiles;
pub mod setflag;
pub mod validate;
pub mod values_schema;

pub use components::{Component, ComponentInfo, ComponentPlan, plan};
pub use profiles::ProfileSource;

use crate::error::Error;
use crate::tree;
use serde_json::{Map, Value, json};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The image hub compiled into this build (istioctl's release hub).
pub const DEFAULT_HUB: &str = "docker.io/istio";
/// The image tag compiled into this build: the Istio release sailctl bundles.
pub const DEFAULT_TAG: &str = "1.30.3";

/// Everything that feeds a merged IstioOperator.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// `-f` files in order; `-` reads stdin (only allowed last, as istioctl).
    pub files: Vec<PathBuf>,
    /// `--set PATH=VALUE` flags in order (paths relative to `spec`).
    pub set: Vec<String>,
    /// `-d/--manifests DIR`: becomes `installPackagePath` (profiles read from `DIR/profiles`).
    pub manifests: Option<PathBuf>,
    /// `-r/--revision`: becomes `revision` (ignored when "default", as istioctl).
    pub revision: Option<String>,
    /// Settings detected from the cluster (`components.cni.namespace=kube-system` on GKE), in
    /// `--set` form; applied on top of the profile, below files and flags.
    pub cluster_settings: Vec<String>,
    /// `Some(true)`: `--force` given, validation errors become warnings.
    /// `Some(false)`: the command has `--force`; errors hint at it. `None`: no such flag.
    pub force: Option<bool>,
}

impl Inputs {
    /// `--set` flags with the flag shortcuts (`-d`, `-r`) prepended, as istioctl's applyFlagAliases.
    pub fn all_set_flags(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(d) = &self.manifests
            && !d.as_os_str().is_empty()
        {
            out.push(format!("installPackagePath={}", d.display()));
        }
        if let Some(r) = &self.revision
            && !r.is_empty()
            && r != "default"
        {
            out.push(format!("revision={r}"));
        }
        out.extend(self.set.iter().cloned());
        out
    }
}

/// The merged IstioOperator, ready to plan and render.
#[derive(Debug, Clone, PartialEq)]
pub struct MergedSpec {
    /// The whole document: `apiVersion`, `kind`, `metadata`, `spec`.
    pub iop: Value,
    /// Problems tolerated because of `--force`, one line each.
    pub warnings: Vec<String>,
}

impl MergedSpec {
    /// `spec` (an empty map when absent).
    pub fn spec(&self) -> &Value {
        static EMPTY: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
        self.iop
            .get("spec")
            .unwrap_or_else(|| EMPTY.get_or_init(|| json!({})))
    }
    /// The Helm values (`spec.values`).
    pub fn values(&self) -> Value {
        tree::get(&self.iop, "spec.values")
            .cloned()
            .unwrap_or_else(|| json!({}))
    }
    /// The selected profile ("default" when unset).
    pub fn profile(&self) -> &str {
        match tree::get_str(&self.iop, "spec.profile") {
            "" => "default",
            p => p,
        }
    }
    /// The control plane namespace (`metadata.namespace`, else istio-system).
    pub fn namespace(&self) -> &str {
        match tree::get_str(&self.iop, "metadata.namespace") {
            "" => "istio-system",
            n => n,
        }
    }
    /// `spec.installPackagePath` (the `-d` directory), if set.
    pub fn install_package_path(&self) -> Option<&Path> {
        match tree::get_str(&self.iop, "spec.installPackagePath") {
            "" => None,
            p => Some(Path::new(p)),
        }
    }
    /// A dotted path lookup on the whole document.
    pub fn get(&self, path: &str) -> Option<&Value> {
        tree::get(&self.iop, path)
    }
    /// One plan per component instance, in render order.
    pub fn plans(&self) -> Result<Vec<ComponentPlan>, Error> {
        components::plan(self)
    }
}

/// Merges profile, files and `--set` flags into one validated IstioOperator.
/// `stdin` is read only when a file is `-`.
pub fn merge_inputs(inputs: &Inputs, stdin: &mut dyn Read) -> Result<MergedSpec, Error> {
    let mut warnings = Vec::new();
    let set_flags = inputs.all_set_flags();
    let user = user_layer(inputs, &set_flags, stdin, &mut warnings)?;
    let mut base = base_layer(inputs, &user, &set_flags)?;

    let user_values = tree::get(&user, "spec.values").cloned();
    let shared = user_values
        .as_ref()
        .map(|uv| shared_maps(tree::get(&base, "spec.values"), uv))
        .unwrap_or_default();
    tree::merge::deep_merge(&mut base, &user);
    translate_to_helm(&mut base);
    if let Some(mut v) = user_values.filter(Value::is_object) {
        // istioctl's merge hands the base a user map the base lacks by reference, so the
        // translation writes into the user's own values there and applying them again
        // changes nothing: `values.pilot.enabled=false` gives way to the pilot component's
        // enablement, `spec.meshConfig` wins over `values.meshConfig`, unless the profile
        // has those maps. Take such subtrees back from the translated base, where it wrote
        // into them rather than replacing them.
        let translated = tree::get(&base, "spec.values");
        for path in &shared {
            if let (Some(t), Some(slot)) = (at(translated, path), at_mut(&mut v, path))
                && t.is_object()
                && written_in_place(slot, t)
            {
                *slot = t.clone();
            }
        }
        tree::merge::deep_merge(&mut base, &json!({"spec": {"values": v}}));
    }

    // Whole-document validation (profiles from -d directories are user input too). istioctl
    // converts the merged tree only: the mesh config into its proto, the values into its values
    // API, refusing unknown values fields and wrong types, the translated ones included
    // (`spec.hub: "123"` becomes the number 123).
    let mut issues = validate::validate(&base);
    issues.extend(mesh_schema::check_iop(&base));
    if let Some(v) = tree::get(&base, "spec.values") {
        issues.extend(values_schema::check(v, "spec.values"));
    }
    report_issues(
        &issues,
        "the merged IstioOperator",
        inputs.force,
        &mut warnings,
    )?;

    // Unvalidated values apply after validation, as istioctl.
    if let Some(uv) = tree::get(&base, "spec.unvalidatedValues")
        .cloned()
        .filter(Value::is_object)
    {
        tree::merge::deep_merge(&mut base, &json!({"spec": {"values": uv}}));
    }
    Ok(MergedSpec {
        iop: base,
        warnings,
    })
}

/// The user layer: the `-f` files in order, then the `--set` flags.
fn user_layer(
    inputs: &Inputs,
    set_flags: &[String],
    stdin: &mut dyn Read,
    warnings: &mut Vec<String>,
) -> Result<Value, Error> {
    let mut user = json!({
        "apiVersion": "install.istio.io/v1alpha1",
        "kind": "IstioOperator",
        "metadata": {},
        "spec": {},
    });
    let n = inputs.files.len();
    for (i, f) in inputs.files.iter().enumerate() {
        let (source, text) = read_input_file(f, i + 1 == n, stdin)?;
        let mut doc = parse_iop_file(&source, &text)?;
        let issues = validate::validate(&doc);
        report_issues(&issues, &source, inputs.force, warnings)?;
        if doc.get("spec").is_some_and(Value::is_null)
            && let Some(m) = doc.as_object_mut()
        {
            m.remove("spec");
        }
        tree::merge::deep_merge(&mut user, &doc);
    }
    for raw in set_flags {
        apply_set_flag(&mut user, raw, inputs.force, warnings)?;
    }
    Ok(user)
}

/// One `-f` file's name and text; `-` is stdin, allowed only as the last file.
fn read_input_file(
    f: &Path,
    is_last: bool,
    stdin: &mut dyn Read,
) -> Result<(String, String), Error> {
    if f.as_os_str() != "-" {
        return Ok((f.display().to_string(), crate::files::read_file(f)?));
    }
    if !is_last {
        return Err(Error::usage(
            "stdin (-) is only allowed as the last -f filename",
        ));
    }
    Ok(("-".to_string(), crate::files::read_stdin(stdin)?))
}

/// Applies one `--set` flag to the user layer; a path istioctl would reject is an error,
/// or a warning under `--force`.
fn apply_set_flag(
    user: &mut Value,
    raw: &str,
    force_flag: Option<bool>,
    warnings: &mut Vec<String>,
) -> Result<(), Error> {
    let flag = setflag::parse_flag(raw)
        .map_err(|e| Error::usage(format!("invalid --set {raw:?}: {e}")).hint(SET_HINT))?;
    if let Some(issue) = validate::check_set_path(&flag.path) {
        let msg = format!(
            "invalid --set {raw:?}: spec.{}: {}",
            issue.path, issue.message
        );
        if force_flag.unwrap_or(false) {
            warnings.push(msg);
        } else {
            let mut e = Error::usage(msg);
            if let Some(s) = &issue.suggestion {
                e = e.hint(format!("did you mean {s:?}?"));
            }
            e = e.hint(SET_HINT);
            if force_flag.is_some() {
                e = e.hint("use --force to continue anyway");
            }
            return Err(e);
        }
    }
    let spec = user
        .as_object_mut()
        .expect("user layer is a map")
        .entry("spec")
        .or_insert_with(|| json!({}));
    setflag::set_path(spec, &flag.path, flag.value)
        .map_err(|e| Error::usage(format!("invalid --set {raw:?}: {e}")).hint(SET_HINT))
}

/// The base layer: the default profile, the selected profile over it, the cluster's
/// settings, and the compiled-in hub and tag.
fn base_layer(inputs: &Inputs, user: &Value, set_flags: &[String]) -> Result<Value, Error> {
    let source = ProfileSource::from_dir(
        Some(Path::new(tree::get_str(user, "spec.installPackagePath")))
            .filter(|p| !p.as_os_str().is_empty()),
    );
    let profile = match tree::get_str(user, "spec.profile") {
        "" => "default".to_string(),
        p => p.to_string(),
    };
    let mut base = source.read("default")?;
    if profile != "default" {
        let top = match source.read(&profile) {
            Ok(top) => top,
            // A profile named in a file is bad input data; on the command line, a usage error.
            Err(e @ profiles::ProfileError::Unknown { .. }) => {
                let from_set = set_flags
                    .iter()
                    .any(|s| s.trim_start().starts_with("profile="));
                let mut e = Error::from(e);
                if !from_set {
                    e.kind = crate::error::Kind::Data;
                }
                return Err(e);
            }
            Err(e) => return Err(e.into()),
        };
        tree::merge::deep_merge(&mut base, &top);
    }
    for raw in &inputs.cluster_settings {
        let flag = setflag::parse_flag(raw)
            .map_err(|e| Error::general(format!("cluster setting {raw:?}: {e}")))?;
        let spec = base
            .as_object_mut()
            .expect("profiles are maps")
            .entry("spec")
            .or_insert_with(|| json!({}));
        setflag::set_path(spec, &flag.path, flag.value)
            .map_err(|e| Error::general(format!("cluster setting {raw:?}: {e}")))?;
    }
    tree::set(&mut base, "spec.hub", Value::from(DEFAULT_HUB));
    tree::set(&mut base, "spec.tag", Value::from(DEFAULT_TAG));
    Ok(base)
}

/// The key paths (under `spec.values`) of the user's maps that istioctl's merge shares with
/// the base instead of merging key by key: the outermost ones the base has no map for.
fn shared_maps(base: Option<&Value>, user: &Value) -> Vec<Vec<String>> {
    fn walk(
        base: Option<&Value>,
        user: &Value,
        path: &mut Vec<String>,
        out: &mut Vec<Vec<String>>,
    ) {
        let Value::Object(u) = user else {
            return;
        };
        let Some(Value::Object(b)) = base else {
            out.push(path.clone());
            return;
        };
        for (k, x) in u {
            path.push(k.clone());
            walk(b.get(k), x, path, out);
            path.pop();
        }
    }
    let mut out = Vec::new();
    walk(base, user, &mut Vec::new(), &mut out);
    out
}

/// Whether the map `after` can be the user's map `user` written into in place: any value
/// may have been set over, but none of the user's non-maps became a map (istioctl fails
/// going through one instead).
fn written_in_place(user: &Value, after: &Value) -> bool {
    match (user, after) {
        (Value::Object(u), Value::Object(a)) => u
            .iter()
            .all(|(k, x)| a.get(k).is_some_and(|y| written_in_place(x, y))),
        (_, Value::Object(_)) => false,
        _ => true,
    }
}

fn at<'a>(v: Option<&'a Value>, path: &[String]) -> Option<&'a Value> {
    path.iter().try_fold(v?, |v, k| v.get(k))
}

fn at_mut<'a>(v: &'a mut Value, path: &[String]) -> Option<&'a mut Value> {
    path.iter().try_fold(v, |v, k| v.get_mut(k))
}

const SET_HINT: &str = "--set takes PATH=VALUE with PATH relative to spec, e.g. --set values.global.hub=my.hub or --set components.ingressGateways[0].enabled=false";

/// Parses one `-f` file: exactly one IstioOperator map.
fn parse_iop_file(source: &str, text: &str) -> Result<Value, Error> {
    let docs = crate::yaml::parse_stream(source, text)?;
    let mut docs = docs.into_iter().filter(|d| !d.is_empty());
    let Some(first) = docs.next() else {
        return Ok(json!({}));
    };
    if let Some(second) = docs.next() {
        return Err(Error::data(format!(
            "{source}:{}: contains multiple IstioOperator documents; only one per file is supported",
            second.line
        ))
        .hint("split the documents into separate files and pass each with -f"));
    }
    match first.value {
        Value::Object(_) => Ok(first.value),
        other => Err(Error::data(format!(
            "{source}:{}: expected an IstioOperator (a YAML map), got {}",
            first.line,
            match other {
                Value::Array(_) => "a list",
                Value::String(_) => "a string",
                _ => "a scalar",
            }
        ))),
    }
}

/// The settings istioctl derives from the cluster's Kubernetes version string
/// (`GitVersion`, e.g. `v1.30.2-gke.1587003`): GKE needs the CNI in kube-system.
pub fn cluster_settings_for_version(git_version: &str) -> Vec<String> {
    if git_version.contains("-gke") {
        vec!["components.cni.namespace=kube-system".into()]
    } else {
        Vec::new()
    }
}

/// Turns validation issues into an error (or warnings under --force).
fn report_issues(
    issues: &[validate::Issue],
    source: &str,
    force: Option<bool>,
    warnings: &mut Vec<String>,
) -> Result<(), Error> {
    if issues.is_empty() {
        return Ok(());
    }
    let line = |i: &validate::Issue| format!("{source}: {}: {}", i.path, i.message);
    if force == Some(true) {
        warnings.extend(issues.iter().map(line));
        return Ok(());
    }
    let first = &issues[0];
    let mut msg = line(first);
    if issues.len() > 1 {
        msg.push_str(&format!(" (and {} more)", issues.len() - 1));
    }
    let mut e = Error::data(msg);
    if let Some(s) = &first.suggestion {
        e = e.hint(format!("did you mean {s:?}?"));
    }
    for other in issues.iter().skip(1).take(4) {
        e = e.hint(line(other));
    }
    if force.is_some() {
        e = e.hint("use --force to continue anyway");
    }
    Err(e)
}

/// istioctl's translateIstioOperatorToHelm: top-level settings into the Helm values tree.
fn translate_to_helm(iop: &mut Value) {
    for (from, to) in [
        ("spec.hub", "global.hub"),
        ("spec.tag", "global.tag"),
        ("spec.revision", "revision"),
        ("spec.meshConfig", "meshConfig"),
        ("spec.compatibilityVersion", "compatibilityVersion"),
    ] {
        let Some(v) = tree::get(iop, from).cloned() else {
            continue;
        };
        match v {
            Value::Object(_) => {
                tree::merge::deep_merge(iop, &json!({"spec": {"values": {"meshConfig": v}}}))
            }
            other => {
                // istioctl formats the value and re-reads it as a --set flag.
                let text = tree::go_format(&other);
                let full = format!("spec.values.{to}");
                let typed = if full.starts_with("spec.values.compatibilityVersion") {
                    Value::String(text)
                } else {
                    setflag::parse_value(&text)
                };
                ensure_map(iop, "spec.values");
                tree::set(iop, &full, typed);
            }
        }
    }
    let pilot = tree::get_bool(iop, "spec.components.pilot.enabled");
    let cni = tree::get_bool(iop, "spec.components.cni.enabled");
    ensure_map(iop, "spec.values");
    tree::set(iop, "spec.values.pilot.enabled", Value::Bool(pilot));
    tree::set(iop, "spec.values.pilot.cni.enabled", Value::Bool(cni));
    let ns = tree::get_str(iop, "spec.values.global.istioNamespace").to_string();
    if !ns.is_empty() {
        tree::set(iop, "metadata.namespace", Value::String(ns));
    }
}

fn ensure_map(iop: &mut Value, path: &str) {
    if !tree::get(iop, path).is_some_and(Value::is_object) {
        tree::set(iop, path, Value::Object(Map::new()));
    }
}

#[cfg(test)]
mod tests;
