//! Fuzz entry points: one function per cargo-fuzz target in `fuzz/fuzz_targets/`, also run
//! on stable over seeds and their mutations by `tests/it/fuzz_smoke.rs`.
//!
//! Each takes arbitrary bytes and drives a real code path end to end with no I/O: no
//! files, no network, no environment, no clock-dependent output kept. Results are thrown
//! away; the property is that nothing panics, hangs or grows without bound. Where a
//! stronger property is cheap (a YAML value survives emit → parse) it is asserted, so a
//! violation surfaces as a crash.
//!
//! Input layouts (so seeds can be plain files; see fuzz/README.md):
//! - `yaml`: a YAML stream.
//! - `gotmpl`: template text, then optionally a `--- data` line and YAML/JSON data, then
//!   optionally a `--- helpers` line and more template text (crates/gotmpl/tests/corpus/spec's layout).
//!   A first line `#helm` renders it as a one-template Helm chart, `#istio` uses the
//!   injector's function map, anything else text/template with Sprig.
//! - `kube_inject`: a YAML stream of Kubernetes objects.
//! - `analyze`: a YAML stream of Kubernetes and Istio objects.
//! - `iop_set`: an IstioOperator overlay; every line starting with `--set ` is taken out of
//!   the YAML and passed as a `--set` flag instead.

use crate::inject::config::InjectConfig;
use gotmpl::{FuncMap, Host, Template};
use serde_json::Value;
use std::sync::OnceLock;

/// The YAML layer: split, parse each document, and check that every parsed value comes
/// back unchanged through the emitter (what `manifest generate` and kube-inject rely on).
pub fn yaml(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let mut values = Vec::new();
    for raw in crate::yaml::split_documents(&text) {
        if let Ok(v) = crate::yaml::parse_document("fuzz.yaml", raw.line, raw.text) {
            values.push(v);
        }
    }
    let _ = crate::yaml::parse_single("fuzz.yaml", &text);
    for v in &values {
        let emitted = crate::yaml::to_string(v);
        match crate::yaml::parse_single("emitted.yaml", &emitted) {
            Ok(back) => assert_eq!(&back, v, "value changed through emit → parse: {emitted:?}"),
            // Emitting adds no nesting, but a value at the depth limit may exceed it once
            // block lists are indented; anything else is an emitter bug.
            Err(e) => assert!(
                e.message.contains("deeper than"),
                "emitted YAML does not parse: {e}: {emitted:?}"
            ),
        }
    }
    let _ = crate::yaml::emit_stream(&values);
}

/// The Go-template engine: parse and execute with the Helm, Istio or Sprig functions.
pub fn gotmpl(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let (mode, rest) = match text.split_once('\n') {
        Some(("#helm", rest)) => (Mode::Helm, rest),
        Some(("#istio", rest)) => (Mode::Istio, rest),
        _ => (Mode::Sprig, &*text),
    };
    let (src, rest) = split_section(rest, "--- data");
    let (data_text, helpers) = match rest {
        Some(r) => {
            let (d, h) = split_section(r, "--- helpers");
            (d, h)
        }
        None => {
            let (s, h) = split_section(src, "--- helpers");
            return run_template(mode, s, "", h);
        }
    };
    run_template(mode, src, data_text, helpers)
}

#[derive(Clone, Copy)]
enum Mode {
    Helm,
    Istio,
    Sprig,
}

/// Splits at the first line equal to `marker`: (before, after).
fn split_section<'a>(text: &'a str, marker: &str) -> (&'a str, Option<&'a str>) {
    let mut off = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_end_matches(['\n', '\r']) == marker {
            return (&text[..off], Some(&text[off + line.len()..]));
        }
        off += line.len();
    }
    (text, None)
}

fn run_template(mode: Mode, src: &str, data: &str, helpers: Option<&str>) {
    let Ok(dot) = gotmpl::yaml_input::parse_yaml(data) else {
        return;
    };
    match mode {
        Mode::Helm => {
            let mut c = gotmpl::chart::Chart::default();
            for (k, v) in [("apiVersion", "v2"), ("name", "fuzz"), ("version", "0.1.0")] {
                c.metadata.insert(k.into(), gotmpl::Value::str(v));
            }
            c.templates.push(("templates/t.yaml".into(), src.into()));
            if let Some(h) = helpers {
                c.templates
                    .push(("templates/_helpers.tpl".into(), h.into()));
            }
            c.values = gotmpl::Value::empty_map();
            c.files
                .insert("files/a.txt".into(), b"alpha\nbeta\n".to_vec());
            let _ = gotmpl::chart::render(
                &c,
                &dot,
                &gotmpl::chart::ReleaseOptions::default(),
                &gotmpl::chart::Capabilities::default(),
            );
        }
        Mode::Istio | Mode::Sprig => {
            let funcs = match mode {
                Mode::Istio => FuncMap::istio(),
                _ => FuncMap::sprig(),
            };
            // A fixed clock and an empty environment keep runs reproducible.
            let host = Host {
                now_unix: 1_700_000_000,
                now_nanos: 0,
                env: Box::new(|_| None),
            };
            let mut t = Template::new(funcs).host(host);
            if let Some(h) = helpers
                && t.parse("helpers", h).is_err()
            {
                return;
            }
            if t.parse("t", src).is_ok() {
                let _ = t.execute("t", &dot);
            }
        }
    }
}

/// The bundled default injection configuration, as `kube-inject` builds it offline, and
/// the same with native sidecars (each built once per process).
fn inject_configs() -> &'static [InjectConfig] {
    static CFGS: OnceLock<Vec<InjectConfig>> = OnceLock::new();
    CFGS.get_or_init(|| {
        let inputs = crate::operator::Inputs {
            set: vec!["profile=default".into()],
            ..Default::default()
        };
        // The bundled configuration is compiled in; failing to build it is a product bug.
        let classic = crate::inject::config::from_operator(&inputs)
            .unwrap_or_else(|e| panic!("bundled injection config: {e}"));
        let mut native = classic.clone();
        native.native_sidecars = true;
        vec![classic, native]
    })
}

/// kube-inject over a stream, with classic sidecars for inputs of even length and native
/// ones for odd. Every document written must parse again on its own.
pub fn kube_inject(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let cfg = &inject_configs()[data.len() % 2];
    let mut out = Vec::new();
    if crate::inject::inject_stream("fuzz.yaml", &text, cfg, &mut out, &mut |_| {}).is_err() {
        return;
    }
    let out = String::from_utf8_lossy(&out);
    for raw in crate::yaml::split_documents(&out) {
        if let Err(e) = crate::yaml::parse_document("injected.yaml", raw.line, raw.text) {
            assert!(
                e.message.contains("deeper than"),
                "kube-inject wrote a document that does not parse: {e}"
            );
        }
    }
}

/// `analyze` offline over the input: load, add the resources istioctl adds, run every
/// analyzer, and render the messages in every output format.
pub fn analyze(data: &[u8]) {
    use crate::analyze::{self, format, load, mesh};
    let text = String::from_utf8_lossy(data);
    let mut snap = analyze::Snapshot::new();
    let opts = load::LoadOptions {
        keep_runtime_kinds: true,
        ..Default::default()
    };
    let _ = load::load_text(&mut snap, "fuzz.yaml", &text, &opts);
    let mesh_state = mesh::MeshState::default();
    mesh::add_default_resources(&mut snap, &mesh_state, "istio-system", &opts);
    mesh::add_mesh_resources(&mut snap, &mesh_state, "istio-system");
    let out = analyze::run(
        &snap,
        &analyze::analyzers::all(),
        &mesh_state,
        &analyze::Options {
            istio_namespace: "istio-system".into(),
            ..Default::default()
        },
    );
    let _ = format::log(&snap, &out.messages, false);
    let _ = format::json(&snap, &out.messages);
    let _ = format::yaml(&snap, &out.messages);
    let _ = format::sarif(&snap, &out.messages);
    let _ = format::github(&snap, &out.messages);
}

/// IstioOperator overlay and `--set` flags merged onto the profiles, validated and planned
/// into components, as `manifest generate` does before rendering.
pub fn iop_set(data: &[u8]) {
    use crate::operator::{self, setflag};
    let text = String::from_utf8_lossy(data);
    let mut overlay = String::new();
    let mut set = Vec::new();
    for line in text.split_inclusive('\n') {
        match line.strip_prefix("--set ") {
            Some(flag) => set.push(flag.trim_end_matches(['\n', '\r']).to_string()),
            None => overlay.push_str(line),
        }
    }
    // `installPackagePath` (`-d`) makes the merge read profiles from disk: keep to the
    // built-in profiles by leaving such inputs at the parsing stage.
    let from_disk = set.iter().any(|f| {
        setflag::parse_flag(f).is_ok_and(|f| {
            matches!(f.path.first(), Some(setflag::Segment::Key(k)) if k == "installPackagePath")
        })
    }) || crate::yaml::parse_stream("-", &overlay).is_ok_and(|docs| {
        docs.iter().any(|d| {
            d.value
                .pointer("/spec/installPackagePath")
                .is_some_and(|p| !matches!(p, Value::Null | Value::Bool(false)))
        })
    });
    if from_disk {
        return;
    }
    let inputs = operator::Inputs {
        files: vec!["-".into()],
        set,
        force: Some(false),
        ..Default::default()
    };
    let Ok(merged) = operator::merge_inputs(&inputs, &mut overlay.as_bytes()) else {
        return;
    };
    let _ = merged.plans();
}
