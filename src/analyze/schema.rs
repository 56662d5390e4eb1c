//! The field-type fact base of Istio's resources, read from the same description the bundled
//! CRDs are generated from (manifests/crds/istio-crds.txt), and a structural validator over it:
//! unknown fields, wrong JSON types, enum values and numeric ranges, at every depth, for the
//! kinds the description marks `analyze`. The description's other facts (lengths, patterns,
//! CEL rules, …) are the CRDs' business and are not checked here.
//!
//! Field names follow the JSON form of Istio's protos, so — as Istio's proto JSON decoding
//! does — a snake_case spelling of a known field is accepted too. Unknown fields are reported
//! as Istio's decoder words them (`unknown field "x" in istio.networking.v1alpha3.HTTPRoute`,
//! the proto full name of the message holding the field).

use serde_json::Value;
use std::collections::HashMap;
use std::sync::OnceLock;

const DESCRIPTION: &str = include_str!("../../manifests/crds/istio-crds.txt");

/// A field's type.
#[derive(Debug, Clone, PartialEq)]
pub enum Ty {
    Str,
    Int,
    Num,
    Bool,
    /// Free-form (google.protobuf.Struct and the like): anything goes.
    Any,
    /// A message, by proto full name.
    Msg(String),
    List(Box<Ty>),
    Map(Box<Ty>),
}

/// One field of a message.
#[derive(Debug, Clone)]
pub struct Field {
    pub name: String,
    pub ty: Ty,
    pub enums: Vec<String>,
    pub min: Option<f64>,
    pub max: Option<f64>,
}

/// A message type: its proto full name and fields.
#[derive(Debug, Default)]
pub struct Message {
    pub name: String,
    pub fields: Vec<Field>,
}

impl Message {
    /// The field a JSON key names: its JSON name, or the snake_case proto name of it.
    pub fn field(&self, key: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == key).or_else(|| {
            key.contains('_')
                .then(|| camel(key))
                .and_then(|c| self.field(&c))
        })
    }
}

fn camel(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut up = false;
    for c in s.chars() {
        if c == '_' {
            up = true;
        } else if up {
            out.extend(c.to_uppercase());
            up = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// Every described message, and each kind's spec message.
#[derive(Debug, Default)]
pub struct Schema {
    messages: HashMap<String, Message>,
    kinds: HashMap<String, String>,
}

/// The bundled fact base (parsed once).
pub fn bundled() -> &'static Schema {
    static S: OnceLock<Schema> = OnceLock::new();
    // The description is checked at build time by crdgen and by a unit test here, so an
    // error is a build defect; fall back to an empty schema rather than panic.
    S.get_or_init(|| parse(DESCRIPTION).unwrap_or_default())
}

fn package_of(full: &str) -> &str {
    // istio.<area>.<version>.Name(.Nested)*: the package is the first three segments.
    let mut ends = full.match_indices('.').map(|(i, _)| i);
    match (ends.next(), ends.next(), ends.next()) {
        (Some(_), Some(_), Some(i)) => &full[..i],
        _ => full,
    }
}

/// A malformed line of the schema description.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {problem}")]
pub struct SchemaError {
    pub line: usize,
    pub problem: &'static str,
}

/// Parses the description. Errors name the line.
///
/// Read here: each `msg` block's `f` lines, and each `crd` block's `spec` message when the
/// block says `analyze`. A field's enum and range come from the options of its innermost
/// level (after its last `|` for a list or map), as the header of the description says.
pub fn parse(desc: &str) -> Result<Schema, SchemaError> {
    let mut s = Schema::default();
    // (message full name, its `f` lines as (line number, words))
    type FieldLines<'a> = Vec<(usize, Vec<&'a str>)>;
    let mut raw: Vec<(String, FieldLines)> = Vec::new();
    let mut current: Option<usize> = None;
    // The kind of the `crd` block being read, and its spec message once named.
    let mut crd: Option<(String, Option<String>)> = None;
    let mut analyzed: Vec<(String, String, usize)> = Vec::new();
    for (n, line) in desc.lines().enumerate() {
        let w: Vec<&str> = line.split_whitespace().collect();
        let err = |problem: &'static str| SchemaError {
            line: n + 1,
            problem,
        };
        match w.first().copied() {
            None => {}
            Some(c) if c.starts_with('#') => {}
            Some("crd") => {
                current = None;
                crd = Some((w.get(1).ok_or(err("crd needs a kind"))?.to_string(), None));
            }
            Some("label" | "annotation" | "rule") => {
                current = None;
                crd = None;
            }
            Some("msg") => {
                crd = None;
                let name = w.get(1).ok_or(err("msg needs a name"))?;
                raw.push((name.to_string(), Vec::new()));
                current = Some(raw.len() - 1);
            }
            Some("spec") => {
                if let Some((_, spec)) = crd.as_mut() {
                    *spec = Some(w.get(1).ok_or(err("spec needs a message"))?.to_string());
                }
            }
            Some("analyze") => {
                if let Some((kind, spec)) = &crd {
                    let spec = spec.clone().ok_or(err("analyze before spec"))?;
                    analyzed.push((kind.clone(), spec, n + 1));
                }
            }
            Some("f") => {
                if let Some(c) = current {
                    raw[c].1.push((n + 1, w));
                }
            }
            Some(_) => {}
        }
    }
    let names: Vec<String> = raw.iter().map(|(n, _)| n.clone()).collect();
    for (kind, spec, line) in analyzed {
        if !names.contains(&spec) {
            return Err(SchemaError {
                line,
                problem: "the spec message is not described",
            });
        }
        s.kinds.insert(kind, spec);
    }
    for (name, lines) in raw {
        let pkg = package_of(&name).to_string();
        let mut m = Message {
            name: name.clone(),
            fields: Vec::new(),
        };
        for (ln, w) in lines {
            let err = |problem: &'static str| SchemaError { line: ln, problem };
            if w.len() < 3 {
                return Err(err("f <name> <type>"));
            }
            let ty = parse_ty(w[2], &pkg, &names).ok_or_else(|| err("unknown type"))?;
            let mut f = Field {
                name: w[1].to_string(),
                ty,
                enums: Vec::new(),
                min: None,
                max: None,
            };
            // The options of the innermost level: after the type's `[]`/`map<>` count of `|`.
            let depth = nesting(w[2]);
            let innermost = w[3..].split(|o| *o == "|").nth(depth).unwrap_or_default();
            for o in innermost {
                if let Some(e) = o.strip_prefix("enum=") {
                    f.enums = e.split('|').map(String::from).collect();
                } else if let Some(x) = o.strip_prefix("min=") {
                    f.min = Some(x.parse().map_err(|_| err("min"))?);
                } else if let Some(x) = o.strip_prefix("max=") {
                    f.max = Some(x.parse().map_err(|_| err("max"))?);
                } else if *o == "fmt=int32" {
                    f.min.get_or_insert(i32::MIN as f64);
                    f.max.get_or_insert(i32::MAX as f64);
                }
            }
            m.fields.push(f);
        }
        s.messages.insert(name, m);
    }
    Ok(s)
}

/// How many list/map levels a type has (`[]map<string>`: 2).
fn nesting(t: &str) -> usize {
    if let Some(item) = t.strip_prefix("[]") {
        1 + nesting(item)
    } else if let Some(v) = t.strip_prefix("map<").and_then(|x| x.strip_suffix('>')) {
        1 + nesting(v)
    } else {
        0
    }
}

fn parse_ty(t: &str, pkg: &str, names: &[String]) -> Option<Ty> {
    if let Some(item) = t.strip_prefix("[]") {
        return Some(Ty::List(Box::new(parse_ty(item, pkg, names)?)));
    }
    if let Some(v) = t.strip_prefix("map<").and_then(|x| x.strip_suffix('>')) {
        return Some(Ty::Map(Box::new(parse_ty(v, pkg, names)?)));
    }
    Some(match t {
        "string" => Ty::Str,
        "integer" => Ty::Int,
        "number" => Ty::Num,
        "boolean" => Ty::Bool,
        // Free-form, and int-or-string (only in status, which is not validated).
        "object" | "int-or-string" => Ty::Any,
        _ => {
            let local = format!("{pkg}.{t}");
            if names.contains(&local) {
                Ty::Msg(local)
            } else if names.iter().any(|n| n == t) {
                Ty::Msg(t.to_string())
            } else {
                return None;
            }
        }
    })
}

/// One step of the path to an offending value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// A problem at a path under `spec`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: Vec<Step>,
    pub text: String,
}

impl Schema {
    /// The spec message of a kind, when described.
    pub fn spec_message(&self, kind: &str) -> Option<&Message> {
        self.messages.get(self.kinds.get(kind)?)
    }
    pub fn message(&self, name: &str) -> Option<&Message> {
        self.messages.get(name)
    }

    /// Validates a kind's spec; nothing for kinds not described.
    pub fn validate_spec(&self, kind: &str, spec: &Value) -> Vec<Problem> {
        let mut out = Vec::new();
        if let Some(name) = self.kinds.get(kind) {
            let mut path = Vec::new();
            self.check(&Ty::Msg(name.clone()), None, spec, &mut path, &mut out);
        }
        out
    }

    fn check(
        &self,
        ty: &Ty,
        field: Option<(&Message, &Field)>,
        v: &Value,
        path: &mut Vec<Step>,
        out: &mut Vec<Problem>,
    ) {
        // null is an unset field in proto JSON, whatever its type.
        if v.is_null() {
            return;
        }
        let at = |what: &str| match field {
            Some((m, f)) => format!("{}.{}", m.name, f.name),
            None => what.to_string(),
        };
        let mut bad = |path: &Vec<Step>, expected: &str| {
            out.push(Problem {
                path: path.clone(),
                text: format!("cannot use {} as {expected} in {}", shown(v), at("spec")),
            })
        };
        match ty {
            Ty::Any => {}
            Ty::Str => match v.as_str() {
                None => bad(path, "a string"),
                Some(s) => {
                    if let Some((m, f)) = field
                        && !f.enums.is_empty()
                        && !f.enums.iter().any(|e| e == s)
                    {
                        out.push(Problem {
                            path: path.clone(),
                            text: format!(
                                "invalid value {s:?} for {}.{}: must be one of {}",
                                m.name,
                                f.name,
                                f.enums.join(", ")
                            ),
                        });
                    }
                }
            },
            Ty::Bool => {
                if !v.is_boolean() {
                    bad(path, "a boolean")
                }
            }
            Ty::Int | Ty::Num => {
                // Proto JSON also takes numbers as strings ("5").
                let n = match v {
                    Value::Number(n) => n.as_f64(),
                    Value::String(s) => s.trim().parse::<f64>().ok(),
                    _ => None,
                };
                let want = if *ty == Ty::Int {
                    "an integer"
                } else {
                    "a number"
                };
                match n {
                    Some(x) if *ty == Ty::Int && x.fract() != 0.0 => bad(path, want),
                    Some(x) => {
                        if let Some((m, f)) = field {
                            let low = f.min.is_some_and(|lo| x < lo);
                            let high = f.max.is_some_and(|hi| x > hi);
                            if low || high {
                                out.push(Problem {
                                    path: path.clone(),
                                    text: format!(
                                        "value {} of {}.{} is out of range [{}, {}]",
                                        fmt_num(x),
                                        m.name,
                                        f.name,
                                        f.min.map(fmt_num).unwrap_or_else(|| "-inf".into()),
                                        f.max.map(fmt_num).unwrap_or_else(|| "inf".into()),
                                    ),
                                });
                            }
                        }
                    }
                    None => bad(path, want),
                }
            }
            Ty::List(item) => match v.as_array() {
                None => bad(path, "a list"),
                Some(a) => {
                    for (i, x) in a.iter().enumerate() {
                        path.push(Step::Index(i));
                        self.check(item, field, x, path, out);
                        path.pop();
                    }
                }
            },
            Ty::Map(val) => match v.as_object() {
                None => bad(path, "a map"),
                Some(m) => {
                    for (k, x) in m {
                        path.push(Step::Key(k.clone()));
                        self.check(val, field, x, path, out);
                        path.pop();
                    }
                }
            },
            Ty::Msg(name) => {
                let Some(msg) = self.messages.get(name) else {
                    return;
                };
                let Some(obj) = v.as_object() else {
                    out.push(Problem {
                        path: path.clone(),
                        text: format!("cannot use {} as an object in {}", shown(v), at(name)),
                    });
                    return;
                };
                for (k, x) in obj {
                    path.push(Step::Key(k.clone()));
                    match msg.field(k) {
                        Some(f) => self.check(&f.ty, Some((msg, f)), x, path, out),
                        None => out.push(Problem {
                            path: path.clone(),
                            text: format!("unknown field {k:?} in {}", msg.name),
                        }),
                    }
                    path.pop();
                }
            }
        }
    }
}

/// A value as an error shows it: scalars as they are (short strings quoted), others by kind.
fn shown(v: &Value) -> String {
    match v {
        Value::String(s) if s.chars().count() <= 40 => format!("{s:?}"),
        Value::String(_) => "a string".into(),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
        other => other.to_string(),
    }
}

fn fmt_num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e16 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_bundled_description_parses_and_covers_the_common_kinds() {
        let s = parse(DESCRIPTION).expect("description parses");
        for k in [
            "VirtualService",
            "DestinationRule",
            "Gateway",
            "ServiceEntry",
            "Sidecar",
            "AuthorizationPolicy",
            "PeerAuthentication",
            "RequestAuthentication",
            "Telemetry",
            "WorkloadEntry",
            "EnvoyFilter",
        ] {
            assert!(s.spec_message(k).is_some(), "{k} has no spec message");
        }
        assert_eq!(
            s.spec_message("VirtualService").unwrap().name,
            "istio.networking.v1alpha3.VirtualService"
        );
    }

    #[test]
    fn unknown_fields_at_depth_name_the_message() {
        let spec = json!({"hosts": ["a"], "http": [{"route": [{"destination": {"host": "a", "sbset": "v1"}}], "foo": 1}]});
        let p = bundled().validate_spec("VirtualService", &spec);
        let texts: Vec<&str> = p.iter().map(|p| p.text.as_str()).collect();
        assert!(
            texts.contains(&"unknown field \"sbset\" in istio.networking.v1alpha3.Destination"),
            "{texts:?}"
        );
        assert!(
            texts.contains(&"unknown field \"foo\" in istio.networking.v1alpha3.HTTPRoute"),
            "{texts:?}"
        );
        assert_eq!(p.len(), 2);
        assert_eq!(
            p[0].path,
            vec![
                Step::Key("http".into()),
                Step::Index(0),
                Step::Key("route".into()),
                Step::Index(0),
                Step::Key("destination".into()),
                Step::Key("sbset".into())
            ]
        );
    }

    #[test]
    fn types_enums_ranges_and_snake_case() {
        let spec = json!({
            "host": "r",
            "trafficPolicy": {
                "tls": {"mode": "SIMPLEST"},
                "connectionPool": {"tcp": {"max_connections": "x"}},
                "outlierDetection": {"consecutive5xxErrors": -1}
            },
            "subsets": {"name": "v1"}
        });
        let p = bundled().validate_spec("DestinationRule", &spec);
        let texts: Vec<String> = p.into_iter().map(|p| p.text).collect();
        assert_eq!(texts.len(), 4, "{texts:?}");
        assert!(texts.iter().any(|t| t.starts_with(
            "invalid value \"SIMPLEST\" for istio.networking.v1alpha3.ClientTLSSettings.mode"
        )));
        assert!(texts.iter().any(|t| t == "cannot use \"x\" as an integer in istio.networking.v1alpha3.ConnectionPoolSettings.TCPSettings.maxConnections"));
        assert!(texts.iter().any(|t| t.starts_with("value -1 of istio.networking.v1alpha3.OutlierDetection.consecutive5xxErrors is out of range")));
        assert!(texts.iter().any(|t| t == "cannot use an object as a list in istio.networking.v1alpha3.DestinationRule.subsets"));
    }

    #[test]
    fn facts_of_the_innermost_level_check_every_element_and_only_analyzed_kinds_count() {
        let desc = "\
crd Thing example.io things
  spec example.v1.pkg.Thing
  analyze
crd Other example.io others
  spec example.v1.pkg.Thing
msg example.v1.pkg.Thing preserve
  f counts []integer maxItems=2 | min=1 max=5
  f modes map<string> maxProps=3 | enum=A|B
  f n integer fmt=int32 min=0
  f sub Sub
msg example.v1.pkg.Sub
  f on boolean nullable
rule unused
  cel self.size() > 0
  message not empty
";
        let s = parse(desc).expect("parses");
        assert!(s.spec_message("Other").is_none(), "not marked analyze");
        let spec =
            json!({"counts": [1, 9], "modes": {"x": "C"}, "n": -1, "sub": {"on": 1, "f": 2}});
        let texts: Vec<String> = s
            .validate_spec("Thing", &spec)
            .into_iter()
            .map(|p| p.text)
            .collect();
        assert_eq!(
            texts,
            [
                "value 9 of example.v1.pkg.Thing.counts is out of range [1, 5]",
                "invalid value \"C\" for example.v1.pkg.Thing.modes: must be one of A, B",
                "value -1 of example.v1.pkg.Thing.n is out of range [0, 2147483647]",
                "cannot use 1 as a boolean in example.v1.pkg.Sub.on",
                "unknown field \"f\" in example.v1.pkg.Sub",
            ]
        );
        assert_eq!(
            parse("msg a.b.c.M\n  f x Nope\n").err(),
            Some(SchemaError {
                line: 2,
                problem: "unknown type"
            })
        );
    }

    #[test]
    fn valid_specs_have_no_problems() {
        let vs = json!({"hosts": ["r"], "http": [{"match": [{"uri": {"prefix": "/"}, "headers": {"x": {"exact": "1"}}}],
            "route": [{"destination": {"host": "r", "port": {"number": 80}}, "weight": 100}], "timeout": "5s",
            "mirror_percent": 5}]});
        assert_eq!(bundled().validate_spec("VirtualService", &vs), vec![]);
        let ef = json!({"configPatches": [{"applyTo": "HTTP_FILTER", "patch": {"operation": "MERGE", "value": {"any": {"thing": 1}}}}]});
        // applyTo is described? It must be: an EnvoyFilter patch names what it applies to.
        let p = bundled().validate_spec("EnvoyFilter", &ef);
        assert_eq!(p, vec![]);
    }
}
