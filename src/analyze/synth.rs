//! A deterministic generator of a large mesh with planted errors, shared by the planted-error
//! test (tests/it/analyze_perf.rs) and the benchmark (benches/analyze.rs) so both measure the
//! same config set. Not part of sailctl's interface.

use std::collections::BTreeMap;

/// xorshift64*: small, deterministic, good enough to vary names and shapes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// What was planted, by code.
pub struct Corpus {
    pub yaml: String,
    pub resources: usize,
    pub planted: BTreeMap<&'static str, usize>,
}

/// Generates `namespaces` namespaces of ~100 resources each; one in ten services has an
/// unnamed port, one in ten VirtualServices points at a missing gateway, one in ten
/// DestinationRules uses SIMPLE TLS without a CA.
pub fn generate(namespaces: usize, seed: u64) -> Corpus {
    let mut rng = Rng(seed | 1);
    let mut y = String::new();
    let mut n = 0usize;
    let mut planted: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut doc = |y: &mut String, s: String| {
        y.push_str("---\n");
        y.push_str(&s);
        n += 1;
    };
    for ns_i in 0..namespaces {
        let ns = format!("ns{ns_i}");
        doc(
            &mut y,
            format!(
                "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {ns}\n  labels:\n    istio-injection: enabled\n"
            ),
        );
        for app_i in 0..20 {
            let app = format!("app{app_i}");
            let bad_port = rng.below(10) == 0;
            if bad_port {
                *planted.entry("IST0118").or_default() += 1;
            }
            let port_name = if bad_port {
                "web".to_string()
            } else {
                "http".to_string()
            };
            doc(
                &mut y,
                format!(
                    "apiVersion: v1\nkind: Service\nmetadata:\n  name: {app}\n  namespace: {ns}\nspec:\n  selector:\n    app: {app}\n  ports:\n  - name: {port_name}\n    port: 80\n    targetPort: 8080\n"
                ),
            );
            doc(
                &mut y,
                format!(
                    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {app}\n  namespace: {ns}\nspec:\n  selector:\n    matchLabels:\n      app: {app}\n  template:\n    metadata:\n      labels:\n        app: {app}\n        version: v1\n    spec:\n      containers:\n      - name: {app}\n        image: example/{app}:1\n"
                ),
            );
            for p in 0..2 {
                doc(
                    &mut y,
                    format!(
                        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: {app}-{p}\n  namespace: {ns}\n  labels:\n    app: {app}\n    version: v1\nspec:\n  containers:\n  - name: {app}\n    image: example/{app}:1\n  - name: istio-proxy\n    image: docker.io/istio/proxyv2:1.30.3\n"
                    ),
                );
            }
            let missing_gw = app_i % 2 == 0 && rng.below(10) == 0;
            if missing_gw {
                *planted.entry("IST0101").or_default() += 1;
            }
            let gateways = if missing_gw {
                "  gateways: [\"no-such-gateway\"]\n".to_string()
            } else if app_i % 2 == 0 {
                "  gateways: [\"gw\"]\n".to_string()
            } else {
                String::new()
            };
            let host = if app_i % 2 == 0 {
                format!("{app}.{ns}.example.com")
            } else {
                app.clone()
            };
            doc(
                &mut y,
                format!(
                    "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: {app}\n  namespace: {ns}\nspec:\n  hosts: [\"{host}\"]\n{gateways}  http:\n  - route:\n    - destination:\n        host: {app}\n        subset: v1\n"
                ),
            );
            let bad_tls = rng.below(10) == 0;
            if bad_tls {
                *planted.entry("IST0128").or_default() += 1;
            }
            let tls = if bad_tls {
                "  trafficPolicy:\n    tls:\n      mode: SIMPLE\n"
            } else {
                ""
            };
            doc(
                &mut y,
                format!(
                    "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: {app}\n  namespace: {ns}\nspec:\n  host: {app}\n{tls}  subsets:\n  - name: v1\n    labels:\n      version: v1\n"
                ),
            );
        }
        doc(
            &mut y,
            format!(
                "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata:\n  name: gw\n  namespace: {ns}\nspec:\n  selector:\n    istio: ingressgateway\n  servers:\n  - port:\n      number: 80\n      name: http\n      protocol: HTTP\n    hosts: [\"*.{ns}.example.com\"]\n"
            ),
        );
        doc(
            &mut y,
            format!(
                "apiVersion: networking.istio.io/v1\nkind: Sidecar\nmetadata:\n  name: default\n  namespace: {ns}\nspec:\n  egress:\n  - hosts: [\"./*\", \"istio-system/*\"]\n"
            ),
        );
        doc(
            &mut y,
            format!(
                "apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata:\n  name: allow\n  namespace: {ns}\nspec:\n  selector:\n    matchLabels:\n      app: app0\n  rules:\n  - from:\n    - source:\n        namespaces: [\"{ns}\"]\n"
            ),
        );
    }
    Corpus {
        yaml: y,
        resources: n,
        planted,
    }
}

/// The corpus as a loaded snapshot (runtime kinds kept, mesh defaults added), ready for
/// [`crate::analyze::run`]; also returns the mesh state to run with. Load errors are returned
/// as their texts.
pub fn load(
    c: &Corpus,
) -> (
    crate::analyze::Snapshot,
    crate::analyze::mesh::MeshState,
    Vec<String>,
) {
    use crate::analyze::load::{LoadOptions, load_text};
    use crate::analyze::mesh::{self, MeshState};
    let mut snap = crate::analyze::Snapshot::new();
    let opts = LoadOptions {
        keep_runtime_kinds: true,
        ..Default::default()
    };
    let rep = load_text(&mut snap, "gen.yaml", &c.yaml, &opts);
    let mesh_state = MeshState::default();
    mesh::add_default_resources(&mut snap, &mesh_state, "istio-system", &opts);
    mesh::add_mesh_resources(&mut snap, &mesh_state, "istio-system");
    (snap, mesh_state, rep.errors)
}

/// Runs every analyzer plain `analyze` runs and counts the findings by code.
pub fn analyze_all(
    snap: &crate::analyze::Snapshot,
    mesh_state: &crate::analyze::mesh::MeshState,
) -> BTreeMap<String, usize> {
    let selected = crate::analyze::select(&[]).unwrap_or_default();
    let out = crate::analyze::run(
        snap,
        &selected,
        mesh_state,
        &crate::analyze::Options {
            istio_namespace: "istio-system".into(),
            ..Default::default()
        },
    );
    let mut by_code: BTreeMap<String, usize> = BTreeMap::new();
    for m in &out.messages {
        *by_code.entry(m.code().to_string()).or_default() += 1;
    }
    by_code
}

/// The seed the test and the bench use.
pub const SEED: u64 = 0x5a11_c7a1;
/// 200 namespaces: 24,800 resources (the issue asks for at least 20,000).
pub const LARGE_NAMESPACES: usize = 200;
