//! `kube-inject`: reads the input, picks the injection configuration, streams the output.

use crate::cli::inject::KubeInjectArgs;
use crate::cluster::injector;
use crate::ctx::Ctx;
use crate::error::Error;
use crate::files::read_file;
use crate::inject::{self, config, config::InjectConfig};
use std::io::Write;
use std::path::{Path, PathBuf};

fn load_config(ctx: &Ctx, args: &KubeInjectArgs) -> Result<InjectConfig, Error> {
    let mut cfg = if let Some(op) = &args.operator_file_name {
        let inputs = crate::operator::Inputs {
            files: vec![op.clone()],
            ..Default::default()
        };
        config::from_operator(&inputs)?
    } else if args.inject_config_file.is_none()
        && args.values_file.is_none()
        && args.mesh_config_file.is_none()
    {
        match crate::ctx::block_on(from_cluster(ctx, args)) {
            Ok(Some(cfg)) => cfg,
            // Ctrl-C while asking the cluster ends the command; it is not "no cluster".
            Err(e) if e.kind == crate::error::Kind::Interrupted => return Err(e),
            // A malformed kubeconfig or injector ConfigMap is reported, never replaced by
            // the bundled default: the user would get pods injected with other settings.
            Err(e) if e.kind == crate::error::Kind::Data => return Err(e),
            Ok(None) | Err(_) => {
                ctx.printer.status(
                    "no injector configuration in a reachable cluster; using the bundled injection templates and default-profile values",
                );
                let inputs = crate::operator::Inputs {
                    set: vec!["profile=default".into()],
                    ..Default::default()
                };
                let mut cfg = config::from_operator(&inputs)?;
                finish(&mut cfg, args, None);
                return Ok(cfg);
            }
        }
    } else {
        let inputs = crate::operator::Inputs {
            set: vec!["profile=default".into()],
            ..Default::default()
        };
        config::from_operator(&inputs)?
    };
    if let Some(p) = &args.inject_config_file {
        let text = read_file(p)?;
        cfg.apply_templates_config(&text, &p.display().to_string());
    }
    if let Some(p) = &args.values_file {
        let text = read_file(p)?;
        let v = parse_mapping(p, &text, "Helm values")?;
        crate::tree::merge::deep_merge(&mut cfg.values, &v);
    }
    if let Some(p) = &args.mesh_config_file {
        let text = read_file(p)?;
        let v = parse_mapping(p, &text, "mesh settings")?;
        let mut mesh = crate::mesh_defaults::mesh_config();
        cfg.baseline_proxy = mesh["defaultConfig"].clone();
        crate::tree::merge::deep_merge(&mut mesh, &v);
        cfg.mesh = mesh;
    }
    let native = cfg.native_sidecars;
    finish(&mut cfg, args, Some(native));
    Ok(cfg)
}

/// A values or mesh config file: one YAML mapping (an empty file counts as an empty one).
fn parse_mapping(path: &Path, text: &str, what: &str) -> Result<serde_json::Value, Error> {
    let source = path.display().to_string();
    let v = crate::yaml::parse_single(&source, text).map_err(|e| Error::data(e.to_string()))?;
    match v {
        serde_json::Value::Object(_) => Ok(v),
        serde_json::Value::Null => Ok(serde_json::json!({})),
        _ => Err(Error::data(format!(
            "{source}:{}: expected a YAML mapping of {what}",
            crate::yaml::content_line(text)
        ))),
    }
}

/// Revision, native sidecars (ENABLE_NATIVE_SIDECARS wins; else what the cluster's nodes
/// allow) and compliance policy.
fn finish(cfg: &mut InjectConfig, args: &KubeInjectArgs, cluster_native: Option<bool>) {
    if let Some(r) = &args.revision
        && r != "default"
    {
        cfg.revision = r.clone();
    }
    cfg.native_sidecars = match std::env::var("ENABLE_NATIVE_SIDECARS").as_deref() {
        Ok("true") => true,
        Ok("false") => false,
        _ => cluster_native.unwrap_or(false),
    };
    if let Ok(p) = std::env::var("COMPLIANCE_POLICY") {
        cfg.compliance_policy = p;
    }
}

/// The injector and mesh ConfigMaps of the cluster's control plane, when reachable.
async fn from_cluster(ctx: &Ctx, args: &KubeInjectArgs) -> Result<Option<InjectConfig>, Error> {
    let cluster = ctx.connect().await?;
    let ns = &ctx.global.istio_namespace;
    let revision = args.revision.as_deref();
    let injector_name = injector::revision_name(&args.inject_config_map_name, revision);
    let mesh_name = injector::revision_name(&args.mesh_config_map_name, revision);
    let Some(injector) = injector::config_map(&cluster, ns, &injector_name).await else {
        return Ok(None);
    };
    let mesh_cm = injector::config_map(&cluster, ns, &mesh_name).await;
    let src = |name: &str, key: &str| format!("ConfigMap {ns}/{name} data.{key}");
    let data = injector.data.unwrap_or_default();
    let mut cfg = config::from_operator(&crate::operator::Inputs {
        set: vec!["profile=default".into()],
        ..Default::default()
    })?;
    if let Some(c) = data.get("config") {
        cfg.apply_templates_config(c, &src(&injector_name, "config"));
    }
    if let Some(v) = data.get("values") {
        cfg.values = crate::yaml::parse_single(&src(&injector_name, "values"), v)
            .map_err(|e| Error::data(e.to_string()))?;
        if let Some(r) = cfg.values.get("revision").and_then(|r| r.as_str()) {
            cfg.revision = r.to_string();
        }
    }
    if let Some(m) = mesh_cm
        .and_then(|c| c.data)
        .and_then(|d| d.get("mesh").cloned())
    {
        let v = crate::yaml::parse_single(&src(&mesh_name, "mesh"), &m)
            .map_err(|e| Error::data(e.to_string()))?;
        let mut mesh = crate::mesh_defaults::mesh_config();
        crate::tree::merge::deep_merge(&mut mesh, &v);
        cfg.mesh = mesh;
    }
    cfg.native_sidecars = injector::nodes_run_native_sidecars(&cluster).await;
    Ok(Some(cfg))
}

/// An injection failure: the input's fault unless writing the output failed (both exit 1).
fn inject_error(e: inject::InjectError) -> Error {
    if e.write_failed {
        Error::general(e.to_string())
    } else {
        Error::data(e.to_string())
    }
}

/// Streams one input: each document is injected and written as soon as its closing `---`
/// line has been read, so output starts before a long (or piped) input ends.
fn stream_input(
    source: &str,
    reader: &mut dyn std::io::BufRead,
    cfg: &InjectConfig,
    out: &mut dyn Write,
    warn: &mut dyn FnMut(inject::Notice),
) -> Result<(), Error> {
    let mut chunk = String::new();
    let mut chunk_line = 1usize;
    let mut line_no = 0usize;
    let mut raw = Vec::new();
    loop {
        raw.clear();
        let n = reader.read_until(b'\n', &mut raw).map_err(|e| {
            Error::general(format!(
                "cannot read {source}: {}",
                crate::files::io_reason(&e)
            ))
        })?;
        if n == 0 {
            break;
        }
        line_no += 1;
        let line = match std::str::from_utf8(&raw) {
            Ok(l) if !l.contains('\0') => l,
            _ => {
                return Err(Error::data(format!(
                    "{source}:{line_no}: input is not YAML text (binary data)"
                )));
            }
        };
        chunk.push_str(line);
        if line.trim_end() == "---" {
            inject::inject_chunk(source, &chunk, chunk_line, cfg, out, warn)
                .map_err(inject_error)?;
            out.flush().ok();
            chunk.clear();
            chunk_line = line_no + 1;
        }
    }
    inject::inject_chunk(source, &chunk, chunk_line, cfg, out, warn).map_err(inject_error)
}

fn input_paths(ctx: &Ctx, path: &Path) -> Result<Vec<PathBuf>, Error> {
    if path.as_os_str() == "-" {
        return Ok(vec![path.to_path_buf()]);
    }
    if path.is_dir() {
        let walk = crate::files::walk(path, false)?;
        for (p, why) in &walk.skipped {
            ctx.printer
                .warn(&format!("skipping {}: {why}", p.display()));
        }
        let files = walk
            .files
            .into_iter()
            .filter(|p| {
                p.extension()
                    .is_some_and(|e| e == "yaml" || e == "yml" || e == "json")
            })
            .collect();
        return Ok(files);
    }
    if !path.exists() {
        return Err(Error::general(format!(
            "open {}: no such file or directory",
            path.display()
        )));
    }
    Ok(vec![path.to_path_buf()])
}

fn run_all(
    paths: &[PathBuf],
    cfg: &InjectConfig,
    out: &mut dyn Write,
    warn: &mut dyn FnMut(inject::Notice),
) -> Result<(), Error> {
    for p in paths {
        if p.as_os_str() == "-" {
            let stdin = std::io::stdin();
            let mut lock = stdin.lock();
            stream_input("-", &mut lock, cfg, out, warn)?;
        } else {
            let f = std::fs::File::open(p).map_err(|e| {
                Error::general(format!(
                    "open {}: {}",
                    p.display(),
                    crate::files::io_reason(&e).to_lowercase()
                ))
            })?;
            let mut r = std::io::BufReader::new(f);
            stream_input(&p.display().to_string(), &mut r, cfg, out, warn)?;
        }
    }
    Ok(())
}

/// Bad input exits 1 here, not 65: issue #6 and istioctl both say so, and pipelines
/// (`kube-inject | kubectl apply`) test for 1.
pub fn run(ctx: &Ctx, args: &KubeInjectArgs) -> Result<i32, Error> {
    run_inner(ctx, args).map_err(|mut e| {
        if e.kind == crate::error::Kind::Data {
            e.kind = crate::error::Kind::General;
        }
        e
    })
}

fn run_inner(ctx: &Ctx, args: &KubeInjectArgs) -> Result<i32, Error> {
    let Some(filename) = &args.filename else {
        return Err(Error::usage(
            "filename not specified (see --filename or -f)",
        ));
    };
    let paths = input_paths(ctx, filename)?;
    let mut cfg = load_config(ctx, args)?;
    cfg.report_rendered = std::env::var_os("SAILCTL_INJECT_DEBUG").is_some();
    let mut warn = |n: inject::Notice| match n {
        inject::Notice::Warning(w) => ctx.printer.warn(&w),
        inject::Notice::Rendered(text) => eprintln!("{text}"),
    };
    match &args.output {
        None => {
            crate::ctx::exit_on_ctrl_c(|| {});
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            run_all(&paths, &cfg, &mut out, &mut warn)?;
            out.flush().ok();
        }
        Some(path) => {
            // Whole output in memory, then one atomic write. Ctrl-C waits for a write in
            // progress and removes its temp file, so FILE is absent, the old one, or complete.
            crate::ctx::exit_on_ctrl_c(crate::files::remove_pending);
            let mut buf = Vec::new();
            run_all(&paths, &cfg, &mut buf, &mut warn)?;
            crate::files::write_atomic(path, &buf)?;
        }
    }
    Ok(0)
}
