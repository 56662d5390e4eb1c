//! gateway.CertificateAnalyzer: two Gateways for the same workloads serving the same certificate
//! make HTTP/2 connection reuse route to the wrong server (404s).

use super::gateway_port::gateway_selector;
use crate::analyze::fields::{arr, str_at};
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::GATEWAY_DUPLICATE_CERTIFICATE;
use crate::analyze::{Analyzer, Context, Out};
use serde_json::{Map, Value};

pub struct CertificateAnalyzer;

fn same_certificate(a: &Value, b: &Value) -> bool {
    let get = |v: &Value, k: &str| str_at(v, &[k]).unwrap_or("").to_string();
    let (ca, cb) = (get(a, "credentialName"), get(b, "credentialName"));
    if !ca.is_empty() && !cb.is_empty() {
        return ca == cb;
    }
    if ca.is_empty() && cb.is_empty() {
        let (sa, sb) = (get(a, "serverCertificate"), get(b, "serverCertificate"));
        if !sa.is_empty() && sa == sb {
            let (ka, kb) = (get(a, "privateKey"), get(b, "privateKey"));
            return !ka.is_empty() && ka == kb;
        }
    }
    false
}

/// Every key of `x` is in `y` with the same value.
fn subset(x: &Map<String, Value>, y: &Map<String, Value>) -> bool {
    x.iter().all(|(k, v)| y.get(k) == Some(v))
}

impl Analyzer for CertificateAnalyzer {
    fn name(&self) -> &'static str {
        "gateway.CertificateAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Checks a gateway certificate"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::GATEWAY]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        let gws: Vec<(usize, Map<String, Value>)> = cx
            .snap
            .of(kinds::GATEWAY)
            .map(|(i, r)| (i, gateway_selector(r.spec())))
            .collect();
        for (i, sel) in &gws {
            let cur = cx.snap.res(*i);
            for (j, other_sel) in &gws {
                if i == j || !(sel.is_empty() || subset(sel, other_sel)) {
                    continue;
                }
                let other = cx.snap.res(*j);
                for s1 in arr(cur.spec(), "servers") {
                    for s2 in arr(other.spec(), "servers") {
                        let (Some(t1), Some(t2)) = (s1.get("tls"), s2.get("tls")) else {
                            continue;
                        };
                        if same_certificate(t1, t2) {
                            out.add_at(
                                &GATEWAY_DUPLICATE_CERTIFICATE,
                                *i,
                                cx.line(*i, "metadata.name"),
                                vec![vec![cur.full_name(), other.full_name()].into()],
                            );
                        }
                    }
                }
            }
        }
    }
}
