//! Istio control planes in the cluster: istiod's name, namespace, revision and version.

use crate::k8s::{ApiError, Cluster};
use crate::version::version_from_image;
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::{Container, Pod};
use kube::api::{Api, ListParams};

/// One istiod: a running pod or a Deployment, by what the caller asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Istiod {
    pub name: String,
    pub namespace: String,
    /// The `istio.io/rev` label, `default` when unset.
    pub revision: String,
    /// From the image tag; `None` when the tag is not a version.
    pub version: Option<String>,
}

/// Which objects stand for istiod: `version` reports what runs (Running pods), precheck and
/// install what is installed (Deployments, running or not).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Workload {
    RunningPods,
    Deployments,
}

/// The istiods (`app=istiod`) in `namespace` (all when `None`), of `revision` when given.
pub async fn find(
    cluster: &Cluster,
    workload: Workload,
    namespace: Option<&str>,
    revision: Option<&str>,
) -> Result<Vec<Istiod>, ApiError> {
    let mut selector = "app=istiod".to_string();
    if let Some(rev) = revision {
        selector.push_str(&format!(",istio.io/rev={rev}"));
    }
    let lp = ListParams::default().labels(&selector);
    let client = cluster.client.clone();
    match workload {
        Workload::RunningPods => {
            let (api, what) = scoped::<Pod>(client, namespace, "pods", "pods in all namespaces");
            let list = cluster.call(api.list(&lp), "list", &what).await?;
            Ok(list
                .items
                .iter()
                .filter(|p| p.status.as_ref().and_then(|s| s.phase.as_deref()) == Some("Running"))
                .filter_map(|p| {
                    let spec = p.spec.as_ref()?;
                    // The discovery container; older charts had it first and unnamed.
                    let c = spec
                        .containers
                        .iter()
                        .find(|c| c.name == "discovery")
                        .or(spec.containers.first())?;
                    Some(istiod(&p.metadata, Some(c)))
                })
                .collect())
        }
        Workload::Deployments => {
            let (api, what) = scoped::<Deployment>(client, namespace, "deployments", "deployments");
            let list = cluster.call(api.list(&lp), "list", &what).await?;
            Ok(list
                .items
                .iter()
                .map(|d| {
                    let c = d
                        .spec
                        .as_ref()
                        .and_then(|s| s.template.spec.as_ref())
                        .and_then(|s| s.containers.first());
                    istiod(&d.metadata, c)
                })
                .collect())
        }
    }
}

/// The API for `K` in `namespace` (all when `None`) and how messages name what it lists.
fn scoped<K>(
    client: kube::Client,
    namespace: Option<&str>,
    plural: &str,
    everywhere: &str,
) -> (Api<K>, String)
where
    K: kube::Resource<Scope = k8s_openapi::NamespaceResourceScope>,
    K::DynamicType: Default,
{
    match namespace {
        Some(ns) => (
            Api::namespaced(client, ns),
            format!("{plural} in namespace {ns}"),
        ),
        None => (Api::all(client), everywhere.to_string()),
    }
}

fn istiod(
    meta: &k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    container: Option<&Container>,
) -> Istiod {
    Istiod {
        name: meta.name.clone().unwrap_or_default(),
        namespace: meta.namespace.clone().unwrap_or_default(),
        revision: meta
            .labels
            .as_ref()
            .and_then(|l| l.get("istio.io/rev"))
            .cloned()
            .unwrap_or_else(|| "default".into()),
        version: container
            .and_then(|c| c.image.as_deref())
            .and_then(version_from_image),
    }
}
