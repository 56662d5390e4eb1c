//! VirtualService routing: the destinations of its routes and mirrors, and whether it is
//! bound to the mesh.

use super::fields::arr;
use serde_json::Value;

static NULL: Value = Value::Null;

/// A destination inside a VirtualService: where it is and what it points at.
pub struct RouteDestination<'a> {
    pub destination: &'a Value,
    /// `http`, `tcp`, `tls` or `http.mirror`.
    pub rule: &'static str,
    /// The field path of the destination's host (for error lines).
    pub path: String,
}

/// Every route destination (http/tcp/tls) of a VirtualService spec.
pub fn route_destinations(spec: &Value) -> Vec<RouteDestination<'_>> {
    let mut out = Vec::new();
    for rule in ["http", "tcp", "tls"] {
        for (ri, r) in arr(spec, rule).iter().enumerate() {
            for (di, d) in arr(r, "route").iter().enumerate() {
                // A route without a destination still counts (as an empty host).
                out.push(RouteDestination {
                    destination: d.get("destination").unwrap_or(&NULL),
                    rule,
                    path: format!("spec.{rule}[{ri}].route[{di}].destination.host"),
                });
            }
        }
    }
    out
}

/// Every HTTP mirror destination (`mirror` and `mirrors[].destination`).
pub fn mirror_destinations(spec: &Value) -> Vec<RouteDestination<'_>> {
    let mut out = Vec::new();
    for (ri, r) in arr(spec, "http").iter().enumerate() {
        if let Some(m) = r.get("mirror").filter(|m| m.is_object()) {
            out.push(RouteDestination {
                destination: m,
                rule: "http.mirror",
                path: format!("spec.http[{ri}].mirror.host"),
            });
        }
        for (mi, m) in arr(r, "mirrors").iter().enumerate() {
            if let Some(d) = m.get("destination").filter(|d| d.is_object()) {
                out.push(RouteDestination {
                    destination: d,
                    rule: "http.mirror",
                    path: format!("spec.http[{ri}].mirrors[{mi}].destination.host"),
                });
            }
        }
    }
    out
}

/// Whether a VirtualService is bound to the mesh (no gateways, or `mesh` among them).
pub fn vs_on_mesh(spec: &Value) -> bool {
    let gws = arr(spec, "gateways");
    gws.is_empty() || gws.iter().any(|g| g.as_str() == Some("mesh"))
}
