//! `--set PATH=VALUE`: parsing the path and the value, and writing the value into a tree.
//!
//! Paths are dotted keys with list segments: `components.ingressGateways[0].enabled`,
//! `components.ingressGateways.[0].enabled` (istioctl's spelling) and selectors by key,
//! `components.ingressGateways.[name:istio-ingressgateway].enabled`. `\.` keeps a dot inside a key.
//! Values are typed as istioctl types them: integer, then float, then Go's boolean spellings,
//! otherwise a string (with `\,` unescaped to `,`).

use serde_json::{Map, Number, Value};
use std::fmt;

/// One step of a `--set` path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Key(String),
    Index(usize),
    /// `[key:value]`: the list element whose `key` equals `value`.
    Select(String, String),
}

impl fmt::Display for Segment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Segment::Key(k) => f.write_str(&k.replace('.', "\\.")),
            Segment::Index(i) => write!(f, "[{i}]"),
            Segment::Select(k, v) => write!(f, "[{k}:{v}]"),
        }
    }
}

/// Renders segments back as a path (`a.b[0].c`).
pub fn display_path(segs: &[Segment]) -> String {
    let mut s = String::new();
    for seg in segs {
        match seg {
            Segment::Key(_) if !s.is_empty() => {
                s.push('.');
                s.push_str(&seg.to_string());
            }
            _ => s.push_str(&seg.to_string()),
        }
    }
    s
}

/// A parsed `--set` flag.
#[derive(Debug, Clone, PartialEq)]
pub struct SetFlag {
    /// The path as the user wrote it (relative to `spec`).
    pub raw_path: String,
    pub path: Vec<Segment>,
    pub value: Value,
}

/// Paths whose values are always strings (istioctl's list; the full path under `spec.`).
const ALWAYS_STRING: &[&str] = &[
    "spec.values.compatibilityVersion",
    "spec.meshConfig.defaultConfig.proxyMetadata.",
    "spec.values.meshConfig.defaultConfig.proxyMetadata.",
    "spec.compatibilityVersion",
];

/// Why a `--set` path or value could not be used (the caller adds which flag).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SetFlagError {
    #[error("expected PATH=VALUE")]
    NoEquals,
    #[error("the path before '=' is empty")]
    EmptyPathBeforeEquals,
    #[error("empty key in path {0:?}")]
    EmptyKey(String),
    #[error("path {0:?} ends with '.'")]
    TrailingDot(String),
    #[error("path {0:?} starts with a list index")]
    StartsWithIndex(String),
    #[error("unclosed '[' in path {0:?}")]
    UnclosedBracket(String),
    #[error("expected '.' after ']' in path {0:?}")]
    NoDotAfterBracket(String),
    #[error("empty path")]
    EmptyPath,
    #[error("bad list index [{inner}] in path {path:?} (use [N] or [key:value])")]
    BadIndex { inner: String, path: String },
    #[error("[{key}:{value}] selects from a list, but the value here is not a list")]
    SelectOnNonList { key: String, value: String },
    #[error("element [{key}:{value}] not found")]
    ElementNotFound { key: String, value: String },
    #[error("cannot set {0:?}: the value above it is not a map")]
    NotAMap(String),
    #[error("index [{0}] used on a value that is not a list")]
    NotAList(usize),
}

/// Parses one `--set` argument. The caller adds which flag to errors.
pub fn parse_flag(flag: &str) -> Result<SetFlag, SetFlagError> {
    let Some((p, v)) = flag.split_once('=') else {
        return Err(SetFlagError::NoEquals);
    };
    let (p, v) = (p.trim(), v.trim());
    if p.is_empty() {
        return Err(SetFlagError::EmptyPathBeforeEquals);
    }
    let path = parse_path(p)?;
    let full = format!("spec.{p}");
    let value = if ALWAYS_STRING.iter().any(|a| full.starts_with(a)) {
        Value::String(v.to_string())
    } else {
        parse_value(v)
    };
    Ok(SetFlag {
        raw_path: p.to_string(),
        path,
        value,
    })
}

/// Splits a path into segments.
pub fn parse_path(p: &str) -> Result<Vec<Segment>, SetFlagError> {
    let mut segs = Vec::new();
    let mut key = String::new();
    let mut chars = p.chars().peekable();
    // True right after a `]`: the next char must be `.`, `[` or the end.
    let mut after_list = false;
    let mut key_started = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'.') => {
                chars.next();
                key.push('.');
                key_started = true;
            }
            '.' => {
                if key_started {
                    segs.push(Segment::Key(std::mem::take(&mut key)));
                    key_started = false;
                } else if !after_list {
                    return Err(SetFlagError::EmptyKey(p.to_string()));
                }
                after_list = false;
                if chars.peek().is_none() {
                    return Err(SetFlagError::TrailingDot(p.to_string()));
                }
            }
            '[' => {
                if key_started {
                    segs.push(Segment::Key(std::mem::take(&mut key)));
                    key_started = false;
                }
                if segs.is_empty() {
                    return Err(SetFlagError::StartsWithIndex(p.to_string()));
                }
                let mut inner = String::new();
                let mut closed = false;
                for c in chars.by_ref() {
                    if c == ']' {
                        closed = true;
                        break;
                    }
                    inner.push(c);
                }
                if !closed {
                    return Err(SetFlagError::UnclosedBracket(p.to_string()));
                }
                segs.push(parse_list_segment(&inner, p)?);
                after_list = true;
            }
            c => {
                if after_list {
                    return Err(SetFlagError::NoDotAfterBracket(p.to_string()));
                }
                key.push(c);
                key_started = true;
            }
        }
    }
    if key_started {
        segs.push(Segment::Key(key));
    }
    if segs.is_empty() {
        return Err(SetFlagError::EmptyPath);
    }
    Ok(segs)
}

fn parse_list_segment(inner: &str, p: &str) -> Result<Segment, SetFlagError> {
    if let Some((k, v)) = inner.split_once(':') {
        return Ok(Segment::Select(k.to_string(), v.to_string()));
    }
    let digits = inner.strip_prefix('#').unwrap_or(inner);
    digits
        .parse::<usize>()
        .map(Segment::Index)
        .map_err(|_| SetFlagError::BadIndex {
            inner: inner.to_string(),
            path: p.to_string(),
        })
}

/// Types a `--set` value as istioctl does: integer, float, Go boolean, else string.
pub fn parse_value(v: &str) -> Value {
    if let Ok(i) = v.parse::<i64>() {
        return Value::Number(i.into());
    }
    if looks_like_go_float(v)
        && let Ok(f) = v.parse::<f64>()
        && let Some(n) = Number::from_f64(f)
    {
        return Value::Number(n);
    }
    match v {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => return Value::Bool(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => return Value::Bool(false),
        _ => {}
    }
    Value::String(v.replace("\\,", ","))
}

/// Rust's float parser accepts spellings Go's does not produce finite values for (and vice
/// versa for hex floats); keep to plain decimal/exponent forms.
fn looks_like_go_float(v: &str) -> bool {
    let body = v.strip_prefix(['+', '-']).unwrap_or(v);
    !body.is_empty()
        && body.chars().any(|c| c.is_ascii_digit())
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'))
}

/// Writes `value` at `path` inside `root` (a map), creating maps and lists on the way.
/// An index past the end of a list appends, as istioctl does.
pub fn set_path(root: &mut Value, path: &[Segment], value: Value) -> Result<(), SetFlagError> {
    let Some((first, rest)) = path.split_first() else {
        *root = value;
        return Ok(());
    };
    match first {
        Segment::Key(k) => {
            let map = as_map(root, k)?;
            if rest.is_empty() {
                map.insert(k.clone(), value);
                return Ok(());
            }
            let child = map.entry(k.clone()).or_insert_with(|| match rest[0] {
                Segment::Key(_) => Value::Object(Map::new()),
                _ => Value::Array(Vec::new()),
            });
            if child.is_null() {
                *child = match rest[0] {
                    Segment::Key(_) => Value::Object(Map::new()),
                    _ => Value::Array(Vec::new()),
                };
            }
            set_path(child, rest, value)
        }
        Segment::Index(i) => {
            let list = as_list(root, *i)?;
            if *i < list.len() {
                set_path(&mut list[*i], rest, value)
            } else {
                let mut elem = if rest.is_empty() {
                    Value::Null
                } else {
                    Value::Object(Map::new())
                };
                set_path(&mut elem, rest, value)?;
                list.push(elem);
                Ok(())
            }
        }
        Segment::Select(k, v) => {
            let list = root
                .as_array_mut()
                .ok_or_else(|| SetFlagError::SelectOnNonList {
                    key: k.clone(),
                    value: v.clone(),
                })?;
            let found = list
                .iter_mut()
                .find(|e| e.get(k).and_then(Value::as_str) == Some(v.as_str()))
                .ok_or_else(|| SetFlagError::ElementNotFound {
                    key: k.clone(),
                    value: v.clone(),
                })?;
            set_path(found, rest, value)
        }
    }
}

fn as_map<'a>(v: &'a mut Value, key: &str) -> Result<&'a mut Map<String, Value>, SetFlagError> {
    if v.is_null() {
        *v = Value::Object(Map::new());
    }
    v.as_object_mut()
        .ok_or_else(|| SetFlagError::NotAMap(key.to_string()))
}

fn as_list(v: &mut Value, i: usize) -> Result<&mut Vec<Value>, SetFlagError> {
    if v.is_null() {
        *v = Value::Array(Vec::new());
    }
    v.as_array_mut().ok_or(SetFlagError::NotAList(i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn k(s: &str) -> Segment {
        Segment::Key(s.into())
    }

    #[test]
    fn paths() {
        assert_eq!(
            parse_path("components.ingressGateways[0].enabled").unwrap(),
            vec![
                k("components"),
                k("ingressGateways"),
                Segment::Index(0),
                k("enabled")
            ]
        );
        assert_eq!(
            parse_path("components.ingressGateways.[1].enabled").unwrap(),
            vec![
                k("components"),
                k("ingressGateways"),
                Segment::Index(1),
                k("enabled")
            ]
        );
        assert_eq!(
            parse_path("a.[name:x].b").unwrap(),
            vec![k("a"), Segment::Select("name".into(), "x".into()), k("b")]
        );
        assert_eq!(parse_path(r"a.b\.c").unwrap(), vec![k("a"), k("b.c")]);
        for bad in ["", ".a", "a..b", "a.", "[0]", "a[x]", "a[0", "a[0]b"] {
            assert!(parse_path(bad).is_err(), "{bad:?} should fail");
        }
    }

    #[test]
    fn values() {
        assert_eq!(parse_value("10"), json!(10));
        assert_eq!(parse_value("0755"), json!(755));
        assert_eq!(parse_value("1.5"), json!(1.5));
        assert_eq!(parse_value("1.30.3"), json!("1.30.3"));
        assert_eq!(parse_value("true"), json!(true));
        assert_eq!(parse_value("F"), json!(false));
        assert_eq!(parse_value("10m"), json!("10m"));
        assert_eq!(parse_value("inf"), json!("inf"));
        assert_eq!(parse_value("a\\,b"), json!("a,b"));
        assert_eq!(parse_value(""), json!(""));
    }

    #[test]
    fn always_string_paths() {
        let f = parse_flag("values.compatibilityVersion=1.25").unwrap();
        assert_eq!(f.value, json!("1.25"));
        let f = parse_flag("meshConfig.defaultConfig.proxyMetadata.X=1").unwrap();
        assert_eq!(f.value, json!("1"));
        assert!(parse_flag("novalue").is_err());
    }

    #[test]
    fn set_creates_and_appends() {
        let mut v = json!({});
        let f = parse_flag("components.ingressGateways[0].enabled=false").unwrap();
        set_path(&mut v, &f.path, f.value).unwrap();
        assert_eq!(
            v,
            json!({"components": {"ingressGateways": [{"enabled": false}]}})
        );
        let f = parse_flag("components.ingressGateways[0].name=gw").unwrap();
        set_path(&mut v, &f.path, f.value).unwrap();
        let f = parse_flag("components.ingressGateways[5].name=other").unwrap();
        set_path(&mut v, &f.path, f.value).unwrap();
        assert_eq!(
            v,
            json!({"components": {"ingressGateways": [{"enabled": false, "name": "gw"}, {"name": "other"}]}})
        );
        let f = parse_flag("components.ingressGateways.[name:other].enabled=true").unwrap();
        set_path(&mut v, &f.path, f.value).unwrap();
        assert_eq!(
            v["components"]["ingressGateways"][1]["enabled"],
            json!(true)
        );
        let f = parse_flag("components.ingressGateways.[name:none].enabled=true").unwrap();
        assert!(set_path(&mut v, &f.path, f.value).is_err());
    }

    #[test]
    fn display_round_trip() {
        let p = parse_path(r"a.b\.c[0].d").unwrap();
        assert_eq!(display_path(&p), r"a.b\.c[0].d");
    }
}
