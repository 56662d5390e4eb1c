//! What every command runs with: the context (output layer, global flags), the async
//! runtime a command's cluster work runs on, and Ctrl-C handling.

use crate::cli;
use crate::error::{Error, exit};
use crate::k8s::{Cluster, ConnectOptions};
use crate::output::Printer;

/// What every command gets: the output layer and the global flags.
/// The Kubernetes client is made on first use, so offline commands never touch a kubeconfig.
pub struct Ctx {
    pub printer: Printer,
    pub global: cli::GlobalArgs,
}

impl Ctx {
    /// The global flags that say how to reach the cluster, as the k8s layer takes them.
    pub fn connect_options(&self) -> ConnectOptions {
        let g = &self.global;
        ConnectOptions {
            kubeconfig: g.kubeconfig.clone(),
            context: g.context.clone(),
            as_user: g.as_user.clone(),
            as_group: g.as_group.clone(),
            timeout: g.kubeclient_timeout.0,
        }
    }

    /// A client for the cluster the global flags name (does not contact it yet).
    pub async fn connect(&self) -> Result<Cluster, Error> {
        crate::k8s::connect(&self.connect_options()).await
    }
}

/// Runs async work on a runtime made for this command; Ctrl-C ends it with exit 130.
pub fn block_on<T>(fut: impl std::future::Future<Output = Result<T, Error>>) -> Result<T, Error> {
    block_on_raw(async {
        tokio::select! {
            r = fut => r,
            _ = tokio::signal::ctrl_c() => Err(Error::interrupted()),
        }
    })
}

/// Like `block_on` for commands that handle Ctrl-C themselves (dashboard exits 0 on it).
pub fn block_on_raw<T>(
    fut: impl std::future::Future<Output = Result<T, Error>>,
) -> Result<T, Error> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::general(format!("cannot start the async runtime: {e}")))?;
    rt.block_on(fut)
}

/// For synchronous work that cannot select on Ctrl-C (streaming input, analysis): from
/// here on, Ctrl-C runs `cleanup`, prints `Error: interrupted` and exits 130 — instead of
/// dying by the signal, or being ignored because an earlier runtime registered a handler.
/// If the watcher cannot be set up, Ctrl-C keeps its previous effect.
pub fn exit_on_ctrl_c(cleanup: impl FnOnce() + Send + 'static) {
    let Ok(rt) = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
    else {
        return;
    };
    // Registered here, before returning, so no Ctrl-C slips past the watcher.
    let sig = rt.block_on(async {
        tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())
    });
    let Ok(mut sig) = sig else {
        return;
    };
    std::thread::spawn(move || {
        rt.block_on(sig.recv());
        cleanup();
        eprint!("{}", Error::interrupted().render());
        std::process::exit(exit::INTERRUPTED);
    });
}
