//! Helm's values coalescing: user values over chart defaults, subchart scoping, globals.

use super::Chart;
use crate::Value;
use std::collections::BTreeMap;

/// Coalesce `user` over `defaults` like Helm (maps merge, user null deletes).
pub fn coalesce(defaults: &Value, user: &Value) -> Value {
    match (defaults, user) {
        (Value::Map(d), Value::Map(u)) => {
            let mut out = BTreeMap::new();
            let d = d.borrow();
            let u = u.borrow();
            for (k, dv) in d.iter() {
                match u.get(k) {
                    None => {
                        out.insert(k.clone(), dv.deep_copy());
                    }
                    Some(Value::Nil) => {}
                    Some(uv) => {
                        if let (Value::Map(_), Value::Map(_)) = (dv, uv) {
                            out.insert(k.clone(), coalesce(dv, uv));
                        } else {
                            out.insert(k.clone(), uv.deep_copy());
                        }
                    }
                }
            }
            for (k, uv) in u.iter() {
                if !d.contains_key(k) {
                    out.insert(k.clone(), uv.deep_copy());
                }
            }
            Value::map(out)
        }
        (_, Value::Missing) => defaults.deep_copy(),
        (d, Value::Nil) => d.deep_copy(),
        (_, u) => u.deep_copy(),
    }
}

/// Parent globals override the subchart's (maps merge, parent wins).
fn merge_globals(parent: &Value, sub: &Value) -> Value {
    match (parent, sub) {
        (Value::Map(p), Value::Map(_)) => {
            let mut out = match sub.deep_copy() {
                Value::Map(m) => m.borrow().to_btree(),
                _ => BTreeMap::new(),
            };
            for (k, pv) in p.borrow().iter() {
                let merged = match (pv, out.get(k)) {
                    (Value::Map(_), Some(sv @ Value::Map(_))) => merge_globals(pv, sv),
                    (Value::Map(_), Some(_)) => continue,
                    _ => pv.deep_copy(),
                };
                out.insert(k.clone(), merged);
            }
            Value::map(out)
        }
        (Value::Map(_), _) => parent.deep_copy(),
        _ => sub.deep_copy(),
    }
}

/// Values for a chart and, under each subchart's name, its subchart (Helm's
/// CoalesceValues: user over chart defaults, parent `global` pushed into subcharts).
pub fn coalesce_chart(chart: &Chart, user: &Value) -> Value {
    coalesce_subcharts(chart, coalesce(&chart.values, user))
}

/// Pushes the values under each subchart's name (and the parent's `global`) down over
/// that subchart's own defaults, recursively.
pub(super) fn coalesce_subcharts(chart: &Chart, v: Value) -> Value {
    if chart.subcharts.is_empty() {
        return v;
    }
    let Value::Map(vm) = &v else { return v };
    for sub in &chart.subcharts {
        let name = sub.name();
        let mut sub_user = match vm.borrow().get(&name) {
            Some(Value::Map(m)) => m.borrow().to_btree(),
            _ => BTreeMap::new(),
        };
        let parent_global = vm.borrow().get("global").cloned().unwrap_or(Value::Missing);
        let sub_global = sub_user
            .get("global")
            .cloned()
            .unwrap_or_else(Value::empty_map);
        sub_user.insert("global".into(), merge_globals(&parent_global, &sub_global));
        let sv = coalesce_chart(sub, &Value::map(sub_user));
        vm.borrow_mut().insert(name, sv);
    }
    v
}

/// Istio's charts keep their defaults under `_internal_defaults_do_not_set` (a template
/// merges them beneath the user's values); hoisting them gives the same values without it.
pub(super) fn hoist_internal_defaults(values: &Value) -> Value {
    if let Value::Map(m) = values {
        let inner = m.borrow().get("_internal_defaults_do_not_set").cloned();
        if let Some(inner @ Value::Map(_)) = inner {
            let mut rest = m.borrow().to_btree();
            rest.remove("_internal_defaults_do_not_set");
            return coalesce(&inner, &Value::map(rest));
        }
    }
    values.clone()
}
