//! conditions.ConditionAnalyzer: Istio-owned status conditions that report a problem.

use crate::analyze::fields::{arr, str_at};
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::NEGATIVE_CONDITION_STATUS;
use crate::analyze::{Analyzer, Context, Out};
use serde_json::Value;

pub struct ConditionAnalyzer;

/// Condition types Istio writes.
const ISTIO_CONDITIONS: &[&str] = &[
    "istio.io/WaypointBound",
    "ZtunnelAccepted",
    "WaypointAccepted",
    "Accepted",
    "Programmed",
    "ResolvedRefs",
    "Reconciled",
    "ResolvedWaypoints",
];

const KINDS: &[Gk] = &[
    kinds::SERVICE,
    kinds::SERVICE_ENTRY,
    kinds::AUTHORIZATION_POLICY,
    kinds::K8S_GATEWAY,
    kinds::HTTP_ROUTE,
    kinds::GRPC_ROUTE,
    kinds::TCP_ROUTE,
    kinds::TLS_ROUTE,
];

fn negative(c: &Value) -> bool {
    let t = str_at(c, &["type"]).unwrap_or("");
    if !ISTIO_CONDITIONS.contains(&t) {
        return false;
    }
    match str_at(c, &["status"]) {
        Some("False") => true,
        Some("True") => str_at(c, &["reason"]) == Some("PartiallyInvalid"),
        _ => false,
    }
}

impl Analyzer for ConditionAnalyzer {
    fn name(&self) -> &'static str {
        "conditions.ConditionAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Checks for negative status conditions on resources"
    }
    fn inputs(&self) -> &'static [Gk] {
        KINDS
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        for gk in KINDS {
            for (i, r) in cx.snap.of(*gk) {
                let Some(status) = r.value.get("status") else {
                    continue;
                };
                let mut conds: Vec<&Value> = arr(status, "conditions").iter().collect();
                for p in arr(status, "parents") {
                    conds.extend(arr(p, "conditions"));
                }
                for c in conds {
                    if negative(c) {
                        out.add(
                            &NEGATIVE_CONDITION_STATUS,
                            i,
                            vec![
                                str_at(c, &["type"]).unwrap_or("").into(),
                                str_at(c, &["reason"]).unwrap_or("").into(),
                                str_at(c, &["message"]).unwrap_or("").into(),
                            ],
                        );
                    }
                }
            }
        }
    }
}
