//! telemetry.LightstepAnalyzer: tracing through a Lightstep extension provider, which is deprecated.

use crate::analyze::fields::{arr, str_at};
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::DEPRECATED;
use crate::analyze::{Analyzer, Context, Out};

pub struct LightstepAnalyzer;

impl Analyzer for LightstepAnalyzer {
    fn name(&self) -> &'static str {
        "telemetry.LightstepAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Validates that lightstep provider is still used"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::TELEMETRY, kinds::MESH_CONFIG]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        let lightstep: Vec<&str> = arr(cx.mesh, "extensionProviders")
            .iter()
            .filter(|p| p.get("lightstep").is_some_and(|l| !l.is_null()))
            .filter_map(|p| str_at(p, &["name"]))
            .collect();
        if lightstep.is_empty() {
            return;
        }
        for (i, r) in cx.snap.of(kinds::TELEMETRY) {
            for t in arr(r.spec(), "tracing") {
                for p in arr(t, "providers") {
                    let name = str_at(p, &["name"]).unwrap_or("");
                    if lightstep.contains(&name) {
                        out.add(
                            &DEPRECATED,
                            i,
                            vec![format!(
                                "The Lightstep provider {name} is deprecated; use the OpenTelemetry provider instead"
                            )
                            .into()],
                        );
                    }
                }
            }
        }
    }
}
