//! Every analyzer of Istio 1.30.3, one per file. `all()` is the registry.

use super::Analyzer;

mod ca_certificate;
mod crd_version;
mod deprecation;
mod envoy_filter;
mod external_control_plane;
mod service_entry;
mod sidecar_selector;
mod telemetry_default_selector;
mod telemetry_lightstep;
mod telemetry_provider;
mod telemetry_selector;

/// Every analyzer, in istioctl's registration order.
pub fn all() -> Vec<&'static dyn Analyzer> {
    vec![
        &deprecation::DeprecationAnalyzer,
        &ca_certificate::CaCertificateAnalyzer,
        &envoy_filter::EnvoyPatchAnalyzer,
        &external_control_plane::ExternalControlPlaneAnalyzer,
        &crd_version::CrdVersionAnalyzer,
        &sidecar_selector::SelectorAnalyzer,
        &service_entry::ServiceEntryAnalyzer,
        &telemetry_provider::ProviderAnalyzer,
        &telemetry_selector::SelectorAnalyzer,
        &telemetry_default_selector::DefaultSelectorAnalyzer,
        &telemetry_lightstep::LightstepAnalyzer,
    ]
}
