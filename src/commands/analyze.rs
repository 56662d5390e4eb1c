//! `sailctl analyze`: gather files and/or a live cluster into a snapshot, run the analyzers,
//! print the messages, and pick the exit code.
//!
//! Behaviour follows `istioctl analyze` 1.30, with these deliberate differences:
//! - exit code 79 when a message reaches `--failure-threshold` in every output format
//!   (istioctl returns 0 for `-o json`/`-o yaml`), so CI can use structured output;
//! - when no files parse at all the exit code is 65 (istioctl: a generic failure);
//! - an unknown `--analyzer` name is a usage error (istioctl silently runs all analyzers);
//! - with the default `--use-kube` and no reachable cluster, files are analyzed offline after a
//!   one-line notice (istioctl fails);
//! - extra formats `-o sarif` (SARIF 2.1.0) and `-o github` (workflow commands).
//!
//! As in istioctl, files never provide Pods, Namespaces, Services, Nodes or Secrets (those come
//! from a cluster), so offline the analyzers reading them are skipped (`-v` lists them).

use crate::analyze::format::OutputFormat;
use crate::analyze::load::{LoadOptions, LoadReport, load_text, load_value};
use crate::analyze::mesh::{self, MeshState};
use crate::analyze::{self as core, Level, Options, Snapshot, Suppression, format, kinds};
use crate::cli::analyze::AnalyzeArgs;
use crate::cluster::live;
use crate::ctx::Ctx;
use crate::error::{Error, exit};
use crate::output::Style;
use std::path::Path;

const EXTENSIONS: &[&str] = &["json", "yaml", "yml"];

/// One input: a display name and its text.
struct Input {
    name: String,
    text: String,
}

pub fn run(ctx: &Ctx, args: &AnalyzeArgs) -> Result<i32, Error> {
    let p = &ctx.printer;
    if args.list_analyzers {
        p.data(&list_analyzers())?;
        return Ok(exit::OK);
    }
    let selected = core::select(&args.analyzers).map_err(|unknown| {
        Error::usage(format!("unknown analyzer: {}", unknown.join(", ")))
            .hint("run 'sailctl analyze --list-analyzers' to see the analyzers")
    })?;

    let mut suppressions = Vec::new();
    for s in &args.suppress {
        let sup = Suppression::parse(s).ok_or_else(|| {
            Error::usage(format!("{s} is not a valid suppression value"))
                .hint("use CODE=RESOURCE, e.g. --suppress \"IST0102=Namespace default\"")
        })?;
        if !sup.code.contains('*') && !core::messages::ALL.iter().any(|m| m.code == sup.code) {
            p.warn(&format!(
                "Supplied message code '{}' is an unknown message code and will not have any effect.",
                sup.code
            ));
        }
        suppressions.push(sup);
    }

    // Reading files and the cluster happens on plain threads and runtimes of its own.
    crate::ctx::exit_on_ctrl_c(|| {});
    let istio_ns = ctx.global.istio_namespace.clone();
    let namespace = if args.all_namespaces {
        None
    } else {
        Some(
            ctx.global
                .namespace
                .clone()
                .unwrap_or_else(|| "default".to_string()),
        )
    };
    let target = match &namespace {
        None => "all namespaces".to_string(),
        Some(ns) => format!("namespace: {ns}"),
    };

    let inputs = gather(ctx, args)?;

    let mut mesh_state = MeshState::default();
    let mut snap = Snapshot::new();
    let load_opts = LoadOptions {
        keep_runtime_kinds: false,
        default_namespace: namespace.clone(),
        ignore_unknown: args.ignore_unknown,
        cluster: None,
        silent_duplicates: false,
    };

    // Files first: they take precedence over what the cluster holds.
    let mut bad_files = 0usize;
    let mut dropped_runtime = 0usize;
    let mut analyzed_any = false;
    // Printed once we know whether anything could be analyzed: when nothing could, the last
    // one becomes the command's error, so a single bad file gives a single `Error:` line.
    let mut parse_errors: Vec<String> = Vec::new();
    let print_errors = |errors: &[String]| {
        for e in errors {
            let label = p.paint_err(Style::Error, "Error:");
            p.status(&format!("{label} {e}"));
        }
    };
    for input in &inputs {
        let rep: LoadReport = load_text(&mut snap, &input.name, &input.text, &load_opts);
        for w in &rep.warnings {
            p.warn(w);
        }
        if !rep.errors.is_empty() {
            bad_files += 1;
        }
        parse_errors.extend(rep.errors);
        if rep.added > 0 {
            analyzed_any = true;
        }
        dropped_runtime += rep.dropped_runtime;
    }
    if dropped_runtime > 0 {
        p.verbose(&format!(
            "{dropped_runtime} Pod/Namespace/Service/Node/Secret object(s) in files were not analyzed (istioctl reads those kinds from a live cluster only)"
        ));
    }

    let mut live_ok = false;
    if args.use_kube {
        let live_opts = LoadOptions {
            keep_runtime_kinds: true,
            default_namespace: None,
            ignore_unknown: true,
            cluster: None,
            silent_duplicates: true,
        };
        // Each page goes into the snapshot as it arrives, so only one page of listed
        // objects is held besides what analysis keeps.
        let mut rep = LoadReport::default();
        let mut sink = |v: serde_json::Value| load_value(&mut snap, "", 0, v, &live_opts, &mut rep);
        // Ctrl-C is the watcher's (above), so the runtime does not select on it.
        let live = crate::ctx::block_on_raw(async {
            let cluster = match connect_checked(ctx).await {
                Ok(c) => c,
                Err(e) => return Ok(Err(e.message)),
            };
            let fetched = live::fetch(
                &cluster,
                &istio_ns,
                &args.revision,
                args.timeout.0,
                &mut sink,
            )
            .await
            .map_err(|e| Error::general(format!("reading resources from the cluster: {e}")))?;
            Ok(Ok(fetched))
        })?;
        match live {
            Ok(fetched) => {
                if !fetched.forbidden.is_empty() {
                    // Not silent: findings about those kinds would be missing.
                    p.status(&format!(
                        "warning: not allowed to list {}; those resources were not analyzed",
                        fetched.forbidden.join(", ")
                    ));
                }
                if let Some(m) = &fetched.mesh {
                    mesh_state.apply_config(m);
                }
                if let Some(n) = &fetched.networks {
                    mesh_state.set_networks(n);
                }
                analyzed_any = true;
                live_ok = true;
            }
            Err(reason) => {
                if inputs.is_empty() {
                    return Err(Error::general(format!(
                        "no Kubernetes cluster is reachable and no files were given: {reason}"
                    ))
                    .hint("pass files to analyze, or use --use-kube=false with files"));
                }
                p.status("note: no Kubernetes cluster is reachable; analyzing the files only");
                p.verbose(&format!("cluster connection: {reason}"));
            }
        }
    } else if inputs.is_empty() {
        return Err(Error::usage("no files to analyze with --use-kube=false")
            .hint("pass files or directories, or '-' for stdin"));
    }

    if let Some(path) = &args.mesh_config_file {
        let text = crate::files::read_file(path)?;
        let v = mesh::parse_mesh_file(&path.display().to_string(), &text, "mesh")
            .map_err(|e| Error::data(format!("invalid mesh config: {e}")))?;
        mesh_state = MeshState {
            config: crate::mesh_defaults::mesh_config(),
            networks: mesh_state.networks,
        };
        mesh_state.apply_config(&v);
    }
    // istioctl adds a dummy ingress gateway for file-only analysis, through the same file
    // filter that drops Pods and Services; so it is never seen offline.
    if !args.use_kube {
        mesh::add_default_resources(&mut snap, &mesh_state, &istio_ns, &load_opts);
    }
    mesh::add_mesh_resources(&mut snap, &mesh_state, &istio_ns);

    if !analyzed_any && let Some(last) = parse_errors.pop() {
        print_errors(&parse_errors);
        let files = if bad_files == 1 { "file" } else { "files" };
        return Err(Error::data(last).hint(format!(
            "nothing could be analyzed: {bad_files} {files} could not be read as Kubernetes objects"
        )));
    }
    print_errors(&parse_errors);

    let opts = Options {
        analyzers: args.analyzers.clone(),
        namespace_filter: namespace.clone(),
        istio_namespace: istio_ns.clone(),
        suppressions,
        unavailable: if live_ok {
            Vec::new()
        } else {
            kinds::RUNTIME_KINDS.to_vec()
        },
    };
    let outcome = core::run(&snap, &selected, &mesh_state, &opts);

    if p.verbose {
        p.status(&format!("Analyzed resources in {target}"));
        let all = crate::analyze::analyzers::all();
        let mut skipped: Vec<(String, String)> = outcome
            .skipped
            .iter()
            .map(|(n, why)| (n.to_string(), why.clone()))
            .collect();
        for a in &all {
            if !outcome.executed.contains(&a.name())
                && !outcome.skipped.iter().any(|(n, _)| *n == a.name())
            {
                let why = if args.analyzers.is_empty() {
                    "only runs when named with --analyzer"
                } else {
                    "not selected with --analyzer"
                };
                skipped.push((a.name().to_string(), why.to_string()));
            }
        }
        if !skipped.is_empty() {
            p.status("Skipped analyzers:");
            for (n, why) in skipped {
                p.status(&format!("\t {n} ({why})"));
            }
        }
        p.status("Executed analyzers:");
        for n in &outcome.executed {
            p.status(&format!("\t {n}"));
        }
        p.status("");
    }

    let shown: Vec<_> = outcome
        .messages
        .iter()
        .filter(|m| m.level() >= Level::from(args.output_threshold))
        .cloned()
        .collect();
    let output = OutputFormat::from(args.output);
    let text = format::render(output, &snap, &shown, p.stdout.color);
    p.data(&text)?;

    if shown.is_empty() {
        if bad_files == 0 {
            // istioctl names the files it read (one per line) rather than the namespace.
            let what = if inputs.is_empty() {
                target.clone()
            } else {
                inputs
                    .iter()
                    .map(|i| i.name.as_str())
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            p.success(&format!(
                "No validation issues found when analyzing {what}."
            ));
        } else {
            let files = if bad_files == 1 { "file" } else { "files" };
            p.status(&format!(
                "No validation issues found when analyzing {target} (but {bad_files} {files} could not be parsed)."
            ));
        }
    }

    let failed = outcome
        .messages
        .iter()
        .any(|m| m.level() >= Level::from(args.failure_threshold));
    if failed {
        if output == OutputFormat::Log {
            let label = p.paint_err(Style::Error, "Error:");
            p.status(&format!(
                "{label} Analyzers found issues when analyzing {target}."
            ));
            p.status(&format!(
                "See {} for more information about causes and resolutions.",
                format::DOC_BASE
            ));
        }
        return Ok(exit::ANALYSIS);
    }
    Ok(exit::OK)
}

/// `--list-analyzers`: `* name:` and the indented description, sorted by name.
pub fn list_analyzers() -> String {
    let mut all = crate::analyze::analyzers::all();
    all.sort_by_key(|a| a.name());
    let mut s = String::new();
    for a in all {
        s.push_str(&format!("* {}:\n", a.name()));
        if !a.description().is_empty() {
            s.push_str(&format!("    {}\n", a.description()));
        }
    }
    s
}

fn has_valid_ext(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e))
}

/// Files, directories (walked, sorted) and `-` for stdin.
fn gather(ctx: &Ctx, args: &AnalyzeArgs) -> Result<Vec<Input>, Error> {
    let mut out = Vec::new();
    for f in &args.files {
        if f.as_os_str() == "-" {
            let text = crate::files::read_stdin(&mut std::io::stdin())?;
            out.push(Input {
                name: "-".into(),
                text,
            });
            continue;
        }
        let meta = std::fs::metadata(f).map_err(|e| {
            Error::general(format!(
                "cannot read {}: {}",
                f.display(),
                crate::files::io_reason(&e)
            ))
            .hint("check the path")
        })?;
        if meta.is_dir() {
            let walk = crate::files::walk(f, args.recursive)?;
            for (p, why) in &walk.skipped {
                ctx.printer
                    .warn(&format!("skipping {}: {why}", p.display()));
            }
            for path in walk.files {
                if !has_valid_ext(&path) {
                    ctx.printer.status(&format!(
                        "Skipping file {}, recognized file extensions are: [.json .yaml .yml]",
                        path.display()
                    ));
                    continue;
                }
                out.push(Input {
                    name: path.display().to_string(),
                    text: crate::files::read_file(&path)?,
                });
            }
        } else {
            if !has_valid_ext(f) {
                ctx.printer.status(&format!(
                    "Skipping file {}, recognized file extensions are: [.json .yaml .yml]",
                    f.display()
                ));
                continue;
            }
            out.push(Input {
                name: f.display().to_string(),
                text: crate::files::read_file(f)?,
            });
        }
    }
    Ok(out)
}

/// Connects like every other command (kubeconfig, `--context`, `--as`/`--as-group`) and
/// checks the API server answers; the error's line is why analyze falls back to the files.
async fn connect_checked(ctx: &Ctx) -> Result<crate::k8s::Cluster, Error> {
    let cluster = ctx.connect().await?;
    cluster.server_version().await?;
    Ok(cluster)
}
