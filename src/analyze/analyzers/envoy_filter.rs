//! envoyfilter.EnvoyPatchAnalyzer: patch operations that are ignored or fragile.

use crate::analyze::fields::{arr, str_at};
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::{
    ENVOY_FILTER_USES_ADD_OPERATION_INCORRECTLY, ENVOY_FILTER_USES_RELATIVE_OPERATION,
    ENVOY_FILTER_USES_RELATIVE_OPERATION_WITH_PROXY_VERSION,
    ENVOY_FILTER_USES_REMOVE_OPERATION_INCORRECTLY,
    ENVOY_FILTER_USES_REPLACE_OPERATION_INCORRECTLY,
};
use crate::analyze::{Analyzer, Context, Out};
use serde_json::Value;

pub struct EnvoyPatchAnalyzer;

impl Analyzer for EnvoyPatchAnalyzer {
    fn name(&self) -> &'static str {
        "envoyfilter.EnvoyPatchAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Checks an envoyFilters "
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::ENVOY_FILTER]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        // Filter names patched by an earlier EnvoyFilter that pins a proxyVersion.
        let mut versioned: Vec<String> = Vec::new();
        for (i, r) in cx.snap.of(kinds::ENVOY_FILTER) {
            let priority = r
                .spec()
                .get("priority")
                .and_then(Value::as_i64)
                .unwrap_or(0);
            for patch in arr(r.spec(), "configPatches") {
                // istioctl cannot locate `patch.value` (a map), so these carry the resource line.
                let line = None;
                let Some(p) = patch.get("patch").filter(|p| !p.is_null()) else {
                    break;
                };
                let name = instance_name(patch, p);
                let op = str_at(p, &["operation"]).unwrap_or("INVALID");
                let apply_to = str_at(patch, &["applyTo"]).unwrap_or("INVALID");
                let route_level = apply_to == "ROUTE_CONFIGURATION" || apply_to == "HTTP_ROUTE";
                let mut relative = false;
                match op {
                    "ADD" if route_level => out.add_at(
                        &ENVOY_FILTER_USES_ADD_OPERATION_INCORRECTLY,
                        i,
                        line,
                        vec![],
                    ),
                    "REMOVE" if route_level => out.add_at(
                        &ENVOY_FILTER_USES_REMOVE_OPERATION_INCORRECTLY,
                        i,
                        line,
                        vec![],
                    ),
                    "REMOVE" => relative = true,
                    "REPLACE"
                        if apply_to != "NETWORK_FILTER"
                            && apply_to != "HTTP_FILTER"
                            && apply_to != "VIRTUAL_HOST" =>
                    {
                        out.add_at(
                            &ENVOY_FILTER_USES_REPLACE_OPERATION_INCORRECTLY,
                            i,
                            line,
                            vec![],
                        )
                    }
                    "REPLACE" | "INSERT_BEFORE" | "INSERT_AFTER" => relative = true,
                    _ => {}
                }
                if relative && priority == 0 {
                    if versioned.contains(&name) {
                        out.add_at(
                            &ENVOY_FILTER_USES_RELATIVE_OPERATION_WITH_PROXY_VERSION,
                            i,
                            line,
                            vec![],
                        );
                    } else {
                        out.add_at(&ENVOY_FILTER_USES_RELATIVE_OPERATION, i, line, vec![]);
                    }
                }
                if str_at(patch, &["match", "proxy", "proxyVersion"]).is_some_and(|v| !v.is_empty())
                {
                    versioned.push(name);
                }
            }
        }
    }
}

/// The filter a patch is about: the patch value's `name`, else the matched filter's name.
fn instance_name(patch: &Value, p: &Value) -> String {
    let Some(v) = p.get("value").and_then(Value::as_object) else {
        return String::new();
    };
    if let Some(n) = v.get("name") {
        // Go prints the structpb value; for a string that is its text form.
        return match n {
            Value::String(s) => format!("string_value:{s:?}"),
            other => other.to_string(),
        };
    }
    str_at(
        patch,
        &["match", "listener", "filterChain", "filter", "name"],
    )
    .unwrap_or("")
    .to_string()
}
