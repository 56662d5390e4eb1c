//! Robustness: arbitrary text and arbitrary (but YAML-shaped) objects never make the loader or
//! any analyzer panic.

use proptest::prelude::*;
use sailctl::analyze::load::{LoadOptions, load_text};
use sailctl::analyze::mesh::{self, MeshState};
use sailctl::analyze::{self, Options, Snapshot};

fn run_all(text: &str) {
    let mut snap = Snapshot::new();
    let opts = LoadOptions {
        keep_runtime_kinds: true,
        ..Default::default()
    };
    let _ = load_text(&mut snap, "fuzz.yaml", text, &opts);
    let mesh_state = MeshState::default();
    mesh::add_default_resources(&mut snap, &mesh_state, "istio-system", &opts);
    mesh::add_mesh_resources(&mut snap, &mesh_state, "istio-system");
    let all = analyze::analyzers::all();
    let out = analyze::run(
        &snap,
        &all,
        &mesh_state,
        &Options {
            istio_namespace: "istio-system".into(),
            ..Default::default()
        },
    );
    for m in &out.messages {
        let _ = analyze::format::log_line(&snap, m, false);
    }
    let _ = analyze::format::json(&snap, &out.messages);
    let _ = analyze::format::sarif(&snap, &out.messages);
}

const KINDS: &[(&str, &str)] = &[
    ("networking.istio.io/v1", "VirtualService"),
    ("networking.istio.io/v1", "DestinationRule"),
    ("networking.istio.io/v1", "Gateway"),
    ("networking.istio.io/v1", "ServiceEntry"),
    ("networking.istio.io/v1", "Sidecar"),
    ("networking.istio.io/v1alpha3", "EnvoyFilter"),
    ("security.istio.io/v1", "AuthorizationPolicy"),
    ("security.istio.io/v1", "RequestAuthentication"),
    ("telemetry.istio.io/v1", "Telemetry"),
    ("v1", "Pod"),
    ("v1", "Service"),
    ("v1", "Namespace"),
    ("v1", "Secret"),
    ("v1", "ConfigMap"),
    ("apps/v1", "Deployment"),
    (
        "admissionregistration.k8s.io/v1",
        "MutatingWebhookConfiguration",
    ),
];

/// Field names the analyzers read, so random specs reach deep code paths.
const FIELDS: &[&str] = &[
    "hosts",
    "gateways",
    "http",
    "tcp",
    "tls",
    "route",
    "destination",
    "host",
    "subset",
    "port",
    "number",
    "match",
    "uri",
    "prefix",
    "selector",
    "matchLabels",
    "servers",
    "credentialName",
    "trafficPolicy",
    "mode",
    "portLevelSettings",
    "ports",
    "name",
    "protocol",
    "targetPort",
    "workloadSelector",
    "labels",
    "egress",
    "configPatches",
    "patch",
    "operation",
    "applyTo",
    "rules",
    "from",
    "source",
    "namespaces",
    "accessLogging",
    "providers",
    "webhooks",
    "namespaceSelector",
    "containers",
    "image",
    "subsets",
    "exportTo",
    "mirror",
    "data",
];

fn value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i32>().prop_map(|n| serde_json::json!(n)),
        "[a-z*./~-]{0,12}".prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            prop::collection::vec((prop::sample::select(FIELDS), inner), 0..6).prop_map(|kv| {
                serde_json::Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
            }),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,300}") {
        run_all(&text);
    }

    #[test]
    fn arbitrary_objects_never_panic(
        objs in prop::collection::vec((prop::sample::select(KINDS), "[a-c]{1,2}", prop::option::of("[a-c]{1,2}"), value()), 1..8)
    ) {
        let mut text = String::new();
        for ((api, kind), name, ns, spec) in objs {
            let mut o = serde_json::json!({"apiVersion": api, "kind": kind, "metadata": {"name": name}, "spec": spec.clone()});
            if let Some(ns) = ns {
                o["metadata"]["namespace"] = serde_json::json!(ns);
            }
            if kind == "MutatingWebhookConfiguration" {
                o["webhooks"] = spec;
            }
            text.push_str("---\n");
            text.push_str(&sailctl::yaml::to_string(&o));
        }
        run_all(&text);
    }
}
