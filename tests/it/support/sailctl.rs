//! The sailctl binary under test, started through [`Cmd`].

use std::ffi::OsStr;

use super::process::Cmd;

/// The binary Cargo built for this test run.
pub const BIN: &str = env!("CARGO_BIN_EXE_sailctl");

/// A kubeconfig path that does not exist: whatever needs a cluster fails clearly.
pub const NO_KUBECONFIG: &str = "/nonexistent/kubeconfig";

/// sailctl with `args`, no colour, stdin `/dev/null` (change it with [`Cmd::stdin`] and
/// friends).
pub fn sailctl<I, S>(args: I) -> Cmd
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    Cmd::new(BIN).args(args).env("NO_COLOR", "1")
}

/// [`sailctl`] with `KUBECONFIG` at [`NO_KUBECONFIG`], for commands that must not find a
/// cluster.
pub fn offline<I, S>(args: I) -> Cmd
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    sailctl(args).env("KUBECONFIG", NO_KUBECONFIG)
}
