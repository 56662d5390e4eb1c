//! IstioOperator structure checks: unknown fields (with the nearest valid key), wrong types,
//! and the few value checks istioctl makes (revision, tag, gateway names).
//!
//! `values`, `meshConfig` and `unvalidatedValues` are free-form here, as in istioctl, which
//! passes them to the charts; Kubernetes settings under `k8s` are checked one level deep.

use super::setflag::Segment;
use serde_json::Value;

/// What a node of the IstioOperator schema holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Root,
    Metadata,
    Spec,
    Components,
    BaseComponent,
    Component,
    GatewayList,
    Gateway,
    K8s,
    Free,
    Str,
    Bool,
    /// A string or a number (`tag: 1.30` is accepted).
    Scalar,
    Int,
    StrMap,
}

fn fields(kind: Kind) -> &'static [(&'static str, Kind)] {
    use Kind::*;
    match kind {
        Root => &[
            ("apiVersion", Str),
            ("kind", Str),
            ("metadata", Metadata),
            ("spec", Spec),
        ],
        Metadata => &[
            ("name", Str),
            ("namespace", Str),
            ("generateName", Str),
            ("labels", StrMap),
            ("annotations", StrMap),
            ("uid", Str),
            ("resourceVersion", Str),
            ("generation", Int),
            ("creationTimestamp", Free),
            ("deletionTimestamp", Free),
            ("deletionGracePeriodSeconds", Int),
            ("ownerReferences", Free),
            ("finalizers", Free),
            ("managedFields", Free),
            ("selfLink", Str),
        ],
        Spec => &[
            ("profile", Str),
            ("installPackagePath", Str),
            ("hub", Str),
            ("tag", Scalar),
            ("namespace", Str),
            ("revision", Str),
            ("compatibilityVersion", Str),
            ("meshConfig", Free),
            ("components", Components),
            ("values", Free),
            ("unvalidatedValues", Free),
        ],
        Components => &[
            ("base", BaseComponent),
            ("pilot", Component),
            ("cni", Component),
            ("ztunnel", Component),
            ("istiodRemote", Component),
            ("ingressGateways", GatewayList),
            ("egressGateways", GatewayList),
            ("gateway", Component),
        ],
        BaseComponent => &[("enabled", Bool), ("k8s", K8s)],
        Component => &[
            ("enabled", Bool),
            ("namespace", Str),
            ("hub", Str),
            ("tag", Scalar),
            ("k8s", K8s),
        ],
        Gateway => &[
            ("enabled", Bool),
            ("namespace", Str),
            ("hub", Str),
            ("tag", Scalar),
            ("k8s", K8s),
            ("name", Str),
            ("label", StrMap),
        ],
        K8s => &[
            ("affinity", Free),
            ("env", Free),
            ("hpaSpec", Free),
            ("imagePullPolicy", Str),
            ("nodeSelector", StrMap),
            ("podDisruptionBudget", Free),
            ("podAnnotations", StrMap),
            ("priorityClassName", Str),
            ("readinessProbe", Free),
            ("replicaCount", Int),
            ("resources", Free),
            ("service", Free),
            ("strategy", Free),
            ("tolerations", Free),
            ("serviceAnnotations", StrMap),
            ("securityContext", Free),
            ("volumes", Free),
            ("volumeMounts", Free),
            ("overlays", Free),
        ],
        GatewayList | Free | Str | Bool | Scalar | Int | StrMap => &[],
    }
}

/// One problem found in an IstioOperator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// Where, as a dotted path from the document root (`spec.components.pilot.enabeld`).
    pub path: String,
    pub message: String,
    /// The nearest valid key, for unknown fields.
    pub suggestion: Option<String>,
}

impl Issue {
    pub fn unknown_field(&self) -> bool {
        self.suggestion.is_some() || self.message.starts_with("unknown field")
    }
}

/// Checks a whole IstioOperator document (the merged tree or one input file).
pub fn validate(iop: &Value) -> Vec<Issue> {
    let mut issues = Vec::new();
    walk(iop, Kind::Root, String::new(), &mut issues);
    if issues.is_empty() {
        values_checks(iop, &mut issues);
    }
    issues
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a map",
    }
}

fn walk(v: &Value, kind: Kind, path: String, out: &mut Vec<Issue>) {
    if v.is_null() {
        return;
    }
    let bad_type = |want: &str, out: &mut Vec<Issue>| {
        out.push(Issue {
            path: path.clone(),
            message: format!("expected {want}, got {}", type_name(v)),
            suggestion: None,
        })
    };
    match kind {
        Kind::Free => {}
        Kind::Str => {
            if !v.is_string() {
                bad_type("a string", out)
            }
        }
        Kind::Bool => {
            if !v.is_boolean() {
                bad_type("a boolean (true or false)", out)
            }
        }
        Kind::Scalar => {
            if !(v.is_string() || v.is_number()) {
                bad_type("a string or a number", out)
            }
        }
        Kind::Int => {
            if !(v.is_u64() || v.is_i64()) {
                bad_type("an integer", out)
            }
        }
        Kind::StrMap => match v.as_object() {
            None => bad_type("a map of strings", out),
            Some(m) => {
                for (k, x) in m {
                    if !(x.is_string() || x.is_null()) {
                        walk(x, Kind::Str, join(&path, k), out);
                    }
                }
            }
        },
        Kind::GatewayList => match v.as_array() {
            None => bad_type("a list of gateways", out),
            Some(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(item, Kind::Gateway, format!("{path}[{i}]"), out);
                }
            }
        },
        _ => match v.as_object() {
            None => bad_type("a map", out),
            Some(m) => {
                let known = fields(kind);
                for (k, x) in m {
                    match known.iter().find(|(name, _)| name == k) {
                        Some((_, child)) => walk(x, *child, join(&path, k), out),
                        None => out.push(Issue {
                            path: join(&path, k),
                            message: format!("unknown field {k:?}"),
                            suggestion: nearest(k, known.iter().map(|(n, _)| *n)),
                        }),
                    }
                }
            }
        },
    }
}

/// Checks a `--set` path (relative to `spec`) against the schema before it is applied.
/// Returns the issue for the first segment that cannot exist.
pub fn check_set_path(path: &[Segment]) -> Option<Issue> {
    let mut kind = Kind::Spec;
    let mut shown = String::new();
    for seg in path {
        match seg {
            Segment::Key(k) => {
                let here = join(&shown, k);
                match kind {
                    Kind::Free => return None,
                    Kind::GatewayList => {
                        return Some(Issue {
                            path: here,
                            message: format!(
                                "{shown} is a list; select an element with [N] or [name:NAME]"
                            ),
                            suggestion: None,
                        });
                    }
                    Kind::Str | Kind::Bool | Kind::Scalar | Kind::Int => {
                        return Some(Issue {
                            path: here,
                            message: format!("{shown} holds a single value and has no field {k:?}"),
                            suggestion: None,
                        });
                    }
                    Kind::StrMap => kind = Kind::Str,
                    _ => {
                        let known = fields(kind);
                        match known.iter().find(|(name, _)| name == k) {
                            Some((_, child)) => kind = *child,
                            None => {
                                return Some(Issue {
                                    path: here,
                                    message: format!("unknown field {k:?}"),
                                    suggestion: nearest(k, known.iter().map(|(n, _)| *n)),
                                });
                            }
                        }
                    }
                }
                shown = here;
            }
            Segment::Index(_) | Segment::Select(..) => {
                shown.push_str(&seg.to_string());
                match kind {
                    Kind::GatewayList => kind = Kind::Gateway,
                    Kind::Free => return None,
                    _ => {
                        return Some(Issue {
                            path: shown,
                            message: "a list index is used on a field that is not a list".into(),
                            suggestion: None,
                        });
                    }
                }
            }
        }
    }
    None
}

/// The candidate closest to `word` by edit distance (case-insensitive), if reasonably close.
pub fn nearest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<String> {
    let lw = word.to_lowercase();
    candidates
        .map(|c| (edit_distance(&lw, &c.to_lowercase()), c))
        .filter(|(d, c)| *d <= (c.len().max(word.len()) / 2).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c.to_string())
}

/// Levenshtein distance over chars.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Value checks istioctl makes on the typed spec.
fn values_checks(iop: &Value, out: &mut Vec<Issue>) {
    let spec = iop.get("spec");
    let get = |k: &str| spec.and_then(|s| s.get(k));
    if let Some(rev) = get("revision").and_then(Value::as_str)
        && !rev.is_empty()
        && !is_dns1123_label(rev)
    {
        out.push(Issue {
            path: "spec.revision".into(),
            message: format!(
                "invalid revision specified: {rev} (must be a DNS-1123 label: lower case letters, digits and '-')"
            ),
            suggestion: None,
        });
    }
    if let Some(tag) = get("tag").filter(|t| !t.is_null()) {
        let t = crate::tree::go_format(tag);
        if !is_valid_tag(&t) {
            out.push(Issue {
                path: "spec.tag".into(),
                message: format!("bad tag: {t:?} is not a valid image tag"),
                suggestion: None,
            });
        }
    }
    if let Some(hub) = get("hub").and_then(Value::as_str)
        && !hub.is_empty()
        && !is_valid_hub(hub)
    {
        out.push(Issue {
            path: "spec.hub".into(),
            message: format!("bad hub: {hub:?} is not a valid image repository"),
            suggestion: None,
        });
    }
    for list in ["ingressGateways", "egressGateways"] {
        let gws = get("components")
            .and_then(|c| c.get(list))
            .and_then(Value::as_array);
        for (i, gw) in gws.into_iter().flatten().enumerate() {
            if let Some(name) = gw.get("name").and_then(Value::as_str)
                && !name.is_empty()
                && !name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-')
            {
                out.push(Issue {
                    path: format!("spec.components.{list}[{i}].name"),
                    message: format!(
                        "invalid gateway name {name:?} (lower case letters, digits, '.' and '-')"
                    ),
                    suggestion: None,
                });
            }
        }
    }
}

fn is_dns1123_label(s: &str) -> bool {
    s.len() <= 63
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

fn is_valid_tag(t: &str) -> bool {
    let mut cs = t.chars();
    matches!(cs.next(), Some(c) if c.is_ascii_alphanumeric() || c == '_')
        && t.len() <= 128
        && cs.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
}

fn is_valid_hub(h: &str) -> bool {
    // Registry host (may carry a port and upper case) then lower-case repository components.
    let mut parts = h.split('/');
    let first = parts.next().unwrap_or("");
    let component_ok = |p: &str| {
        !p.is_empty()
            && p.chars().all(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-')
            })
    };
    let host_ok = !first.is_empty()
        && first
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '_'));
    host_ok && parts.all(component_ok)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operator::setflag::parse_path;
    use serde_json::json;

    #[test]
    fn unknown_fields_with_suggestions() {
        let iop = json!({"apiVersion": "x", "kind": "IstioOperator",
            "spec": {"profle": "demo", "components": {"pilot": {"enabeld": true}}}});
        let issues = validate(&iop);
        assert_eq!(issues.len(), 2, "{issues:?}");
        assert_eq!(issues[0].path, "spec.profle");
        assert_eq!(issues[0].suggestion.as_deref(), Some("profile"));
        assert_eq!(issues[1].path, "spec.components.pilot.enabeld");
        assert_eq!(issues[1].suggestion.as_deref(), Some("enabled"));
    }

    #[test]
    fn types_checked() {
        let iop = json!({"spec": {"components": {"pilot": {"enabled": "yes"},
            "ingressGateways": {"name": "x"}}}});
        let issues = validate(&iop);
        assert_eq!(issues.len(), 2, "{issues:?}");
    }

    #[test]
    fn values_are_free_form() {
        let iop = json!({"spec": {"values": {"anything": {"goes": 1}}, "meshConfig": {"x": 1}}});
        assert!(validate(&iop).is_empty());
    }

    #[test]
    fn value_checks() {
        let iop =
            json!({"spec": {"revision": "Bad_Rev", "tag": "1.30.3", "hub": "docker.io/istio"}});
        let issues = validate(&iop);
        assert_eq!(issues.len(), 1, "{issues:?}");
        assert_eq!(issues[0].path, "spec.revision");
        assert!(validate(&json!({"spec": {"hub": "Docker.io/Istio"}})).len() == 1);
        assert!(validate(&json!({"spec": {"tag": 1.3}})).is_empty());
    }

    #[test]
    fn set_paths() {
        let ok = [
            "profile",
            "values.anything.x",
            "components.ingressGateways[0].enabled",
            "components.ingressGateways.[name:x].k8s.resources.requests.cpu",
            "meshConfig.a.b",
            "components.pilot.k8s.nodeSelector.zone",
        ];
        for p in ok {
            assert!(check_set_path(&parse_path(p).unwrap()).is_none(), "{p}");
        }
        let i = check_set_path(&parse_path("componets.pilot.enabled").unwrap()).unwrap();
        assert_eq!(i.path, "componets");
        assert_eq!(i.suggestion.as_deref(), Some("components"));
        let i = check_set_path(&parse_path("components.pilot.enable").unwrap()).unwrap();
        assert_eq!(i.suggestion.as_deref(), Some("enabled"));
        assert!(
            check_set_path(&parse_path("components.ingressGateways.enabled").unwrap()).is_some()
        );
        assert!(check_set_path(&parse_path("profile.x").unwrap()).is_some());
        assert!(check_set_path(&parse_path("components.pilot[0]").unwrap()).is_some());
    }

    #[test]
    fn distances() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(
            nearest("hubb", ["hub", "tag"].into_iter()).as_deref(),
            Some("hub")
        );
        assert_eq!(nearest("zzzzzzzz", ["hub", "tag"].into_iter()), None);
    }
}
