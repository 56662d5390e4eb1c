//! Istio sidecar-injector template helpers, layered over Sprig (Istio's injector builds
//! its function map from Sprig's and then overrides/adds these):
//!
//! | name | behaviour |
//! |---|---|
//! | `annotation META NAME DEFAULT` | `META.Annotations[NAME]` if present, else `DEFAULT` printed with `%v` |
//! | `isset MAP KEY` | whether `KEY` is present in `MAP` |
//! | `excludeInboundPort PORT LIST` | appends `PORT` (printed, trimmed) to the comma list unless empty, `0` or already there |
//! | `includeInboundPorts CONTAINERS` | comma list of every container's TCP container ports |
//! | `applicationPorts CONTAINERS` | same, skipping the container named `istio-proxy` |
//! | `kubevirtInterfaces S`, `excludeInterfaces S` | identity |
//! | `valueOrDefault V D` | `D` when `V` is nil or `""`, else `V` |
//! | `toJSON M` | JSON of a string map; `{}` for nil (Sprig's `toJson` stays) |
//! | `fromJSON S` | decoded JSON; the string `{}` when invalid |
//! | `structToJSON V`, `protoToJSON V` | JSON of any value; `{}` for nil (`protoToJSON` of an object: its `Object::proto_json_text`) |
//! | `toYaml V` | sigs.k8s.io/yaml output, trailing newline kept |
//! | `indent N S` | indents every line but the first by `N` spaces |
//! | `directory P` | directory part of a slash path, with trailing `/` |
//! | `contains NEEDLE HAYSTACK` | substring test |
//! | `toLower S` | lower case |
//! | `appendMultusNetwork EXISTING NET` | adds `NET` to a Multus networks annotation (JSON list or comma list) unless present |
//! | `env KEY DEFAULT` | environment variable or default |
//! | `omit MAP KEYS...` | copy without the keys |
//! | `strdict K V ...` | string map from pairs (odd trailing key maps to `""`) |
//! | `toJsonMap MAPS...` | JSON of the union of string maps (later wins) |
//! | `mergeMaps MAPS...` | union of string maps (later wins) |
//! | `omitNil V` | drops nil entries of maps and lists, recursively; a map or list left empty by that becomes nil |
//! | `formatDuration D` | a `*durationpb.Duration` (an object with `GetSeconds`/`GetNanos`) as Go prints a `time.Duration`; nil is `0s` |
//! | `otelResourceAttributes MESH ANNOTATIONS LABELS NAMESPACE CONTAINERS` | the `OTEL_RESOURCE_ATTRIBUTES` value (see [`otel_resource_attributes`]) |
//!
//! Containers and object meta are plain maps whose keys are Go field names
//! (`Ports`, `ContainerPort`, `Protocol`, `Name`, `Annotations`); JSON names
//! (`ports`, `containerPort`, ...) are accepted as a fallback.

use super::conv::strval;
use super::{FErr, FuncMap, int, s};
use crate::encode::{from_json, to_json, to_yaml};
use crate::fmt::fmt_v;
use crate::value::Value;
use std::collections::BTreeMap;

fn get(v: &Value, go: &str, json: &str) -> Value {
    if let Value::Obj(o) = v {
        return o.field(go).unwrap_or(Value::Missing);
    }
    if let Value::Map(m) = v {
        let m = m.borrow();
        if let Some(x) = m.get(go) {
            return x.clone();
        }
        if let Some(x) = m.get(json) {
            return x.clone();
        }
    }
    Value::Missing
}

fn container_ports(v: &Value, skip_proxy: bool) -> String {
    let mut parts = Vec::new();
    if let Value::List(cs) = v {
        for c in cs.iter() {
            if skip_proxy && strval(&get(c, "Name", "name")) == "istio-proxy" {
                continue;
            }
            if let Value::List(ps) = get(c, "Ports", "ports") {
                for p in ps.iter() {
                    let proto = strval(&get(p, "Protocol", "protocol"));
                    if proto == "UDP" || proto == "SCTP" {
                        continue;
                    }
                    let port = get(p, "ContainerPort", "containerPort");
                    parts.push(match port {
                        Value::Float(f) => (f as i64).to_string(),
                        Value::Missing | Value::Nil => "0".into(),
                        other => strval(&other),
                    });
                }
            }
        }
    }
    parts.join(",")
}

fn string_map(v: &Value) -> BTreeMap<String, Value> {
    match v {
        Value::Map(m) => m
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), Value::string(strval(v))))
            .collect(),
        _ => BTreeMap::new(),
    }
}

/// Whether a nil sits anywhere in `v`.
fn has_nil(v: &Value) -> bool {
    match v {
        Value::Missing | Value::Nil => true,
        Value::Map(m) => m.borrow().values().any(has_nil),
        Value::List(l) => l.iter().any(has_nil),
        _ => false,
    }
}

/// Istio's `omitNil`: maps and lists holding a nil (at any depth) lose their nil entries,
/// and a map or list left empty by that is itself nil (and dropped from its parent). Values
/// holding no nil come back unchanged, empty ones included.
fn omit_nil(v: &Value) -> Value {
    if !has_nil(v) {
        return v.clone();
    }
    match v {
        Value::Map(m) => {
            let out: BTreeMap<String, Value> = m
                .borrow()
                .iter()
                .map(|(k, x)| (k.clone(), omit_nil(x)))
                .filter(|(_, x)| !x.is_nilish())
                .collect();
            if out.is_empty() {
                Value::Nil
            } else {
                Value::map(out)
            }
        }
        Value::List(l) => {
            let out: Vec<Value> = l.iter().map(omit_nil).filter(|x| !x.is_nilish()).collect();
            if out.is_empty() {
                Value::Nil
            } else {
                Value::list(out)
            }
        }
        _ => Value::Nil,
    }
}

/// A string field of a struct (or map), `""` when unset.
fn text_field(v: &Value, go: &str, json: &str) -> String {
    match get(v, go, json) {
        Value::Missing | Value::Nil => String::new(),
        x => strval(&x),
    }
}

/// A protobuf message's field: through its getter `GetX` on an object (a Go struct), else
/// the JSON name `x` of a map. Missing when neither has it.
fn proto_field(v: &Value, go: &str, json: &str) -> Value {
    match v {
        Value::Obj(o) => o.field(&format!("Get{go}")).unwrap_or(Value::Missing),
        Value::Map(m) => m.borrow().get(json).cloned().unwrap_or(Value::Missing),
        _ => Value::Missing,
    }
}

/// `v[key]` of a string map, else Missing.
fn key(v: &Value, k: &str) -> Value {
    match v {
        Value::Map(m) => m.borrow().get(k).cloned().unwrap_or(Value::Missing),
        _ => Value::Missing,
    }
}

/// Whether an OpenTelemetry extension provider of the mesh config asks for the OpenTelemetry
/// semantic conventions (`serviceAttributeEnrichment: OTEL_SEMANTIC_CONVENTIONS`, enum value 1).
fn otel_semantic_conventions(mesh: &Value) -> bool {
    let Value::List(providers) = proto_field(mesh, "ExtensionProviders", "extensionProviders")
    else {
        return false;
    };
    providers.iter().any(|p| {
        let otel = proto_field(p, "Opentelemetry", "opentelemetry");
        match proto_field(
            &otel,
            "ServiceAttributeEnrichment",
            "serviceAttributeEnrichment",
        ) {
            Value::Str(s) => &*s == "OTEL_SEMANTIC_CONVENTIONS",
            Value::Int(n) => n == 1,
            Value::Float(f) => f == 1.0,
            Value::Obj(e) => matches!(e.field("Number"), Some(Value::Int(1))),
            _ => false,
        }
    })
}

/// The tag and digest of an image reference (`[registry[:port]/]name[:tag][@digest]`): the
/// digest follows the first `@`; the tag follows a `:` that comes after the last `/`.
fn image_tag_digest(image: &str) -> (&str, &str) {
    let (name, digest) = match image.split_once('@') {
        Some((n, d)) => (n, d),
        None => (image, ""),
    };
    let tag = match (name.rfind(':'), name.rfind('/')) {
        (Some(c), Some(s)) if c > s => &name[c + 1..],
        (Some(c), None) => &name[c + 1..],
        _ => "",
    };
    (tag, digest)
}

/// The `OTEL_RESOURCE_ATTRIBUTES` value Istio's injector computes for a pod, empty unless
/// an OpenTelemetry provider of `mesh` uses the OpenTelemetry semantic conventions. Comma
/// separated, each attribute only when known, in this order:
///
/// - `service.namespace`: the `resource.opentelemetry.io/service.namespace` annotation, else
///   the namespace;
/// - `service.version`: the `resource.opentelemetry.io/service.version` annotation, else the
///   `app.kubernetes.io/version` label, else, for a pod of exactly one container, its image's
///   `TAG@DIGEST`, digest or tag;
/// - `service.instance.id`: the `resource.opentelemetry.io/service.instance.id` annotation,
///   else `NAMESPACE.$(POD_NAME).FIRST-CONTAINER` (the pod name is only known to the kubelet,
///   which expands `$(POD_NAME)`).
///
/// Annotation and label values count only when non-empty.
pub fn otel_resource_attributes(
    mesh: &Value,
    annotations: &Value,
    labels: &Value,
    namespace: &str,
    containers: &[Value],
) -> String {
    if !otel_semantic_conventions(mesh) {
        return String::new();
    }
    let nonempty = |m: &Value, k: &str| match key(m, k) {
        Value::Str(s) if !s.is_empty() => Some(s.to_string()),
        _ => None,
    };
    let mut attrs = Vec::new();
    if let Some(v) = nonempty(annotations, "resource.opentelemetry.io/service.namespace") {
        attrs.push(format!("service.namespace={v}"));
    } else if !namespace.is_empty() {
        attrs.push(format!("service.namespace={namespace}"));
    }
    let version = nonempty(annotations, "resource.opentelemetry.io/service.version")
        .or_else(|| nonempty(labels, "app.kubernetes.io/version"))
        .or_else(|| match containers {
            [only] => {
                let image = text_field(only, "Image", "image");
                match image_tag_digest(&image) {
                    ("", "") => None,
                    (tag, "") => Some(tag.to_string()),
                    ("", digest) => Some(digest.to_string()),
                    (tag, digest) => Some(format!("{tag}@{digest}")),
                }
            }
            _ => None,
        });
    if let Some(v) = version {
        attrs.push(format!("service.version={v}"));
    }
    if let Some(v) = nonempty(annotations, "resource.opentelemetry.io/service.instance.id") {
        attrs.push(format!("service.instance.id={v}"));
    } else if let Some(first) = containers.first() {
        let name = text_field(first, "Name", "name");
        attrs.push(format!(
            "service.instance.id={namespace}.$(POD_NAME).{name}"
        ));
    }
    attrs.join(",")
}

pub fn register(m: &mut FuncMap) {
    m.add("otelResourceAttributes", 5, |_, a| {
        let ann = super::map(a, 1)?;
        let labels = super::map(a, 2)?;
        let ns = s(a, 3)?;
        let containers: Vec<Value> = match &a[4] {
            Value::List(l) => l.to_vec(),
            Value::Missing | Value::Nil => Vec::new(),
            v => return Err(super::wrong_type("[]v1.Container", v)),
        };
        Ok(Value::string(otel_resource_attributes(
            &a[0],
            &Value::Map(ann),
            &Value::Map(labels),
            ns,
            &containers,
        )))
    });
    m.add("formatDuration", 1, |_, a| {
        let nanos = match &a[0] {
            Value::Missing | Value::Nil => 0,
            Value::Obj(o) if o.type_name() == "*durationpb.Duration" => {
                let part = |f: &str| match o.field(f) {
                    Some(Value::Int(n)) => n as i128,
                    _ => 0,
                };
                part("GetSeconds") * 1_000_000_000 + part("GetNanos")
            }
            v => return Err(super::wrong_type("*durationpb.Duration", v)),
        };
        Ok(Value::string(super::sprig_extra::go_duration(nanos)))
    });
    m.add("isset", 2, |_, a| {
        let k = s(a, 1)?;
        Ok(Value::Bool(match &a[0] {
            Value::Map(m) => m.borrow().contains_key(k),
            _ => false,
        }))
    });
    m.add("excludeInboundPort", 2, |_, a| {
        let port = match &a[0] {
            Value::Missing | Value::Nil => "<nil>".to_string(),
            v => fmt_v(v),
        };
        let port = port.trim().to_string();
        let list = s(a, 1)?;
        if port.is_empty() || port == "0" {
            return Ok(Value::str(list));
        }
        let mut out = Vec::new();
        for p in list.split(',') {
            if p == port {
                return Ok(Value::str(list));
            }
            let p = p.trim();
            if !p.is_empty() {
                out.push(p.to_string());
            }
        }
        out.push(port);
        Ok(Value::string(out.join(",")))
    });
    m.add("includeInboundPorts", 1, |_, a| {
        Ok(Value::string(container_ports(&a[0], false)))
    });
    m.add("applicationPorts", 1, |_, a| {
        Ok(Value::string(container_ports(&a[0], true)))
    });
    m.add("kubevirtInterfaces", 1, |_, a| Ok(Value::str(s(a, 0)?)));
    m.add("excludeInterfaces", 1, |_, a| Ok(Value::str(s(a, 0)?)));
    m.add("annotation", 3, |_, a| {
        let ann = get(&a[0], "Annotations", "annotations");
        if let Value::Map(m) = &ann
            && let Some(v) = m.borrow().get(s(a, 1)?)
        {
            return Ok(Value::string(strval(v)));
        }
        Ok(Value::string(fmt_v(&a[2])))
    });
    m.add("valueOrDefault", 2, |_, a| {
        Ok(match &a[0] {
            Value::Missing | Value::Nil => a[1].clone(),
            Value::Str(x) if x.is_empty() => a[1].clone(),
            v => v.clone(),
        })
    });
    m.add("toJSON", 1, |_, a| {
        Ok(Value::string(match &a[0] {
            Value::Missing | Value::Nil => "{}".into(),
            v => to_json(&Value::map(string_map(v)), true, None),
        }))
    });
    m.add("fromJSON", 1, |_, a| {
        Ok(from_json(s(a, 0)?).unwrap_or(Value::str("{}")))
    });
    m.add("structToJSON", 1, |_, a| {
        Ok(Value::string(match &a[0] {
            Value::Missing | Value::Nil => "{}".into(),
            v => to_json(v, true, None),
        }))
    });
    m.add("protoToJSON", 1, |_, a| {
        Ok(Value::string(match &a[0] {
            Value::Missing | Value::Nil => "{}".into(),
            Value::Obj(o) => match o.proto_json_text() {
                Some(t) => t,
                None => to_json(&a[0], true, None),
            },
            v => to_json(v, true, None),
        }))
    });
    m.add("toYaml", 1, |_, a| Ok(Value::string(to_yaml(&a[0]))));
    m.add("indent", 2, |_, a| {
        let n = int(a, 0)?.max(0) as usize;
        let src = s(a, 1)?;
        let lines = src.bytes().filter(|&b| b == b'\n').count() as i128;
        let size = n as i128 * lines + src.len() as i128;
        super::check_size("indent", size, crate::exec::MAX_OUTPUT)?;
        if lines == 0 {
            // Only lines after the first are padded: nothing to pad, however wide.
            return Ok(Value::str(src));
        }
        let pad = " ".repeat(n);
        Ok(Value::string(src.replace('\n', &format!("\n{pad}"))))
    });
    m.add("directory", 1, |_, a| {
        let p = s(a, 0)?;
        Ok(Value::string(match p.rfind('/') {
            Some(i) => p[..=i].to_string(),
            None => String::new(),
        }))
    });
    m.add("contains", 2, |_, a| {
        Ok(Value::Bool(s(a, 1)?.contains(s(a, 0)?)))
    });
    m.add("toLower", 1, |_, a| {
        Ok(Value::string(s(a, 0)?.to_lowercase()))
    });
    m.add("appendMultusNetwork", 2, |_, a| {
        let (existing, net) = (s(a, 0)?, s(a, 1)?);
        if existing.is_empty() {
            return Ok(Value::str(net));
        }
        if let Some(i) = existing.rfind(']') {
            let Ok(Value::List(l)) = from_json(existing) else {
                return Ok(Value::str(existing));
            };
            for n in l.iter() {
                if strval(&get(n, "name", "name")) == net {
                    return Ok(Value::str(existing));
                }
            }
            return Ok(Value::string(format!(
                "{}, {{\"name\": \"{net}\"}}{}",
                &existing[..i],
                &existing[i..]
            )));
        }
        if existing.split(',').any(|n| n.trim() == net) {
            return Ok(Value::str(existing));
        }
        Ok(Value::string(format!("{existing}, {net}")))
    });
    m.add("env", 2, |e, a| {
        let (k, d) = (s(a, 0)?, s(a, 1)?);
        Ok(Value::string(
            (e.set.host.env)(k)
                .filter(|v| !v.is_empty())
                .unwrap_or_else(|| d.to_string()),
        ))
    });
    m.addv("omit", 1, |_, a| {
        let mut out = string_map(&a[0]);
        for i in 1..a.len() {
            out.remove(s(a, i)?);
        }
        Ok(Value::map(out))
    });
    m.addv("strdict", 0, |_, a| {
        let mut out = BTreeMap::new();
        let mut i = 0;
        while i < a.len() {
            let k = s(a, i)?.to_string();
            let v = if i + 1 < a.len() {
                s(a, i + 1)?.to_string()
            } else {
                String::new()
            };
            out.insert(k, Value::string(v));
            i += 2;
        }
        Ok(Value::map(out))
    });
    m.addv("toJsonMap", 0, |_, a| {
        let mut out = BTreeMap::new();
        for v in a {
            out.extend(string_map(v));
        }
        Ok(Value::string(to_json(&Value::map(out), true, None)))
    });
    m.addv("mergeMaps", 0, |_, a| {
        let mut out = BTreeMap::new();
        for v in a {
            out.extend(string_map(v));
        }
        Ok(Value::map(out))
    });
    m.add("omitNil", 1, |_, a| Ok(omit_nil(&a[0])));
    let _ = FErr::Call;
}
