//! The resource kinds analyze knows: API group, kind, and whether they are namespaced.

/// A group and kind; the version is not part of the identity (v1alpha3/v1beta1/v1 are one collection).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Gk {
    pub group: &'static str,
    pub kind: &'static str,
}

const fn gk(group: &'static str, kind: &'static str) -> Gk {
    Gk { group, kind }
}

pub const NETWORKING: &str = "networking.istio.io";
pub const SECURITY: &str = "security.istio.io";
pub const TELEMETRY_GROUP: &str = "telemetry.istio.io";
pub const EXTENSIONS: &str = "extensions.istio.io";
pub const GATEWAY_API: &str = "gateway.networking.k8s.io";

pub const VIRTUAL_SERVICE: Gk = gk(NETWORKING, "VirtualService");
pub const DESTINATION_RULE: Gk = gk(NETWORKING, "DestinationRule");
pub const GATEWAY: Gk = gk(NETWORKING, "Gateway");
pub const SERVICE_ENTRY: Gk = gk(NETWORKING, "ServiceEntry");
pub const SIDECAR: Gk = gk(NETWORKING, "Sidecar");
pub const ENVOY_FILTER: Gk = gk(NETWORKING, "EnvoyFilter");
pub const WORKLOAD_ENTRY: Gk = gk(NETWORKING, "WorkloadEntry");
pub const WORKLOAD_GROUP: Gk = gk(NETWORKING, "WorkloadGroup");
pub const PROXY_CONFIG: Gk = gk(NETWORKING, "ProxyConfig");
pub const AUTHORIZATION_POLICY: Gk = gk(SECURITY, "AuthorizationPolicy");
pub const PEER_AUTHENTICATION: Gk = gk(SECURITY, "PeerAuthentication");
pub const REQUEST_AUTHENTICATION: Gk = gk(SECURITY, "RequestAuthentication");
pub const TELEMETRY: Gk = gk(TELEMETRY_GROUP, "Telemetry");
pub const WASM_PLUGIN: Gk = gk(EXTENSIONS, "WasmPlugin");
pub const K8S_GATEWAY: Gk = gk(GATEWAY_API, "Gateway");
pub const GATEWAY_CLASS: Gk = gk(GATEWAY_API, "GatewayClass");
pub const HTTP_ROUTE: Gk = gk(GATEWAY_API, "HTTPRoute");
pub const GRPC_ROUTE: Gk = gk(GATEWAY_API, "GRPCRoute");
pub const TCP_ROUTE: Gk = gk(GATEWAY_API, "TCPRoute");
pub const TLS_ROUTE: Gk = gk(GATEWAY_API, "TLSRoute");
pub const UDP_ROUTE: Gk = gk(GATEWAY_API, "UDPRoute");
pub const REFERENCE_GRANT: Gk = gk(GATEWAY_API, "ReferenceGrant");
pub const BACKEND_TLS_POLICY: Gk = gk(GATEWAY_API, "BackendTLSPolicy");
pub const LISTENER_SET: Gk = gk(GATEWAY_API, "ListenerSet");
pub const POD: Gk = gk("", "Pod");
pub const SERVICE: Gk = gk("", "Service");
pub const NAMESPACE: Gk = gk("", "Namespace");
pub const NODE: Gk = gk("", "Node");
pub const SECRET: Gk = gk("", "Secret");
pub const CONFIG_MAP: Gk = gk("", "ConfigMap");
pub const ENDPOINTS: Gk = gk("", "Endpoints");
pub const SERVICE_ACCOUNT: Gk = gk("", "ServiceAccount");
pub const DEPLOYMENT: Gk = gk("apps", "Deployment");
pub const DAEMON_SET: Gk = gk("apps", "DaemonSet");
pub const STATEFUL_SET: Gk = gk("apps", "StatefulSet");
pub const REPLICA_SET: Gk = gk("apps", "ReplicaSet");
pub const JOB: Gk = gk("batch", "Job");
pub const CRON_JOB: Gk = gk("batch", "CronJob");
pub const INGRESS: Gk = gk("networking.k8s.io", "Ingress");
pub const INGRESS_CLASS: Gk = gk("networking.k8s.io", "IngressClass");
pub const ENDPOINT_SLICE: Gk = gk("discovery.k8s.io", "EndpointSlice");
pub const MUTATING_WEBHOOK: Gk = gk(
    "admissionregistration.k8s.io",
    "MutatingWebhookConfiguration",
);
pub const VALIDATING_WEBHOOK: Gk = gk(
    "admissionregistration.k8s.io",
    "ValidatingWebhookConfiguration",
);
pub const CRD: Gk = gk("apiextensions.k8s.io", "CustomResourceDefinition");
/// Synthetic: the mesh config and mesh networks, as Istio models them.
pub const MESH_CONFIG: Gk = gk("", "MeshConfig");
pub const MESH_NETWORKS: Gk = gk("", "MeshNetworks");

/// Kinds that Istio's file source does not take from files (they come from a live cluster only).
pub const RUNTIME_KINDS: &[Gk] = &[POD, NAMESPACE, SERVICE, NODE, SECRET];

/// Every kind analyze reads, with whether it is namespaced.
pub const KNOWN: &[(Gk, bool)] = &[
    (VIRTUAL_SERVICE, true),
    (DESTINATION_RULE, true),
    (GATEWAY, true),
    (SERVICE_ENTRY, true),
    (SIDECAR, true),
    (ENVOY_FILTER, true),
    (WORKLOAD_ENTRY, true),
    (WORKLOAD_GROUP, true),
    (PROXY_CONFIG, true),
    (AUTHORIZATION_POLICY, true),
    (PEER_AUTHENTICATION, true),
    (REQUEST_AUTHENTICATION, true),
    (TELEMETRY, true),
    (WASM_PLUGIN, true),
    (K8S_GATEWAY, true),
    (GATEWAY_CLASS, false),
    (HTTP_ROUTE, true),
    (GRPC_ROUTE, true),
    (TCP_ROUTE, true),
    (TLS_ROUTE, true),
    (UDP_ROUTE, true),
    (REFERENCE_GRANT, true),
    (BACKEND_TLS_POLICY, true),
    (LISTENER_SET, true),
    (POD, true),
    (SERVICE, true),
    (NAMESPACE, false),
    (NODE, false),
    (SECRET, true),
    (CONFIG_MAP, true),
    (ENDPOINTS, true),
    (SERVICE_ACCOUNT, true),
    (DEPLOYMENT, true),
    (DAEMON_SET, true),
    (STATEFUL_SET, true),
    (REPLICA_SET, true),
    (JOB, true),
    (CRON_JOB, true),
    (INGRESS, true),
    (INGRESS_CLASS, false),
    (ENDPOINT_SLICE, true),
    (MUTATING_WEBHOOK, false),
    (VALIDATING_WEBHOOK, false),
    (CRD, false),
    (MESH_CONFIG, true),
    (MESH_NETWORKS, true),
];

/// Looks up a kind by group and kind name.
pub fn lookup(group: &str, kind: &str) -> Option<(Gk, bool)> {
    KNOWN
        .iter()
        .find(|(g, _)| g.group == group && g.kind == kind)
        .copied()
}

/// Splits `apiVersion` into (group, version); the core group is "".
pub fn split_api_version(api_version: &str) -> (&str, &str) {
    match api_version.rsplit_once('/') {
        Some((g, v)) => (g, v),
        None => ("", api_version),
    }
}

/// The API versions each group serves in Istio 1.30 (for the "wrong apiVersion" check).
pub fn version_known(group: &str, version: &str) -> bool {
    match group {
        NETWORKING => matches!(version, "v1alpha3" | "v1beta1" | "v1"),
        SECURITY => matches!(version, "v1beta1" | "v1"),
        TELEMETRY_GROUP => matches!(version, "v1alpha1" | "v1"),
        EXTENSIONS => matches!(version, "v1alpha1"),
        GATEWAY_API => matches!(version, "v1alpha2" | "v1alpha3" | "v1beta1" | "v1"),
        "" => version == "v1",
        "apps" => version == "v1",
        "batch" => matches!(version, "v1" | "v1beta1"),
        "networking.k8s.io" => version == "v1",
        "discovery.k8s.io" => version == "v1",
        "admissionregistration.k8s.io" => matches!(version, "v1" | "v1beta1"),
        "apiextensions.k8s.io" => matches!(version, "v1" | "v1beta1"),
        _ => true,
    }
}
