//! telemetry.ProviderAnalyzer: access logging entries with no provider while the mesh has no default.

use crate::analyze::fields::arr;
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::INVALID_TELEMETRY_PROVIDER;
use crate::analyze::{Analyzer, Context, Out};
use serde_json::Value;

pub struct ProviderAnalyzer;

impl Analyzer for ProviderAnalyzer {
    fn name(&self) -> &'static str {
        "telemetry.ProviderAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Validates that providers in telemery resource is valid"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::TELEMETRY, kinds::MESH_CONFIG]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        let has_default = cx
            .mesh
            .get("defaultProviders")
            .and_then(|d| d.get("accessLogging"))
            .and_then(Value::as_array)
            .is_some_and(|a| !a.is_empty());
        if has_default {
            return;
        }
        for (i, r) in cx.snap.of(kinds::TELEMETRY) {
            for l in arr(r.spec(), "accessLogging") {
                let disabled = l.get("disabled").and_then(Value::as_bool) == Some(true);
                if arr(l, "providers").is_empty() && !disabled {
                    out.add(
                        &INVALID_TELEMETRY_PROVIDER,
                        i,
                        vec![r.name.clone().into(), r.namespace.clone().into()],
                    );
                }
            }
        }
    }
}
