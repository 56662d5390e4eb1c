//! `manifest generate`: render the control plane as YAML (stdout, or one file per
//! component under `-o DIR`).

use crate::cli::manifest::GenerateArgs;
use crate::ctx::Ctx;
use crate::error::Error;
use crate::operator::{self, Component, Inputs};
use crate::render::{self, ChartSource, RenderOptions};

pub fn run(ctx: &Ctx, args: &GenerateArgs) -> Result<i32, Error> {
    let inputs = Inputs {
        files: args.render.filenames.clone(),
        set: args.render.set.clone(),
        manifests: args.render.manifests.clone(),
        revision: args.render.revision.clone(),
        force: Some(args.force),
        ..Default::default()
    };
    let merged = operator::merge_inputs(&inputs, &mut std::io::stdin().lock())?;
    for w in &merged.warnings {
        ctx.printer.warn(w);
    }
    // --filter takes component names (Pilot, Base, …) and/or chart template paths
    // (templates/deployment.yaml, as istioctl's hidden template filter).
    let mut components = Vec::new();
    let mut templates: Vec<String> = Vec::new();
    for f in args
        .filter
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
    {
        match Component::parse(f) {
            Some(c) => components.push(c),
            None => templates.push(f.to_string()),
        }
    }
    let keep = |path: &str| templates.iter().any(|t| t == path);
    let opts = RenderOptions {
        template_filter: if templates.is_empty() {
            None
        } else {
            Some(&keep)
        },
        components,
    };
    let charts = ChartSource::for_spec(&merged);
    let manifests = render::render_with(&merged, &charts, &opts)?;
    match &args.output {
        None => {
            ctx.printer.data(&render::manifest_text(&manifests))?;
        }
        Some(dir) => {
            // As istioctl: one directory and file per component, DIR/<Component>/<Component>.yaml,
            // holding every instance of that component (all ingress gateways together).
            let mut order: Vec<Component> = Vec::new();
            for m in &manifests {
                if !order.contains(&m.component) {
                    order.push(m.component);
                }
            }
            for c in order {
                let mut objects: Vec<serde_json::Value> = manifests
                    .iter()
                    .filter(|m| m.component == c)
                    .flat_map(|m| m.objects.iter().cloned())
                    .collect();
                render::sort_objects(&mut objects);
                let sub = dir.join(c.name());
                std::fs::create_dir_all(&sub).map_err(|e| {
                    Error::general(format!(
                        "cannot create {}: {}",
                        sub.display(),
                        crate::files::io_reason(&e)
                    ))
                })?;
                let file = sub.join(format!("{}.yaml", c.name()));
                ctx.printer
                    .status(&format!("Writing manifest to {}", file.display()));
                crate::files::write_atomic(&file, render::join_yaml(&objects).as_bytes())?;
            }
        }
    }
    Ok(0)
}
