//! `precheck`: is this cluster ready for Istio 1.30.3? Gathers facts from the cluster
//! (version, SelfSubjectAccessReviews, existing control planes, Gateway API CRDs) and
//! turns them into analyze-style messages with the pure checks in [`checks`].

pub mod checks;

use crate::analyze::format::{DOC_BASE, level_name};
use crate::cli::analyze::{Level, MessageFormat};
use crate::cli::precheck::PrecheckArgs;
use crate::ctx::Ctx;
use crate::error::{Error, exit};
use crate::k8s::Cluster;
use checks::Finding;
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::authorization::v1::{
    ResourceAttributes, SelfSubjectAccessReview, SelfSubjectAccessReviewSpec,
};
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::{Api, ListParams, PostParams};
use serde_json::{Value, json};

pub fn run(ctx: &Ctx, args: &PrecheckArgs) -> Result<i32, Error> {
    let (findings, installs) = crate::ctx::block_on(gather(ctx, args))?;
    let shown: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.level() >= args.output_threshold)
        .collect();
    match args.output {
        MessageFormat::Log => {
            for i in &installs {
                ctx.printer.status(i);
            }
            let mut out = String::new();
            for f in &shown {
                out.push_str(&log_line(ctx, f));
                out.push('\n');
            }
            ctx.printer.data(&out)?;
            if shown.is_empty() {
                ctx.printer.success("No issues found when checking the cluster. Istio is safe to install or upgrade!");
                ctx.printer.status("  To get started, check out https://istio.io/latest/docs/setup/getting-started/");
            }
        }
        MessageFormat::Json | MessageFormat::Yaml => {
            let doc = Value::Array(shown.iter().map(|f| to_json(f)).collect());
            let format = if args.output == MessageFormat::Json {
                crate::output::Format::Json
            } else {
                crate::output::Format::Yaml
            };
            ctx.printer
                .data(&crate::output::render_structured(&doc, format))?;
        }
        MessageFormat::Sarif | MessageFormat::Github => {
            return Err(Error::usage("precheck supports -o log, json or yaml")
                .hint("sarif and github are analyze formats"));
        }
    }
    if findings.iter().any(|f| f.level() >= Level::Error) {
        if args.output == MessageFormat::Log {
            ctx.printer.status("Issues found when checking the cluster. Istio may not be safe to install or upgrade.");
        }
        return Ok(exit::ANALYSIS);
    }
    Ok(0)
}

fn log_line(ctx: &Ctx, f: &Finding) -> String {
    use crate::output::Style;
    let style = match f.level() {
        Level::Error => Style::Error,
        Level::Warning => Style::Warning,
        Level::Info => Style::Info,
    };
    let head = ctx
        .printer
        .paint_out(style, &format!("{} [{}]", level_name(f.level()), f.code()));
    match &f.origin {
        Some(o) => format!("{head} ({o}) {}", f.message()),
        None => format!("{head} {}", f.message()),
    }
}

fn to_json(f: &Finding) -> Value {
    let mut v = json!({
        "code": f.code(),
        // No `?ref=`: like istioctl, only analyze tags its links.
        "documentationUrl": format!("{DOC_BASE}/{}/", f.code().to_ascii_lowercase()),
        "level": level_name(f.level()),
        "message": f.message(),
    });
    if let Some(o) = &f.origin {
        v["origin"] = json!(o);
    }
    v
}

/// Talks to the cluster; returns findings and informational lines about existing installs.
async fn gather(ctx: &Ctx, args: &PrecheckArgs) -> Result<(Vec<Finding>, Vec<String>), Error> {
    let cluster = crate::k8s::connect(&ctx.global).await?;
    let info = cluster.server_version().await?;
    let mut findings = Vec::new();
    let version = checks::parse_major_minor(&info.git_version, &info.major, &info.minor);
    findings.extend(checks::kubernetes_version(&info.git_version, version));
    findings.extend(permissions(&cluster, &ctx.global.istio_namespace).await?);
    findings.extend(gateway_api(&cluster).await?);
    let installs = if args.skip_controlplane {
        Vec::new()
    } else {
        existing_installs(&cluster, args).await?
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
async fn existing_installs(cluster: &Cluster, args: &PrecheckArgs) -> Result<Vec<String>, Error> {
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
        let from = args
            .from_version
            .as_deref()
            .map(|f| format!(" (upgrading from {f})"))
            .unwrap_or_default();
        lines.push(format!("Found Istio control plane revision {rev:?} at version {version} in namespace {ns}{from}"));
    }
    Ok(lines)
}
