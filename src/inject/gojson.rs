//! JSON in Go's struct field order, for the few core/v1 types Istio serialises into
//! annotations (`proxy.istio.io/overrides`). Unknown fields follow the known ones.

use serde_json::{Map, Value as Json};

fn order(ty: &str) -> &'static [&'static str] {
    match ty {
        "Container" => &[
            "name",
            "image",
            "command",
            "args",
            "workingDir",
            "ports",
            "envFrom",
            "env",
            "resources",
            "resizePolicy",
            "restartPolicy",
            "volumeMounts",
            "volumeDevices",
            "livenessProbe",
            "readinessProbe",
            "startupProbe",
            "lifecycle",
            "terminationMessagePath",
            "terminationMessagePolicy",
            "imagePullPolicy",
            "securityContext",
            "stdin",
            "stdinOnce",
            "tty",
        ],
        "Probe" => &[
            "exec",
            "httpGet",
            "tcpSocket",
            "grpc",
            "initialDelaySeconds",
            "timeoutSeconds",
            "periodSeconds",
            "successThreshold",
            "failureThreshold",
            "terminationGracePeriodSeconds",
        ],
        "Handler" => &["exec", "httpGet", "tcpSocket", "sleep"],
        "Lifecycle" => &["postStart", "preStop", "stopSignal"],
        "HTTPGet" => &["path", "port", "host", "scheme", "httpHeaders"],
        "SecurityContext" => &[
            "capabilities",
            "privileged",
            "seLinuxOptions",
            "windowsOptions",
            "runAsUser",
            "runAsGroup",
            "runAsNonRoot",
            "readOnlyRootFilesystem",
            "allowPrivilegeEscalation",
            "procMount",
            "seccompProfile",
            "appArmorProfile",
        ],
        "VolumeMount" => &[
            "name",
            "readOnly",
            "recursiveReadOnly",
            "mountPath",
            "subPath",
            "mountPropagation",
            "subPathExpr",
        ],
        "EnvVar" => &["name", "value", "valueFrom"],
        "ContainerPort" => &["name", "hostPort", "containerPort", "protocol", "hostIP"],
        "Resources" => &["limits", "requests", "claims"],
        "Capabilities" => &["add", "drop"],
        _ => &[],
    }
}

fn child_type(parent: &str, key: &str) -> &'static str {
    match (parent, key) {
        ("Container", "livenessProbe" | "readinessProbe" | "startupProbe") => "Probe",
        ("Container", "lifecycle") => "Lifecycle",
        ("Container", "securityContext") => "SecurityContext",
        ("Container", "volumeMounts") => "VolumeMount",
        ("Container", "env") => "EnvVar",
        ("Container", "ports") => "ContainerPort",
        ("Container", "resources") => "Resources",
        ("Lifecycle", _) => "Handler",
        ("Probe" | "Handler", "httpGet") => "HTTPGet",
        ("SecurityContext", "capabilities") => "Capabilities",
        _ => "",
    }
}

/// Reorders `v` (of Go type `ty`) into Go's field order.
pub fn ordered(ty: &str, v: &Json) -> Json {
    match v {
        Json::Object(m) => {
            let mut out = Map::new();
            let known = order(ty);
            for k in known {
                if let Some(x) = m.get(*k) {
                    out.insert((*k).into(), ordered(child_type(ty, k), x));
                }
            }
            for (k, x) in m {
                if !known.contains(&k.as_str()) {
                    out.insert(k.clone(), ordered(child_type(ty, k), x));
                }
            }
            Json::Object(out)
        }
        Json::Array(a) => Json::Array(a.iter().map(|x| ordered(ty, x)).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn containers_serialise_in_go_field_order() {
        let c = serde_json::json!({"tty": true, "resources": {}, "name": "p",
            "securityContext": {"allowPrivilegeEscalation": true, "runAsUser": 1}});
        assert_eq!(
            super::ordered("Container", &c).to_string(),
            r#"{"name":"p","resources":{},"securityContext":{"runAsUser":1,"allowPrivilegeEscalation":true},"tty":true}"#
        );
    }
}
