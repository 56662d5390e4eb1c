//! Semantic validation of Istio resources (what a schema cannot say): host names and
//! wildcards, port ranges, route weights, subset names, the shape a VirtualService or
//! Gateway must have. Pure: a spec in, problems (path + text) out; the texts follow the
//! wording of Istio's own validation where it has one.

use crate::analyze::fields::{arr, str_at};
use crate::analyze::schema::{Problem, Step};
use serde_json::Value;

/// Problems of one resource's spec, by kind. Kinds without semantic rules give none.
pub fn check(kind: &str, spec: &Value) -> Vec<Problem> {
    let mut c = Checker::default();
    match kind {
        "VirtualService" => c.virtual_service(spec),
        "DestinationRule" => c.destination_rule(spec),
        "Gateway" => c.gateway(spec),
        "ServiceEntry" => c.service_entry(spec),
        "Sidecar" => c.sidecar(spec),
        "WorkloadEntry" => c.workload_entry(spec),
        "PeerAuthentication" => c.peer_authentication(spec),
        "RequestAuthentication" => c.request_authentication(spec),
        "AuthorizationPolicy" => c.authorization_policy(spec),
        _ => {}
    }
    c.out
}

#[derive(Default)]
struct Checker {
    path: Vec<Step>,
    out: Vec<Problem>,
}

fn key(k: &str) -> Step {
    Step::Key(k.to_string())
}

impl Checker {
    fn err(&mut self, text: impl Into<String>) {
        self.out.push(Problem {
            path: self.path.clone(),
            text: text.into(),
        });
    }
    /// Runs `f` with `steps` appended to the current path.
    fn at(&mut self, steps: &[Step], f: impl FnOnce(&mut Self)) {
        let n = self.path.len();
        self.path.extend_from_slice(steps);
        f(self);
        self.path.truncate(n);
    }

    fn port(&mut self, v: Option<&Value>) {
        let Some(n) = v.and_then(number) else {
            return;
        };
        if !(1..=65535).contains(&n) {
            self.err(format!("port number {n} must be in the range 1..65535"));
        }
    }

    fn wildcard_domain(&mut self, host: &str) {
        if let Err(e) = validate_wildcard_domain(host) {
            self.err(e.to_string());
        }
    }

    fn destination(&mut self, d: Option<&Value>) {
        let Some(d) = d.filter(|d| d.is_object()) else {
            self.err("destination is required");
            return;
        };
        match str_at(d, &["host"]) {
            None | Some("") => self.at(&[key("host")], |c| c.err("destination host is required")),
            Some("*") => self.at(&[key("host")], |c| c.err("invalid destination host *")),
            Some(h) => self.at(&[key("host")], |c| c.wildcard_domain(h)),
        }
        if let Some(s) = str_at(d, &["subset"]).filter(|s| !s.is_empty()) {
            self.at(&[key("subset")], |c| c.subset_name(s));
        }
        self.at(&[key("port"), key("number")], |c| {
            c.port(d.get("port").and_then(|p| p.get("number")))
        });
    }

    fn subset_name(&mut self, name: &str) {
        if name.is_empty() {
            self.err("subset name cannot be empty");
        } else if !is_dns1123_label(name) {
            self.err(format!("subset name is invalid: {name}"));
        }
    }

    fn virtual_service(&mut self, spec: &Value) {
        let hosts = arr(spec, "hosts");
        // A VirtualService without hosts is a delegate (Istio enables delegation by default).
        if hosts.is_empty() {
            if !arr(spec, "gateways").is_empty() {
                self.at(&[key("gateways")], |c| {
                    c.err("delegate virtual service must have no gateways specified")
                });
            }
            if !arr(spec, "tls").is_empty() {
                self.at(&[key("tls")], |c| {
                    c.err("delegate virtual service must have no tls route specified")
                });
            }
            if !arr(spec, "tcp").is_empty() {
                self.at(&[key("tcp")], |c| {
                    c.err("delegate virtual service must have no tcp route specified")
                });
            }
        }
        for (i, h) in hosts.iter().enumerate() {
            let Some(h) = h.as_str() else { continue };
            if h == "*" || h.parse::<std::net::IpAddr>().is_ok() {
                continue;
            }
            self.at(&[key("hosts"), Step::Index(i)], |c| c.wildcard_domain(h));
        }
        if ["http", "tcp", "tls"]
            .iter()
            .all(|k| arr(spec, k).is_empty())
        {
            self.err("http, tcp or tls must be provided in virtual service");
        }
        for (i, h) in arr(spec, "http").iter().enumerate() {
            self.at(&[key("http"), Step::Index(i)], |c| c.http_route(h));
        }
        for k in ["tcp", "tls"] {
            for (i, r) in arr(spec, k).iter().enumerate() {
                self.at(&[key(k), Step::Index(i)], |c| {
                    c.weighted(arr(r, "route"));
                    for (m, mt) in arr(r, "match").iter().enumerate() {
                        c.at(&[key("match"), Step::Index(m), key("port")], |c| {
                            c.port(mt.get("port"))
                        });
                    }
                });
            }
        }
    }

    fn http_route(&mut self, h: &Value) {
        let has = |k: &str| h.get(k).is_some_and(|v| !v.is_null());
        if has("route") && has("redirect") {
            self.err("HTTP route cannot contain both route and redirect");
        }
        if has("route") && has("directResponse") {
            self.err("HTTP route cannot contain both route and direct response");
        }
        self.weighted(arr(h, "route"));
        for (m, mt) in arr(h, "match").iter().enumerate() {
            self.at(&[key("match"), Step::Index(m), key("port")], |c| {
                c.port(mt.get("port"))
            });
        }
        if let Some(m) = h.get("mirror").filter(|m| !m.is_null()) {
            self.at(&[key("mirror")], |c| c.destination(Some(m)));
        }
        for (i, m) in arr(h, "mirrors").iter().enumerate() {
            self.at(&[key("mirrors"), Step::Index(i), key("destination")], |c| {
                c.destination(m.get("destination"))
            });
        }
        if let Some(code) = h
            .get("directResponse")
            .and_then(|d| d.get("status"))
            .and_then(number)
            && !(200..=599).contains(&code)
        {
            self.at(&[key("directResponse"), key("status")], |c| {
                c.err(format!(
                    "directResponse.status must be between 200 and 599, got {code}"
                ))
            });
        }
    }

    /// Route destinations: each one valid, no negative weight, not all weights zero.
    fn weighted(&mut self, routes: &[Value]) {
        let mut total = 0i64;
        for (i, r) in routes.iter().enumerate() {
            self.at(&[key("route"), Step::Index(i)], |c| {
                c.at(&[key("destination")], |c| {
                    c.destination(r.get("destination"))
                });
                let w = r.get("weight").and_then(number).unwrap_or(0);
                if w < 0 {
                    c.at(&[key("weight")], |c| c.err(format!("weight {w} < 0")));
                }
                total += w;
            });
        }
        if routes.len() > 1 && total == 0 {
            self.at(&[key("route")], |c| c.err("total destination weight = 0"));
        }
    }

    fn destination_rule(&mut self, spec: &Value) {
        match str_at(spec, &["host"]) {
            None | Some("") => {}
            Some(h) => self.at(&[key("host")], |c| c.wildcard_domain(h)),
        }
        let mut seen: Vec<&str> = Vec::new();
        for (i, s) in arr(spec, "subsets").iter().enumerate() {
            self.at(&[key("subsets"), Step::Index(i), key("name")], |c| {
                if let Some(n) = str_at(s, &["name"]).filter(|n| !n.is_empty()) {
                    c.subset_name(n);
                    if seen.contains(&n) {
                        c.err(format!("duplicate subset names: {n}"));
                    }
                    seen.push(n);
                }
            });
        }
        let mut policies: Vec<(Vec<Step>, &Value)> = vec![(vec![key("trafficPolicy")], spec)];
        for (i, s) in arr(spec, "subsets").iter().enumerate() {
            policies.push((
                vec![key("subsets"), Step::Index(i), key("trafficPolicy")],
                s,
            ));
        }
        for (steps, holder) in policies {
            let Some(tp) = holder.get("trafficPolicy").filter(|t| t.is_object()) else {
                continue;
            };
            self.at(&steps, |c| c.traffic_policy(tp));
        }
    }

    fn traffic_policy(&mut self, tp: &Value) {
        if let Some(od) = tp.get("outlierDetection") {
            let pct = od.get("maxEjectionPercent").and_then(number);
            if pct.is_some_and(|p| !(0..=100).contains(&p)) {
                self.at(&[key("outlierDetection"), key("maxEjectionPercent")], |c| {
                    c.err("outlier detection maximum ejection percentage must be in range [0, 100]")
                });
            }
            let min = od.get("minHealthPercent").and_then(number);
            if min.is_some_and(|p| !(0..=100).contains(&p)) {
                self.at(&[key("outlierDetection"), key("minHealthPercent")], |c| {
                    c.err("outlier detection minimum health percentage must be in range [0, 100]")
                });
            }
        }
        for (i, p) in arr(tp, "portLevelSettings").iter().enumerate() {
            self.at(
                &[key("portLevelSettings"), Step::Index(i), key("port")],
                |c| match p.get("port").and_then(|p| p.get("number")) {
                    None => c.err("port must be set for port level settings"),
                    some => c.at(&[key("number")], |c| c.port(some)),
                },
            );
        }
    }

    fn gateway(&mut self, spec: &Value) {
        let mut names: Vec<&str> = Vec::new();
        for (i, s) in arr(spec, "servers").iter().enumerate() {
            self.at(&[key("servers"), Step::Index(i)], |c| {
                c.at(&[key("port"), key("number")], |c| {
                    c.port(s.get("port").and_then(|p| p.get("number")))
                });
                if let Some(n) = str_at(s, &["port", "name"]).filter(|n| !n.is_empty()) {
                    if names.contains(&n) {
                        c.at(&[key("port"), key("name")], |c| {
                            c.err(format!(
                                "port names in servers must be unique: duplicate name {n}"
                            ))
                        });
                    }
                    names.push(n);
                }
                for (h, host) in arr(s, "hosts").iter().enumerate() {
                    let Some(host) = host.as_str() else { continue };
                    c.at(&[key("hosts"), Step::Index(h)], |c| {
                        if let Err(e) = validate_namespace_slash_host(host) {
                            c.err(e.to_string())
                        }
                    });
                }
            });
        }
    }

    fn service_entry(&mut self, spec: &Value) {
        for (i, h) in arr(spec, "hosts").iter().enumerate() {
            let Some(h) = h.as_str() else { continue };
            self.at(&[key("hosts"), Step::Index(i)], |c| {
                if h == "*" {
                    c.err("invalid host *");
                } else {
                    c.wildcard_domain(h);
                }
            });
        }
        let mut names: Vec<&str> = Vec::new();
        let mut numbers: Vec<i64> = Vec::new();
        for (i, p) in arr(spec, "ports").iter().enumerate() {
            self.at(&[key("ports"), Step::Index(i)], |c| {
                let name = str_at(p, &["name"]).unwrap_or("");
                if names.contains(&name) {
                    c.err(format!("service entry port name {name:?} already defined"));
                }
                names.push(name);
                if let Some(n) = p.get("number").and_then(number) {
                    if numbers.contains(&n) {
                        c.err(format!("service entry port {n} already defined"));
                    }
                    numbers.push(n);
                }
                if !is_dns1123_label(name) {
                    c.at(&[key("name")], |c| {
                        c.err(format!("invalid port name: {name}"))
                    });
                }
                c.at(&[key("number")], |c| c.port(p.get("number")));
                c.at(&[key("targetPort")], |c| c.port(p.get("targetPort")));
            });
        }
    }

    fn sidecar(&mut self, spec: &Value) {
        for (i, e) in arr(spec, "egress").iter().enumerate() {
            self.at(&[key("egress"), Step::Index(i)], |c| {
                if arr(e, "hosts").is_empty() {
                    c.err("sidecar: egress listener must contain at least one host");
                }
                for (h, host) in arr(e, "hosts").iter().enumerate() {
                    let Some(host) = host.as_str() else { continue };
                    c.at(&[key("hosts"), Step::Index(h)], |c| {
                        if !host.contains('/') {
                            c.err(format!(
                                "sidecar: host must be of form namespace/dnsName, got {host}"
                            ));
                        } else if let Err(e) = validate_namespace_slash_host(host) {
                            c.err(format!("sidecar: {e}"));
                        }
                    });
                }
                c.at(&[key("port"), key("number")], |c| {
                    c.port(e.get("port").and_then(|p| p.get("number")))
                });
            });
        }
        for (i, g) in arr(spec, "ingress").iter().enumerate() {
            self.at(&[key("ingress"), Step::Index(i)], |c| {
                match g.get("port").and_then(|p| p.get("number")) {
                    None => c.err("sidecar: port is required for ingress listeners"),
                    some => c.at(&[key("port"), key("number")], |c| c.port(some)),
                }
            });
        }
    }

    fn workload_entry(&mut self, spec: &Value) {
        let address = str_at(spec, &["address"]).unwrap_or("");
        let network = str_at(spec, &["network"]).unwrap_or("");
        if address.is_empty() && network.is_empty() {
            self.err("address is required");
        }
        if let Some(ports) = spec.get("ports").and_then(Value::as_object) {
            for (name, p) in ports {
                self.at(&[key("ports"), key(name)], |c| c.port(Some(p)));
            }
        }
    }

    fn peer_authentication(&mut self, spec: &Value) {
        if let Some(ports) = spec.get("portLevelMtls").and_then(Value::as_object) {
            for k in ports.keys() {
                self.at(&[key("portLevelMtls"), key(k)], |c| {
                    match k.parse::<i64>() {
                        Ok(n) if (1..=65535).contains(&n) => {}
                        _ => c.err(format!("port number {k} must be in the range 1..65535")),
                    }
                });
            }
        }
    }

    fn request_authentication(&mut self, spec: &Value) {
        let mut issuers: Vec<&str> = Vec::new();
        for (i, r) in arr(spec, "jwtRules").iter().enumerate() {
            let Some(iss) = str_at(r, &["issuer"]).filter(|s| !s.is_empty()) else {
                continue;
            };
            if issuers.contains(&iss) {
                self.at(&[key("jwtRules"), Step::Index(i), key("issuer")], |c| {
                    c.err(format!("duplicate issuer {iss}"))
                });
            }
            issuers.push(iss);
        }
    }

    fn authorization_policy(&mut self, spec: &Value) {
        let action = str_at(spec, &["action"]).unwrap_or("ALLOW");
        let provider = spec.get("provider").is_some_and(|p| !p.is_null());
        if action == "CUSTOM" && !provider {
            self.err("CUSTOM action without `provider`");
        }
        if action != "CUSTOM" && provider {
            self.at(&[key("provider")], |c| {
                c.err("`provider` must not be with non CUSTOM action")
            });
        }
        for (i, rule) in arr(spec, "rules").iter().enumerate() {
            self.at(&[key("rules"), Step::Index(i)], |c| {
                for (w, cond) in arr(rule, "when").iter().enumerate() {
                    c.at(&[key("when"), Step::Index(w)], |c| {
                        let k = str_at(cond, &["key"]).unwrap_or("");
                        if k.is_empty() {
                            c.err("`key` must not be empty");
                        }
                        if arr(cond, "values").is_empty() && arr(cond, "notValues").is_empty() {
                            c.err(format!(
                                "at least one of `values` or `notValues` must be set for key {k}"
                            ));
                        }
                    });
                }
                for (t, to) in arr(rule, "to").iter().enumerate() {
                    let ports = to.get("operation").map(|o| {
                        arr(o, "ports")
                            .iter()
                            .chain(arr(o, "notPorts"))
                            .collect::<Vec<_>>()
                    });
                    for p in ports.unwrap_or_default() {
                        let n = p.as_str().and_then(|s| s.parse::<i64>().ok());
                        if !n.is_some_and(|n| (0..=65535).contains(&n)) {
                            c.at(&[key("to"), Step::Index(t), key("operation")], |c| {
                                c.err(format!(
                                    "invalid port {}: must be a number in 0..65535",
                                    p.as_str()
                                        .map(String::from)
                                        .unwrap_or_else(|| p.to_string())
                                ))
                            });
                        }
                    }
                }
            });
        }
    }
}

/// An integer, also from a numeric string (proto JSON accepts both).
fn number(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// A DNS-1123 label: lowercase alphanumerics and '-', starting and ending alphanumeric, ≤ 63.
pub fn is_dns1123_label(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 63
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
        && b[0] != b'-'
        && b[b.len() - 1] != b'-'
}

/// A DNS-1123 label that may also be `*` or start with `*` (the wildcard first label).
fn is_wildcard_label(s: &str) -> bool {
    s == "*"
        || s.strip_prefix('*')
            .is_some_and(|r| is_dns1123_label(&format!("a{r}")))
        || is_dns1123_label(s)
}

/// Why a host name is invalid; the messages are Istio's validation messages.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HostError {
    #[error("empty domain name not allowed")]
    EmptyDomain,
    #[error("domain name {0:?} too long (max 255)")]
    DomainTooLong(String),
    #[error("domain name {domain:?} invalid (label {label:?} invalid)")]
    InvalidLabel { domain: String, label: String },
    #[error("invalid namespace value {namespace:?} in host {host:?}")]
    InvalidNamespace { namespace: String, host: String },
}

/// A host name whose first label may be a wildcard (`*.example.com`, `*`, `reviews`).
pub fn validate_wildcard_domain(domain: &str) -> Result<(), HostError> {
    if domain.is_empty() {
        return Err(HostError::EmptyDomain);
    }
    if domain.len() > 255 {
        return Err(HostError::DomainTooLong(domain.to_string()));
    }
    let lower = domain.to_ascii_lowercase();
    let (first, rest) = match lower.split_once('.') {
        Some((f, r)) => (f, Some(r)),
        None => (lower.as_str(), None),
    };
    if !is_wildcard_label(first) {
        return Err(HostError::InvalidLabel {
            domain: domain.to_string(),
            label: first.to_string(),
        });
    }
    if let Some(rest) = rest {
        // A trailing dot (a fully qualified name) is allowed.
        let rest = rest.strip_suffix('.').unwrap_or(rest);
        for l in rest.split('.') {
            if !is_dns1123_label(l) {
                return Err(HostError::InvalidLabel {
                    domain: domain.to_string(),
                    label: l.to_string(),
                });
            }
        }
    }
    Ok(())
}

/// A Gateway or Sidecar host: `[namespace/]dnsName`, where namespace may be `*`, `.` or `~`.
fn validate_namespace_slash_host(host: &str) -> Result<(), HostError> {
    let (ns, name) = match host.split_once('/') {
        Some((ns, name)) => (Some(ns), name),
        None => (None, host),
    };
    if let Some(ns) = ns
        && !(ns == "*" || ns == "." || ns == "~" || is_dns1123_label(ns))
    {
        return Err(HostError::InvalidNamespace {
            namespace: ns.to_string(),
            host: host.to_string(),
        });
    }
    if name == "*" || name.parse::<std::net::IpAddr>().is_ok() {
        return Ok(());
    }
    validate_wildcard_domain(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn texts(kind: &str, spec: Value) -> Vec<String> {
        check(kind, &spec).into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn domains() {
        for ok in [
            "*",
            "*.example.com",
            "reviews",
            "a.b.c.",
            "Reviews.Default",
            "*-foo.com",
        ] {
            assert_eq!(validate_wildcard_domain(ok), Ok(()), "{ok}");
        }
        for bad in ["a.*.com", "foo_bar.com", "", "a..b", "-a.com"] {
            assert!(validate_wildcard_domain(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn virtual_service_rules() {
        let t = texts(
            "VirtualService",
            json!({"hosts": ["a.*.com"], "http": [{"route": [
                {"destination": {"host": "r", "subset": "V_1", "port": {"number": 70000}}, "weight": 0},
                {"destination": {"host": "r"}, "weight": 0}]}]}),
        );
        assert_eq!(
            t,
            [
                "domain name \"a.*.com\" invalid (label \"*\" invalid)",
                "subset name is invalid: V_1",
                "port number 70000 must be in the range 1..65535",
                "total destination weight = 0"
            ]
        );
        assert_eq!(
            texts("VirtualService", json!({"hosts": ["r"]})),
            ["http, tcp or tls must be provided in virtual service"]
        );
        assert_eq!(
            texts(
                "VirtualService",
                json!({"gateways": ["g"], "http": [{"route": [{"destination": {"host": "r"}}]}]})
            ),
            ["delegate virtual service must have no gateways specified"]
        );
        assert_eq!(
            texts(
                "VirtualService",
                json!({"hosts": ["r"], "http": [{"route": [{"destination": {"host": "r"}, "weight": -5}, {"destination": {"host": "s"}, "weight": 105}]}]})
            ),
            ["weight -5 < 0"]
        );
        assert!(texts("VirtualService", json!({"hosts": ["r", "*.x.com", "1.2.3.4"], "tcp": [{"route": [{"destination": {"host": "r", "port": {"number": 80}}}]}]})).is_empty());
    }

    #[test]
    fn destination_rule_and_others() {
        assert_eq!(
            texts(
                "DestinationRule",
                json!({"host": "r", "subsets": [{"name": "v1"}, {"name": "v1"}, {"name": "Bad"}],
                "trafficPolicy": {"portLevelSettings": [{"port": {"number": 0}}], "outlierDetection": {"maxEjectionPercent": 150}}})
            ),
            [
                "duplicate subset names: v1",
                "subset name is invalid: Bad",
                "outlier detection maximum ejection percentage must be in range [0, 100]",
                "port number 0 must be in the range 1..65535"
            ]
        );
        assert_eq!(
            texts(
                "Gateway",
                json!({"servers": [{"port": {"number": 99999, "name": "http"}, "hosts": ["ns/*.a.com", "bad ns/x"]},
                {"port": {"number": 80, "name": "http"}, "hosts": ["*"]}]})
            ),
            [
                "port number 99999 must be in the range 1..65535",
                "invalid namespace value \"bad ns\" in host \"bad ns/x\"",
                "port names in servers must be unique: duplicate name http"
            ]
        );
        assert_eq!(
            texts(
                "Sidecar",
                json!({"egress": [{"hosts": ["foo.com", "./*"]}], "ingress": [{"defaultEndpoint": "x"}]})
            ),
            [
                "sidecar: host must be of form namespace/dnsName, got foo.com",
                "sidecar: port is required for ingress listeners"
            ]
        );
        assert_eq!(
            texts("WorkloadEntry", json!({"ports": {"http": 0}})),
            [
                "address is required",
                "port number 0 must be in the range 1..65535"
            ]
        );
        assert_eq!(
            texts("AuthorizationPolicy", json!({"action": "CUSTOM"})),
            ["CUSTOM action without `provider`"]
        );
        assert_eq!(
            texts(
                "PeerAuthentication",
                json!({"portLevelMtls": {"0": {"mode": "STRICT"}}})
            ),
            ["port number 0 must be in the range 1..65535"]
        );
    }
}
