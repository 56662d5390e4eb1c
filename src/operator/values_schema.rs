//! Field names of IstioOperator `spec.values`, from istioctl's values API (operator/pkg/apis,
//! values_types.proto): used to flag misspelt values (`values.global.hubb`) with the nearest
//! valid name. Only field names are checked, and only through nested messages; free-form
//! fields (Struct/Value, lists, maps) are not descended into.
//!
//! istioctl refuses what its values API does not know, even keys the charts read (such as
//! `pilot.pdb`), so findings are errors unless `--force` is given, as with istioctl.

use super::validate::{Issue, nearest};
use serde_json::Value;

/// A message of the values API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    Values,
    Cni,
    CniUsage,
    CniAmbient,
    CniRepair,
    ResourceQuotas,
    Resources,
    Logging,
    Gateways,
    Egress,
    Ingress,
    Global,
    MultiCluster,
    Pilot,
    PilotTaint,
    Proxy,
    StartupProbe,
    ProxyInit,
    Tracer,
    TracerDatadog,
    TracerLightstep,
    TracerZipkin,
    TracerStackdriver,
    SidecarInjector,
    Telemetry,
    TelemetryV2,
    Enabled,
    Base,
    IstiodRemote,
    Experimental,
    Waypoint,
    Arch,
    DefaultResources,
    ResourcesRequests,
    Sts,
    Istiod,
    Sds,
    ServiceAccount,
    TargetUtilization,
    Agentgateway,
}

/// A field: `None` = a leaf or free-form value, `Some(msg)` = a nested message.
type Field = (&'static str, Option<Msg>);

const L: Option<Msg> = None;

fn fields(m: Msg) -> &'static [Field] {
    use Msg::*;
    match m {
        Values => &[
            ("cni", Some(Cni)),
            ("gateways", Some(Gateways)),
            ("global", Some(Global)),
            ("pilot", Some(Pilot)),
            ("ztunnel", L),
            ("telemetry", Some(Telemetry)),
            ("sidecarInjectorWebhook", Some(SidecarInjector)),
            ("istio_cni", Some(CniUsage)),
            ("revision", L),
            ("ownerName", L),
            ("meshConfig", L),
            ("base", Some(Base)),
            ("istiodRemote", Some(IstiodRemote)),
            ("revisionTags", L),
            ("defaultRevision", L),
            ("profile", L),
            ("compatibilityVersion", L),
            ("experimental", Some(Experimental)),
            ("gatewayClasses", L),
        ],
        Cni => &[
            ("enabled", L),
            ("hub", L),
            ("tag", L),
            ("variant", L),
            ("image", L),
            ("pullPolicy", L),
            ("cniBinDir", L),
            ("cniConfDir", L),
            ("cniConfFileName", L),
            ("cniNetnsDir", L),
            ("excludeNamespaces", L),
            ("affinity", L),
            ("env", L),
            ("daemonSetLabels", L),
            ("podAnnotations", L),
            ("podLabels", L),
            ("psp_cluster_role", L),
            ("pspClusterRole", L),
            ("logLevel", L),
            ("logging", Some(Logging)),
            ("repair", Some(CniRepair)),
            ("chained", L),
            ("resource_quotas", Some(ResourceQuotas)),
            ("resourceQuotas", Some(ResourceQuotas)),
            ("resources", Some(Resources)),
            ("privileged", L),
            ("seccompProfile", L),
            ("ambient", Some(CniAmbient)),
            ("provider", L),
            ("rollingMaxUnavailable", L),
            ("istioOwnedCNIConfig", L),
            ("istioOwnedCNIConfigFileName", L),
            ("useAppArmorAnnotation", L),
        ],
        CniUsage => &[("enabled", L), ("chained", L), ("provider", L)],
        CniAmbient => &[
            ("enabled", L),
            ("configDir", L),
            ("dnsCapture", L),
            ("ipv6", L),
            ("reconcileIptablesOnStartup", L),
        ],
        CniRepair => &[
            ("enabled", L),
            ("hub", L),
            ("tag", L),
            ("image", L),
            ("labelPods", L),
            ("repairPods", L),
            ("createEvents", L),
            ("deletePods", L),
            ("brokenPodLabelKey", L),
            ("brokenPodLabelValue", L),
            ("initContainerName", L),
        ],
        ResourceQuotas => &[("enabled", L), ("pods", L)],
        Resources => &[("limits", L), ("requests", L)],
        Logging => &[("level", L)],
        Gateways => &[
            ("istio-egressgateway", Some(Egress)),
            ("enabled", L),
            ("istio-ingressgateway", Some(Ingress)),
            ("securityContext", L),
            ("seccompProfile", L),
        ],
        Egress => &[
            ("autoscaleEnabled", L),
            ("autoscaleMax", L),
            ("autoscaleMin", L),
            ("memory", Some(TargetUtilization)),
            ("cpu", Some(TargetUtilization)),
            ("customService", L),
            ("enabled", L),
            ("env", L),
            ("labels", L),
            ("name", L),
            ("nodeSelector", L),
            ("podAnnotations", L),
            ("podAntiAffinityLabelSelector", L),
            ("podAntiAffinityTermLabelSelector", L),
            ("ports", L),
            ("resources", Some(Resources)),
            ("secretVolumes", L),
            ("serviceAnnotations", L),
            ("type", L),
            ("tolerations", L),
            ("rollingMaxSurge", L),
            ("rollingMaxUnavailable", L),
            ("configVolumes", L),
            ("additionalContainers", L),
            ("runAsRoot", L),
            ("injectionTemplate", L),
            ("serviceAccount", Some(ServiceAccount)),
            ("ipFamilies", L),
            ("ipFamilyPolicy", L),
        ],
        Ingress => &[
            ("autoscaleEnabled", L),
            ("autoscaleMax", L),
            ("autoscaleMin", L),
            ("memory", Some(TargetUtilization)),
            ("cpu", Some(TargetUtilization)),
            ("customService", L),
            ("enabled", L),
            ("env", L),
            ("labels", L),
            ("loadBalancerIP", L),
            ("loadBalancerSourceRanges", L),
            ("name", L),
            ("nodeSelector", L),
            ("podAnnotations", L),
            ("podAntiAffinityLabelSelector", L),
            ("podAntiAffinityTermLabelSelector", L),
            ("ports", L),
            ("replicaCount", L),
            ("resources", L),
            ("secretVolumes", L),
            ("serviceAnnotations", L),
            ("type", L),
            ("rollingMaxSurge", L),
            ("rollingMaxUnavailable", L),
            ("externalTrafficPolicy", L),
            ("tolerations", L),
            ("ingressPorts", L),
            ("additionalContainers", L),
            ("configVolumes", L),
            ("runAsRoot", L),
            ("injectionTemplate", L),
            ("serviceAccount", Some(ServiceAccount)),
            ("ipFamilies", L),
            ("ipFamilyPolicy", L),
        ],
        Global => &[
            ("arch", Some(Arch)),
            ("certSigners", L),
            ("configValidation", L),
            ("defaultNodeSelector", L),
            ("defaultPodDisruptionBudget", Some(Enabled)),
            ("defaultResources", Some(DefaultResources)),
            ("defaultTolerations", L),
            ("hub", L),
            ("imagePullPolicy", L),
            ("imagePullSecrets", L),
            ("istioNamespace", L),
            ("logAsJson", L),
            ("logging", Some(Logging)),
            ("meshID", L),
            ("meshNetworks", L),
            ("multiCluster", Some(MultiCluster)),
            ("network", L),
            ("podDNSSearchNamespaces", L),
            ("omitSidecarInjectorConfigMap", L),
            ("operatorManageWebhooks", L),
            ("priorityClassName", L),
            ("proxy", Some(Proxy)),
            ("proxy_init", Some(ProxyInit)),
            ("sds", Some(Sds)),
            ("tag", L),
            ("variant", L),
            ("tracer", Some(Tracer)),
            ("remotePilotAddress", L),
            ("istiod", Some(Istiod)),
            ("pilotCertProvider", L),
            ("jwtPolicy", L),
            ("sts", Some(Sts)),
            ("revision", L),
            ("mountMtlsCerts", L),
            ("caAddress", L),
            ("externalIstiod", L),
            ("configCluster", L),
            ("caName", L),
            ("platform", L),
            ("ipFamilies", L),
            ("ipFamilyPolicy", L),
            ("waypoint", Some(Waypoint)),
            ("trustBundleName", L),
            ("nativeNftables", L),
            ("networkPolicy", Some(Enabled)),
            ("resourceScope", L),
            ("agentgateway", Some(Agentgateway)),
            ("enableReaderRBAC", L),
        ],
        MultiCluster => &[
            ("enabled", L),
            ("clusterName", L),
            ("globalDomainSuffix", L),
            ("includeEnvoyFilter", L),
        ],
        Pilot => &[
            ("enabled", L),
            ("autoscaleEnabled", L),
            ("autoscaleMin", L),
            ("autoscaleMax", L),
            ("autoscaleBehavior", L),
            ("replicaCount", L),
            ("image", L),
            ("traceSampling", L),
            ("resources", Some(Resources)),
            ("cpu", Some(TargetUtilization)),
            ("nodeSelector", L),
            ("keepaliveMaxServerConnectionAge", L),
            ("deploymentLabels", L),
            ("podLabels", L),
            ("configMap", L),
            ("env", L),
            ("affinity", L),
            ("rollingMaxSurge", L),
            ("rollingMaxUnavailable", L),
            ("tolerations", L),
            ("podAnnotations", L),
            ("serviceAnnotations", L),
            ("serviceAccountAnnotations", L),
            ("jwksResolverExtraRootCA", L),
            ("hub", L),
            ("tag", L),
            ("variant", L),
            ("seccompProfile", L),
            ("topologySpreadConstraints", L),
            ("terminationGracePeriodSeconds", L),
            ("extraContainerArgs", L),
            ("volumeMounts", L),
            ("volumes", L),
            ("ipFamilies", L),
            ("ipFamilyPolicy", L),
            ("memory", Some(TargetUtilization)),
            ("cni", Some(CniUsage)),
            ("taint", Some(PilotTaint)),
            ("trustedZtunnelNamespace", L),
            ("istiodRemote", Some(IstiodRemote)),
            ("envVarFrom", L),
            ("crlConfigMapName", L),
        ],
        PilotTaint => &[("enabled", L), ("namespace", L), ("name", L)],
        Proxy => &[
            ("autoInject", L),
            ("clusterDomain", L),
            ("componentLogLevel", L),
            ("enableCoreDump", L),
            ("excludeInboundPorts", L),
            ("excludeIPRanges", L),
            ("image", L),
            ("includeIPRanges", L),
            ("logLevel", L),
            ("outlierLogPath", L),
            ("privileged", L),
            ("readinessInitialDelaySeconds", L),
            ("readinessPeriodSeconds", L),
            ("readinessFailureThreshold", L),
            ("seccompProfile", L),
            ("startupProbe", Some(StartupProbe)),
            ("statusPort", L),
            ("resources", Some(Resources)),
            ("tracer", L),
            ("excludeOutboundPorts", L),
            ("lifecycle", L),
            ("holdApplicationUntilProxyStarts", L),
            ("includeInboundPorts", L),
            ("includeOutboundPorts", L),
        ],
        StartupProbe => &[("enabled", L), ("failureThreshold", L)],
        ProxyInit => &[("image", L), ("resources", Some(Resources))],
        Tracer => &[
            ("datadog", Some(TracerDatadog)),
            ("lightstep", Some(TracerLightstep)),
            ("zipkin", Some(TracerZipkin)),
            ("stackdriver", Some(TracerStackdriver)),
        ],
        TracerDatadog => &[("address", L)],
        TracerLightstep => &[("address", L), ("accessToken", L)],
        TracerZipkin => &[("address", L)],
        TracerStackdriver => &[
            ("debug", L),
            ("maxNumberOfAttributes", L),
            ("maxNumberOfAnnotations", L),
            ("maxNumberOfMessageEvents", L),
        ],
        SidecarInjector => &[
            ("enableNamespacesByDefault", L),
            ("reinvocationPolicy", L),
            ("neverInjectSelector", L),
            ("alwaysInjectSelector", L),
            ("rewriteAppHTTPProbe", L),
            ("injectedAnnotations", L),
            ("injectionURL", L),
            ("templates", L),
            ("defaultTemplates", L),
        ],
        Telemetry => &[("enabled", L), ("v2", Some(TelemetryV2))],
        TelemetryV2 => &[
            ("enabled", L),
            ("prometheus", Some(Enabled)),
            ("stackdriver", Some(Enabled)),
        ],
        Enabled => &[("enabled", L)],
        Base => &[
            ("enableCRDTemplates", L),
            ("excludedCRDs", L),
            ("validationURL", L),
            ("enableIstioConfigCRDs", L),
            ("validateGateway", L),
            ("validationCABundle", L),
        ],
        IstiodRemote => &[
            ("injectionURL", L),
            ("injectionPath", L),
            ("injectionCABundle", L),
            ("enabled", L),
            ("enabledLocalInjectorIstiod", L),
        ],
        Experimental => &[("stableValidationPolicy", L)],
        Waypoint => &[
            ("resources", Some(Resources)),
            ("affinity", L),
            ("topologySpreadConstraints", L),
            ("nodeSelector", L),
            ("toleration", L),
        ],
        Arch => &[("amd64", L), ("ppc64le", L), ("s390x", L), ("arm64", L)],
        DefaultResources => &[("requests", Some(ResourcesRequests))],
        ResourcesRequests => &[("cpu", L), ("memory", L)],
        Sts => &[("servicePort", L)],
        Istiod => &[("enableAnalysis", L)],
        Sds => &[("token", L)],
        ServiceAccount => &[("annotations", L)],
        TargetUtilization => &[("targetAverageUtilization", L)],
        Agentgateway => &[("image", L)],
    }
}

/// Unknown field names under `values` (the tree `spec.values`), with the nearest valid name.
/// `at` is the path shown for `values` itself, e.g. `spec.values`.
pub fn check(values: &Value, at: &str) -> Vec<Issue> {
    let mut out = Vec::new();
    walk(values, Msg::Values, at.to_string(), &mut out);
    out
}

fn walk(v: &Value, msg: Msg, path: String, out: &mut Vec<Issue>) {
    let Some(m) = v.as_object() else {
        return;
    };
    let known = fields(msg);
    for (k, x) in m {
        let here = format!("{path}.{k}");
        match known.iter().find(|(n, _)| n == k) {
            Some((_, Some(child))) => walk(x, *child, here, out),
            Some((_, None)) => {}
            None => out.push(Issue {
                path: here,
                message: format!("unknown field {k:?} in the Istio values"),
                suggestion: nearest(k, known.iter().map(|(n, _)| *n)),
            }),
        }
    }
}

/// Checks one `--set values.…` path (segments after `values`). Returns the first unknown name.
pub fn check_path(keys: &[&str]) -> Option<Issue> {
    let mut msg = Msg::Values;
    let mut shown = String::from("values");
    for k in keys {
        shown = format!("{shown}.{k}");
        let known = fields(msg);
        match known.iter().find(|(n, _)| n == k) {
            Some((_, Some(child))) => msg = *child,
            Some((_, None)) => return None,
            None => {
                return Some(Issue {
                    path: shown,
                    message: format!("unknown field {k:?} in the Istio values"),
                    suggestion: nearest(k, known.iter().map(|(n, _)| *n)),
                });
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn flags_typos_with_suggestions() {
        let v = json!({"global": {"hubb": "x", "proxy": {"resources": {"requests": {"cpu": "10m"}}, "logLvel": "debug"}},
            "pilot": {"env": {"ANYTHING": "goes"}}, "meshConfig": {"free": true}, "ztunnel": {"free": 1}});
        let issues = check(&v, "spec.values");
        let got: Vec<(&str, Option<&str>)> = issues
            .iter()
            .map(|i| (i.path.as_str(), i.suggestion.as_deref()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("spec.values.global.hubb", Some("hub")),
                ("spec.values.global.proxy.logLvel", Some("logLevel")),
            ]
        );
    }

    #[test]
    fn reference_inputs_have_no_false_alarms() {
        // The values istioctl's own profiles and chart defaults set.
        let v = json!({"defaultRevision": "", "global": {"istioNamespace": "istio-system", "configValidation": true,
            "platform": "openshift"}, "gateways": {"istio-ingressgateway": {}, "istio-egressgateway": {}},
            "ztunnel": {"resourceName": "ztunnel"}, "profile": "demo", "pilot": {"enabled": true, "cni": {"enabled": false}}});
        assert!(check(&v, "spec.values").is_empty());
    }

    #[test]
    fn set_paths() {
        assert!(check_path(&["global", "proxy", "resources", "requests", "cpu"]).is_none());
        assert!(check_path(&["pilot", "env", "X"]).is_none());
        let i = check_path(&["gloabl", "hub"]).unwrap();
        assert_eq!(i.path, "values.gloabl");
        assert_eq!(i.suggestion.as_deref(), Some("global"));
    }
}
