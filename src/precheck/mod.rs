//! precheck's core: is this cluster ready for Istio 1.30.3? Gathers facts from the cluster
//! (version, SelfSubjectAccessReviews, existing control planes, Gateway API CRDs) and
//! turns them into analyze-style findings with the pure checks in [`checks`]; printing
//! them is the command's (`commands::precheck`).

pub mod checks;

use crate::k8s::{ApiError, Cluster};
use checks::Finding;
use k8s_openapi::api::authorization::v1::{
    ResourceAttributes, SelfSubjectAccessReview, SelfSubjectAccessReviewSpec,
};
use kube::api::{Api, PostParams};

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
) -> Result<(Vec<Finding>, Vec<String>), ApiError> {
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

async fn permissions(cluster: &Cluster, namespace: &str) -> Result<Vec<Finding>, ApiError> {
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
        let res = cluster
            .call(
                api.create(&PostParams::default(), &review),
                "create",
                "selfsubjectaccessreviews",
            )
            .await?;
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

async fn gateway_api(cluster: &Cluster) -> Result<Vec<Finding>, ApiError> {
    let crds = match crate::cluster::objects::crds(cluster).await {
        Ok(l) => l,
        // Without permission to read CRDs the permission check already says so.
        Err(ApiError::Forbidden { .. }) => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    Ok(crds
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
) -> Result<Vec<String>, ApiError> {
    use crate::cluster::istiod::{Workload, find};
    let found = match find(cluster, Workload::Deployments, None, None).await {
        Ok(l) => l,
        Err(ApiError::Forbidden { .. }) => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let from = from_version
        .map(|f| format!(" (upgrading from {f})"))
        .unwrap_or_default();
    Ok(found
        .iter()
        .map(|d| {
            let version = d.version.as_deref().unwrap_or("unknown");
            format!(
                "Found Istio control plane revision {:?} at version {version} in namespace {}{from}",
                d.revision, d.namespace
            )
        })
        .collect())
}
