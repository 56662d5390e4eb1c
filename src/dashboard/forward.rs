//! The forward loop: one local listener, one kube port-forward stream per browser connection,
//! until Ctrl-C (exit 0) or the pod goes away (exit 1).

use crate::error::Error;
use crate::k8s::{ApiError, Cluster};
use k8s_openapi::api::core::v1::Pod;
use kube::api::Api;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};

/// How often the pod is checked while forwarding.
const POD_CHECK_EVERY: Duration = Duration::from_secs(2);

/// Why one forwarded connection failed (warned about once per session).
#[derive(Debug, thiserror::Error)]
enum ForwardError {
    #[error(transparent)]
    Open(#[from] ApiError),
    #[error("no stream for the port")]
    NoStream,
    /// What the kubelet reported on the port-forward error channel.
    #[error("{0}")]
    Remote(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// Why the loop ended without an error.
#[derive(Debug, PartialEq, Eq)]
pub enum Ended {
    Interrupted,
}

/// Serves connections until Ctrl-C or until the pod stops running.
pub async fn serve(
    cluster: &Cluster,
    namespace: &str,
    pod: &str,
    port: u16,
    listener: TcpListener,
    printer: &crate::output::Printer,
) -> Result<Ended, Error> {
    let pods: Api<Pod> = Api::namespaced(cluster.client.clone(), namespace);
    let warned = Arc::new(AtomicBool::new(false));
    let mut check = tokio::time::interval(POD_CHECK_EVERY);
    check.tick().await;
    let ctrl_c = tokio::signal::ctrl_c();
    tokio::pin!(ctrl_c);
    loop {
        tokio::select! {
            _ = &mut ctrl_c => return Ok(Ended::Interrupted),
            accepted = listener.accept() => {
                let (conn, peer) = accepted.map_err(|e| Error::general(format!("cannot accept a connection: {}", crate::files::io_reason(&e))))?;
                printer.verbose(&format!("connection from {peer} → {namespace}/{pod}:{port}"));
                let pods = pods.clone();
                let cluster = cluster.clone();
                let pod = pod.to_string();
                let warned = warned.clone();
                let printer = printer.clone();
                tokio::spawn(async move {
                    if let Err(e) = forward_one(&cluster, &pods, &pod, port, conn).await {
                        // One line per session, not per failed connection.
                        if !warned.swap(true, Ordering::Relaxed) {
                            printer.warn(&format!("forwarding to {pod}:{port} failed: {e}"));
                        }
                    }
                });
            }
            _ = check.tick() => {
                if let Some(why) = pod_stopped(cluster, &pods, pod).await {
                    return Err(Error::general(format!("pod {pod} in namespace {namespace} {why}; the dashboard cannot be reached any more"))
                        .hint("run the command again to connect to a running pod"));
                }
            }
        }
    }
}

async fn forward_one(
    cluster: &Cluster,
    pods: &Api<Pod>,
    pod: &str,
    port: u16,
    mut conn: TcpStream,
) -> Result<(), ForwardError> {
    let mut pf = cluster
        .call(
            pods.portforward(pod, &[port]),
            "port-forward to",
            &format!("pod {pod}"),
        )
        .await?;
    let mut upstream = pf.take_stream(port).ok_or(ForwardError::NoStream)?;
    let errors = pf.take_error(port);
    let copied = tokio::io::copy_bidirectional(&mut conn, &mut upstream).await;
    drop(upstream);
    if let Some(err) = errors
        && let Ok(Some(msg)) = tokio::time::timeout(Duration::from_millis(200), err).await
    {
        return Err(ForwardError::Remote(msg));
    }
    let _ = pf.join().await;
    match copied {
        Ok(_) => Ok(()),
        // A browser closing its side mid-transfer is normal.
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::ConnectionReset | std::io::ErrorKind::BrokenPipe
            ) =>
        {
            Ok(())
        }
        Err(e) => Err(e.into()),
    }
}

/// `Some(reason)` when the pod is gone, terminating or no longer running.
async fn pod_stopped(cluster: &Cluster, pods: &Api<Pod>, pod: &str) -> Option<String> {
    match cluster
        .call(pods.get_opt(pod), "get", &format!("pod {pod}"))
        .await
    {
        Ok(None) => Some("was deleted".into()),
        Ok(Some(p)) if p.metadata.deletion_timestamp.is_some() => Some("is terminating".into()),
        Ok(Some(p)) => {
            let phase = p.status.and_then(|s| s.phase).unwrap_or_default();
            (phase != "Running").then(|| format!("is no longer running (phase {phase})"))
        }
        // A transient API error is not proof the pod died; the next check decides.
        Err(_) => None,
    }
}
