//! `dashboard` (aliases `dash`, `d`) and `addons`.

use clap::{Args, Subcommand, ValueEnum};

/// Flags every port-forwarding dashboard takes.
#[derive(Debug, Clone, Args)]
pub struct ForwardArgs {
    /// Local port to listen to (0 picks a free port)
    #[arg(short = 'p', long, default_value_t = 0, value_name = "PORT")]
    pub port: u16,
    /// Address to listen on; only accepts IP addresses or localhost
    #[arg(long, default_value = "localhost", value_name = "ADDR")]
    pub address: String,
    /// When --browser is supplied as false, sailctl dashboard will not open the browser
    #[arg(long, value_name = "BOOL", default_value = "true", num_args = 0..=1,
          default_missing_value = "true", require_equals = true, action = clap::ArgAction::Set)]
    pub browser: bool,
}

/// An addon dashboard: found by label in the addon namespace (-n, default the Istio namespace).
#[derive(Debug, Clone, Args)]
pub struct AddonArgs {
    #[command(flatten)]
    pub forward: ForwardArgs,
    /// The component's port in the pod (defaults to the addon's own)
    #[arg(long = "ui-port", value_name = "PORT")]
    pub ui_port: Option<u16>,
}

/// A dashboard on one pod: named `<pod>[.namespace]` or picked with a label selector.
#[derive(Debug, Clone, Args)]
pub struct PodArgs {
    /// The pod, as `<pod>[.namespace]`
    pub pod: Option<String>,
    /// Label selector to pick the pod
    #[arg(short = 'l', long, value_name = "SELECTOR")]
    pub selector: Option<String>,
    #[command(flatten)]
    pub forward: ForwardArgs,
    /// The port in the pod (defaults to the component's own)
    #[arg(long = "ui-port", value_name = "PORT")]
    pub ui_port: Option<u16>,
}

#[derive(Debug, Clone, Args)]
pub struct ControlzArgs {
    /// The pod, as `<pod>[.namespace]`
    pub pod: Option<String>,
    /// Label selector to pick the pod
    #[arg(short = 'l', long, value_name = "SELECTOR")]
    pub selector: Option<String>,
    /// Control plane revision
    #[arg(short = 'r', long, value_name = "REVISION")]
    pub revision: Option<String>,
    /// ControlZ port
    #[arg(long = "ctrlz_port", default_value_t = 9876, value_name = "PORT")]
    pub ctrlz_port: u16,
    #[command(flatten)]
    pub forward: ForwardArgs,
}

#[derive(Debug, Clone, Args)]
pub struct IstiodDebugArgs {
    /// The istiod pod, as `<pod>[.namespace]`
    pub pod: Option<String>,
    /// Label selector to pick the pod
    #[arg(short = 'l', long, value_name = "SELECTOR")]
    pub selector: Option<String>,
    /// Control plane revision
    #[arg(short = 'r', long, value_name = "REVISION")]
    pub revision: Option<String>,
    #[command(flatten)]
    pub forward: ForwardArgs,
}

#[derive(Debug, Subcommand)]
pub enum DashboardCommand {
    /// Open Kiali web UI
    Kiali(AddonArgs),
    /// Open Grafana web UI
    Grafana(AddonArgs),
    /// Open Jaeger web UI
    Jaeger(AddonArgs),
    /// Open Prometheus web UI
    Prometheus(AddonArgs),
    /// Open Zipkin web UI
    Zipkin(AddonArgs),
    /// Open SkyWalking UI
    Skywalking(AddonArgs),
    /// Open the admin dashboard of an Envoy proxy (a sidecar or gateway pod)
    Proxy(PodArgs),
    /// Open the admin dashboard of an Envoy proxy (same as proxy)
    Envoy(PodArgs),
    /// Open ControlZ web UI of an Istio component
    Controlz(ControlzArgs),
    /// Open the debug web UI of istiod
    #[command(name = "istiod-debug")]
    IstiodDebug(IstiodDebugArgs),
}

/// An addon named on the command line: one of the core's, or `all`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Addon {
    One(crate::addons::Addon),
    All,
}

impl ValueEnum for Addon {
    fn value_variants<'a>() -> &'a [Self] {
        use crate::addons::Addon as A;
        &[
            Self::One(A::Kiali),
            Self::One(A::Prometheus),
            Self::One(A::Grafana),
            Self::One(A::Jaeger),
            Self::One(A::Zipkin),
            Self::All,
        ]
    }
    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(match self {
            Self::One(a) => a.name(),
            Self::All => "all",
        }))
    }
}

#[derive(Debug, Subcommand)]
pub enum AddonsCommand {
    /// Install observability addons into the Istio namespace
    Install(AddonSelection),
    /// Remove observability addons
    Uninstall(AddonSelection),
    /// List the addons and whether they are installed
    List,
}

#[derive(Debug, Clone, Args)]
pub struct AddonSelection {
    /// Which addons (default: all)
    #[arg(value_enum)]
    pub addons: Vec<Addon>,
    /// Maximum time to wait for the addons to be ready
    #[arg(
        long = "readiness-timeout",
        default_value = "5m0s",
        value_name = "DURATION"
    )]
    pub readiness_timeout: super::GoDuration,
}
