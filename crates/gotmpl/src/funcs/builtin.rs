//! text/template's predefined functions.

use super::{FErr, FResult, FuncMap};
use crate::exec::Exec;
use crate::fmt::{fmt_v, sprint, sprintf, sprintln};
use crate::value::Value;

pub fn register(m: &mut FuncMap) {
    m.addv("and", 1, |_, a| Ok(a.last().cloned().unwrap_or_default()));
    m.addv("or", 1, |_, a| Ok(a.last().cloned().unwrap_or_default()));
    m.add("not", 1, |_, a| Ok(Value::Bool(!a[0].truthy())));
    m.addv("call", 1, |_, a| {
        Err(FErr::Arg(format!(
            "non-function {} of type {}",
            fmt_v(&a[0]),
            a[0].type_name()
        )))
    });
    m.addv("eq", 1, eq);
    m.add("ne", 2, |_, a| {
        let r = eq_one(&a[0], &a[1])?;
        Ok(Value::Bool(!r))
    });
    m.add("lt", 2, |_, a| Ok(Value::Bool(lt(&a[0], &a[1])?)));
    m.add("le", 2, |_, a| {
        Ok(Value::Bool(lt(&a[0], &a[1])? || eq_one(&a[0], &a[1])?))
    });
    m.add("gt", 2, |_, a| {
        Ok(Value::Bool(!(lt(&a[0], &a[1])? || eq_one(&a[0], &a[1])?)))
    });
    m.add("ge", 2, |_, a| Ok(Value::Bool(!lt(&a[0], &a[1])?)));
    m.add("len", 1, |_, a| match &a[0] {
        Value::Str(s) => Ok(Value::Int(s.len() as i64)),
        Value::List(l) => Ok(Value::Int(l.len() as i64)),
        Value::Map(m) => Ok(Value::Int(m.borrow().len() as i64)),
        Value::Nil => Err(FErr::Call("len of nil pointer".into())),
        Value::Missing => Err(FErr::Call(
            "reflect: call of reflect.Value.Type on zero Value".into(),
        )),
        v => Err(FErr::Call(format!("len of type {}", v.type_name()))),
    });
    m.addv("index", 1, index);
    m.addv("slice", 1, slice);
    m.addv("print", 0, |_, a| Ok(Value::string(sprint(a))));
    m.addv("println", 0, |_, a| Ok(Value::string(sprintln(a))));
    m.addv("printf", 1, |_, a| {
        let f = super::s(a, 0)?;
        Ok(Value::string(sprintf(f, &a[1..])))
    });
    m.addv("html", 0, |_, a| {
        Ok(Value::string(html_escape(&eval_args(a))))
    });
    m.addv("js", 0, |_, a| Ok(Value::string(js_escape(&eval_args(a)))));
    m.addv("urlquery", 0, |_, a| {
        Ok(Value::string(query_escape(&eval_args(a))))
    });
}

/// Go's evalArgs: a single string is used as-is, otherwise fmt.Sprint.
fn eval_args(a: &[Value]) -> String {
    if a.len() == 1
        && let Value::Str(s) = &a[0]
    {
        return s.to_string();
    }
    sprint(a)
}

#[derive(PartialEq, Clone, Copy)]
enum Kind {
    Invalid,
    Bool,
    Int,
    Float,
    Str,
    Other,
}

fn kind(v: &Value) -> Kind {
    match v {
        Value::Missing | Value::Nil => Kind::Invalid,
        Value::Bool(_) => Kind::Bool,
        Value::Int(_) => Kind::Int,
        Value::Float(_) => Kind::Float,
        Value::Str(_) => Kind::Str,
        _ => Kind::Other,
    }
}

fn eq_one(a: &Value, b: &Value) -> Result<bool, FErr> {
    // A named basic type compares as its basic value.
    for (x, y) in [(a, b), (b, a)] {
        if let Value::Obj(o) = x
            && let Some(v) = o.scalar()
        {
            return eq_one(&v, y).map_err(|_| {
                FErr::Call(format!(
                    "incompatible types for comparison: {} and {}",
                    a.type_name(),
                    b.type_name()
                ))
            });
        }
    }
    let (k1, k2) = (kind(a), kind(b));
    if k1 != k2 || k1 == Kind::Other && std::mem::discriminant(a) != std::mem::discriminant(b) {
        if k1 == Kind::Invalid || k2 == Kind::Invalid {
            // one side nil: comparable when the other can be nil
            return Ok(false);
        }
        return Err(FErr::Call(format!(
            "incompatible types for comparison: {} and {}",
            a.type_name(),
            b.type_name()
        )));
    }
    Ok(match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Missing | Value::Nil, Value::Missing | Value::Nil) => true,
        _ => {
            return Err(FErr::Call(format!(
                "non-comparable type {}: {}",
                crate::fmt::sprintf("%s", std::slice::from_ref(b)),
                b.type_name()
            )));
        }
    })
}

fn eq(_: &mut Exec<'_>, a: &[Value]) -> FResult {
    if a.len() < 2 {
        return Err(FErr::Call("missing argument for comparison".into()));
    }
    for b in &a[1..] {
        if eq_one(&a[0], b)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn lt(a: &Value, b: &Value) -> Result<bool, FErr> {
    let (k1, k2) = (kind(a), kind(b));
    if matches!(k1, Kind::Invalid | Kind::Other) || matches!(k2, Kind::Invalid | Kind::Other) {
        return Err(FErr::Call("invalid type for comparison".into()));
    }
    if k1 != k2 {
        return Err(FErr::Call(format!(
            "incompatible types for comparison: {} and {}",
            a.type_name(),
            b.type_name()
        )));
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        (Value::Str(x), Value::Str(y)) => Ok(x < y),
        _ => Err(FErr::Call("invalid type for comparison".into())),
    }
}

fn index_of(v: &Value, len: usize) -> Result<usize, FErr> {
    match v {
        Value::Int(i) => {
            if *i < 0 || *i as usize >= len {
                Err(FErr::Call(format!("index out of range: {i}")))
            } else {
                Ok(*i as usize)
            }
        }
        Value::Missing | Value::Nil => Err(FErr::Call("cannot index slice/array with nil".into())),
        o => Err(FErr::Call(format!(
            "cannot index slice/array with type {}",
            o.type_name()
        ))),
    }
}

fn index(_: &mut Exec<'_>, a: &[Value]) -> FResult {
    let mut item = a[0].clone();
    for idx in &a[1..] {
        item = match &item {
            Value::List(l) => {
                let i = index_of(idx, l.len())?;
                l[i].clone()
            }
            Value::Str(s) => {
                let i = index_of(idx, s.len())?;
                Value::Int(s.as_bytes()[i] as i64)
            }
            Value::Map(m) => match idx {
                Value::Str(k) => {
                    let m = m.borrow();
                    match m.get(k) {
                        Some(v) => v.clone(),
                        None => m.elem_zero().cloned().unwrap_or(Value::Nil),
                    }
                }
                Value::Missing | Value::Nil => {
                    return Err(FErr::Call("value is nil; should be of type string".into()));
                }
                o => {
                    return Err(FErr::Call(format!(
                        "value has type {}; should be string",
                        o.type_name()
                    )));
                }
            },
            Value::Missing | Value::Nil => {
                return Err(FErr::Call("index of untyped nil".into()));
            }
            o => {
                return Err(FErr::Call(format!(
                    "can't index item of type {}",
                    o.type_name()
                )));
            }
        };
    }
    Ok(item)
}

fn slice(_: &mut Exec<'_>, a: &[Value]) -> FResult {
    let item = &a[0];
    if a.len() > 4 {
        return Err(FErr::Call(format!(
            "too many slice indexes: {}",
            a.len() - 1
        )));
    }
    let len = match item {
        Value::List(l) => l.len(),
        Value::Str(s) => s.len(),
        Value::Missing | Value::Nil => return Err(FErr::Call("slice of untyped nil".into())),
        o => {
            return Err(FErr::Call(format!(
                "can't slice item of type {}",
                o.type_name()
            )));
        }
    };
    let mut idx = [0usize, len, len];
    for (i, v) in a[1..].iter().enumerate() {
        let n = match v {
            Value::Int(n) => *n,
            o => {
                return Err(FErr::Call(format!(
                    "cannot index slice/array with type {}",
                    o.type_name()
                )));
            }
        };
        if n < 0 || n as usize > len {
            return Err(FErr::Call(format!("index out of range: {n}")));
        }
        idx[i] = n as usize;
    }
    if let Value::Str(s) = item {
        if a.len() > 3 {
            return Err(FErr::Call("cannot 3-index slice a string".into()));
        }
        if idx[0] > idx[1] {
            return Err(FErr::Call(format!(
                "invalid slice index: {} > {}",
                idx[0], idx[1]
            )));
        }
        let b = &s.as_bytes()[idx[0]..idx[1]];
        return Ok(Value::string(String::from_utf8_lossy(b).into_owned()));
    }
    if idx[0] > idx[1] {
        return Err(FErr::Call(format!(
            "invalid slice index: {} > {}",
            idx[0], idx[1]
        )));
    }
    if a.len() > 3 && idx[1] > idx[2] {
        return Err(FErr::Call(format!(
            "invalid slice index: {} > {}",
            idx[1], idx[2]
        )));
    }
    let Value::List(l) = item else { unreachable!() };
    Ok(Value::list(l[idx[0]..idx[1]].to_vec()))
}

pub fn html_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => o.push_str("&#34;"),
            '\'' => o.push_str("&#39;"),
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '\0' => o.push('\u{FFFD}'),
            c => o.push(c),
        }
    }
    o
}

pub fn js_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => o.push_str("\\\\"),
            '\'' => o.push_str("\\'"),
            '"' => o.push_str("\\\""),
            '<' => o.push_str("\\u003C"),
            '>' => o.push_str("\\u003E"),
            '&' => o.push_str("\\u0026"),
            '=' => o.push_str("\\u003D"),
            '\n' => o.push_str("\\u000A"),
            '\r' => o.push_str("\\u000D"),
            '\t' => o.push_str("\\u0009"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04X}", c as u32)),
            c => o.push(c),
        }
    }
    o
}

/// url.QueryEscape.
pub fn query_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                o.push(b as char)
            }
            b' ' => o.push('+'),
            b => o.push_str(&format!("%{b:02X}")),
        }
    }
    o
}
