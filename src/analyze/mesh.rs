//! Mesh config and mesh networks as analyze sees them: Istio's defaults with a file merged over.

use super::kinds;
use super::load::{LoadOptions, LoadReport, load_value};
use super::snapshot::{Origin, Resource, Snapshot};
use crate::yaml::YamlError;
use serde_json::{Value, json};

/// The effective mesh config and mesh networks.
#[derive(Debug, Clone)]
pub struct MeshState {
    pub config: Value,
    pub networks: Value,
}

impl Default for MeshState {
    fn default() -> Self {
        MeshState {
            config: crate::mesh_defaults::mesh_config(),
            networks: json!({}),
        }
    }
}

impl MeshState {
    /// Applies a mesh config document (a MeshConfig in YAML) over the defaults.
    pub fn apply_config(&mut self, v: &Value) {
        if v.is_object() {
            crate::tree::merge::deep_merge(&mut self.config, v);
        }
    }
    pub fn set_networks(&mut self, v: &Value) {
        if v.is_object() {
            self.networks = v.clone();
        }
    }
    pub fn ingress_service(&self) -> &str {
        self.config
            .get("ingressService")
            .and_then(Value::as_str)
            .unwrap_or("istio-ingressgateway")
    }
    pub fn ingress_off(&self) -> bool {
        self.config
            .get("ingressControllerMode")
            .and_then(Value::as_str)
            == Some("OFF")
    }
}

/// Adds the synthetic MeshConfig and MeshNetworks resources in the Istio namespace.
pub fn add_mesh_resources(snap: &mut Snapshot, mesh: &MeshState, istio_ns: &str) {
    for (gk, name, v) in [
        (kinds::MESH_CONFIG, "meshconfig", &mesh.config),
        (kinds::MESH_NETWORKS, "meshnetworks", &mesh.networks),
    ] {
        let _ = snap.insert(Resource {
            gk,
            api_version: String::new(),
            namespace: istio_ns.to_string(),
            name: name.to_string(),
            value: json!({ "spec": v }),
            origin: Origin::default(),
        });
    }
}

/// The dummy ingress gateway Pod and Service istioctl adds for file-only analysis
/// (they pass through the same file filter, so istioctl's CLI drops them again).
pub fn add_default_resources(
    snap: &mut Snapshot,
    mesh: &MeshState,
    istio_ns: &str,
    opts: &LoadOptions,
) -> LoadReport {
    let mut rep = LoadReport::default();
    if mesh.ingress_off() {
        return rep;
    }
    let svc = mesh.ingress_service();
    let pod = json!({
        "apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": format!("{svc}-dummypod"), "namespace": istio_ns,
                     "labels": {"istio": "ingressgateway"}},
        "spec": {"containers": [{"name": "istio-proxy", "image": "proxyv2"}]}
    });
    let service = json!({
        "apiVersion": "v1", "kind": "Service",
        "metadata": {"name": svc, "namespace": istio_ns},
        "spec": {
            "ports": [
                {"name": "http2", "port": 80, "protocol": "TCP"},
                {"name": "https", "port": 443, "protocol": "TCP"},
                {"name": "tcp", "port": 31400, "protocol": "TCP"},
                {"name": "tls", "port": 15443, "protocol": "TCP"}
            ],
            "selector": {"istio": "ingressgateway"}
        }
    });
    let mut o = opts.clone();
    o.ignore_unknown = true;
    for v in [pod, service] {
        let mut r = LoadReport::default();
        load_value(snap, "internal-ingress", 1, v, &o, &mut r);
        rep.added += r.added;
    }
    // They come from no file the user named.
    for r in snap.resources.iter_mut() {
        if r.origin.file.as_deref() == Some("internal-ingress") {
            r.origin.file = None;
        }
    }
    rep
}

/// Why a mesh config (or mesh networks) file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MeshFileError {
    #[error("{0}")]
    Yaml(YamlError),
    #[error("{file}: ConfigMap has no data.{key}")]
    NoConfigMapKey { file: String, key: String },
    #[error("{file}:{line}: expected a mapping of mesh settings")]
    NotAMapping { file: String, line: usize },
}

/// Reads a mesh config (or mesh networks) file: plain YAML, or a ConfigMap holding it under `data.<key>`.
pub fn parse_mesh_file(
    source: &str,
    text: &str,
    configmap_key: &str,
) -> Result<Value, MeshFileError> {
    let v = crate::yaml::parse_single(source, text).map_err(MeshFileError::Yaml)?;
    if v.get("kind").and_then(Value::as_str) == Some("ConfigMap") {
        let inner = v
            .get("data")
            .and_then(|d| d.get(configmap_key))
            .and_then(Value::as_str)
            .ok_or_else(|| MeshFileError::NoConfigMapKey {
                file: source.to_string(),
                key: configmap_key.to_string(),
            })?;
        return crate::yaml::parse_single(source, inner).map_err(MeshFileError::Yaml);
    }
    if !(v.is_object() || v.is_null()) {
        return Err(MeshFileError::NotAMapping {
            file: source.to_string(),
            line: crate::yaml::content_line(text),
        });
    }
    Ok(v)
}
