//! dashboard's core: which pod and port a dashboard is (a [`Target`]), finding that pod, and
//! (in [`forward`]) forwarding each connection through the Kubernetes port-forward API until
//! Ctrl-C. The flags, the listener and the printing are `commands::dashboard`'s.

pub mod browser;
pub mod components;
pub mod forward;
pub mod listen;

use crate::error::Error;
use crate::k8s::Cluster;
use components::Component;
use k8s_openapi::api::core::v1::Pod;
use kube::api::{Api, ListParams};

/// How the pod is chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PodChoice {
    Name(String),
    Selector(String),
}

/// Everything needed to open one dashboard.
#[derive(Debug, Clone)]
pub struct Target {
    pub component: Component,
    pub namespace: String,
    pub pod: PodChoice,
    pub port: u16,
}

/// An istiod UI (ControlZ, debug): a named pod, or `-l`, or istiod of the revision.
pub fn istiod_target(
    component: Component,
    port: u16,
    pod: Option<&str>,
    selector: Option<&str>,
    revision: Option<&str>,
    ns: &str,
) -> Result<Target, Error> {
    let sel = selector
        .map(str::to_string)
        .unwrap_or_else(|| components::with_revision("app=istiod", revision));
    let (pod, namespace) = pick(pod, Some(&sel), ns, component.name)?;
    Ok(Target {
        component,
        namespace,
        pod,
        port,
    })
}

/// A pod named `<pod>[.ns]` wins over a selector; one of them is required.
pub fn pick(
    pod: Option<&str>,
    selector: Option<&str>,
    ns: &str,
    cmd: &str,
) -> Result<(PodChoice, String), Error> {
    match (pod, selector) {
        (Some(p), _) => {
            let (name, ns) = components::split_pod_ref(p, ns);
            Ok((PodChoice::Name(name.to_string()), ns.to_string()))
        }
        (None, Some(sel)) => Ok((PodChoice::Selector(sel.to_string()), ns.to_string())),
        (None, None) => Err(Error::usage(format!(
            "specify a pod or --selector for dashboard {cmd}"
        ))
        .hint(format!(
            "e.g. sailctl dashboard {cmd} productpage-123-456.default, or -l app=productpage"
        ))),
    }
}

/// The pod to forward to: the named one, or the first running one matching the selector.
pub async fn resolve_pod(cluster: &Cluster, t: &Target) -> Result<String, Error> {
    let pods: Api<Pod> = Api::namespaced(cluster.client.clone(), &t.namespace);
    match &t.pod {
        PodChoice::Name(name) => {
            let p = cluster
                .call(
                    pods.get_opt(name),
                    "get",
                    &format!("pod {name} in {}", t.namespace),
                )
                .await?;
            match p {
                Some(_) => Ok(name.clone()),
                None => Err(Error::general(format!(
                    "pod {name} not found in namespace {}",
                    t.namespace
                ))
                .hint("use <pod>.<namespace> or -n to pick the namespace")),
            }
        }
        PodChoice::Selector(sel) => {
            let list = cluster
                .call(
                    pods.list(&ListParams::default().labels(sel)),
                    "list",
                    &format!("pods in {}", t.namespace),
                )
                .await?;
            let mut running: Vec<&Pod> = list
                .items
                .iter()
                .filter(|p| p.metadata.deletion_timestamp.is_none())
                .filter(|p| p.status.as_ref().and_then(|s| s.phase.as_deref()) == Some("Running"))
                .collect();
            running.sort_by(|a, b| a.metadata.name.cmp(&b.metadata.name));
            match running.first() {
                Some(p) => Ok(p.metadata.name.clone().unwrap_or_default()),
                None => Err(not_found(t, sel, !list.items.is_empty())),
            }
        }
    }
}

fn not_found(t: &Target, selector: &str, some_not_running: bool) -> Error {
    let msg = if some_not_running {
        format!(
            "no running pods found with selector {selector} in namespace {}",
            t.namespace
        )
    } else {
        format!("no pods found with selector {selector}")
    };
    let err = Error::general(msg);
    if t.component.addon {
        err.hint(format!("install it with `sailctl addons install {}`, or use -n if it runs in another namespace", t.component.name))
    } else {
        err.hint("check the namespace (-n) and the selector (-l)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_found_names_selector_and_addon_command() {
        let t = Target {
            component: components::KIALI,
            namespace: "istio-system".into(),
            pod: PodChoice::Selector("app=kiali".into()),
            port: 20001,
        };
        let e = not_found(&t, "app=kiali", false);
        assert_eq!(e.message, "no pods found with selector app=kiali");
        assert!(e.hints[0].contains("sailctl addons install kiali"));
    }
}
