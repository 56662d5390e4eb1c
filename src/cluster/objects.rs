//! Objects by kind: the ones an install owns (found by label) and the CRDs.

use crate::k8s::apply::ObjectRef;
use crate::k8s::{ApiError, Cluster};
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::{Api, DynamicObject, ListParams};
use kube::discovery::ApiResource;
use std::collections::BTreeMap;

/// The objects of these `(apiVersion, kind)`s in all namespaces that carry the `label`
/// selector and that `keep` accepts by their labels. Kinds the server does not serve are
/// skipped: nothing of theirs can be installed.
pub async fn owned(
    cluster: &Cluster,
    kinds: &[(&str, &str)],
    label: &str,
    keep: impl Fn(&BTreeMap<String, String>) -> bool,
) -> Result<Vec<ObjectRef>, ApiError> {
    let mut out = Vec::new();
    for (api_version, kind) in kinds {
        let (group, version) = api_version.split_once('/').unwrap_or(("", api_version));
        let gvk = kube::core::GroupVersionKind::gvk(group, version, kind);
        let ar = ApiResource::from_gvk(&gvk);
        let api: Api<DynamicObject> = Api::all_with(cluster.client.clone(), &ar);
        let lp = ListParams::default().labels(label);
        let list = match cluster
            .call(api.list(&lp), "list", &format!("{kind} objects"))
            .await
        {
            Ok(l) => l,
            Err(ApiError::NotFound { .. }) => continue,
            Err(e) => return Err(e),
        };
        for o in list.items {
            let labels = o.metadata.labels.clone().unwrap_or_default();
            if keep(&labels) {
                out.push(ObjectRef {
                    api_version: api_version.to_string(),
                    kind: kind.to_string(),
                    namespace: o.metadata.namespace.clone(),
                    name: o.metadata.name.clone().unwrap_or_default(),
                });
            }
        }
    }
    Ok(out)
}

/// Every CustomResourceDefinition in the cluster.
pub async fn crds(cluster: &Cluster) -> Result<Vec<CustomResourceDefinition>, ApiError> {
    let api: Api<CustomResourceDefinition> = Api::all(cluster.client.clone());
    let list = cluster
        .call(
            api.list(&ListParams::default()),
            "list",
            "customresourcedefinitions",
        )
        .await?;
    Ok(list.items)
}

/// How many MutatingWebhookConfigurations carry the labels of `selector` (e.g. an existing
/// default revision tag).
pub async fn count_mutating_webhooks(cluster: &Cluster, selector: &str) -> Result<usize, ApiError> {
    use k8s_openapi::api::admissionregistration::v1::MutatingWebhookConfiguration;
    let api: Api<MutatingWebhookConfiguration> = Api::all(cluster.client.clone());
    let list = cluster
        .call(
            api.list(&ListParams::default().labels(selector)),
            "list",
            "MutatingWebhookConfigurations",
        )
        .await?;
    Ok(list.items.len())
}
