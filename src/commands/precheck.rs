//! `sailctl precheck` (also `x precheck`): gather the findings (`precheck`'s core) and print
//! them as istioctl does, in log, json or yaml.

use crate::analyze::Level;
use crate::analyze::format::{DOC_BASE, level_name};
use crate::cli::precheck::{PrecheckArgs, PrecheckFormat};
use crate::ctx::Ctx;
use crate::error::{Error, exit};
use crate::precheck::{self, checks::Finding};
use serde_json::{Value, json};

pub fn run(ctx: &Ctx, args: &PrecheckArgs) -> Result<i32, Error> {
    let opts = precheck::Options {
        istio_namespace: ctx.global.istio_namespace.clone(),
        skip_controlplane: args.skip_controlplane,
        from_version: args.from_version.clone(),
    };
    let (findings, installs) = crate::ctx::block_on(async {
        let cluster = ctx.connect().await?;
        Ok(precheck::gather(&cluster, &opts).await?)
    })?;
    let threshold = Level::from(args.output_threshold);
    let shown: Vec<&Finding> = findings.iter().filter(|f| f.level() >= threshold).collect();
    match args.output {
        PrecheckFormat::Log => {
            for i in &installs {
                ctx.printer.status(i);
            }
            let mut out = String::new();
            for f in &shown {
                out.push_str(&log_line(ctx, f));
                out.push('\n');
            }
            ctx.printer.data(&out)?;
            if shown.is_empty() {
                ctx.printer.success("No issues found when checking the cluster. Istio is safe to install or upgrade!");
                ctx.printer.status("  To get started, check out https://istio.io/latest/docs/setup/getting-started/");
            }
        }
        PrecheckFormat::Json | PrecheckFormat::Yaml => {
            let doc = Value::Array(shown.iter().map(|f| to_json(f)).collect());
            let format = if args.output == PrecheckFormat::Json {
                crate::output::Format::Json
            } else {
                crate::output::Format::Yaml
            };
            ctx.printer
                .data(&crate::output::render_structured(&doc, format))?;
        }
    }
    if findings.iter().any(|f| f.level() >= Level::Error) {
        if args.output == PrecheckFormat::Log {
            ctx.printer.status("Issues found when checking the cluster. Istio may not be safe to install or upgrade.");
        }
        return Ok(exit::ANALYSIS);
    }
    Ok(0)
}

fn log_line(ctx: &Ctx, f: &Finding) -> String {
    use crate::output::Style;
    let style = match f.level() {
        Level::Error => Style::Error,
        Level::Warning => Style::Warning,
        Level::Info => Style::Info,
    };
    let head = ctx
        .printer
        .paint_out(style, &format!("{} [{}]", level_name(f.level()), f.code()));
    match &f.origin {
        Some(o) => format!("{head} ({o}) {}", f.message()),
        None => format!("{head} {}", f.message()),
    }
}

fn to_json(f: &Finding) -> Value {
    let mut v = json!({
        "code": f.code(),
        // No `?ref=`: like istioctl, only analyze tags its links.
        "documentationUrl": format!("{DOC_BASE}/{}/", f.code().to_ascii_lowercase()),
        "level": level_name(f.level()),
        "message": f.message(),
    });
    if let Some(o) = &f.origin {
        v["origin"] = json!(o);
    }
    v
}
