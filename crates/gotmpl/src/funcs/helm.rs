//! Helm's engine functions (include, tpl, required, fail, toYaml, fromYaml, ...) and the
//! `.Files` / `.Capabilities` objects.

use super::{FErr, FResult, FuncMap, s};
use crate::encode::{from_json, to_json, to_yaml};
use crate::exec::{Exec, NestedError};
use crate::parse::parse;
use crate::value::{MethodError, Object, Value};
use std::collections::BTreeMap;
use std::rc::Rc;

/// Helm wraps `required`/`fail` messages in these markers; the renderer extracts them.
pub const WARN_START: &str = "HELM_ERR_START";
pub const WARN_END: &str = "HELM_ERR_END";
/// Helm's per-name include recursion limit.
pub const INCLUDE_MAX: usize = 1000;

fn warn(msg: &str) -> FErr {
    FErr::Call(format!("{WARN_START}{msg}{WARN_END}"))
}

/// toYaml as Helm does it (no trailing newline).
pub fn helm_to_yaml(v: &Value) -> String {
    let mut s = to_yaml(v);
    if s.ends_with('\n') {
        s.pop();
    }
    s
}

pub fn register(m: &mut FuncMap) {
    m.add("toYaml", 1, |_, a| Ok(Value::string(helm_to_yaml(&a[0]))));
    m.add("toYamlPretty", 1, |_, a| {
        Ok(Value::string(helm_to_yaml(&a[0])))
    });
    m.add("fromYaml", 1, |_, a| {
        let src = s(a, 0)?;
        Ok(match crate::yaml_input::parse_yaml(src) {
            Ok(Value::Map(m)) => Value::Map(m),
            Ok(Value::Nil) | Ok(Value::Missing) => Value::empty_map(),
            Ok(other) => error_map(&format!(
                "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {} into Go value of type map[string]interface {{}}",
                json_kind(&other)
            )),
            Err(e) => error_map(&e.to_string()),
        })
    });
    m.add("fromYamlArray", 1, |_, a| {
        let src = s(a, 0)?;
        Ok(match crate::yaml_input::parse_yaml(src) {
            Ok(Value::List(l)) => Value::List(l),
            Ok(Value::Nil) | Ok(Value::Missing) => Value::list(vec![]),
            Ok(other) => Value::list(vec![Value::string(format!(
                "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {} into Go value of type []interface {{}}",
                json_kind(&other)
            ))]),
            Err(e) => Value::list(vec![Value::string(e.to_string())]),
        })
    });
    m.add("toJson", 1, |_, a| {
        Ok(Value::string(to_json(&a[0], true, None)))
    });
    m.add("fromJson", 1, |_, a| {
        let src = s(a, 0)?;
        Ok(match from_json(src) {
            Ok(Value::Map(m)) => Value::Map(m),
            Ok(Value::Nil) => Value::Nil,
            Ok(other) => error_map(&format!(
                "json: cannot unmarshal {} into Go value of type map[string]interface {{}}",
                json_kind(&other)
            )),
            Err(e) => error_map(&e.to_string()),
        })
    });
    m.add("fromJsonArray", 1, |_, a| {
        let src = s(a, 0)?;
        Ok(match from_json(src) {
            Ok(Value::List(l)) => Value::List(l),
            Ok(Value::Nil) => Value::Nil,
            Ok(other) => Value::list(vec![Value::string(format!(
                "json: cannot unmarshal {} into Go value of type []interface {{}}",
                json_kind(&other)
            ))]),
            Err(e) => Value::list(vec![Value::string(e.to_string())]),
        })
    });
    m.add("toToml", 1, |_, a| Ok(Value::string(to_toml(&a[0]))));
    m.add("include", 2, include);
    m.add("tpl", 2, tpl);
    m.add("required", 2, |_, a| {
        let w = s(a, 0)?;
        match &a[1] {
            Value::Missing | Value::Nil => Err(warn(w)),
            Value::Str(x) if x.is_empty() => Err(warn(w)),
            v => Ok(v.clone()),
        }
    });
    m.add("fail", 1, |_, a| Err(warn(s(a, 0)?)));
    m.add("lookup", 4, |_, a| {
        for i in 0..4 {
            s(a, i)?;
        }
        Ok(Value::empty_map())
    });
    m.add("getHostByName", 1, |_, _| Ok(Value::str("")));
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Str(_) => "string",
        Value::Bool(_) => "bool",
        Value::Int(_) | Value::Float(_) => "number",
        Value::List(_) => "array",
        Value::Map(_) => "object",
        _ => "null",
    }
}

fn error_map(msg: &str) -> Value {
    let mut m = BTreeMap::new();
    m.insert("Error".to_string(), Value::str(msg));
    Value::map(m)
}

fn include(e: &mut Exec<'_>, a: &[Value]) -> FResult {
    let name = s(a, 0)?.to_string();
    let count = e.include_counts.entry(name.clone()).or_insert(0);
    if *count > INCLUDE_MAX {
        return Err(FErr::Call(format!(
            "rendering template has a nested reference name: {name}: unable to execute template"
        )));
    }
    *count += 1;
    let r = e.exec_named(&name, &a[1]);
    if let Some(c) = e.include_counts.get_mut(&name) {
        *c -= 1;
    }
    match r {
        Ok(s) => Ok(Value::string(s)),
        Err(m) => Err(FErr::Call(m.to_string())),
    }
}

fn tpl(e: &mut Exec<'_>, a: &[Value]) -> FResult {
    let text = s(a, 0)?.to_string();
    // Helm parses tpl text as a new template named after its root template, "gotpl"
    let name = "gotpl".to_string();
    let set = e.set;
    let funcs = set.funcs.clone();
    let trees = parse(&name, &text, &|n| funcs.resolve(n))
        .map_err(|pe| FErr::Call(format!("cannot parse template {:?}: {}", text, pe)))?;
    // install definitions, remembering what they replace
    let mut saved = Vec::new();
    let mut main = None;
    for t in trees {
        let t = Rc::new(t);
        if main.is_none() {
            main = Some(t.clone());
            continue;
        }
        let old = set.trees.borrow().get(&t.name).cloned();
        if let Some(o) = &old
            && t.is_empty()
            && !o.is_empty()
        {
            continue;
        }
        saved.push((t.name.clone(), old));
        set.trees.borrow_mut().insert(t.name.clone(), t);
    }
    let main = main.expect("parse returns the main tree");
    let mut out = String::new();
    let r = if e.depth >= crate::exec::MAX_DEPTH {
        Err(NestedError::TooDeep)
    } else {
        e.depth += 1;
        let r = e.run(main, &a[1], &mut out).map_err(NestedError::from);
        e.depth -= 1;
        r
    };
    for (n, old) in saved.into_iter().rev() {
        match old {
            Some(t) => set.trees.borrow_mut().insert(n, t),
            None => set.trees.borrow_mut().remove(&n),
        };
    }
    match r {
        Ok(()) => Ok(Value::string(out.replace("<no value>", ""))),
        Err(m) => Err(FErr::Call(format!(
            "error during tpl function execution for {:?}: {}",
            text, m
        ))),
    }
}

/// Minimal TOML encoder (BurntSushi/toml style) for maps of scalars/tables.
pub fn to_toml(v: &Value) -> String {
    fn scalar(v: &Value) -> Option<String> {
        Some(match v {
            Value::Str(s) => crate::fmt::quote(s),
            Value::Bool(b) => b.to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => {
                let s = crate::fmt::format_float_g(*f);
                if s.contains(['.', 'e']) {
                    s
                } else {
                    format!("{s}.0")
                }
            }
            Value::List(l) => {
                let items: Option<Vec<String>> = l.iter().map(scalar).collect();
                format!("[{}]", items?.join(", "))
            }
            _ => return None,
        })
    }
    fn table(out: &mut String, prefix: &str, m: &BTreeMap<String, Value>) {
        for (k, v) in m {
            if !matches!(v, Value::Map(_))
                && let Some(s) = scalar(v)
            {
                let indent = if prefix.is_empty() { "" } else { "  " };
                out.push_str(&format!("{indent}{k} = {s}\n"));
            }
        }
        for (k, v) in m {
            if let Value::Map(sub) = v {
                let name = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                out.push_str(&format!("\n[{name}]\n"));
                table(out, &name, &sub.borrow().to_btree());
            }
        }
    }
    let mut out = String::new();
    if let Value::Map(m) = v {
        table(&mut out, "", &m.borrow().to_btree());
    }
    out
}

/// Helm's `.Files`: chart files other than templates, Chart.yaml and values.yaml.
#[derive(Debug, Clone, Default)]
pub struct Files {
    pub files: BTreeMap<String, Vec<u8>>,
}

fn glob_match(pat: &[u8], name: &[u8]) -> bool {
    // gobwas/glob with '/' separator: `*` within a segment, `**` across, `?`, `[...]`, `{a,b}`
    if let Some(open) = pat.iter().position(|&c| c == b'{')
        && let Some(close_rel) = pat[open..].iter().position(|&c| c == b'}')
    {
        let close = open + close_rel;
        let inner = &pat[open + 1..close];
        for alt in inner.split(|&c| c == b',') {
            let mut p = pat[..open].to_vec();
            p.extend_from_slice(alt);
            p.extend_from_slice(&pat[close + 1..]);
            if glob_match(&p, name) {
                return true;
            }
        }
        return false;
    }
    match (pat.first(), name.first()) {
        (None, None) => true,
        (None, Some(_)) => false,
        (Some(b'*'), _) => {
            let double = pat.get(1) == Some(&b'*');
            let rest = if double { &pat[2..] } else { &pat[1..] };
            for i in 0..=name.len() {
                if glob_match(rest, &name[i..]) {
                    return true;
                }
                if i < name.len() && !double && name[i] == b'/' {
                    return false;
                }
            }
            false
        }
        (Some(b'?'), Some(&c)) => c != b'/' && glob_match(&pat[1..], &name[1..]),
        (Some(b'['), Some(&c)) => {
            let Some(end) = pat.iter().position(|&x| x == b']') else {
                return false;
            };
            let class = &pat[1..end];
            let (neg, class) = match class.first() {
                Some(b'!') | Some(b'^') => (true, &class[1..]),
                _ => (false, class),
            };
            let mut hit = false;
            let mut i = 0;
            while i < class.len() {
                if i + 2 < class.len() && class[i + 1] == b'-' {
                    if class[i] <= c && c <= class[i + 2] {
                        hit = true;
                    }
                    i += 3;
                } else {
                    if class[i] == c {
                        hit = true;
                    }
                    i += 1;
                }
            }
            hit != neg && glob_match(&pat[end + 1..], &name[1..])
        }
        (Some(&p), Some(&c)) => p == c && glob_match(&pat[1..], &name[1..]),
        (Some(_), None) => false,
    }
}

impl Files {
    fn base(k: &str) -> String {
        crate::funcs::sprig_str::path_base(k)
    }
}

impl Object for Files {
    fn type_name(&self) -> &str {
        "engine.files"
    }
    fn field(&self, name: &str) -> Option<Value> {
        match name {
            "AsConfig" | "AsSecrets" => self.call(name, &[]).and_then(|r| r.ok()),
            _ => None,
        }
    }
    fn has_method(&self, name: &str) -> bool {
        matches!(
            name,
            "Get" | "GetBytes" | "Glob" | "Lines" | "AsConfig" | "AsSecrets"
        )
    }
    fn call(&self, name: &str, args: &[Value]) -> Option<Result<Value, MethodError>> {
        let arg = |i: usize| -> Result<String, MethodError> {
            match args.get(i) {
                Some(Value::Str(s)) => Ok(s.to_string()),
                Some(v) => Err(MethodError::WrongType {
                    expected: "string",
                    got: v.type_name(),
                }),
                None => Err(MethodError::ArgCount {
                    method: name.to_string(),
                    want: 1,
                    got: args.len(),
                }),
            }
        };
        Some((|| -> Result<Value, MethodError> {
            Ok(match name {
                "Get" => {
                    let n = arg(0)?;
                    Value::string(
                        self.files
                            .get(&n)
                            .map(|b| String::from_utf8_lossy(b).into_owned())
                            .unwrap_or_default(),
                    )
                }
                "GetBytes" => {
                    let n = arg(0)?;
                    Value::list(
                        self.files
                            .get(&n)
                            .map(|b| b.iter().map(|&x| Value::Int(x as i64)).collect())
                            .unwrap_or_default(),
                    )
                }
                "Glob" => {
                    let p = arg(0)?;
                    let files = self
                        .files
                        .iter()
                        .filter(|(k, _)| glob_match(p.as_bytes(), k.as_bytes()))
                        .map(|(k, v)| (k.clone(), v.clone()))
                        .collect();
                    Value::Obj(Rc::new(Files { files }))
                }
                "Lines" => {
                    let p = arg(0)?;
                    match self.files.get(&p) {
                        Some(b) if !b.is_empty() => {
                            let s = String::from_utf8_lossy(b);
                            let s = s.strip_suffix('\n').unwrap_or(&s);
                            Value::list(s.split('\n').map(Value::str).collect())
                        }
                        _ => Value::list(vec![]),
                    }
                }
                "AsConfig" => {
                    let m = self
                        .files
                        .iter()
                        .map(|(k, v)| {
                            (
                                Self::base(k),
                                Value::string(String::from_utf8_lossy(v).into_owned()),
                            )
                        })
                        .collect();
                    Value::string(helm_to_yaml(&Value::map(m)))
                }
                "AsSecrets" => {
                    use base64::Engine;
                    let m = self
                        .files
                        .iter()
                        .map(|(k, v)| {
                            (
                                Self::base(k),
                                Value::string(base64::engine::general_purpose::STANDARD.encode(v)),
                            )
                        })
                        .collect();
                    Value::string(helm_to_yaml(&Value::map(m)))
                }
                _ => return Err(MethodError::NoSuchMethod(name.to_string())),
            })
        })())
    }
    fn entries(&self) -> Option<Vec<(Value, Value)>> {
        Some(
            self.files
                .iter()
                .map(|(k, v)| {
                    (
                        Value::string(k.clone()),
                        Value::list(v.iter().map(|&b| Value::Int(b as i64)).collect()),
                    )
                })
                .collect(),
        )
    }
    fn display(&self) -> String {
        let parts: Vec<String> = self
            .files
            .iter()
            .map(|(k, v)| {
                format!(
                    "{}:[{}]",
                    k,
                    v.iter()
                        .map(|b| b.to_string())
                        .collect::<Vec<_>>()
                        .join(" ")
                )
            })
            .collect();
        format!("map[{}]", parts.join(" "))
    }
}

/// `.Capabilities.APIVersions`.
#[derive(Debug, Clone)]
pub struct ApiVersions(pub Vec<String>);

impl Object for ApiVersions {
    fn type_name(&self) -> &str {
        "chartutil.VersionSet"
    }
    fn field(&self, _name: &str) -> Option<Value> {
        None
    }
    fn has_method(&self, name: &str) -> bool {
        name == "Has"
    }
    fn call(&self, name: &str, args: &[Value]) -> Option<Result<Value, MethodError>> {
        if name != "Has" {
            return None;
        }
        Some(match args {
            [Value::Str(s)] => Ok(Value::Bool(self.0.iter().any(|x| x == &**s))),
            _ => Err(MethodError::Want {
                method: "Has".into(),
                want: 1,
            }),
        })
    }
    fn display(&self) -> String {
        format!("[{}]", self.0.join(" "))
    }
    fn to_value(&self) -> Value {
        Value::list(self.0.iter().map(|s| Value::str(s)).collect())
    }
}

/// `.Capabilities.KubeVersion` (prints as its Version).
#[derive(Debug, Clone)]
pub struct KubeVersion {
    pub version: String,
    pub major: String,
    pub minor: String,
}

impl Object for KubeVersion {
    fn type_name(&self) -> &str {
        "chartutil.KubeVersion"
    }
    fn field(&self, name: &str) -> Option<Value> {
        Some(match name {
            "Version" | "GitVersion" | "String" => Value::string(self.version.clone()),
            "Major" => Value::string(self.major.clone()),
            "Minor" => Value::string(self.minor.clone()),
            _ => return None,
        })
    }
    fn display(&self) -> String {
        self.version.clone()
    }
    fn to_value(&self) -> Value {
        let mut m = BTreeMap::new();
        m.insert("Version".into(), Value::string(self.version.clone()));
        m.insert("Major".into(), Value::string(self.major.clone()));
        m.insert("Minor".into(), Value::string(self.minor.clone()));
        Value::map(m)
    }
}
