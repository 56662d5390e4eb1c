//! Which pod and port each dashboard reaches: istioctl's selectors, ports and URL paths.

/// One web UI reachable by port-forward.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Component {
    pub name: &'static str,
    /// Label selector of its pods (addons and istiod); `None` for per-pod UIs picked by name.
    pub selector: Option<&'static str>,
    /// The port the UI listens on inside the pod.
    pub port: u16,
    /// The URL path the browser opens.
    pub path: &'static str,
    /// Whether `sailctl addons install` provides it (for the not-found hint).
    pub addon: bool,
}

pub const KIALI: Component = Component {
    name: "kiali",
    selector: Some("app=kiali"),
    port: 20001,
    path: "/kiali",
    addon: true,
};
pub const PROMETHEUS: Component = Component {
    name: "prometheus",
    selector: Some("app.kubernetes.io/name=prometheus"),
    port: 9090,
    path: "",
    addon: true,
};
pub const GRAFANA: Component = Component {
    name: "grafana",
    selector: Some("app.kubernetes.io/name=grafana"),
    port: 3000,
    path: "",
    addon: true,
};
pub const JAEGER: Component = Component {
    name: "jaeger",
    selector: Some("app=jaeger"),
    port: 16686,
    path: "",
    addon: true,
};
pub const ZIPKIN: Component = Component {
    name: "zipkin",
    selector: Some("app=zipkin"),
    port: 9411,
    path: "",
    addon: true,
};
pub const SKYWALKING: Component = Component {
    name: "skywalking",
    selector: Some("app=skywalking-ui"),
    port: 8080,
    path: "",
    addon: false,
};
pub const PROXY: Component = Component {
    name: "proxy",
    selector: None,
    port: 15000,
    path: "",
    addon: false,
};
pub const CONTROLZ: Component = Component {
    name: "controlz",
    selector: Some("app=istiod"),
    port: 9876,
    path: "",
    addon: false,
};
pub const ISTIOD_DEBUG: Component = Component {
    name: "istiod-debug",
    selector: Some("app=istiod"),
    port: 15014,
    path: "/debug",
    addon: false,
};

/// The URL printed and opened for a local port.
pub fn url(host: &str, port: u16, path: &str) -> String {
    let host = if host.contains(':') && !host.starts_with('[') {
        format!("[{host}]")
    } else {
        host.to_string()
    };
    format!("http://{host}:{port}{path}")
}

/// `<pod>[.namespace]` → (pod, namespace or the default).
pub fn split_pod_ref<'a>(pod: &'a str, default_ns: &'a str) -> (&'a str, &'a str) {
    match pod.split_once('.') {
        Some((name, ns)) if !ns.is_empty() => (name, ns),
        _ => (pod.trim_end_matches('.'), default_ns),
    }
}

/// Adds `istio.io/rev=<rev>` to a selector when a revision is asked for.
pub fn with_revision(selector: &str, revision: Option<&str>) -> String {
    match revision {
        Some(r) if !r.is_empty() && r != "default" => format!("{selector},istio.io/rev={r}"),
        _ => selector.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_matches_istioctl() {
        assert_eq!(
            (KIALI.selector, KIALI.port, KIALI.path),
            (Some("app=kiali"), 20001, "/kiali")
        );
        assert_eq!(
            (PROMETHEUS.selector, PROMETHEUS.port),
            (Some("app.kubernetes.io/name=prometheus"), 9090)
        );
        assert_eq!(
            (GRAFANA.selector, GRAFANA.port),
            (Some("app.kubernetes.io/name=grafana"), 3000)
        );
        assert_eq!((JAEGER.selector, JAEGER.port), (Some("app=jaeger"), 16686));
        assert_eq!((ZIPKIN.selector, ZIPKIN.port), (Some("app=zipkin"), 9411));
        assert_eq!(
            (SKYWALKING.selector, SKYWALKING.port),
            (Some("app=skywalking-ui"), 8080)
        );
        assert_eq!(PROXY.port, 15000);
        assert_eq!(CONTROLZ.port, 9876);
        assert_eq!((ISTIOD_DEBUG.port, ISTIOD_DEBUG.path), (15014, "/debug"));
    }

    #[test]
    fn urls_and_pod_refs() {
        assert_eq!(
            url("localhost", 20001, "/kiali"),
            "http://localhost:20001/kiali"
        );
        assert_eq!(url("::1", 80, ""), "http://[::1]:80");
        assert_eq!(
            split_pod_ref("productpage-v1-abc.bookinfo", "default"),
            ("productpage-v1-abc", "bookinfo")
        );
        assert_eq!(
            split_pod_ref("productpage", "default"),
            ("productpage", "default")
        );
        assert_eq!(
            with_revision("app=istiod", Some("canary")),
            "app=istiod,istio.io/rev=canary"
        );
        assert_eq!(with_revision("app=istiod", None), "app=istiod");
    }
}
