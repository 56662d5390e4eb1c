//! The cluster work behind `install`/`upgrade`, `uninstall` and `verify-install`: server-side
//! apply per component with progress → wait ready → prune what is no longer rendered, and
//! removal. Rendering is [`render_glue`]'s (the same code as `manifest generate`), the pure
//! decisions are [`plan`]'s, the flags and the prompt are the commands' (`commands::install`…).

pub mod default_tag;
pub mod plan;
pub mod render_glue;

use crate::error::Error;
use crate::k8s::apply::{Applier, ObjectRef, Outcome};
use crate::k8s::{ApiError, Cluster};
use crate::operator::MergedSpec;
use crate::output::Printer;
use kube::api::Api;
use plan::ComponentObjects;
use std::collections::BTreeSet;
use std::time::Duration;

/// The revision the merged spec installs (`default` when unset).
pub fn revision_of(merged: &MergedSpec) -> String {
    merged
        .get("spec.values.revision")
        .or_else(|| merged.get("spec.revision"))
        .and_then(|v| v.as_str())
        .filter(|r| !r.is_empty())
        .unwrap_or("default")
        .to_string()
}

/// Creates the namespaces the components install into, as istioctl does (never deleted by prune).
pub async fn ensure_namespaces(
    applier: &Applier,
    components: &[ComponentObjects],
    istio_ns: &str,
) -> Result<(), Error> {
    let mut names: BTreeSet<&str> = components.iter().map(|c| c.namespace.as_str()).collect();
    names.insert(istio_ns);
    for ns in names.into_iter().filter(|n| !n.is_empty()) {
        let r = ObjectRef {
            api_version: "v1".into(),
            kind: "Namespace".into(),
            namespace: None,
            name: ns.to_string(),
        };
        if applier.get(&r).await?.is_none() {
            let obj = serde_json::json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}});
            // A dry run cannot create it; objects inside it are then reported, not checked.
            applier.apply(&obj).await?;
        }
    }
    Ok(())
}

/// Fails when the cluster's Kubernetes is older than Istio 1.30 supports.
pub async fn check_kubernetes(cluster: &Cluster) -> Result<(), Error> {
    let info = cluster.server_version().await?;
    let v = crate::precheck::checks::parse_major_minor(&info.git_version, &info.major, &info.minor);
    if let Some(f) = crate::precheck::checks::kubernetes_version(&info.git_version, v) {
        return Err(Error::general(f.message())
            .hint("Istio 1.30 needs Kubernetes 1.33 or newer; upgrade the cluster first"));
    }
    Ok(())
}

/// The version of an istiod of this revision already installed, if any (best effort: a
/// cluster that cannot say means no skew warning).
pub async fn installed_version(
    cluster: &Cluster,
    merged: &MergedSpec,
    revision: &str,
) -> Option<String> {
    use crate::cluster::istiod::{Workload, find};
    let found = find(
        cluster,
        Workload::Deployments,
        Some(merged.namespace()),
        Some(revision),
    )
    .await
    .ok()?;
    found.first()?.version.clone()
}

/// Applies every phase (components of one phase concurrently), waiting for readiness.
pub async fn apply_all(
    printer: &Printer,
    applier: &Applier,
    components: &[ComponentObjects],
    timeout: Duration,
) -> Result<usize, Error> {
    let mut changed = 0;
    for phase in plan::phases(components) {
        let results = futures::future::join_all(
            phase
                .iter()
                .map(|c| apply_component(printer, applier, c, timeout)),
        )
        .await;
        for r in results {
            changed += r?;
        }
    }
    Ok(changed)
}

async fn apply_component(
    printer: &Printer,
    applier: &Applier,
    c: &ComponentObjects,
    timeout: Duration,
) -> Result<usize, Error> {
    let progress = printer.progress(plan::working_line(c.component));
    let mut changed = 0;
    let mut crds = Vec::new();
    for o in &c.objects {
        let r = ObjectRef::of(o)?;
        // Custom resources need their CRDs established first.
        if r.kind != "CustomResourceDefinition" && !crds.is_empty() {
            if !applier.dry_run {
                crate::k8s::wait::wait_ready(&applier.cluster, &crds, timeout).await?;
            }
            applier.forget().await;
            crds.clear();
        }
        let outcome = match applier.apply(o).await {
            Ok(o) => o,
            // In a dry run nothing is created, so objects in a namespace or of a kind that
            // this very install would create cannot be checked by the server: report them.
            Err(ApiError::NotFound { .. } | ApiError::NotServed { .. }) if applier.dry_run => {
                Outcome::Created
            }
            Err(e) => {
                progress.fail(&format!("{} failed", c.component.name()));
                return Err(e.into());
            }
        };
        if applier.dry_run && outcome != Outcome::Unchanged {
            printer.status(&format!(
                "  would {} {r}",
                if outcome == Outcome::Created {
                    "create"
                } else {
                    "configure"
                }
            ));
        }
        if outcome != Outcome::Unchanged {
            changed += 1;
        }
        if r.kind == "CustomResourceDefinition" {
            crds.push(r);
        }
    }
    if !applier.dry_run {
        let refs: Vec<ObjectRef> = c
            .objects
            .iter()
            .map(ObjectRef::of)
            .collect::<Result<_, _>>()?;
        if let Err(e) = crate::k8s::wait::wait_ready(&applier.cluster, &refs, timeout).await {
            progress.fail(&format!("{} is not ready", c.component.name()));
            return Err(e);
        }
    }
    if applier.dry_run {
        progress.done(&format!("{} checked (dry run)", c.component.name()));
    } else {
        progress.done(plan::done_line(c.component));
    }
    Ok(changed)
}

/// Lists the live objects this revision's install owns (every install's with `purge`).
pub async fn owned_objects(
    cluster: &Cluster,
    revision: &str,
    purge: bool,
) -> Result<Vec<ObjectRef>, ApiError> {
    crate::cluster::objects::owned(
        cluster,
        plan::OWNED_KINDS,
        plan::COMPONENT_LABEL,
        |labels| purge || plan::owned_by(labels, revision),
    )
    .await
}

/// Removes the owned objects this install no longer renders; returns how many.
pub async fn prune(
    printer: &Printer,
    applier: &Applier,
    components: &[ComponentObjects],
    revision: &str,
) -> Result<usize, Error> {
    let rendered: BTreeSet<ObjectRef> = components
        .iter()
        .flat_map(|c| c.objects.iter())
        .filter_map(|o| ObjectRef::of(o).ok())
        .collect();
    let live = crate::cluster::objects::owned(
        &applier.cluster,
        plan::OWNED_KINDS,
        plan::COMPONENT_LABEL,
        |labels| plan::owned_by(labels, revision) && plan::prunable(labels),
    )
    .await?;
    let gone = plan::prune_candidates(&live, &rendered);
    for r in &gone {
        if applier.delete(r).await? {
            let verb = if applier.dry_run {
                "would remove"
            } else {
                "Removed"
            };
            printer.status(&format!("  {verb} {r}"));
        }
    }
    Ok(gone.len())
}

/// Checks every rendered object exists and is ready, printing one line per object.
pub async fn verify(
    printer: &Printer,
    applier: &Applier,
    components: &[ComponentObjects],
) -> Result<i32, Error> {
    let mut failed = 0;
    let mut out = String::new();
    for o in components.iter().flat_map(|c| c.objects.iter()) {
        let r = ObjectRef::of(o)?;
        let name = match &r.namespace {
            Some(ns) => format!("{}.{ns}", r.name),
            None => r.name.clone(),
        };
        let ok = match applier.get(&r).await? {
            None => Some("not found".to_string()),
            Some(_) if crate::k8s::wait::waits_for(&r.kind) => crate::k8s::wait::wait_ready(
                &applier.cluster,
                std::slice::from_ref(&r),
                Duration::ZERO,
            )
            .await
            .err()
            .map(|e| e.message),
            Some(_) => None,
        };
        match ok {
            None => out.push_str(&format!("✔ {}: {name} checked successfully\n", r.kind)),
            Some(why) => {
                failed += 1;
                out.push_str(&format!("✘ {}: {name}: {why}\n", r.kind));
            }
        }
    }
    printer.data(&out)?;
    if failed > 0 {
        return Err(Error::general(format!(
            "Istio installation failed verification: {failed} objects are missing or not ready"
        ))
        .hint("run `sailctl install` again, or look at the objects listed above"));
    }
    printer.success("Istio is installed and verified successfully");
    Ok(0)
}

/// The CustomResourceDefinitions of Istio's API groups (`*.istio.io`).
pub async fn istio_crds(cluster: &Cluster) -> Result<Vec<ObjectRef>, ApiError> {
    Ok(crate::cluster::objects::crds(cluster)
        .await?
        .into_iter()
        .filter(|c| c.spec.group.ends_with("istio.io"))
        .map(|c| ObjectRef {
            api_version: "apiextensions.k8s.io/v1".into(),
            kind: "CustomResourceDefinition".into(),
            namespace: None,
            name: c.metadata.name.unwrap_or_default(),
        })
        .collect())
}

/// Waits until every deleted object is gone. An object held by a finalizer that is not
/// Kubernetes' own and has not changed for [`STUCK_AFTER`] is reported at once (nothing
/// is coming to remove it); anything else gets until `timeout`.
pub async fn wait_gone(
    applier: &Applier,
    objs: &[ObjectRef],
    timeout: Duration,
) -> Result<(), Error> {
    let start = std::time::Instant::now();
    for r in objs {
        // (resourceVersion, when it was first seen) to notice an object nobody works on.
        let mut seen: Option<(String, std::time::Instant)> = None;
        loop {
            let live = match applier.get(r).await {
                Ok(None) => break,
                Ok(Some(o)) => o,
                Err(ApiError::NotServed { .. }) => break,
                Err(e) => return Err(e.into()),
            };
            let finalizers = live.metadata.finalizers.clone().unwrap_or_default();
            let version = live.metadata.resource_version.clone().unwrap_or_default();
            let since = match &seen {
                Some((v, t)) if *v == version => *t,
                _ => {
                    seen = Some((version, std::time::Instant::now()));
                    std::time::Instant::now()
                }
            };
            let stuck = plan::foreign_finalizers(&finalizers) && since.elapsed() >= STUCK_AFTER;
            if stuck || start.elapsed() >= timeout {
                let ns_state = match &r.namespace {
                    Some(ns) => namespace_terminating(&applier.cluster, ns)
                        .await?
                        .map(|_| format!(" (namespace {ns} is Terminating)"))
                        .unwrap_or_default(),
                    None => String::new(),
                };
                return Err(plan::stuck_error(
                    r,
                    &finalizers,
                    start.elapsed(),
                    &ns_state,
                ));
            }
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
    }
    Ok(())
}

/// How long a deleted object may sit unchanged behind a foreign finalizer before
/// uninstall calls it stuck.
const STUCK_AFTER: Duration = Duration::from_secs(10);

/// How long uninstall gives a Terminating Istio namespace to finish once Istio's
/// objects are gone, before reporting what holds it.
const NAMESPACE_GRACE: Duration = Duration::from_secs(30);

/// The namespace's status conditions, when it is being deleted (`None` otherwise).
async fn namespace_terminating(cluster: &Cluster, ns: &str) -> Result<Option<Vec<String>>, Error> {
    let api: Api<k8s_openapi::api::core::v1::Namespace> = Api::all(cluster.client.clone());
    let live = cluster
        .call(api.get_opt(ns), "get", &format!("Namespace {ns}"))
        .await?;
    let Some(live) = live.filter(|n| n.metadata.deletion_timestamp.is_some()) else {
        return Ok(None);
    };
    let conditions = live
        .status
        .and_then(|s| s.conditions)
        .unwrap_or_default()
        .into_iter()
        .filter(|c| c.status == "True")
        .filter_map(|c| c.message)
        .collect();
    Ok(Some(conditions))
}

/// After an uninstall: a Terminating Istio namespace must finish within
/// [`NAMESPACE_GRACE`]; otherwise the error says what holds it.
pub async fn check_namespace_gone(cluster: &Cluster, ns: &str) -> Result<(), Error> {
    let start = std::time::Instant::now();
    loop {
        let Some(conditions) = namespace_terminating(cluster, ns).await? else {
            return Ok(());
        };
        if start.elapsed() >= NAMESPACE_GRACE {
            return Err(plan::stuck_namespace_error(
                ns,
                &conditions,
                NAMESPACE_GRACE,
            ));
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}
