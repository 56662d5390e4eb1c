//! `kube-inject` through sailctl and the reference istioctl 1.30.3 with Istio's own injector
//! configuration: the `istio-sidecar-injector` and `istio` ConfigMaps of the reference's
//! `manifest generate` (taken at run time; Istio's template text is never stored here),
//! given to both as `--injectConfigFile`/`--valuesFile`/`--meshConfigFile` (istioctl with
//! `-r default`, which it needs offline). The inputs are Istio's kube-inject test inputs
//! (`pkg/kube/inject/testdata/inject/*.yaml`), the bookinfo and httpbin samples and
//! `kube_inject_inputs/workloads.yaml` (ours: bare pods of controllers, opt-outs, system
//! namespaces, a pod setting many fields), under a few installations (defaults; an
//! OpenTelemetry provider with the semantic conventions; CNI; proxy settings in the mesh
//! config; a revision; cluster, network and more global values; proxy image, resources,
//! status port and other proxy values; native sidecars with the application held until the
//! proxy starts)
//! and under a template of our own that prints what Go's data model gives templates (zero
//! values of unset fields, nil pointers, getters, enums).
//!
//! Each run must match: exit code, stdout byte for byte, and the skipped-workload warnings
//! (istioctl writes `===> Skipping …`, sailctl `Warning: Skipping …`; the text after that
//! must agree). Error texts are not compared (sailctl's are its own, `Error: file:line: …`).

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::support::paths;
use crate::support::process::stderr;
use crate::support::reference::istioctl;
use crate::support::sailctl::offline;

/// One installation: what `manifest generate` is given, and the environment of both
/// kube-inject runs.
struct Setup {
    name: &'static str,
    /// Extra `manifest generate` arguments (`--set`, `-f iop.yaml`).
    sets: &'static [&'static str],
    /// An IstioOperator overlay for `manifest generate`, written to `iop.yaml`.
    iop: Option<&'static str>,
    env: &'static [(&'static str, &'static str)],
    /// `-r` for both (istioctl needs one offline: `default` when unset).
    revision: Option<&'static str>,
    /// Our own injection template to use instead of Istio's (`config` text).
    own_config: Option<&'static str>,
}

const OTEL_IOP: &str = "\
apiVersion: install.istio.io/v1alpha1
kind: IstioOperator
spec:
  meshConfig:
    extensionProviders:
    - name: otel
      opentelemetry:
        service: otel-collector.observability.svc.cluster.local
        port: 4317
        serviceAttributeEnrichment: OTEL_SEMANTIC_CONVENTIONS
";

/// Proxy and mesh settings the templates and Istio's post-processing read: TPROXY,
/// proxy metadata, concurrency, holding the application, tracing, inbound `LOCALHOST`.
const PROXY_CONFIG_IOP: &str = "\
apiVersion: install.istio.io/v1alpha1
kind: IstioOperator
spec:
  meshConfig:
    inboundTrafficPolicy:
      mode: LOCALHOST
    defaultConfig:
      interceptionMode: TPROXY
      proxyMetadata:
        ISTIO_META_DNS_CAPTURE: \"true\"
      concurrency: 2
      holdApplicationUntilProxyStarts: true
      tracing:
        sampling: 5
";

/// A template of ours printing, for each pod, what the template data holds, Go-typed: the
/// fields a pod leaves unset hold their zero values, nil pointers print `<nil>`, protobuf
/// getters work on nil messages, enums print their names.
const DATA_MODEL_CONFIG: &str = r#"policy: enabled
templates:
  sidecar: |
    metadata:
      annotations:
        sailctl.test/meta: |
          name={{ .ObjectMeta.Name | upper }} generateName={{ .ObjectMeta.GenerateName }} ns={{ .ObjectMeta.Namespace }}
          uid={{ .ObjectMeta.UID }} generation={{ .ObjectMeta.Generation }} finalizers={{ len .ObjectMeta.Finalizers }}
          annotations={{ range $k, $v := .ObjectMeta.Annotations }}{{ $k }} {{ end }}
          labels={{ .ObjectMeta.Labels }} deletion={{ .ObjectMeta.DeletionTimestamp }} grace={{ .ObjectMeta.DeletionGracePeriodSeconds }}
          created={{ .ObjectMeta.CreationTimestamp }} getName={{ .ObjectMeta.GetName }} owners={{ len .ObjectMeta.OwnerReferences }}
          typeMeta={{ .TypeMeta.Kind }}/{{ .TypeMeta.APIVersion }} deploy={{ .DeploymentMeta.Namespace }}/{{ .DeploymentMeta.Name }}
        sailctl.test/spec: |
          sa={{ .Spec.ServiceAccountName }} deprecatedSA={{ .Spec.DeprecatedServiceAccount }} restart={{ .Spec.RestartPolicy | default "unset" }}
          hostNetwork={{ .Spec.HostNetwork }} hostPID={{ .Spec.HostPID }} dns={{ .Spec.DNSPolicy }} node={{ .Spec.NodeName }}
          grace={{ .Spec.TerminationGracePeriodSeconds }} deadline={{ .Spec.ActiveDeadlineSeconds }} automount={{ .Spec.AutomountServiceAccountToken }}
          securityContext={{ if .Spec.SecurityContext }}set{{ else }}unset{{ end }} affinity={{ if .Spec.Affinity }}set{{ else }}unset{{ end }}
          priority={{ .Spec.Priority }} priorityClass={{ .Spec.PriorityClassName }} nodeSelector={{ .Spec.NodeSelector }}
          volumes={{ len .Spec.Volumes }} init={{ len .Spec.InitContainers }} pullSecrets={{ len .Spec.ImagePullSecrets }} tolerations={{ len .Spec.Tolerations }}
          {{- range .Spec.Volumes }}
          volume {{ .Name }} emptyDir={{ if .EmptyDir }}set{{ else }}unset{{ end }} configMap={{ with .ConfigMap }}{{ .Name }}{{ end }} secret={{ with .VolumeSource.Secret }}{{ .SecretName }}{{ end }}
          {{- end }}
          {{- range .Spec.InitContainers }}
          init {{ .Name }} image={{ .Image }} restart={{ .RestartPolicy }} command={{ .Command }}
          {{- end }}
        sailctl.test/containers: |
          {{- range $i, $c := .Spec.Containers }}
          container {{ $i }} name={{ $c.Name | upper }} image={{ $c.Image }} pull={{ $c.ImagePullPolicy }} workdir={{ $c.WorkingDir }} tty={{ $c.TTY }} stdin={{ $c.Stdin }}
            args={{ len $c.Args }} env={{ len $c.Env }} mounts={{ len $c.VolumeMounts }} limits={{ range $k, $v := $c.Resources.Limits }}{{ $k }} {{ end }}requests={{ len $c.Resources.Requests }}
            securityContext={{ with $c.SecurityContext }}user={{ .RunAsUser }} privileged={{ .Privileged }}{{ else }}unset{{ end }} restartPolicy={{ $c.RestartPolicy }}
            {{- with $c.ReadinessProbe }}
            readiness period={{ .PeriodSeconds }} delay={{ .InitialDelaySeconds }} failure={{ .FailureThreshold }} httpGet={{ with .HTTPGet }}{{ .Path }}:{{ .Port }} scheme={{ .Scheme }}{{ end }} tcp={{ with .ProbeHandler.TCPSocket }}{{ .Port }}{{ end }} exec={{ with .Exec }}{{ .Command }}{{ end }}
            {{- end }}
            {{- with $c.LivenessProbe }}
            liveness period={{ .PeriodSeconds }} grace={{ .TerminationGracePeriodSeconds }} grpc={{ with .GRPC }}{{ .Port }}/{{ .Service }}{{ end }}
            {{- end }}
            {{- range $c.Ports }}
            port {{ .ContainerPort }}/{{ .Protocol | default "TCP" }} name={{ .Name }} host={{ .HostPort }} ip={{ .HostIP }} json={{ structToJSON . }}
            {{- end }}
            {{- range $c.Env }}
            env {{ .Name }}={{ .Value }} from={{ if .ValueFrom }}set{{ else }}unset{{ end }}
            {{- end }}
            {{- range $c.VolumeMounts }}
            mount {{ .Name }} {{ .MountPath }} readOnly={{ .ReadOnly }} subPath={{ .SubPath }}
            {{- end }}
          {{- end }}
        sailctl.test/config: |
          interception={{ .ProxyConfig.InterceptionMode }} {{ .ProxyConfig.InterceptionMode.String }} hold={{ .ProxyConfig.HoldApplicationUntilProxyStarts.GetValue }}
          tracing={{ .ProxyConfig.GetTracing.GetTlsSettings }} ca={{ .ProxyConfig.GetTracing.GetTlsSettings.GetCaCertificates }} concurrency={{ .ProxyConfig.Concurrency }}
          statusPort={{ .ProxyConfig.StatusPort }} adminPort={{ .ProxyConfig.ProxyAdminPort }} discovery={{ .ProxyConfig.DiscoveryAddress }} metadata={{ .ProxyConfig.ProxyMetadata }}
          drain={{ formatDuration .ProxyConfig.TerminationDrainDuration }} cluster={{ .ProxyConfig.GetServiceCluster }}
          listen={{ .MeshConfig.ProxyListenPort }} inbound={{ .MeshConfig.ProxyInboundListenPort }} trustDomain={{ .MeshConfig.TrustDomain }}
          merge={{ .MeshConfig.EnablePrometheusMerge.GetValue }} outbound={{ .MeshConfig.OutboundTrafficPolicy.Mode }} providers={{ len .MeshConfig.ExtensionProviders }}
          defaultStatusPort={{ .MeshConfig.DefaultConfig.StatusPort }} accessLogEncoding={{ .MeshConfig.AccessLogEncoding }}
          revision={{ .Revision }} image={{ .ProxyImage }} native={{ .NativeSidecars }} uid={{ .ProxyUID }}/{{ .ProxyGID }}
          inboundPolicy={{ .InboundTrafficPolicyMode }} compliance={{ .CompliancePolicy | default "none" }}
          otel={{ otelResourceAttributes .MeshConfig .ObjectMeta.Annotations .ObjectMeta.Labels .DeploymentMeta.Namespace .Spec.Containers | default "off" }}
"#;

const SETUPS: &[Setup] = &[
    Setup {
        name: "default",
        sets: &[],
        iop: None,
        env: &[],
        revision: None,
        own_config: None,
    },
    Setup {
        name: "otel-semconv",
        sets: &[],
        iop: Some(OTEL_IOP),
        env: &[],
        revision: None,
        own_config: None,
    },
    Setup {
        name: "cni",
        sets: &["--set", "values.pilot.cni.enabled=true"],
        iop: None,
        env: &[],
        revision: None,
        own_config: None,
    },
    Setup {
        name: "proxy-config",
        sets: &[],
        iop: Some(PROXY_CONFIG_IOP),
        env: &[],
        revision: None,
        own_config: None,
    },
    Setup {
        name: "revision",
        sets: &["--set", "revision=canary"],
        iop: None,
        env: &[],
        revision: Some("canary"),
        own_config: None,
    },
    Setup {
        name: "multicluster",
        sets: &[
            "--set",
            "values.global.multiCluster.clusterName=c1",
            "--set",
            "values.global.network=n1",
            "--set",
            "values.global.meshID=m1",
            "--set",
            "values.global.proxy.privileged=true",
            "--set",
            "values.global.logAsJson=true",
            "--set",
            "values.global.proxy.includeIPRanges=10.0.0.0/8",
            "--set",
            "values.sidecarInjectorWebhook.rewriteAppHTTPProbe=false",
        ],
        iop: None,
        env: &[],
        revision: None,
        own_config: None,
    },
    Setup {
        name: "values",
        sets: &[
            "--set",
            "values.global.variant=distroless",
            "--set",
            "values.global.imagePullSecrets[0]=regcred",
            "--set",
            "values.global.proxy.image=custom-proxy",
            "--set",
            "values.global.tag=1.30.3-debug",
            "--set",
            "values.global.proxy.logLevel=debug",
            "--set",
            "values.global.proxy.componentLogLevel=misc:info",
            "--set",
            "values.global.proxy.resources.requests.cpu=200m",
            "--set",
            "values.global.proxy.resources.limits.memory=1Gi",
            "--set",
            "values.global.proxy.statusPort=15021",
            "--set",
            "values.global.proxy.enableCoreDump=true",
            "--set",
            "values.global.proxy.lifecycle.preStop.exec.command[0]=sleep",
        ],
        iop: None,
        env: &[],
        revision: None,
        own_config: None,
    },
    Setup {
        name: "native-hold",
        sets: &[
            "--set",
            "values.global.proxy.holdApplicationUntilProxyStarts=true",
        ],
        iop: None,
        env: &[("ENABLE_NATIVE_SIDECARS", "true")],
        revision: None,
        own_config: None,
    },
    Setup {
        name: "go-data-model",
        sets: &[],
        iop: Some(OTEL_IOP),
        env: &[],
        revision: None,
        own_config: Some(DATA_MODEL_CONFIG),
    },
];

/// Writes `inj.yaml`, `values.json` and `mesh.yaml` for a setup into `dir`, from the
/// reference's `manifest generate`.
fn injector_files(setup: &Setup, dir: &Path) -> Result<(), String> {
    let mut args: Vec<String> = [
        "manifest",
        "generate",
        "--set",
        "profile=empty",
        "--set",
        "components.pilot.enabled=true",
    ]
    .iter()
    .chain(setup.sets)
    .map(|s| s.to_string())
    .collect();
    if let Some(iop) = setup.iop {
        std::fs::write(dir.join("iop.yaml"), iop).map_err(|e| format!("writing iop.yaml: {e}"))?;
        args.push("-f".into());
        args.push("iop.yaml".into());
    }
    let out = istioctl(&args).current_dir(dir).output();
    if !out.status.success() {
        return Err(format!(
            "istioctl {} failed: {}",
            args.join(" "),
            stderr(&out).trim()
        ));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let docs = super::compare::docs(&text, "istioctl manifest generate")?;
    // A revision's ConfigMaps carry its name.
    let suffix = setup.revision.map(|r| format!("-{r}")).unwrap_or_default();
    let data = |name: &str, key: &str| -> Result<String, String> {
        let name = format!("{name}{suffix}");
        docs.iter()
            .find(|d| d.key.0 == "ConfigMap" && d.key.2 == name)
            .and_then(|d| d.value.pointer(&format!("/data/{key}")))
            .and_then(|v| v.as_str())
            .map(str::to_string)
            .ok_or_else(|| {
                format!("the reference's manifest has no ConfigMap {name} with data.{key}")
            })
    };
    let config = match setup.own_config {
        Some(c) => c.to_string(),
        None => data("istio-sidecar-injector", "config")?,
    };
    for (file, text) in [
        ("inj.yaml", config),
        ("values.json", data("istio-sidecar-injector", "values")?),
        ("mesh.yaml", data("istio", "mesh")?),
    ] {
        std::fs::write(dir.join(file), text).map_err(|e| format!("writing {file}: {e}"))?;
    }
    Ok(())
}

/// The inputs: Istio's kube-inject test inputs (not the IstioOperator overlays beside them),
/// then the samples.
fn inputs() -> Vec<PathBuf> {
    let root = paths::istio_data("pkg/kube/inject/testdata/inject");
    let dir = root.join("pkg/kube/inject/testdata/inject");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| {
            let n = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            n.ends_with(".yaml") && !n.ends_with(".iop.yaml")
        })
        .collect();
    files.sort();
    assert!(
        files.len() >= 50,
        "expected Istio's kube-inject inputs in {}, found {}",
        dir.display(),
        files.len()
    );
    for sample in [
        "samples/bookinfo/platform/kube/bookinfo.yaml",
        "samples/httpbin/httpbin.yaml",
    ] {
        let p = root.join(sample);
        assert!(p.is_file(), "missing sample {}", p.display());
        files.push(p);
    }
    // Ours: workloads whose handling depends on Istio's rules (see the file).
    files.push(paths::repo().join("tests/it/differential/kube_inject_inputs/workloads.yaml"));
    files
}

/// The skipped-workload warnings, without each tool's prefix.
fn skip_warnings(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .filter_map(|l| {
            l.strip_prefix("===> ")
                .or_else(|| l.strip_prefix("Warning: "))
                .filter(|w| w.starts_with("Skipping injection"))
                .map(str::to_string)
        })
        .collect()
}

/// At most this many diff lines per differing case.
const MAX_DIFF_LINES: usize = 40;

fn text_diff(reference: &str, ours: &str) -> String {
    let diff = similar::TextDiff::from_lines(reference, ours);
    let text = diff
        .unified_diff()
        .context_radius(2)
        .header("istioctl", "sailctl")
        .to_string();
    let lines: Vec<&str> = text.lines().collect();
    let mut out = lines
        .iter()
        .take(MAX_DIFF_LINES)
        .copied()
        .collect::<Vec<_>>()
        .join("\n");
    if lines.len() > MAX_DIFF_LINES {
        out.push_str(&format!(
            "\n… {} more diff lines",
            lines.len() - MAX_DIFF_LINES
        ));
    }
    out
}

/// `None` when both runs agree, else what differs.
fn compare(reference: &Output, ours: &Output) -> Option<String> {
    let mut problems = Vec::new();
    let (rc, oc) = (reference.status.code(), ours.status.code());
    if rc != oc {
        problems.push(format!(
            "exit codes differ: istioctl {rc:?}, sailctl {oc:?}\n  istioctl stderr: {}\n  sailctl stderr: {}",
            stderr(reference).trim(),
            stderr(ours).trim()
        ));
    }
    if reference.stdout != ours.stdout {
        problems.push(text_diff(
            &String::from_utf8_lossy(&reference.stdout),
            &String::from_utf8_lossy(&ours.stdout),
        ));
    }
    let (rw, ow) = (
        skip_warnings(&stderr(reference)),
        skip_warnings(&stderr(ours)),
    );
    if rw != ow {
        problems.push(format!(
            "skip warnings differ:\n  istioctl: {rw:?}\n  sailctl:  {ow:?}"
        ));
    }
    (!problems.is_empty()).then(|| problems.join("\n"))
}

/// What one input did: the differences (none when both agree) and whether the reference
/// injected it (exit 0, output printed).
struct Outcome {
    problem: Option<String>,
    reference_ok: bool,
}

/// Runs one input through both tools with the files in `dir`.
fn run_case(setup: &Setup, dir: &Path, input: &Path) -> Outcome {
    let files = [
        "--injectConfigFile",
        "inj.yaml",
        "--valuesFile",
        "values.json",
        "--meshConfigFile",
        "mesh.yaml",
    ];
    let input = input.display().to_string();
    let mut theirs = istioctl(["kube-inject", "-f", input.as_str()])
        .args(files)
        .args(["-r", setup.revision.unwrap_or("default")])
        .current_dir(dir);
    let mut ours = offline(["kube-inject", "-f", input.as_str()])
        .args(files)
        .current_dir(dir);
    if let Some(r) = setup.revision {
        ours = ours.args(["-r", r]);
    }
    for (k, v) in setup.env {
        theirs = theirs.env(k, v);
        ours = ours.env(k, v);
    }
    let reference = theirs.output();
    Outcome {
        problem: compare(&reference, &ours.output()),
        reference_ok: reference.status.success() && !reference.stdout.is_empty(),
    }
}

#[test]
fn kube_inject_with_istios_injector_matches_istioctl() {
    let inputs = inputs();
    let mut table = String::from("setup             identical/inputs\n");
    let mut failures = Vec::new();
    let (mut identical, mut total) = (0, 0);
    for setup in SETUPS {
        let dir = tempfile::tempdir().expect("temp dir");
        if let Err(e) = injector_files(setup, dir.path()) {
            failures.push(format!("setup {}: {e}", setup.name));
            continue;
        }
        // Each case runs two processes, one after the other.
        let results: Vec<(PathBuf, Outcome)> =
            crate::support::parallel::two_workers(inputs.clone(), |input, _| {
                run_case(setup, dir.path(), input)
            });
        let same = results.iter().filter(|(_, r)| r.problem.is_none()).count();
        table.push_str(&format!("{:<17} {same}/{}\n", setup.name, results.len()));
        identical += same;
        total += results.len();
        // Agreeing on failures proves little: most inputs must inject.
        let injected = results.iter().filter(|(_, r)| r.reference_ok).count();
        if injected * 10 < results.len() * 8 {
            failures.push(format!(
                "setup {}: istioctl injected only {injected} of {} inputs; the setup is broken",
                setup.name,
                results.len()
            ));
        }
        for (input, r) in results {
            if let Some(problem) = r.problem {
                let name = input.file_name().and_then(|n| n.to_str()).unwrap_or("?");
                failures.push(format!("[{}] {name}:\n{problem}", setup.name));
            }
        }
    }
    let summary = format!("kube-inject: {identical}/{total} runs identical to istioctl's");
    eprintln!("{table}{summary}");
    let report = Path::new(env!("CARGO_TARGET_TMPDIR")).join("differential-kube-inject.txt");
    let _ = std::fs::write(
        &report,
        format!("{table}{summary}\n\n{}\n", failures.join("\n\n")),
    );
    eprintln!("all differences: {}", report.display());
    let shown: Vec<&str> = failures.iter().take(6).map(String::as_str).collect();
    assert!(
        failures.is_empty(),
        "{table}{summary}\nfirst {} differences:\n\n{}",
        shown.len(),
        shown.join("\n\n")
    );
}
