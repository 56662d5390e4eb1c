//! serviceentry.Analyzer: TCP (or unset-protocol) ports need addresses unless DNS auto-allocation is on.

use crate::analyze::fields::{arr, str_at};
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::SERVICE_ENTRY_ADDRESSES_REQUIRED;
use crate::analyze::{Analyzer, Context, Out};
use serde_json::Value;

pub struct ServiceEntryAnalyzer;

/// True when the mesh's proxies capture DNS and allocate addresses for ServiceEntries.
fn auto_allocated(mesh: &Value) -> bool {
    let md = mesh
        .get("defaultConfig")
        .and_then(|d| d.get("proxyMetadata"));
    let get = |k: &str| md.and_then(|m| m.get(k)).and_then(Value::as_str);
    get("ISTIO_META_DNS_CAPTURE") == Some("true")
        && get("ISTIO_META_DNS_AUTO_ALLOCATE") == Some("true")
}

impl Analyzer for ServiceEntryAnalyzer {
    fn name(&self) -> &'static str {
        "serviceentry.Analyzer"
    }
    fn description(&self) -> &'static str {
        "Checks the validity of ServiceEntry"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::SERVICE_ENTRY, kinds::MESH_CONFIG]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        let auto = auto_allocated(cx.mesh);
        for (i, r) in cx.snap.of(kinds::SERVICE_ENTRY) {
            let has_addresses = r.spec().get("addresses").is_some_and(|a| !a.is_null());
            // Addresses the controller allocated are in the status.
            let allocated =
                !arr(r.value.get("status").unwrap_or(&Value::Null), "addresses").is_empty();
            if has_addresses || auto || allocated {
                continue;
            }
            for (pi, p) in arr(r.spec(), "ports").iter().enumerate() {
                let proto = str_at(p, &["protocol"]).unwrap_or("");
                if proto.is_empty() || proto.eq_ignore_ascii_case("TCP") {
                    let line = cx.line(i, &format!("spec.ports[{pi}].name"));
                    out.add_at(&SERVICE_ENTRY_ADDRESSES_REQUIRED, i, line, vec![]);
                }
            }
        }
    }
}
