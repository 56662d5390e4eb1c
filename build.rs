//! Records the git revision for `sailctl version` and re-runs when bundled assets change.
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=profiles");
    println!("cargo:rerun-if-changed=manifests");
    println!("cargo:rerun-if-changed=.git/HEAD");
    println!("cargo:rerun-if-env-changed=SAILCTL_GIT_SHA");
    let sha = std::env::var("SAILCTL_GIT_SHA").ok().or_else(|| {
        Command::new("git")
            .args(["rev-parse", "--short=7", "HEAD"])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    });
    println!("cargo:rustc-env=SAILCTL_GIT_SHA={}", sha.unwrap_or_else(|| "unknown".into()));
}
