//! gateway.SecretAnalyzer: a Gateway's credentialName must name a Secret in the namespace of the
//! gateway workload, holding a parseable, unexpired certificate and a key.

use super::gateway_port::gateway_selector;
use crate::analyze::fields::{arr, str_at};
use crate::analyze::kinds::{self, Gk};
use crate::analyze::messages::{INVALID_GATEWAY_CREDENTIAL, REFERENCED_RESOURCE_NOT_FOUND};
use crate::analyze::selectors::selector_string;
use crate::analyze::{Analyzer, Context, Out, Resource};
use base64::Engine;
use serde_json::Value;

pub struct SecretAnalyzer;

impl Analyzer for SecretAnalyzer {
    fn name(&self) -> &'static str {
        "gateway.SecretAnalyzer"
    }
    fn description(&self) -> &'static str {
        "Checks a gateway's referenced secrets for correctness"
    }
    fn inputs(&self) -> &'static [Gk] {
        &[kinds::GATEWAY, kinds::POD, kinds::SECRET]
    }
    fn analyze(&self, cx: &Context, out: &mut Out) {
        for (i, r) in cx.snap.of(kinds::GATEWAY) {
            let sel = gateway_selector(r.spec());
            let ns = cx
                .snap
                .pods()
                .select(cx.snap, &sel, None)
                .first()
                .map(|&p| cx.snap.res(p).namespace.clone());
            let Some(ns) = ns else {
                out.add_at(
                    &REFERENCED_RESOURCE_NOT_FOUND,
                    i,
                    super::gateway_port::selector_line(cx, i, &sel),
                    vec!["selector".into(), selector_string(&sel).into()],
                );
                continue;
            };
            for (si, s) in arr(r.spec(), "servers").iter().enumerate() {
                let line = cx.line(i, &format!("spec.servers[{si}].tls.credentialName"));
                let Some(cn) = s.get("tls").and_then(|t| str_at(t, &["credentialName"])) else {
                    continue;
                };
                if cn.is_empty() {
                    continue;
                }
                match cx.snap.get(kinds::SECRET, &ns, cn) {
                    None => out.add_at(
                        &REFERENCED_RESOURCE_NOT_FOUND,
                        i,
                        line,
                        vec!["credentialName".into(), cn.into()],
                    ),
                    Some(secret) => {
                        if !credential_valid(secret) {
                            out.add_at(
                                &INVALID_GATEWAY_CREDENTIAL,
                                i,
                                line,
                                vec![r.name.clone().into(), r.namespace.clone().into()],
                            );
                        }
                    }
                }
            }
        }
    }
}

fn secret_bytes(secret: &Resource, key: &str) -> Option<Vec<u8>> {
    if let Some(s) = secret
        .value
        .get("data")
        .and_then(|d| d.get(key))
        .and_then(Value::as_str)
    {
        let clean: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        return base64::engine::general_purpose::STANDARD.decode(clean).ok();
    }
    secret
        .value
        .get("stringData")
        .and_then(|d| d.get(key))
        .and_then(Value::as_str)
        .map(|s| s.as_bytes().to_vec())
}

/// A TLS secret (`tls.crt`/`tls.key`) or a generic one (`cert`/`key`) with a valid, current certificate.
fn credential_valid(secret: &Resource) -> bool {
    let pair = [("tls.crt", "tls.key"), ("cert", "key")]
        .iter()
        .find_map(|(c, k)| Some((secret_bytes(secret, c)?, secret_bytes(secret, k)?)));
    let Some((cert, key)) = pair else {
        return false;
    };
    let Some(der) = pem_block(&cert, "CERTIFICATE") else {
        return false;
    };
    if !String::from_utf8_lossy(&key).contains("PRIVATE KEY-----") {
        return false;
    }
    match not_after(&der) {
        Some(t) => t > now_unix(),
        None => false,
    }
}

fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// The DER bytes of the first PEM block with this label.
fn pem_block(data: &[u8], label: &str) -> Option<Vec<u8>> {
    let text = std::str::from_utf8(data).ok()?;
    let begin = format!("-----BEGIN {label}-----");
    let end = format!("-----END {label}-----");
    let start = text.find(&begin)? + begin.len();
    let stop = start + text[start..].find(&end)?;
    let b64: String = text[start..stop]
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    base64::engine::general_purpose::STANDARD.decode(b64).ok()
}

/// One DER TLV: (tag, content, rest).
fn tlv(d: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let tag = *d.first()?;
    let l0 = *d.get(1)? as usize;
    let (len, hdr) = if l0 < 0x80 {
        (l0, 2)
    } else {
        let n = l0 & 0x7f;
        if n == 0 || n > 4 {
            return None;
        }
        let mut len = 0usize;
        for k in 0..n {
            len = (len << 8) | *d.get(2 + k)? as usize;
        }
        (len, 2 + n)
    };
    let content = d.get(hdr..hdr + len)?;
    Some((tag, content, &d[hdr + len..]))
}

/// The certificate's notAfter as Unix seconds.
fn not_after(der: &[u8]) -> Option<i64> {
    let (_, cert, _) = tlv(der)?;
    let (_, tbs, _) = tlv(cert)?;
    let mut rest = tbs;
    let (tag, _, r) = tlv(rest)?;
    if tag == 0xa0 {
        rest = r; // explicit version
    }
    let (_, _, r) = tlv(rest)?; // serial
    let (_, _, r) = tlv(r)?; // signature algorithm
    let (_, _, r) = tlv(r)?; // issuer
    let (_, validity, _) = tlv(r)?;
    let (_, _, r) = tlv(validity)?; // notBefore
    let (tag, t, _) = tlv(r)?;
    parse_time(tag, std::str::from_utf8(t).ok()?)
}

fn parse_time(tag: u8, s: &str) -> Option<i64> {
    let s = s.strip_suffix('Z')?;
    let (year, rest) = match tag {
        0x17 => {
            let y: i64 = s.get(0..2)?.parse().ok()?;
            (if y >= 50 { 1900 + y } else { 2000 + y }, s.get(2..)?)
        }
        0x18 => (s.get(0..4)?.parse().ok()?, s.get(4..)?),
        _ => return None,
    };
    let num = |a: usize| -> Option<i64> { rest.get(a..a + 2)?.parse().ok() };
    let (mo, d, h, mi) = (num(0)?, num(2)?, num(4)?, num(6)?);
    let sec = num(8).unwrap_or(0);
    Some(days_from_civil(year, mo, d) * 86400 + h * 3600 + mi * 60 + sec)
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_days() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11017);
        assert_eq!(parse_time(0x17, "230314061541Z"), Some(1678774541));
    }
}
