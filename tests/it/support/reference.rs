//! The reference istioctl 1.30.3 (`../shared/bin/istioctl`), started through [`Cmd`] like
//! sailctl, for differential checks.

use std::ffi::OsStr;
use std::time::Duration;

use super::kubeconfig;
use super::paths;
use super::process::Cmd;

/// Generous: the first run unpacks the binary (about 100 MB) into the cache.
const TIMEOUT: Duration = Duration::from_secs(180);

/// istioctl with `args`. `KUBECONFIG` points at a closed loopback port, so a command that
/// looks up a cluster fails at once instead of waiting for one; override it with
/// [`Cmd::env`] (kubeplane's kubeconfig, say). A missing binary fails the test, naming what
/// to install.
pub fn istioctl<I, S>(args: I) -> Cmd
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    Cmd::new(paths::reference_bin("istioctl"))
        .args(args)
        .env("KUBECONFIG", kubeconfig::closed_port())
        .timeout(TIMEOUT)
}
