//! precheck's core: is this cluster ready for Istio 1.30.3? Gathers facts from the cluster
//! (version, SelfSubjectAccessReviews, existing control planes, Gateway API CRDs) and
//! turns them into analyze-style findings with the pure checks in [`checks`]; printing
//! them is the command's (`commands::precheck`).

pub mod checks;

use crate::error::Error;
use crate::k8s::Cluster;
use checks::Finding;
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::authorization::v1::{
    ResourceAttributes, SelfSubjectAccessReview, SelfSubjectAccessReviewSpec,
};
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::{Api, ListParams, PostParams};

/// What precheck looks at besides the cluster itself.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Where the permissions to install are checked.
    pub istio_namespace: String,
    /// Do not look for Istio control planes already installed.
    pub skip_controlplane: bool,
    /// The version an upgrade starts from, named in the lines about existing installs.
    pub from_version: Option<String>,
}

/// Talks to the cluster; returns findings and informational lines about existing installs.
pub async fn gather(
    cluster: &Cluster,
    opts: &Options,
) -> Result<(Vec<Finding>, Vec<String>), Error> {
    let info = cluster.server_version().await?;
    let mut findings = Vec::new();
    let version = checks::parse_major_minor(&info.git_version, &info.major, &info.minor);
    findings.extend(checks::kubernetes_version(&info.git_version, version));
    findings.extend(permissions(cluster, &opts.istio_namespace).await?);
    findings.extend(gateway_api(cluster).await?);
    let installs = if opts.skip_controlplane {
        Vec::new()
    } else {
        existing_installs(cluster, opts.from_version.as_deref()).await?
    };
    Ok((findings, installs))
}

async fn permissions(cluster: &Cluster, namespace: &str) -> Result<Vec<Finding>, Error> {
    let api: Api<SelfSubjectAccessReview> = Api::all(cluster.client.clone());
    let mut out = Vec::new();
    for (group, resource, kind, namespaced) in checks::INSTALL_PERMISSIONS {
        let review = SelfSubjectAccessReview {
            spec: SelfSubjectAccessReviewSpec {
                resource_attributes: Some(ResourceAttributes {
                    group: Some(group.to_string()),
                    resource: Some(resource.to_string()),
                    verb: Some("create".into()),
                    namespace: namespaced.then(|| namespace.to_string()),
                    ..Default::default()
                }),
                ..Default::default()
            },
            ..Default::default()
        };
        let res = api
            .create(&PostParams::default(), &review)
            .await
            .map_err(|e| cluster.error(e, "create", "selfsubjectaccessreviews"))?;
        let status = res.status.unwrap_or_default();
        if !status.allowed {
            out.push(checks::missing_permission(
                kind,
                status.reason.as_deref().unwrap_or(""),
            ));
        }
    }
    Ok(out)
}

async fn gateway_api(cluster: &Cluster) -> Result<Vec<Finding>, Error> {
    let api: Api<CustomResourceDefinition> = Api::all(cluster.client.clone());
    let list = match api.list(&ListParams::default()).await {
        Ok(l) => l,
        // Without permission to read CRDs the permission check already says so.
        Err(kube::Error::Api(s)) if s.code == 403 => return Ok(Vec::new()),
        Err(e) => return Err(cluster.error(e, "list", "customresourcedefinitions")),
    };
    Ok(list
        .items
        .iter()
        .filter(|c| c.spec.group == "gateway.networking.k8s.io")
        .filter_map(|c| {
            let name = c.metadata.name.as_deref()?;
            let v = c
                .metadata
                .annotations
                .as_ref()?
                .get("gateway.networking.k8s.io/bundle-version")?;
            checks::gateway_api_version(name, v)
        })
        .collect())
}

/// Istio control planes already present, as status lines (an upgrade, or a second revision).
async fn existing_installs(
    cluster: &Cluster,
    from_version: Option<&str>,
) -> Result<Vec<String>, Error> {
    let api: Api<Deployment> = Api::all(cluster.client.clone());
    let list = match api.list(&ListParams::default().labels("app=istiod")).await {
        Ok(l) => l,
        Err(kube::Error::Api(s)) if s.code == 403 => return Ok(Vec::new()),
        Err(e) => return Err(cluster.error(e, "list", "deployments")),
    };
    let mut lines = Vec::new();
    for d in &list.items {
        let ns = d.metadata.namespace.clone().unwrap_or_default();
        let rev = d
            .metadata
            .labels
            .as_ref()
            .and_then(|l| l.get("istio.io/rev"))
            .cloned()
            .unwrap_or_else(|| "default".into());
        let image = d
            .spec
            .as_ref()
            .and_then(|s| s.template.spec.as_ref())
            .and_then(|s| s.containers.first())
            .and_then(|c| c.image.clone());
        let version = image
            .as_deref()
            .and_then(crate::version::version_from_image)
            .unwrap_or_else(|| "unknown".into());
        let from = from_version
            .map(|f| format!(" (upgrading from {f})"))
            .unwrap_or_default();
        lines.push(format!("Found Istio control plane revision {rev:?} at version {version} in namespace {ns}{from}"));
    }
    Ok(lines)
}
