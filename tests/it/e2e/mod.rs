//! End-to-end tests against kubeplane, the local control plane in `tools/kubeplane/`.
//!
//! Run them inside the cluster's network namespace:
//!
//! ```text
//! tools/kubeplane/cluster.sh exec -- cargo test --test it e2e
//! ```
//!
//! The cluster fixtures ([`cluster`], [`TestEnv`], ...) live in `support::kubeplane`; this
//! module adds only how e2e tests run sailctl against it.

mod analyze_scale;
mod commands;
mod faults;
mod inject;
mod install;
mod install_differential;
mod profiles;
mod smoke;

pub use crate::support::kubeplane::{
    TestEnv, assert_in_netns, client_for, cluster, unique_name, wait_until,
};
use crate::support::sailctl::sailctl as sailctl_cmd;

/// Runs the sailctl binary against the test cluster (admin kubeconfig, no colour, no stdin).
pub fn sailctl(env: &TestEnv, args: &[&str]) -> std::process::Output {
    sailctl_cmd(args)
        .arg("--kubeconfig")
        .arg(env.kubeconfig())
        .output()
}
