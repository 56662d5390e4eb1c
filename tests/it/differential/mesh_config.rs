//! `spec.meshConfig` typed as istioctl 1.30.3 types it: every top-level MeshConfig field and
//! every `defaultConfig` (ProxyConfig) field with a right-typed and a wrong-typed value, then
//! the decoding rules one by one (quoted numbers, durations, enum names and numbers, wrappers,
//! nulls, proto-name spellings, nested messages, lists and maps), through `-f` files and
//! `--set` flags, with and without `--force`. Each input goes through `manifest generate` of
//! both tools: both must refuse it (istioctl exit 1, sailctl 65 — README, "Exit codes") or
//! both render it, with the same `mesh` in the `istio` ConfigMap (compared as parsed YAML).
//! Each case also says what it expects, and istioctl must agree: a wrong expectation is a
//! mistake in this table, reported as such.

use std::path::Path;
use std::process::Output;

use serde_json::Value;

use super::compare;
use crate::support::process::stderr;
use crate::support::reference::istioctl;
use crate::support::sailctl::offline;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Accept,
    Refuse,
}
use Expect::{Accept, Refuse};

/// One input: `-f` files (IstioOperator texts) and `--set` flags.
#[derive(Debug, Clone)]
struct Case {
    files: Vec<String>,
    sets: Vec<String>,
    expect: Expect,
}

impl Case {
    fn describe(&self) -> String {
        let mut parts: Vec<String> = self
            .files
            .iter()
            .map(|f| format!("-f <<{}>>", f.trim_end().replace('\n', "⏎")))
            .collect();
        parts.extend(self.sets.iter().map(|s| format!("--set {s}")));
        parts.join(" ")
    }
}

/// An IstioOperator file whose `spec.meshConfig` is `mesh` (YAML flow or scalar text).
fn iop(mesh: &str) -> String {
    format!(
        "apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n  meshConfig: {mesh}\n"
    )
}

fn file(mesh: &str, expect: Expect) -> Case {
    Case {
        files: vec![iop(mesh)],
        sets: Vec::new(),
        expect,
    }
}

fn sets(flags: &[&str], expect: Expect) -> Case {
    Case {
        files: Vec::new(),
        sets: flags.iter().map(|s| s.to_string()).collect(),
        expect,
    }
}

/// Top-level MeshConfig fields: (field, a right-typed value, a wrong-typed value), values as
/// YAML flow text. Right-typed values also pass istioctl's value checks (ports, durations…).
const MESH_FIELDS: &[(&str, &str, &str)] = &[
    ("proxyListenPort", "15001", "abc"),
    ("proxyInboundListenPort", "15006", "true"),
    ("proxyHttpPort", "8080", "'8080x'"),
    ("connectTimeout", "5s", "5"),
    ("hboneIdleTimeout", "1h", "'1 hour'"),
    ("protocolDetectionTimeout", "100ms", "100"),
    (
        "tcpKeepalive",
        "{probes: 3, time: 60s, interval: 10s}",
        "{probes: -1}",
    ),
    ("ingressClass", "nginx", "5"),
    ("ingressService", "my-gateway", "[a]"),
    ("ingressControllerMode", "DEFAULT", "default"),
    ("ingressSelector", "ingressgateway", "true"),
    ("enableTracing", "false", "maybe"),
    ("accessLogFile", "/dev/stdout", "1"),
    (
        "accessLogFormat",
        "'[%START_TIME%] %REQ(:METHOD)%'",
        "{a: b}",
    ),
    ("accessLogEncoding", "JSON", "XML"),
    ("enableEnvoyAccessLogService", "true", "'true'"),
    ("disableEnvoyListenerLog", "true", "1"),
    ("defaultConfig", "{}", "5"),
    (
        "outboundTrafficPolicy",
        "{mode: REGISTRY_ONLY}",
        "{mode: BAD}",
    ),
    (
        "inboundTrafficPolicy",
        "{mode: LOCALHOST}",
        "{mode: localhost}",
    ),
    (
        "configSources",
        "[{address: 'k8s://'}]",
        "{address: 'k8s://'}",
    ),
    ("enableAutoMtls", "false", "'no'"),
    ("trustDomain", "example.com", "1"),
    ("trustDomainAliases", "[old.example.com]", "old.example.com"),
    (
        "caCertificates",
        "[{certSigners: [clusterissuers.cert-manager.io/foo], trustDomains: [foo.example.com]}]",
        "[{certSigners: clusterissuers.cert-manager.io/foo}]",
    ),
    ("defaultServiceExportTo", "['.']", "'.'"),
    ("defaultVirtualServiceExportTo", "['*']", "[1]"),
    ("defaultDestinationRuleExportTo", "['*']", "{}"),
    ("rootNamespace", "istio-config", "5"),
    ("localityLbSetting", "{enabled: false}", "{enabled: 'no'}"),
    ("dnsRefreshRate", "30s", "'30'"),
    ("h2UpgradePolicy", "UPGRADE", "upgrade"),
    ("inboundClusterStatName", "'%SERVICE%'", "1"),
    (
        "outboundClusterStatName",
        "'%SERVICE%_%SUBSET_NAME%'",
        "false",
    ),
    (
        "certificates",
        "[{secretName: certs, dnsNames: [a.example.com]}]",
        "[{dnsNames: a.example.com}]",
    ),
    (
        "serviceSettings",
        "[{settings: {clusterLocal: true}, hosts: ['*.team.svc.cluster.local']}]",
        "[{settings: {clusterLocal: 'yes'}}]",
    ),
    (
        "serviceScopeConfigs",
        "[{namespaceSelector: {matchLabels: {team: a}}, scope: GLOBAL}]",
        "[{scope: WORLD}]",
    ),
    ("enablePrometheusMerge", "false", "0"),
    ("verifyCertificateAtClient", "true", "'true'"),
    (
        "ca",
        "{address: 'ca.example.com:443', requestTimeout: 10s, istiodSide: false}",
        "{istiodSide: 'no'}",
    ),
    (
        "extensionProviders",
        "[{name: otel, opentelemetry: {service: otel.observability.svc.cluster.local, port: 4317}}]",
        "[{name: otel, opentelemetry: {service: otel.observability.svc.cluster.local, port: x}}]",
    ),
    (
        "defaultProviders",
        "{metrics: [prometheus]}",
        "{metrics: prometheus}",
    ),
    (
        "discoverySelectors",
        "[{matchLabels: {env: prod}}]",
        "[{matchLabels: [env]}]",
    ),
    (
        "pathNormalization",
        "{normalization: MERGE_SLASHES}",
        "{normalization: merge}",
    ),
    (
        "defaultHttpRetryPolicy",
        "{attempts: 3, perTryTimeout: 2s, retryOn: 5xx}",
        "{attempts: three}",
    ),
    (
        "meshMTLS",
        "{minProtocolVersion: TLSV1_3}",
        "{minProtocolVersion: TLS1_3}",
    ),
    (
        "tlsDefaults",
        "{ecdhCurves: [P-256], cipherSuites: [ECDHE-ECDSA-AES256-GCM-SHA384]}",
        "{ecdhCurves: P-256}",
    ),
];

/// `defaultConfig` (ProxyConfig) fields, as [`MESH_FIELDS`].
const PROXY_FIELDS: &[(&str, &str, &str)] = &[
    ("configPath", "./etc/istio/proxy", "1"),
    ("binaryPath", "/usr/local/bin/envoy", "true"),
    ("serviceCluster", "istio-proxy", "[a]"),
    ("tracingServiceName", "CANONICAL_NAME_ONLY", "canonical"),
    ("drainDuration", "30s", "30"),
    (
        "discoveryAddress",
        "'istiod.istio-system.svc:15012'",
        "15012",
    ),
    ("discoveryRefreshDelay", "1s", "'1 s'"),
    ("zipkinAddress", "'zipkin.istio-system:9411'", "9411"),
    ("statsdUdpAddress", "'statsd.istio-system:8125'", "8125"),
    (
        "envoyMetricsServiceAddress",
        "'ms.istio-system:15000'",
        "false",
    ),
    ("proxyAdminPort", "15000", "'15000a'"),
    ("availabilityZone", "zone-a", "1"),
    ("controlPlaneAuthPolicy", "MUTUAL_TLS", "mtls"),
    ("customConfigFile", "/etc/istio/custom.json", "{}"),
    ("statNameLength", "100", "1.5"),
    ("concurrency", "4", "abc"),
    (
        "proxyBootstrapTemplatePath",
        "/var/lib/istio/envoy/custom.json",
        "1",
    ),
    ("interceptionMode", "TPROXY", "tproxy"),
    ("tracing", "{sampling: 10}", "{sampling: high}"),
    (
        "sds",
        "{enabled: true, k8sSaJwtPath: /var/run/jwt}",
        "{enabled: 'yes'}",
    ),
    (
        "envoyAccessLogService",
        "{address: 'als.istio-system:9000'}",
        "{address: 9000}",
    ),
    (
        "envoyMetricsService",
        "{address: 'ms.istio-system:9000', tcpKeepalive: {probes: 2}}",
        "{tcpKeepalive: {probes: two}}",
    ),
    (
        "proxyMetadata",
        "{ISTIO_META_DNS_CAPTURE: 'true'}",
        "{ISTIO_META_DNS_CAPTURE: true}",
    ),
    (
        "runtimeValues",
        "{'re2.max_program_size.error_level': '1024'}",
        "[a]",
    ),
    ("statusPort", "15020", "'15020.5'"),
    ("extraStatTags", "[version, app]", "version"),
    (
        "gatewayTopology",
        "{numTrustedProxies: 2, forwardClientCertDetails: SANITIZE_SET}",
        "{forwardClientCertDetails: sanitize}",
    ),
    ("terminationDrainDuration", "10s", "'10'"),
    ("meshId", "mesh1", "1"),
    (
        "readinessProbe",
        "{periodSeconds: 5, failureThreshold: 3, httpGet: {path: /healthz/ready, port: 15021}}",
        "{periodSeconds: five}",
    ),
    (
        "proxyStatsMatcher",
        "{inclusionPrefixes: [cluster.outbound]}",
        "{inclusionPrefixes: cluster}",
    ),
    ("holdApplicationUntilProxyStarts", "true", "'true'"),
    ("caCertificatesPem", "[]", "pem"),
    ("image", "{imageType: distroless}", "{imageType: 1}"),
    (
        "privateKeyProvider",
        "{cryptomb: {pollDelay: 10ms, fallback: true}}",
        "{cryptomb: {pollDelay: 10}}",
    ),
    (
        "proxyHeaders",
        "{server: {disabled: true}, requestId: {disabled: false}, forwardedClientCert: SANITIZE}",
        "{server: {disabled: 'on'}}",
    ),
    ("fileFlushInterval", "1s", "1000"),
    ("fileFlushMinSizeKb", "64", "-1"),
    ("statsCompression", "false", "'off'"),
];

/// The decoding rules, one input each: (meshConfig text, expectation).
const RULES: &[(&str, Expect)] = &[
    // Booleans: only true/false (YAML 1.1 spellings are booleans before the decoder sees them).
    ("{enableTracing: 'true'}", Refuse),
    ("{enableTracing: yes}", Accept),
    ("{enableTracing: null}", Accept),
    ("{enableTracing: 1}", Refuse),
    ("{enableAutoMtls: null}", Accept),
    ("{enablePrometheusMerge: 'false'}", Refuse),
    // Integers: numbers with no fraction, or quoted integer literals.
    ("{proxyListenPort: '15001'}", Accept),
    ("{proxyListenPort: ' 15001'}", Accept),
    ("{proxyListenPort: '15001.0'}", Refuse),
    ("{proxyListenPort: 15001.0}", Accept),
    ("{proxyListenPort: 1.5e4}", Accept),
    ("{proxyListenPort: ''}", Refuse),
    ("{proxyListenPort: true}", Refuse),
    ("{proxyListenPort: 0x3A99}", Accept),
    ("{proxyListenPort: '0x3A99'}", Refuse),
    ("{proxyListenPort: '+15001'}", Refuse),
    ("{proxyListenPort: '015001'}", Refuse),
    ("{proxyListenPort: 3000000000}", Refuse),
    ("{defaultConfig: {concurrency: '4'}}", Accept),
    ("{defaultConfig: {concurrency: 4.5}}", Refuse),
    ("{defaultConfig: {concurrency: null}}", Accept),
    ("{defaultConfig: {concurrency: 2147483648}}", Refuse),
    ("{defaultConfig: {tracing: {maxPathTagLength: -1}}}", Refuse),
    (
        "{defaultConfig: {tracing: {maxPathTagLength: '-0'}}}",
        Refuse,
    ),
    (
        "{defaultConfig: {tracing: {maxPathTagLength: 4294967295}}}",
        Accept,
    ),
    (
        "{defaultConfig: {tracing: {maxPathTagLength: 4294967296}}}",
        Refuse,
    ),
    (
        "{defaultConfig: {tracing: {maxPathTagLength: '256'}}}",
        Accept,
    ),
    // Doubles.
    ("{defaultConfig: {tracing: {sampling: '50'}}}", Accept),
    ("{defaultConfig: {tracing: {sampling: 0.5}}}", Accept),
    ("{defaultConfig: {tracing: {sampling: 'NaN'}}}", Accept),
    ("{defaultConfig: {tracing: {sampling: 'nan'}}}", Refuse),
    ("{defaultConfig: {tracing: {sampling: '1e400'}}}", Refuse),
    ("{defaultConfig: {tracing: {sampling: '1e2'}}}", Accept),
    ("{defaultConfig: {tracing: {sampling: true}}}", Refuse),
    // 64-bit wrappers.
    (
        "{extensionProviders: [{name: sd, stackdriver: {maxNumberOfAttributes: '200'}}]}",
        Accept,
    ),
    (
        "{extensionProviders: [{name: sd, stackdriver: {maxNumberOfAttributes: 2.5}}]}",
        Refuse,
    ),
    (
        "{defaultConfig: {tracing: {stackdriver: {maxNumberOfAttributes: 2.5}}}}",
        Refuse,
    ),
    // Strings.
    ("{accessLogFile: '1'}", Accept),
    ("{accessLogFile: null}", Accept),
    ("{accessLogFile: 1.5}", Refuse),
    ("{trustDomain: true}", Refuse),
    // Durations: Go duration strings.
    ("{connectTimeout: '5'}", Refuse),
    ("{connectTimeout: .5s}", Accept),
    ("{connectTimeout: 5.s}", Accept),
    ("{connectTimeout: 1m30s}", Accept),
    ("{connectTimeout: 1500ms}", Accept),
    ("{connectTimeout: '+2s'}", Accept),
    ("{connectTimeout: 2S}", Refuse),
    ("{connectTimeout: '2 s'}", Refuse),
    ("{connectTimeout: 2562048h}", Refuse),
    ("{connectTimeout: ''}", Refuse),
    ("{connectTimeout: null}", Accept),
    ("{connectTimeout: {seconds: 1}}", Refuse),
    ("{connectTimeout: true}", Refuse),
    ("{dnsRefreshRate: 1h2m3s4ms}", Accept),
    ("{defaultConfig: {terminationDrainDuration: 1.5s}}", Accept),
    ("{defaultConfig: {drainDuration: 1..5s}}", Refuse),
    ("{defaultConfig: {drainDuration: s}}", Refuse),
    // Enums: names exactly, or numbers.
    ("{outboundTrafficPolicy: {mode: ALLOW_ANY}}", Accept),
    (
        "{outboundTrafficPolicy: {mode: ALLOW_ANY_DYNAMIC_DNS}}",
        Accept,
    ),
    ("{outboundTrafficPolicy: {mode: '1'}}", Refuse),
    ("{outboundTrafficPolicy: {mode: 2}}", Accept),
    ("{outboundTrafficPolicy: {mode: -3}}", Accept),
    ("{outboundTrafficPolicy: {mode: 1.0}}", Accept),
    ("{outboundTrafficPolicy: {mode: 1.5}}", Refuse),
    ("{outboundTrafficPolicy: {mode: 3000000000}}", Refuse),
    ("{outboundTrafficPolicy: {mode: true}}", Refuse),
    ("{outboundTrafficPolicy: {mode: null}}", Accept),
    ("{outboundTrafficPolicy: {mode: allow_any}}", Refuse),
    ("{accessLogEncoding: TEXT}", Accept),
    ("{accessLogEncoding: 1}", Accept),
    ("{ingressControllerMode: 'OFF'}", Accept),
    ("{ingressControllerMode: off}", Refuse),
    (
        "{outboundTrafficPolicy: {mode: ALLOW_ANY, tls: {mode: SIMPLE}}}",
        Accept,
    ),
    ("{outboundTrafficPolicy: {tls: {mode: simple}}}", Refuse),
    // Messages, lists and maps.
    ("{outboundTrafficPolicy: []}", Refuse),
    ("{outboundTrafficPolicy: x}", Refuse),
    ("{outboundTrafficPolicy: null}", Accept),
    ("{trustDomainAliases: [1]}", Refuse),
    ("{trustDomainAliases: {}}", Refuse),
    ("{trustDomainAliases: null}", Accept),
    ("{defaultConfig: {proxyMetadata: {A: 1}}}", Refuse),
    ("{defaultConfig: {proxyMetadata: {A: null}}}", Accept),
    ("{defaultConfig: {proxyMetadata: [a]}}", Refuse),
    ("{defaultConfig: 5}", Refuse),
    (
        "{localityLbSetting: {enabled: true, distribute: [{from: 'us-west/*', to: {'us-west/*': 80, 'us-east/*': 20}}]}}",
        Accept,
    ),
    (
        "{localityLbSetting: {enabled: true, distribute: [{from: 'us-west/*', to: {'us-west/*': '80', 'us-east/*': 20.0}}]}}",
        Accept,
    ),
    (
        "{localityLbSetting: {distribute: [{from: 'us-west/*', to: {'us-west/*': eighty}}]}}",
        Refuse,
    ),
    (
        "{localityLbSetting: {failover: [{from: us-east, to: us-west}]}}",
        Accept,
    ),
    (
        "{localityLbSetting: {failoverPriority: [topology.istio.io/network, my-label]}}",
        Accept,
    ),
    (
        "{defaultConfig: {tracing: {customTags: {team: {literal: {value: a}}, env: {environment: {name: ENV, defaultValue: x}}}}}}",
        Accept,
    ),
    (
        "{defaultConfig: {tracing: {customTags: {team: {literal: {value: 1}}}}}}",
        Refuse,
    ),
    (
        "{defaultConfig: {tracing: {customTags: {team: 1}}}}",
        Refuse,
    ),
    // Oneofs are not enforced by the decoder.
    (
        "{defaultConfig: {tracing: {zipkin: {address: 'z:9411'}, datadog: {address: 'd:8126'}}}}",
        Accept,
    ),
    // Struct fields are free-form maps.
    (
        "{extensionProviders: [{name: a, envoyFileAccessLog: {path: /dev/stdout, logFormat: {labels: {a: [1, {b: null}], c: true}}}}]}",
        Accept,
    ),
    (
        "{extensionProviders: [{name: a, envoyFileAccessLog: {path: /dev/stdout, logFormat: {labels: 5}}}]}",
        Refuse,
    ),
    (
        "{extensionProviders: [{name: a, envoyFileAccessLog: {path: /dev/stdout, logFormat: {text: 1}}}]}",
        Refuse,
    ),
    (
        "{extensionProviders: [{name: z, zipkin: {service: zipkin.istio-system.svc.cluster.local, port: '9411', maxTagLength: 256, enable64bitTraceId: true, traceContextOption: USE_B3_WITH_W3C_PROPAGATION, timeout: 5s, headers: [{name: X-A, value: b}]}}]}",
        Accept,
    ),
    (
        "{extensionProviders: [{name: z, zipkin: {service: zipkin.istio-system.svc.cluster.local, port: 9411, traceContextOption: W3C}}]}",
        Refuse,
    ),
    (
        "{extensionProviders: [{name: z, zipkin: {service: zipkin.istio-system.svc.cluster.local, port: 9411, enable_64bit_trace_id: 'yes'}}]}",
        Refuse,
    ),
    (
        "{extensionProviders: [{name: authz, envoyExtAuthzHttp: {service: authz.foo.svc.cluster.local, port: 8000, timeout: 1s, failOpen: true, includeRequestHeadersInCheck: [x-ext-authz], includeAdditionalHeadersInCheck: {x-a: b}, includeRequestBodyInCheck: {maxRequestBytes: 1024, allowPartialMessage: true}}}]}",
        Accept,
    ),
    (
        "{extensionProviders: [{name: authz, envoyExtAuthzHttp: {service: authz.foo.svc.cluster.local, port: 8000, includeRequestBodyInCheck: {maxRequestBytes: -5}}}]}",
        Refuse,
    ),
    (
        "{extensionProviders: [{name: authz, envoyExtAuthzGrpc: {service: authz.foo.svc.cluster.local, port: 9000, timeout: 1}}]}",
        Refuse,
    ),
    (
        "{extensionProviders: [{name: otel, opentelemetry: {service: otel.foo.svc.cluster.local, port: 4317, grpc: {timeout: 3s, initialMetadata: [{name: a, envName: B}]}, resourceDetectors: {environment: {}}}}]}",
        Accept,
    ),
    (
        "{extensionProviders: [{name: otel, opentelemetry: {service: otel.foo.svc.cluster.local, port: 4317, serviceAttributeEnrichment: OTEL_SEMANTIC_CONVENTIONS}}]}",
        Accept,
    ),
    (
        "{extensionProviders: [{name: otel, opentelemetry: {service: otel.foo.svc.cluster.local, port: 4317, http: {path: /v1/traces, timeout: '3'}}}]}",
        Refuse,
    ),
    (
        "{extensionProviders: [{name: als, envoyOtelAls: {service: otel.foo.svc.cluster.local, port: 4317, logFormat: {labels: {a: '%REQ(A)%'}}}}]}",
        Accept,
    ),
    (
        "{extensionProviders: [{name: als, envoyHttpAls: {service: als.foo.svc.cluster.local, port: 9000, additionalRequestHeadersToLog: x-a}}]}",
        Refuse,
    ),
    ("{extensionProviders: {name: a}}", Refuse),
    ("{extensionProviders: [5]}", Refuse),
    ("{extensionProviders: [null]}", Accept),
    (
        "{defaultProviders: {tracing: [otel], accessLogging: [envoy], metrics: [prometheus]}}",
        Accept,
    ),
    ("{defaultProviders: {accessLogging: [1]}}", Refuse),
    (
        "{serviceScopeConfigs: [{servicesSelector: {matchExpressions: [{key: a, operator: In, values: [b]}]}, scope: LOCAL}]}",
        Accept,
    ),
    (
        "{serviceScopeConfigs: [{servicesSelector: {matchExpressions: [{key: a, operator: In, values: b}]}}]}",
        Refuse,
    ),
    (
        "{defaultConfig: {proxyHeaders: {setCurrentClientCertDetails: {subject: true, dns: 'false'}}}}",
        Refuse,
    ),
    (
        "{defaultConfig: {proxyHeaders: {metadataExchangeHeaders: {mode: IN_MESH}, xForwardedHost: {enabled: true}}}}",
        Accept,
    ),
    (
        "{defaultConfig: {readinessProbe: {tcpSocket: {port: '15021', host: localhost}}}}",
        Accept,
    ),
    (
        "{defaultConfig: {readinessProbe: {exec: {command: ls}}}}",
        Refuse,
    ),
    (
        "{defaultConfig: {image: {imageType: [distroless]}}}",
        Refuse,
    ),
    (
        "{defaultConfig: {tracing: {tlsSettings: {mode: MUTUAL, insecureSkipVerify: 'true'}}}}",
        Refuse,
    ),
    (
        "{ca: {tlsSettings: {subjectAltNames: [a], sni: 1}}}",
        Refuse,
    ),
    ("{caCertificates: [{pem: 1}]}", Refuse),
    ("{meshMTLS: {minProtocolVersion: 2}}", Accept),
    ("{tlsDefaults: {cipherSuites: [1]}}", Refuse),
    // Field spellings: proto names read too, the JSON name wins when both are given; unknown
    // fields are ignored.
    ("{enable_tracing: maybe}", Refuse),
    ("{enable_tracing: false}", Accept),
    ("{proxy_listen_port: abc, proxyListenPort: 15001}", Accept),
    ("{proxyListenPort: abc, proxy_listen_port: 15001}", Refuse),
    ("{default_config: {concurrency: abc}}", Refuse),
    ("{defaultConfig: {proxy_admin_port: abc}}", Refuse),
    ("{meshMTLS: {min_protocol_version: TLS9}}", Refuse),
    ("{notAField: 1, defaultConfig: {foo: [1]}}", Accept),
    ("{EnableTracing: maybe}", Accept),
    ("{outboundTrafficPolicy: {Mode: BAD}}", Accept),
    // The whole meshConfig.
    ("{}", Accept),
    ("[]", Refuse),
    ("x", Refuse),
    ("null", Refuse),
];

/// Inputs through `--set` (istioctl's value typing), `--force`, several layers and the values.
fn flag_cases() -> Vec<Case> {
    let two_files = |a: &str, b: &str, expect| Case {
        files: vec![iop(a), iop(b)],
        sets: Vec::new(),
        expect,
    };
    let file_and_set = |mesh: &str, set: &str, expect| Case {
        files: vec![iop(mesh)],
        sets: vec![set.to_string()],
        expect,
    };
    vec![
        sets(&["meshConfig.enableTracing=maybe"], Refuse),
        sets(&["meshConfig.enableTracing=false"], Accept),
        sets(&["meshConfig.enableAutoMtls=1"], Refuse),
        sets(&["meshConfig.enableAutoMtls=true"], Accept),
        sets(&["meshConfig.accessLogFile=1"], Refuse),
        sets(&["meshConfig.accessLogFile=/dev/stdout"], Accept),
        sets(&["meshConfig.defaultConfig.concurrency=abc"], Refuse),
        sets(&["meshConfig.defaultConfig.concurrency=4"], Accept),
        sets(&["meshConfig.outboundTrafficPolicy.mode=BAD"], Refuse),
        sets(&["meshConfig.outboundTrafficPolicy.mode=REGISTRY_ONLY"], Accept),
        sets(&["meshConfig.outboundTrafficPolicy.mode=1"], Accept),
        sets(&["meshConfig.connectTimeout=1"], Refuse),
        sets(&["meshConfig.connectTimeout=1s"], Accept),
        sets(&["meshConfig.notAField=1"], Accept),
        sets(&["meshConfig.defaultConfig.foo=1"], Accept),
        sets(&["meshConfig.defaultConfig.proxyMetadata.A=1"], Accept),
        sets(&["meshConfig.trustDomainAliases[0]=a.example.com"], Accept),
        sets(&["meshConfig.extensionProviders[0].name=x"], Accept),
        sets(&["meshConfig=5"], Refuse),
        sets(&["meshConfig.defaultConfig=5"], Refuse),
        sets(&["values.meshConfig.enableTracing=maybe"], Refuse),
        sets(&["values.meshConfig.enableTracing=false"], Accept),
        sets(&["values.meshConfig.defaultConfig.concurrency=x"], Refuse),
        sets(&["values.meshConfig=5"], Refuse),
        // --force turns the refusal into a warning: both render what they were given.
        sets(&["meshConfig.enableTracing=maybe", "--force"], Accept),
        sets(&["meshConfig.outboundTrafficPolicy.mode=BAD", "--force"], Accept),
        sets(&["meshConfig.defaultConfig.concurrency=abc", "--force"], Accept),
        sets(&["values.meshConfig.accessLogFile=1", "--force"], Accept),
        // Only the merged result is converted: a later layer can mend an earlier one.
        file_and_set("{enableTracing: maybe}", "meshConfig.enableTracing=true", Accept),
        file_and_set("{enableTracing: maybe}", "meshConfig.accessLogFile=/dev/stdout", Refuse),
        two_files("{defaultConfig: {concurrency: x}}", "{defaultConfig: {concurrency: 2}}", Accept),
        two_files("{defaultConfig: {concurrency: 2}}", "{defaultConfig: {statusPort: x}}", Refuse),
        two_files("null", "{enableTracing: false}", Accept),
        Case {
            files: vec![
                "apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n  meshConfig: {enableTracing: false}\n  values:\n    meshConfig: {accessLogFile: 1}\n"
                    .to_string(),
            ],
            sets: Vec::new(),
            expect: Refuse,
        },
        Case {
            files: vec![
                "apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n  meshConfig: null\n  values:\n    meshConfig: {enableTracing: false}\n"
                    .to_string(),
            ],
            sets: Vec::new(),
            expect: Accept,
        },
    ]
}

fn cases() -> Vec<Case> {
    let mut out = Vec::new();
    for (field, good, bad) in MESH_FIELDS {
        out.push(file(&format!("{{{field}: {good}}}"), Accept));
        out.push(file(&format!("{{{field}: {bad}}}"), Refuse));
    }
    for (field, good, bad) in PROXY_FIELDS {
        out.push(file(
            &format!("{{defaultConfig: {{{field}: {good}}}}}"),
            Accept,
        ));
        out.push(file(
            &format!("{{defaultConfig: {{{field}: {bad}}}}}"),
            Refuse,
        ));
    }
    out.extend(RULES.iter().map(|(mesh, expect)| file(mesh, *expect)));
    out.extend(flag_cases());
    out
}

/// What one tool did with an input.
#[derive(Debug, PartialEq)]
enum Outcome {
    /// Rendered; the `mesh` of the `istio` ConfigMap, parsed.
    Rendered(Value),
    Refused,
}

/// The `mesh` entry of the `istio` ConfigMap in a rendered manifest.
fn mesh_of(o: &Output, who: &str) -> Result<Value, String> {
    let docs = compare::docs(&String::from_utf8_lossy(&o.stdout), who)?;
    let cm = docs
        .iter()
        .find(|d| d.key.0 == "ConfigMap" && d.key.2 == "istio")
        .ok_or_else(|| format!("{who} rendered no istio ConfigMap"))?;
    let text = cm
        .value
        .pointer("/data/mesh")
        .and_then(Value::as_str)
        .ok_or_else(|| format!("{who}: the istio ConfigMap has no data.mesh"))?;
    ::sailctl::yaml::parse_single(who, text).map_err(|e| format!("{who}: mesh: {e}"))
}

fn outcome(o: &Output, refused_code: i32, who: &str) -> Result<Outcome, String> {
    match o.status.code() {
        Some(0) => mesh_of(o, who).map(Outcome::Rendered),
        Some(c) if c == refused_code && o.stdout.is_empty() => Ok(Outcome::Refused),
        c => Err(format!(
            "{who} exited {c:?}{}: {}",
            if o.stdout.is_empty() {
                ""
            } else {
                " with output"
            },
            stderr(o).trim()
        )),
    }
}

/// Runs one case through both tools; `Err` says how they (or this table) disagree.
fn run(case: &Case, dir: &Path) -> Result<Expect, String> {
    // Without the base chart (the CRDs), each run is a fraction of the time; the mesh
    // ConfigMap is the istiod chart's.
    let mut args: Vec<String> = [
        "manifest",
        "generate",
        "--set",
        "components.base.enabled=false",
    ]
    .map(String::from)
    .to_vec();
    for (i, text) in case.files.iter().enumerate() {
        let name = format!("mesh-{i}.yaml");
        std::fs::write(dir.join(&name), text).map_err(|e| format!("writing {name}: {e}"))?;
        args.extend(["-f".to_string(), name]);
    }
    for s in &case.sets {
        if s.starts_with("--") {
            args.push(s.clone());
        } else {
            args.extend(["--set".to_string(), s.clone()]);
        }
    }
    let ours = offline(&args).current_dir(dir).output();
    let theirs = istioctl(&args).current_dir(dir).output();
    let r = outcome(&theirs, 1, "istioctl")?;
    let s = outcome(&ours, 65, "sailctl")?;
    let got = match (&r, &s) {
        (Outcome::Refused, Outcome::Refused) => Refuse,
        (Outcome::Rendered(a), Outcome::Rendered(b)) if a == b => Accept,
        (Outcome::Rendered(a), Outcome::Rendered(b)) => {
            return Err(format!(
                "both rendered, different mesh:\n  istioctl: {}\n  sailctl:  {}",
                serde_json::to_string(a).unwrap_or_default(),
                serde_json::to_string(b).unwrap_or_default()
            ));
        }
        (Outcome::Refused, Outcome::Rendered(_)) => {
            return Err(format!(
                "istioctl refused it, sailctl rendered it\n  istioctl: {}",
                stderr(&theirs).trim()
            ));
        }
        (Outcome::Rendered(_), Outcome::Refused) => {
            return Err(format!(
                "sailctl refused it, istioctl rendered it\n  sailctl: {}",
                stderr(&ours).trim()
            ));
        }
    };
    if got != case.expect {
        return Err(format!(
            "both {}, but this table expects {:?} (a mistake in the table)\n  istioctl: {}",
            if got == Accept {
                "accepted it"
            } else {
                "refused it"
            },
            case.expect,
            stderr(&theirs).trim()
        ));
    }
    Ok(got)
}

#[test]
fn mesh_config_types_as_istioctl() {
    let cases = cases();
    let n = cases.len();
    // Each case runs two processes, one after the other.
    let results: Vec<(Case, Result<Expect, String>)> =
        crate::support::parallel::two_workers(cases, run);
    let accepted = results
        .iter()
        .filter(|(_, r)| matches!(r, Ok(Accept)))
        .count();
    let refused = results
        .iter()
        .filter(|(_, r)| matches!(r, Ok(Refuse)))
        .count();
    let failures: Vec<String> = results
        .iter()
        .filter_map(|(c, r)| r.as_ref().err().map(|e| format!("{}\n  {e}", c.describe())))
        .collect();
    let summary = format!(
        "{n} meshConfig inputs: {accepted} rendered alike by both, {refused} refused by both, {} differ",
        failures.len()
    );
    eprintln!("{summary}");
    let report = Path::new(env!("CARGO_TARGET_TMPDIR")).join("differential-mesh-config.txt");
    let _ = std::fs::write(&report, format!("{summary}\n\n{}\n", failures.join("\n\n")));
    eprintln!("all differences: {}", report.display());
    assert!(
        failures.is_empty(),
        "{summary}\nfirst of them:\n\n{}",
        failures
            .iter()
            .take(10)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n")
    );
    // Both kinds of input are exercised, not just one.
    assert!(accepted > 100 && refused > 100, "{summary}");
}
