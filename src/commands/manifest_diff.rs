//! `manifest diff A B`: compare two manifests (files or directories of *.yaml) object by object.

use crate::cli::manifest::DiffArgs;
use crate::ctx::Ctx;
use crate::error::Error;
use crate::operator::compare::{self, Pattern};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

pub fn run(ctx: &Ctx, args: &DiffArgs) -> Result<i32, Error> {
    let a = load(&args.first)?;
    let b = load(&args.second)?;
    let select: Vec<Pattern> = args
        .select
        .iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| Pattern::parse(s))
        .collect();
    let ignore: Vec<Pattern> = args
        .ignore
        .iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| Pattern::parse(s))
        .collect();
    let d = compare::diff(&a, &b, &select, &ignore);
    if d.is_empty() {
        ctx.printer.data("Manifests are identical\n")?;
        return Ok(0);
    }
    // With -v, istioctl shows each changed object as a line diff of its YAML.
    let mut bodies = BTreeMap::new();
    if ctx.global.verbose {
        for (k, _) in &d.changed {
            let (ay, by) = (compare::object_yaml(&a[k]), compare::object_yaml(&b[k]));
            bodies.insert(k.clone(), super::profile::line_diff(ctx, &ay, &by));
        }
    }
    ctx.printer.data(&format!(
        "Differences in manifests are:\n{}\n",
        d.render_with(&bodies)
    ))?;
    Ok(1)
}

/// Objects of a manifest file, or of every `*.yaml` under a directory (sorted, recursive).
fn load(path: &Path) -> Result<BTreeMap<String, Value>, Error> {
    if path.is_dir() {
        // Non-regular entries (FIFOs, sockets) are not manifests; the walk leaves them out.
        let files = crate::files::walk(path, true)?
            .files
            .into_iter()
            .filter(|p| p.extension().is_some_and(|x| x == "yaml"));
        let mut out = BTreeMap::new();
        for f in files {
            let text = crate::files::read_file(&f)?;
            out.extend(compare::parse_objects(&f.display().to_string(), &text)?);
        }
        return Ok(out);
    }
    let text = crate::files::read_file(path)?;
    compare::parse_objects(&path.display().to_string(), &text)
}
