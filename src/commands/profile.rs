//! `profile list|dump|diff`: the configuration profiles and the merged IstioOperator they yield.

use crate::cli::profile::{DumpFormat, ProfileDiffArgs, ProfileDumpArgs, ProfileListArgs};
use crate::ctx::Ctx;
use crate::error::Error;
use crate::operator::{self, Inputs, ProfileSource, setflag};
use crate::output::Style;
use crate::tree;
use serde_json::{Value, json};
use std::path::PathBuf;

pub fn list(ctx: &Ctx, args: &ProfileListArgs) -> Result<i32, Error> {
    let names = ProfileSource::from_dir(args.manifests.as_deref()).list()?;
    let mut out = String::new();
    if names.is_empty() {
        out.push_str("No profiles available.\n");
    } else {
        out.push_str("Istio configuration profiles:\n");
        for n in names {
            out.push_str(&format!("    {n}\n"));
        }
    }
    ctx.printer.data(&out)?;
    Ok(0)
}

pub fn dump(ctx: &Ctx, args: &ProfileDumpArgs) -> Result<i32, Error> {
    if args.profile.is_some() && !args.filenames.is_empty() {
        return Err(
            Error::usage("cannot specify both profile name and filename flag")
                .hint("set the profile inside the file (spec.profile) or drop -f"),
        );
    }
    let doc = merged_document(
        args.profile.as_deref(),
        &args.filenames,
        args.manifests.clone(),
        ctx,
    )?;
    let root = match &args.config_path {
        None => doc,
        Some(p) => subtree(&doc["spec"], p)?,
    };
    ctx.printer.data(&format_dump(&root, args.output))?;
    Ok(0)
}

pub fn diff(ctx: &Ctx, args: &ProfileDiffArgs) -> Result<i32, Error> {
    let a = merged_document(Some(&args.first), &[], args.manifests.clone(), ctx)
        .map_err(|e| context(e, &args.first))?;
    let b = merged_document(Some(&args.second), &[], args.manifests.clone(), ctx)
        .map_err(|e| context(e, &args.second))?;
    let (ay, by) = (crate::yaml::to_string(&a), crate::yaml::to_string(&b));
    if ay == by {
        ctx.printer.data("Profiles are identical\n")?;
        return Ok(0);
    }
    let mut out = String::from("The difference between profiles:\n");
    out.push_str(&line_diff(ctx, &ay, &by));
    ctx.printer.data(&out)?;
    Ok(1)
}

fn context(mut e: Error, what: &str) -> Error {
    e.message = format!("could not read {what:?}: {}", e.message);
    e
}

/// The merged IstioOperator as `profile dump` shows it: apiVersion, kind and spec, keys sorted.
fn merged_document(
    profile: Option<&str>,
    files: &[PathBuf],
    manifests: Option<PathBuf>,
    ctx: &Ctx,
) -> Result<Value, Error> {
    let inputs = Inputs {
        files: files.to_vec(),
        set: profile
            .map(|p| vec![format!("profile={p}")])
            .unwrap_or_default(),
        manifests,
        revision: None,
        force: None,
        ..Default::default()
    };
    let merged = operator::merge_inputs(&inputs, &mut std::io::stdin().lock())?;
    for w in &merged.warnings {
        ctx.printer.warn(w);
    }
    let doc = json!({
        "apiVersion": tree::get(&merged.iop, "apiVersion").cloned().unwrap_or_else(|| json!("install.istio.io/v1alpha1")),
        "kind": tree::get(&merged.iop, "kind").cloned().unwrap_or_else(|| json!("IstioOperator")),
        "spec": merged.spec().clone(),
    });
    Ok(tree::sorted(&doc))
}

/// The value at a `--config-path` (dotted, with `[N]` / `[key:value]` list steps) under spec.
fn subtree(spec: &Value, path: &str) -> Result<Value, Error> {
    let segs = setflag::parse_path(path)
        .map_err(|e| Error::usage(format!("invalid --config-path {path:?}: {e}")))?;
    let mut cur = spec;
    let mut walked = Vec::new();
    for seg in &segs {
        let next = match seg {
            setflag::Segment::Key(k) => cur.as_object().and_then(|m| m.get(k)),
            setflag::Segment::Index(i) => cur.as_array().and_then(|l| l.get(*i)),
            setflag::Segment::Select(k, v) => cur.as_array().and_then(|l| {
                l.iter()
                    .find(|e| e.get(k).and_then(Value::as_str) == Some(v))
            }),
        };
        walked.push(seg.clone());
        match next {
            Some(n) => cur = n,
            None => {
                let mut e = Error::usage(format!(
                    "--config-path {path:?}: {} not found in the IstioOperator spec",
                    setflag::display_path(&walked)
                ));
                if let (setflag::Segment::Key(k), Some(m)) = (seg, cur.as_object())
                    && let Some(s) = operator::validate::nearest(k, m.keys().map(String::as_str))
                {
                    let mut fixed = walked.clone();
                    *fixed.last_mut().expect("walked one") = setflag::Segment::Key(s);
                    e = e.hint(format!("did you mean {:?}?", setflag::display_path(&fixed)));
                }
                return Err(e);
            }
        }
    }
    Ok(cur.clone())
}

/// Renders a dump as istioctl does: YAML (with its trailing blank line), 4-space JSON, or
/// sorted `--set` flags.
pub fn format_dump(v: &Value, format: DumpFormat) -> String {
    match format {
        DumpFormat::Yaml => format!("{}\n", crate::yaml::to_string(v)),
        DumpFormat::Json => {
            let mut buf = Vec::new();
            let fmt = serde_json::ser::PrettyFormatter::with_indent(b"    ");
            let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
            serde::Serialize::serialize(v, &mut ser).expect("JSON values serialise");
            format!("{}\n", String::from_utf8_lossy(&buf))
        }
        DumpFormat::Flags => {
            let spec = match v.get("spec") {
                Some(s) if v.is_object() => s,
                _ => v,
            };
            let mut lines = Vec::new();
            flags(spec, String::new(), &mut lines);
            lines.sort();
            format!("{}\n", lines.join("\n"))
        }
    }
}

fn flags(v: &Value, path: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let key = k.replace('.', "\\.");
                let p = if path.is_empty() {
                    key
                } else {
                    format!("{path}.{key}")
                };
                flags(x, p, out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                flags(x, format!("{path}[{i}]"), out);
            }
        }
        Value::String(s) => out.push(format!("{path}={}", go_quote(s))),
        other => out.push(format!("{path}={}", tree::go_format(other))),
    }
}

/// Go's `%q` (strconv.Quote), shared with the template engine.
fn go_quote(s: &str) -> String {
    gotmpl::fmt::quote(s)
}

/// A whole-document line diff: every line prefixed `-`, `+` or ` `, changes coloured.
pub fn line_diff(ctx: &Ctx, a: &str, b: &str) -> String {
    let mut out = String::new();
    for (tag, line) in crate::operator::compare::line_diff(a, b) {
        let text = format!("{tag}{line}");
        let text = match tag {
            '-' => ctx.printer.paint_out(Style::Removed, &text),
            '+' => ctx.printer.paint_out(Style::Added, &text),
            _ => text,
        };
        out.push_str(&text);
        out.push('\n');
    }
    out
}
