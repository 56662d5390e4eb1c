//! The command line: clap derive definitions only — wiring, no logic.
//!
//! One flag definition feeds parsing, `--help`, shell completions and the man page.

pub mod analyze;
pub mod dashboard;
pub mod duration;
pub mod inject;
pub mod install;
pub mod manifest;
pub mod precheck;
pub mod profile;
pub mod version;

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

pub use duration::GoDuration;

/// Istio's default namespace for the control plane.
pub const DEFAULT_ISTIO_NAMESPACE: &str = "istio-system";

#[derive(Debug, Parser)]
#[command(
    name = "sailctl",
    about = "Istio configuration command line utility: install Istio, inject sidecars, analyze mesh config",
    long_about = "sailctl is a drop-in, faster istioctl. It installs the bundled Istio 1.30.3 control plane, \
injects sidecars into manifests, validates mesh configuration, opens dashboards and reports versions, \
with istioctl's commands, flags and outputs.",
    version = crate::version::CLIENT_VERSION,
    disable_version_flag = true,
    propagate_version = false,
    term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags every command accepts (istioctl's root flags).
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Kubernetes configuration file
    #[arg(
        short = 'c',
        long,
        global = true,
        help_heading = "Global Options",
        value_name = "PATH",
        env = "KUBECONFIG",
        hide_env = true
    )]
    pub kubeconfig: Option<PathBuf>,
    /// The name of the kubeconfig context to use
    #[arg(
        long,
        global = true,
        help_heading = "Global Options",
        value_name = "NAME"
    )]
    pub context: Option<String>,
    /// Istio system namespace
    #[arg(short = 'i', long = "istioNamespace", global = true, help_heading = "Global Options", default_value = DEFAULT_ISTIO_NAMESPACE, value_name = "NS")]
    pub istio_namespace: String,
    /// Kubernetes namespace
    #[arg(
        short = 'n',
        long,
        global = true,
        help_heading = "Global Options",
        value_name = "NS"
    )]
    pub namespace: Option<String>,
    /// Kubernetes client timeout as a duration (e.g. 15s, 1m)
    #[arg(
        long = "kubeclient-timeout",
        global = true,
        help_heading = "Global Options",
        default_value = "15s",
        value_name = "DURATION"
    )]
    pub kubeclient_timeout: GoDuration,
    /// Username to impersonate for Kubernetes operations
    #[arg(
        long = "as",
        global = true,
        help_heading = "Global Options",
        value_name = "USER"
    )]
    pub as_user: Option<String>,
    /// Group to impersonate for Kubernetes operations (repeatable)
    #[arg(
        long = "as-group",
        global = true,
        help_heading = "Global Options",
        value_name = "GROUP"
    )]
    pub as_group: Vec<String>,
    /// Print more about what sailctl is doing
    #[arg(short = 'v', long, global = true, help_heading = "Global Options")]
    pub verbose: bool,
    /// Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)
    #[arg(long, global = true, help_heading = "Global Options", value_name = "BOOL", default_value = "true", num_args = 0..=1,
          default_missing_value = "true", require_equals = true, action = clap::ArgAction::Set)]
    pub color: bool,
    /// Accepted for istioctl compatibility (scope:level,…); sailctl's own logging is -v
    #[arg(
        long = "log_output_level",
        global = true,
        help_heading = "Global Options",
        value_name = "LEVELS",
        hide_short_help = true
    )]
    pub log_output_level: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Applies an Istio manifest, installing or reconfiguring Istio on a cluster
    #[command(visible_alias = "apply")]
    Install(install::InstallArgs),
    /// Upgrade Istio control plane in-place with eligibility checks
    Upgrade(install::InstallArgs),
    /// Uninstall Istio from a cluster
    Uninstall(install::UninstallArgs),
    /// Commands related to Istio manifests
    #[command(subcommand)]
    Manifest(manifest::ManifestCommand),
    /// Commands related to Istio configuration profiles
    #[command(subcommand)]
    Profile(profile::ProfileCommand),
    /// Verifies Istio installation status
    #[command(name = "verify-install")]
    VerifyInstall(install::VerifyInstallArgs),
    /// Check whether Istio can safely be installed or upgraded
    Precheck(precheck::PrecheckArgs),
    /// Experimental commands that may be modified or deprecated
    #[command(visible_alias = "x", subcommand)]
    Experimental(Experimental),
    /// Inject Istio sidecar into Kubernetes pod resources
    #[command(name = "kube-inject")]
    KubeInject(inject::KubeInjectArgs),
    /// Analyze Istio configuration and print validation messages
    Analyze(analyze::AnalyzeArgs),
    /// Access to Istio web UIs
    #[command(visible_aliases = ["dash", "d"], subcommand)]
    Dashboard(dashboard::DashboardCommand),
    /// Install, remove or list the observability addons (Kiali, Prometheus, Grafana, Jaeger, Zipkin)
    #[command(subcommand)]
    Addons(dashboard::AddonsCommand),
    /// Prints out build version information
    Version(version::VersionArgs),
    /// Generate the autocompletion script for the specified shell
    Completion(CompletionArgs),
    /// Print the man page (roff) generated from the flag definitions
    #[command(hide = true)]
    Man,
}

#[derive(Debug, Subcommand)]
pub enum Experimental {
    /// Check whether Istio can safely be installed or upgraded
    Precheck(precheck::PrecheckArgs),
    /// Server-side apply Kubernetes YAML (files or `-`), so demos and tests need no kubectl
    #[command(hide = true)]
    Apply(ApplyArgs),
}

#[derive(Debug, Clone, Args)]
pub struct ApplyArgs {
    /// Files to apply (`-` for stdin)
    #[arg(short = 'f', long = "filename", value_name = "PATH", required = true)]
    pub filenames: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CompletionArgs {
    /// The shell to generate the script for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Builds the clap command (for completions, man page and tests).
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definitions_are_consistent() {
        command().debug_assert();
    }

    #[test]
    fn aliases_reach_the_same_command() {
        for argv in [["sailctl", "apply"], ["sailctl", "install"]] {
            let cli = Cli::try_parse_from(argv).unwrap();
            assert!(matches!(cli.command, Command::Install(_)));
        }
        let cli = Cli::try_parse_from(["sailctl", "x", "precheck"]).unwrap();
        assert!(matches!(
            cli.command,
            Command::Experimental(Experimental::Precheck(_))
        ));
        let cli = Cli::try_parse_from(["sailctl", "d", "kiali"]).unwrap();
        assert!(matches!(cli.command, Command::Dashboard(_)));
    }

    #[test]
    fn go_style_bools() {
        let cli = Cli::try_parse_from(["sailctl", "version", "--remote=false"]).unwrap();
        let Command::Version(v) = cli.command else {
            panic!()
        };
        assert!(!v.remote);
        let cli = Cli::try_parse_from([
            "sailctl",
            "analyze",
            "--use-kube=false",
            "-A",
            "--color=false",
        ])
        .unwrap();
        assert!(!cli.global.color);
        let Command::Analyze(a) = cli.command else {
            panic!()
        };
        assert!(!a.use_kube && a.all_namespaces);
    }

    #[test]
    fn global_defaults() {
        let cli = Cli::try_parse_from(["sailctl", "version"]).unwrap();
        assert_eq!(cli.global.istio_namespace, "istio-system");
        assert_eq!(cli.global.kubeclient_timeout.0.as_secs(), 15);
    }
}
