//! Istio's annotation catalog as analyze needs it: where each annotation may be placed,
//! whether it is deprecated or alpha, and how its value is validated (facts from istio/api).

/// Where an annotation may be placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Any,
    Kinds(&'static [&'static str]),
}

/// How a value is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    None,
    UInt,
    Port,
    PortList,
    PortListOrStar,
    CidrListOrStar,
    InterceptionMode,
}

#[derive(Debug, Clone, Copy)]
pub struct Annotation {
    pub name: &'static str,
    pub place: Place,
    pub deprecated: bool,
    pub alpha: bool,
    pub check: Check,
}

const POD: Place = Place::Kinds(&["Pod"]);

const fn a(
    name: &'static str,
    place: Place,
    deprecated: bool,
    alpha: bool,
    check: Check,
) -> Annotation {
    Annotation {
        name,
        place,
        deprecated,
        alpha,
        check,
    }
}

pub const CATALOG: &[Annotation] = &[
    a(
        "galley.istio.io/analyze-suppress",
        Place::Any,
        false,
        true,
        Check::None,
    ),
    a("inject.istio.io/templates", POD, false, true, Check::None),
    a(
        "istio.io/dry-run",
        Place::Kinds(&["AuthorizationPolicy"]),
        false,
        true,
        Check::None,
    ),
    a("istio.io/rev", Place::Any, false, false, Check::None),
    a(
        "ambient.istio.io/redirection",
        POD,
        false,
        false,
        Check::None,
    ),
    a(
        "ambient.istio.io/bypass-inbound-capture",
        POD,
        false,
        true,
        Check::None,
    ),
    a(
        "ambient.istio.io/dns-capture",
        POD,
        false,
        true,
        Check::None,
    ),
    a(
        "gateway.istio.io/controller-version",
        Place::Any,
        false,
        false,
        Check::None,
    ),
    a(
        "gateway.istio.io/service-account",
        Place::Kinds(&["Gateway"]),
        false,
        true,
        Check::None,
    ),
    a(
        "gateway.istio.io/name-override",
        Place::Kinds(&["Gateway"]),
        false,
        true,
        Check::None,
    ),
    a(
        "kubernetes.io/ingress.class",
        Place::Kinds(&["Ingress"]),
        false,
        false,
        Check::None,
    ),
    a(
        "networking.istio.io/exportTo",
        Place::Kinds(&["Service"]),
        false,
        true,
        Check::None,
    ),
    a(
        "networking.istio.io/traffic-distribution",
        Place::Kinds(&["Service"]),
        false,
        true,
        Check::None,
    ),
    a(
        "networking.istio.io/address-type",
        Place::Kinds(&["Gateway"]),
        false,
        true,
        Check::None,
    ),
    a(
        "networking.istio.io/service-type",
        Place::Kinds(&["Gateway"]),
        false,
        true,
        Check::None,
    ),
    a(
        "prometheus.istio.io/merge-metrics",
        POD,
        false,
        true,
        Check::None,
    ),
    a("proxy.istio.io/config", POD, false, false, Check::None),
    a("proxy.istio.io/overrides", POD, false, true, Check::None),
    a(
        "readiness.status.sidecar.istio.io/applicationPorts",
        POD,
        false,
        true,
        Check::PortList,
    ),
    a(
        "readiness.status.sidecar.istio.io/failureThreshold",
        POD,
        false,
        true,
        Check::UInt,
    ),
    a(
        "readiness.status.sidecar.istio.io/initialDelaySeconds",
        POD,
        false,
        true,
        Check::UInt,
    ),
    a(
        "readiness.status.sidecar.istio.io/periodSeconds",
        POD,
        false,
        true,
        Check::UInt,
    ),
    a(
        "sidecar.istio.io/agentLogLevel",
        POD,
        false,
        true,
        Check::None,
    ),
    a(
        "sidecar.istio.io/bootstrapOverride",
        POD,
        false,
        true,
        Check::None,
    ),
    a(
        "sidecar.istio.io/componentLogLevel",
        POD,
        false,
        true,
        Check::None,
    ),
    a(
        "sidecar.istio.io/controlPlaneAuthPolicy",
        POD,
        true,
        true,
        Check::None,
    ),
    a(
        "sidecar.istio.io/discoveryAddress",
        POD,
        true,
        true,
        Check::None,
    ),
    a(
        "sidecar.istio.io/enableCoreDump",
        POD,
        false,
        true,
        Check::None,
    ),
    a(
        "sidecar.istio.io/extraStatTags",
        POD,
        false,
        true,
        Check::None,
    ),
    a("sidecar.istio.io/inject", POD, true, false, Check::None),
    a(
        "sidecar.istio.io/interceptionMode",
        POD,
        false,
        true,
        Check::InterceptionMode,
    ),
    a("sidecar.istio.io/logLevel", POD, false, true, Check::None),
    a(
        "sidecar.istio.io/nativeSidecar",
        POD,
        false,
        true,
        Check::None,
    ),
    a("sidecar.istio.io/proxyCPU", POD, false, true, Check::None),
    a(
        "sidecar.istio.io/proxyCPULimit",
        POD,
        false,
        true,
        Check::None,
    ),
    a("sidecar.istio.io/proxyImage", POD, false, true, Check::None),
    a(
        "sidecar.istio.io/proxyImageType",
        POD,
        false,
        true,
        Check::None,
    ),
    a(
        "sidecar.istio.io/proxyMemory",
        POD,
        false,
        true,
        Check::None,
    ),
    a(
        "sidecar.istio.io/proxyMemoryLimit",
        POD,
        false,
        true,
        Check::None,
    ),
    a(
        "sidecar.istio.io/rewriteAppHTTPProbers",
        POD,
        false,
        true,
        Check::None,
    ),
    a(
        "sidecar.istio.io/statsFlushInterval",
        POD,
        false,
        true,
        Check::None,
    ),
    a(
        "sidecar.istio.io/statsHistogramBuckets",
        POD,
        false,
        true,
        Check::None,
    ),
    a(
        "sidecar.istio.io/statsInclusionPrefixes",
        POD,
        true,
        true,
        Check::None,
    ),
    a(
        "sidecar.istio.io/statsInclusionRegexps",
        POD,
        true,
        true,
        Check::None,
    ),
    a(
        "sidecar.istio.io/statsInclusionSuffixes",
        POD,
        true,
        true,
        Check::None,
    ),
    a("sidecar.istio.io/status", POD, false, true, Check::None),
    a("sidecar.istio.io/userVolume", POD, false, true, Check::None),
    a(
        "sidecar.istio.io/userVolumeMount",
        POD,
        false,
        true,
        Check::None,
    ),
    a(
        "status.sidecar.istio.io/port",
        POD,
        false,
        true,
        Check::Port,
    ),
    a(
        "topology.istio.io/controlPlaneClusters",
        Place::Kinds(&["Secret"]),
        false,
        true,
        Check::None,
    ),
    a(
        "traffic.istio.io/nodeSelector",
        Place::Kinds(&["Service"]),
        false,
        true,
        Check::None,
    ),
    a(
        "traffic.sidecar.istio.io/excludeInboundPorts",
        POD,
        false,
        true,
        Check::PortListOrStar,
    ),
    a(
        "traffic.sidecar.istio.io/excludeInterfaces",
        POD,
        false,
        true,
        Check::None,
    ),
    a(
        "traffic.sidecar.istio.io/excludeOutboundIPRanges",
        POD,
        false,
        true,
        Check::CidrListOrStar,
    ),
    a(
        "traffic.sidecar.istio.io/excludeOutboundPorts",
        POD,
        false,
        true,
        Check::PortListOrStar,
    ),
    a(
        "traffic.sidecar.istio.io/includeInboundPorts",
        POD,
        false,
        true,
        Check::PortListOrStar,
    ),
    a(
        "traffic.sidecar.istio.io/includeOutboundIPRanges",
        POD,
        false,
        true,
        Check::CidrListOrStar,
    ),
    a(
        "traffic.sidecar.istio.io/includeOutboundPorts",
        POD,
        false,
        true,
        Check::PortListOrStar,
    ),
    a(
        "traffic.sidecar.istio.io/kubevirtInterfaces",
        POD,
        false,
        true,
        Check::None,
    ),
];

/// Annotations in Istio's namespace (and the Kubernetes one Istio documents).
pub fn is_istio_annotation(name: &str) -> bool {
    name == "kubernetes.io/ingress.class"
        || name
            .split('/')
            .next()
            .is_some_and(|d| name.contains('/') && d.ends_with("istio.io"))
}

pub fn lookup(name: &str) -> Option<&'static Annotation> {
    CATALOG.iter().find(|a| a.name == name)
}

fn port_ok(p: &str) -> bool {
    p.trim()
        .parse::<u32>()
        .is_ok_and(|n| (1..=65535).contains(&n))
}

fn cidr_ok(c: &str) -> bool {
    let c = c.trim();
    let (ip, bits) = match c.split_once('/') {
        Some((ip, b)) => (ip, Some(b)),
        None => (c, None),
    };
    let Ok(addr) = ip.parse::<std::net::IpAddr>() else {
        return false;
    };
    let max = if addr.is_ipv4() { 32 } else { 128 };
    bits.is_none_or(|b| b.parse::<u32>().is_ok_and(|n| n <= max))
}

/// Why an annotation value is invalid; the messages are Istio's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValueError {
    /// Go's strconv message, the value already Go-quoted.
    #[error("strconv.ParseUint: parsing {0}: invalid syntax")]
    NotUInt(String),
    #[error("port {0:?} is not a valid port number")]
    NotAPort(String),
    #[error("{0:?} is not a valid CIDR")]
    NotACidr(String),
    #[error("interceptionMode {0:?} must be one of REDIRECT, TPROXY or NONE")]
    InterceptionMode(String),
}

/// Validates a value.
pub fn validate(check: Check, value: &str) -> Result<(), ValueError> {
    let v = value.trim();
    let list = || v.split(',').map(str::trim).filter(|s| !s.is_empty());
    match check {
        Check::None => Ok(()),
        Check::UInt => v
            .parse::<u32>()
            .map(|_| ())
            .map_err(|_| ValueError::NotUInt(crate::analyze::message::go_quote(v))),
        Check::Port => {
            if port_ok(v) {
                Ok(())
            } else {
                Err(ValueError::NotAPort(v.to_string()))
            }
        }
        Check::PortList => match list().find(|p| !port_ok(p)) {
            None => Ok(()),
            Some(p) => Err(ValueError::NotAPort(p.to_string())),
        },
        Check::PortListOrStar => {
            if v == "*" {
                return Ok(());
            }
            match list().find(|p| !port_ok(p)) {
                None => Ok(()),
                Some(p) => Err(ValueError::NotAPort(p.to_string())),
            }
        }
        Check::CidrListOrStar => {
            if v == "*" {
                return Ok(());
            }
            match list().find(|c| !cidr_ok(c)) {
                None => Ok(()),
                Some(c) => Err(ValueError::NotACidr(c.to_string())),
            }
        }
        Check::InterceptionMode => match v {
            "REDIRECT" | "TPROXY" | "NONE" => Ok(()),
            _ => Err(ValueError::InterceptionMode(v.to_string())),
        },
    }
}
