//! Merge, translation and planning tests, checked against Istio 1.30.3's own profiles
//! (read from ../shared/istio-1.30; never copied).

use super::*;
use serde_json::json;
use std::path::PathBuf;

fn reference() -> PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/istio-1.30/manifests");
    assert!(
        p.join("profiles/default.yaml").is_file(),
        "the Istio 1.30.3 conformance corpus is missing at {}",
        p.display()
    );
    p
}

fn read_ref(name: &str) -> Value {
    let p = reference().join(format!("profiles/{name}.yaml"));
    let text = std::fs::read_to_string(&p).unwrap();
    crate::yaml::parse_single(&p.display().to_string(), &text).unwrap()
}

fn merged(set: &[&str]) -> MergedSpec {
    let inputs = Inputs {
        set: set.iter().map(|s| s.to_string()).collect(),
        ..Default::default()
    };
    merge_inputs(&inputs, &mut std::io::empty()).unwrap()
}

fn merged_err(inputs: &Inputs) -> Error {
    merge_inputs(inputs, &mut std::io::empty()).unwrap_err()
}

/// Every leaf (path, value) of a tree; lists are leaves.
fn leaves(v: &Value, path: String, out: &mut Vec<(String, Value)>) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            for (k, x) in m {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                leaves(x, p, out);
            }
        }
        other => out.push((path, other.clone())),
    }
}

fn profile_names() -> Vec<String> {
    ProfileSource::builtin().list().unwrap()
}

#[test]
fn our_profiles_carry_the_same_settings_as_istios() {
    let ours = ProfileSource::builtin();
    let theirs: Vec<String> = {
        let mut v: Vec<String> = std::fs::read_dir(reference().join("profiles"))
            .unwrap()
            .map(|e| {
                e.unwrap()
                    .path()
                    .file_stem()
                    .unwrap()
                    .to_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(profile_names(), theirs);
    for name in theirs {
        let mut mine = ours.read(&name).unwrap();
        let mut want = read_ref(&name);
        if name == "default" {
            // Istio's source tree carries a testing hub/tag that release builds override with
            // the compiled-in ones; ours carries the release values directly.
            for v in [&mut mine, &mut want] {
                let spec = v["spec"].as_object_mut().unwrap();
                spec.remove("hub");
                spec.remove("tag");
            }
        }
        assert_eq!(mine, want, "profile {name}");
    }
}

#[test]
fn every_profile_merges_like_istio_default_plus_profile() {
    for name in profile_names() {
        let m = merged(&[&format!("profile={name}")]);
        let mut expect = read_ref("default");
        if name != "default" {
            crate::tree::merge::deep_merge(&mut expect, &read_ref(&name));
        }
        let mut want = Vec::new();
        leaves(&expect["spec"], String::new(), &mut want);
        for (path, v) in want {
            if path == "hub" || path == "tag" {
                continue;
            }
            let got = tree::get(m.spec(), &path);
            assert_eq!(got, Some(&v), "profile {name}: spec.{path}");
        }
        assert_eq!(m.get("spec.hub"), Some(&json!(DEFAULT_HUB)));
        assert_eq!(m.get("spec.values.global.tag"), Some(&json!(DEFAULT_TAG)));
        assert_eq!(m.get("spec.values.global.hub"), Some(&json!(DEFAULT_HUB)));
        assert_eq!(m.profile(), name);
        let pilot = tree::get_bool(&expect, "spec.components.pilot.enabled");
        let cni = tree::get_bool(&expect, "spec.components.cni.enabled");
        assert_eq!(
            m.get("spec.values.pilot.enabled"),
            Some(&json!(pilot)),
            "{name}"
        );
        assert_eq!(
            m.get("spec.values.pilot.cni.enabled"),
            Some(&json!(cni)),
            "{name}"
        );
        assert_eq!(m.namespace(), "istio-system");
    }
}

/// Which components istioctl renders for a reference profile, computed independently.
fn expected_enabled(expect: &Value) -> Vec<(Component, String, String)> {
    let mut out = Vec::new();
    let c = &expect["spec"]["components"];
    let single = |k: &str, default: bool| match c.get(k) {
        None => default,
        Some(v) => v.get("enabled").and_then(Value::as_bool).unwrap_or(true),
    };
    let ns = |k: &str| {
        c.get(k)
            .and_then(|v| v.get("namespace"))
            .and_then(Value::as_str)
            .unwrap_or("istio-system")
            .to_string()
    };
    if single("base", true) {
        out.push((Component::Base, "base".into(), ns("base")));
    }
    if single("pilot", true) {
        out.push((Component::Pilot, "pilot".into(), ns("pilot")));
    }
    for (key, comp) in [
        ("ingressGateways", Component::IngressGateways),
        ("egressGateways", Component::EgressGateways),
    ] {
        for g in c.get(key).and_then(Value::as_array).into_iter().flatten() {
            if g.get("enabled").and_then(Value::as_bool).unwrap_or(true) {
                out.push((
                    comp,
                    g["name"].as_str().unwrap().into(),
                    "istio-system".into(),
                ));
            }
        }
    }
    if single("cni", false) {
        out.push((Component::Cni, "cni".into(), ns("cni")));
    }
    if single("ztunnel", false) {
        out.push((Component::Ztunnel, "ztunnel".into(), ns("ztunnel")));
    }
    out
}

#[test]
fn plans_match_reference_profiles() {
    for name in profile_names() {
        let m = merged(&[&format!("profile={name}")]);
        let mut expect = read_ref("default");
        if name != "default" {
            crate::tree::merge::deep_merge(&mut expect, &read_ref(&name));
        }
        let got: Vec<(Component, String, String)> = m
            .plans()
            .unwrap()
            .into_iter()
            .filter(|p| p.enabled)
            .map(|p| (p.component, p.name, p.namespace))
            .collect();
        assert_eq!(got, expected_enabled(&expect), "profile {name}");
    }
}

#[test]
fn plan_values_per_component() {
    let m = merged(&["profile=ambient", "components.ztunnel.hub=my.hub/x"]);
    let plans = m.plans().unwrap();
    let zt = plans
        .iter()
        .find(|p| p.component == Component::Ztunnel)
        .unwrap();
    assert!(zt.enabled);
    assert_eq!(zt.chart, "ztunnel");
    assert_eq!(zt.release_name, "istio");
    // Flattened: global, scalars from the top, then ztunnel's own settings.
    assert_eq!(zt.values["resourceName"], "ztunnel");
    assert_eq!(zt.values["hub"], "my.hub/x");
    assert_eq!(zt.values["profile"], "ambient");
    assert_eq!(zt.values["global"]["hub"], DEFAULT_HUB);
    assert!(zt.values.get("pilot").is_none());
    let pilot = plans
        .iter()
        .find(|p| p.component == Component::Pilot)
        .unwrap();
    assert_eq!(pilot.chart, "istio-control/istio-discovery");
    assert_eq!(pilot.values["pilot"]["cni"]["enabled"], true);
    let ingress = plans
        .iter()
        .find(|p| p.component == Component::IngressGateways)
        .unwrap();
    assert!(!ingress.enabled);

    // As in istioctl, --set on a list builds a new list that replaces the profile's one.
    let m = merged(&[
        "components.ingressGateways[0].name=istio-ingressgateway",
        "components.ingressGateways[0].label.app=gw",
        "components.ingressGateways[0].tag=1.29.0",
        "components.ingressGateways[0].k8s.service.ports[0].port=8080",
        "components.ingressGateways[1].name=second",
        "components.ingressGateways[1].namespace=other",
    ]);
    let gws: Vec<ComponentPlan> = m
        .plans()
        .unwrap()
        .into_iter()
        .filter(|p| p.component == Component::IngressGateways)
        .collect();
    assert_eq!(gws.len(), 2);
    let v = &gws[0].values["gateways"]["istio-ingressgateway"];
    assert_eq!(v["name"], "istio-ingressgateway");
    assert_eq!(v["labels"], json!({"app": "gw"}));
    assert_eq!(v["tag"], "1.29.0");
    // As istioctl hands them to the chart: read into ServicePort, targetPort 0 when unset.
    assert_eq!(v["ports"], json!([{"port": 8080, "targetPort": 0}]));
    assert_eq!(
        gws[0].k8s,
        Some(json!({"service": {"ports": [{"port": 8080}]}}))
    );
    assert_eq!(gws[1].name, "second");
    assert_eq!(gws[1].namespace, "other");
    assert_eq!(
        gws[1].values["gateways"]["istio-ingressgateway"]["labels"],
        json!({})
    );
    let egress = m
        .plans()
        .unwrap()
        .into_iter()
        .find(|p| p.component == Component::EgressGateways)
        .unwrap();
    assert!(!egress.enabled);
}

#[test]
fn alt_enablement_through_values() {
    let m = merged(&[
        "profile=minimal",
        "values.gateways.istio-ingressgateway.enabled=true",
    ]);
    let ingress = m
        .plans()
        .unwrap()
        .into_iter()
        .find(|p| p.component == Component::IngressGateways)
        .unwrap();
    assert!(ingress.enabled);
}

#[test]
fn translations_and_user_values_win() {
    let m = merged(&[
        "meshConfig.accessLogFile=/dev/stdout",
        "revision=canary",
        "tag=1.30.3-distroless",
        "hub=gcr.io/me",
        "values.global.hub=values.hub/x",
        "compatibilityVersion=1.25",
    ]);
    assert_eq!(
        m.get("spec.values.meshConfig.accessLogFile"),
        Some(&json!("/dev/stdout"))
    );
    assert_eq!(m.get("spec.values.revision"), Some(&json!("canary")));
    assert_eq!(
        m.get("spec.values.global.tag"),
        Some(&json!("1.30.3-distroless"))
    );
    assert_eq!(
        m.get("spec.values.global.hub"),
        Some(&json!("values.hub/x"))
    );
    assert_eq!(m.get("spec.hub"), Some(&json!("gcr.io/me")));
    assert_eq!(
        m.get("spec.values.compatibilityVersion"),
        Some(&json!("1.25"))
    );
    let m = merged(&["values.global.istioNamespace=custom"]);
    assert_eq!(m.namespace(), "custom");
    assert!(m.plans().unwrap().iter().all(|p| p.namespace == "custom"));
}

#[test]
fn translation_writes_into_user_maps_the_profile_lacks() {
    // istioctl shares such maps: the translation overwrites the user's values there.
    let m = merged(&[
        "values.pilot.enabled=x",
        "values.pilot.cni.enabled.x=y",
        "values.pilot.autoscaleMin=2",
        "meshConfig.accessLogFile=/a",
        "values.meshConfig.accessLogFile=/b",
        "values.meshConfig.enableTracing=true",
    ]);
    assert_eq!(m.get("spec.values.pilot.enabled"), Some(&json!(true)));
    assert_eq!(m.get("spec.values.pilot.cni.enabled"), Some(&json!(false)));
    assert_eq!(m.get("spec.values.pilot.autoscaleMin"), Some(&json!(2)));
    assert_eq!(
        m.get("spec.values.meshConfig"),
        Some(&json!({"accessLogFile": "/a", "enableTracing": true}))
    );
    let m = merged(&["values.pilot.cni.enabled=true"]);
    assert_eq!(m.get("spec.values.pilot.cni.enabled"), Some(&json!(false)));
    // Where the translation replaces the user's map (or a value of the user's becomes a map),
    // the user's value stays, and is refused.
    let e = merged_err(&Inputs {
        set: vec!["values.global.hub.x=y".into()],
        ..Default::default()
    });
    assert!(
        e.message
            .contains("spec.values.global.hub: expected a string"),
        "{}",
        e.message
    );
    let e = merged_err(&Inputs {
        set: vec!["values.pilot.cni=x".into()],
        ..Default::default()
    });
    assert!(
        e.message.contains("spec.values.pilot.cni: expected a map"),
        "{}",
        e.message
    );
    // A map the profile has is merged key by key: the user's value wins.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("profiles")).unwrap();
    std::fs::write(
        dir.path().join("profiles/default.yaml"),
        "spec:\n  components:\n    pilot:\n      enabled: true\n  values:\n    pilot:\n      autoscaleMin: 1\n",
    )
    .unwrap();
    let inputs = Inputs {
        manifests: Some(dir.path().to_path_buf()),
        set: vec!["values.pilot.enabled=false".into()],
        ..Default::default()
    };
    let m = merge_inputs(&inputs, &mut std::io::empty()).unwrap();
    assert_eq!(m.get("spec.values.pilot.enabled"), Some(&json!(false)));
    let inputs = Inputs {
        set: vec!["values.pilot.enabled=x".into()],
        ..inputs
    };
    assert_eq!(merged_err(&inputs).exit_code(), 65);
}

#[test]
fn precedence_files_then_set() {
    let dir = tempfile::tempdir().unwrap();
    let f1 = dir.path().join("a.yaml");
    let f2 = dir.path().join("b.yaml");
    std::fs::write(&f1, "apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n  profile: demo\n  values:\n    global:\n      proxy:\n        resources:\n          requests:\n            cpu: 1m\n  components:\n    ingressGateways:\n    - name: a\n    - name: b\n").unwrap();
    std::fs::write(&f2, "spec:\n  values:\n    global:\n      proxy:\n        resources:\n          requests:\n            memory: 1Mi\n  components:\n    ingressGateways:\n    - name: c\n").unwrap();
    let inputs = Inputs {
        files: vec![f1, f2],
        set: vec!["values.global.proxy.resources.requests.cpu=10m".into()],
        ..Default::default()
    };
    let m = merge_inputs(&inputs, &mut std::io::empty()).unwrap();
    assert_eq!(m.profile(), "demo");
    assert_eq!(
        m.get("spec.values.global.proxy.resources.requests"),
        Some(&json!({"cpu": "10m", "memory": "1Mi"}))
    );
    // Lists replace, never merge.
    assert_eq!(
        m.get("spec.components.ingressGateways"),
        Some(&json!([{"name": "c"}]))
    );
    // The demo profile's egress gateway is still there.
    assert_eq!(m.get("spec.components.egressGateways.0"), None);
    assert_eq!(
        m.get("spec.components.egressGateways"),
        Some(&json!([{"name": "istio-egressgateway", "enabled": true}]))
    );
}

#[test]
fn stdin_only_last_and_read() {
    let inputs = Inputs {
        files: vec!["-".into()],
        ..Default::default()
    };
    let mut input = "spec:\n  profile: minimal\n".as_bytes();
    let m = merge_inputs(&inputs, &mut input).unwrap();
    assert_eq!(m.profile(), "minimal");
    let inputs = Inputs {
        files: vec!["-".into(), "x.yaml".into()],
        ..Default::default()
    };
    assert_eq!(merged_err(&inputs).exit_code(), 64);
}

#[test]
fn flag_aliases() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("profiles")).unwrap();
    std::fs::write(
        dir.path().join("profiles/default.yaml"),
        "spec:\n  components:\n    pilot:\n      enabled: true\n  values:\n    global:\n      network: n1\n",
    )
    .unwrap();
    let inputs = Inputs {
        manifests: Some(dir.path().to_path_buf()),
        revision: Some("canary".into()),
        ..Default::default()
    };
    let m = merge_inputs(&inputs, &mut std::io::empty()).unwrap();
    assert_eq!(m.get("spec.values.global.network"), Some(&json!("n1")));
    assert_eq!(m.get("spec.values.revision"), Some(&json!("canary")));
    assert_eq!(m.install_package_path(), Some(dir.path()));
    let inputs = Inputs {
        revision: Some("default".into()),
        ..Default::default()
    };
    assert_eq!(
        merge_inputs(&inputs, &mut std::io::empty())
            .unwrap()
            .get("spec.revision"),
        None
    );
}

#[test]
fn errors_name_the_problem() {
    // Unknown profile from --set: usage error listing the profiles.
    let e = merged_err(&Inputs {
        set: vec!["profile=nope".into()],
        ..Default::default()
    });
    assert_eq!(e.exit_code(), 64);
    assert!(
        e.hints.iter().any(|h| h.contains("ambient, default, demo")),
        "{e:?}"
    );
    // Bad --set path: the path, the nearest key, and --force when the command has it.
    let e = merged_err(&Inputs {
        set: vec!["componets.pilot.enabled=false".into()],
        force: Some(false),
        ..Default::default()
    });
    assert_eq!(e.exit_code(), 64);
    assert!(e.message.contains("spec.componets"), "{}", e.message);
    assert!(e.hints.iter().any(|h| h.contains("\"components\"")));
    assert!(e.hints.iter().any(|h| h.contains("--force")));
    // --force turns it into a warning.
    let m = merge_inputs(
        &Inputs {
            set: vec!["components.pilot.enabeld=false".into()],
            force: Some(true),
            ..Default::default()
        },
        &mut std::io::empty(),
    )
    .unwrap();
    assert!(!m.warnings.is_empty());
    // Malformed file: file:line:col, exit 65.
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("bad.yaml");
    std::fs::write(&f, "spec:\n  profile: [demo\n").unwrap();
    let e = merged_err(&Inputs {
        files: vec![f.clone()],
        ..Default::default()
    });
    assert_eq!(e.exit_code(), 65);
    assert!(e.message.contains("bad.yaml:"), "{}", e.message);
    // Unknown field in a file: exit 65 with the suggestion.
    std::fs::write(&f, "spec:\n  profle: demo\n").unwrap();
    let e = merged_err(&Inputs {
        files: vec![f.clone()],
        ..Default::default()
    });
    assert_eq!(e.exit_code(), 65);
    assert!(e.message.contains("spec.profle"));
    assert_eq!(e.hints[0], "did you mean \"profile\"?");
    // Unknown profile named in a file: bad data.
    std::fs::write(&f, "spec:\n  profile: nope\n").unwrap();
    assert_eq!(
        merged_err(&Inputs {
            files: vec![f.clone()],
            ..Default::default()
        })
        .exit_code(),
        65
    );
    // Two documents in one file.
    std::fs::write(&f, "spec: {}\n---\nspec: {}\n").unwrap();
    let e = merged_err(&Inputs {
        files: vec![f],
        ..Default::default()
    });
    assert!(
        e.message.contains("multiple IstioOperator"),
        "{}",
        e.message
    );
}

#[test]
fn misspelt_or_mistyped_values_are_refused_unless_forced() {
    let inputs = |set: &[&str], force| Inputs {
        set: set.iter().map(|s| s.to_string()).collect(),
        force: Some(force),
        ..Default::default()
    };
    let e = merged_err(&inputs(
        &["values.global.hubb=x", "values.pilot.env.ANY=1"],
        false,
    ));
    assert_eq!(e.exit_code(), 65);
    assert!(
        e.message.contains("spec.values.global.hubb"),
        "{}",
        e.message
    );
    assert_eq!(e.hints[0], "did you mean \"hub\"?");
    assert!(e.hints.iter().any(|h| h.contains("--force")));
    let e = merged_err(&inputs(&["values.pilot.autoscaleMin=abc"], false));
    assert_eq!(e.exit_code(), 65);
    assert!(
        e.message
            .contains("spec.values.pilot.autoscaleMin: expected an integer"),
        "{}",
        e.message
    );
    // Translated values are checked too: spec.hub "123" becomes the number 123.
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("hub.yaml");
    std::fs::write(&f, "spec:\n  hub: \"123\"\n").unwrap();
    let e = merged_err(&Inputs {
        files: vec![f],
        ..Default::default()
    });
    assert!(
        e.message.contains("spec.values.global.hub"),
        "{}",
        e.message
    );
    // --force: warnings, and the values stay as given.
    let m = merge_inputs(
        &inputs(&["values.global.hubb=x", "values.global.logAsJson=x"], true),
        &mut std::io::empty(),
    )
    .unwrap();
    assert_eq!(m.warnings.len(), 2, "{:?}", m.warnings);
    assert_eq!(m.get("spec.values.global.logAsJson"), Some(&json!("x")));
    for name in profile_names() {
        assert!(
            merged(&[&format!("profile={name}")]).warnings.is_empty(),
            "{name}"
        );
    }
}

#[test]
fn empty_spec_file_is_fine() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("e.yaml");
    std::fs::write(
        &f,
        "apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n",
    )
    .unwrap();
    let m = merge_inputs(
        &Inputs {
            files: vec![f],
            ..Default::default()
        },
        &mut std::io::empty(),
    )
    .unwrap();
    assert_eq!(m.get("spec.components.base.enabled"), Some(&json!(true)));
}

#[test]
fn cluster_settings_sit_below_user_input() {
    let inputs = Inputs {
        set: vec!["profile=ambient".into()],
        cluster_settings: cluster_settings_for_version("v1.30.2-gke.1587003"),
        ..Default::default()
    };
    let m = merge_inputs(&inputs, &mut std::io::empty()).unwrap();
    let cni = m
        .plans()
        .unwrap()
        .into_iter()
        .find(|p| p.component == Component::Cni)
        .unwrap();
    assert!(cni.enabled);
    assert_eq!(cni.namespace, "kube-system");
    let inputs = Inputs {
        set: vec![
            "profile=ambient".into(),
            "components.cni.namespace=mine".into(),
        ],
        cluster_settings: cluster_settings_for_version("v1.30.2-gke.1"),
        ..Default::default()
    };
    let m = merge_inputs(&inputs, &mut std::io::empty()).unwrap();
    assert_eq!(m.get("spec.components.cni.namespace"), Some(&json!("mine")));
    assert!(cluster_settings_for_version("v1.33.0").is_empty());
}

#[test]
fn unvalidated_values_apply_after_validation() {
    let m = merged(&["unvalidatedValues.custom.thing=1"]);
    assert_eq!(m.get("spec.values.custom.thing"), Some(&json!(1)));
}

mod prop {
    use super::super::setflag::{parse_flag, set_path};
    use proptest::prelude::*;
    use serde_json::json;

    proptest! {
        #[test]
        fn set_then_read_back(keys in proptest::collection::vec("[a-zA-Z][a-zA-Z0-9_-]{0,8}", 1..5),
                              val in "[a-z][a-z0-9]{0,10}") {
            let path = keys.join(".");
            let flag = parse_flag(&format!("values.{path}={val}")).unwrap();
            let mut root = json!({});
            set_path(&mut root, &flag.path, flag.value.clone()).unwrap();
            let mut cur = &root["values"];
            for k in &keys { cur = &cur[k.as_str()]; }
            prop_assert_eq!(cur, &flag.value);
        }

        #[test]
        fn parse_never_panics(s in ".{0,40}") {
            let _ = parse_flag(&s);
        }

        #[test]
        fn integers_stay_integers(n in any::<i64>()) {
            let f = parse_flag(&format!("values.x={n}")).unwrap();
            prop_assert_eq!(f.value, json!(n));
        }
    }
}
