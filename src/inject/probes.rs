//! App probe rewriting: HTTP, TCP and gRPC probes (and lifecycle hooks) of app containers
//! are redirected to the agent's status port, which replays them (`ISTIO_KUBE_APP_PROBERS`).

use super::config::InjectConfig;
use serde_json::{Map, Value as Json, json};
use std::collections::BTreeMap;

fn resolve_port(port: &Json, container: &Json) -> Json {
    if let Some(name) = port.as_str() {
        if let Some(ps) = container.get("ports").and_then(Json::as_array) {
            for p in ps {
                if p.get("name").and_then(Json::as_str) == Some(name)
                    && let Some(n) = p.get("containerPort")
                {
                    return n.clone();
                }
            }
        }
        if let Ok(n) = name.parse::<i64>() {
            return json!(n);
        }
    }
    port.clone()
}

/// The prober entry for one probe-like object (`httpGet`, `tcpSocket`, `grpc`).
fn prober(probe: &Map<String, Json>, container: &Json) -> Option<Json> {
    let mut out = Map::new();
    if let Some(h) = probe.get("httpGet").and_then(Json::as_object) {
        let mut g = Map::new();
        for k in ["path", "port", "host", "scheme", "httpHeaders"] {
            if let Some(v) = h.get(k) {
                let v = if k == "port" {
                    resolve_port(v, container)
                } else {
                    v.clone()
                };
                g.insert(k.into(), v);
            }
        }
        out.insert("httpGet".into(), Json::Object(g));
    } else if let Some(t) = probe.get("tcpSocket").and_then(Json::as_object) {
        let mut g = Map::new();
        for k in ["port", "host"] {
            if let Some(v) = t.get(k) {
                let v = if k == "port" {
                    resolve_port(v, container)
                } else {
                    v.clone()
                };
                g.insert(k.into(), v);
            }
        }
        out.insert("tcpSocket".into(), Json::Object(g));
    } else if let Some(g) = probe.get("grpc") {
        out.insert("grpc".into(), g.clone());
    } else {
        return None;
    }
    if let Some(t) = probe.get("timeoutSeconds") {
        out.insert("timeoutSeconds".into(), t.clone());
    }
    Some(Json::Object(out))
}

fn redirect(probe: &mut Map<String, Json>, path: &str, port: i64) {
    let scheme = probe.get("httpGet").and_then(|h| h.get("scheme")).cloned();
    probe.remove("tcpSocket");
    probe.remove("grpc");
    let mut g = Map::new();
    g.insert("path".into(), json!(path));
    g.insert("port".into(), json!(port));
    if scheme.is_some() {
        g.insert("scheme".into(), json!("HTTP"));
    }
    probe.insert("httpGet".into(), Json::Object(g));
}

/// Rewrites the probes of `pod` (`{metadata, spec}`) in place.
pub fn rewrite(
    pod: &mut Json,
    cfg: &InjectConfig,
    ann: &Map<String, Json>,
    old: &Map<String, Json>,
    proxy_config: &Json,
) {
    // Only a pod with a proxy has probes to rewrite; the pod's annotation (when it is a
    // boolean) wins over the injector's setting.
    let has_proxy = ["containers", "initContainers"].iter().any(|list| {
        pod["spec"][*list]
            .as_array()
            .into_iter()
            .flatten()
            .any(|c| c.get("name").and_then(Json::as_str) == Some("istio-proxy"))
    });
    let enabled = ann
        .get("sidecar.istio.io/rewriteAppHTTPProbers")
        .and_then(Json::as_str)
        .and_then(super::parse_go_bool)
        .or_else(|| {
            cfg.values
                .pointer("/sidecarInjectorWebhook/rewriteAppHTTPProbe")
                .and_then(Json::as_bool)
        })
        .unwrap_or(false);
    if !has_proxy || !enabled {
        return;
    }
    let port = cfg.status_port(ann, proxy_config);
    if port == 0 {
        return;
    }
    let mut probers: BTreeMap<String, Json> = BTreeMap::new();
    let Some(spec) = pod.get_mut("spec") else {
        return;
    };
    for list in ["containers", "initContainers"] {
        let Some(cs) = spec.get_mut(list).and_then(Json::as_array_mut) else {
            continue;
        };
        for c in cs.iter_mut() {
            if list == "initContainers"
                && c.get("restartPolicy").and_then(Json::as_str) != Some("Always")
            {
                continue;
            }
            let name = c
                .get("name")
                .and_then(Json::as_str)
                .unwrap_or("")
                .to_string();
            if name == "istio-proxy" {
                continue;
            }
            let snapshot = c.clone();
            for (field, suffix) in [
                ("livenessProbe", "livez"),
                ("readinessProbe", "readyz"),
                ("startupProbe", "startupz"),
            ] {
                let path = format!("/app-health/{name}/{suffix}");
                if c.get(field)
                    .and_then(|p| p.pointer("/httpGet/path"))
                    .and_then(Json::as_str)
                    == Some(path.as_str())
                    && let Some(entry) = old.get(&path)
                {
                    // Already redirected by an earlier injection: keep the original prober.
                    probers.insert(path.clone(), entry.clone());
                    continue;
                }
                if let Some(p) = c.get_mut(field).and_then(Json::as_object_mut)
                    && let Some(entry) = prober(p, &snapshot)
                {
                    probers.insert(path.clone(), entry);
                    redirect(p, &path, port);
                }
            }
            if let Some(l) = c.get_mut("lifecycle").and_then(Json::as_object_mut) {
                for (field, suffix) in [("preStop", "prestopz"), ("postStart", "poststartz")] {
                    if let Some(p) = l.get_mut(field).and_then(Json::as_object_mut)
                        && let Some(entry) = prober(p, &snapshot)
                    {
                        let path = format!("/app-lifecycle/{name}/{suffix}");
                        probers.insert(path.clone(), entry);
                        redirect(p, &path, port);
                    }
                }
            }
        }
    }
    if probers.is_empty() {
        return;
    }
    let value = serde_json::to_string(&probers).unwrap_or_default();
    for key in ["containers", "initContainers"] {
        if let Some(cs) = spec.get_mut(key).and_then(Json::as_array_mut) {
            for c in cs.iter_mut() {
                if c.get("name").and_then(Json::as_str) == Some("istio-proxy") {
                    let env = c
                        .as_object_mut()
                        .unwrap()
                        .entry("env")
                        .or_insert_with(|| json!([]));
                    if let Some(env) = env.as_array_mut() {
                        env.retain(|e| {
                            e.get("name").and_then(Json::as_str) != Some("ISTIO_KUBE_APP_PROBERS")
                        });
                        env.push(json!({"name": "ISTIO_KUBE_APP_PROBERS", "value": value}));
                    }
                }
            }
        }
    }
}
