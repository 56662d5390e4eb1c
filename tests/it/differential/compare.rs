//! Comparing two multi-document manifests the way a reviewer would: which objects each
//! side has (by kind, namespace and name), in which order, then, object by object, the text
//! (byte for byte) and, where the text differs, the field paths that differ.

use serde_json::Value;

use super::deliberate;

/// An object's identity in a manifest.
pub type Key = (String, String, String);

/// One document of a manifest: its identity, its exact text and its parsed value.
#[derive(Debug, Clone)]
pub struct Doc {
    pub key: Key,
    pub text: String,
    pub value: Value,
}

fn key_of(v: &Value) -> Key {
    let s = |p: &str| {
        v.pointer(p)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    };
    (s("/kind"), s("/metadata/namespace"), s("/metadata/name"))
}

/// Splits a manifest at its `---` lines; empty documents are dropped.
pub fn docs(text: &str, origin: &str) -> Result<Vec<Doc>, String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut flush = |cur: &mut String| -> Result<(), String> {
        let t = std::mem::take(cur);
        if t.trim().is_empty() {
            return Ok(());
        }
        let value = ::sailctl::yaml::parse_single(origin, &t).map_err(|e| format!("{e}"))?;
        if value.is_object() {
            out.push(Doc {
                key: key_of(&value),
                text: t.trim_end().to_string(),
                value,
            });
        }
        Ok(())
    };
    for line in text.lines() {
        if line == "---" {
            flush(&mut cur)?;
        } else {
            cur.push_str(line);
            cur.push('\n');
        }
    }
    flush(&mut cur)?;
    Ok(out)
}

/// What a comparison found.
#[derive(Debug, Default)]
pub struct Report {
    /// Objects the reference printed.
    pub total: usize,
    /// Of those, the ones sailctl printed identically (byte for byte, or equal after the
    /// deliberate differences for the objects that have them).
    pub identical: usize,
    /// One entry per problem, readable on its own.
    pub problems: Vec<String>,
}

impl Report {
    pub fn is_clean(&self) -> bool {
        self.problems.is_empty()
    }
}

fn show(k: &Key) -> String {
    if k.1.is_empty() {
        format!("{}/{}", k.0, k.2)
    } else {
        format!("{}/{}/{}", k.0, k.1, k.2)
    }
}

/// Compares sailctl's manifest with the reference's.
pub fn manifests(reference: &[Doc], ours: &[Doc]) -> Report {
    let mut r = Report {
        total: reference.len(),
        ..Report::default()
    };
    let find = |docs: &[Doc], k: &Key| docs.iter().position(|d| &d.key == k);
    for d in reference {
        let Some(i) = find(ours, &d.key) else {
            r.problems
                .push(format!("missing in sailctl: {}", show(&d.key)));
            continue;
        };
        let o = &ours[i];
        match object(d, o) {
            None => r.identical += 1,
            Some(diff) => r.problems.push(format!("{}:\n{diff}", show(&d.key))),
        }
    }
    for o in ours {
        if find(reference, &o.key).is_none() {
            r.problems
                .push(format!("only in sailctl: {}", show(&o.key)));
        }
    }
    let common = |a: &[Doc], b: &[Doc]| -> Vec<Key> {
        a.iter()
            .filter(|d| find(b, &d.key).is_some())
            .map(|d| d.key.clone())
            .collect()
    };
    let (ra, oa) = (common(reference, ours), common(ours, reference));
    if ra != oa {
        let at = ra.iter().zip(&oa).position(|(a, b)| a != b).unwrap_or(0);
        r.problems.push(format!(
            "order differs at object {at}: reference has {}, sailctl {}",
            show(&ra[at]),
            show(&oa[at])
        ));
    }
    r
}

/// `None` when the two objects are identical (allowing for deliberate differences),
/// otherwise the differing field paths.
fn object(reference: &Doc, ours: &Doc) -> Option<String> {
    if !deliberate::applies(&reference.key) {
        if reference.text == ours.text {
            return None;
        }
        if reference.value == ours.value {
            return Some(format!(
                "  same fields, different text:\n{}",
                text_diff(&reference.text, &ours.text)
            ));
        }
        return Some(paths(&reference.value, &ours.value));
    }
    let (mut a, mut b) = (reference.value.clone(), ours.value.clone());
    deliberate::normalise(&reference.key, &mut a);
    deliberate::normalise(&ours.key, &mut b);
    (a != b).then(|| paths(&a, &b))
}

fn text_diff(a: &str, b: &str) -> String {
    let (al, bl): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    let at = al
        .iter()
        .zip(&bl)
        .position(|(x, y)| x != y)
        .unwrap_or(al.len().min(bl.len()));
    format!(
        "    line {}: reference {:?}\n    line {}: sailctl   {:?}",
        at + 1,
        al.get(at).unwrap_or(&"<end>"),
        at + 1,
        bl.get(at).unwrap_or(&"<end>")
    )
}

/// At most this many differing paths per object are listed.
const MAX_PATHS: usize = 25;

/// The differing field paths of two values, one per line (`-` only in the reference, `+`
/// only in sailctl, `~` different values).
pub fn paths(a: &Value, b: &Value) -> String {
    let mut out = Vec::new();
    walk(a, b, String::new(), &mut out);
    let more = out.len().saturating_sub(MAX_PATHS);
    out.truncate(MAX_PATHS);
    if more > 0 {
        out.push(format!("  … and {more} more"));
    }
    out.join("\n")
}

fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 120 {
        format!("{}…", s.chars().take(120).collect::<String>())
    } else {
        s
    }
}

fn walk(a: &Value, b: &Value, at: String, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, v) in x {
                let p = format!("{at}.{k}");
                match y.get(k) {
                    None => out.push(format!("  - {p}: {}", short(v))),
                    Some(w) => walk(v, w, p, out),
                }
            }
            for (k, w) in y {
                if !x.contains_key(k) {
                    out.push(format!("  + {at}.{k}: {}", short(w)));
                }
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (v, w)) in x.iter().zip(y).enumerate() {
                walk(v, w, format!("{at}[{i}]"), out);
            }
        }
        _ if a != b => out.push(format!("  ~ {at}: {} → {}", short(a), short(b))),
        _ => {}
    }
}
