//! telemetry.DefaultSelectorAnalyzer: more than one selector-less Telemetry in a namespace.

use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::MULTIPLE_TELEMETRIES_WITHOUT_WORKLOAD_SELECTORS;
use crate::analyze::workloads::workload_selector;
use crate::analyze::{Analyzer, Context, Out};
use std::collections::BTreeMap;

pub struct DefaultSelectorAnalyzer;

impl Analyzer for DefaultSelectorAnalyzer {
    fn name(&self) -> &'static str {
        "telemetry.DefaultSelectorAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Validates that there aren't multiple telemetry resources that have no selector"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::TELEMETRY]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        let mut by_ns: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (i, r) in cx.snap.of(kinds::TELEMETRY) {
            let targeted = r.spec().get("targetRef").is_some_and(|t| !t.is_null())
                || r.spec()
                    .get("targetRefs")
                    .and_then(|t| t.as_array())
                    .is_some_and(|a| !a.is_empty());
            if workload_selector(r).is_none() && !targeted {
                by_ns.entry(r.namespace.as_str()).or_default().push(i);
            }
        }
        for (ns, list) in by_ns {
            if list.len() > 1 {
                let names: Vec<String> =
                    list.iter().map(|&i| cx.snap.res(i).name.clone()).collect();
                for &i in &list {
                    out.add(
                        &MULTIPLE_TELEMETRIES_WITHOUT_WORKLOAD_SELECTORS,
                        i,
                        vec![names.clone().into(), ns.into()],
                    );
                }
            }
        }
    }
}
