//! The IstioOperator values API (`spec.values`) as istioctl 1.30.3 declares it (its
//! values_types.proto, operator/pkg/apis): every field's name and type. istioctl decodes the
//! merged `spec.values` into that API and refuses a field it does not know, even one the
//! charts read (such as `pilot.pdb`), and a value of the wrong type; `--force` lets both
//! through. [`check`] finds both, with the nearest valid name for a misspelt field.
//!
//! What each type accepts was measured with istioctl 1.30.3 (`--set` and `-f` files; its
//! decoder sees the YAML as JSON, so a whole float such as `2.0` is the number `2`):
//! - `null` always: the field stays unset.
//! - [`Ty::Bool`]: `true` or `false` only (not `"true"`, not `1`).
//! - integers: a whole number in range, or a string holding one as JSON writes it (`"2"`,
//!   `" 2 "`; not `"2.0"`, `"+2"`, `"01"`; a string holding `null` passes as well).
//! - [`Ty::F64`]: a number, a string holding a JSON number, `"NaN"`, `"Infinity"` or
//!   `"-Infinity"`.
//! - [`Ty::Str`]: strings only (not `1`, not `true`).
//! - [`Ty::Dur`]: a Go duration string (`"30m"`, `"1h30m"`, `"-1.5s"`; not `"1d"`, not `300`).
//! - [`Ty::Enum`]: a value name, case and all, or a 32-bit whole number.
//! - [`Ty::IntOrStr`]: any string or a 32-bit whole number.
//! - lists and maps of strings: items of the item type (or null); a message: a map of its
//!   fields; [`Ty::Struct`]: any map; [`Ty::Any`]: anything.
//! - [`Ty::IpRanges`], [`Ty::PortList`]: strings whose contents istioctl checks as well.
//! - A field named both ways (`istio_cni` and `istioCni`): the JSON name is read, the
//!   other ignored unchecked.

use super::validate::{Issue, nearest};
use serde_json::{Number, Value};

/// A message of the values API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    Values,
    Cni,
    CniUsage,
    CniAmbient,
    CniRepair,
    ResourceQuotas,
    Resources,
    Logging,
    Gateways,
    Egress,
    Ingress,
    Ports,
    SecretVolume,
    Global,
    MultiCluster,
    Pilot,
    PilotTaint,
    Proxy,
    StartupProbe,
    ProxyInit,
    Tracer,
    TracerDatadog,
    TracerLightstep,
    TracerZipkin,
    TracerStackdriver,
    SidecarInjector,
    Telemetry,
    TelemetryV2,
    Enabled,
    Base,
    IstiodRemote,
    Experimental,
    Waypoint,
    Arch,
    DefaultResources,
    ResourcesRequests,
    Sts,
    Istiod,
    Sds,
    ServiceAccount,
    TargetUtilization,
    Agentgateway,
}

/// The type of a field, as the values API declares it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    /// A nested message.
    Sub(Msg),
    /// A list of messages.
    Subs(Msg),
    /// `bool` or `google.protobuf.BoolValue` (they decode alike).
    Bool,
    I32,
    U32,
    I64,
    /// `double`.
    F64,
    Str,
    /// A string of comma-separated CIDR ranges, or `*` (istioctl checks the ranges).
    IpRanges,
    /// A string of comma-separated port numbers, or `*` (istioctl checks the numbers).
    PortList,
    /// `google.protobuf.Duration`.
    Dur,
    /// An enum, by its value names.
    Enum(&'static [&'static str]),
    /// Istio's IntOrString.
    IntOrStr,
    /// `repeated string`.
    Strs,
    /// `map<string, string>`.
    StrMap,
    /// `google.protobuf.Struct`: any map.
    Struct,
    /// `repeated google.protobuf.Struct`.
    Structs,
    /// `google.protobuf.Value`: anything.
    Any,
}

/// A field: its name as written in `spec.values`, and its type. A proto field whose JSON
/// name differs (`istio_cni`, `istioCni`) is listed under both: istioctl takes either.
type Field = (&'static str, Ty);

/// Proto field names and the JSON names istioctl prefers: given both, it reads the JSON one
/// and ignores the other, unchecked.
const PROTO_NAMES: &[(&str, &str)] = &[
    ("istio_cni", "istioCni"),
    ("psp_cluster_role", "pspClusterRole"),
    ("resource_quotas", "resourceQuotas"),
    ("istio_egressgateway", "istio-egressgateway"),
    ("istio_ingressgateway", "istio-ingressgateway"),
];

/// The values of the `tracer` enum (`global.proxy.tracer`).
const TRACERS: &[&str] = &[
    "zipkin",
    "lightstep",
    "datadog",
    "stackdriver",
    "openCensusAgent",
    "none",
];
/// The values of the `ResourceScope` enum (`global.resourceScope`).
const RESOURCE_SCOPES: &[&str] = &["undefined", "all", "cluster", "namespace"];

fn fields(m: Msg) -> &'static [Field] {
    use Msg::*;
    use Ty::*;
    match m {
        Values => &[
            ("cni", Sub(Cni)),
            ("gateways", Sub(Gateways)),
            ("global", Sub(Global)),
            ("pilot", Sub(Pilot)),
            ("ztunnel", Any),
            ("telemetry", Sub(Telemetry)),
            ("sidecarInjectorWebhook", Sub(SidecarInjector)),
            ("istio_cni", Sub(CniUsage)),
            ("istioCni", Sub(CniUsage)),
            ("revision", Str),
            ("ownerName", Str),
            ("meshConfig", Any),
            ("base", Sub(Base)),
            ("istiodRemote", Sub(IstiodRemote)),
            ("revisionTags", Strs),
            ("defaultRevision", Str),
            ("profile", Str),
            ("compatibilityVersion", Str),
            ("experimental", Sub(Experimental)),
            ("gatewayClasses", Any),
        ],
        Cni => &[
            ("enabled", Bool),
            ("hub", Str),
            ("tag", Any),
            ("variant", Str),
            ("image", Str),
            ("pullPolicy", Str),
            ("cniBinDir", Str),
            ("cniConfDir", Str),
            ("cniConfFileName", Str),
            ("cniNetnsDir", Str),
            ("excludeNamespaces", Strs),
            ("affinity", Struct),
            ("env", Struct),
            ("daemonSetLabels", Struct),
            ("podAnnotations", Struct),
            ("podLabels", Struct),
            ("psp_cluster_role", Str),
            ("pspClusterRole", Str),
            ("logLevel", Str),
            ("logging", Sub(Logging)),
            ("repair", Sub(CniRepair)),
            ("chained", Bool),
            ("resource_quotas", Sub(ResourceQuotas)),
            ("resourceQuotas", Sub(ResourceQuotas)),
            ("resources", Sub(Resources)),
            ("privileged", Bool),
            ("seccompProfile", Struct),
            ("ambient", Sub(CniAmbient)),
            ("provider", Str),
            ("rollingMaxUnavailable", IntOrStr),
            ("istioOwnedCNIConfig", Bool),
            ("istioOwnedCNIConfigFileName", Str),
            ("useAppArmorAnnotation", Bool),
        ],
        CniUsage => &[("enabled", Bool), ("chained", Bool), ("provider", Str)],
        CniAmbient => &[
            ("enabled", Bool),
            ("configDir", Str),
            ("dnsCapture", Bool),
            ("ipv6", Bool),
            ("reconcileIptablesOnStartup", Bool),
        ],
        CniRepair => &[
            ("enabled", Bool),
            ("hub", Str),
            ("tag", Any),
            ("image", Str),
            ("labelPods", Bool),
            ("repairPods", Bool),
            ("createEvents", Str),
            ("deletePods", Bool),
            ("brokenPodLabelKey", Str),
            ("brokenPodLabelValue", Str),
            ("initContainerName", Str),
        ],
        ResourceQuotas => &[("enabled", Bool), ("pods", I64)],
        Resources => &[("limits", StrMap), ("requests", StrMap)],
        Logging => &[("level", Str)],
        Gateways => &[
            ("istio-egressgateway", Sub(Egress)),
            ("istio_egressgateway", Sub(Egress)),
            ("enabled", Bool),
            ("istio-ingressgateway", Sub(Ingress)),
            ("istio_ingressgateway", Sub(Ingress)),
            ("securityContext", Any),
            ("seccompProfile", Any),
        ],
        Egress => &[
            ("autoscaleEnabled", Bool),
            ("autoscaleMax", U32),
            ("autoscaleMin", U32),
            ("memory", Sub(TargetUtilization)),
            ("cpu", Sub(TargetUtilization)),
            ("customService", Bool),
            ("enabled", Bool),
            ("env", Struct),
            ("labels", StrMap),
            ("name", Str),
            ("nodeSelector", Struct),
            ("podAnnotations", Struct),
            ("podAntiAffinityLabelSelector", Structs),
            ("podAntiAffinityTermLabelSelector", Structs),
            ("ports", Subs(Ports)),
            ("resources", Sub(Resources)),
            ("secretVolumes", Subs(SecretVolume)),
            ("serviceAnnotations", Struct),
            ("type", Str),
            ("tolerations", Structs),
            ("rollingMaxSurge", IntOrStr),
            ("rollingMaxUnavailable", IntOrStr),
            ("configVolumes", Structs),
            ("additionalContainers", Structs),
            ("runAsRoot", Bool),
            ("injectionTemplate", Str),
            ("serviceAccount", Sub(ServiceAccount)),
            ("ipFamilies", Strs),
            ("ipFamilyPolicy", Str),
        ],
        Ingress => &[
            ("autoscaleEnabled", Bool),
            ("autoscaleMax", U32),
            ("autoscaleMin", U32),
            ("memory", Sub(TargetUtilization)),
            ("cpu", Sub(TargetUtilization)),
            ("customService", Bool),
            ("enabled", Bool),
            ("env", Struct),
            ("labels", StrMap),
            ("loadBalancerIP", Str),
            ("loadBalancerSourceRanges", Strs),
            ("name", Str),
            ("nodeSelector", Struct),
            ("podAnnotations", Struct),
            ("podAntiAffinityLabelSelector", Structs),
            ("podAntiAffinityTermLabelSelector", Structs),
            ("ports", Subs(Ports)),
            ("replicaCount", U32),
            // A Struct here, unlike the egress gateway's.
            ("resources", Struct),
            ("secretVolumes", Subs(SecretVolume)),
            ("serviceAnnotations", Struct),
            ("type", Str),
            ("rollingMaxSurge", IntOrStr),
            ("rollingMaxUnavailable", IntOrStr),
            ("externalTrafficPolicy", Str),
            ("tolerations", Structs),
            ("ingressPorts", Structs),
            ("additionalContainers", Structs),
            ("configVolumes", Structs),
            ("runAsRoot", Bool),
            ("injectionTemplate", Str),
            ("serviceAccount", Sub(ServiceAccount)),
            ("ipFamilies", Strs),
            ("ipFamilyPolicy", Str),
        ],
        Ports => &[
            ("name", Str),
            ("port", I32),
            ("nodePort", I32),
            ("targetPort", I32),
            ("protocol", Str),
        ],
        SecretVolume => &[("mountPath", Str), ("name", Str), ("secretName", Str)],
        Global => &[
            ("arch", Sub(Arch)),
            ("certSigners", Strs),
            ("configValidation", Bool),
            ("defaultNodeSelector", Struct),
            ("defaultPodDisruptionBudget", Sub(Enabled)),
            ("defaultResources", Sub(DefaultResources)),
            ("defaultTolerations", Structs),
            ("hub", Str),
            ("imagePullPolicy", Str),
            ("imagePullSecrets", Strs),
            ("istioNamespace", Str),
            ("logAsJson", Bool),
            ("logging", Sub(Logging)),
            ("meshID", Str),
            ("meshNetworks", Struct),
            ("multiCluster", Sub(MultiCluster)),
            ("network", Str),
            ("podDNSSearchNamespaces", Strs),
            ("omitSidecarInjectorConfigMap", Bool),
            ("operatorManageWebhooks", Bool),
            ("priorityClassName", Str),
            ("proxy", Sub(Proxy)),
            ("proxy_init", Sub(ProxyInit)),
            ("sds", Sub(Sds)),
            ("tag", Any),
            ("variant", Str),
            ("tracer", Sub(Tracer)),
            ("remotePilotAddress", Str),
            ("istiod", Sub(Istiod)),
            ("pilotCertProvider", Str),
            ("jwtPolicy", Str),
            ("sts", Sub(Sts)),
            ("revision", Str),
            ("mountMtlsCerts", Bool),
            ("caAddress", Str),
            ("externalIstiod", Bool),
            ("configCluster", Bool),
            ("caName", Str),
            ("platform", Str),
            ("ipFamilies", Strs),
            ("ipFamilyPolicy", Str),
            ("waypoint", Sub(Waypoint)),
            ("trustBundleName", Str),
            ("nativeNftables", Bool),
            ("networkPolicy", Sub(Enabled)),
            ("resourceScope", Enum(RESOURCE_SCOPES)),
            ("agentgateway", Sub(Agentgateway)),
            ("enableReaderRBAC", Bool),
        ],
        MultiCluster => &[
            ("enabled", Bool),
            ("clusterName", Str),
            ("globalDomainSuffix", Str),
            ("includeEnvoyFilter", Bool),
        ],
        Pilot => &[
            ("enabled", Bool),
            ("autoscaleEnabled", Bool),
            ("autoscaleMin", U32),
            ("autoscaleMax", U32),
            ("autoscaleBehavior", Struct),
            ("replicaCount", U32),
            ("image", Str),
            ("traceSampling", F64),
            ("resources", Sub(Resources)),
            ("cpu", Sub(TargetUtilization)),
            ("nodeSelector", Struct),
            ("keepaliveMaxServerConnectionAge", Dur),
            ("deploymentLabels", Struct),
            ("podLabels", Struct),
            ("configMap", Bool),
            ("env", Struct),
            ("affinity", Struct),
            ("rollingMaxSurge", IntOrStr),
            ("rollingMaxUnavailable", IntOrStr),
            ("tolerations", Structs),
            ("podAnnotations", Struct),
            ("serviceAnnotations", Struct),
            ("serviceAccountAnnotations", Struct),
            ("jwksResolverExtraRootCA", Str),
            ("hub", Str),
            ("tag", Any),
            ("variant", Str),
            ("seccompProfile", Struct),
            ("topologySpreadConstraints", Structs),
            ("extraContainerArgs", Structs),
            ("volumeMounts", Structs),
            ("volumes", Structs),
            ("ipFamilies", Strs),
            ("ipFamilyPolicy", Str),
            ("memory", Sub(TargetUtilization)),
            ("cni", Sub(CniUsage)),
            ("taint", Sub(PilotTaint)),
            ("trustedZtunnelNamespace", Str),
            ("istiodRemote", Sub(IstiodRemote)),
            ("envVarFrom", Structs),
            ("crlConfigMapName", Str),
        ],
        PilotTaint => &[("enabled", Bool), ("namespace", Str), ("name", Str)],
        Proxy => &[
            ("autoInject", Str),
            ("clusterDomain", Str),
            ("componentLogLevel", Str),
            ("enableCoreDump", Bool),
            ("excludeInboundPorts", PortList),
            ("excludeIPRanges", IpRanges),
            ("image", Str),
            ("includeIPRanges", IpRanges),
            ("logLevel", Str),
            ("outlierLogPath", Str),
            ("privileged", Bool),
            ("readinessInitialDelaySeconds", U32),
            ("readinessPeriodSeconds", U32),
            ("readinessFailureThreshold", U32),
            ("seccompProfile", Struct),
            ("startupProbe", Sub(StartupProbe)),
            ("statusPort", U32),
            ("resources", Sub(Resources)),
            ("tracer", Enum(TRACERS)),
            ("excludeOutboundPorts", Str),
            ("lifecycle", Struct),
            ("holdApplicationUntilProxyStarts", Bool),
            ("includeInboundPorts", PortList),
            ("includeOutboundPorts", Str),
        ],
        StartupProbe => &[("enabled", Bool), ("failureThreshold", U32)],
        ProxyInit => &[("image", Str), ("resources", Sub(Resources))],
        Tracer => &[
            ("datadog", Sub(TracerDatadog)),
            ("lightstep", Sub(TracerLightstep)),
            ("zipkin", Sub(TracerZipkin)),
            ("stackdriver", Sub(TracerStackdriver)),
        ],
        TracerDatadog => &[("address", Str)],
        TracerLightstep => &[("address", Str), ("accessToken", Str)],
        TracerZipkin => &[("address", Str)],
        TracerStackdriver => &[
            ("debug", Bool),
            ("maxNumberOfAttributes", U32),
            ("maxNumberOfAnnotations", U32),
            ("maxNumberOfMessageEvents", U32),
        ],
        SidecarInjector => &[
            ("enableNamespacesByDefault", Bool),
            ("reinvocationPolicy", Str),
            ("neverInjectSelector", Structs),
            ("alwaysInjectSelector", Structs),
            ("rewriteAppHTTPProbe", Bool),
            ("injectedAnnotations", Struct),
            ("injectionURL", Str),
            ("templates", Struct),
            ("defaultTemplates", Strs),
        ],
        Telemetry => &[("enabled", Bool), ("v2", Sub(TelemetryV2))],
        TelemetryV2 => &[
            ("enabled", Bool),
            ("prometheus", Sub(Enabled)),
            ("stackdriver", Sub(Enabled)),
        ],
        Enabled => &[("enabled", Bool)],
        Base => &[
            ("enableCRDTemplates", Bool),
            ("excludedCRDs", Strs),
            ("validationURL", Str),
            ("enableIstioConfigCRDs", Bool),
            ("validateGateway", Bool),
            ("validationCABundle", Str),
        ],
        IstiodRemote => &[
            ("injectionURL", Str),
            ("injectionPath", Str),
            ("injectionCABundle", Str),
            ("enabled", Bool),
            ("enabledLocalInjectorIstiod", Bool),
        ],
        Experimental => &[("stableValidationPolicy", Bool)],
        Waypoint => &[
            ("resources", Sub(Resources)),
            ("affinity", Struct),
            ("topologySpreadConstraints", Structs),
            ("nodeSelector", Struct),
            ("toleration", Structs),
        ],
        Arch => &[
            ("amd64", U32),
            ("ppc64le", U32),
            ("s390x", U32),
            ("arm64", U32),
        ],
        DefaultResources => &[("requests", Sub(ResourcesRequests))],
        ResourcesRequests => &[("cpu", Str), ("memory", Str)],
        Sts => &[("servicePort", U32)],
        Istiod => &[("enableAnalysis", Bool)],
        Sds => &[("token", Struct)],
        ServiceAccount => &[("annotations", Struct)],
        TargetUtilization => &[("targetAverageUtilization", I32)],
        Agentgateway => &[("image", Str)],
    }
}

/// What istioctl refuses in `values` (the tree `spec.values`): unknown fields, with the
/// nearest valid name, and values of the wrong type. `at` is the path shown for `values`
/// itself, e.g. `spec.values`.
pub fn check(values: &Value, at: &str) -> Vec<Issue> {
    let mut out = Vec::new();
    check_value(values, Ty::Sub(Msg::Values), at, &mut out);
    out
}

fn check_value(v: &Value, ty: Ty, path: &str, out: &mut Vec<Issue>) {
    if v.is_null() {
        return;
    }
    if !accepts(ty, v) {
        out.push(Issue {
            path: path.to_string(),
            message: format!("expected {}, got {}", expected(ty), describe(v)),
            suggestion: None,
        });
        return;
    }
    let item = match ty {
        Ty::Subs(m) => Ty::Sub(m),
        Ty::Strs | Ty::StrMap => Ty::Str,
        Ty::Structs => Ty::Struct,
        Ty::Sub(m) => {
            if let Some(map) = v.as_object() {
                check_fields(map, m, path, out);
            }
            return;
        }
        _ => return,
    };
    match v {
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                check_value(x, item, &format!("{path}[{i}]"), out);
            }
        }
        Value::Object(map) => {
            for (k, x) in map {
                check_value(x, item, &format!("{path}.{k}"), out);
            }
        }
        _ => {}
    }
}

fn check_fields(map: &serde_json::Map<String, Value>, msg: Msg, path: &str, out: &mut Vec<Issue>) {
    let known = fields(msg);
    for (k, x) in map {
        if PROTO_NAMES
            .iter()
            .any(|(proto, json)| proto == k && map.contains_key(*json))
        {
            continue;
        }
        let here = format!("{path}.{k}");
        match known.iter().find(|(n, _)| n == k) {
            Some((_, ty)) => check_value(x, *ty, &here, out),
            None => out.push(Issue {
                path: here,
                message: format!("unknown field {k:?} in the Istio values"),
                suggestion: nearest(k, known.iter().map(|(n, _)| *n)),
            }),
        }
    }
}

/// Whether `v` (not null) has the shape `ty` takes; list items and map values are checked
/// on their own.
fn accepts(ty: Ty, v: &Value) -> bool {
    const I32_RANGE: (i128, i128) = (i32::MIN as i128, i32::MAX as i128);
    match ty {
        Ty::Sub(_) | Ty::StrMap | Ty::Struct => v.is_object(),
        Ty::Subs(_) | Ty::Strs | Ty::Structs => v.is_array(),
        Ty::Bool => v.is_boolean(),
        Ty::I32 => int_ok(v, I32_RANGE),
        Ty::U32 => int_ok(v, (0, u32::MAX.into())),
        Ty::I64 => int_ok(v, (i64::MIN.into(), i64::MAX.into())),
        Ty::F64 => match v {
            Value::Number(_) => true,
            Value::String(s) => quoted_float_ok(s),
            _ => false,
        },
        Ty::Str => v.is_string(),
        Ty::IpRanges => v.as_str().is_some_and(ip_ranges_ok),
        Ty::PortList => v.as_str().is_some_and(port_list_ok),
        Ty::Dur => v.as_str().is_some_and(duration_ok),
        Ty::Enum(names) => match v {
            Value::String(s) => names.contains(&s.as_str()),
            Value::Number(n) => whole_in(n, I32_RANGE),
            _ => false,
        },
        Ty::IntOrStr => match v {
            Value::String(_) => true,
            Value::Number(n) => whole_in(n, I32_RANGE),
            _ => false,
        },
        Ty::Any => true,
    }
}

fn int_ok(v: &Value, range: (i128, i128)) -> bool {
    match v {
        Value::Number(n) => whole_in(n, range),
        Value::String(s) => quoted_int_ok(s, range),
        _ => false,
    }
}

/// A whole number within `range` (inclusive). A float counts when it is whole: istioctl's
/// decoder sees it as Go writes it (`2.0` as `2`, `-0.0` as `-0`, which unsigned types
/// refuse).
fn whole_in(n: &Number, (lo, hi): (i128, i128)) -> bool {
    let i = if let Some(i) = n.as_i64() {
        i128::from(i)
    } else if let Some(u) = n.as_u64() {
        i128::from(u)
    } else {
        let Some(f) = n.as_f64() else {
            return false;
        };
        let negative_zero = f == 0.0 && f.is_sign_negative();
        if f.fract() != 0.0 || f.abs() >= 1e30 || (negative_zero && lo == 0) {
            return false;
        }
        f as i128
    };
    lo <= i && i <= hi
}

/// A string holding a JSON integer within `range` (spaces around it allowed: the decoder
/// drops the quotes and reads what is left as JSON), or `null`.
fn quoted_int_ok(s: &str, (lo, hi): (i128, i128)) -> bool {
    let t = s.trim_matches(' ');
    if t == "null" {
        return true;
    }
    if lo == 0 && t.starts_with('-') {
        // Even "-0": unsigned types refuse a minus sign.
        return false;
    }
    json_digits(t.strip_prefix('-').unwrap_or(t))
        && t.parse::<i128>().is_ok_and(|i| lo <= i && i <= hi)
}

/// A string a `double` field takes: a JSON number (spaces around it allowed) that fits,
/// `null`, or one of the three spellings of the non-finite values.
fn quoted_float_ok(s: &str) -> bool {
    if matches!(s, "NaN" | "Infinity" | "-Infinity") {
        return true;
    }
    let t = s.trim_matches(' ');
    t == "null" || (json_number(t) && t.parse::<f64>().is_ok_and(f64::is_finite))
}

/// JSON's digits of an integer part: `0`, or digits without a leading zero.
fn json_digits(d: &str) -> bool {
    !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()) && (d == "0" || !d.starts_with('0'))
}

/// JSON's number syntax: `-?int(.digits)?([eE][+-]?digits)?`.
fn json_number(t: &str) -> bool {
    /// The number of leading digits, and what follows them.
    fn digits(s: &str) -> (usize, &str) {
        let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        (end, &s[end..])
    }
    let t = t.strip_prefix('-').unwrap_or(t);
    let (int_end, mut rest) = digits(t);
    if !json_digits(&t[..int_end]) {
        return false;
    }
    if let Some(r) = rest.strip_prefix('.') {
        let (n, r) = digits(r);
        if n == 0 {
            return false;
        }
        rest = r;
    }
    if let Some(r) = rest.strip_prefix(['e', 'E']) {
        let (n, r) = digits(r.strip_prefix(['+', '-']).unwrap_or(r));
        return n > 0 && r.is_empty();
    }
    rest.is_empty()
}

/// `*`, or CIDR ranges (`10.0.0.0/8,fd00::/8`) as Go's netip.ParsePrefix reads them.
fn ip_ranges_ok(s: &str) -> bool {
    s.is_empty() || s == "*" || s.split(',').all(cidr_ok)
}

fn cidr_ok(c: &str) -> bool {
    let Some((ip, bits)) = c.split_once('/') else {
        return false;
    };
    let Ok(ip) = ip.parse::<std::net::IpAddr>() else {
        return false;
    };
    let max = if ip.is_ipv4() { 32 } else { 128 };
    json_digits(bits) && bits.parse::<u8>().is_ok_and(|b| b <= max)
}

/// Port numbers from 0 to 65535 separated by commas (Go's ParseInt: a sign is allowed),
/// each of which may also be `*` or empty.
fn port_list_ok(s: &str) -> bool {
    s.split(',').all(|p| {
        p.is_empty() || p == "*" || p.parse::<i64>().is_ok_and(|n| (0..=65535).contains(&n))
    })
}

/// A Go duration (`time.ParseDuration`) that fits its 64-bit count of nanoseconds.
fn duration_ok(s: &str) -> bool {
    gotmpl::funcs::sprig_extra::parse_duration(s).is_some_and(|ns| i64::try_from(ns).is_ok())
}

fn expected(ty: Ty) -> String {
    match ty {
        Ty::Sub(_) | Ty::Struct => "a map".into(),
        Ty::Subs(_) | Ty::Structs => "a list of maps".into(),
        Ty::Bool => "true or false".into(),
        Ty::I32 => format!("an integer from {} to {}", i32::MIN, i32::MAX),
        Ty::U32 => format!("an integer from 0 to {}", u32::MAX),
        Ty::I64 => "a 64-bit integer".into(),
        Ty::F64 => "a number".into(),
        Ty::Str => "a string".into(),
        Ty::IpRanges => "\"*\" or CIDR ranges separated by commas (10.0.0.0/8,fd00::/8)".into(),
        Ty::PortList => "\"*\" or port numbers (0 to 65535) separated by commas".into(),
        Ty::Dur => "a duration such as \"30s\", \"5m\" or \"1h30m\"".into(),
        Ty::Enum(names) => format!("one of {}", names.join(", ")),
        Ty::IntOrStr => "an integer or a string".into(),
        Ty::Strs => "a list of strings".into(),
        Ty::StrMap => "a map of strings".into(),
        Ty::Any => "any value".into(),
    }
}

fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("a boolean {b}"),
        Value::Number(n) => format!("a number {n}"),
        Value::String(s) if s.chars().count() > 40 => {
            let head: String = s.chars().take(40).collect();
            format!("a string {:?}", format!("{head}…"))
        }
        Value::String(s) => format!("a string {s:?}"),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "a map".into(),
    }
}

/// Checks one `--set values.…` path (segments after `values`). Returns the first unknown name.
pub fn check_path(keys: &[&str]) -> Option<Issue> {
    let mut msg = Msg::Values;
    let mut shown = String::from("values");
    for k in keys {
        shown = format!("{shown}.{k}");
        let known = fields(msg);
        match known.iter().find(|(n, _)| n == k) {
            Some((_, Ty::Sub(child))) => msg = *child,
            Some(_) => return None,
            None => {
                return Some(Issue {
                    path: shown,
                    message: format!("unknown field {k:?} in the Istio values"),
                    suggestion: nearest(k, known.iter().map(|(n, _)| *n)),
                });
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn flags_typos_with_suggestions() {
        let v = json!({"global": {"hubb": "x", "proxy": {"resources": {"requests": {"cpu": "10m"}}, "logLvel": "debug"}},
            "pilot": {"env": {"ANYTHING": "goes"}}, "meshConfig": {"free": true}, "ztunnel": {"free": 1}});
        let issues = check(&v, "spec.values");
        let got: Vec<(&str, Option<&str>)> = issues
            .iter()
            .map(|i| (i.path.as_str(), i.suggestion.as_deref()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("spec.values.global.hubb", Some("hub")),
                ("spec.values.global.proxy.logLvel", Some("logLevel")),
            ]
        );
    }

    #[test]
    fn reference_inputs_have_no_false_alarms() {
        // The values istioctl's own profiles and chart defaults set.
        let v = json!({"defaultRevision": "", "global": {"istioNamespace": "istio-system", "configValidation": true,
            "platform": "openshift"}, "gateways": {"istio-ingressgateway": {}, "istio-egressgateway": {}},
            "ztunnel": {"resourceName": "ztunnel"}, "profile": "demo", "pilot": {"enabled": true, "cni": {"enabled": false}}});
        assert!(check(&v, "spec.values").is_empty());
    }

    /// The type rules measured with istioctl 1.30.3: (values, accepted).
    #[test]
    fn types_as_istioctl_decodes_them() {
        let cases = [
            // uint32
            (json!({"pilot": {"autoscaleMin": 2}}), true),
            (json!({"pilot": {"autoscaleMin": 2.0}}), true),
            (json!({"pilot": {"autoscaleMin": "2"}}), true),
            (json!({"pilot": {"autoscaleMin": " 2 "}}), true),
            (json!({"pilot": {"autoscaleMin": "null"}}), true),
            (json!({"pilot": {"autoscaleMin": 4294967295u64}}), true),
            (json!({"pilot": {"autoscaleMin": 4294967296u64}}), false),
            (json!({"pilot": {"autoscaleMin": -1}}), false),
            (json!({"pilot": {"autoscaleMin": "-0"}}), false),
            (json!({"pilot": {"autoscaleMin": 2.5}}), false),
            (json!({"pilot": {"autoscaleMin": "2.0"}}), false),
            (json!({"pilot": {"autoscaleMin": "01"}}), false),
            (json!({"pilot": {"autoscaleMin": "+2"}}), false),
            (json!({"pilot": {"autoscaleMin": ""}}), false),
            (json!({"pilot": {"autoscaleMin": "abc"}}), false),
            (json!({"pilot": {"autoscaleMin": true}}), false),
            (json!({"pilot": {"autoscaleMin": [1]}}), false),
            // int32, int64
            (
                json!({"pilot": {"cpu": {"targetAverageUtilization": "-2"}}}),
                true,
            ),
            (
                json!({"pilot": {"cpu": {"targetAverageUtilization": -2147483648i64}}}),
                true,
            ),
            (
                json!({"pilot": {"cpu": {"targetAverageUtilization": 2147483648i64}}}),
                false,
            ),
            (
                json!({"cni": {"resourceQuotas": {"pods": "9223372036854775807"}}}),
                true,
            ),
            (json!({"cni": {"resource_quotas": {"pods": 5.5}}}), false),
            // bool and BoolValue
            (json!({"global": {"logAsJson": true}}), true),
            (json!({"global": {"logAsJson": "true"}}), false),
            (json!({"global": {"logAsJson": 1}}), false),
            (json!({"cni": {"repair": {"labelPods": "true"}}}), false),
            // string
            (json!({"global": {"hub": ""}}), true),
            (json!({"global": {"hub": 1}}), false),
            (json!({"global": {"hub": false}}), false),
            // double
            (json!({"pilot": {"traceSampling": "0.5"}}), true),
            (json!({"pilot": {"traceSampling": "1e2"}}), true),
            (json!({"pilot": {"traceSampling": "-Infinity"}}), true),
            (json!({"pilot": {"traceSampling": "inf"}}), false),
            (json!({"pilot": {"traceSampling": ".5"}}), false),
            (json!({"pilot": {"traceSampling": "1."}}), false),
            (json!({"pilot": {"traceSampling": "1e400"}}), false),
            // duration
            (
                json!({"pilot": {"keepaliveMaxServerConnectionAge": "1h30m"}}),
                true,
            ),
            (
                json!({"pilot": {"keepaliveMaxServerConnectionAge": "-1.5s"}}),
                true,
            ),
            (
                json!({"pilot": {"keepaliveMaxServerConnectionAge": "0"}}),
                true,
            ),
            (
                json!({"pilot": {"keepaliveMaxServerConnectionAge": "300"}}),
                false,
            ),
            (
                json!({"pilot": {"keepaliveMaxServerConnectionAge": "1d"}}),
                false,
            ),
            (
                json!({"pilot": {"keepaliveMaxServerConnectionAge": "9999999999h"}}),
                false,
            ),
            (
                json!({"pilot": {"keepaliveMaxServerConnectionAge": 300}}),
                false,
            ),
            // enum
            (
                json!({"global": {"proxy": {"tracer": "openCensusAgent"}}}),
                true,
            ),
            (json!({"global": {"proxy": {"tracer": 3}}}), true),
            (json!({"global": {"proxy": {"tracer": "Zipkin"}}}), false),
            (json!({"global": {"proxy": {"tracer": "2"}}}), false),
            (json!({"global": {"resourceScope": "namespace"}}), true),
            (json!({"global": {"resourceScope": "foo"}}), false),
            // IntOrString
            (json!({"pilot": {"rollingMaxSurge": "25%"}}), true),
            (json!({"pilot": {"rollingMaxSurge": -1}}), true),
            (json!({"pilot": {"rollingMaxSurge": 1.5}}), false),
            (json!({"pilot": {"rollingMaxSurge": {"intVal": 1}}}), false),
            // lists, maps, Struct, Value, messages
            (json!({"global": {"imagePullSecrets": ["a", null]}}), true),
            (json!({"global": {"imagePullSecrets": "a"}}), false),
            (json!({"global": {"imagePullSecrets": [1]}}), false),
            (
                json!({"pilot": {"resources": {"requests": {"cpu": "1", "x": null}}}}),
                true,
            ),
            (
                json!({"pilot": {"resources": {"requests": {"cpu": 1}}}}),
                false,
            ),
            (json!({"pilot": {"env": {"A": [1, {"b": null}]}}}), true),
            (json!({"pilot": {"env": "x"}}), false),
            (json!({"pilot": {"tolerations": [null, {}]}}), true),
            (json!({"pilot": {"tolerations": ["x"]}}), false),
            (json!({"pilot": {"cpu": "x"}}), false),
            (
                json!({"ztunnel": "x", "gatewayClasses": 1, "global": {"tag": [1]}}),
                true,
            ),
            (
                json!({"gateways": {"istio-egressgateway": {"ports": [{"port": "80", "name": "a"}]}}}),
                true,
            ),
            (
                json!({"gateways": {"istio-egressgateway": {"ports": [{"port": "x"}]}}}),
                false,
            ),
            (
                json!({"gateways": {"istio-egressgateway": {"ports": [{"foo": 1}]}}}),
                false,
            ),
            (
                json!({"gateways": {"istio_egressgateway": {"secretVolumes": [{"name": 1}]}}}),
                false,
            ),
            (json!({"istioCni": {"enabled": true}}), true),
            // Given both names, the proto one is ignored.
            (
                json!({"gateways": {"istio-egressgateway": {}, "istio_egressgateway": {"name": 1}}}),
                true,
            ),
            (json!({"istio_cni": {"x": 1}, "istioCni": {}}), true),
            (json!({"istio_cni": {"x": 1}}), false),
            // Checked strings: IP ranges and port lists.
            (
                json!({"global": {"proxy": {"includeIPRanges": "10.0.0.0/8,fd00::/8"}}}),
                true,
            ),
            (json!({"global": {"proxy": {"excludeIPRanges": ""}}}), true),
            (json!({"global": {"proxy": {"includeIPRanges": "*"}}}), true),
            (
                json!({"global": {"proxy": {"includeIPRanges": "*,10.0.0.0/8"}}}),
                false,
            ),
            (
                json!({"global": {"proxy": {"includeIPRanges": "10.0.0.0/08"}}}),
                false,
            ),
            (
                json!({"global": {"proxy": {"includeIPRanges": "10.0.0.0/33"}}}),
                false,
            ),
            (
                json!({"global": {"proxy": {"includeIPRanges": "010.0.0.0/8"}}}),
                false,
            ),
            (
                json!({"global": {"proxy": {"includeIPRanges": "10.0.0.0"}}}),
                false,
            ),
            (
                json!({"global": {"proxy": {"excludeInboundPorts": "+80,,*,-0"}}}),
                true,
            ),
            (
                json!({"global": {"proxy": {"includeInboundPorts": " 80"}}}),
                false,
            ),
            (
                json!({"global": {"proxy": {"includeInboundPorts": "65536"}}}),
                false,
            ),
            (
                json!({"global": {"proxy": {"includeOutboundPorts": "x"}}}),
                true,
            ),
        ];
        for (v, ok) in cases {
            let issues = check(&v, "spec.values");
            assert_eq!(issues.is_empty(), ok, "{v}: {issues:?}");
        }
    }

    #[test]
    fn type_messages_name_path_want_and_got() {
        let v = json!({"pilot": {"autoscaleMin": "abc"}, "global": {"imagePullSecrets": ["a", 7],
            "proxy": {"tracer": "x"}}});
        let got: Vec<String> = check(&v, "spec.values")
            .iter()
            .map(|i| format!("{}: {}", i.path, i.message))
            .collect();
        assert_eq!(
            got,
            vec![
                "spec.values.pilot.autoscaleMin: expected an integer from 0 to 4294967295, got \
                 a string \"abc\"",
                "spec.values.global.imagePullSecrets[1]: expected a string, got a number 7",
                "spec.values.global.proxy.tracer: expected one of zipkin, lightstep, datadog, \
                 stackdriver, openCensusAgent, none, got a string \"x\"",
            ]
        );
    }

    #[test]
    fn set_paths() {
        assert!(check_path(&["global", "proxy", "resources", "requests", "cpu"]).is_none());
        assert!(check_path(&["pilot", "env", "X"]).is_none());
        let i = check_path(&["gloabl", "hub"]).unwrap();
        assert_eq!(i.path, "values.gloabl");
        assert_eq!(i.suggestion.as_deref(), Some("global"));
    }
}
