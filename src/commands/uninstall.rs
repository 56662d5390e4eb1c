//! `sailctl uninstall`: pick the revision (flag, `--set`, `-f` or `--purge`), confirm, delete
//! what it owns in reverse apply order and wait until it is gone.

use super::install::confirm;
use crate::cli::install::UninstallArgs;
use crate::ctx::Ctx;
use crate::error::{Error, exit};
use crate::install;
use crate::k8s::apply::{Applier, ObjectRef};
use std::time::Duration;

pub fn run(ctx: &Ctx, args: &UninstallArgs) -> Result<i32, Error> {
    if !args.purge
        && args.revision.is_none()
        && args.filename.is_none()
        && !args.set.iter().any(|s| s.starts_with("revision="))
    {
        return Err(Error::usage(
            "at least one of the --revision (or --set revision=<revision>), --filename or --purge flags must be set",
        ));
    }
    // -f names the installation to remove by its revision; the file is read (and must be a
    // valid IstioOperator) before the cluster is contacted.
    let file_revision = match &args.filename {
        Some(f) => {
            let inputs = crate::operator::Inputs {
                files: vec![f.clone()],
                set: args.set.clone(),
                ..Default::default()
            };
            let merged = crate::operator::merge_inputs(&inputs, &mut std::io::stdin().lock())?;
            merged.iop["spec"]["revision"]
                .as_str()
                .filter(|r| !r.is_empty())
                .map(str::to_string)
        }
        None => None,
    };
    let revision = args
        .revision
        .clone()
        .or_else(|| {
            args.set
                .iter()
                .find_map(|s| s.strip_prefix("revision=").map(str::to_string))
        })
        .or(file_revision)
        .unwrap_or_else(|| "default".into());
    crate::ctx::block_on(async {
        let cluster = ctx.connect().await?;
        cluster.server_version().await?;
        let mut objs = install::owned_objects(&cluster, &revision, args.purge).await?;
        let applier = Applier::new(cluster.clone(), args.dry_run);
        let crds = if args.purge {
            install::istio_crds(&cluster).await?
        } else {
            Vec::new()
        };
        if objs.is_empty() && crds.is_empty() {
            ctx.printer
                .status("No Istio resources found in the cluster.");
            if !args.dry_run {
                install::check_namespace_gone(&cluster, &ctx.global.istio_namespace).await?;
            }
            return Ok(0);
        }
        let question = if args.purge {
            "All Istio resources will be pruned from the cluster\nProceed? (y/N) ".to_string()
        } else {
            format!(
                "All Istio resources of revision {revision:?} will be removed from the cluster\nProceed? (y/N) "
            )
        };
        if !args.skip_confirmation && !args.dry_run && !confirm(&question) {
            ctx.printer.status("Cancelled.");
            return Ok(exit::GENERAL);
        }
        // Workloads first, then config and RBAC, webhooks last of the namespaced… reverse apply order.
        objs.sort_by_key(|r| std::cmp::Reverse(crate::k8s::apply::apply_rank(&r.kind)));
        for r in objs.iter().chain(crds.iter()) {
            if applier.delete(r).await? {
                let verb = if args.dry_run {
                    "would remove"
                } else {
                    "Removed"
                };
                ctx.printer.status(&format!("  {verb} {r}."));
            }
        }
        if !args.dry_run {
            let all: Vec<ObjectRef> = objs.iter().chain(crds.iter()).cloned().collect();
            install::wait_gone(&applier, &all, Duration::from_secs(120)).await?;
            install::check_namespace_gone(&cluster, &ctx.global.istio_namespace).await?;
        }
        ctx.printer.success("Uninstall complete");
        Ok(0)
    })
}
