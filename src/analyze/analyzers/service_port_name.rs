//! service.PortNameAnalyzer: Service ports must say their protocol (name prefix or appProtocol).

use crate::analyze::fields::{arr, as_port, str_at};
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::{
    EXTERNAL_NAME_SERVICE_TYPE_INVALID_PORT_NAME, PORT_NAME_IS_NOT_UNDER_NAMING_CONVENTION,
};
use crate::analyze::workloads::is_system_namespace;
use crate::analyze::{Analyzer, Context, Out};
use serde_json::Value;

pub struct PortNameAnalyzer;

const PROTOCOLS: &[&str] = &[
    "tcp",
    "udp",
    "grpc",
    "grpc-web",
    "http",
    "http_proxy",
    "http2",
    "https",
    "tls",
    "mongo",
    "redis",
    "mysql",
];

/// Whether Istio can tell the protocol of a Service port.
pub fn protocol_known(name: &str, protocol: &str, app_protocol: Option<&str>) -> bool {
    if protocol.eq_ignore_ascii_case("UDP") {
        return true;
    }
    if let Some(ap) = app_protocol {
        let ap = ap.to_ascii_lowercase();
        if PROTOCOLS.contains(&ap.as_str())
            || matches!(
                ap.as_str(),
                "kubernetes.io/h2c" | "kubernetes.io/ws" | "kubernetes.io/wss"
            )
        {
            return true;
        }
    }
    let name = name.to_ascii_lowercase();
    if name == "grpc-web" || name.starts_with("grpc-web-") {
        return true;
    }
    let prefix = name.split('-').next().unwrap_or("");
    PROTOCOLS.contains(&prefix)
}

/// Istio's own Services (control plane, gateways, waypoints) are exempt.
fn is_control_plane(labels: Option<&serde_json::Map<String, Value>>) -> bool {
    let Some(l) = labels else {
        return false;
    };
    l.contains_key("istio")
        || l.get("release").and_then(Value::as_str) == Some("istio")
        || l.get("gateway.istio.io/managed").and_then(Value::as_str)
            == Some("istio.io-mesh-controller")
}

impl Analyzer for PortNameAnalyzer {
    fn name(&self) -> &'static str {
        "service.PortNameAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Checks the port names associated with each service"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::SERVICE]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        for (i, r) in cx.snap.of(kinds::SERVICE) {
            if is_system_namespace(&r.namespace) || is_control_plane(r.labels()) {
                continue;
            }
            let external = str_at(r.spec(), &["type"]) == Some("ExternalName");
            for (pi, p) in arr(r.spec(), "ports").iter().enumerate() {
                let line = cx.line(i, &format!("spec.ports[{pi}].port"));
                let name = str_at(p, &["name"]).unwrap_or("");
                let proto = str_at(p, &["protocol"]).unwrap_or("TCP");
                let known = protocol_known(name, proto, str_at(p, &["appProtocol"]));
                if known && !(name == "tcp" && external) {
                    continue;
                }
                if external {
                    out.add_at(
                        &EXTERNAL_NAME_SERVICE_TYPE_INVALID_PORT_NAME,
                        i,
                        line,
                        vec![],
                    );
                } else {
                    let port = p.get("port").and_then(as_port).unwrap_or(0);
                    let target = match p.get("targetPort") {
                        Some(Value::String(s)) => s.clone(),
                        Some(Value::Number(n)) => n.to_string(),
                        _ => "0".into(),
                    };
                    out.add_at(
                        &PORT_NAME_IS_NOT_UNDER_NAMING_CONVENTION,
                        i,
                        line,
                        vec![name.into(), port.into(), target.into()],
                    );
                }
            }
        }
    }
}
