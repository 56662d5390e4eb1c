//! sailctl's CRD generator: turns the compact description in manifests/crds/istio-crds.txt
//! into a YAML stream of apiextensions.k8s.io/v1 CustomResourceDefinitions with structural
//! OpenAPI v3 schemas. Used by build.rs (the output is bundled as the base chart's
//! `files/crd-all.gen.yaml`) and by a unit test. Plain std only: build scripts have no deps.
//! The `msg` blocks of the description (nested message types) are for the analyzer's schema
//! validation; here they are parsed only to skip them, and message-typed fields become
//! objects that keep unknown fields.

struct Field {
    name: String,
    ty: String,
    required: bool,
    enums: Vec<String>,
    format: Option<String>,
    min: Option<String>,
    max: Option<String>,
}

struct Crd {
    kind: String,
    group: String,
    plural: String,
    short: Vec<String>,
    versions: Vec<(String, bool)>,
    spec_required: bool,
    labels: Vec<(String, String)>,
    cols: Vec<(String, String, String)>,
    fields: Vec<Field>,
}

fn parse(desc: &str) -> Result<Vec<Crd>, String> {
    let mut out: Vec<Crd> = Vec::new();
    // Inside a `msg` block: its `f` lines describe a nested message, not a CRD field.
    let mut in_msg = false;
    for (n, line) in desc.lines().enumerate() {
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let w: Vec<&str> = t.split_whitespace().collect();
        let err = |m: &str| format!("line {}: {m}: {t}", n + 1);
        match w[0] {
            "msg" => {
                if w.len() != 2 {
                    return Err(err("msg <proto full name>"));
                }
                in_msg = true;
            }
            "f" if in_msg => {
                if w.len() < 3 {
                    return Err(err("f <name> <type>"));
                }
            }
            "crd" => {
                in_msg = false;
                if w.len() < 6 {
                    return Err(err("crd needs kind, group, plural, shortNames, versions"));
                }
                let mut c = Crd {
                    kind: w[1].into(),
                    group: w[2].into(),
                    plural: w[3].into(),
                    short: if w[4] == "-" {
                        vec![]
                    } else {
                        w[4].split(',').map(String::from).collect()
                    },
                    versions: w[5]
                        .split(',')
                        .map(|v| (v.trim_end_matches('*').to_string(), v.ends_with('*')))
                        .collect(),
                    spec_required: false,
                    labels: vec![],
                    cols: vec![],
                    fields: vec![],
                };
                for extra in &w[6..] {
                    if *extra == "spec!" {
                        c.spec_required = true;
                    } else if extra.starts_with("proto=") {
                        // the spec message's proto package: read by the analyzer only
                    } else if let Some(l) = extra.strip_prefix("label:") {
                        let (k, v) = l.split_once('=').ok_or_else(|| err("label:k=v"))?;
                        c.labels.push((k.into(), v.into()));
                    } else {
                        return Err(err("unknown crd option"));
                    }
                }
                out.push(c);
            }
            "col" if !in_msg => {
                let c = out.last_mut().ok_or_else(|| err("col before crd"))?;
                if w.len() != 4 {
                    return Err(err("col <name> <type> <jsonPath>"));
                }
                c.cols.push((w[1].into(), w[2].into(), w[3].into()));
            }
            "f" => {
                let c = out.last_mut().ok_or_else(|| err("f before crd"))?;
                if w.len() < 3 {
                    return Err(err("f <name> <type>"));
                }
                let mut f = Field {
                    name: w[1].into(),
                    ty: w[2].into(),
                    required: false,
                    enums: vec![],
                    format: None,
                    min: None,
                    max: None,
                };
                for o in &w[3..] {
                    if *o == "req" {
                        f.required = true;
                    } else if let Some(e) = o.strip_prefix("enum=") {
                        f.enums = e.split('|').map(String::from).collect();
                    } else if let Some(x) = o.strip_prefix("fmt=") {
                        f.format = Some(x.into());
                    } else if let Some(x) = o.strip_prefix("min=") {
                        f.min = Some(x.into());
                    } else if let Some(x) = o.strip_prefix("max=") {
                        f.max = Some(x.into());
                    } else {
                        return Err(err("unknown field option"));
                    }
                }
                c.fields.push(f);
            }
            _ => return Err(err("unknown directive")),
        }
    }
    Ok(out)
}

fn field_schema(f: &Field, ind: &str) -> String {
    let mut s = String::new();
    // Scalars keep their type; objects, maps and message types keep unknown fields.
    let scalar = |ty: &str, s: &mut String, ind: &str| match ty {
        "string" | "integer" | "number" | "boolean" => s.push_str(&format!("{ind}type: {ty}\n")),
        _ => {
            s.push_str(&format!(
                "{ind}type: object\n{ind}x-kubernetes-preserve-unknown-fields: true\n"
            ));
        }
    };
    if let Some(item) = f.ty.strip_prefix("[]") {
        s.push_str(&format!("{ind}type: array\n{ind}items:\n"));
        scalar(item, &mut s, &format!("{ind}  "));
    } else {
        scalar(&f.ty, &mut s, ind);
    }
    if let Some(x) = &f.format {
        s.push_str(&format!("{ind}format: {x}\n"));
    }
    if let Some(x) = &f.min {
        s.push_str(&format!("{ind}minimum: {x}\n"));
    }
    if let Some(x) = &f.max {
        s.push_str(&format!("{ind}maximum: {x}\n"));
    }
    if !f.enums.is_empty() {
        s.push_str(&format!("{ind}enum:\n"));
        for e in &f.enums {
            s.push_str(&format!("{ind}- {e}\n"));
        }
    }
    s
}

/// Generates the CRD stream (documents separated by `---`).
pub fn generate(desc: &str) -> Result<String, String> {
    let crds = parse(desc)?;
    let mut docs = Vec::new();
    for c in &crds {
        let singular = c.kind.to_lowercase();
        let mut s = String::new();
        s.push_str(
            "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n",
        );
        s.push_str("  annotations:\n    helm.sh/resource-policy: keep\n");
        s.push_str("  labels:\n    app: istio-pilot\n    chart: istio\n    heritage: Tiller\n");
        for (k, v) in &c.labels {
            s.push_str(&format!("    {k}: {v}\n"));
        }
        s.push_str("    release: istio\n");
        s.push_str(&format!(
            "  name: {}.{}\nspec:\n  group: {}\n  names:\n",
            c.plural, c.group, c.group
        ));
        s.push_str(&format!(
            "    categories:\n    - istio-io\n    - {}\n",
            c.group.replace('.', "-")
        ));
        s.push_str(&format!(
            "    kind: {}\n    listKind: {}List\n    plural: {}\n",
            c.kind, c.kind, c.plural
        ));
        if !c.short.is_empty() {
            s.push_str("    shortNames:\n");
            for sn in &c.short {
                s.push_str(&format!("    - {sn}\n"));
            }
        }
        s.push_str(&format!(
            "    singular: {singular}\n  scope: Namespaced\n  versions:\n"
        ));
        for (v, storage) in &c.versions {
            s.push_str(&format!("  - name: {v}\n"));
            if !c.cols.is_empty() {
                s.push_str("    additionalPrinterColumns:\n");
                for (n, t, p) in &c.cols {
                    s.push_str(&format!(
                        "    - jsonPath: {p}\n      name: {n}\n      type: {t}\n"
                    ));
                }
            }
            s.push_str(
                "    schema:\n      openAPIV3Schema:\n        type: object\n        properties:\n",
            );
            s.push_str("          spec:\n            type: object\n            properties:\n");
            for f in &c.fields {
                s.push_str(&format!("              {}:\n", f.name));
                s.push_str(&field_schema(f, "                "));
            }
            let req: Vec<&str> = c
                .fields
                .iter()
                .filter(|f| f.required)
                .map(|f| f.name.as_str())
                .collect();
            if !req.is_empty() {
                s.push_str("            required:\n");
                for r in req {
                    s.push_str(&format!("            - {r}\n"));
                }
            }
            s.push_str("          status:\n            type: object\n            x-kubernetes-preserve-unknown-fields: true\n");
            if c.spec_required {
                s.push_str("        required:\n        - spec\n");
            }
            s.push_str(&format!(
                "    served: true\n    storage: {storage}\n    subresources:\n      status: {{}}\n"
            ));
        }
        docs.push(s);
    }
    Ok(docs.join("---\n"))
}
