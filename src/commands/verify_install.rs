//! `sailctl verify-install`: render what the flags name and check it is in the cluster.

use super::install::merge;
use crate::cli::install::VerifyInstallArgs;
use crate::ctx::Ctx;
use crate::error::Error;
use crate::install;
use crate::k8s::apply::Applier;

pub fn run(ctx: &Ctx, args: &VerifyInstallArgs) -> Result<i32, Error> {
    let merged = merge(&args.render, false)?;
    let components = install::render_glue::render_components(&merged)?;
    crate::ctx::block_on(async {
        let cluster = ctx.connect().await?;
        cluster.server_version().await?;
        let applier = Applier::new(cluster, false);
        install::verify(&ctx.printer, &applier, &components).await
    })
}
