//! The data model injection templates run over.
//!
//! Istio hands its templates Go structs, so templates address the pod with Go field names
//! (`.ObjectMeta.Annotations`, `.Spec.Containers`, `$p.ContainerPort`). [`GoView`] exposes a
//! generic JSON value (the user's object, never a typed struct) under those names, and
//! serialises back with the JSON names (`structToJSON $p` gives `{"name":..,"containerPort":..}`).

use gotmpl::{Object, Value};
use serde_json::Value as Json;
use std::rc::Rc;

/// Fields whose value is a string map (user keys, never renamed).
const STRING_MAPS: &[&str] = &[
    "annotations",
    "labels",
    "nodeSelector",
    "matchLabels",
    "limits",
    "requests",
    "proxyMetadata",
    "runtimeValues",
    "data",
];

/// Go field name → JSON name, for names that do not just lower-case their first letter.
fn json_name(go: &str) -> String {
    match go {
        "ObjectMeta" => "metadata".into(),
        "TypeMeta" => "".into(),
        "APIVersion" => "apiVersion".into(),
        "HTTPGet" => "httpGet".into(),
        "TCPSocket" => "tcpSocket".into(),
        "GRPC" => "grpc".into(),
        "HTTPHeaders" => "httpHeaders".into(),
        "HostIP" => "hostIP".into(),
        "PodIP" => "podIP".into(),
        "UID" => "uid".into(),
        "SELinuxOptions" => "seLinuxOptions".into(),
        "DNSPolicy" => "dnsPolicy".into(),
        "DNSConfig" => "dnsConfig".into(),
        "TTY" => "tty".into(),
        "EnvFrom" => "envFrom".into(),
        _ => {
            let mut c = go.chars();
            match c.next() {
                Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
                None => String::new(),
            }
        }
    }
}

/// A JSON object seen as a Go struct.
#[derive(Debug)]
pub struct GoView {
    pub json: Json,
    /// Exact JSON for `structToJSON`; defaults to the value in Go field order.
    pub json_override: Option<String>,
    /// Extra computed fields (Go name → value), consulted first.
    pub extra: Vec<(String, Value)>,
}

impl GoView {
    pub fn value(json: Json) -> Value {
        Value::Obj(Rc::new(GoView {
            json,
            json_override: None,
            extra: Vec::new(),
        }))
    }
}

/// Converts a JSON child to a template value: objects stay Go-named views.
pub fn child(key: &str, v: &Json) -> Value {
    match v {
        Json::Object(_) if STRING_MAPS.contains(&key) => Value::from_json(v),
        Json::Object(_) => GoView::value(v.clone()),
        Json::Array(a) => Value::list(a.iter().map(|e| child(key, e)).collect()),
        other => Value::from_json(other),
    }
}

/// Go's field order for the structs whose JSON templates print.
fn go_order(v: &Json) -> Json {
    match v {
        Json::Object(m) if m.contains_key("containerPort") => {
            let mut out = serde_json::Map::new();
            for k in ["name", "hostPort", "containerPort", "protocol", "hostIP"] {
                if let Some(x) = m.get(k) {
                    out.insert(k.into(), x.clone());
                }
            }
            for (k, x) in m {
                if !out.contains_key(k) {
                    out.insert(k.clone(), x.clone());
                }
            }
            Json::Object(out)
        }
        other => other.clone(),
    }
}

impl Object for GoView {
    fn type_name(&self) -> &str {
        "struct"
    }
    fn field(&self, name: &str) -> Option<Value> {
        if let Some((_, v)) = self.extra.iter().find(|(k, _)| k == name) {
            return Some(v.clone());
        }
        let key = json_name(name);
        let Some(obj) = self.json.as_object() else {
            return Some(Value::Nil);
        };
        Some(match obj.get(&key) {
            Some(v) => child(&key, v),
            None if STRING_MAPS.contains(&key.as_str()) => Value::empty_map(),
            None => Value::Nil,
        })
    }
    fn display(&self) -> String {
        self.json.to_string()
    }
    fn json_text(&self) -> Option<String> {
        Some(
            self.json_override
                .clone()
                .unwrap_or_else(|| go_order(&self.json).to_string()),
        )
    }
    fn to_value(&self) -> Value {
        Value::from_json(&self.json)
    }
}

/// The root of the injection templates' data: Istio's `*inject.SidecarTemplateData`, a
/// struct, so a name that is none of its fields is an error (not `<no value>`).
#[derive(Debug, Clone)]
pub struct TemplateData {
    fields: Vec<(&'static str, Value)>,
}

impl TemplateData {
    pub fn new(fields: Vec<(&'static str, Value)>) -> TemplateData {
        TemplateData { fields }
    }
    /// A field's value.
    pub fn field_value(&self, name: &str) -> Option<Value> {
        self.fields
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.clone())
    }
    /// Adds a field.
    pub fn add(&mut self, name: &'static str, v: Value) {
        self.fields.push((name, v));
    }
    /// Replaces a field's value.
    pub fn set(&mut self, name: &str, v: Value) {
        if let Some(slot) = self.fields.iter_mut().find(|(k, _)| *k == name) {
            slot.1 = v;
        }
    }
}

impl Object for TemplateData {
    fn type_name(&self) -> &str {
        "*inject.SidecarTemplateData"
    }
    fn field(&self, name: &str) -> Option<Value> {
        self.fields
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.clone())
    }
    fn display(&self) -> String {
        let parts: Vec<String> = self
            .fields
            .iter()
            .map(|(_, v)| gotmpl::fmt::fmt_v(v))
            .collect();
        format!("&{{{}}}", parts.join(" "))
    }
    fn to_value(&self) -> Value {
        Value::map(
            self.fields
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        )
    }
}
