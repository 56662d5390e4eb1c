//! sailctl's CRD generator: turns the compact description in manifests/crds/istio-crds.txt
//! (its header documents the notation) into a YAML stream of apiextensions.k8s.io/v1
//! CustomResourceDefinitions, every schema node at every depth spelled out. Used by build.rs:
//! the output is bundled as the base chart's `files/crd-all.gen.yaml`. Plain std only: build
//! scripts have no deps.
//!
//! Maps are printed with their keys sorted, as istioctl prints manifests; strings that are
//! not plainly safe are double-quoted, so the stream reads back exactly as described.

use std::collections::{BTreeMap, HashMap};

/// A YAML value to print.
#[derive(Clone, Debug)]
enum Y {
    Map(BTreeMap<String, Y>),
    List(Vec<Y>),
    Str(String),
    /// A number or boolean, printed as written.
    Raw(String),
}

fn map<const N: usize>(entries: [(&str, Y); N]) -> Y {
    Y::Map(
        entries
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

fn s(v: &str) -> Y {
    Y::Str(v.to_string())
}

fn strs(v: &[String]) -> Y {
    Y::List(v.iter().map(|x| s(x)).collect())
}

/// The options of one schema node: keys set on it, in order, and rules appended to its
/// `x-kubernetes-validations`.
#[derive(Clone, Debug, Default)]
struct Opts {
    set: Vec<(&'static str, Y)>,
    rules: Vec<String>,
}

impl Opts {
    fn is_empty(&self) -> bool {
        self.set.is_empty() && self.rules.is_empty()
    }
}

#[derive(Debug)]
enum Ty {
    Scalar(&'static str),
    IntOrString,
    /// Free-form: an object keeping unknown fields.
    Free,
    /// A message, as written (resolved when rendering).
    Msg(String),
    List(Box<Ty>),
    Map(Box<Ty>),
}

impl Ty {
    fn depth(&self) -> usize {
        match self {
            Ty::List(t) | Ty::Map(t) => 1 + t.depth(),
            _ => 0,
        }
    }
}

struct Field {
    name: String,
    ty: Ty,
    /// Options per level: the field's node, then its items/values, and so on.
    levels: Vec<Opts>,
}

#[derive(Default)]
struct Msg {
    opts: Opts,
    required: Vec<String>,
    oneofs: Vec<Vec<String>>,
    fields: Vec<Field>,
}

#[derive(Default)]
struct Rule {
    cel: Vec<String>,
    extra: Vec<(&'static str, Y)>,
}

struct Version {
    name: String,
    served: bool,
    storage: bool,
    deprecated: bool,
    warning: Option<String>,
}

struct Col {
    name: String,
    ty: String,
    path: String,
    extra: Vec<(&'static str, Y)>,
}

struct Crd {
    line: usize,
    kind: String,
    group: String,
    plural: String,
    short: Vec<String>,
    categories: Vec<String>,
    versions: Vec<Version>,
    cols: Vec<Col>,
    spec: Option<(String, bool)>,
    status: Option<String>,
    subresources: Vec<String>,
}

#[derive(Default)]
struct Desc {
    labels: Vec<(String, String)>,
    annotations: Vec<(String, String)>,
    crds: Vec<Crd>,
    msgs: HashMap<String, Msg>,
    rules: HashMap<String, Rule>,
}

enum Ctx {
    Top,
    Crd,
    Msg(String),
    Rule(String),
}

/// The text after the first `n` words of a line (one separating space dropped).
fn rest(t: &str, n: usize) -> &str {
    let mut r = t;
    for _ in 0..n {
        r = r.trim_start();
        r = r.find(char::is_whitespace).map_or("", |i| &r[i..]);
    }
    r.strip_prefix(' ').unwrap_or(r)
}

fn number(v: &str) -> Option<Y> {
    (v.parse::<i64>().is_ok() || v.parse::<f64>().is_ok_and(f64::is_finite))
        .then(|| Y::Raw(v.to_string()))
}

fn parse_opt(o: &str, opts: &mut Opts) -> Result<(), String> {
    let num = |v: &str| number(v).ok_or_else(|| format!("{o}: not a number"));
    match o {
        "nullable" => opts.set.push(("nullable", Y::Raw("true".into()))),
        "preserve" => opts.set.push((
            "x-kubernetes-preserve-unknown-fields",
            Y::Raw("true".into()),
        )),
        _ => {
            let (k, v) = o
                .split_once('=')
                .ok_or_else(|| format!("unknown option {o}"))?;
            let (key, val) = match k {
                "enum" => ("enum", Y::List(v.split('|').map(s).collect())),
                "fmt" => ("format", s(v)),
                "min" => ("minimum", num(v)?),
                "max" => ("maximum", num(v)?),
                "minLen" => ("minLength", num(v)?),
                "maxLen" => ("maxLength", num(v)?),
                "minItems" => ("minItems", num(v)?),
                "maxItems" => ("maxItems", num(v)?),
                "minProps" => ("minProperties", num(v)?),
                "maxProps" => ("maxProperties", num(v)?),
                "pattern" => ("pattern", s(v)),
                "default" => (
                    "default",
                    match v {
                        "true" | "false" => Y::Raw(v.into()),
                        _ => number(v).unwrap_or_else(|| s(v)),
                    },
                ),
                "listType" => ("x-kubernetes-list-type", s(v)),
                "listKeys" => (
                    "x-kubernetes-list-map-keys",
                    Y::List(v.split(',').map(s).collect()),
                ),
                "rule" => {
                    opts.rules.push(v.to_string());
                    return Ok(());
                }
                _ => return Err(format!("unknown option {o}")),
            };
            if v.is_empty() {
                return Err(format!("{o}: empty value"));
            }
            opts.set.push((key, val));
        }
    }
    Ok(())
}

fn parse_ty(t: &str) -> Result<Ty, String> {
    if let Some(item) = t.strip_prefix("[]") {
        return Ok(Ty::List(Box::new(parse_ty(item)?)));
    }
    if let Some(v) = t.strip_prefix("map<").and_then(|x| x.strip_suffix('>')) {
        return Ok(Ty::Map(Box::new(parse_ty(v)?)));
    }
    Ok(match t {
        "string" => Ty::Scalar("string"),
        "integer" => Ty::Scalar("integer"),
        "number" => Ty::Scalar("number"),
        "boolean" => Ty::Scalar("boolean"),
        "int-or-string" => Ty::IntOrString,
        "object" => Ty::Free,
        _ if !t.is_empty()
            && t.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_') =>
        {
            Ty::Msg(t.to_string())
        }
        _ => return Err(format!("bad type {t}")),
    })
}

fn parse_field(w: &[&str]) -> Result<Field, String> {
    if w.len() < 3 {
        return Err("f <field> <type> [option]...".into());
    }
    let ty = parse_ty(w[2])?;
    let mut levels = vec![Opts::default()];
    for o in &w[3..] {
        if *o == "|" {
            levels.push(Opts::default());
        } else if let Some(l) = levels.last_mut() {
            parse_opt(o, l)?;
        }
    }
    if levels.len() > ty.depth() + 1 {
        return Err("more `|` levels than the type has".into());
    }
    Ok(Field {
        name: w[1].to_string(),
        ty,
        levels,
    })
}

fn parse(desc: &str) -> Result<Desc, String> {
    let mut d = Desc::default();
    let mut ctx = Ctx::Top;
    for (n, line) in desc.lines().enumerate() {
        let t = line.trim_start();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let w: Vec<&str> = t.split_whitespace().collect();
        let err = |m: &str| format!("line {}: {m}: {t}", n + 1);
        let need = |k: usize, usage: &str| {
            if w.len() < k { Err(err(usage)) } else { Ok(()) }
        };
        match (w[0], &ctx) {
            ("label" | "annotation", _) => {
                need(3, "label|annotation <key> <value>")?;
                let kv = (w[1].to_string(), rest(t, 2).to_string());
                if w[0] == "label" {
                    d.labels.push(kv);
                } else {
                    d.annotations.push(kv);
                }
                ctx = Ctx::Top;
            }
            ("crd", _) => {
                if w.len() != 4 {
                    return Err(err("crd <Kind> <group> <plural>"));
                }
                d.crds.push(Crd {
                    line: n + 1,
                    kind: w[1].into(),
                    group: w[2].into(),
                    plural: w[3].into(),
                    short: vec![],
                    categories: vec![],
                    versions: vec![],
                    cols: vec![],
                    spec: None,
                    status: None,
                    subresources: vec![],
                });
                ctx = Ctx::Crd;
            }
            ("msg", _) => {
                need(2, "msg <name> [option]...")?;
                let mut m = Msg::default();
                for o in &w[2..] {
                    parse_opt(o, &mut m.opts).map_err(|e| err(&e))?;
                }
                if d.msgs.insert(w[1].to_string(), m).is_some() {
                    return Err(err("message described twice"));
                }
                ctx = Ctx::Msg(w[1].to_string());
            }
            ("rule", _) => {
                if w.len() != 2 {
                    return Err(err("rule <name>"));
                }
                if d.rules.insert(w[1].to_string(), Rule::default()).is_some() {
                    return Err(err("rule described twice"));
                }
                ctx = Ctx::Rule(w[1].to_string());
            }
            (k, Ctx::Crd) => {
                let Some(c) = d.crds.last_mut() else {
                    return Err(err("outside a crd"));
                };
                match k {
                    "short" => c.short.extend(w[1..].iter().map(|x| x.to_string())),
                    "categories" => c.categories.extend(w[1..].iter().map(|x| x.to_string())),
                    "subresources" => c.subresources.extend(w[1..].iter().map(|x| x.to_string())),
                    "version" => {
                        need(2, "version <name> [served] [storage] [deprecated]")?;
                        let mut v = Version {
                            name: w[1].into(),
                            served: false,
                            storage: false,
                            deprecated: false,
                            warning: None,
                        };
                        for f in &w[2..] {
                            match *f {
                                "served" => v.served = true,
                                "storage" => v.storage = true,
                                "deprecated" => v.deprecated = true,
                                _ => return Err(err("unknown version flag")),
                            }
                        }
                        c.versions.push(v);
                    }
                    "warning" => {
                        let v = c
                            .versions
                            .last_mut()
                            .ok_or_else(|| err("warning before any version"))?;
                        v.warning = Some(rest(t, 1).to_string());
                    }
                    "col" => {
                        need(4, "col <name> <type> <jsonPath> [priority=N] [fmt=F]")?;
                        let mut col = Col {
                            name: w[1].into(),
                            ty: w[2].into(),
                            path: w[3].into(),
                            extra: vec![],
                        };
                        for o in &w[4..] {
                            if let Some(p) = o.strip_prefix("priority=") {
                                let p = number(p).ok_or_else(|| err("priority"))?;
                                col.extra.push(("priority", p));
                            } else if let Some(f) = o.strip_prefix("fmt=") {
                                col.extra.push(("format", s(f)));
                            } else {
                                return Err(err("unknown column option"));
                            }
                        }
                        c.cols.push(col);
                    }
                    "spec" => {
                        need(2, "spec <message> [req]")?;
                        let req = match w.get(2) {
                            None => false,
                            Some(&"req") if w.len() == 3 => true,
                            _ => return Err(err("spec <message> [req]")),
                        };
                        c.spec = Some((w[1].to_string(), req));
                    }
                    "status" => {
                        if w.len() != 2 {
                            return Err(err("status <message>"));
                        }
                        c.status = Some(w[1].to_string());
                    }
                    // read by the analyzer
                    "analyze" if w.len() == 1 => {}
                    _ => return Err(err("unknown crd line")),
                }
            }
            (k, Ctx::Msg(name)) => {
                let Some(m) = d.msgs.get_mut(name) else {
                    return Err(err("outside a msg"));
                };
                match k {
                    "f" => m.fields.push(parse_field(&w).map_err(|e| err(&e))?),
                    "req" => m.required.extend(w[1..].iter().map(|x| x.to_string())),
                    "oneof" => {
                        need(2, "oneof <field>...")?;
                        m.oneofs
                            .push(w[1..].iter().map(|x| x.to_string()).collect());
                    }
                    _ => return Err(err("unknown msg line")),
                }
            }
            (k, Ctx::Rule(name)) => {
                let Some(r) = d.rules.get_mut(name) else {
                    return Err(err("outside a rule"));
                };
                let text = rest(t, 1).to_string();
                match k {
                    "cel" => r.cel.push(text),
                    "message" => r.extra.push(("message", Y::Str(text))),
                    "messageExpression" => r.extra.push(("messageExpression", Y::Str(text))),
                    "reason" => r.extra.push(("reason", Y::Str(text))),
                    "fieldPath" => r.extra.push(("fieldPath", Y::Str(text))),
                    "optionalOldSelf" if text == "true" || text == "false" => {
                        r.extra.push(("optionalOldSelf", Y::Raw(text)))
                    }
                    _ => return Err(err("unknown rule line")),
                }
            }
            _ => return Err(err("unknown directive")),
        }
    }
    for (name, r) in &d.rules {
        if r.cel.is_empty() {
            return Err(format!("rule {name}: no cel line"));
        }
    }
    Ok(d)
}

/// istio.<area>.<version>.Name(.Nested)*: the package is the first three segments.
fn package_of(full: &str) -> &str {
    let mut ends = full.match_indices('.').map(|(i, _)| i);
    match (ends.next(), ends.next(), ends.next()) {
        (Some(_), Some(_), Some(i)) => &full[..i],
        _ => full,
    }
}

impl Desc {
    fn resolve(&self, t: &str, from: &str) -> Result<String, String> {
        let local = format!("{}.{t}", package_of(from));
        if self.msgs.contains_key(&local) {
            Ok(local)
        } else if self.msgs.contains_key(t) {
            Ok(t.to_string())
        } else {
            Err(format!("unknown message {t} (in {from})"))
        }
    }

    fn apply(&self, node: &mut Y, opts: &Opts, at: &str) -> Result<(), String> {
        let Y::Map(m) = node else {
            return Err(format!("{at}: options on a non-object node"));
        };
        for (k, v) in &opts.set {
            m.insert(k.to_string(), v.clone());
        }
        for r in &opts.rules {
            let rule = self
                .rules
                .get(r)
                .ok_or_else(|| format!("{at}: unknown rule {r}"))?;
            let mut v: BTreeMap<String, Y> = rule
                .extra
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect();
            v.insert("rule".into(), Y::Str(rule.cel.join("\n")));
            let list = m
                .entry("x-kubernetes-validations".into())
                .or_insert_with(|| Y::List(vec![]));
            if let Y::List(l) = list {
                l.push(Y::Map(v));
            }
        }
        Ok(())
    }

    fn node(
        &self,
        ty: &Ty,
        levels: &[Opts],
        from: &str,
        at: &str,
        stack: &mut Vec<String>,
    ) -> Result<Y, String> {
        let (own, below) = levels
            .split_first()
            .map_or((None, &[][..]), |(a, b)| (Some(a), b));
        let mut n = match ty {
            Ty::Scalar(t) => map([("type", s(t))]),
            Ty::IntOrString => map([
                (
                    "anyOf",
                    Y::List(vec![
                        map([("type", s("integer"))]),
                        map([("type", s("string"))]),
                    ]),
                ),
                ("x-kubernetes-int-or-string", Y::Raw("true".into())),
            ]),
            Ty::Free => map([
                ("type", s("object")),
                (
                    "x-kubernetes-preserve-unknown-fields",
                    Y::Raw("true".into()),
                ),
            ]),
            Ty::List(t) => map([
                ("type", s("array")),
                ("items", self.node(t, below, from, at, stack)?),
            ]),
            Ty::Map(t) => map([
                ("type", s("object")),
                (
                    "additionalProperties",
                    self.node(t, below, from, at, stack)?,
                ),
            ]),
            Ty::Msg(t) => {
                let name = self.resolve(t, from)?;
                self.message(&name, stack)?
            }
        };
        if let Some(o) = own.filter(|o| !o.is_empty()) {
            self.apply(&mut n, o, at)?;
        }
        Ok(n)
    }

    fn message(&self, name: &str, stack: &mut Vec<String>) -> Result<Y, String> {
        if stack.iter().any(|s| s == name) {
            return Err(format!("message {name} contains itself"));
        }
        let m = self
            .msgs
            .get(name)
            .ok_or_else(|| format!("unknown message {name}"))?;
        stack.push(name.to_string());
        let mut props = BTreeMap::new();
        for f in &m.fields {
            let at = format!("{name}.{}", f.name);
            let n = self.node(&f.ty, &f.levels, name, &at, stack)?;
            if props.insert(f.name.clone(), n).is_some() {
                return Err(format!("{at}: field described twice"));
            }
        }
        stack.pop();
        for r in m.required.iter().chain(m.oneofs.iter().flatten()) {
            if !props.contains_key(r) {
                return Err(format!("{name}: {r} is not a field"));
            }
        }
        let mut n = BTreeMap::new();
        n.insert("type".to_string(), s("object"));
        n.insert("properties".to_string(), Y::Map(props));
        if !m.required.is_empty() {
            n.insert("required".to_string(), strs(&m.required));
        }
        let groups: Vec<Y> = m.oneofs.iter().map(|g| oneof(g)).collect();
        if groups.len() == 1 {
            n.extend(groups.into_iter().map(|g| ("oneOf".to_string(), g)));
        } else if !groups.is_empty() {
            let all = groups.into_iter().map(|g| map([("oneOf", g)])).collect();
            n.insert("allOf".to_string(), Y::List(all));
        }
        let mut n = Y::Map(n);
        self.apply(&mut n, &m.opts, name)?;
        Ok(n)
    }

    fn crd(&self, c: &Crd) -> Result<Y, String> {
        let at = |m: &str| format!("crd {} (line {}): {m}", c.kind, c.line);
        let (spec, spec_req) = c.spec.as_ref().ok_or_else(|| at("no spec line"))?;
        if c.versions.iter().filter(|v| v.storage).count() != 1 {
            return Err(at("exactly one version must be the storage version"));
        }
        let mut stack = Vec::new();
        let mut props = BTreeMap::new();
        props.insert("spec".to_string(), self.message(spec, &mut stack)?);
        if let Some(status) = &c.status {
            props.insert("status".to_string(), self.message(status, &mut stack)?);
        }
        let mut schema = BTreeMap::new();
        schema.insert("type".to_string(), s("object"));
        schema.insert("properties".to_string(), Y::Map(props));
        if *spec_req {
            schema.insert("required".to_string(), Y::List(vec![s("spec")]));
        }
        let schema = map([("openAPIV3Schema", Y::Map(schema))]);
        let cols: Vec<Y> = c
            .cols
            .iter()
            .map(|col| {
                let mut m = BTreeMap::new();
                m.insert("name".to_string(), s(&col.name));
                m.insert("type".to_string(), s(&col.ty));
                m.insert("jsonPath".to_string(), s(&col.path));
                for (k, v) in &col.extra {
                    m.insert(k.to_string(), v.clone());
                }
                Y::Map(m)
            })
            .collect();
        let subresources = Y::Map(
            c.subresources
                .iter()
                .map(|r| (r.clone(), Y::Map(BTreeMap::new())))
                .collect(),
        );
        let bool_y = |b: bool| Y::Raw(b.to_string());
        let versions = c
            .versions
            .iter()
            .map(|v| {
                let mut m = BTreeMap::new();
                m.insert("name".to_string(), s(&v.name));
                if !cols.is_empty() {
                    m.insert(
                        "additionalPrinterColumns".to_string(),
                        Y::List(cols.clone()),
                    );
                }
                m.insert("schema".to_string(), schema.clone());
                m.insert("served".to_string(), bool_y(v.served));
                m.insert("storage".to_string(), bool_y(v.storage));
                if v.deprecated {
                    m.insert("deprecated".to_string(), bool_y(true));
                }
                if let Some(w) = &v.warning {
                    m.insert("deprecationWarning".to_string(), s(w));
                }
                if !c.subresources.is_empty() {
                    m.insert("subresources".to_string(), subresources.clone());
                }
                Y::Map(m)
            })
            .collect();
        let mut names = BTreeMap::new();
        names.insert("kind".to_string(), s(&c.kind));
        names.insert("listKind".to_string(), s(&format!("{}List", c.kind)));
        names.insert("plural".to_string(), s(&c.plural));
        names.insert("singular".to_string(), s(&c.kind.to_lowercase()));
        if !c.categories.is_empty() {
            names.insert("categories".to_string(), strs(&c.categories));
        }
        if !c.short.is_empty() {
            names.insert("shortNames".to_string(), strs(&c.short));
        }
        let pairs =
            |kv: &[(String, String)]| Y::Map(kv.iter().map(|(k, v)| (k.clone(), s(v))).collect());
        let mut meta = BTreeMap::new();
        meta.insert("name".to_string(), s(&format!("{}.{}", c.plural, c.group)));
        if !self.labels.is_empty() {
            meta.insert("labels".to_string(), pairs(&self.labels));
        }
        if !self.annotations.is_empty() {
            meta.insert("annotations".to_string(), pairs(&self.annotations));
        }
        Ok(map([
            ("apiVersion", s("apiextensions.k8s.io/v1")),
            ("kind", s("CustomResourceDefinition")),
            ("metadata", Y::Map(meta)),
            (
                "spec",
                map([
                    ("group", s(&c.group)),
                    ("names", Y::Map(names)),
                    ("scope", s("Namespaced")),
                    ("versions", Y::List(versions)),
                ]),
            ),
        ]))
    }
}

/// At most one of `fields`: none of them, or exactly one.
fn oneof(fields: &[String]) -> Y {
    let req = |f: &String| map([("required", Y::List(vec![s(f)]))]);
    let none = map([(
        "not",
        map([("anyOf", Y::List(fields.iter().map(req).collect()))]),
    )]);
    Y::List(
        std::iter::once(none)
            .chain(fields.iter().map(req))
            .collect(),
    )
}

/// A string as a YAML scalar: plain when that reads back as the same string, else
/// double-quoted with JSON escapes (which YAML shares).
fn scalar(v: &str) -> String {
    let plain = v.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '/'))
        && !matches!(
            v.to_ascii_lowercase().as_str(),
            "y" | "yes" | "n" | "no" | "true" | "false" | "on" | "off" | "null"
        );
    if plain {
        return v.to_string();
    }
    let mut out = String::from("\"");
    for c in v.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn emit(y: &Y, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    match y {
        Y::Map(m) => {
            for (k, v) in m {
                out.push_str(&format!("{pad}{}:", scalar(k)));
                match v {
                    Y::Map(x) if x.is_empty() => out.push_str(" {}\n"),
                    Y::List(x) if x.is_empty() => out.push_str(" []\n"),
                    Y::Map(_) => {
                        out.push('\n');
                        emit(v, indent + 2, out);
                    }
                    Y::List(_) => {
                        out.push('\n');
                        emit(v, indent, out);
                    }
                    Y::Str(x) => out.push_str(&format!(" {}\n", scalar(x))),
                    Y::Raw(x) => out.push_str(&format!(" {x}\n")),
                }
            }
        }
        Y::List(l) => {
            for item in l {
                match item {
                    Y::Map(x) if x.is_empty() => out.push_str(&format!("{pad}- {{}}\n")),
                    Y::List(x) if x.is_empty() => out.push_str(&format!("{pad}- []\n")),
                    Y::Map(_) | Y::List(_) => {
                        // Print one level deeper, then turn the first line's indent into "- ".
                        let mut sub = String::new();
                        emit(item, indent + 2, &mut sub);
                        out.push_str(&pad);
                        out.push_str("- ");
                        out.push_str(&sub[indent + 2..]);
                    }
                    Y::Str(x) => out.push_str(&format!("{pad}- {}\n", scalar(x))),
                    Y::Raw(x) => out.push_str(&format!("{pad}- {x}\n")),
                }
            }
        }
        Y::Str(x) => out.push_str(&format!("{pad}{}\n", scalar(x))),
        Y::Raw(x) => out.push_str(&format!("{pad}{x}\n")),
    }
}

/// Generates the CRD stream (documents separated by `---`).
pub fn generate(desc: &str) -> Result<String, String> {
    let d = parse(desc)?;
    let mut docs = Vec::new();
    for c in &d.crds {
        let mut text = String::new();
        emit(&d.crd(c)?, 0, &mut text);
        docs.push(text);
    }
    Ok(docs.join("---\n"))
}
