//! schema.ValidationAnalyzer.<Kind>: the field validations Istio runs on its own resources.
//!
//! IST0106 comes from three sources: the schema of the kind (`analyze::schema`: unknown
//! fields, wrong types, enums and ranges at every depth, from the same description the
//! bundled CRDs are generated from), semantic rules (`analyze::validation`: hosts, ports,
//! weights, subset names, …) and the required-shape checks below. Each message points at the
//! offending field's line when the resource came from a file. Also: VirtualService
//! unreachable rules and ineffective (duplicate or overlapping) matches (IST0130/IST0131), and
//! the deprecated `mirrorPercent` warning (IST0133).

use crate::analyze::fields::{arr, str_at};
use crate::analyze::kinds::{self, Gk};
use crate::analyze::lines::Seg;
use crate::analyze::messages::{
    SCHEMA_VALIDATION_ERROR, SCHEMA_WARNING, VIRTUAL_SERVICE_INEFFECTIVE_MATCH,
    VIRTUAL_SERVICE_UNREACHABLE_RULE,
};
use crate::analyze::schema::{self, Problem, Step};
use crate::analyze::{Analyzer, Context, Out, Resource, validation};
use serde_json::{Map, Value};
use std::collections::HashMap;

/// One schema analyzer per Istio kind.
pub struct ValidationAnalyzer {
    pub gk: Gk,
    pub name: &'static str,
}

pub const ALL: &[ValidationAnalyzer] = &[
    ValidationAnalyzer {
        gk: kinds::AUTHORIZATION_POLICY,
        name: "schema.ValidationAnalyzer.AuthorizationPolicy",
    },
    ValidationAnalyzer {
        gk: kinds::DESTINATION_RULE,
        name: "schema.ValidationAnalyzer.DestinationRule",
    },
    ValidationAnalyzer {
        gk: kinds::ENVOY_FILTER,
        name: "schema.ValidationAnalyzer.EnvoyFilter",
    },
    ValidationAnalyzer {
        gk: kinds::GATEWAY,
        name: "schema.ValidationAnalyzer.Gateway",
    },
    ValidationAnalyzer {
        gk: kinds::PEER_AUTHENTICATION,
        name: "schema.ValidationAnalyzer.PeerAuthentication",
    },
    ValidationAnalyzer {
        gk: kinds::PROXY_CONFIG,
        name: "schema.ValidationAnalyzer.ProxyConfig",
    },
    ValidationAnalyzer {
        gk: kinds::REQUEST_AUTHENTICATION,
        name: "schema.ValidationAnalyzer.RequestAuthentication",
    },
    ValidationAnalyzer {
        gk: kinds::SERVICE_ENTRY,
        name: "schema.ValidationAnalyzer.ServiceEntry",
    },
    ValidationAnalyzer {
        gk: kinds::SIDECAR,
        name: "schema.ValidationAnalyzer.Sidecar",
    },
    ValidationAnalyzer {
        gk: kinds::TELEMETRY,
        name: "schema.ValidationAnalyzer.Telemetry",
    },
    ValidationAnalyzer {
        gk: kinds::VIRTUAL_SERVICE,
        name: "schema.ValidationAnalyzer.VirtualService",
    },
    ValidationAnalyzer {
        gk: kinds::WASM_PLUGIN,
        name: "schema.ValidationAnalyzer.WasmPlugin",
    },
    ValidationAnalyzer {
        gk: kinds::WORKLOAD_ENTRY,
        name: "schema.ValidationAnalyzer.WorkloadEntry",
    },
    ValidationAnalyzer {
        gk: kinds::WORKLOAD_GROUP,
        name: "schema.ValidationAnalyzer.WorkloadGroup",
    },
];

impl Analyzer for ValidationAnalyzer {
    fn name(&self) -> &'static str {
        self.name
    }
    fn description(&self) -> &'static str {
        "Runs schema validation as an analyzer and reports any violations"
    }
    fn inputs(&self) -> &'static [Gk] {
        std::slice::from_ref(
            &ALL.iter()
                .find(|a| a.gk == self.gk)
                .expect("registered kind")
                .gk,
        )
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        let schema = schema::bundled();
        for (i, r) in cx.snap.of(self.gk) {
            let spec = r.spec();
            // A spec that is not an object is reported once, by the shape checks below.
            let mut problems = if spec.is_object() {
                schema.validate_spec(r.gk.kind, spec)
            } else {
                Vec::new()
            };
            problems.extend(validation::check(r.gk.kind, spec));
            for p in problems {
                let line = problem_line(cx, i, &p);
                out.add_at(&SCHEMA_VALIDATION_ERROR, i, line, vec![p.text.into()]);
            }
            for e in structural_errors(r) {
                out.add(&SCHEMA_VALIDATION_ERROR, i, vec![e.into()]);
            }
            for w in warnings(r) {
                out.add(&SCHEMA_WARNING, i, vec![w.into()]);
            }
            if self.gk == kinds::VIRTUAL_SERVICE {
                virtual_service_rules(r, i, out);
            }
        }
    }
}

/// The line of the deepest part of a problem's path found in the resource's text.
fn problem_line(cx: &Context, res: usize, p: &Problem) -> Option<usize> {
    let mut segs = vec![Seg::Key("spec")];
    segs.extend(p.path.iter().map(|s| match s {
        Step::Key(k) => Seg::Key(k),
        Step::Index(n) => Seg::Index(*n),
    }));
    (2..=segs.len())
        .rev()
        .find_map(|n| cx.line_at(res, &segs[..n]))
}

/// Required-shape checks Istio's validation performs.
fn structural_errors(r: &Resource) -> Vec<String> {
    let spec = r.spec();
    let mut errs = Vec::new();
    if !spec.is_object() && !spec.is_null() {
        errs.push("spec must be an object".to_string());
        return errs;
    }
    match r.gk.kind {
        "VirtualService" => {
            if crate::analyze::routes::vs_on_mesh(spec)
                && arr(spec, "hosts").iter().any(|h| h.as_str() == Some("*"))
            {
                errs.push(
                    "wildcard host * is not allowed for virtual services bound to the mesh gateway"
                        .to_string(),
                );
            }
            for (n, h) in arr(spec, "http").iter().enumerate() {
                let has = ["route", "redirect", "directResponse", "delegate"]
                    .iter()
                    .any(|k| h.get(*k).is_some_and(|v| !v.is_null()));
                if !has {
                    errs.push(format!(
                        "http[{n}]: HTTP route, redirect or direct response is required"
                    ));
                }
            }
        }
        "DestinationRule" => {
            if str_at(spec, &["host"]).is_none_or(str::is_empty) {
                errs.push("host is required".to_string());
            }
            for s in arr(spec, "subsets") {
                if str_at(s, &["name"]).is_none_or(str::is_empty) {
                    errs.push("subset name is required".to_string());
                }
            }
        }
        "PeerAuthentication" => {
            let has_selector = spec
                .get("selector")
                .and_then(|s| s.get("matchLabels"))
                .and_then(Value::as_object)
                .is_some_and(|m| !m.is_empty());
            if spec
                .get("portLevelMtls")
                .and_then(Value::as_object)
                .is_some_and(|m| !m.is_empty())
                && !has_selector
            {
                errs.push("portLevelMtls requires selector".to_string());
            }
        }
        "RequestAuthentication" => {
            for (n, r) in arr(spec, "jwtRules").iter().enumerate() {
                if str_at(r, &["issuer"]).is_none_or(str::is_empty) {
                    errs.push(format!("jwtRules[{n}]: issuer must be set"));
                }
            }
        }
        "Gateway" => {
            if arr(spec, "servers").is_empty() {
                errs.push("gateway must have at least one server".to_string());
            }
            for (n, s) in arr(spec, "servers").iter().enumerate() {
                if s.get("port").is_none_or(Value::is_null) {
                    errs.push(format!("servers[{n}]: port is required"));
                }
                if arr(s, "hosts").is_empty() {
                    errs.push(format!(
                        "servers[{n}]: server config must contain at least one host"
                    ));
                }
                let proto = str_at(s, &["port", "protocol"])
                    .unwrap_or("")
                    .to_ascii_uppercase();
                if (proto == "HTTPS" || proto == "TLS") && s.get("tls").is_none_or(Value::is_null) {
                    errs.push(format!(
                        "servers[{n}]: server must have TLS settings for HTTPS/TLS protocols"
                    ));
                }
            }
        }
        "ServiceEntry" if arr(spec, "hosts").is_empty() => {
            errs.push("service entry must have at least one host".to_string());
        }
        _ => {}
    }
    errs
}

/// Validation warnings (IST0133): deprecated settings that still work.
fn warnings(r: &Resource) -> Vec<String> {
    let mut w = Vec::new();
    if r.gk.kind == "VirtualService" {
        for (n, h) in arr(r.spec(), "http").iter().enumerate() {
            if h.get("mirrorPercent").is_some_and(|v| !v.is_null()) {
                w.push(format!(
                    "http[{n}]: using deprecated setting \"mirrorPercent\", use \"mirrorPercentage\" instead"
                ));
            }
        }
    }
    w
}

/// A match as canonical JSON without its `name` (so equal matches compare equal).
fn canonical(v: &Value) -> String {
    fn sort(v: &Value) -> Value {
        match v {
            Value::Object(m) => {
                let mut keys: Vec<&String> = m.keys().filter(|k| k.as_str() != "name").collect();
                keys.sort();
                let mut out = Map::new();
                for k in keys {
                    out.insert(k.clone(), sort(&m[k]));
                }
                Value::Object(out)
            }
            Value::Array(a) => Value::Array(a.iter().map(sort).collect()),
            o => o.clone(),
        }
    }
    sort(v).to_string()
}

fn rule_name(r: &Value, n: usize) -> String {
    match str_at(r, &["name"]) {
        Some(s) if !s.is_empty() => format!("{s:?}"),
        _ => n.to_string(),
    }
}

fn match_name(m: &Value, n: usize) -> String {
    match str_at(m, &["name"]) {
        Some(s) if !s.is_empty() => format!("{s:?}"),
        _ => n.to_string(),
    }
}

/// `earlier` covers `later`: a uri prefix that is a prefix of the later one, and every other
/// condition of `earlier` present and equal in `later`.
fn covers(earlier: &Value, later: &Value) -> bool {
    let (Some(p1), Some(p2)) = (
        str_at(earlier, &["uri", "prefix"]),
        str_at(later, &["uri", "prefix"]),
    ) else {
        return false;
    };
    if !p2.starts_with(p1) {
        return false;
    }
    let (Some(e), Some(l)) = (earlier.as_object(), later.as_object()) else {
        return false;
    };
    e.iter()
        .filter(|(k, _)| k.as_str() != "uri" && k.as_str() != "name")
        .all(|(k, v)| l.get(k).is_some_and(|lv| canonical(lv) == canonical(v)))
}

/// IST0130/IST0131 for one list of rules (http, tcp or tls).
fn analyze_rules(rules: &[Value], overlap: bool, i: usize, out: &mut Out) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    // (rule index, match) of every earlier prefix match, for overlap detection
    let mut earlier: Vec<(usize, &Value)> = Vec::new();
    let mut empty_seen = false;
    for (rn, rule) in rules.iter().enumerate() {
        let matches = arr(rule, "match");
        if matches.is_empty() {
            if empty_seen {
                out.add(
                    &VIRTUAL_SERVICE_UNREACHABLE_RULE,
                    i,
                    vec![
                        rule_name(rule, rn).into(),
                        "only the last rule can have no matches".into(),
                    ],
                );
            }
            empty_seen = true;
            continue;
        }
        let mut dups = 0;
        for (mn, m) in matches.iter().enumerate() {
            let key = canonical(m);
            if let Some(&d) = seen.get(&key) {
                out.add(
                    &VIRTUAL_SERVICE_INEFFECTIVE_MATCH,
                    i,
                    vec![
                        rule_name(rule, rn).into(),
                        match_name(m, mn).into(),
                        rule_name(&rules[d], d).into(),
                    ],
                );
                dups += 1;
                continue;
            }
            seen.insert(key, rn);
            if overlap && let Some((d, _)) = earlier.iter().find(|(_, e)| covers(e, m)) {
                out.add(
                    &VIRTUAL_SERVICE_INEFFECTIVE_MATCH,
                    i,
                    vec![
                        rule_name(rule, rn).into(),
                        match_name(m, mn).into(),
                        rule_name(&rules[*d], *d).into(),
                    ],
                );
            }
            earlier.push((rn, m));
        }
        if dups == matches.len() {
            out.add(
                &VIRTUAL_SERVICE_UNREACHABLE_RULE,
                i,
                vec![
                    rule_name(rule, rn).into(),
                    "all matches used by prior rules".into(),
                ],
            );
        }
    }
}

fn virtual_service_rules(r: &Resource, i: usize, out: &mut Out) {
    analyze_rules(arr(r.spec(), "http"), true, i, out);
    analyze_rules(arr(r.spec(), "tcp"), false, i, out);
    analyze_rules(arr(r.spec(), "tls"), false, i, out);
}
