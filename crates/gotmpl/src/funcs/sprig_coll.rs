//! Sprig list and dict functions.

use super::conv::{str_list, strval};
use super::{FErr, FResult, FuncMap, map, s};
use crate::value::{MapRef, Value, deep_equal};
use std::collections::BTreeMap;

fn list_arg(name: &str, v: &Value) -> Result<Vec<Value>, FErr> {
    match v {
        Value::List(l) => Ok(l.as_ref().clone()),
        other => Err(FErr::Call(format!(
            "Cannot {name} on type {}",
            other.type_name()
        ))),
    }
}

fn l(v: Vec<Value>) -> FResult {
    Ok(Value::list(v))
}

/// Sprig's deep merge (mergo): without overwrite, fill keys that are missing or
/// empty in dst; with overwrite, source values replace destination ones.
pub fn merge_into(dst: &MapRef, src: &MapRef, overwrite: bool) {
    if std::rc::Rc::ptr_eq(dst, src) {
        return;
    }
    let src = src.borrow();
    for (k, sv) in src.iter() {
        let dv = dst.borrow().get(k).cloned();
        match dv {
            None => {
                dst.borrow_mut().insert(k.clone(), sv.clone());
            }
            Some(dv) => {
                if let (Value::Map(dm), Value::Map(sm)) = (&dv, sv) {
                    merge_into(dm, sm, overwrite);
                } else if overwrite || !dv.truthy() {
                    dst.borrow_mut().insert(k.clone(), sv.clone());
                }
            }
        }
    }
}

pub fn register(m: &mut FuncMap) {
    m.addv("list", 0, |_, a| l(a.to_vec()));
    m.addv("tuple", 0, |_, a| l(a.to_vec()));
    for (name, must) in [
        ("append", false),
        ("push", false),
        ("mustAppend", true),
        ("mustPush", true),
    ] {
        let _ = must;
        m.add(name, 2, |_, a| {
            let mut v = list_arg("push", &a[0])?;
            v.push(a[1].clone());
            l(v)
        });
    }
    for name in ["prepend", "mustPrepend"] {
        m.add(name, 2, |_, a| {
            let mut v = list_arg("prepend", &a[0])?;
            v.insert(0, a[1].clone());
            l(v)
        });
    }
    m.addv("concat", 0, |_, a| {
        let mut out = Vec::new();
        for x in a {
            match x {
                Value::List(v) => out.extend(v.iter().cloned()),
                o => {
                    return Err(FErr::Call(format!(
                        "Cannot concat type {} as list",
                        o.type_name()
                    )));
                }
            }
        }
        l(out)
    });
    for name in ["first", "mustFirst"] {
        m.add(name, 1, |_, a| {
            let v = list_arg("find first", &a[0])?;
            Ok(v.first().cloned().unwrap_or(Value::Nil))
        });
    }
    for name in ["last", "mustLast"] {
        m.add(name, 1, |_, a| {
            let v = list_arg("find last", &a[0])?;
            Ok(v.last().cloned().unwrap_or(Value::Nil))
        });
    }
    for name in ["rest", "mustRest"] {
        m.add(name, 1, |_, a| {
            let v = list_arg("find rest", &a[0])?;
            if v.is_empty() {
                return l(v);
            }
            l(v[1..].to_vec())
        });
    }
    for name in ["initial", "mustInitial"] {
        m.add(name, 1, |_, a| {
            let v = list_arg("find initial", &a[0])?;
            if v.is_empty() {
                return l(v);
            }
            l(v[..v.len() - 1].to_vec())
        });
    }
    for name in ["reverse", "mustReverse"] {
        m.add(name, 1, |_, a| {
            let mut v = list_arg("find reverse", &a[0])?;
            v.reverse();
            l(v)
        });
    }
    for name in ["uniq", "mustUniq"] {
        m.add(name, 1, |_, a| {
            let v = list_arg("find uniq", &a[0])?;
            let mut out: Vec<Value> = Vec::new();
            for x in v {
                if !out.iter().any(|y| deep_equal(y, &x)) {
                    out.push(x);
                }
            }
            l(out)
        });
    }
    for name in ["compact", "mustCompact"] {
        m.add(name, 1, |_, a| {
            let v = list_arg("compact", &a[0])?;
            l(v.into_iter().filter(|x| x.truthy()).collect())
        });
    }
    for name in ["without", "mustWithout"] {
        m.addv(name, 1, |_, a| {
            let v = list_arg("find without", &a[0])?;
            l(v.into_iter()
                .filter(|x| !a[1..].iter().any(|o| deep_equal(o, x)))
                .collect())
        });
    }
    for name in ["has", "mustHas"] {
        m.add(name, 2, |_, a| match &a[1] {
            Value::List(v) => Ok(Value::Bool(v.iter().any(|x| deep_equal(x, &a[0])))),
            Value::Missing | Value::Nil => Ok(Value::Bool(false)),
            o => Err(FErr::Call(format!(
                "Cannot find has on type {}",
                o.type_name()
            ))),
        });
    }
    // Sprig's `slice` replaces text/template's builtin of the same name.
    for name in ["slice", "mustSlice"] {
        m.addv(name, 1, |_, a| {
            let v = match &a[0] {
                Value::List(l) => l.as_ref().clone(),
                o => {
                    return Err(FErr::Call(format!(
                        "list should be type of slice or array but {}",
                        o.kind_name()
                    )));
                }
            };
            let n = v.len() as i64;
            let st = a.get(1).map(super::conv::to_i64).unwrap_or(0);
            let en = a.get(2).map(super::conv::to_i64).unwrap_or(n);
            if st < 0 || en > n || st > en {
                return Err(FErr::Call("slice bounds out of range".into()));
            }
            l(v[st as usize..en as usize].to_vec())
        });
    }
    m.add("chunk", 2, |_, a| {
        let size = super::int(a, 0)?;
        let v = list_arg("chunk", &a[1])?;
        if size <= 0 {
            return l(Vec::new());
        }
        l(v.chunks(size as usize)
            .map(|c| Value::list(c.to_vec()))
            .collect())
    });
    m.add("until", 1, |_, a| {
        let n = super::int(a, 0)?;
        super::check_size("until", (n as i128).abs(), super::MAX_ITEMS)?;
        let v: Vec<Value> = if n >= 0 {
            (0..n).map(Value::Int).collect()
        } else {
            (n + 1..=0).rev().map(Value::Int).collect()
        };
        l(v)
    });
    m.add("untilStep", 3, |_, a| {
        let (start, stop, step) = (super::int(a, 0)?, super::int(a, 1)?, super::int(a, 2)?);
        let mut v = Vec::new();
        if step != 0 {
            let span = stop as i128 - start as i128;
            super::check_size("untilStep", span / step as i128, super::MAX_ITEMS)?;
        }
        // `checked_add` ends the walk where Go's int would wrap past the bound.
        let mut i = Some(start);
        if step > 0 && start < stop {
            while let Some(x) = i.filter(|&x| x < stop) {
                v.push(Value::Int(x));
                i = x.checked_add(step);
            }
        } else if step < 0 && start > stop {
            while let Some(x) = i.filter(|&x| x > stop) {
                v.push(Value::Int(x));
                i = x.checked_add(step);
            }
        }
        l(v)
    });
    // ---- dicts ----
    m.addv("dict", 0, |_, a| {
        let mut out = BTreeMap::new();
        let mut i = 0;
        while i < a.len() {
            let k = strval(&a[i]);
            let v = a.get(i + 1).cloned().unwrap_or(Value::str(""));
            out.insert(k, if i + 1 < a.len() { v } else { Value::str("") });
            i += 2;
        }
        Ok(Value::map(out))
    });
    m.add("get", 2, |_, a| {
        let d = map(a, 0)?;
        let k = s(a, 1)?;
        Ok(d.borrow().get(k).cloned().unwrap_or(Value::str("")))
    });
    m.add("set", 3, |_, a| {
        let d = map(a, 0)?;
        let k = s(a, 1)?.to_string();
        d.borrow_mut().insert(k, a[2].clone());
        Ok(Value::Map(d))
    });
    m.add("unset", 2, |_, a| {
        let d = map(a, 0)?;
        let k = s(a, 1)?;
        d.borrow_mut().remove(k);
        Ok(Value::Map(d))
    });
    m.add("hasKey", 2, |_, a| {
        let d = map(a, 0)?;
        let k = s(a, 1)?;
        Ok(Value::Bool(d.borrow().contains_key(k)))
    });
    m.addv("pluck", 1, |_, a| {
        let k = s(a, 0)?;
        let mut out = Vec::new();
        for i in 1..a.len() {
            let d = map(a, i)?;
            if let Some(v) = d.borrow().get(k) {
                out.push(v.clone());
            }
        }
        l(out)
    });
    m.addv("keys", 0, |_, a| {
        let mut out = Vec::new();
        for i in 0..a.len() {
            let d = map(a, i)?;
            out.extend(d.borrow().keys().cloned());
        }
        Ok(str_list(out))
    });
    m.addv("pick", 1, |_, a| {
        let d = map(a, 0)?;
        let mut out = BTreeMap::new();
        for i in 1..a.len() {
            let k = s(a, i)?;
            if let Some(v) = d.borrow().get(k) {
                out.insert(k.to_string(), v.clone());
            }
        }
        Ok(Value::map(out))
    });
    m.addv("omit", 1, |_, a| {
        let d = map(a, 0)?;
        let mut drop = Vec::new();
        for i in 1..a.len() {
            drop.push(s(a, i)?.to_string());
        }
        let out = d
            .borrow()
            .iter()
            .filter(|(k, _)| !drop.contains(k))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        Ok(Value::map(out))
    });
    m.add("values", 1, |_, a| {
        let d = map(a, 0)?;
        l(d.borrow().values().cloned().collect())
    });
    for (name, ow) in [
        ("merge", false),
        ("mustMerge", false),
        ("mergeOverwrite", true),
        ("mustMergeOverwrite", true),
    ] {
        let f: super::FuncImpl = if ow {
            |_, a| merge_fn(a, true)
        } else {
            |_, a| merge_fn(a, false)
        };
        m.addv(name, 1, f);
    }
    for name in ["deepCopy", "mustDeepCopy"] {
        m.add(name, 1, |_, a| Ok(a[0].deep_copy()));
    }
    m.addv("dig", 2, |_, a| {
        let n = a.len();
        let d = map(a, n - 1)?;
        let default = a[n - 2].clone();
        let keys: Vec<String> = a[..n - 2].iter().map(strval).collect();
        let mut cur = Value::Map(d);
        for k in &keys {
            let next = match &cur {
                Value::Map(m) => m.borrow().get(k).cloned(),
                other => {
                    return Err(FErr::Call(format!(
                        "interface conversion: interface {{}} is {}, not map[string]interface {{}}",
                        other.type_name()
                    )));
                }
            };
            match next {
                Some(v) => cur = v,
                None => return Ok(default),
            }
        }
        Ok(cur)
    });
}

fn merge_fn(a: &[Value], overwrite: bool) -> FResult {
    let dst = map(a, 0)?;
    for i in 1..a.len() {
        let src = map(a, i)?;
        merge_into(&dst, &src, overwrite);
    }
    Ok(Value::Map(dst))
}
