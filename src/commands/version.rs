//! `sailctl version`: the client build, and with `--remote` (default) the control plane
//! (istiod pods) and data plane (pods running an `istio-proxy` container) of the cluster.

use crate::cli::version::VersionArgs;
use crate::cluster::istiod::{self, Workload};
use crate::ctx::Ctx;
use crate::error::Error;
use crate::k8s::ApiError;
use crate::output::render_structured;
use crate::version::{BuildInfo, format_data_plane, group_versions, version_from_image};
use k8s_openapi::api::core::v1::Pod;
use kube::api::{Api, ListParams};
use serde_json::{Value, json};

/// What the cluster said, or why it could not say it.
enum Remote {
    Unreachable(Error),
    NoIstio(String),
    Found {
        control: Vec<(String, String, String)>,
        data: Vec<(String, usize)>,
    },
}

pub fn run(ctx: &Ctx, args: &VersionArgs) -> Result<i32, Error> {
    let client = BuildInfo::client();
    let remote = if args.remote {
        Some(crate::ctx::block_on(remote(ctx, args))?)
    } else {
        None
    };

    if let Some(format) = args.output {
        let mut doc = json!({ "clientVersion": client.to_json() });
        if let Some(Remote::Found { control, data }) = &remote {
            doc["meshVersion"] = Value::Array(
                control
                    .iter()
                    .map(|(pod, rev, v)| json!({"Component": "istiod", "Pod": pod, "Revision": rev, "Info": {"version": v}}))
                    .collect(),
            );
            doc["dataPlaneVersion"] = Value::Array(
                data.iter()
                    .map(|(v, n)| json!({"IstioVersion": v, "Proxies": n}))
                    .collect(),
            );
        }
        ctx.printer.data(&render_structured(&doc, format))?;
    } else {
        let line = if args.short {
            client.version.clone()
        } else {
            client.long_string()
        };
        let mut out = format!("client version: {line}\n");
        if let Some(Remote::Found { control, data }) = &remote {
            let mut versions: Vec<&str> = control.iter().map(|(_, _, v)| v.as_str()).collect();
            versions.dedup();
            out.push_str(&format!("control plane version: {}\n", versions.join(", ")));
            if data.is_empty() {
                out.push_str("data plane version: none\n");
            } else {
                out.push_str(&format!(
                    "data plane version: {}\n",
                    format_data_plane(data)
                ));
            }
        }
        ctx.printer.data(&out)?;
    }
    match remote {
        Some(Remote::Unreachable(e)) => ctx.printer.warn(&e.message),
        Some(Remote::NoIstio(msg)) => ctx.printer.status(&msg),
        _ => {}
    }
    Ok(0)
}

async fn remote(ctx: &Ctx, args: &VersionArgs) -> Result<Remote, Error> {
    let cluster = match ctx.connect().await {
        Ok(c) => c,
        Err(e) => return Ok(Remote::Unreachable(e)),
    };
    if let Err(e) = cluster.server_version().await {
        return Ok(Remote::Unreachable(e.into()));
    }
    let ns = &ctx.global.istio_namespace;
    let istiods = istiod::find(
        &cluster,
        Workload::RunningPods,
        Some(ns),
        args.revision.as_deref(),
    )
    .await?;
    let control: Vec<(String, String, String)> = istiods
        .into_iter()
        .filter_map(|i| Some((i.name, i.revision, i.version?)))
        .collect();
    if control.is_empty() {
        return Ok(Remote::NoIstio(format!(
            "Istio is not present in the cluster: no running Istio pods in namespace {ns:?}"
        )));
    }
    let all: Api<Pod> = Api::all(cluster.client.clone());
    let mut versions = Vec::new();
    crate::cluster::list::each(
        &cluster,
        &all,
        &ListParams::default(),
        "pods in all namespaces",
        |p| {
            versions.extend(proxy_version(&p));
            Ok::<_, ApiError>(())
        },
    )
    .await?;
    let data = group_versions(versions.iter().map(String::as_str));
    Ok(Remote::Found { control, data })
}

/// The version of a pod's `istio-proxy` (a container, or a native-sidecar init container).
fn proxy_version(p: &Pod) -> Option<String> {
    let spec = p.spec.as_ref()?;
    let proxy = spec
        .containers
        .iter()
        .chain(
            spec.init_containers
                .iter()
                .flatten()
                .filter(|c| c.restart_policy.as_deref() == Some("Always")),
        )
        .find(|c| c.name == "istio-proxy")?;
    version_from_image(proxy.image.as_deref()?)
}
