//! `sailctl addons install|uninstall|list`: the addons the arguments name, in the namespace
//! `-n` names (default: the Istio namespace).

use crate::addons::{self, Addon};
use crate::cli::dashboard::{self as cli, AddonSelection, AddonsCommand};
use crate::ctx::Ctx;
use crate::error::Error;
use crate::k8s::apply::Applier;

pub fn run(ctx: &Ctx, cmd: &AddonsCommand) -> Result<i32, Error> {
    let ns = ctx
        .global
        .namespace
        .clone()
        .unwrap_or_else(|| ctx.global.istio_namespace.clone());
    crate::ctx::block_on(async {
        let cluster = ctx.connect().await?;
        cluster.server_version().await?;
        let applier = Applier::new(cluster.clone(), false);
        match cmd {
            AddonsCommand::Install(sel) => {
                addons::install(
                    &ctx.printer,
                    &applier,
                    &ns,
                    &chosen(sel),
                    sel.readiness_timeout.0,
                )
                .await
            }
            AddonsCommand::Uninstall(sel) => {
                addons::uninstall(&ctx.printer, &applier, &ns, &chosen(sel)).await
            }
            AddonsCommand::List => addons::list(&ctx.printer, &applier, &ns).await,
        }
    })
}

/// The addons named; none, or `all`, means every addon (an empty list for the core).
fn chosen(sel: &AddonSelection) -> Vec<Addon> {
    if sel.addons.contains(&cli::Addon::All) {
        return Vec::new();
    }
    sel.addons
        .iter()
        .filter_map(|a| match a {
            cli::Addon::One(a) => Some(*a),
            cli::Addon::All => None,
        })
        .collect()
}
