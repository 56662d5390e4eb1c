//! Helpers shared by analyzers: globbing, label selectors, host names, export scopes.

use super::snapshot::Resource;
use serde_json::{Map, Value};

static NULL: Value = Value::Null;

pub const DEFAULT_DOMAIN: &str = "svc.cluster.local";

/// `*` matches any run of characters (including none).
pub fn glob(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    let mut rest = text;
    for (i, p) in parts.iter().enumerate() {
        if i == 0 {
            match rest.strip_prefix(p) {
                Some(r) => rest = r,
                None => return false,
            }
        } else if i == parts.len() - 1 {
            return rest.len() >= p.len() && rest.ends_with(p);
        } else if let Some(pos) = rest.find(p) {
            rest = &rest[pos + p.len()..];
        } else {
            return false;
        }
    }
    true
}

/// Short names become `name.namespace.svc.cluster.local`; names with dots and wildcards stay.
pub fn fqdn(namespace: &str, host: &str) -> String {
    if !host.starts_with('*') && !host.contains('.') && !namespace.is_empty() {
        format!("{host}.{namespace}.{DEFAULT_DOMAIN}")
    } else {
        host.to_string()
    }
}

/// Whether two host names (either may be a `*.` wildcard) overlap.
pub fn hosts_match(a: &str, b: &str) -> bool {
    if a == b || a == "*" || b == "*" {
        return true;
    }
    match (a.strip_prefix('*'), b.strip_prefix('*')) {
        (Some(sa), Some(sb)) => sa.ends_with(sb) || sb.ends_with(sa),
        (Some(sa), None) => b.ends_with(sa),
        (None, Some(sb)) => a.ends_with(sb),
        (None, None) => false,
    }
}

/// Whether host `a` is within `b` (b may be a wildcard).
pub fn host_subset_of(a: &str, b: &str) -> bool {
    if a == b || b == "*" {
        return true;
    }
    match (a.strip_prefix('*'), b.strip_prefix('*')) {
        (Some(sa), Some(sb)) => sa.ends_with(sb),
        (None, Some(sb)) => a.ends_with(sb),
        _ => false,
    }
}

/// A `matchLabels`-style selector (map of key → value) matches these labels.
pub fn selector_matches(
    selector: &Map<String, Value>,
    labels: Option<&Map<String, Value>>,
) -> bool {
    selector.iter().all(|(k, v)| {
        labels
            .and_then(|l| l.get(k))
            .is_some_and(|lv| lv == v || (lv.as_str().is_some() && lv.as_str() == v.as_str()))
    })
}

/// A Kubernetes LabelSelector (`matchLabels` + `matchExpressions`) matches these labels.
pub fn label_selector_matches(sel: &Value, labels: Option<&Map<String, Value>>) -> bool {
    if let Some(ml) = sel.get("matchLabels").and_then(Value::as_object)
        && !selector_matches(ml, labels)
    {
        return false;
    }
    if let Some(exprs) = sel.get("matchExpressions").and_then(Value::as_array) {
        for e in exprs {
            let key = e.get("key").and_then(Value::as_str).unwrap_or("");
            let op = e.get("operator").and_then(Value::as_str).unwrap_or("");
            let vals: Vec<&str> = e
                .get("values")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let have = labels.and_then(|l| l.get(key)).and_then(Value::as_str);
            let ok = match op {
                "In" => have.is_some_and(|h| vals.contains(&h)),
                "NotIn" => !have.is_some_and(|h| vals.contains(&h)),
                "Exists" => have.is_some(),
                "DoesNotExist" => have.is_none(),
                _ => false,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// `spec.selector.matchLabels` (Istio workload selectors) or None when absent/empty.
pub fn workload_selector(r: &Resource) -> Option<&Map<String, Value>> {
    r.spec()
        .get("selector")
        .and_then(|s| s.get("matchLabels"))
        .and_then(Value::as_object)
        .filter(|m| !m.is_empty())
}

/// The pod-template labels of a workload (Deployment etc.) or a Pod's own labels.
pub fn pod_labels(r: &Resource) -> Option<&Map<String, Value>> {
    if r.gk.kind == "Pod" {
        return r.labels();
    }
    r.spec()
        .get("template")
        .and_then(|t| t.get("metadata"))
        .and_then(|m| m.get("labels"))
        .and_then(Value::as_object)
}

/// The pod spec of a Pod or a workload's template.
pub fn pod_spec(r: &Resource) -> Option<&Value> {
    if r.gk.kind == "Pod" {
        return r.value.get("spec");
    }
    r.spec().get("template").and_then(|t| t.get("spec"))
}

/// `exportTo` of a resource, or the default (visible everywhere).
pub fn export_to(r: &Resource) -> Vec<String> {
    r.spec()
        .get("exportTo")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .filter(|v: &Vec<String>| !v.is_empty())
        .unwrap_or_else(|| vec!["*".to_string()])
}

/// Whether a resource exported with `export` from `own_ns` is visible from `ns`.
pub fn visible_from(export: &[String], own_ns: &str, ns: &str) -> bool {
    export
        .iter()
        .any(|e| e == "*" || (e == "." && own_ns == ns) || e == ns)
}

/// String value at a JSON pointer-ish path of keys.
pub fn str_at<'a>(v: &'a Value, path: &[&str]) -> Option<&'a str> {
    let mut cur = v;
    for p in path {
        cur = cur.get(*p)?;
    }
    cur.as_str()
}

/// Array at a path, or empty.
pub fn arr<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

/// A port number that may be given as a number or a string.
pub fn as_port(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

/// A selector map as Kubernetes prints it: `k1=v1,k2=v2`, keys sorted.
pub fn selector_string(sel: &Map<String, Value>) -> String {
    let mut kv: Vec<(String, String)> = sel
        .iter()
        .map(|(k, v)| {
            (
                k.clone(),
                v.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| v.to_string()),
            )
        })
        .collect();
    kv.sort();
    kv.iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(",")
}

/// Pods grouped by namespace (indices into the snapshot), built once per analyzer.
pub fn pods_by_namespace(snap: &super::Snapshot) -> std::collections::HashMap<&str, Vec<usize>> {
    let mut m: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
    for (i, r) in snap.of(super::kinds::POD) {
        m.entry(r.namespace.as_str()).or_default().push(i);
    }
    m
}

/// `name.ns.svc.cluster.local` → (ns, name); other hosts → (default namespace, host), as Istio names them.
pub fn resource_name_from_host(default_ns: &str, host: &str) -> (String, String) {
    if let Some(stem) = host.strip_suffix(".svc.cluster.local")
        && let Some((name, ns)) = stem.rsplit_once('.')
        && !name.is_empty()
        && !ns.is_empty()
    {
        return (ns.to_string(), name.to_string());
    }
    (default_ns.to_string(), host.to_string())
}

/// A destination inside a VirtualService: where it is and what it points at.
pub struct RouteDestination<'a> {
    pub destination: &'a Value,
    /// `http`, `tcp`, `tls` or `http.mirror`.
    pub rule: &'static str,
    /// The field path of the destination's host (for error lines).
    pub path: String,
}

/// Every route destination (http/tcp/tls) of a VirtualService spec.
pub fn route_destinations(spec: &Value) -> Vec<RouteDestination<'_>> {
    let mut out = Vec::new();
    for rule in ["http", "tcp", "tls"] {
        for (ri, r) in arr(spec, rule).iter().enumerate() {
            for (di, d) in arr(r, "route").iter().enumerate() {
                // A route without a destination still counts (as an empty host).
                out.push(RouteDestination {
                    destination: d.get("destination").unwrap_or(&NULL),
                    rule,
                    path: format!("spec.{rule}[{ri}].route[{di}].destination.host"),
                });
            }
        }
    }
    out
}

/// Every HTTP mirror destination (`mirror` and `mirrors[].destination`).
pub fn mirror_destinations(spec: &Value) -> Vec<RouteDestination<'_>> {
    let mut out = Vec::new();
    for (ri, r) in arr(spec, "http").iter().enumerate() {
        if let Some(m) = r.get("mirror").filter(|m| m.is_object()) {
            out.push(RouteDestination {
                destination: m,
                rule: "http.mirror",
                path: format!("spec.http[{ri}].mirror.host"),
            });
        }
        for (mi, m) in arr(r, "mirrors").iter().enumerate() {
            if let Some(d) = m.get("destination").filter(|d| d.is_object()) {
                out.push(RouteDestination {
                    destination: d,
                    rule: "http.mirror",
                    path: format!("spec.http[{ri}].mirrors[{mi}].destination.host"),
                });
            }
        }
    }
    out
}

/// Hosts known to the mesh (ServiceEntries and Services) by export scope, with their ports.
pub struct ServiceRegistry {
    /// (scope, fqdn) → ports; scope is `*` or a namespace.
    exact: std::collections::HashMap<(String, String), Vec<i64>>,
    /// Wildcard ServiceEntry hosts: (scope, host, ports).
    wildcards: Vec<(String, String, Vec<i64>)>,
}

impl ServiceRegistry {
    pub fn build(snap: &super::Snapshot) -> Self {
        let mut reg = ServiceRegistry {
            exact: std::collections::HashMap::new(),
            wildcards: Vec::new(),
        };
        for (_, r) in snap.of(super::kinds::SERVICE_ENTRY) {
            let ports: Vec<i64> = arr(r.spec(), "ports")
                .iter()
                .filter_map(|p| p.get("number").and_then(as_port))
                .collect();
            let export: Vec<String> = arr(r.spec(), "exportTo")
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect();
            let scopes: Vec<String> = if export.is_empty() || export.iter().any(|e| e == "*") {
                vec!["*".into()]
            } else {
                export
                    .iter()
                    .map(|e| {
                        if e == "." {
                            r.namespace.clone()
                        } else {
                            e.clone()
                        }
                    })
                    .collect()
            };
            for h in arr(r.spec(), "hosts").iter().filter_map(Value::as_str) {
                for sc in &scopes {
                    reg.insert(sc, &fqdn(&r.namespace, h), ports.clone());
                }
            }
        }
        for (_, r) in snap.of(super::kinds::SERVICE) {
            let ports: Vec<i64> = arr(r.spec(), "ports")
                .iter()
                .filter_map(|p| p.get("port").and_then(as_port))
                .collect();
            let scopes: Vec<String> = match r.annotation("networking.istio.io/exportTo") {
                None | Some("") => vec!["*".into()],
                Some(a) => a
                    .split(',')
                    .map(str::trim)
                    .map(|e| {
                        if e == "." {
                            r.namespace.clone()
                        } else {
                            e.to_string()
                        }
                    })
                    .collect(),
            };
            for sc in &scopes {
                reg.insert(sc, &fqdn(&r.namespace, &r.name), ports.clone());
            }
        }
        reg
    }

    fn insert(&mut self, scope: &str, host: &str, ports: Vec<i64>) {
        if host.starts_with('*') {
            self.wildcards
                .push((scope.to_string(), host.to_string(), ports));
        } else {
            self.exact
                .insert((scope.to_string(), host.to_string()), ports);
        }
    }

    /// The ports of the service a destination host resolves to from `ns` (with the VS's exportTo).
    pub fn lookup(&self, ns: &str, export_to: &[String], host: &str) -> Option<&Vec<i64>> {
        let h = fqdn(ns, host);
        if let Some(p) = self.exact.get(&("*".to_string(), h.clone())) {
            return Some(p);
        }
        let scopes: Vec<String> = if export_to.is_empty() {
            vec![ns.to_string()]
        } else {
            export_to
                .iter()
                .map(|e| if e == "." { ns.to_string() } else { e.clone() })
                .collect()
        };
        for sc in scopes {
            if let Some(p) = self.exact.get(&(sc, h.clone())) {
                return Some(p);
            }
        }
        let bare = h.strip_prefix('*').unwrap_or(&h);
        for (sc, wh, ports) in &self.wildcards {
            if sc != "*" && sc != ns {
                continue;
            }
            if bare.ends_with(wh.trim_start_matches('*')) {
                return Some(ports);
            }
        }
        None
    }
}

/// Whether a VirtualService is bound to the mesh (no gateways, or `mesh` among them).
pub fn vs_on_mesh(spec: &Value) -> bool {
    let gws = arr(spec, "gateways");
    gws.is_empty() || gws.iter().any(|g| g.as_str() == Some("mesh"))
}

/// A string list field (or empty).
pub fn str_list(v: &Value, key: &str) -> Vec<String> {
    arr(v, key)
        .iter()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect()
}

/// Namespaces Istio treats as Kubernetes system namespaces.
pub fn is_system_namespace(ns: &str) -> bool {
    matches!(
        ns,
        "kube-system" | "kube-public" | "kube-node-lease" | "local-path-storage"
    )
}

/// Containers of a pod spec, regular and init.
pub fn all_containers(spec: &Value) -> impl Iterator<Item = &Value> {
    arr(spec, "containers")
        .iter()
        .chain(arr(spec, "initContainers"))
}

/// Whether a pod spec carries the Istio proxy (a container or native sidecar named istio-proxy with an image).
pub fn has_istio_proxy(spec: &Value) -> bool {
    all_containers(spec).any(|c| {
        str_at(c, &["name"]) == Some("istio-proxy")
            && str_at(c, &["image"]).is_some_and(|i| !i.is_empty())
    })
}

/// `sidecar.istio.io/inject` from a label/annotation map.
fn inject_flag(m: Option<&Map<String, Value>>) -> Option<bool> {
    m.and_then(|m| m.get("sidecar.istio.io/inject"))
        .and_then(Value::as_str)
        .map(|v| v == "true")
}

/// Whether a Pod or a workload's pods run with a sidecar (explicitly, or by namespace injection).
pub fn in_mesh(snap: &super::Snapshot, r: &super::Resource) -> bool {
    let Some(spec) = pod_spec(r) else {
        return false;
    };
    if has_istio_proxy(spec) {
        return true;
    }
    let (labels, annos) = if r.gk.kind == "Pod" {
        (r.labels(), r.annotations())
    } else {
        let meta = r.spec().get("template").and_then(|t| t.get("metadata"));
        (
            meta.and_then(|m| m.get("labels"))
                .and_then(Value::as_object),
            meta.and_then(|m| m.get("annotations"))
                .and_then(Value::as_object),
        )
    };
    if let Some(v) = inject_flag(labels) {
        return v;
    }
    if let Some(v) = inject_flag(annos) {
        return v;
    }
    snap.get(super::kinds::NAMESPACE, "", &r.namespace)
        .is_some_and(|ns| ns.label("istio-injection") == Some("enabled"))
}

/// Pods by (label key, value) and by namespace, so selectors do not scan every pod.
#[derive(Debug, Clone, Default)]
pub struct PodIndex {
    all: Vec<usize>,
    by_label: std::collections::HashMap<(String, String), Vec<usize>>,
    by_ns: std::collections::HashMap<String, Vec<usize>>,
}

impl PodIndex {
    pub fn build(snap: &super::Snapshot) -> Self {
        let mut ix = PodIndex::default();
        for (i, p) in snap.of(super::kinds::POD) {
            ix.all.push(i);
            ix.by_ns.entry(p.namespace.clone()).or_default().push(i);
            if let Some(l) = p.labels() {
                for (k, v) in l {
                    if let Some(v) = v.as_str() {
                        ix.by_label
                            .entry((k.clone(), v.to_string()))
                            .or_default()
                            .push(i);
                    }
                }
            }
        }
        ix
    }

    /// Pods in a namespace (all namespaces with `None`).
    pub fn in_namespace(&self, ns: Option<&str>) -> &[usize] {
        match ns {
            None => &self.all,
            Some(ns) => self.by_ns.get(ns).map(Vec::as_slice).unwrap_or(&[]),
        }
    }

    /// Pods whose labels match a `matchLabels`-style selector, optionally within one namespace.
    pub fn select(
        &self,
        snap: &super::Snapshot,
        sel: &Map<String, Value>,
        ns: Option<&str>,
    ) -> Vec<usize> {
        // Start from the rarest selector entry (or the namespace), then verify.
        let mut best: &[usize] = self.in_namespace(ns);
        for (k, v) in sel {
            let Some(v) = v.as_str() else { continue };
            let c = self
                .by_label
                .get(&(k.clone(), v.to_string()))
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            if c.len() < best.len() {
                best = c;
            }
        }
        best.iter()
            .copied()
            .filter(|&p| {
                let r = snap.res(p);
                ns.is_none_or(|n| r.namespace == n) && selector_matches(sel, r.labels())
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_and_hosts() {
        assert!(glob("Pod *.default", "Pod x.default"));
        assert!(!glob("Pod *.default", "Pod x.other"));
        assert!(glob("*", "anything"));
        assert!(hosts_match("*.foo.com", "a.foo.com"));
        assert!(!hosts_match("*.foo.com", "a.bar.com"));
        assert!(host_subset_of("a.foo.com", "*.foo.com"));
        assert_eq!(fqdn("ns", "svc"), "svc.ns.svc.cluster.local");
        assert_eq!(fqdn("ns", "svc.other"), "svc.other");
    }
}
