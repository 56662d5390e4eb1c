//! `sailctl dashboard <ui>`: map the subcommand to a target, find the pod, bind a local port,
//! print the URL, open the browser and forward until Ctrl-C (which ends it with exit 0).

use crate::cli::dashboard::{AddonArgs, DashboardCommand, ForwardArgs};
use crate::ctx::Ctx;
use crate::dashboard::components::{self, Component};
use crate::dashboard::{self, PodChoice, Target};
use crate::error::Error;

/// Maps the parsed subcommand to a target (pure; unit-tested).
pub fn target(
    cmd: &DashboardCommand,
    istio_ns: &str,
    namespace: Option<&str>,
) -> Result<(Target, ForwardArgs), Error> {
    use DashboardCommand as D;
    let addon_ns = namespace.unwrap_or(istio_ns).to_string();
    let addon = |c: Component, a: &AddonArgs| {
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
            let (pod, namespace) =
                dashboard::pick(a.pod.as_deref(), a.selector.as_deref(), ns, "proxy")?;
            let t = Target {
                component: components::PROXY,
                namespace,
                pod,
                port: a.ui_port.unwrap_or(components::PROXY.port),
            };
            Ok((t, a.forward.clone()))
        }
        D::Controlz(a) => {
            let t = dashboard::istiod_target(
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
            let t = dashboard::istiod_target(
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

pub fn run(ctx: &Ctx, cmd: &DashboardCommand) -> Result<i32, Error> {
    let (target, fwd) = target(
        cmd,
        &ctx.global.istio_namespace,
        ctx.global.namespace.as_deref(),
    )?;
    let ip = dashboard::listen::parse_address(&fwd.address)?;
    crate::ctx::block_on_raw(async move {
        let cluster = ctx.connect().await?;
        cluster.server_version().await?;
        let pod = dashboard::resolve_pod(&cluster, &target).await?;
        let listener = tokio::net::TcpListener::bind(dashboard::listen::socket(ip, fwd.port))
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
        if let Some(w) = dashboard::listen::exposure_warning(ip) {
            ctx.printer.warn(&w);
        }
        let local = listener.local_addr()?;
        let url = dashboard::components::url(
            &dashboard::listen::url_host(&fwd.address, ip),
            local.port(),
            target.component.path,
        );
        ctx.printer.data(&format!("{url}\n"))?;
        ctx.printer.status(&format!(
            "Forwarding to {}/{pod}:{} — press Ctrl-C to stop",
            target.namespace, target.port
        ));
        if fwd.browser
            && let Err(why) = dashboard::browser::open(&url)
        {
            ctx.printer.status(&format!(
                "Not opening a browser: {why}. Open {url} yourself."
            ));
        }
        dashboard::forward::serve(
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
}
