//! `sailctl install` and `upgrade`: merge the IstioOperator inputs, render, confirm, then
//! the cluster work of `install` (apply, wait, prune, optionally verify).

use crate::cli::install::{InstallArgs, RenderArgs};
use crate::ctx::Ctx;
use crate::error::{Error, exit};
use crate::install;
use crate::k8s::apply::Applier;
use crate::operator::{Inputs, MergedSpec};
use std::io::BufRead;

pub fn run(ctx: &Ctx, args: &InstallArgs) -> Result<i32, Error> {
    let merged = merge(&args.render, args.force)?;
    for w in &merged.warnings {
        ctx.printer.warn(w);
    }
    let mut components = install::render_glue::render_components(&merged)?;
    let revision = install::revision_of(&merged);
    let istio_ns = merged.namespace().to_string();
    let profile = merged.profile().to_string();
    crate::ctx::block_on(async {
        let cluster = ctx.connect().await?;
        install::check_kubernetes(&cluster).await?;
        let tag_exists = crate::cluster::objects::count_mutating_webhooks(
            &cluster,
            install::default_tag::EXISTING_TAG_SELECTOR,
        )
        .await?
            > 0;
        if install::default_tag::needed(&merged, tag_exists) {
            install::render_glue::add_default_tag(&mut components, &merged, &revision, &istio_ns)?;
        }
        // Render already orders each component's objects as istioctl applies them (CRDs first).
        for c in &mut components {
            install::plan::label_objects(c, &revision, &istio_ns);
        }
        if let Some(installed) = install::installed_version(&cluster, &merged, &revision).await
            && let Some(w) = install::plan::skew_warning(&installed, crate::version::ISTIO_VERSION)
        {
            ctx.printer.warn(&w);
        }
        if !args.skip_confirmation
            && !args.dry_run
            && !confirm(&install::plan::confirm_text(&profile, &revision))
        {
            ctx.printer.status("Cancelled.");
            return Ok(exit::GENERAL);
        }
        let mut applier = Applier::new(cluster.clone(), args.dry_run);
        // As istioctl's --force, it also takes over fields another field manager changed.
        applier.force = args.force;
        install::ensure_namespaces(&applier, &components, merged.namespace()).await?;
        let changed = install::apply_all(
            &ctx.printer,
            &applier,
            &components,
            args.readiness_timeout.0,
        )
        .await?;
        let pruned = install::prune(&ctx.printer, &applier, &components, &revision).await?;
        if args.dry_run {
            ctx.printer.status(&format!("Dry run: {changed} objects would change, {pruned} would be removed; nothing was changed."));
            return Ok(0);
        }
        if changed == 0 && pruned == 0 {
            ctx.printer.success("Installation complete (no changes)");
        } else {
            ctx.printer.success("Installation complete");
        }
        if args.verify {
            return install::verify(&ctx.printer, &applier, &components).await;
        }
        Ok(0)
    })
}

/// Merges the IstioOperator inputs the flags name (stdin for `-f -`).
pub(super) fn merge(args: &RenderArgs, force: bool) -> Result<MergedSpec, Error> {
    let inputs = Inputs {
        files: args.filenames.clone(),
        set: args.set.clone(),
        manifests: args.manifests.clone(),
        revision: args.revision.clone(),
        force: Some(force),
        ..Default::default()
    };
    crate::operator::merge_inputs(&inputs, &mut std::io::stdin().lock())
}

/// Asks on the terminal; end of input counts as no.
pub(super) fn confirm(question: &str) -> bool {
    eprint!("{question}");
    let mut line = String::new();
    match std::io::stdin().lock().read_line(&mut line) {
        Ok(0) | Err(_) => {
            eprintln!();
            false
        }
        Ok(_) => install::plan::confirmed(Some(&line)),
    }
}
