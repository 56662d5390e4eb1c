//! Istio 1.30's built-in mesh config defaults (JSON field names), the base every mesh config
//! sailctl builds starts from: injection's and analysis's alike.

use serde_json::{Value, json};

/// The mesh config fields sailctl reads, with Istio's default values.
pub fn mesh_config() -> Value {
    json!({
        "proxyListenPort": 15001,
        "proxyInboundListenPort": 15006,
        "connectTimeout": "10s",
        "ingressClass": "istio",
        "ingressService": "istio-ingressgateway",
        "ingressControllerMode": "STRICT",
        "enableTracing": true,
        "accessLogFile": "",
        "trustDomain": "cluster.local",
        "enableAutoMtls": true,
        "outboundTrafficPolicy": {"mode": "ALLOW_ANY"},
        "inboundTrafficPolicy": {"mode": "PASSTHROUGH"},
        "dnsRefreshRate": "60s",
        "enablePrometheusMerge": true,
        "rootNamespace": "istio-system",
        "defaultConfig": proxy_config(),
    })
}

/// The default proxy config (the mesh config's `defaultConfig`).
fn proxy_config() -> Value {
    json!({
        "configPath": "./etc/istio/proxy",
        "binaryPath": "/usr/local/bin/envoy",
        "serviceCluster": "istio-proxy",
        "drainDuration": "45s",
        "terminationDrainDuration": "5s",
        "proxyAdminPort": 15000,
        "controlPlaneAuthPolicy": "MUTUAL_TLS",
        "discoveryAddress": "istiod.istio-system.svc:15012",
        "statNameLength": 189,
        "statusPort": 15020,
        "tracing": {"zipkin": {"address": "zipkin.istio-system:9411"}},
    })
}
