//! The pure checks: facts gathered from the cluster in, findings out.

use crate::analyze::Level;
use crate::analyze::message::{Arg, sprintf};
use crate::analyze::messages::{
    FUTURE_UNSUPPORTED_GATEWAY_APIVERSION, INSUFFICIENT_PERMISSIONS, MessageType,
    UNSUPPORTED_GATEWAY_APIVERSION, UNSUPPORTED_KUBERNETES_VERSION,
};

/// Istio 1.30 supports Kubernetes 1.33 to 1.36.
pub const MIN_KUBERNETES: (u64, u64) = (1, 33);
/// Gateway API CRDs below this bundle version are refused (IST0156)…
pub const MIN_GATEWAY_API: (u64, u64, u64) = (1, 4, 0);
/// …and below this one are warned about (IST0172): the next minimum.
pub const FUTURE_MIN_GATEWAY_API: (u64, u64, u64) = (1, 5, 0);

/// One message of analyze's catalog, about the cluster rather than a loaded resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub mtype: &'static MessageType,
    /// `Kind name` or `Kind ns/name`, when the message is about one object.
    pub origin: Option<String>,
    pub args: Vec<Arg>,
}

impl Finding {
    fn new(mtype: &'static MessageType, origin: Option<String>, args: Vec<Arg>) -> Finding {
        Finding {
            mtype,
            origin,
            args,
        }
    }
    pub fn code(&self) -> &'static str {
        self.mtype.code
    }
    pub fn level(&self) -> Level {
        self.mtype.level
    }
    /// The text, from the catalog's template like analyze's messages.
    pub fn message(&self) -> String {
        sprintf(self.mtype.template, &self.args)
    }
}

/// `v1.33.1`, `1.33+`, `v1.34.0-gke.1` → (1, 33).
pub fn parse_major_minor(git_version: &str, major: &str, minor: &str) -> Option<(u64, u64)> {
    let digits = |s: &str| {
        s.chars()
            .take_while(char::is_ascii_digit)
            .collect::<String>()
            .parse::<u64>()
            .ok()
    };
    if let (Some(ma), Some(mi)) = (digits(major), digits(minor)) {
        return Some((ma, mi));
    }
    let v = git_version.trim_start_matches('v');
    let mut it = v.split('.');
    Some((digits(it.next()?)?, digits(it.next()?)?))
}

/// IST0142 when the server is older than Istio 1.30 supports.
pub fn kubernetes_version(git_version: &str, version: Option<(u64, u64)>) -> Option<Finding> {
    let (ma, mi) = version?;
    ((ma, mi) < MIN_KUBERNETES).then(|| {
        Finding::new(
            &UNSUPPORTED_KUBERNETES_VERSION,
            None,
            vec![
                git_version.trim_start_matches('v').into(),
                format!("{}.{}", MIN_KUBERNETES.0, MIN_KUBERNETES.1).into(),
            ],
        )
    })
}

/// What install creates, as (API group, resource, kind, namespaced?) to ask SelfSubjectAccessReview about.
pub const INSTALL_PERMISSIONS: &[(&str, &str, &str, bool)] = &[
    ("", "namespaces", "Namespace", false),
    (
        "apiextensions.k8s.io",
        "customresourcedefinitions",
        "CustomResourceDefinition",
        false,
    ),
    (
        "rbac.authorization.k8s.io",
        "clusterroles",
        "ClusterRole",
        false,
    ),
    (
        "rbac.authorization.k8s.io",
        "clusterrolebindings",
        "ClusterRoleBinding",
        false,
    ),
    (
        "admissionregistration.k8s.io",
        "mutatingwebhookconfigurations",
        "MutatingWebhookConfiguration",
        false,
    ),
    (
        "admissionregistration.k8s.io",
        "validatingwebhookconfigurations",
        "ValidatingWebhookConfiguration",
        false,
    ),
    ("rbac.authorization.k8s.io", "roles", "Role", true),
    (
        "rbac.authorization.k8s.io",
        "rolebindings",
        "RoleBinding",
        true,
    ),
    ("", "serviceaccounts", "ServiceAccount", true),
    ("", "services", "Service", true),
    ("", "configmaps", "ConfigMap", true),
    ("apps", "deployments", "Deployment", true),
    (
        "policy",
        "poddisruptionbudgets",
        "PodDisruptionBudget",
        true,
    ),
    (
        "autoscaling",
        "horizontalpodautoscalers",
        "HorizontalPodAutoscaler",
        true,
    ),
];

/// IST0141 for one permission the user lacks.
pub fn missing_permission(kind: &str, reason: &str) -> Finding {
    let reason = if reason.is_empty() {
        "not allowed"
    } else {
        reason
    };
    Finding::new(
        &INSUFFICIENT_PERMISSIONS,
        None,
        vec![kind.into(), reason.into()],
    )
}

/// `v1.4.1` → (1, 4, 1).
pub fn parse_semver(v: &str) -> Option<(u64, u64, u64)> {
    let v = v.trim().trim_start_matches('v');
    let core = v.split(['-', '+']).next()?;
    let mut it = core.split('.').map(|p| p.parse::<u64>().ok());
    Some((it.next()??, it.next()??, it.next().flatten().unwrap_or(0)))
}

/// IST0156 / IST0172 for an installed Gateway API CRD bundle version.
pub fn gateway_api_version(crd: &str, bundle_version: &str) -> Option<Finding> {
    let v = parse_semver(bundle_version)?;
    let fmt = |t: (u64, u64, u64)| format!("v{}.{}.{}", t.0, t.1, t.2);
    if v < MIN_GATEWAY_API {
        Some(Finding::new(
            &UNSUPPORTED_GATEWAY_APIVERSION,
            Some(format!("CustomResourceDefinition {crd}")),
            vec![bundle_version.into(), fmt(MIN_GATEWAY_API).into()],
        ))
    } else if v < FUTURE_MIN_GATEWAY_API {
        Some(Finding::new(
            &FUTURE_UNSUPPORTED_GATEWAY_APIVERSION,
            Some(format!("CustomResourceDefinition {crd}")),
            vec![bundle_version.into(), fmt(FUTURE_MIN_GATEWAY_API).into()],
        ))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kubernetes_minimum() {
        let v = parse_major_minor("v1.32.4", "1", "32");
        let f = kubernetes_version("v1.32.4", v).unwrap();
        assert_eq!(
            f.message(),
            "The Kubernetes Version \"1.32.4\" is lower than the minimum version: 1.33"
        );
        assert!(kubernetes_version("v1.36.1", parse_major_minor("v1.36.1", "1", "36")).is_none());
        assert_eq!(
            parse_major_minor("v1.34.0-gke.1", "1", "34+"),
            Some((1, 34))
        );
        assert_eq!(parse_major_minor("v1.33.2", "", ""), Some((1, 33)));
    }

    #[test]
    fn permission_message() {
        assert_eq!(
            missing_permission("ClusterRole", "").message(),
            "Missing required permission to create resource ClusterRole (not allowed)"
        );
    }

    #[test]
    fn gateway_api_thresholds() {
        assert_eq!(
            gateway_api_version("gateways.gateway.networking.k8s.io", "v1.2.0")
                .unwrap()
                .code(),
            "IST0156"
        );
        assert_eq!(
            gateway_api_version("gateways.gateway.networking.k8s.io", "v1.4.1")
                .unwrap()
                .code(),
            "IST0172"
        );
        assert!(gateway_api_version("gateways.gateway.networking.k8s.io", "v1.5.0").is_none());
        assert!(gateway_api_version("x", "garbage").is_none());
    }
}
