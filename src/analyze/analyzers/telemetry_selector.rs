//! telemetry.SelectorAnalyzer: Telemetry selectors that select no pod, or overlap with another.

use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::{
    CONFLICTING_TELEMETRY_WORKLOAD_SELECTORS, REFERENCED_RESOURCE_NOT_FOUND,
};
use crate::analyze::selectors::{selector_matches, selector_string};
use crate::analyze::workloads::{pods_by_namespace, workload_selector};
use crate::analyze::{Analyzer, Context, Out};
use std::collections::HashMap;

pub struct SelectorAnalyzer;

impl Analyzer for SelectorAnalyzer {
    fn name(&self) -> &'static str {
        "telemetry.SelectorAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Validates that telemetries that define a selector match at least one pod, and that there aren't multiple telemetry resources that select overlapping pods"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::TELEMETRY, kinds::POD]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        let pods = pods_by_namespace(cx.snap);
        let mut selecting: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, r) in cx.snap.of(kinds::TELEMETRY) {
            let Some(sel) = workload_selector(r) else {
                continue;
            };
            let mut found = false;
            for &p in pods
                .get(r.namespace.as_str())
                .map(Vec::as_slice)
                .unwrap_or(&[])
            {
                if selector_matches(sel, cx.snap.res(p).labels()) {
                    found = true;
                    selecting.entry(p).or_default().push(i);
                }
            }
            if !found {
                out.add(
                    &REFERENCED_RESOURCE_NOT_FOUND,
                    i,
                    vec!["selector".into(), selector_string(sel).into()],
                );
            }
        }
        let mut conflicts: Vec<_> = selecting.into_iter().filter(|(_, v)| v.len() > 1).collect();
        conflicts.sort();
        for (p, list) in conflicts {
            let pr = cx.snap.res(p);
            let names: Vec<String> = list.iter().map(|&i| cx.snap.res(i).name.clone()).collect();
            for &i in &list {
                out.add(
                    &CONFLICTING_TELEMETRY_WORKLOAD_SELECTORS,
                    i,
                    vec![
                        names.clone().into(),
                        pr.namespace.clone().into(),
                        pr.name.clone().into(),
                    ],
                );
            }
        }
    }
}
