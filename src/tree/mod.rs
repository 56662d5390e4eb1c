//! Generic helpers on `serde_json::Value` trees: dotted paths, key sorting for output that
//! matches istioctl (Go marshals maps with sorted keys), Go's `%v` of a scalar, and the two
//! merges every layer shares (`merge`: deep merge; `strategic`: Kubernetes' strategic merge).

pub mod merge;
pub mod strategic;

use serde_json::{Map, Value};

/// Looks up a plain dotted path (`spec.values.global.hub`); no list indexes.
pub fn get<'a>(root: &'a Value, path: &str) -> Option<&'a Value> {
    let mut cur = root;
    for seg in path.split('.') {
        cur = cur.as_object()?.get(seg)?;
    }
    Some(cur)
}

/// The string at a dotted path, or "" when absent or not a string.
pub fn get_str<'a>(root: &'a Value, path: &str) -> &'a str {
    get(root, path).and_then(Value::as_str).unwrap_or("")
}

/// The boolean at a dotted path; false when absent or not a boolean (as istioctl's GetPathBool).
pub fn get_bool(root: &Value, path: &str) -> bool {
    get(root, path).and_then(Value::as_bool).unwrap_or(false)
}

/// Sets a plain dotted path, creating (or replacing non-map) intermediate maps.
pub fn set(root: &mut Value, path: &str, value: Value) {
    let segs: Vec<&str> = path.split('.').collect();
    let mut cur = root;
    for (i, seg) in segs.iter().enumerate() {
        if !cur.is_object() {
            *cur = Value::Object(Map::new());
        }
        let map = cur.as_object_mut().expect("just made an object");
        if i == segs.len() - 1 {
            map.insert((*seg).to_string(), value);
            return;
        }
        cur = map
            .entry((*seg).to_string())
            .or_insert_with(|| Value::Object(Map::new()));
    }
}

/// A copy with every map's keys sorted, recursively.
pub fn sorted(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            let mut out = Map::new();
            for k in keys {
                out.insert(k.clone(), sorted(&m[k]));
            }
            Value::Object(out)
        }
        Value::Array(a) => Value::Array(a.iter().map(sorted).collect()),
        other => other.clone(),
    }
}

/// Formats a scalar as Go's `%v` would for a value decoded from YAML/JSON.
pub fn go_format(v: &Value) -> String {
    match v {
        Value::Null => "<nil>".into(),
        Value::Bool(b) => b.to_string(),
        Value::String(s) => s.clone(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.to_string()
            } else if let Some(u) = n.as_u64() {
                u.to_string()
            } else {
                let f = n.as_f64().unwrap_or(0.0);
                if f.fract() == 0.0 && f.abs() < 1e21 {
                    format!("{}", f as i64)
                } else {
                    f.to_string()
                }
            }
        }
        Value::Array(_) | Value::Object(_) => serde_json::to_string(v).unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn set_and_get() {
        let mut v = json!({});
        set(&mut v, "spec.values.global.hub", json!("h"));
        assert_eq!(get_str(&v, "spec.values.global.hub"), "h");
        set(&mut v, "spec.values", json!(1));
        set(&mut v, "spec.values.x", json!(true));
        assert!(get_bool(&v, "spec.values.x"));
    }

    #[test]
    fn go_format_numbers() {
        assert_eq!(go_format(&json!(100.0)), "100");
        assert_eq!(go_format(&json!(1.5)), "1.5");
        assert_eq!(go_format(&json!(null)), "<nil>");
    }
}
