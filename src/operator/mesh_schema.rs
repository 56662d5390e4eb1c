//! The typed shape of Istio 1.30's mesh config (`istio.mesh.v1alpha1.MeshConfig`, with its
//! `defaultConfig` = `istio.mesh.v1alpha1.ProxyConfig` and every message inside them), and a
//! checker that reads `spec.meshConfig` (and `spec.values.meshConfig`) as istioctl does when it
//! converts them to the proto: with the legacy proto JSON decoder, after YAML → JSON.
//!
//! What that decoder accepts (each rule checked against istioctl 1.30.3, `-f` files and `--set`):
//! - fields by their JSON name (`enableTracing`) or proto name (`enable_tracing`); when both
//!   spellings are present only the JSON one is read. Unknown fields are ignored at every level.
//! - `null` anywhere (a field, a list element, a map value) means "unset" and is accepted.
//! - booleans (and the `BoolValue` wrapper): only `true`/`false` — not `"true"`, not `1`.
//! - strings: only strings — a number or a boolean is refused.
//! - 32/64-bit and unsigned integers (and their wrappers): a number with no fraction (`4`,
//!   `4.0`), or a string holding an integer literal (`"4"`, `" 4"`; also `"null"`, which is 0).
//!   Not `"4.0"`, `"+4"`, `"04"`, `"0x4"`; out-of-range values and `-0` for unsigned are refused.
//! - doubles: any number; a string holding a number, or `"NaN"`, `"Infinity"`, `"-Infinity"`.
//! - enums: a value name exactly as spelt (`ALLOW_ANY`, case-sensitive), or any 32-bit integer
//!   (unknown numbers pass).
//! - `google.protobuf.Duration`: a string Go's `time.ParseDuration` reads (`10s`, `1m30s`, `.5s`,
//!   `+2s`, `0`); a number is refused.
//! - `google.protobuf.Struct`: any map, not looked into.
//! - messages must be maps, repeated fields lists, map fields maps. Oneofs are not enforced
//!   (the decoder keeps one member and drops the others), so they are not described here.
//!
//! Value checks istioctl makes after the conversion (port ranges, duration bounds, provider
//! settings, …) are not made here.

use super::validate::Issue;
use serde_json::{Number, Value};

/// How many values a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Card {
    One,
    /// `repeated`: a list.
    List,
    /// `map<string, T>`: a map with string keys.
    Map,
}

/// The type of a field's values.
#[derive(Debug, Clone, Copy)]
pub enum Ty {
    Bool,
    Str,
    Int32,
    Int64,
    Uint32,
    Double,
    /// `google.protobuf.Duration`: a Go duration string.
    Duration,
    /// `google.protobuf.Struct`: a free-form map.
    Struct,
    Enum(&'static Enum),
    Msg(&'static Message),
}

/// One field: its proto name (the JSON name derives from it), how many values, their type.
#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    pub card: Card,
    pub ty: Ty,
}

/// A message type, by proto full name.
#[derive(Debug)]
pub struct Message {
    pub name: &'static str,
    pub fields: &'static [Field],
}

/// An enum type: its value names and numbers.
#[derive(Debug)]
pub struct Enum {
    pub name: &'static str,
    pub values: &'static [(&'static str, i32)],
}

impl Field {
    /// The field's JSON name, as protoc derives it: each `_` dropped and the character after
    /// it upper-cased (`mesh_mTLS` → `meshMTLS`, `enable_64bit_trace_id` → `enable64bitTraceId`).
    pub fn json_name(&self) -> String {
        let mut out = String::with_capacity(self.name.len());
        let mut upper = false;
        for c in self.name.chars() {
            if c == '_' {
                upper = true;
            } else if upper {
                out.push(c.to_ascii_uppercase());
                upper = false;
            } else {
                out.push(c);
            }
        }
        out
    }
}

impl Message {
    /// The field a key names (JSON name or proto name).
    pub fn field(&self, key: &str) -> Option<&'static Field> {
        self.fields
            .iter()
            .find(|f| f.name == key || f.json_name() == key)
    }
}

/// The mesh config message.
pub fn mesh_config() -> &'static Message {
    &MESH_CONFIG
}

/// Checks the mesh configs of a merged IstioOperator: `spec.meshConfig`, and
/// `spec.values.meshConfig` (where `spec.meshConfig` has been copied, so a problem found in
/// both is reported once, at `spec.meshConfig`).
pub fn check_iop(iop: &Value) -> Vec<Issue> {
    const SPEC: &str = "spec.meshConfig";
    const VALUES: &str = "spec.values.meshConfig";
    let spec = iop.get("spec");
    let spec_mesh = spec.and_then(|s| s.get("meshConfig"));
    let mut out = Vec::new();
    if let Some(m) = spec_mesh {
        check_message(&MESH_CONFIG, m, SPEC, &mut out);
    }
    let Some(values_mesh) = spec
        .and_then(|s| s.get("values"))
        .and_then(|v| v.get("meshConfig"))
    else {
        return out;
    };
    let mut from_values = Vec::new();
    check_message(&MESH_CONFIG, values_mesh, VALUES, &mut from_values);
    for mut issue in from_values {
        let rel = issue.path.strip_prefix(VALUES).unwrap_or_default();
        if out.iter().any(|o| o.path.strip_prefix(SPEC) == Some(rel)) {
            continue;
        }
        if rel.is_empty() && spec_mesh.is_some_and(Value::is_null) {
            // A null spec.meshConfig reaches the values as the text "<nil>" (istioctl's
            // translation, which sailctl follows): say so where the user wrote it.
            issue = Issue {
                path: SPEC.to_string(),
                message: "expected a map of mesh settings, got null (`meshConfig: {}` keeps the defaults)"
                    .to_string(),
                suggestion: None,
            };
        }
        out.push(issue);
    }
    out
}

/// Checks one mesh config (a MeshConfig in its JSON form) found at `path`.
pub fn check(mesh: &Value, path: &str) -> Vec<Issue> {
    let mut out = Vec::new();
    check_message(&MESH_CONFIG, mesh, path, &mut out);
    out
}

fn issue(path: &str, message: String) -> Issue {
    Issue {
        path: path.to_string(),
        message,
        suggestion: None,
    }
}

/// A value as it reads in a message: strings quoted, containers by kind.
fn shown(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => format!("{s:?}"),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "a map".into(),
    }
}

/// A proto full name without the mesh package, for messages.
fn short(name: &str) -> &str {
    name.strip_prefix("istio.mesh.v1alpha1.").unwrap_or(name)
}

fn check_message(msg: &Message, v: &Value, path: &str, out: &mut Vec<Issue>) {
    let obj = match v {
        Value::Null => return,
        Value::Object(m) => m,
        other => {
            let what = if std::ptr::eq(msg, &MESH_CONFIG) {
                "a map of mesh settings".to_string()
            } else {
                format!("a map ({})", short(msg.name))
            };
            out.push(issue(
                path,
                format!("expected {what}, got {}", shown(other)),
            ));
            return;
        }
    };
    for f in msg.fields {
        let json = f.json_name();
        // The JSON name wins when both spellings are given; the other is then not read.
        let Some((key, value)) = obj
            .get_key_value(json.as_str())
            .or_else(|| obj.get_key_value(f.name))
        else {
            continue;
        };
        check_field(f, value, &format!("{path}.{key}"), out);
    }
}

fn check_field(f: &Field, v: &Value, path: &str, out: &mut Vec<Issue>) {
    match (f.card, v) {
        (_, Value::Null) => {}
        (Card::One, _) => check_single(f.ty, v, path, out),
        (Card::List, Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                check_single(f.ty, item, &format!("{path}[{i}]"), out);
            }
        }
        (Card::Map, Value::Object(m)) => {
            for (k, item) in m {
                check_single(f.ty, item, &format!("{path}.{k}"), out);
            }
        }
        (Card::List, other) => out.push(issue(
            path,
            format!("expected a list, got {}", shown(other)),
        )),
        (Card::Map, other) => {
            out.push(issue(path, format!("expected a map, got {}", shown(other))))
        }
    }
}

fn check_single(ty: Ty, v: &Value, path: &str, out: &mut Vec<Issue>) {
    if v.is_null() {
        return;
    }
    let problem = match ty {
        Ty::Bool => (!v.is_boolean())
            .then(|| format!("expected a boolean (true or false), got {}", shown(v))),
        Ty::Str => (!v.is_string()).then(|| format!("expected a string, got {}", shown(v))),
        Ty::Int32 => check_int(v, IntTy::I32),
        Ty::Int64 => check_int(v, IntTy::I64),
        Ty::Uint32 => check_int(v, IntTy::U32),
        Ty::Double => check_double(v),
        Ty::Duration => match v {
            Value::String(s) => go_duration(s)
                .err()
                .map(|why| format!("{} is not a duration: {why}", shown(v))),
            _ => Some(format!(
                "expected a duration such as \"10s\" or \"1m30s\", got {}",
                shown(v)
            )),
        },
        Ty::Struct => (!v.is_object()).then(|| format!("expected a map, got {}", shown(v))),
        Ty::Enum(e) => return check_enum(e, v, path, out),
        Ty::Msg(m) => return check_message(m, v, path, out),
    };
    if let Some(message) = problem {
        out.push(issue(path, message));
    }
}

fn check_enum(e: &Enum, v: &Value, path: &str, out: &mut Vec<Issue>) {
    let names = || {
        e.values
            .iter()
            .map(|(n, _)| *n)
            .collect::<Vec<_>>()
            .join(", ")
    };
    match v {
        Value::String(s) => {
            if e.values.iter().any(|(n, _)| n == s) {
                return;
            }
            let near = e
                .values
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(s))
                .map(|(n, _)| n.to_string());
            out.push(Issue {
                path: path.to_string(),
                message: format!(
                    "{} is not a value of {}: expected one of {} (names are case-sensitive)",
                    shown(v),
                    short(e.name),
                    names()
                ),
                suggestion: near,
            });
        }
        Value::Number(n)
            if integer_literal(&number_text(n)).is_some_and(|i| fits(i, IntTy::I32)) => {}
        other => out.push(issue(
            path,
            format!(
                "expected one of {} (or a 32-bit enum number), got {}",
                names(),
                shown(other)
            ),
        )),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum IntTy {
    I32,
    I64,
    U32,
}

impl IntTy {
    fn name(self) -> &'static str {
        match self {
            IntTy::I32 => "int32",
            IntTy::I64 => "int64",
            IntTy::U32 => "uint32",
        }
    }
    fn range(self) -> (i128, i128) {
        match self {
            IntTy::I32 => (i32::MIN.into(), i32::MAX.into()),
            IntTy::I64 => (i64::MIN.into(), i64::MAX.into()),
            IntTy::U32 => (0, u32::MAX.into()),
        }
    }
}

fn fits(i: i128, ty: IntTy) -> bool {
    let (lo, hi) = ty.range();
    (lo..=hi).contains(&i)
}

/// A number as Go's JSON encoder writes it after reading the YAML (floats with no fraction
/// below 1e21 come out as integers).
fn number_text(n: &Number) -> String {
    if let Some(i) = n.as_i64() {
        return i.to_string();
    }
    if let Some(u) = n.as_u64() {
        return u.to_string();
    }
    let f = n.as_f64().unwrap_or(f64::NAN);
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e21 {
        if f == 0.0 && f.is_sign_negative() {
            "-0".to_string()
        } else {
            format!("{}", f as i128)
        }
    } else {
        n.to_string()
    }
}

/// The value of a JSON integer literal (`-?(0|[1-9][0-9]*)`), `None` for anything else.
/// Literals too long for i128 come out as i128's bounds, which no field accepts either.
fn integer_literal(t: &str) -> Option<i128> {
    let digits = t.strip_prefix('-').unwrap_or(t);
    let ok = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'));
    if !ok {
        return None;
    }
    Some(t.parse::<i128>().unwrap_or(if t.starts_with('-') {
        i128::MIN
    } else {
        i128::MAX
    }))
}

/// An integer field: a number with no fraction, or a string holding an integer literal
/// (surrounding spaces allowed; `"null"` reads as unset).
fn check_int(v: &Value, ty: IntTy) -> Option<String> {
    let text = match v {
        Value::Number(n) => number_text(n),
        Value::String(s) => {
            let t = s.trim_matches(' ');
            if t == "null" {
                return None;
            }
            t.to_string()
        }
        other => {
            return Some(format!(
                "expected an integer ({}), got {}",
                ty.name(),
                shown(other)
            ));
        }
    };
    let Some(i) = integer_literal(&text) else {
        return Some(format!(
            "expected an integer ({}), got {}",
            ty.name(),
            shown(v)
        ));
    };
    let (lo, hi) = ty.range();
    // Go refuses "-0" for unsigned fields.
    if !fits(i, ty) || (ty == IntTy::U32 && text.starts_with('-')) {
        return Some(format!(
            "{} is out of range for {} ({lo} to {hi})",
            shown(v),
            ty.name()
        ));
    }
    None
}

/// Whether `t` is a JSON number literal.
fn is_json_number(t: &str) -> bool {
    let b = t.as_bytes();
    let mut i = 0;
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    if b.get(i) == Some(&b'-') {
        i += 1;
    }
    match b.get(i) {
        Some(b'0') => i += 1,
        Some(c) if c.is_ascii_digit() => {
            digits(&mut i);
        }
        _ => return false,
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// A double field: any number, or a string holding one (or NaN/Infinity/-Infinity).
fn check_double(v: &Value) -> Option<String> {
    match v {
        Value::Number(_) => None,
        Value::String(s) if matches!(s.as_str(), "NaN" | "Infinity" | "-Infinity") => None,
        Value::String(s) => {
            let t = s.trim_matches(' ');
            if t == "null" {
                None
            } else if !is_json_number(t) {
                Some(format!("expected a number, got {}", shown(v)))
            } else if t.parse::<f64>().is_ok_and(f64::is_finite) {
                None
            } else {
                Some(format!("{} is out of range for a double", shown(v)))
            }
        }
        other => Some(format!("expected a number, got {}", shown(other))),
    }
}

const DURATION_UNITS: &str = "ns, us, ms, s, m or h";

/// Go's `time.ParseDuration`: `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+`, or `0`, within ±2^63 ns.
fn go_duration(s: &str) -> Result<(), String> {
    const LIMIT: u64 = 1 << 63;
    let too_long = || "longer than Go's limit of about 292 years".to_string();
    let (neg, mut rest) = match s.strip_prefix(['-', '+']) {
        Some(r) => (s.starts_with('-'), r),
        None => (false, s),
    };
    if rest == "0" {
        return Ok(());
    }
    if rest.is_empty() {
        return Err("expected a number and a unit such as \"10s\"".into());
    }
    let mut total: u64 = 0;
    while !rest.is_empty() {
        let b = rest.as_bytes();
        if !(b[0] == b'.' || b[0].is_ascii_digit()) {
            return Err(format!(
                "expected a number before {rest:?} (units: {DURATION_UNITS})"
            ));
        }
        // The whole part; too many digits is an error.
        let int_len = b.iter().take_while(|c| c.is_ascii_digit()).count();
        let mut whole: u64 = 0;
        for &c in &b[..int_len] {
            whole = whole
                .checked_mul(10)
                .map(|x| x + u64::from(c - b'0'))
                .filter(|x| *x <= LIMIT)
                .ok_or_else(too_long)?;
        }
        let mut i = int_len;
        // The fraction; digits past what fits are ignored.
        let (mut frac, mut scale, mut frac_len) = (0u64, 1f64, 0usize);
        if b.get(i) == Some(&b'.') {
            i += 1;
            let mut overflow = false;
            while i < b.len() && b[i].is_ascii_digit() {
                frac_len += 1;
                if !overflow {
                    match frac
                        .checked_mul(10)
                        .map(|x| x + u64::from(b[i] - b'0'))
                        .filter(|x| *x <= LIMIT)
                    {
                        Some(y) if frac <= (LIMIT - 1) / 10 => {
                            frac = y;
                            scale *= 10.0;
                        }
                        _ => overflow = true,
                    }
                }
                i += 1;
            }
        }
        if int_len == 0 && frac_len == 0 {
            return Err(format!("expected digits in {s:?}"));
        }
        let unit_len = b[i..]
            .iter()
            .take_while(|c| !(**c == b'.' || c.is_ascii_digit()))
            .count();
        if unit_len == 0 {
            return Err(format!("missing unit (use {DURATION_UNITS})"));
        }
        let unit = &rest[i..i + unit_len];
        let nanos: u64 = match unit {
            "ns" => 1,
            "us" | "\u{b5}s" | "\u{3bc}s" => 1_000,
            "ms" => 1_000_000,
            "s" => 1_000_000_000,
            "m" => 60_000_000_000,
            "h" => 3_600_000_000_000,
            _ => return Err(format!("unknown unit {unit:?} (use {DURATION_UNITS})")),
        };
        if whole > LIMIT / nanos {
            return Err(too_long());
        }
        let mut v = whole * nanos;
        if frac > 0 {
            // As Go: the fraction's nanoseconds, truncated.
            v = v.saturating_add((frac as f64 * (nanos as f64 / scale)) as u64);
            if v > LIMIT {
                return Err(too_long());
            }
        }
        total = total.saturating_add(v);
        if total > LIMIT {
            return Err(too_long());
        }
        rest = &rest[i + unit_len..];
    }
    if !neg && total > LIMIT - 1 {
        return Err(too_long());
    }
    Ok(())
}

// --- The description: Istio 1.30's messages, field by field (proto names, in proto order). ---
// Messages and enums of istio.mesh.v1alpha1 are named without their package below; the others
// (from istio.networking) carry a NET_ prefix.

const BOOL: Ty = Ty::Bool;
const STR: Ty = Ty::Str;
const INT32: Ty = Ty::Int32;
const INT64: Ty = Ty::Int64;
const UINT32: Ty = Ty::Uint32;
const DOUBLE: Ty = Ty::Double;
const DURATION: Ty = Ty::Duration;
const STRUCT: Ty = Ty::Struct;

/// A singular field.
const fn f(name: &'static str, ty: Ty) -> Field {
    Field {
        name,
        card: Card::One,
        ty,
    }
}

/// A singular field of a `google.protobuf` wrapper type (`BoolValue`, `Int32Value`, …): the
/// decoder reads it exactly as the scalar it wraps.
const fn w(name: &'static str, ty: Ty) -> Field {
    f(name, ty)
}

/// A repeated field.
const fn l(name: &'static str, ty: Ty) -> Field {
    Field {
        name,
        card: Card::List,
        ty,
    }
}

/// A `map<string, T>` field.
const fn m(name: &'static str, ty: Ty) -> Field {
    Field {
        name,
        card: Card::Map,
        ty,
    }
}

static MESH_CONFIG: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig",
    fields: &[
        f("proxy_listen_port", INT32),
        f("proxy_inbound_listen_port", INT32),
        f("proxy_http_port", INT32),
        f("connect_timeout", DURATION),
        f("hbone_idle_timeout", DURATION),
        f("protocol_detection_timeout", DURATION),
        f("tcp_keepalive", Ty::Msg(&NET_TCP_KEEPALIVE)),
        f("ingress_class", STR),
        f("ingress_service", STR),
        f(
            "ingress_controller_mode",
            Ty::Enum(&MESH_INGRESS_CONTROLLER_MODE),
        ),
        f("ingress_selector", STR),
        f("enable_tracing", BOOL),
        f("access_log_file", STR),
        f("access_log_format", STR),
        f("access_log_encoding", Ty::Enum(&MESH_ACCESS_LOG_ENCODING)),
        f("enable_envoy_access_log_service", BOOL),
        f("disable_envoy_listener_log", BOOL),
        f("default_config", Ty::Msg(&PROXY_CONFIG)),
        f(
            "outbound_traffic_policy",
            Ty::Msg(&MESH_OUTBOUND_TRAFFIC_POLICY),
        ),
        f(
            "inbound_traffic_policy",
            Ty::Msg(&MESH_INBOUND_TRAFFIC_POLICY),
        ),
        l("config_sources", Ty::Msg(&CONFIG_SOURCE)),
        w("enable_auto_mtls", BOOL),
        f("trust_domain", STR),
        l("trust_domain_aliases", STR),
        l("ca_certificates", Ty::Msg(&MESH_CERTIFICATE_DATA)),
        l("default_service_export_to", STR),
        l("default_virtual_service_export_to", STR),
        l("default_destination_rule_export_to", STR),
        f("root_namespace", STR),
        f(
            "locality_lb_setting",
            Ty::Msg(&NET_LOCALITY_LOAD_BALANCER_SETTING),
        ),
        f("dns_refresh_rate", DURATION),
        f("h2_upgrade_policy", Ty::Enum(&MESH_H2_UPGRADE_POLICY)),
        f("inbound_cluster_stat_name", STR),
        f("outbound_cluster_stat_name", STR),
        l("certificates", Ty::Msg(&CERTIFICATE)),
        l("service_settings", Ty::Msg(&MESH_SERVICE_SETTINGS)),
        l(
            "service_scope_configs",
            Ty::Msg(&MESH_SERVICE_SCOPE_CONFIGS),
        ),
        w("enable_prometheus_merge", BOOL),
        w("verify_certificate_at_client", BOOL),
        f("ca", Ty::Msg(&MESH_CA)),
        l("extension_providers", Ty::Msg(&MESH_EXTENSION_PROVIDER)),
        f("default_providers", Ty::Msg(&MESH_DEFAULT_PROVIDERS)),
        l("discovery_selectors", Ty::Msg(&LABEL_SELECTOR)),
        f(
            "path_normalization",
            Ty::Msg(&MESH_PROXY_PATH_NORMALIZATION),
        ),
        f("default_http_retry_policy", Ty::Msg(&NET_HTTP_RETRY)),
        f("mesh_mTLS", Ty::Msg(&MESH_TLS_CONFIG)),
        f("tls_defaults", Ty::Msg(&MESH_TLS_CONFIG)),
    ],
};

static NET_TCP_KEEPALIVE: Message = Message {
    name: "istio.networking.v1alpha3.ConnectionPoolSettings.TCPSettings.TcpKeepalive",
    fields: &[
        f("probes", UINT32),
        f("time", DURATION),
        f("interval", DURATION),
    ],
};

static MESH_INGRESS_CONTROLLER_MODE: Enum = Enum {
    name: "istio.mesh.v1alpha1.MeshConfig.IngressControllerMode",
    values: &[
        ("UNSPECIFIED", 0),
        ("OFF", 1),
        ("DEFAULT", 2),
        ("STRICT", 3),
    ],
};

static MESH_ACCESS_LOG_ENCODING: Enum = Enum {
    name: "istio.mesh.v1alpha1.MeshConfig.AccessLogEncoding",
    values: &[("TEXT", 0), ("JSON", 1)],
};

static PROXY_CONFIG: Message = Message {
    name: "istio.mesh.v1alpha1.ProxyConfig",
    fields: &[
        f("config_path", STR),
        f("binary_path", STR),
        f("service_cluster", STR),
        f(
            "tracing_service_name",
            Ty::Enum(&PROXY_TRACING_SERVICE_NAME),
        ),
        f("drain_duration", DURATION),
        f("discovery_address", STR),
        f("discovery_refresh_delay", DURATION),
        f("zipkin_address", STR),
        f("statsd_udp_address", STR),
        f("envoy_metrics_service_address", STR),
        f("proxy_admin_port", INT32),
        f("availability_zone", STR),
        f(
            "control_plane_auth_policy",
            Ty::Enum(&AUTHENTICATION_POLICY),
        ),
        f("custom_config_file", STR),
        f("stat_name_length", INT32),
        w("concurrency", INT32),
        f("proxy_bootstrap_template_path", STR),
        f(
            "interception_mode",
            Ty::Enum(&PROXY_INBOUND_INTERCEPTION_MODE),
        ),
        f("tracing", Ty::Msg(&TRACING)),
        f("sds", Ty::Msg(&SDS)),
        f("envoy_access_log_service", Ty::Msg(&REMOTE_SERVICE)),
        f("envoy_metrics_service", Ty::Msg(&REMOTE_SERVICE)),
        m("proxy_metadata", STR),
        m("runtime_values", STR),
        f("status_port", INT32),
        l("extra_stat_tags", STR),
        f("gateway_topology", Ty::Msg(&TOPOLOGY)),
        f("termination_drain_duration", DURATION),
        f("mesh_id", STR),
        f("readiness_probe", Ty::Msg(&NET_READINESS_PROBE)),
        f("proxy_stats_matcher", Ty::Msg(&PROXY_PROXY_STATS_MATCHER)),
        w("hold_application_until_proxy_starts", BOOL),
        l("ca_certificates_pem", STR),
        f("image", Ty::Msg(&NETB1_PROXY_IMAGE)),
        f("private_key_provider", Ty::Msg(&PRIVATE_KEY_PROVIDER)),
        f("proxy_headers", Ty::Msg(&PROXY_PROXY_HEADERS)),
        f("file_flush_interval", DURATION),
        f("file_flush_min_size_kb", UINT32),
        w("stats_compression", BOOL),
    ],
};

static MESH_OUTBOUND_TRAFFIC_POLICY: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.OutboundTrafficPolicy",
    fields: &[
        f("mode", Ty::Enum(&MESH_OUTBOUND_TRAFFIC_POLICY_MODE)),
        f("tls", Ty::Msg(&NET_CLIENT_TLS_SETTINGS)),
    ],
};

static MESH_INBOUND_TRAFFIC_POLICY: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.InboundTrafficPolicy",
    fields: &[f("mode", Ty::Enum(&MESH_INBOUND_TRAFFIC_POLICY_MODE))],
};

static CONFIG_SOURCE: Message = Message {
    name: "istio.mesh.v1alpha1.ConfigSource",
    fields: &[
        f("address", STR),
        f("tls_settings", Ty::Msg(&NET_CLIENT_TLS_SETTINGS)),
        l("subscribed_resources", Ty::Enum(&RESOURCE)),
    ],
};

static MESH_CERTIFICATE_DATA: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.CertificateData",
    fields: &[
        f("pem", STR),
        f("spiffe_bundle_url", STR),
        l("cert_signers", STR),
        l("trust_domains", STR),
    ],
};

static NET_LOCALITY_LOAD_BALANCER_SETTING: Message = Message {
    name: "istio.networking.v1alpha3.LocalityLoadBalancerSetting",
    fields: &[
        l("distribute", Ty::Msg(&NET_LOCALITY_DISTRIBUTE)),
        l("failover", Ty::Msg(&NET_LOCALITY_FAILOVER)),
        l("failover_priority", STR),
        w("enabled", BOOL),
    ],
};

static MESH_H2_UPGRADE_POLICY: Enum = Enum {
    name: "istio.mesh.v1alpha1.MeshConfig.H2UpgradePolicy",
    values: &[("DO_NOT_UPGRADE", 0), ("UPGRADE", 1)],
};

static CERTIFICATE: Message = Message {
    name: "istio.mesh.v1alpha1.Certificate",
    fields: &[f("secret_name", STR), l("dns_names", STR)],
};

static MESH_SERVICE_SETTINGS: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ServiceSettings",
    fields: &[
        f("settings", Ty::Msg(&MESH_SERVICE_SETTINGS_SETTINGS)),
        l("hosts", STR),
    ],
};

static MESH_SERVICE_SCOPE_CONFIGS: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ServiceScopeConfigs",
    fields: &[
        f("namespace_selector", Ty::Msg(&LABEL_SELECTOR)),
        f("services_selector", Ty::Msg(&LABEL_SELECTOR)),
        f("scope", Ty::Enum(&MESH_SERVICE_SCOPE_CONFIGS_SCOPE)),
    ],
};

static MESH_CA: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.CA",
    fields: &[
        f("address", STR),
        f("tls_settings", Ty::Msg(&NET_CLIENT_TLS_SETTINGS)),
        f("request_timeout", DURATION),
        f("istiod_side", BOOL),
    ],
};

static MESH_EXTENSION_PROVIDER: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider",
    fields: &[
        f("name", STR),
        f(
            "envoy_ext_authz_http",
            Ty::Msg(&PROVIDER_ENVOY_EXTERNAL_AUTHORIZATION_HTTP_PROVIDER),
        ),
        f(
            "envoy_ext_authz_grpc",
            Ty::Msg(&PROVIDER_ENVOY_EXTERNAL_AUTHORIZATION_GRPC_PROVIDER),
        ),
        f("zipkin", Ty::Msg(&PROVIDER_ZIPKIN_TRACING_PROVIDER)),
        f("lightstep", Ty::Msg(&PROVIDER_LIGHTSTEP_TRACING_PROVIDER)),
        f("datadog", Ty::Msg(&PROVIDER_DATADOG_TRACING_PROVIDER)),
        f("stackdriver", Ty::Msg(&PROVIDER_STACKDRIVER_PROVIDER)),
        f(
            "opencensus",
            Ty::Msg(&PROVIDER_OPEN_CENSUS_AGENT_TRACING_PROVIDER),
        ),
        f(
            "skywalking",
            Ty::Msg(&PROVIDER_SKY_WALKING_TRACING_PROVIDER),
        ),
        f(
            "opentelemetry",
            Ty::Msg(&PROVIDER_OPEN_TELEMETRY_TRACING_PROVIDER),
        ),
        f("prometheus", Ty::Msg(&PROVIDER_PROMETHEUS_METRICS_PROVIDER)),
        f(
            "envoy_file_access_log",
            Ty::Msg(&PROVIDER_ENVOY_FILE_ACCESS_LOG_PROVIDER),
        ),
        f(
            "envoy_http_als",
            Ty::Msg(&PROVIDER_ENVOY_HTTP_GRPC_V3_LOG_PROVIDER),
        ),
        f(
            "envoy_tcp_als",
            Ty::Msg(&PROVIDER_ENVOY_TCP_GRPC_V3_LOG_PROVIDER),
        ),
        f(
            "envoy_otel_als",
            Ty::Msg(&PROVIDER_ENVOY_OPEN_TELEMETRY_LOG_PROVIDER),
        ),
        f("sds", Ty::Msg(&PROVIDER_SDS_PROVIDER)),
    ],
};

static MESH_DEFAULT_PROVIDERS: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.DefaultProviders",
    fields: &[
        l("tracing", STR),
        l("metrics", STR),
        l("access_logging", STR),
    ],
};

static LABEL_SELECTOR: Message = Message {
    name: "istio.mesh.v1alpha1.LabelSelector",
    fields: &[
        m("matchLabels", STR),
        l("matchExpressions", Ty::Msg(&LABEL_SELECTOR_REQUIREMENT)),
    ],
};

static MESH_PROXY_PATH_NORMALIZATION: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ProxyPathNormalization",
    fields: &[f(
        "normalization",
        Ty::Enum(&MESH_PROXY_PATH_NORMALIZATION_NORMALIZATION_TYPE),
    )],
};

static NET_HTTP_RETRY: Message = Message {
    name: "istio.networking.v1alpha3.HTTPRetry",
    fields: &[
        f("attempts", INT32),
        f("per_try_timeout", DURATION),
        f("retry_on", STR),
        w("retry_remote_localities", BOOL),
        w("retry_ignore_previous_hosts", BOOL),
        f("backoff", DURATION),
    ],
};

static MESH_TLS_CONFIG: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.TLSConfig",
    fields: &[
        f(
            "min_protocol_version",
            Ty::Enum(&MESH_TLS_CONFIG_TLS_PROTOCOL),
        ),
        l("ecdh_curves", STR),
        l("cipher_suites", STR),
    ],
};

static PROXY_TRACING_SERVICE_NAME: Enum = Enum {
    name: "istio.mesh.v1alpha1.ProxyConfig.TracingServiceName",
    values: &[
        ("APP_LABEL_AND_NAMESPACE", 0),
        ("CANONICAL_NAME_ONLY", 1),
        ("CANONICAL_NAME_AND_NAMESPACE", 2),
    ],
};

static AUTHENTICATION_POLICY: Enum = Enum {
    name: "istio.mesh.v1alpha1.AuthenticationPolicy",
    values: &[("NONE", 0), ("MUTUAL_TLS", 1), ("INHERIT", 1000)],
};

static PROXY_INBOUND_INTERCEPTION_MODE: Enum = Enum {
    name: "istio.mesh.v1alpha1.ProxyConfig.InboundInterceptionMode",
    values: &[("REDIRECT", 0), ("TPROXY", 1), ("NONE", 2)],
};

static TRACING: Message = Message {
    name: "istio.mesh.v1alpha1.Tracing",
    fields: &[
        f("zipkin", Ty::Msg(&TRACING_ZIPKIN)),
        f("lightstep", Ty::Msg(&TRACING_LIGHTSTEP)),
        f("datadog", Ty::Msg(&TRACING_DATADOG)),
        f("stackdriver", Ty::Msg(&TRACING_STACKDRIVER)),
        f("open_census_agent", Ty::Msg(&TRACING_OPEN_CENSUS_AGENT)),
        m("custom_tags", Ty::Msg(&TRACING_CUSTOM_TAG)),
        f("max_path_tag_length", UINT32),
        f("sampling", DOUBLE),
        f("tls_settings", Ty::Msg(&NET_CLIENT_TLS_SETTINGS)),
        w("enable_istio_tags", BOOL),
    ],
};

static SDS: Message = Message {
    name: "istio.mesh.v1alpha1.SDS",
    fields: &[f("enabled", BOOL), f("k8s_sa_jwt_path", STR)],
};

static REMOTE_SERVICE: Message = Message {
    name: "istio.mesh.v1alpha1.RemoteService",
    fields: &[
        f("address", STR),
        f("tls_settings", Ty::Msg(&NET_CLIENT_TLS_SETTINGS)),
        f("tcp_keepalive", Ty::Msg(&NET_TCP_KEEPALIVE)),
    ],
};

static TOPOLOGY: Message = Message {
    name: "istio.mesh.v1alpha1.Topology",
    fields: &[
        f("num_trusted_proxies", UINT32),
        f(
            "forward_client_cert_details",
            Ty::Enum(&FORWARD_CLIENT_CERT_DETAILS),
        ),
        f(
            "proxy_protocol",
            Ty::Msg(&TOPOLOGY_PROXY_PROTOCOL_CONFIGURATION),
        ),
    ],
};

static NET_READINESS_PROBE: Message = Message {
    name: "istio.networking.v1alpha3.ReadinessProbe",
    fields: &[
        f("initial_delay_seconds", INT32),
        f("timeout_seconds", INT32),
        f("period_seconds", INT32),
        f("success_threshold", INT32),
        f("failure_threshold", INT32),
        f("http_get", Ty::Msg(&NET_HTTP_HEALTH_CHECK_CONFIG)),
        f("tcp_socket", Ty::Msg(&NET_TCP_HEALTH_CHECK_CONFIG)),
        f("exec", Ty::Msg(&NET_EXEC_HEALTH_CHECK_CONFIG)),
        f("grpc", Ty::Msg(&NET_GRPC_HEALTH_CHECK_CONFIG)),
    ],
};

static PROXY_PROXY_STATS_MATCHER: Message = Message {
    name: "istio.mesh.v1alpha1.ProxyConfig.ProxyStatsMatcher",
    fields: &[
        l("inclusion_prefixes", STR),
        l("inclusion_suffixes", STR),
        l("inclusion_regexps", STR),
    ],
};

static NETB1_PROXY_IMAGE: Message = Message {
    name: "istio.networking.v1beta1.ProxyImage",
    fields: &[f("image_type", STR)],
};

static PRIVATE_KEY_PROVIDER: Message = Message {
    name: "istio.mesh.v1alpha1.PrivateKeyProvider",
    fields: &[
        f("cryptomb", Ty::Msg(&PRIVATE_KEY_PROVIDER_CRYPTO_MB)),
        f("qat", Ty::Msg(&PRIVATE_KEY_PROVIDER_QAT)),
    ],
};

static PROXY_PROXY_HEADERS: Message = Message {
    name: "istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders",
    fields: &[
        f(
            "forwarded_client_cert",
            Ty::Enum(&FORWARD_CLIENT_CERT_DETAILS),
        ),
        f(
            "set_current_client_cert_details",
            Ty::Msg(&PROXY_PROXY_HEADERS_SET_CURRENT_CLIENT_CERT_DETAILS),
        ),
        f("request_id", Ty::Msg(&PROXY_PROXY_HEADERS_REQUEST_ID)),
        f("server", Ty::Msg(&PROXY_PROXY_HEADERS_SERVER)),
        f("attempt_count", Ty::Msg(&PROXY_PROXY_HEADERS_ATTEMPT_COUNT)),
        f(
            "envoy_debug_headers",
            Ty::Msg(&PROXY_PROXY_HEADERS_ENVOY_DEBUG_HEADERS),
        ),
        f(
            "metadata_exchange_headers",
            Ty::Msg(&PROXY_PROXY_HEADERS_METADATA_EXCHANGE_HEADERS),
        ),
        w("preserve_http1_header_case", BOOL),
        f(
            "x_forwarded_host",
            Ty::Msg(&PROXY_PROXY_HEADERS_X_FORWARDED_HOST),
        ),
        f(
            "x_forwarded_port",
            Ty::Msg(&PROXY_PROXY_HEADERS_X_FORWARDED_PORT),
        ),
    ],
};

static MESH_OUTBOUND_TRAFFIC_POLICY_MODE: Enum = Enum {
    name: "istio.mesh.v1alpha1.MeshConfig.OutboundTrafficPolicy.Mode",
    values: &[
        ("REGISTRY_ONLY", 0),
        ("ALLOW_ANY", 1),
        ("ALLOW_ANY_DYNAMIC_DNS", 3),
    ],
};

static NET_CLIENT_TLS_SETTINGS: Message = Message {
    name: "istio.networking.v1alpha3.ClientTLSSettings",
    fields: &[
        f("mode", Ty::Enum(&NET_CLIENT_TLS_SETTINGS_TL_SMODE)),
        f("client_certificate", STR),
        f("private_key", STR),
        f("ca_certificates", STR),
        f("credential_name", STR),
        l("subject_alt_names", STR),
        f("sni", STR),
        w("insecure_skip_verify", BOOL),
        f("ca_crl", STR),
    ],
};

static MESH_INBOUND_TRAFFIC_POLICY_MODE: Enum = Enum {
    name: "istio.mesh.v1alpha1.MeshConfig.InboundTrafficPolicy.Mode",
    values: &[("PASSTHROUGH", 0), ("LOCALHOST", 1)],
};

static RESOURCE: Enum = Enum {
    name: "istio.mesh.v1alpha1.Resource",
    values: &[("SERVICE_REGISTRY", 0)],
};

static NET_LOCALITY_DISTRIBUTE: Message = Message {
    name: "istio.networking.v1alpha3.LocalityLoadBalancerSetting.Distribute",
    fields: &[f("from", STR), m("to", UINT32)],
};

static NET_LOCALITY_FAILOVER: Message = Message {
    name: "istio.networking.v1alpha3.LocalityLoadBalancerSetting.Failover",
    fields: &[f("from", STR), f("to", STR)],
};

static MESH_SERVICE_SETTINGS_SETTINGS: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ServiceSettings.Settings",
    fields: &[f("cluster_local", BOOL)],
};

static MESH_SERVICE_SCOPE_CONFIGS_SCOPE: Enum = Enum {
    name: "istio.mesh.v1alpha1.MeshConfig.ServiceScopeConfigs.Scope",
    values: &[("LOCAL", 0), ("GLOBAL", 1)],
};

static PROVIDER_ENVOY_EXTERNAL_AUTHORIZATION_HTTP_PROVIDER: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyExternalAuthorizationHttpProvider",
    fields: &[
        f("service", STR),
        f("port", UINT32),
        f("timeout", DURATION),
        f("path_prefix", STR),
        f("fail_open", BOOL),
        f("clear_route_cache", BOOL),
        f("status_on_error", STR),
        l("include_headers_in_check", STR),
        l("include_request_headers_in_check", STR),
        m("include_additional_headers_in_check", STR),
        f(
            "include_request_body_in_check",
            Ty::Msg(&PROVIDER_ENVOY_EXTERNAL_AUTHORIZATION_REQUEST_BODY),
        ),
        l("headers_to_upstream_on_allow", STR),
        l("headers_to_downstream_on_deny", STR),
        l("headers_to_downstream_on_allow", STR),
    ],
};

static PROVIDER_ENVOY_EXTERNAL_AUTHORIZATION_GRPC_PROVIDER: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyExternalAuthorizationGrpcProvider",
    fields: &[
        f("service", STR),
        f("port", UINT32),
        f("timeout", DURATION),
        f("fail_open", BOOL),
        f("clear_route_cache", BOOL),
        f("status_on_error", STR),
        f(
            "include_request_body_in_check",
            Ty::Msg(&PROVIDER_ENVOY_EXTERNAL_AUTHORIZATION_REQUEST_BODY),
        ),
    ],
};

static PROVIDER_ZIPKIN_TRACING_PROVIDER: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.ZipkinTracingProvider",
    fields: &[
        f("service", STR),
        f("port", UINT32),
        f("max_tag_length", UINT32),
        f("enable_64bit_trace_id", BOOL),
        f("path", STR),
        f(
            "trace_context_option",
            Ty::Enum(&PROVIDER_ZIPKIN_TRACING_PROVIDER_TRACE_CONTEXT_OPTION),
        ),
        f("timeout", DURATION),
        l("headers", Ty::Msg(&PROVIDER_HTTP_HEADER)),
    ],
};

static PROVIDER_LIGHTSTEP_TRACING_PROVIDER: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.LightstepTracingProvider",
    fields: &[
        f("service", STR),
        f("port", UINT32),
        f("access_token", STR),
        f("max_tag_length", UINT32),
    ],
};

static PROVIDER_DATADOG_TRACING_PROVIDER: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.DatadogTracingProvider",
    fields: &[
        f("service", STR),
        f("port", UINT32),
        f("max_tag_length", UINT32),
    ],
};

static PROVIDER_STACKDRIVER_PROVIDER: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.StackdriverProvider",
    fields: &[
        f("debug", BOOL),
        w("max_number_of_attributes", INT64),
        w("max_number_of_annotations", INT64),
        w("max_number_of_message_events", INT64),
        f("max_tag_length", UINT32),
        f("logging", Ty::Msg(&PROVIDER_STACKDRIVER_PROVIDER_LOGGING)),
    ],
};

static PROVIDER_OPEN_CENSUS_AGENT_TRACING_PROVIDER: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.OpenCensusAgentTracingProvider",
    fields: &[
        f("service", STR),
        f("port", UINT32),
        l(
            "context",
            Ty::Enum(&PROVIDER_OPEN_CENSUS_AGENT_TRACING_PROVIDER_TRACE_CONTEXT),
        ),
        f("max_tag_length", UINT32),
    ],
};

static PROVIDER_SKY_WALKING_TRACING_PROVIDER: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.SkyWalkingTracingProvider",
    fields: &[f("service", STR), f("port", UINT32), f("access_token", STR)],
};

static PROVIDER_OPEN_TELEMETRY_TRACING_PROVIDER: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.OpenTelemetryTracingProvider",
    fields: &[
        f("service", STR),
        f("port", UINT32),
        f("max_tag_length", UINT32),
        f("http", Ty::Msg(&PROVIDER_HTTP_SERVICE)),
        f("grpc", Ty::Msg(&PROVIDER_GRPC_SERVICE)),
        f("resource_detectors", Ty::Msg(&PROVIDER_RESOURCE_DETECTORS)),
        f(
            "service_attribute_enrichment",
            Ty::Enum(&PROVIDER_SERVICE_ATTRIBUTE_ENRICHMENT),
        ),
        f(
            "dynatrace_sampler",
            Ty::Msg(&PROVIDER_OPEN_TELEMETRY_TRACING_PROVIDER_DYNATRACE_SAMPLER),
        ),
    ],
};

static PROVIDER_PROMETHEUS_METRICS_PROVIDER: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.PrometheusMetricsProvider",
    fields: &[],
};

static PROVIDER_ENVOY_FILE_ACCESS_LOG_PROVIDER: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyFileAccessLogProvider",
    fields: &[
        f("path", STR),
        f(
            "log_format",
            Ty::Msg(&PROVIDER_ENVOY_FILE_ACCESS_LOG_PROVIDER_LOG_FORMAT),
        ),
        f("omit_empty_values", BOOL),
    ],
};

static PROVIDER_ENVOY_HTTP_GRPC_V3_LOG_PROVIDER: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyHttpGrpcV3LogProvider",
    fields: &[
        f("service", STR),
        f("port", UINT32),
        f("log_name", STR),
        l("filter_state_objects_to_log", STR),
        l("additional_request_headers_to_log", STR),
        l("additional_response_headers_to_log", STR),
        l("additional_response_trailers_to_log", STR),
    ],
};

static PROVIDER_ENVOY_TCP_GRPC_V3_LOG_PROVIDER: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyTcpGrpcV3LogProvider",
    fields: &[
        f("service", STR),
        f("port", UINT32),
        f("log_name", STR),
        l("filter_state_objects_to_log", STR),
    ],
};

static PROVIDER_ENVOY_OPEN_TELEMETRY_LOG_PROVIDER: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyOpenTelemetryLogProvider",
    fields: &[
        f("service", STR),
        f("port", UINT32),
        f("log_name", STR),
        f(
            "log_format",
            Ty::Msg(&PROVIDER_ENVOY_OPEN_TELEMETRY_LOG_PROVIDER_LOG_FORMAT),
        ),
    ],
};

static PROVIDER_SDS_PROVIDER: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.SDSProvider",
    fields: &[f("name", STR), f("service", STR), f("port", UINT32)],
};

static LABEL_SELECTOR_REQUIREMENT: Message = Message {
    name: "istio.mesh.v1alpha1.LabelSelectorRequirement",
    fields: &[f("key", STR), f("operator", STR), l("values", STR)],
};

static MESH_PROXY_PATH_NORMALIZATION_NORMALIZATION_TYPE: Enum = Enum {
    name: "istio.mesh.v1alpha1.MeshConfig.ProxyPathNormalization.NormalizationType",
    values: &[
        ("DEFAULT", 0),
        ("NONE", 1),
        ("BASE", 2),
        ("MERGE_SLASHES", 3),
        ("DECODE_AND_MERGE_SLASHES", 4),
    ],
};

static MESH_TLS_CONFIG_TLS_PROTOCOL: Enum = Enum {
    name: "istio.mesh.v1alpha1.MeshConfig.TLSConfig.TLSProtocol",
    values: &[("TLS_AUTO", 0), ("TLSV1_2", 1), ("TLSV1_3", 2)],
};

static TRACING_ZIPKIN: Message = Message {
    name: "istio.mesh.v1alpha1.Tracing.Zipkin",
    fields: &[f("address", STR)],
};

static TRACING_LIGHTSTEP: Message = Message {
    name: "istio.mesh.v1alpha1.Tracing.Lightstep",
    fields: &[f("address", STR), f("access_token", STR)],
};

static TRACING_DATADOG: Message = Message {
    name: "istio.mesh.v1alpha1.Tracing.Datadog",
    fields: &[f("address", STR)],
};

static TRACING_STACKDRIVER: Message = Message {
    name: "istio.mesh.v1alpha1.Tracing.Stackdriver",
    fields: &[
        f("debug", BOOL),
        w("max_number_of_attributes", INT64),
        w("max_number_of_annotations", INT64),
        w("max_number_of_message_events", INT64),
    ],
};

static TRACING_OPEN_CENSUS_AGENT: Message = Message {
    name: "istio.mesh.v1alpha1.Tracing.OpenCensusAgent",
    fields: &[
        f("address", STR),
        l(
            "context",
            Ty::Enum(&TRACING_OPEN_CENSUS_AGENT_TRACE_CONTEXT),
        ),
    ],
};

static TRACING_CUSTOM_TAG: Message = Message {
    name: "istio.mesh.v1alpha1.Tracing.CustomTag",
    fields: &[
        f("literal", Ty::Msg(&TRACING_LITERAL)),
        f("environment", Ty::Msg(&TRACING_ENVIRONMENT)),
        f("header", Ty::Msg(&TRACING_REQUEST_HEADER)),
    ],
};

static FORWARD_CLIENT_CERT_DETAILS: Enum = Enum {
    name: "istio.mesh.v1alpha1.ForwardClientCertDetails",
    values: &[
        ("UNDEFINED", 0),
        ("SANITIZE", 1),
        ("FORWARD_ONLY", 2),
        ("APPEND_FORWARD", 3),
        ("SANITIZE_SET", 4),
        ("ALWAYS_FORWARD_ONLY", 5),
    ],
};

static TOPOLOGY_PROXY_PROTOCOL_CONFIGURATION: Message = Message {
    name: "istio.mesh.v1alpha1.Topology.ProxyProtocolConfiguration",
    fields: &[],
};

static NET_HTTP_HEALTH_CHECK_CONFIG: Message = Message {
    name: "istio.networking.v1alpha3.HTTPHealthCheckConfig",
    fields: &[
        f("path", STR),
        f("port", UINT32),
        f("host", STR),
        f("scheme", STR),
        l("http_headers", Ty::Msg(&NET_HTTP_HEADER)),
    ],
};

static NET_TCP_HEALTH_CHECK_CONFIG: Message = Message {
    name: "istio.networking.v1alpha3.TCPHealthCheckConfig",
    fields: &[f("host", STR), f("port", UINT32)],
};

static NET_EXEC_HEALTH_CHECK_CONFIG: Message = Message {
    name: "istio.networking.v1alpha3.ExecHealthCheckConfig",
    fields: &[l("command", STR)],
};

static NET_GRPC_HEALTH_CHECK_CONFIG: Message = Message {
    name: "istio.networking.v1alpha3.GrpcHealthCheckConfig",
    fields: &[f("port", UINT32), f("service", STR)],
};

static PRIVATE_KEY_PROVIDER_CRYPTO_MB: Message = Message {
    name: "istio.mesh.v1alpha1.PrivateKeyProvider.CryptoMb",
    fields: &[f("poll_delay", DURATION), w("fallback", BOOL)],
};

static PRIVATE_KEY_PROVIDER_QAT: Message = Message {
    name: "istio.mesh.v1alpha1.PrivateKeyProvider.QAT",
    fields: &[f("poll_delay", DURATION), w("fallback", BOOL)],
};

static PROXY_PROXY_HEADERS_SET_CURRENT_CLIENT_CERT_DETAILS: Message = Message {
    name: "istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.SetCurrentClientCertDetails",
    fields: &[
        w("subject", BOOL),
        w("cert", BOOL),
        w("chain", BOOL),
        w("dns", BOOL),
        w("uri", BOOL),
    ],
};

static PROXY_PROXY_HEADERS_REQUEST_ID: Message = Message {
    name: "istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.RequestId",
    fields: &[w("disabled", BOOL)],
};

static PROXY_PROXY_HEADERS_SERVER: Message = Message {
    name: "istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.Server",
    fields: &[w("disabled", BOOL), f("value", STR)],
};

static PROXY_PROXY_HEADERS_ATTEMPT_COUNT: Message = Message {
    name: "istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.AttemptCount",
    fields: &[w("disabled", BOOL)],
};

static PROXY_PROXY_HEADERS_ENVOY_DEBUG_HEADERS: Message = Message {
    name: "istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.EnvoyDebugHeaders",
    fields: &[w("disabled", BOOL)],
};

static PROXY_PROXY_HEADERS_METADATA_EXCHANGE_HEADERS: Message = Message {
    name: "istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.MetadataExchangeHeaders",
    fields: &[f(
        "mode",
        Ty::Enum(&PROXY_PROXY_HEADERS_METADATA_EXCHANGE_MODE),
    )],
};

static PROXY_PROXY_HEADERS_X_FORWARDED_HOST: Message = Message {
    name: "istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.XForwardedHost",
    fields: &[w("enabled", BOOL)],
};

static PROXY_PROXY_HEADERS_X_FORWARDED_PORT: Message = Message {
    name: "istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.XForwardedPort",
    fields: &[w("enabled", BOOL)],
};

static NET_CLIENT_TLS_SETTINGS_TL_SMODE: Enum = Enum {
    name: "istio.networking.v1alpha3.ClientTLSSettings.TLSmode",
    values: &[
        ("DISABLE", 0),
        ("SIMPLE", 1),
        ("MUTUAL", 2),
        ("ISTIO_MUTUAL", 3),
    ],
};

static PROVIDER_ENVOY_EXTERNAL_AUTHORIZATION_REQUEST_BODY: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyExternalAuthorizationRequestBody",
    fields: &[
        f("max_request_bytes", UINT32),
        f("allow_partial_message", BOOL),
        f("pack_as_bytes", BOOL),
    ],
};

static PROVIDER_ZIPKIN_TRACING_PROVIDER_TRACE_CONTEXT_OPTION: Enum = Enum {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.ZipkinTracingProvider.TraceContextOption",
    values: &[("USE_B3", 0), ("USE_B3_WITH_W3C_PROPAGATION", 1)],
};

static PROVIDER_HTTP_HEADER: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.HttpHeader",
    fields: &[f("name", STR), f("value", STR), f("env_name", STR)],
};

static PROVIDER_STACKDRIVER_PROVIDER_LOGGING: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.StackdriverProvider.Logging",
    fields: &[m("labels", STR)],
};

static PROVIDER_OPEN_CENSUS_AGENT_TRACING_PROVIDER_TRACE_CONTEXT: Enum = Enum {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.OpenCensusAgentTracingProvider.TraceContext",
    values: &[
        ("UNSPECIFIED", 0),
        ("W3C_TRACE_CONTEXT", 1),
        ("GRPC_BIN", 2),
        ("CLOUD_TRACE_CONTEXT", 3),
        ("B3", 4),
    ],
};

static PROVIDER_HTTP_SERVICE: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.HttpService",
    fields: &[
        f("path", STR),
        f("timeout", DURATION),
        l("headers", Ty::Msg(&PROVIDER_HTTP_HEADER)),
    ],
};

static PROVIDER_GRPC_SERVICE: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.GrpcService",
    fields: &[
        f("timeout", DURATION),
        l("initial_metadata", Ty::Msg(&PROVIDER_HTTP_HEADER)),
    ],
};

static PROVIDER_RESOURCE_DETECTORS: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.ResourceDetectors",
    fields: &[
        f(
            "environment",
            Ty::Msg(&PROVIDER_RESOURCE_DETECTORS_ENVIRONMENT_RESOURCE_DETECTOR),
        ),
        f(
            "dynatrace",
            Ty::Msg(&PROVIDER_RESOURCE_DETECTORS_DYNATRACE_RESOURCE_DETECTOR),
        ),
    ],
};

static PROVIDER_SERVICE_ATTRIBUTE_ENRICHMENT: Enum = Enum {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.ServiceAttributeEnrichment",
    values: &[("ISTIO_CANONICAL", 0), ("OTEL_SEMANTIC_CONVENTIONS", 1)],
};

static PROVIDER_OPEN_TELEMETRY_TRACING_PROVIDER_DYNATRACE_SAMPLER: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.OpenTelemetryTracingProvider.DynatraceSampler",
    fields: &[
        f("tenant", STR),
        f("cluster_id", INT32),
        f("root_spans_per_minute", UINT32),
        f(
            "http_service",
            Ty::Msg(&PROVIDER_OPEN_TELEMETRY_TRACING_PROVIDER_DYNATRACE_SAMPLER_DYNATRACE_API),
        ),
    ],
};

static PROVIDER_ENVOY_FILE_ACCESS_LOG_PROVIDER_LOG_FORMAT: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyFileAccessLogProvider.LogFormat",
    fields: &[f("text", STR), f("labels", STRUCT)],
};

static PROVIDER_ENVOY_OPEN_TELEMETRY_LOG_PROVIDER_LOG_FORMAT: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.EnvoyOpenTelemetryLogProvider.LogFormat",
    fields: &[f("text", STR), f("labels", STRUCT)],
};

static TRACING_OPEN_CENSUS_AGENT_TRACE_CONTEXT: Enum = Enum {
    name: "istio.mesh.v1alpha1.Tracing.OpenCensusAgent.TraceContext",
    values: &[
        ("UNSPECIFIED", 0),
        ("W3C_TRACE_CONTEXT", 1),
        ("GRPC_BIN", 2),
        ("CLOUD_TRACE_CONTEXT", 3),
        ("B3", 4),
    ],
};

static TRACING_LITERAL: Message = Message {
    name: "istio.mesh.v1alpha1.Tracing.Literal",
    fields: &[f("value", STR)],
};

static TRACING_ENVIRONMENT: Message = Message {
    name: "istio.mesh.v1alpha1.Tracing.Environment",
    fields: &[f("name", STR), f("default_value", STR)],
};

static TRACING_REQUEST_HEADER: Message = Message {
    name: "istio.mesh.v1alpha1.Tracing.RequestHeader",
    fields: &[f("name", STR), f("default_value", STR)],
};

static NET_HTTP_HEADER: Message = Message {
    name: "istio.networking.v1alpha3.HTTPHeader",
    fields: &[f("name", STR), f("value", STR)],
};

static PROXY_PROXY_HEADERS_METADATA_EXCHANGE_MODE: Enum = Enum {
    name: "istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.MetadataExchangeMode",
    values: &[("UNDEFINED", 0), ("IN_MESH", 1)],
};

static PROVIDER_RESOURCE_DETECTORS_ENVIRONMENT_RESOURCE_DETECTOR: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.ResourceDetectors.EnvironmentResourceDetector",
    fields: &[],
};

static PROVIDER_RESOURCE_DETECTORS_DYNATRACE_RESOURCE_DETECTOR: Message = Message {
    name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.ResourceDetectors.DynatraceResourceDetector",
    fields: &[],
};

static PROVIDER_OPEN_TELEMETRY_TRACING_PROVIDER_DYNATRACE_SAMPLER_DYNATRACE_API: Message =
    Message {
        name: "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.OpenTelemetryTracingProvider.DynatraceSampler.DynatraceApi",
        fields: &[
            f("service", STR),
            f("port", UINT32),
            f("http", Ty::Msg(&PROVIDER_HTTP_SERVICE)),
        ],
    };

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::collections::HashSet;

    /// Every message and enum reachable from MeshConfig, each once.
    fn reachable() -> (Vec<&'static Message>, Vec<&'static Enum>) {
        let (mut msgs, mut enums): (Vec<&Message>, Vec<&Enum>) = (Vec::new(), Vec::new());
        let mut todo: Vec<&Message> = vec![mesh_config()];
        while let Some(m) = todo.pop() {
            if msgs.iter().any(|x| std::ptr::eq(*x, m)) {
                continue;
            }
            msgs.push(m);
            for f in m.fields {
                match f.ty {
                    Ty::Msg(n) => todo.push(n),
                    Ty::Enum(e) if !enums.iter().any(|x| std::ptr::eq(*x, e)) => enums.push(e),
                    _ => {}
                }
            }
        }
        (msgs, enums)
    }

    #[test]
    fn description_is_consistent() {
        let (msgs, enums) = reachable();
        // Istio 1.30's MeshConfig reaches 84 messages and 19 enums.
        assert_eq!((msgs.len(), enums.len()), (84, 19));
        let names: HashSet<&str> = msgs.iter().map(|m| m.name).collect();
        assert_eq!(names.len(), msgs.len(), "a message name twice");
        for m in &msgs {
            // Keys a user may write: proto names and JSON names, none naming two fields.
            let mut keys: HashSet<String> = HashSet::new();
            for f in m.fields {
                assert!(
                    keys.insert(f.name.to_string()),
                    "{}.{} twice",
                    m.name,
                    f.name
                );
                let j = f.json_name();
                assert!(
                    j == f.name || keys.insert(j),
                    "{}: {} twice",
                    m.name,
                    f.name
                );
            }
        }
        for e in &enums {
            let n: HashSet<&str> = e.values.iter().map(|(n, _)| *n).collect();
            assert_eq!(n.len(), e.values.len(), "{}", e.name);
        }
        assert_eq!(mesh_config().fields.len(), 47);
        assert_eq!(PROXY_CONFIG.fields.len(), 39);
    }

    #[test]
    fn json_names_follow_protoc() {
        let name = |n| {
            Field {
                name: n,
                card: Card::One,
                ty: BOOL,
            }
            .json_name()
        };
        assert_eq!(name("enable_tracing"), "enableTracing");
        assert_eq!(name("mesh_mTLS"), "meshMTLS");
        assert_eq!(name("enable_64bit_trace_id"), "enable64bitTraceId");
        assert_eq!(name("k8s_sa_jwt_path"), "k8sSaJwtPath");
        assert_eq!(name("matchLabels"), "matchLabels");
        assert!(mesh_config().field("meshMTLS").is_some());
        assert!(mesh_config().field("mesh_mTLS").is_some());
        assert!(mesh_config().field("meshMtls").is_none());
    }

    fn paths(mesh: Value) -> Vec<String> {
        check(&mesh, "m").into_iter().map(|i| i.path).collect()
    }

    fn ok(mesh: Value) {
        let issues = check(&mesh, "m");
        assert!(issues.is_empty(), "{mesh}: {issues:?}");
    }

    #[test]
    fn scalars() {
        ok(json!({"enableTracing": false, "enableAutoMtls": true, "accessLogFile": "/dev/stdout"}));
        assert_eq!(paths(json!({"enableTracing": "true"})), ["m.enableTracing"]);
        assert_eq!(paths(json!({"enableAutoMtls": 1})), ["m.enableAutoMtls"]);
        assert_eq!(paths(json!({"accessLogFile": 1})), ["m.accessLogFile"]);
        assert_eq!(paths(json!({"trustDomain": false})), ["m.trustDomain"]);
        let i = &check(&json!({"enableTracing": "maybe"}), "spec.meshConfig")[0];
        assert_eq!(
            format!("{}: {}", i.path, i.message),
            "spec.meshConfig.enableTracing: expected a boolean (true or false), got \"maybe\""
        );
    }

    #[test]
    fn integers() {
        for v in [
            json!(15001),
            json!("15001"),
            json!(" 15001 "),
            json!(15001.0),
            json!("null"),
            json!(-5),
        ] {
            ok(json!({"proxyListenPort": v}));
        }
        for v in [
            json!("15001.0"),
            json!("+1"),
            json!("01"),
            json!("0x10"),
            json!(""),
            json!(1.5),
            json!(true),
            json!(3_000_000_000u64),
            json!("99999999999999999999999999999999999999999999"),
        ] {
            assert_eq!(paths(json!({"proxyListenPort": v})).len(), 1, "{v}");
        }
        // Unsigned: no negatives, not even -0.
        let tag = |v: Value| json!({"defaultConfig": {"tracing": {"maxPathTagLength": v}}});
        ok(tag(json!(4_294_967_295u64)));
        for v in [json!(-1), json!("-0"), json!(-0.0), json!(4_294_967_296u64)] {
            assert_eq!(paths(tag(v.clone())).len(), 1, "{v}");
        }
        // Wrappers read as what they wrap.
        ok(json!({"defaultConfig": {"concurrency": "4"}}));
        assert_eq!(
            paths(json!({"defaultConfig": {"concurrency": "abc"}})),
            ["m.defaultConfig.concurrency"]
        );
        let i = &check(&json!({"proxyListenPort": 70_000_000_000u64}), "m")[0];
        assert!(
            i.message.contains("out of range for int32"),
            "{}",
            i.message
        );
    }

    #[test]
    fn doubles() {
        let s = |v: Value| json!({"defaultConfig": {"tracing": {"sampling": v}}});
        for v in [
            json!(1),
            json!(0.5),
            json!("50"),
            json!("1e2"),
            json!("NaN"),
            json!("-Infinity"),
        ] {
            ok(s(v));
        }
        for v in [
            json!("nan"),
            json!("1e400"),
            json!(true),
            json!("5%"),
            json!("1."),
        ] {
            assert_eq!(paths(s(v.clone())).len(), 1, "{v}");
        }
    }

    #[test]
    fn durations() {
        for d in [
            "10s",
            "1m30s",
            ".5s",
            "5.s",
            "+2s",
            "-1h",
            "0",
            "-0",
            "1h2m3s4ms5us6ns",
            "1µs",
            "1μs",
            "2562047h",
        ] {
            assert_eq!(go_duration(d), Ok(()), "{d}");
        }
        for d in [
            "",
            "5",
            "00",
            "2S",
            "2 s",
            "s",
            ".s",
            "1..5s",
            "-",
            "2562048h",
            "1e3s",
            "1sm",
            "9223372036854775808ns",
        ] {
            assert!(go_duration(d).is_err(), "{d}");
        }
        assert_eq!(go_duration("-9223372036854775808ns"), Ok(()));
        assert!(go_duration("5").unwrap_err().contains("missing unit"));
        assert!(
            go_duration("2S")
                .unwrap_err()
                .contains("unknown unit \"S\"")
        );
        assert_eq!(paths(json!({"connectTimeout": 5})), ["m.connectTimeout"]);
        assert_eq!(
            paths(json!({"connectTimeout": {"seconds": 1}})),
            ["m.connectTimeout"]
        );
    }

    #[test]
    fn enums() {
        let mode = |v: Value| json!({"outboundTrafficPolicy": {"mode": v}});
        for v in [
            json!("ALLOW_ANY"),
            json!(1),
            json!(7),
            json!(-3),
            json!(1.0),
            Value::Null,
        ] {
            ok(mode(v));
        }
        for v in [
            json!("BAD"),
            json!("1"),
            json!(1.5),
            json!(3_000_000_000u64),
            json!(true),
        ] {
            assert_eq!(paths(mode(v.clone())).len(), 1, "{v}");
        }
        let i = &check(&mode(json!("allow_any")), "m")[0];
        assert_eq!(i.suggestion.as_deref(), Some("ALLOW_ANY"));
        assert!(
            i.message
                .contains("REGISTRY_ONLY, ALLOW_ANY, ALLOW_ANY_DYNAMIC_DNS")
        );
    }

    #[test]
    fn containers() {
        ok(json!({
            "trustDomainAliases": ["a", null],
            "defaultConfig": {"proxyMetadata": {"A": "1", "B": null}},
            "extensionProviders": [null, {"name": "x", "envoyFileAccessLog": {
                "logFormat": {"labels": {"a": [1, {"b": null}]}}}}],
        }));
        assert_eq!(
            paths(json!({"trustDomainAliases": "a"})),
            ["m.trustDomainAliases"]
        );
        assert_eq!(
            paths(json!({"trustDomainAliases": [1]})),
            ["m.trustDomainAliases[0]"]
        );
        assert_eq!(
            paths(json!({"defaultConfig": {"proxyMetadata": {"A": 1}}})),
            ["m.defaultConfig.proxyMetadata.A"]
        );
        assert_eq!(
            paths(json!({"defaultConfig": {"proxyMetadata": ["a"]}})),
            ["m.defaultConfig.proxyMetadata"]
        );
        assert_eq!(
            paths(
                json!({"extensionProviders": [{"envoyFileAccessLog": {"logFormat": {"labels": 5}}}]})
            ),
            ["m.extensionProviders[0].envoyFileAccessLog.logFormat.labels"]
        );
        assert_eq!(
            paths(json!({"outboundTrafficPolicy": []})),
            ["m.outboundTrafficPolicy"]
        );
        assert_eq!(paths(json!(5)), ["m"]);
        ok(Value::Null);
        // Several problems are all reported.
        assert_eq!(
            paths(
                json!({"enableTracing": 1, "defaultConfig": {"concurrency": "x", "statusPort": true}})
            ),
            [
                "m.enableTracing",
                "m.defaultConfig.concurrency",
                "m.defaultConfig.statusPort"
            ]
        );
    }

    #[test]
    fn spellings_and_unknown_fields() {
        assert_eq!(paths(json!({"enable_tracing": "x"})), ["m.enable_tracing"]);
        // The JSON name wins; the proto-name spelling is then not read.
        ok(json!({"proxy_listen_port": "abc", "proxyListenPort": 1}));
        assert_eq!(
            paths(json!({"proxyListenPort": "abc", "proxy_listen_port": 1})),
            ["m.proxyListenPort"]
        );
        ok(json!({"notAField": 1, "EnableTracing": "x", "defaultConfig": {"foo": [1]}}));
        assert_eq!(
            paths(json!({"mesh_mTLS": {"minProtocolVersion": "x"}})),
            ["m.mesh_mTLS.minProtocolVersion"]
        );
    }

    #[test]
    fn merged_operator() {
        // spec.meshConfig is copied into the values: its problems are reported once.
        let iop = json!({"spec": {
            "meshConfig": {"enableTracing": "x"},
            "values": {"meshConfig": {"enableTracing": "x", "accessLogFile": 1}},
        }});
        let got: Vec<String> = check_iop(&iop).into_iter().map(|i| i.path).collect();
        assert_eq!(
            got,
            [
                "spec.meshConfig.enableTracing",
                "spec.values.meshConfig.accessLogFile"
            ]
        );
        // A null spec.meshConfig reaches the values as "<nil>".
        let iop = json!({"spec": {"meshConfig": null, "values": {"meshConfig": "<nil>"}}});
        let got = check_iop(&iop);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].path, "spec.meshConfig");
        assert!(got[0].message.contains("got null"));
        assert!(check_iop(&json!({"spec": {"meshConfig": null}})).is_empty());
        assert!(check_iop(&json!({"spec": {}})).is_empty());
        assert!(check_iop(&json!({})).is_empty());
    }
}
