//! `dashboard`: find the pod, bind a local port, print the URL, open the browser, forward
//! each connection through the Kubernetes port-forward API until Ctrl-C.

pub mod browser;
pub mod components;
pub mod forward;
pub mod listen;

use crate::app::Ctx;
use crate::cli::dashboard::{DashboardCommand, ForwardArgs};
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

/// Maps the parsed subcommand to a target (pure; unit-tested).
pub fn target(
    cmd: &DashboardCommand,
    istio_ns: &str,
    namespace: Option<&str>,
) -> Result<(Target, ForwardArgs), Error> {
    use DashboardCommand as D;
    let addon_ns = namespace.unwrap_or(istio_ns).to_string();
    let addon = |c: Component, a: &crate::cli::dashboard::AddonArgs| {
        let t = Target {
            component: c,
            namespace: addon_ns.clone(),
            pod: PodChoice::Selector(c.selector.unwrap_or_default().to_string()),
            port: a.ui_port.unwrap_or(c.port),
        };
        Ok((t, a.forward.clone()))
    };
    match cmd {
        D::Kiali(a) => addon(components::KIALI, a),
        D::Grafana(a) => addon(components::GRAFANA, a),
        D::Jaeger(a) => addon(components::JAEGER, a),
        D::Prometheus(a) => addon(components::PROMETHEUS, a),
        D::Zipkin(a) => addon(components::ZIPKIN, a),
        D::Skywalking(a) => addon(components::SKYWALKING, a),
        D::Proxy(a) | D::Envoy(a) => {
            let ns = namespace.unwrap_or("default");
            let (pod, namespace) = pick(a.pod.as_deref(), a.selector.as_deref(), ns, "proxy")?;
            let t = Target {
                component: components::PROXY,
                namespace,
                pod,
                port: a.ui_port.unwrap_or(components::PROXY.port),
            };
            Ok((t, a.forward.clone()))
        }
        D::Controlz(a) => {
            let t = istiod_target(
                components::CONTROLZ,
                a.ctrlz_port,
                a.pod.as_deref(),
                a.selector.as_deref(),
                a.revision.as_deref(),
                namespace.unwrap_or(istio_ns),
            )?;
            Ok((t, a.forward.clone()))
        }
        D::IstiodDebug(a) => {
            let c = components::ISTIOD_DEBUG;
            let t = istiod_target(
                c,
                c.port,
                a.pod.as_deref(),
                a.selector.as_deref(),
                a.revision.as_deref(),
                namespace.unwrap_or(istio_ns),
            )?;
            Ok((t, a.forward.clone()))
        }
    }
}

/// An istiod UI (ControlZ, debug): a named pod, or `-l`, or istiod of the revision.
fn istiod_target(
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
fn pick(
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

pub fn run(ctx: &Ctx, cmd: &DashboardCommand) -> Result<i32, Error> {
    let (target, fwd) = target(
        cmd,
        &ctx.global.istio_namespace,
        ctx.global.namespace.as_deref(),
    )?;
    let ip = listen::parse_address(&fwd.address)?;
    crate::app::block_on_raw(async move {
        let cluster = crate::k8s::connect(&ctx.global).await?;
        cluster.server_version().await?;
        let pod = resolve_pod(&cluster, &target).await?;
        let listener = tokio::net::TcpListener::bind(listen::socket(ip, fwd.port))
            .await
            .map_err(|e| {
                Error::general(format!(
                    "cannot listen on {}:{}: {}",
                    fwd.address,
                    fwd.port,
                    crate::files::io_reason(&e)
                ))
                .hint("pick another --port, or -p 0 for any free port")
            })?;
        if let Some(w) = listen::exposure_warning(ip) {
            ctx.printer.warn(&w);
        }
        let local = listener.local_addr()?;
        let url = components::url(
            &listen::url_host(&fwd.address, ip),
            local.port(),
            target.component.path,
        );
        ctx.printer.data(&format!("{url}\n"))?;
        ctx.printer.status(&format!(
            "Forwarding to {}/{pod}:{} — press Ctrl-C to stop",
            target.namespace, target.port
        ));
        if fwd.browser
            && let Err(why) = browser::open(&url)
        {
            ctx.printer.status(&format!(
                "Not opening a browser: {why}. Open {url} yourself."
            ));
        }
        forward::serve(
            &cluster,
            &target.namespace,
            &pod,
            target.port,
            listener,
            &ctx.printer,
        )
        .await?;
        Ok(0)
    })
}

/// The pod to forward to: the named one, or the first running one matching the selector.
async fn resolve_pod(cluster: &Cluster, t: &Target) -> Result<String, Error> {
    let pods: Api<Pod> = Api::namespaced(cluster.client.clone(), &t.namespace);
    match &t.pod {
        PodChoice::Name(name) => {
            let p = pods
                .get_opt(name)
                .await
                .map_err(|e| cluster.error(e, "get", &format!("pod {name} in {}", t.namespace)))?;
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
            let list = pods
                .list(&ListParams::default().labels(sel))
                .await
                .map_err(|e| cluster.error(e, "list", &format!("pods in {}", t.namespace)))?;
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
    use crate::cli::{Cli, Command};
    use clap::Parser;

    fn parse(args: &[&str]) -> (Target, ForwardArgs) {
        let cli =
            Cli::try_parse_from(std::iter::once("sailctl").chain(args.iter().copied())).unwrap();
        let Command::Dashboard(d) = cli.command else {
            panic!()
        };
        target(
            &d,
            &cli.global.istio_namespace,
            cli.global.namespace.as_deref(),
        )
        .unwrap()
    }

    #[test]
    fn addons_default_to_the_istio_namespace() {
        let (t, f) = parse(&["dashboard", "kiali"]);
        assert_eq!(t.namespace, "istio-system");
        assert_eq!(t.pod, PodChoice::Selector("app=kiali".into()));
        assert_eq!(
            (t.port, f.port, f.address.as_str(), f.browser),
            (20001, 0, "localhost", true)
        );
        let (t, f) = parse(&[
            "d",
            "grafana",
            "-n",
            "observability",
            "-p",
            "3001",
            "--browser=false",
        ]);
        assert_eq!(
            (t.namespace.as_str(), t.port, f.port, f.browser),
            ("observability", 3000, 3001, false)
        );
    }

    #[test]
    fn proxy_takes_pod_dot_namespace_or_selector() {
        let (t, _) = parse(&["dashboard", "envoy", "productpage-1.bookinfo"]);
        assert_eq!(
            (t.pod, t.namespace.as_str(), t.port),
            (PodChoice::Name("productpage-1".into()), "bookinfo", 15000)
        );
        let (t, _) = parse(&["dashboard", "proxy", "-l", "app=reviews"]);
        assert_eq!(
            (t.pod, t.namespace.as_str()),
            (PodChoice::Selector("app=reviews".into()), "default")
        );
    }

    #[test]
    fn controlz_and_istiod_debug_follow_revision() {
        let (t, _) = parse(&["dashboard", "controlz", "-r", "canary"]);
        assert_eq!(
            t.pod,
            PodChoice::Selector("app=istiod,istio.io/rev=canary".into())
        );
        assert_eq!(t.port, 9876);
        let (t, _) = parse(&["dashboard", "istiod-debug"]);
        assert_eq!((t.port, t.component.path), (15014, "/debug"));
    }

    #[test]
    fn proxy_without_pod_or_selector_is_a_usage_error() {
        let cli = Cli::try_parse_from(["sailctl", "dashboard", "proxy"]).unwrap();
        let Command::Dashboard(d) = cli.command else {
            panic!()
        };
        assert_eq!(
            target(&d, "istio-system", None).unwrap_err().exit_code(),
            64
        );
    }

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
