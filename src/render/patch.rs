//! Applying `components.*.k8s` settings to rendered objects, as istioctl does: each setting
//! becomes a strategic merge patch on one object (the component's Deployment/DaemonSet, its
//! Service, HPA or PDB), and `overlays` edit objects by istioctl's path syntax.

use crate::error::Error;
use crate::tree::strategic;
use serde_json::{Map, Value, json};

/// Where a component's k8s settings land.
pub struct Target<'a> {
    /// `Deployment` or `DaemonSet`.
    pub kind: &'a str,
    /// The workload (and its Service/HPA/PDB) name.
    pub name: &'a str,
    /// The main container's name.
    pub container: &'a str,
}

fn find<'a>(objects: &'a mut [Value], kind: &str, name: &str) -> Option<&'a mut Value> {
    objects.iter_mut().find(|o| {
        o.get("kind").and_then(Value::as_str) == Some(kind)
            && o.pointer("/metadata/name").and_then(Value::as_str) == Some(name)
    })
}

const TOLERATION_FIELDS: &[&str] = &["key", "operator", "value", "effect", "tolerationSeconds"];
const K8S_FIELDS: &[&str] = &[
    "affinity",
    "env",
    "hpaSpec",
    "imagePullPolicy",
    "nodeSelector",
    "podDisruptionBudget",
    "podAnnotations",
    "priorityClassName",
    "readinessProbe",
    "replicaCount",
    "resources",
    "strategy",
    "tolerations",
    "serviceAnnotations",
    "service",
    "securityContext",
    "volumes",
    "volumeMounts",
    "overlays",
];

/// A malformed `tolerations` list (the caller says where it sits in the input).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TolerationError {
    #[error("{path}: expected a list of tolerations")]
    NotAList { path: String },
    #[error("{path}[{index}]: expected a toleration (a map)")]
    NotAMap { path: String, index: usize },
    #[error("{path}[{index}]: unknown field {field:?} (a toleration has {})", TOLERATION_FIELDS.join(", "))]
    UnknownField {
        path: String,
        index: usize,
        field: String,
    },
}

/// Checks a list of tolerations against the Kubernetes Toleration fields.
pub fn check_tolerations(path: &str, v: &Value) -> Result<(), TolerationError> {
    let Some(items) = v.as_array() else {
        return if v.is_null() {
            Ok(())
        } else {
            Err(TolerationError::NotAList { path: path.into() })
        };
    };
    for (index, t) in items.iter().enumerate() {
        let Some(m) = t.as_object() else {
            return Err(TolerationError::NotAMap {
                path: path.into(),
                index,
            });
        };
        if let Some(k) = m.keys().find(|k| !TOLERATION_FIELDS.contains(&k.as_str())) {
            return Err(TolerationError::UnknownField {
                path: path.into(),
                index,
                field: k.clone(),
            });
        }
    }
    Ok(())
}

/// Checks a component's `k8s` block the way istioctl's typed decoding does (unknown
/// settings, malformed tolerations).
pub fn check_k8s(path: &str, k8s: &Value) -> Result<(), Error> {
    let Some(k) = k8s.as_object() else {
        return if k8s.is_null() {
            Ok(())
        } else {
            Err(Error::data(format!(
                "could not unmarshal {path}: expected a map"
            )))
        };
    };
    if let Some(bad) = k.keys().find(|f| !K8S_FIELDS.contains(&f.as_str())) {
        return Err(
            Error::data(format!("could not unmarshal {path}: unknown field {bad:?}"))
                .hint(format!("{path} accepts: {}", K8S_FIELDS.join(", "))),
        );
    }
    if let Some(t) = k.get("tolerations") {
        check_tolerations(&format!("{path}.tolerations"), t)
            .map_err(|e| Error::data(format!("could not unmarshal {e}")))?;
    }
    Ok(())
}

/// Applies the `k8s` block of a component to its rendered objects.
pub fn apply_k8s(objects: &mut [Value], k8s: &Value, target: Option<&Target>) -> Result<(), Error> {
    let Some(k) = k8s.as_object() else {
        return Ok(());
    };
    if let Some(t) = target {
        let c = t.container;
        // (setting, kind, patch builder) in istioctl's set of k8s settings.
        type Build = fn(&str, &Value) -> Value;
        let table: &[(&str, &str, Build)] = &[
            (
                "affinity",
                "W",
                |_, v| json!({"spec":{"template":{"spec":{"affinity": v}}}}),
            ),
            (
                "env",
                "W",
                |c, v| json!({"spec":{"template":{"spec":{"containers":[{"name": c, "env": v}]}}}}),
            ),
            (
                "hpaSpec",
                "HorizontalPodAutoscaler",
                |_, v| json!({"spec": v}),
            ),
            (
                "imagePullPolicy",
                "W",
                |c, v| json!({"spec":{"template":{"spec":{"containers":[{"name": c, "imagePullPolicy": v}]}}}}),
            ),
            (
                "nodeSelector",
                "W",
                |_, v| json!({"spec":{"template":{"spec":{"nodeSelector": v}}}}),
            ),
            (
                "podDisruptionBudget",
                "PodDisruptionBudget",
                |_, v| json!({"spec": v}),
            ),
            (
                "podAnnotations",
                "W",
                |_, v| json!({"spec":{"template":{"metadata":{"annotations": v}}}}),
            ),
            (
                "priorityClassName",
                "W",
                |_, v| json!({"spec":{"template":{"spec":{"priorityClassName": v}}}}),
            ),
            (
                "readinessProbe",
                "W",
                |c, v| json!({"spec":{"template":{"spec":{"containers":[{"name": c, "readinessProbe": v}]}}}}),
            ),
            ("replicaCount", "W", |_, v| json!({"spec":{"replicas": v}})),
            (
                "resources",
                "W",
                |c, v| json!({"spec":{"template":{"spec":{"containers":[{"name": c, "resources": v}]}}}}),
            ),
            ("strategy", "W", |_, v| json!({"spec":{"strategy": v}})),
            (
                "tolerations",
                "W",
                |_, v| json!({"spec":{"template":{"spec":{"tolerations": v}}}}),
            ),
            (
                "serviceAnnotations",
                "Service",
                |_, v| json!({"metadata":{"annotations": v}}),
            ),
            ("service", "Service", |_, v| json!({"spec": v})),
            (
                "securityContext",
                "W",
                |_, v| json!({"spec":{"template":{"spec":{"securityContext": v}}}}),
            ),
            (
                "volumes",
                "W",
                |_, v| json!({"spec":{"template":{"spec":{"volumes": v}}}}),
            ),
            (
                "volumeMounts",
                "W",
                |c, v| json!({"spec":{"template":{"spec":{"containers":[{"name": c, "volumeMounts": v}]}}}}),
            ),
        ];
        for (field, kind, build) in table {
            let Some(v) = k.get(*field).filter(|v| !v.is_null()) else {
                continue;
            };
            if v.as_object().is_some_and(Map::is_empty) || v.as_array().is_some_and(Vec::is_empty) {
                continue;
            }
            let kind = if *kind == "W" { t.kind } else { kind };
            if let Some(obj) = find(objects, kind, t.name) {
                strategic::merge_into(obj, &build(c, v), strategic::PATCH);
            }
        }
    }
    if let Some(overlays) = k.get("overlays").and_then(Value::as_array) {
        for ov in overlays {
            apply_overlay(objects, ov)?;
        }
    }
    Ok(())
}

/// One `k8s.overlays` entry: `{apiVersion?, kind, name, patches: [{path, value}]}`.
pub fn apply_overlay(objects: &mut [Value], ov: &Value) -> Result<(), Error> {
    let kind = ov.get("kind").and_then(Value::as_str).unwrap_or("");
    let name = ov.get("name").and_then(Value::as_str).unwrap_or("");
    let api = ov.get("apiVersion").and_then(Value::as_str).unwrap_or("");
    for obj in objects.iter_mut() {
        let ok = obj.get("kind").and_then(Value::as_str) == Some(kind)
            && obj.pointer("/metadata/name").and_then(Value::as_str) == Some(name)
            && (api.is_empty() || obj.get("apiVersion").and_then(Value::as_str) == Some(api));
        if !ok {
            continue;
        }
        for p in ov
            .get("patches")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let path = p.get("path").and_then(Value::as_str).unwrap_or("");
            let mut value = p.get("value").cloned().unwrap_or(Value::Null);
            // A multi-line string holding a YAML map or list is that structure (istioctl).
            if let Some(text) = value.as_str().filter(|t| t.contains('\n'))
                && let Ok(v @ (Value::Object(_) | Value::Array(_))) =
                    crate::yaml::parse_single("overlay", text)
            {
                value = v;
            }
            apply_path(obj, path, value).map_err(|e| {
                Error::data(format!("k8s.overlays: {kind}/{name}: path {path:?}: {e}"))
            })?;
        }
    }
    Ok(())
}

/// Splits istioctl's overlay path (`a.b.[name:x].c.[0]`) into segments; dots inside
/// brackets do not split.
pub fn split_path(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut depth = 0;
    for ch in path.chars() {
        match ch {
            '[' => {
                depth += 1;
                cur.push(ch);
            }
            ']' => {
                depth -= 1;
                cur.push(ch);
            }
            '.' if depth == 0 => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            _ => cur.push(ch),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

enum Seg {
    Key(String),
    Index(usize),
    Match(String, String),
    Scalar(String),
}

fn parse_seg(s: &str) -> Seg {
    if let Some(inner) = s.strip_prefix('[').and_then(|x| x.strip_suffix(']')) {
        if let Ok(i) = inner.parse::<usize>() {
            return Seg::Index(i);
        }
        let unescape = |x: &str| x.replace("\\.", ".");
        if let Some((k, v)) = inner.split_once(':') {
            let v = v.trim().trim_matches('"').trim_matches('\'');
            return Seg::Match(k.trim().to_string(), unescape(v));
        }
        return Seg::Scalar(unescape(inner));
    }
    Seg::Key(s.to_string())
}

fn scalar_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn matches_value(v: &str, pat: &str) -> bool {
    match pat.strip_suffix('*') {
        Some(prefix) => v.starts_with(prefix),
        None => v == pat,
    }
}

/// Why an overlay path cannot be applied (the caller says which overlay).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OverlayPathError {
    #[error("empty path")]
    Empty,
    #[error("{0}: not a map")]
    NotAMap(String),
    #[error("not a list")]
    NotAList,
}

/// Sets (or with a null value, deletes) the node at an overlay path.
pub fn apply_path(root: &mut Value, path: &str, value: Value) -> Result<(), OverlayPathError> {
    let segs: Vec<Seg> = split_path(path).iter().map(|s| parse_seg(s)).collect();
    if segs.is_empty() {
        return Err(OverlayPathError::Empty);
    }
    set_at(root, &segs, value)
}

fn set_at(node: &mut Value, segs: &[Seg], value: Value) -> Result<(), OverlayPathError> {
    let last = segs.len() == 1;
    match &segs[0] {
        Seg::Key(k) => {
            if node.is_null() {
                *node = Value::Object(Map::new());
            }
            let m = node
                .as_object_mut()
                .ok_or_else(|| OverlayPathError::NotAMap(k.clone()))?;
            if last {
                if value.is_null() {
                    m.remove(k);
                } else {
                    m.insert(k.clone(), value);
                }
                return Ok(());
            }
            if value.is_null() && !m.contains_key(k) {
                // Deleting below a missing node changes nothing.
                return Ok(());
            }
            let child = m.entry(k.clone()).or_insert(Value::Null);
            if child.is_null() {
                *child = match segs[1] {
                    Seg::Key(_) => Value::Object(Map::new()),
                    _ => Value::Array(Vec::new()),
                };
            }
            set_at(child, &segs[1..], value)
        }
        seg => {
            let l = node.as_array_mut().ok_or(OverlayPathError::NotAList)?;
            let idx = match seg {
                Seg::Index(i) => Some(*i),
                Seg::Match(k, v) => l
                    .iter()
                    .position(|e| e.get(k).is_some_and(|x| matches_value(&scalar_str(x), v))),
                Seg::Scalar(v) => l.iter().position(|e| matches_value(&scalar_str(e), v)),
                // Handled by the arm above; a key never selects a list item.
                Seg::Key(_) => None,
            };
            match idx {
                Some(i) if i < l.len() => {
                    if last {
                        if value.is_null() {
                            l.remove(i);
                        } else {
                            l[i] = value;
                        }
                        Ok(())
                    } else {
                        set_at(&mut l[i], &segs[1..], value)
                    }
                }
                Some(_) if last && !value.is_null() => {
                    l.push(value);
                    Ok(())
                }
                // Like istioctl, a path selecting nothing changes nothing.
                _ => Ok(()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strategic_merge(orig: &mut Value, patch: &Value) {
        strategic::merge_into(orig, patch, strategic::PATCH);
    }

    #[test]
    fn env_merge_keeps_apimachinery_order() {
        let mut o = json!({"spec":{"template":{"spec":{"containers":[{"name":"d","env":[
            {"name":"A","value":"1"},{"name":"B","value":"2"},{"name":"P","value":"x"},{"name":"C","value":"3"}]}]}}}});
        let p = json!({"spec":{"template":{"spec":{"containers":[{"name":"d","env":[
            {"name":"P","value":"y"},{"name":"N1","value":"n"},{"name":"N2","value":"m"}]}]}}}});
        strategic_merge(&mut o, &p);
        let names: Vec<&str> = o
            .pointer("/spec/template/spec/containers/0/env")
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, ["A", "B", "P", "N1", "N2", "C"]);
        assert_eq!(
            o.pointer("/spec/template/spec/containers/0/env/2/value")
                .unwrap(),
            "y"
        );
    }

    #[test]
    fn tolerations_replace_and_null_deletes() {
        let mut o = json!({"spec":{"tolerations":[{"key":"a"}],"x":1}});
        strategic_merge(
            &mut o,
            &json!({"spec":{"tolerations":[{"key":"b"}],"x":null}}),
        );
        assert_eq!(o, json!({"spec":{"tolerations":[{"key":"b"}]}}));
    }

    #[test]
    fn overlay_paths() {
        let mut o =
            json!({"spec":{"template":{"spec":{"containers":[{"name":"a","args":["x","y"]}]}}}});
        apply_path(
            &mut o,
            "spec.template.spec.containers.[name:a].args.[1]",
            json!("z"),
        )
        .unwrap();
        apply_path(
            &mut o,
            "spec.template.spec.containers.[name:a].image",
            json!("img"),
        )
        .unwrap();
        apply_path(
            &mut o,
            "spec.template.spec.containers.[name:a].args.[x]",
            Value::Null,
        )
        .unwrap();
        apply_path(&mut o, "spec.nothing.here", Value::Null).unwrap();
        assert_eq!(
            o,
            json!({"spec":{"template":{"spec":{"containers":[{"name":"a","args":["z"],"image":"img"}]}}}})
        );
    }
}
