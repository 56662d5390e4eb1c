//! Every analyzer of Istio 1.30.3, one per file. `all()` is the registry.

use super::Analyzer;

mod annotation_catalog;
mod annotations_alpha;
mod annotations_k8s;
mod application_uid;
mod authz_policies;
mod blocked_cidrs;
mod ca_certificate;
mod conditions;
mod crd_version;
mod deployment_multi_service;
mod deprecation;
mod dr_subset_select_pod;
mod envoy_filter;
mod external_control_plane;
mod gateway_certificate;
mod gateway_conflicting;
mod gateway_port;
mod gateway_secret;
mod injection;
mod injection_image;
mod injection_image_auto;
mod k8sgateway_selector;
mod mesh_networks;
mod multicluster_service;
mod schema_validation;
mod service_entry;
mod service_port_name;
mod sidecar_selector;
mod telemetry_default_selector;
mod telemetry_lightstep;
mod telemetry_provider;
mod telemetry_selector;
mod vs_conflicting_mesh_gateway_hosts;
mod vs_destination_host;
mod vs_destination_rule;
mod vs_gateway;
mod vs_jwt_claim_route;
mod webhook;

/// Every analyzer, in istioctl's registration order.
pub fn all() -> Vec<&'static dyn Analyzer> {
    let mut v: Vec<&'static dyn Analyzer> = vec![
        &annotations_k8s::K8sAnalyzer,
        &annotations_alpha::AlphaAnalyzer,
        &authz_policies::AuthorizationPoliciesAnalyzer,
        &blocked_cidrs::BlockedCidrsAnalyzer,
        &conditions::ConditionAnalyzer,
        &deployment_multi_service::MultiServiceAnalyzer,
        &application_uid::ApplicationUidAnalyzer,
        &deprecation::DeprecationAnalyzer,
        &gateway_port::IngressGatewayPortAnalyzer,
        &gateway_certificate::CertificateAnalyzer,
        &gateway_secret::SecretAnalyzer,
        &gateway_conflicting::ConflictingGatewayAnalyzer,
        &vs_conflicting_mesh_gateway_hosts::ConflictingMeshGatewayHostsAnalyzer,
        &vs_destination_host::DestinationHostAnalyzer,
        &vs_destination_rule::DestinationRuleAnalyzer,
        &vs_gateway::GatewayAnalyzer,
        &vs_jwt_claim_route::JwtClaimRouteAnalyzer,
        &ca_certificate::CaCertificateAnalyzer,
        &envoy_filter::EnvoyPatchAnalyzer,
        &external_control_plane::ExternalControlPlaneAnalyzer,
        &crd_version::CrdVersionAnalyzer,
        &k8sgateway_selector::SelectorAnalyzer,
        &dr_subset_select_pod::SubsetSelectPodAnalyzer,
        &injection::InjectionAnalyzer,
        &mesh_networks::MeshNetworksAnalyzer,
        &multicluster_service::MultiClusterServiceAnalyzer,
        &injection_image::ImageAnalyzer,
        &injection_image_auto::ImageAutoAnalyzer,
        &service_port_name::PortNameAnalyzer,
        &sidecar_selector::SelectorAnalyzer,
        &service_entry::ServiceEntryAnalyzer,
        &webhook::WebhookAnalyzer,
        &telemetry_provider::ProviderAnalyzer,
        &telemetry_selector::SelectorAnalyzer,
        &telemetry_default_selector::DefaultSelectorAnalyzer,
        &telemetry_lightstep::LightstepAnalyzer,
    ];
    for a in schema_validation::ALL {
        v.push(a);
    }
    v
}
