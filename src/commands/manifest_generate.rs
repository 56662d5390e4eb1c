//! `manifest generate`: render the control plane as YAML (stdout, or one file per
//! component under `-o DIR`).

use crate::app::Ctx;
use crate::cli::manifest::GenerateArgs;
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
            for m in &manifests {
                let sub = dir.join(m.component.name());
                std::fs::create_dir_all(&sub).map_err(|e| {
                    Error::general(format!(
                        "cannot create {}: {}",
                        sub.display(),
                        crate::error::io_reason(&e)
                    ))
                })?;
                let file = sub.join(format!("{}.yaml", m.name));
                std::fs::write(&file, render::join_yaml(&m.objects)).map_err(|e| {
                    Error::general(format!(
                        "cannot write {}: {}",
                        file.display(),
                        crate::error::io_reason(&e)
                    ))
                })?;
            }
        }
    }
    Ok(0)
}
