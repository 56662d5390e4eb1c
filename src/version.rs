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

/// The Istio version an image reference carries: `docker.io/istio/proxyv2:1.30.3-distroless` → `1.30.3`.
pub fn version_from_image(image: &str) -> Option<String> {
    let no_digest = image.split('@').next().unwrap_or(image);
    let last = no_digest.rsplit('/').next().unwrap_or(no_digest);
    let (_, tag) = last.split_once(':')?;
    let tag = tag
        .strip_suffix("-distroless")
        .or_else(|| tag.strip_suffix("-debug"))
        .unwrap_or(tag);
    (!tag.is_empty()).then(|| tag.to_string())
}

/// Proxies grouped by version, most common first, as `data plane version` prints them.
pub fn group_versions<'a>(versions: impl IntoIterator<Item = &'a str>) -> Vec<(String, usize)> {
    let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
    for v in versions {
        *counts.entry(v).or_default() += 1;
    }
    let mut out: Vec<(String, usize)> = counts
        .into_iter()
        .map(|(v, n)| (v.to_string(), n))
        .collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}

/// `1.30.3 (12 proxies), 1.29.0 (1 proxy)`.
pub fn format_data_plane(groups: &[(String, usize)]) -> String {
    groups
        .iter()
        .map(|(v, n)| format!("{v} ({n} {})", if *n == 1 { "proxy" } else { "proxies" }))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod remote_tests {
    use super::*;

    #[test]
    fn image_versions() {
        assert_eq!(
            version_from_image("docker.io/istio/pilot:1.30.3").as_deref(),
            Some("1.30.3")
        );
        assert_eq!(
            version_from_image("localhost:5000/istio/proxyv2:1.30.3-distroless").as_deref(),
            Some("1.30.3")
        );
        assert_eq!(
            version_from_image("istio/proxyv2:1.29.0@sha256:abc").as_deref(),
            Some("1.29.0")
        );
        assert_eq!(version_from_image("localhost:5000/istio/proxyv2"), None);
    }

    #[test]
    fn groups_and_formats() {
        let g = group_versions(["1.30.3", "1.29.0", "1.30.3"]);
        assert_eq!(
            format_data_plane(&g),
            "1.30.3 (2 proxies), 1.29.0 (1 proxy)"
        );
    }
}
