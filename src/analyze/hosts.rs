//! Host names as Istio compares them: fully qualified names, wildcards, overlap and
//! containment, and the service a cluster-local host names.

pub const DEFAULT_DOMAIN: &str = "svc.cluster.local";

/// Short names become `name.namespace.svc.cluster.local`; names with dots and wildcards stay.
pub fn fqdn(namespace: &str, host: &str) -> String {
    if !host.starts_with('*') && !host.contains('.') && !namespace.is_empty() {
        format!("{host}.{namespace}.{DEFAULT_DOMAIN}")
    } else {
        host.to_string()
    }
}

/// Whether two host names (either may be a `*.` wildcard) overlap.
pub fn hosts_match(a: &str, b: &str) -> bool {
    if a == b || a == "*" || b == "*" {
        return true;
    }
    match (a.strip_prefix('*'), b.strip_prefix('*')) {
        (Some(sa), Some(sb)) => sa.ends_with(sb) || sb.ends_with(sa),
        (Some(sa), None) => b.ends_with(sa),
        (None, Some(sb)) => a.ends_with(sb),
        (None, None) => false,
    }
}

/// Whether host `a` is within `b` (b may be a wildcard).
pub fn host_subset_of(a: &str, b: &str) -> bool {
    if a == b || b == "*" {
        return true;
    }
    match (a.strip_prefix('*'), b.strip_prefix('*')) {
        (Some(sa), Some(sb)) => sa.ends_with(sb),
        (None, Some(sb)) => a.ends_with(sb),
        _ => false,
    }
}

/// `name.ns.svc.cluster.local` → (ns, name); other hosts → (default namespace, host), as Istio names them.
pub fn resource_name_from_host(default_ns: &str, host: &str) -> (String, String) {
    if let Some(stem) = host.strip_suffix(".svc.cluster.local")
        && let Some((name, ns)) = stem.rsplit_once('.')
        && !name.is_empty()
        && !ns.is_empty()
    {
        return (ns.to_string(), name.to_string());
    }
    (default_ns.to_string(), host.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::glob::glob;

    #[test]
    fn globs_and_hosts() {
        assert!(glob("Pod *.default", "Pod x.default"));
        assert!(!glob("Pod *.default", "Pod x.other"));
        assert!(glob("*", "anything"));
        assert!(hosts_match("*.foo.com", "a.foo.com"));
        assert!(!hosts_match("*.foo.com", "a.bar.com"));
        assert!(host_subset_of("a.foo.com", "*.foo.com"));
        assert_eq!(fqdn("ns", "svc"), "svc.ns.svc.cluster.local");
        assert_eq!(fqdn("ns", "svc.other"), "svc.other");
    }
}
