//! Build information: the Istio release sailctl bundles and reports as its client version.
//!
//! sailctl reports `client version: 1.30.3` — the Istio release whose control plane it
//! installs — so scripts that compare client and control-plane versions keep working.
//! The sailctl build itself (crate version + git revision) shows in `--short=false` and
//! `-o json|yaml` as `revision` and `sailctl`.

use serde_json::{Value, json};

/// The Istio release bundled (charts, profiles, images).
pub const ISTIO_VERSION: &str = "1.30.3";
/// What `version` prints as the client version.
pub const CLIENT_VERSION: &str = ISTIO_VERSION;
/// The default image hub of the bundled control plane.
pub const DEFAULT_HUB: &str = "docker.io/istio";
/// sailctl's own crate version.
pub const SAILCTL_VERSION: &str = env!("CARGO_PKG_VERSION");
/// Short git revision of this build (`unknown` outside a git checkout).
pub const GIT_REVISION: &str = env!("SAILCTL_GIT_SHA");
/// The compiler that built this binary.
pub const RUSTC_VERSION: &str = env!("SAILCTL_RUSTC_VERSION");

/// istioctl's BuildInfo fields (JSON names as istioctl prints them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildInfo {
    pub version: String,
    pub revision: String,
    pub compiler: String,
    pub status: String,
    pub tag: String,
}

impl BuildInfo {
    pub fn client() -> Self {
        BuildInfo {
            version: CLIENT_VERSION.into(),
            revision: GIT_REVISION.into(),
            compiler: RUSTC_VERSION.into(),
            status: "Clean".into(),
            tag: ISTIO_VERSION.into(),
        }
    }

    /// istioctl's `--short=false` text form.
    pub fn long_string(&self) -> String {
        format!(
            "version.BuildInfo{{Version:\"{}\", GitRevision:\"{}\", GolangVersion:\"{}\", BuildStatus:\"{}\", GitTag:\"{}\"}}",
            self.version, self.revision, self.compiler, self.status, self.tag
        )
    }

    pub fn to_json(&self) -> Value {
        json!({
            "version": self.version,
            "revision": self.revision,
            "golang_version": self.compiler,
            "status": self.status,
            "tag": self.tag,
            "sailctl": SAILCTL_VERSION,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_form_names_istio_fields() {
        let b = BuildInfo::client();
        let s = b.long_string();
        assert!(
            s.starts_with("version.BuildInfo{Version:\"1.30.3\", GitRevision:\""),
            "{s}"
        );
        assert_eq!(b.to_json()["version"], "1.30.3");
    }
}
