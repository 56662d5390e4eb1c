//! A seeded generator of `manifest generate` inputs, the kind a platform team writes: a
//! profile, IstioOperator files (one or several, later ones overriding) and `--set` flags
//! that turn components on and off, add gateways in their own namespaces, set every `k8s`
//! setting, meshConfig, `values.global.*`, `values.pilot.*` and `values.gateways.*`, and,
//! in some cases, a mistake (an unknown field at some level, a value of the wrong type).
//!
//! The same seed gives the same cases on every machine.

use serde_json::{Value, json};

use crate::support::rng::Rng;

/// One generated input.
#[derive(Debug, Clone)]
pub struct Case {
    /// `seed/index`, for the failure message and for re-running one case.
    pub name: String,
    /// IstioOperator files, passed with `-f` in this order.
    pub files: Vec<String>,
    /// `--set` arguments (without the flag).
    pub sets: Vec<String>,
    /// The generator planted a mistake: both tools must refuse the input.
    pub invalid: bool,
}

impl Case {
    /// A readable account of the case: its files and flags.
    pub fn describe(&self) -> String {
        let mut s = format!("case {}", self.name);
        if self.invalid {
            s.push_str(" (with a planted mistake)");
        }
        for (i, f) in self.files.iter().enumerate() {
            s.push_str(&format!("\n-- file {i}:\n{f}"));
        }
        for set in &self.sets {
            s.push_str(&format!("\n--set {set}"));
        }
        s
    }
}

pub const PROFILES: [&str; 10] = [
    "default",
    "demo",
    "minimal",
    "empty",
    "ambient",
    "remote",
    "stable",
    "preview",
    "openshift",
    "openshift-ambient",
];

/// `n` cases from `seed`.
pub fn cases(seed: u64, n: usize) -> Vec<Case> {
    let mut rng = Rng::new(seed);
    (0..n)
        .map(|i| case(&mut rng, format!("{seed}/{i}")))
        .collect()
}

fn set(root: &mut Value, path: &[&str], v: Value) {
    let mut cur = root;
    for (i, k) in path.iter().enumerate() {
        if !cur.is_object() {
            *cur = json!({});
        }
        let m = cur.as_object_mut().expect("object");
        if i + 1 == path.len() {
            m.insert((*k).to_string(), v);
            return;
        }
        cur = m.entry((*k).to_string()).or_insert_with(|| json!({}));
    }
}

fn case(rng: &mut Rng, name: String) -> Case {
    let mut spec = json!({});
    let mut sets: Vec<String> = Vec::new();
    let profile = *rng.pick(&PROFILES);
    if rng.chance(50) {
        sets.push(format!("profile={profile}"));
    } else {
        set(&mut spec, &["profile"], json!(profile));
    }
    if rng.chance(20) {
        let rev = *rng.pick(&["canary", "1-30-3", "stable"]);
        if rng.chance(50) {
            sets.push(format!("revision={rev}"));
        } else {
            set(&mut spec, &["revision"], json!(rev));
        }
    }
    if rng.chance(15) {
        set(&mut spec, &["hub"], json!("registry.example.com/istio"));
    }
    if rng.chance(10) {
        set(
            &mut spec,
            &["tag"],
            json!(*rng.pick(&["1.30.3-distroless", "1.30.2"])),
        );
    }
    components(rng, &mut spec, &mut sets);
    mesh_config(rng, &mut spec, &mut sets);
    values(rng, &mut spec, &mut sets);
    let invalid = rng.chance(8);
    if invalid {
        mistake(rng, &mut spec, &mut sets);
    }
    let mut files = Vec::new();
    if spec.as_object().is_some_and(|m| !m.is_empty()) || rng.chance(30) {
        if rng.chance(15) {
            // Two files: the second turns something off again or overrides a value.
            let mut second = json!({});
            set(
                &mut second,
                &["values", "global", "logging", "level"],
                json!("default:warn"),
            );
            if rng.chance(50) {
                set(
                    &mut second,
                    &["components", "egressGateways"],
                    json!([{"name": "istio-egressgateway", "enabled": false}]),
                );
            }
            files.push(iop(&spec));
            files.push(iop(&second));
        } else {
            files.push(iop(&spec));
        }
    }
    Case {
        name,
        files,
        sets,
        invalid,
    }
}

fn iop(spec: &Value) -> String {
    let doc = json!({
        "apiVersion": "install.istio.io/v1alpha1",
        "kind": "IstioOperator",
        "spec": spec,
    });
    ::sailctl::yaml::to_string(&doc)
}

/// `k8s` settings of a component; `target` is its workload's kind and name, `container`
/// its main container (for overlays).
fn k8s(rng: &mut Rng, gateway: bool, target: (&str, &str)) -> Value {
    let mut k = json!({});
    let mut some = |rng: &mut Rng, key: &str, v: Value| {
        if rng.chance(25) {
            set(&mut k, &[key], v);
        }
    };
    let replicas = 1 + rng.below(3);
    some(rng, "replicaCount", json!(replicas));
    some(
        rng,
        "resources",
        json!({"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"cpu": "1", "memory": "1Gi"}}),
    );
    some(rng, "hpaSpec", json!({"minReplicas": 2, "maxReplicas": 4}));
    some(rng, "podDisruptionBudget", json!({"minAvailable": 1}));
    some(rng, "nodeSelector", json!({"disktype": "ssd"}));
    some(
        rng,
        "tolerations",
        json!([{"key": "dedicated", "operator": "Equal", "value": "istio", "effect": "NoSchedule"}]),
    );
    some(
        rng,
        "affinity",
        json!({"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [{"matchExpressions": [{"key": "kubernetes.io/os", "operator": "In", "values": ["linux"]}]}]}}}),
    );
    some(rng, "env", json!([{"name": "EXTRA_FLAG", "value": "on"}]));
    some(rng, "podAnnotations", json!({"example.com/team": "mesh"}));
    some(rng, "securityContext", json!({"runAsNonRoot": true}));
    some(
        rng,
        "strategy",
        json!({"rollingUpdate": {"maxSurge": "50%", "maxUnavailable": 0}}),
    );
    some(rng, "priorityClassName", json!("system-cluster-critical"));
    some(rng, "imagePullPolicy", json!("IfNotPresent"));
    if gateway {
        some(
            rng,
            "serviceAnnotations",
            json!({"example.com/lb": "internal"}),
        );
        some(
            rng,
            "service",
            json!({"type": "NodePort", "ports": [{"name": "http2", "port": 80, "targetPort": 8080, "protocol": "TCP"}, {"name": "https", "port": 443, "targetPort": 8443}]}),
        );
    }
    some(
        rng,
        "overlays",
        json!([{"kind": target.0, "name": target.1, "patches": [{"path": "metadata.labels.overlaid", "value": "yes"}]}]),
    );
    k
}

fn components(rng: &mut Rng, spec: &mut Value, sets: &mut Vec<String>) {
    if rng.chance(30) {
        let k = k8s(rng, false, ("Deployment", "istiod"));
        if k.as_object().is_some_and(|m| !m.is_empty()) {
            set(spec, &["components", "pilot", "k8s"], k);
        }
    }
    if rng.chance(25) {
        if rng.chance(50) {
            sets.push("components.cni.enabled=true".into());
        } else {
            set(spec, &["components", "cni", "enabled"], json!(true));
            if rng.chance(40) {
                set(
                    spec,
                    &["components", "cni", "k8s"],
                    k8s(rng, false, ("DaemonSet", "istio-cni-node")),
                );
            }
        }
    }
    if rng.chance(12) {
        set(spec, &["components", "ztunnel", "enabled"], json!(true));
    }
    if rng.chance(40) {
        let mut gws = vec![json!({"name": "istio-ingressgateway", "enabled": rng.chance(80)})];
        if rng.chance(40) {
            gws[0]["k8s"] = k8s(rng, true, ("Deployment", "istio-ingressgateway"));
        }
        if rng.chance(40) {
            let mut extra = json!({
                "name": "ingress-b",
                "enabled": true,
                "label": {"istio": "ingress-b", "app": "ingress-b"},
            });
            if rng.chance(60) {
                extra["namespace"] = json!("ingress-ns");
            }
            if rng.chance(50) {
                extra["k8s"] = k8s(rng, true, ("Deployment", "ingress-b"));
            }
            gws.push(extra);
        }
        set(spec, &["components", "ingressGateways"], Value::Array(gws));
    }
    if rng.chance(20) {
        let mut gw = json!({"name": "istio-egressgateway", "enabled": true});
        if rng.chance(40) {
            gw["k8s"] = k8s(rng, true, ("Deployment", "istio-egressgateway"));
        }
        set(spec, &["components", "egressGateways"], json!([gw]));
    }
}

fn mesh_config(rng: &mut Rng, spec: &mut Value, sets: &mut Vec<String>) {
    let options: [(&[&str], Value, &str); 9] = [
        (
            &["accessLogFile"],
            json!("/dev/stdout"),
            "meshConfig.accessLogFile=/dev/stdout",
        ),
        (
            &["enableTracing"],
            json!(true),
            "meshConfig.enableTracing=true",
        ),
        (
            &["defaultConfig", "holdApplicationUntilProxyStarts"],
            json!(true),
            "meshConfig.defaultConfig.holdApplicationUntilProxyStarts=true",
        ),
        (
            &["outboundTrafficPolicy", "mode"],
            json!("REGISTRY_ONLY"),
            "meshConfig.outboundTrafficPolicy.mode=REGISTRY_ONLY",
        ),
        // (--set cannot give a string "true": quotes stay in the value, which istioctl then
        // renders as invalid YAML — a deliberate difference pinned on its own.)
        (
            &["defaultConfig", "proxyMetadata", "ISTIO_META_DNS_CAPTURE"],
            json!("true"),
            "meshConfig.defaultConfig.proxyMetadata.ISTIO_META_IDLE_TIMEOUT=30s",
        ),
        (
            &["enablePrometheusMerge"],
            json!(false),
            "meshConfig.enablePrometheusMerge=false",
        ),
        (
            &["trustDomain"],
            json!("example.org"),
            "meshConfig.trustDomain=example.org",
        ),
        (
            &["accessLogEncoding"],
            json!("JSON"),
            "meshConfig.accessLogEncoding=JSON",
        ),
        (
            &["defaultConfig", "proxyMetadata", "EXTRA_META"],
            json!("on"),
            "meshConfig.defaultConfig.proxyMetadata.EXTRA_META=on",
        ),
    ];
    for (path, v, flag) in options {
        if rng.chance(12) {
            if rng.chance(40) {
                sets.push(flag.into());
            } else {
                let mut full = vec!["meshConfig"];
                full.extend_from_slice(path);
                set(spec, &full, v);
            }
        }
    }
}

fn values(rng: &mut Rng, spec: &mut Value, sets: &mut Vec<String>) {
    let options: [(&[&str], Value, &str); 38] = [
        (
            &["global", "logging", "level"],
            json!("default:debug"),
            "values.global.logging.level=default:debug",
        ),
        (
            &["global", "proxy", "resources"],
            json!({"requests": {"cpu": "50m", "memory": "64Mi"}}),
            "values.global.proxy.resources.requests.cpu=50m",
        ),
        (
            &["global", "imagePullPolicy"],
            json!("Always"),
            "values.global.imagePullPolicy=Always",
        ),
        (
            &["global", "priorityClassName"],
            json!("system-node-critical"),
            "values.global.priorityClassName=system-node-critical",
        ),
        (
            &["global", "defaultNodeSelector"],
            json!({"pool": "mesh"}),
            "values.global.defaultNodeSelector.pool=mesh",
        ),
        (
            &["global", "proxy", "logLevel"],
            json!("debug"),
            "values.global.proxy.logLevel=debug",
        ),
        (
            &["global", "meshID"],
            json!("mesh1"),
            "values.global.meshID=mesh1",
        ),
        (
            &["global", "multiCluster", "clusterName"],
            json!("cluster1"),
            "values.global.multiCluster.clusterName=cluster1",
        ),
        (
            &["global", "network"],
            json!("network1"),
            "values.global.network=network1",
        ),
        (
            &["global", "imagePullSecrets"],
            json!(["regcred"]),
            "values.global.imagePullSecrets[0]=regcred",
        ),
        (
            &["pilot", "autoscaleMin"],
            json!(2),
            "values.pilot.autoscaleMin=2",
        ),
        (
            &["pilot", "autoscaleEnabled"],
            json!(false),
            "values.pilot.autoscaleEnabled=false",
        ),
        (
            &["pilot", "replicaCount"],
            json!(2),
            "values.pilot.replicaCount=2",
        ),
        (
            &["pilot", "env"],
            json!({"PILOT_ENABLE_STATUS": "true"}),
            "values.pilot.env.PILOT_ENABLE_STATUS=true",
        ),
        (
            &["pilot", "traceSampling"],
            json!(0.5),
            "values.pilot.traceSampling=0.5",
        ),
        (
            &["pilot", "resources"],
            json!({"requests": {"cpu": "200m"}}),
            "values.pilot.resources.requests.cpu=200m",
        ),
        (
            &["pilot", "nodeSelector"],
            json!({"pool": "control"}),
            "values.pilot.nodeSelector.pool=control",
        ),
        (
            &["pilot", "podAnnotations"],
            json!({"example.com/scrape": "yes"}),
            "values.pilot.podAnnotations.example\\.com/scrape=yes",
        ),
        (
            &["gateways", "istio-ingressgateway", "type"],
            json!("NodePort"),
            "values.gateways.istio-ingressgateway.type=NodePort",
        ),
        (
            &["gateways", "istio-ingressgateway", "autoscaleMin"],
            json!(2),
            "values.gateways.istio-ingressgateway.autoscaleMin=2",
        ),
        (
            &["gateways", "istio-ingressgateway", "serviceAnnotations"],
            json!({"example.com/lb": "external"}),
            "values.gateways.istio-ingressgateway.serviceAnnotations.example\\.com/lb=external",
        ),
        (
            &["cni", "excludeNamespaces"],
            json!(["kube-system", "istio-system"]),
            "values.cni.excludeNamespaces[0]=kube-system",
        ),
        (
            &["global", "networkPolicy", "enabled"],
            json!(true),
            "values.global.networkPolicy.enabled=true",
        ),
        (
            &["sidecarInjectorWebhook", "enableNamespacesByDefault"],
            json!(true),
            "values.sidecarInjectorWebhook.enableNamespacesByDefault=true",
        ),
        (
            &["revisionTags"],
            json!(["prod"]),
            "values.revisionTags[0]=prod",
        ),
        (
            &["global", "resourceScope"],
            json!("namespace"),
            "values.global.resourceScope=cluster",
        ),
        (
            &["global", "arch"],
            json!({"amd64": 2, "arm64": 1}),
            "values.global.arch.amd64=2",
        ),
        (
            &[
                "pilot",
                "env",
                "PILOT_ENABLE_GATEWAY_API_DEPLOYMENT_CONTROLLER",
            ],
            json!("false"),
            "values.pilot.env.PILOT_ENABLE_GATEWAY_API_DEPLOYMENT_CONTROLLER=false",
        ),
        (
            &["global", "remotePilotAddress"],
            json!("10.0.0.5"),
            "values.global.remotePilotAddress=istiod.example.com",
        ),
        (
            &["istiodRemote", "enabled"],
            json!(true),
            "values.istiodRemote.enabled=true",
        ),
        (
            &["base", "validationURL"],
            json!("https://istiod.example.com:15017/validate"),
            "values.base.validationURL=https://istiod.example.com:15017/validate",
        ),
        (
            &["gateways", "istio-ingressgateway", "runAsRoot"],
            json!(true),
            "values.gateways.istio-ingressgateway.runAsRoot=true",
        ),
        (
            &["cni", "repair", "deletePods"],
            json!(true),
            "values.cni.repair.deletePods=true",
        ),
        (
            &["ztunnel", "resources"],
            json!({"requests": {"cpu": "50m"}}),
            "values.ztunnel.resources.requests.cpu=50m",
        ),
        (
            &["global", "istiod", "enableAnalysis"],
            json!(true),
            "values.global.istiod.enableAnalysis=true",
        ),
        (
            &["pilot", "taint", "enabled"],
            json!(true),
            "values.pilot.taint.enabled=true",
        ),
        (
            &["global", "platform"],
            json!("openshift"),
            "values.global.platform=openshift",
        ),
        (
            &["gateways", "istio-ingressgateway", "ipFamilyPolicy"],
            json!("PreferDualStack"),
            "values.gateways.istio-ingressgateway.ipFamilyPolicy=PreferDualStack",
        ),
    ];
    for (path, v, flag) in options {
        if rng.chance(10) {
            if rng.chance(40) {
                sets.push(flag.into());
            } else {
                let mut full = vec!["values"];
                full.extend_from_slice(path);
                set(spec, &full, v);
            }
        }
    }
}

/// Plants one mistake a user makes: an unknown field at some level, or a wrong type.
fn mistake(rng: &mut Rng, spec: &mut Value, sets: &mut Vec<String>) {
    match rng.below(9) {
        0 => set(spec, &["unknownSetting"], json!(1)),
        1 => set(spec, &["components", "pilot", "replicas"], json!(2)),
        2 => set(spec, &["components", "pilot", "k8s", "replicas"], json!(2)),
        3 => set(
            spec,
            &["components", "pilot", "k8s", "replicaCount"],
            json!("two"),
        ),
        4 => set(spec, &["meshConfig", "enableTracing"], json!("maybe")),
        5 => set(spec, &["meshConfig", "notAMeshField"], json!(true)),
        6 => set(spec, &["values", "pilot", "autoscaleMin"], json!("abc")),
        7 => sets.push("values.pilot.notAPilotSetting=1".into()),
        _ => sets.push("values.global.notAGlobalSetting=1".into()),
    }
}
