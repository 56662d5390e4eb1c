//! `kube-inject`: reads the input, picks the injection configuration, streams the output.

use crate::app::Ctx;
use crate::cli::inject::KubeInjectArgs;
use crate::error::{Error, read_file};
use crate::inject::{self, config, config::InjectConfig};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

fn load_config(ctx: &Ctx, args: &KubeInjectArgs) -> Result<InjectConfig, Error> {
    let bad = |e: String| Error::data(e);
    let mut cfg = if let Some(op) = &args.operator_file_name {
        let inputs = crate::operator::Inputs {
            files: vec![op.clone()],
            ..Default::default()
        };
        config::from_operator(&inputs).map_err(bad)?
    } else {
        if args.inject_config_file.is_none()
            && args.values_file.is_none()
            && args.mesh_config_file.is_none()
        {
            ctx.printer.status(
                "using the bundled injection templates and default-profile values (no --injectConfigFile/--operatorFileName given)",
            );
        }
        let inputs = crate::operator::Inputs {
            set: vec!["profile=default".into()],
            ..Default::default()
        };
        config::from_operator(&inputs).map_err(bad)?
    };
    if let Some(p) = &args.inject_config_file {
        let text = read_file(p)?;
        cfg.apply_templates_config(&text, &p.display().to_string())
            .map_err(bad)?;
    }
    if let Some(p) = &args.values_file {
        let text = read_file(p)?;
        let v = crate::yaml::parse_single(&p.display().to_string(), &text)
            .map_err(|e| bad(e.to_string()))?;
        config::deep_merge(&mut cfg.values, &v);
    }
    if let Some(p) = &args.mesh_config_file {
        let text = read_file(p)?;
        let v = crate::yaml::parse_single(&p.display().to_string(), &text)
            .map_err(|e| bad(e.to_string()))?;
        let mut mesh = config::mesh_defaults();
        cfg.baseline_proxy = mesh["defaultConfig"].clone();
        config::deep_merge(&mut mesh, &v);
        cfg.mesh = mesh;
    }
    if let Some(r) = &args.revision
        && r != "default"
    {
        cfg.revision = r.clone();
    }
    cfg.native_sidecars = std::env::var("ENABLE_NATIVE_SIDECARS").is_ok_and(|v| v == "true");
    if let Ok(p) = std::env::var("COMPLIANCE_POLICY") {
        cfg.compliance_policy = p;
    }
    Ok(cfg)
}

/// Reads one input file; binary or non-UTF-8 data is bad input (exit 1, with file:line).
fn read_input(p: &Path) -> Result<String, Error> {
    let bytes = std::fs::read(p).map_err(|e| {
        Error::general(format!(
            "open {}: {}",
            p.display(),
            crate::error::io_reason(&e).to_lowercase()
        ))
    })?;
    let bad_at = match std::str::from_utf8(&bytes) {
        Ok(t) => t.find('\0'),
        Err(e) => Some(e.valid_up_to()),
    };
    if let Some(at) = bad_at {
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        return Err(Error::general(format!(
            "{}:{line}: input is not YAML text (binary data)",
            p.display()
        )));
    }
    Ok(String::from_utf8(bytes).unwrap_or_default())
}

fn inputs(path: &Path) -> Result<Vec<(String, String)>, Error> {
    if path.as_os_str() == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| Error::general(format!("cannot read stdin: {e}")))?;
        return Ok(vec![("-".into(), s)]);
    }
    if path.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| Error::general(format!("cannot read {}: {e}", path.display())))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.extension()
                    .is_some_and(|e| e == "yaml" || e == "yml" || e == "json")
            })
            .collect();
        files.sort();
        return files
            .iter()
            .map(|p| Ok((p.display().to_string(), read_input(p)?)))
            .collect();
    }
    if !path.exists() {
        return Err(Error::general(format!(
            "open {}: no such file or directory",
            path.display()
        )));
    }
    Ok(vec![(path.display().to_string(), read_input(path)?)])
}

pub fn run(ctx: &Ctx, args: &KubeInjectArgs) -> Result<i32, Error> {
    let Some(filename) = &args.filename else {
        return Err(Error::usage(
            "filename not specified (see --filename or -f)",
        ));
    };
    let docs = inputs(filename)?;
    let cfg = load_config(ctx, args)?;
    let mut warn = |w: String| ctx.printer.warn(&w);
    match &args.output {
        None => {
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            for (src, text) in &docs {
                inject::inject_stream(src, text, &cfg, &mut out, &mut warn)
                    .map_err(|e| Error::general(e.to_string()))?;
            }
            out.flush().ok();
        }
        Some(path) => {
            let dir = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let tmp = dir.join(format!(
                ".{}.sailctl-tmp",
                path.file_name().and_then(|n| n.to_str()).unwrap_or("out")
            ));
            let mut buf = Vec::new();
            for (src, text) in &docs {
                inject::inject_stream(src, text, &cfg, &mut buf, &mut warn)
                    .map_err(|e| Error::general(e.to_string()))?;
            }
            std::fs::write(&tmp, &buf)
                .and_then(|_| std::fs::rename(&tmp, path))
                .map_err(|e| {
                    let _ = std::fs::remove_file(&tmp);
                    Error::general(format!("cannot write {}: {e}", path.display()))
                })?;
        }
    }
    Ok(0)
}
