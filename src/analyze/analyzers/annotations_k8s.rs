//! annotations.K8sAnalyzer: unknown, misplaced, deprecated and invalid Istio annotations on
//! Namespaces, Services, Pods and Deployments.

use super::annotation_catalog::{self as catalog, Place};
use crate::analyze::kinds::{self, Gk};
use crate::analyze::lines::Seg;
use crate::analyze::messages::{
    DEPRECATED_ANNOTATION, INVALID_ANNOTATION, MISPLACED_ANNOTATION, UNKNOWN_ANNOTATION,
};
use crate::analyze::{Analyzer, Context, Out};
use serde_json::Value;

pub struct K8sAnalyzer;

pub const KINDS: &[Gk] = &[
    kinds::NAMESPACE,
    kinds::SERVICE,
    kinds::POD,
    kinds::DEPLOYMENT,
];

impl Analyzer for K8sAnalyzer {
    fn name(&self) -> &'static str {
        "annotations.K8sAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Checks for misplaced and invalid Istio annotations in Kubernetes resources"
    }
    fn inputs(&self) -> &'static [Gk] {
        KINDS
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        for gk in KINDS {
            for (i, r) in cx.snap.of(*gk) {
                let Some(annos) = r.annotations() else {
                    continue;
                };
                for (name, value) in annos {
                    if !catalog::is_istio_annotation(name) {
                        continue;
                    }
                    let line = cx.line_at(
                        i,
                        &[
                            Seg::Key("metadata"),
                            Seg::Key("annotations"),
                            Seg::Key(name),
                        ],
                    );
                    let Some(def) = catalog::lookup(name) else {
                        out.add_at(&UNKNOWN_ANNOTATION, i, line, vec![name.into()]);
                        continue;
                    };
                    if def.deprecated {
                        let has_label = r.label("sidecar.istio.io/inject").is_some();
                        if !(has_label && name == "sidecar.istio.io/inject") {
                            let extra = if name == "sidecar.istio.io/inject" {
                                " in favor of the \"sidecar.istio.io/inject\" label"
                            } else {
                                ""
                            };
                            out.add_at(
                                &DEPRECATED_ANNOTATION,
                                i,
                                line,
                                vec![name.into(), extra.into()],
                            );
                        }
                    }
                    let Place::Kinds(allowed) = def.place else {
                        continue;
                    };
                    if !allowed.contains(&gk.kind) {
                        out.add_at(
                            &MISPLACED_ANNOTATION,
                            i,
                            line,
                            vec![name.into(), allowed.join(", ").into()],
                        );
                        continue;
                    }
                    let v = value
                        .as_str()
                        .map(str::to_string)
                        .unwrap_or_else(|| match value {
                            Value::Null => String::new(),
                            other => other.to_string(),
                        });
                    if let Err(e) = catalog::validate(def.check, &v) {
                        out.add_at(
                            &INVALID_ANNOTATION,
                            i,
                            line,
                            vec![name.into(), e.to_string().into()],
                        );
                    }
                }
            }
        }
    }
}
