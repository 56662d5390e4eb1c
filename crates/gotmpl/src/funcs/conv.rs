//! Conversions shared by Sprig functions (strval, spf13/cast-like numbers, emptiness).

use crate::fmt::fmt_v;
use crate::value::Value;

/// Sprig's `strval`: strings as-is, everything else `%v`.
pub fn strval(v: &Value) -> String {
    match v {
        Value::Str(s) => s.to_string(),
        other => fmt_v(other),
    }
}

/// Sprig's `empty`.
pub fn empty(v: &Value) -> bool {
    !v.truthy()
}

fn trim_zero_decimal(s: &str) -> &str {
    // cast: "1.000" → "1"
    if let Some(i) = s.find('.')
        && s[i + 1..].bytes().all(|b| b == b'0')
    {
        return &s[..i];
    }
    s
}

/// Go strconv.ParseInt(s, 0, 64).
pub fn parse_int_base0(s: &str) -> Option<i64> {
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    if body.is_empty() {
        return None;
    }
    let body = if body.contains('_') {
        body.replace('_', "")
    } else {
        body.to_string()
    };
    let lower = body.to_ascii_lowercase();
    let v = if let Some(h) = lower.strip_prefix("0x") {
        i64::from_str_radix(h, 16).ok()?
    } else if let Some(o) = lower.strip_prefix("0o") {
        i64::from_str_radix(o, 8).ok()?
    } else if let Some(b) = lower.strip_prefix("0b") {
        i64::from_str_radix(b, 2).ok()?
    } else if lower.len() > 1 && lower.starts_with('0') {
        i64::from_str_radix(&lower[1..], 8).ok()?
    } else {
        if !lower.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        lower.parse::<i64>().ok()?
    };
    Some(if neg { -v } else { v })
}

/// spf13/cast ToInt64 (errors → 0).
pub fn to_i64(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        Value::Float(f) => {
            if f.is_nan() {
                i64::MIN
            } else {
                *f as i64
            }
        }
        Value::Bool(b) => i64::from(*b),
        Value::Str(s) => parse_int_base0(trim_zero_decimal(s)).unwrap_or(0),
        _ => 0,
    }
}

/// spf13/cast ToFloat64 (errors → 0).
pub fn to_f64(v: &Value) -> f64 {
    match v {
        Value::Int(i) => *i as f64,
        Value::Float(f) => *f,
        Value::Bool(true) => 1.0,
        Value::Bool(false) => 0.0,
        Value::Str(s) => s.parse::<f64>().unwrap_or(0.0),
        _ => 0.0,
    }
}

/// A list-ish value as a slice of values (Go reflect over slices/arrays).
pub fn as_list(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::List(l) => Some(l.as_ref().clone()),
        _ => None,
    }
}

/// `[]string` conversion as sprig's `strslice`.
pub fn strslice(v: &Value) -> Vec<String> {
    match v {
        Value::List(l) => l.iter().filter(|e| !e.is_nilish()).map(strval).collect(),
        Value::Missing | Value::Nil => Vec::new(),
        other => vec![strval(other)],
    }
}

pub fn str_list(v: Vec<String>) -> Value {
    Value::list(v.into_iter().map(Value::string).collect())
}
