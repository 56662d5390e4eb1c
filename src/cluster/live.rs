//! analyze's live source: every kind analyze knows, listed a page at a time from the
//! cluster and handed on one object at a time, with the mesh config of the revision.

use super::list;
use crate::analyze::kinds;
use crate::k8s::{ApiError, Cluster};
use kube::api::{Api, ApiResource, DynamicObject, ListParams};
use serde_json::Value;
use std::time::Duration;

/// What the listing found besides the objects themselves.
#[derive(Debug, Default)]
pub struct Fetched {
    /// The revision's mesh config (`istio[-REV]` ConfigMap, `data.mesh`), parsed.
    pub mesh: Option<Value>,
    /// Its `data.meshNetworks`, parsed.
    pub networks: Option<Value>,
    /// `plural.group` of the kinds the server refused to list (403).
    pub forbidden: Vec<String>,
}

/// Why the live objects could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LiveError {
    #[error(transparent)]
    Api(#[from] ApiError),
    #[error("{0}")]
    Encode(#[from] serde_json::Error),
    /// analyze's `--timeout` passed before everything was listed.
    #[error("timed out after {0}s")]
    Deadline(u64),
}

/// The resource plural of a kind, as the API server names it.
pub fn plural(kind: &str) -> String {
    let l = kind.to_ascii_lowercase();
    if l == "endpoints" {
        l
    } else if let Some(stem) = l
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'i', 'o', 'u']))
    {
        format!("{stem}ies")
    } else if l.ends_with('s') {
        format!("{l}es")
    } else {
        format!("{l}s")
    }
}

/// The API version analyze reads a kind at.
pub fn version_for(group: &str, kind: &str) -> &'static str {
    match group {
        kinds::EXTENSIONS => "v1alpha1",
        kinds::GATEWAY_API => match kind {
            "TCPRoute" | "TLSRoute" | "UDPRoute" => "v1alpha2",
            "BackendTLSPolicy" => "v1alpha3",
            "ListenerSet" => "v1",
            "ReferenceGrant" => "v1beta1",
            _ => "v1",
        },
        kinds::NETWORKING if kind == "ProxyConfig" => "v1beta1",
        _ => "v1",
    }
}

/// Lists every known kind with pagination, handing each object to `sink`; kinds the server
/// does not serve are skipped, kinds it forbids are named in [`Fetched::forbidden`].
/// `deadline` bounds the whole listing (analyze's `--timeout`); each request is bounded by
/// the client timeout as every other.
pub async fn fetch(
    cluster: &Cluster,
    istio_ns: &str,
    revision: &str,
    deadline: Duration,
    sink: &mut dyn FnMut(Value),
) -> Result<Fetched, LiveError> {
    let mut fetched = Fetched::default();
    let work = async {
        for (gk, _) in kinds::KNOWN {
            if *gk == kinds::MESH_CONFIG || *gk == kinds::MESH_NETWORKS {
                continue;
            }
            let version = version_for(gk.group, gk.kind);
            let api_version = if gk.group.is_empty() {
                version.to_string()
            } else {
                format!("{}/{}", gk.group, version)
            };
            let ar = ApiResource {
                group: gk.group.to_string(),
                version: version.to_string(),
                api_version: api_version.clone(),
                kind: gk.kind.to_string(),
                plural: plural(gk.kind),
            };
            let api: Api<DynamicObject> = if *gk == kinds::CONFIG_MAP {
                Api::namespaced_with(cluster.client.clone(), istio_ns, &ar)
            } else {
                Api::all_with(cluster.client.clone(), &ar)
            };
            let what = if ar.group.is_empty() {
                ar.plural.clone()
            } else {
                format!("{}.{}", ar.plural, ar.group)
            };
            let listed = list::each(cluster, &api, &ListParams::default(), &what, |obj| {
                let v = admit(obj, &api_version, gk, revision, &mut fetched)?;
                if let Some(v) = v {
                    sink(v);
                }
                Ok::<_, LiveError>(())
            })
            .await;
            match listed {
                Ok(()) | Err(LiveError::Api(ApiError::NotFound { .. })) => {}
                Err(LiveError::Api(ApiError::Forbidden { .. })) => {
                    fetched.forbidden.push(what);
                }
                Err(e) => return Err(e),
            }
        }
        Ok(())
    };
    // One deadline over many requests: not a request timeout, so not `Cluster::call`'s.
    match tokio::time::timeout(deadline, work).await {
        Ok(Ok(())) => Ok(fetched),
        Ok(Err(e)) => Err(e),
        Err(_) => Err(LiveError::Deadline(deadline.as_secs())),
    }
}

/// One listed object as analyze takes it, or `None` for objects it never reads; the
/// revision's mesh ConfigMap also fills in `fetched`'s mesh config.
fn admit(
    mut obj: DynamicObject,
    api_version: &str,
    gk: &kinds::Gk,
    revision: &str,
    fetched: &mut Fetched,
) -> Result<Option<Value>, serde_json::Error> {
    // No analyzer reads these; on a large cluster they are a good part of what would be
    // held in memory.
    obj.metadata.managed_fields = None;
    if let Some(a) = obj.metadata.annotations.as_mut() {
        a.remove("kubectl.kubernetes.io/last-applied-configuration");
    }
    let mut v = serde_json::to_value(&obj)?;
    v["apiVersion"] = Value::String(api_version.to_string());
    v["kind"] = Value::String(gk.kind.to_string());
    if *gk == kinds::CONFIG_MAP {
        let name = obj.metadata.name.clone().unwrap_or_default();
        let want = if revision == "default" || revision.is_empty() {
            "istio".to_string()
        } else {
            format!("istio-{revision}")
        };
        if name == want {
            fetched.mesh = v
                .pointer("/data/mesh")
                .and_then(Value::as_str)
                .and_then(|t| crate::yaml::parse_single("mesh", t).ok());
            fetched.networks = v
                .pointer("/data/meshNetworks")
                .and_then(Value::as_str)
                .and_then(|t| crate::yaml::parse_single("meshNetworks", t).ok());
        }
        if !name.starts_with("istio") {
            return Ok(None);
        }
    }
    if *gk == kinds::SECRET {
        let t = v.get("type").and_then(Value::as_str).unwrap_or("");
        if t == "helm.sh/release.v1" || t == "kubernetes.io/service-account-token" {
            return Ok(None);
        }
    }
    Ok(Some(v))
}

#[cfg(test)]
mod tests {
    use super::{plural, version_for};

    #[test]
    fn resource_plurals_and_versions() {
        assert_eq!(plural("Endpoints"), "endpoints");
        assert_eq!(plural("AuthorizationPolicy"), "authorizationpolicies");
        assert_eq!(plural("Ingress"), "ingresses");
        assert_eq!(plural("ServiceEntry"), "serviceentries");
        assert_eq!(plural("Gateway"), "gateways");
        assert_eq!(
            version_for("gateway.networking.k8s.io", "TLSRoute"),
            "v1alpha2"
        );
        assert_eq!(version_for("extensions.istio.io", "WasmPlugin"), "v1alpha1");
        assert_eq!(version_for("networking.istio.io", "VirtualService"), "v1");
    }
}
