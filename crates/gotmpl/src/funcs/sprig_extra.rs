//! Less common Sprig functions: dates and durations, URLs, random values, aliases,
//! and the cryptographic helpers sailctl does not implement (they parse, and fail
//! with a clear message when executed).

use super::conv::{strval, to_i64};
use super::sprig_misc::Time;
use super::{FErr, FResult, FuncMap, int, s};

use crate::exec::{Exec, MAX_OUTPUT};
use crate::value::Value;
use std::collections::BTreeMap;
use std::rc::Rc;

fn time_of(e: &Exec<'_>, v: &Value) -> Time {
    super::sprig_misc::time_arg(v, || Time {
        unix: e.set.host.now_unix,
        nanos: e.set.host.now_nanos,
    })
}

/// Go's time.Duration.String for a whole number of nanoseconds.
pub fn go_duration(nanos: i128) -> String {
    if nanos == 0 {
        return "0s".into();
    }
    let neg = nanos < 0;
    let n = nanos.unsigned_abs();
    let sign = if neg { "-" } else { "" };
    if n < 1_000_000_000 {
        let (v, unit) = if n < 1_000 {
            (format!("{n}"), "ns")
        } else if n < 1_000_000 {
            (frac(n, 1_000), "µs")
        } else {
            (frac(n, 1_000_000), "ms")
        };
        return format!("{sign}{v}{unit}");
    }
    let secs_total = n / 1_000_000_000;
    let sub = n % 1_000_000_000;
    let h = secs_total / 3600;
    let m = (secs_total % 3600) / 60;
    let sec = secs_total % 60;
    let secs = if sub == 0 {
        format!("{sec}")
    } else {
        frac(sec * 1_000_000_000 + sub, 1_000_000_000)
    };
    if h > 0 {
        format!("{sign}{h}h{m}m{secs}s")
    } else if m > 0 {
        format!("{sign}{m}m{secs}s")
    } else {
        format!("{sign}{secs}s")
    }
}

fn frac(n: u128, unit: u128) -> String {
    let whole = n / unit;
    let rest = n % unit;
    if rest == 0 {
        return whole.to_string();
    }
    let digits = unit.to_string().len() - 1;
    let f = format!("{rest:0digits$}");
    format!("{whole}.{}", f.trim_end_matches('0'))
}

/// Parse a Go duration string ("1h30m", "-1.5s", "300ms").
pub fn parse_duration(s: &str) -> Option<i128> {
    let (neg, mut rest) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    if rest == "0" {
        return Some(0);
    }
    if rest.is_empty() {
        return None;
    }
    let mut total: f64 = 0.0;
    while !rest.is_empty() {
        let num_end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        if num_end == 0 {
            return None;
        }
        let v: f64 = rest[..num_end].parse().ok()?;
        rest = &rest[num_end..];
        let unit_end = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let mult = match &rest[..unit_end] {
            "ns" => 1.0,
            "us" | "µs" | "μs" => 1e3,
            "ms" => 1e6,
            "s" => 1e9,
            "m" => 60e9,
            "h" => 3600e9,
            _ => return None,
        };
        rest = &rest[unit_end..];
        total += v * mult;
    }
    Some(if neg { -total as i128 } else { total as i128 })
}

/// Parse `value` with a Go layout made of numeric fields (2006 01 02 15 04 05) and literals.
fn parse_layout(layout: &str, value: &str) -> Option<i64> {
    let (mut y, mut mo, mut d, mut h, mut mi, mut se) = (1i64, 1i64, 1i64, 0i64, 0i64, 0i64);
    let mut l = layout;
    let mut v = value;
    let take = |v: &mut &str, n: usize| -> Option<i64> {
        if v.len() < n || !v.as_bytes()[..n].iter().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let r = v[..n].parse().ok();
        *v = &v[n..];
        r
    };
    while !l.is_empty() {
        if let Some(r) = l.strip_prefix("2006") {
            y = take(&mut v, 4)?;
            l = r;
        } else if let Some(r) = l.strip_prefix("01") {
            mo = take(&mut v, 2)?;
            l = r;
        } else if let Some(r) = l.strip_prefix("02") {
            d = take(&mut v, 2)?;
            l = r;
        } else if let Some(r) = l.strip_prefix("15") {
            h = take(&mut v, 2)?;
            l = r;
        } else if let Some(r) = l.strip_prefix("04") {
            mi = take(&mut v, 2)?;
            l = r;
        } else if let Some(r) = l.strip_prefix("05") {
            se = take(&mut v, 2)?;
            l = r;
        } else {
            let c = l.chars().next()?;
            let vc = v.chars().next()?;
            if c != vc {
                return None;
            }
            l = &l[c.len_utf8()..];
            v = &v[vc.len_utf8()..];
        }
    }
    if !v.is_empty() {
        return None;
    }
    // days from civil
    let yy = if mo <= 2 { y - 1 } else { y };
    let era = yy.div_euclid(400);
    let yoe = yy - era * 400;
    let mp = (mo + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146097 + doe - 719468;
    Some(days * 86400 + h * 3600 + mi * 60 + se)
}

fn to_date(_: &mut Exec<'_>, a: &[Value]) -> FResult {
    let (layout, v) = (s(a, 0)?, s(a, 1)?);
    match parse_layout(layout, v) {
        Some(u) => Ok(time_val(u)),
        None => Err(FErr::Call(format!(
            "parsing time {:?} as {:?}: cannot parse",
            v, layout
        ))),
    }
}

fn date_modify(e: &mut Exec<'_>, a: &[Value]) -> FResult {
    let d = parse_duration(s(a, 0)?)
        .ok_or_else(|| FErr::Call(format!("time: invalid duration {:?}", strval(&a[0]))))?;
    let t = time_of(e, &a[1]);
    Ok(time_val(t.unix + (d / 1_000_000_000) as i64))
}

fn time_val(unix: i64) -> Value {
    Value::Obj(Rc::new(Time { unix, nanos: 0 }))
}

fn unsupported(name: &'static str) -> FErr {
    FErr::Call(format!("{name} is not supported by sailctl"))
}

fn rand_u64(e: &Exec<'_>, salt: u64) -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(salt);
    h.write_i64(e.set.host.now_unix);
    h.finish()
}

fn url_parse(raw: &str) -> Value {
    let mut m = BTreeMap::new();
    let (rest, fragment) = raw.split_once('#').unwrap_or((raw, ""));
    let (rest, query) = rest.split_once('?').unwrap_or((rest, ""));
    let (scheme, rest) = match rest.split_once("://") {
        Some((s, r)) => (s, r),
        None => ("", rest),
    };
    let (authority, path) = if scheme.is_empty() {
        ("", rest)
    } else {
        match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, ""),
        }
    };
    let (userinfo, host) = match authority.rsplit_once('@') {
        Some((u, h)) => (u, h),
        None => ("", authority),
    };
    let hostname = host.split(':').next().unwrap_or("");
    for (k, v) in [
        ("scheme", scheme),
        ("host", host),
        ("hostname", hostname),
        ("path", path),
        ("query", query),
        ("opaque", ""),
        ("fragment", fragment),
        ("userinfo", userinfo),
    ] {
        m.insert(k.to_string(), Value::str(v));
    }
    Value::map(m)
}

pub fn register(m: &mut FuncMap) {
    m.add("hello", 0, |_, _| Ok(Value::str("Hello!")));
    m.add("trimall", 2, |_, a| {
        let cut: Vec<char> = s(a, 0)?.chars().collect();
        Ok(Value::string(
            s(a, 1)?.trim_matches(|c| cut.contains(&c)).to_string(),
        ))
    });
    m.add("abbrevboth", 3, |_, a| {
        let (left, right, v) = (int(a, 0)?, int(a, 1)?, s(a, 2)?);
        let n = v.len() as i64;
        if right < 4 || n <= right {
            return Ok(Value::str(v));
        }
        let off = left.clamp(0, n);
        if off <= 4 {
            let w = right.min(n);
            return Ok(Value::string(format!(
                "{}...",
                super::sprig_str::byte_slice(v, 0, (w - 3) as usize)
            )));
        }
        let start = if n - off < right - 3 {
            n - (right - 3)
        } else {
            off
        };
        let tail = &super::sprig_str::byte_slice(v, start as usize, v.len());
        if tail.len() as i64 + 3 > right {
            let keep = (right - 6).max(1) as usize;
            return Ok(Value::string(format!(
                "...{}...",
                super::sprig_str::byte_slice(tail, 0, keep.min(tail.len()))
            )));
        }
        Ok(Value::string(format!("...{tail}")))
    });
    m.add("b32dec", 1, |_, a| {
        const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        let src = s(a, 0)?.trim_end_matches('=');
        let mut bits = 0u64;
        let mut nbits = 0;
        let mut out = Vec::new();
        for c in src.bytes() {
            let Some(v) = A.iter().position(|&x| x == c) else {
                return Ok(Value::string(format!(
                    "illegal base32 data at input byte {}",
                    src.bytes().position(|x| x == c).unwrap_or(0)
                )));
            };
            bits = (bits << 5) | v as u64;
            nbits += 5;
            if nbits >= 8 {
                nbits -= 8;
                out.push((bits >> nbits) as u8);
            }
        }
        Ok(Value::string(String::from_utf8_lossy(&out).into_owned()))
    });
    m.add("duration", 1, |_, a| {
        // Sprig only converts strings and int64; template ints and floats count as 0
        let secs = match &a[0] {
            Value::Str(x) => x.parse::<i64>().unwrap_or(0) as i128,
            _ => 0,
        };
        Ok(Value::string(go_duration(secs * 1_000_000_000)))
    });
    m.add("durationRound", 1, |e, a| {
        let nanos: i128 = match &a[0] {
            Value::Str(x) => parse_duration(x).unwrap_or(0),
            Value::Obj(_) => {
                let t = time_of(e, &a[0]);
                (e.set.host.now_unix - t.unix) as i128 * 1_000_000_000
            }
            _ => 0,
        };
        let secs = (nanos.unsigned_abs() / 1_000_000_000) as u64;
        let (year, month, day, hour, minute) = (31536000, 2592000, 86400, 3600, 60);
        let out = if secs > year {
            format!("{}y", secs / year)
        } else if secs > month {
            format!("{}mo", secs / month)
        } else if secs > day {
            format!("{}d", secs / day)
        } else if secs > hour {
            format!("{}h", secs / hour)
        } else if secs > minute {
            format!("{}m", secs / minute)
        } else {
            format!("{secs}s")
        };
        Ok(Value::string(out))
    });
    m.add("ago", 1, |e, a| {
        let t = time_of(e, &a[0]);
        let d = (e.set.host.now_unix - t.unix) as i128 * 1_000_000_000;
        Ok(Value::string(go_duration(d)))
    });
    m.add("htmlDate", 1, |e, a| {
        Ok(Value::string(time_of(e, &a[0]).format("2006-01-02")))
    });
    m.add("htmlDateInZone", 2, |e, a| {
        s(a, 1)?;
        Ok(Value::string(time_of(e, &a[0]).format("2006-01-02")))
    });
    let date_in_zone: super::FuncImpl = |e, a| {
        let layout = s(a, 0)?;
        s(a, 2)?;
        Ok(Value::string(time_of(e, &a[1]).format(layout)))
    };
    m.add("dateInZone", 3, date_in_zone);
    m.add("date_in_zone", 3, date_in_zone);
    m.add("toDate", 2, |e, a| {
        Ok(to_date(e, a).unwrap_or_else(|_| time_val(0)))
    });
    m.add("mustToDate", 2, to_date);
    m.add("dateModify", 2, |e, a| {
        let t = time_of(e, &a[1]);
        Ok(date_modify(e, a).unwrap_or_else(|_| time_val(t.unix)))
    });
    m.add("date_modify", 2, |e, a| {
        let t = time_of(e, &a[1]);
        Ok(date_modify(e, a).unwrap_or_else(|_| time_val(t.unix)))
    });
    m.add("mustDateModify", 2, date_modify);
    m.add("must_date_modify", 2, date_modify);
    m.add("urlParse", 1, |_, a| Ok(url_parse(s(a, 0)?)));
    m.add("urlJoin", 1, |_, a| {
        let d = super::map(a, 0)?;
        let d = d.borrow();
        let g = |k: &str| d.get(k).map(strval).unwrap_or_default();
        let mut out = String::new();
        if !g("scheme").is_empty() {
            out.push_str(&g("scheme"));
            out.push_str("://");
        }
        if !g("userinfo").is_empty() {
            out.push_str(&g("userinfo"));
            out.push('@');
        }
        out.push_str(&g("host"));
        out.push_str(&g("path"));
        if !g("query").is_empty() {
            out.push('?');
            out.push_str(&g("query"));
        }
        if !g("fragment").is_empty() {
            out.push('#');
            out.push_str(&g("fragment"));
        }
        Ok(Value::string(out))
    });
    m.add("randInt", 2, |e, a| {
        let (lo, hi) = (to_i64(&a[0]), to_i64(&a[1]));
        // Go computes max-min in wrapping int arithmetic; Intn rejects what is not positive.
        let span = hi.wrapping_sub(lo);
        if span <= 0 {
            return Err(FErr::Call("invalid argument to Intn".into()));
        }
        Ok(Value::Int(
            lo.wrapping_add((rand_u64(e, 1) % span as u64) as i64),
        ))
    });
    m.add("randAscii", 1, |e, a| {
        let n = super::check_size("randAscii", int(a, 0)? as i128, MAX_OUTPUT)?;
        Ok(Value::string(
            (0..n)
                .map(|i| (32 + (rand_u64(e, i as u64) % 95) as u8) as char)
                .collect(),
        ))
    });
    m.add("randBytes", 1, |e, a| {
        use base64::Engine;
        let n = super::check_size("randBytes", int(a, 0)? as i128, MAX_OUTPUT)?;
        let bytes: Vec<u8> = (0..n).map(|i| rand_u64(e, i as u64) as u8).collect();
        Ok(Value::string(
            base64::engine::general_purpose::STANDARD.encode(bytes),
        ))
    });
    m.add("shuffle", 1, |e, a| {
        let mut v: Vec<char> = s(a, 0)?.chars().collect();
        for i in (1..v.len()).rev() {
            let j = (rand_u64(e, i as u64) % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
        Ok(Value::string(v.into_iter().collect()))
    });
    let unsupported_fns: [(&'static str, usize, usize); 14] = [
        ("bcrypt", 1, 1),
        ("htpasswd", 2, 2),
        ("derivePassword", 5, 5),
        ("encryptAES", 2, 2),
        ("decryptAES", 2, 2),
        ("genPrivateKey", 1, 1),
        ("genCA", 2, 2),
        ("genCAWithKey", 3, 3),
        ("genSelfSignedCert", 4, 4),
        ("genSelfSignedCertWithKey", 5, 5),
        ("genSignedCert", 5, 5),
        ("genSignedCertWithKey", 6, 6),
        ("buildCustomCert", 2, 2),
        ("getHostByName", 1, 1),
    ];
    for (name, n, _) in unsupported_fns {
        if name == "getHostByName" {
            m.add(name, n, |_, _| Ok(Value::str("")));
            continue;
        }
        let f: super::FuncImpl = match name {
            "bcrypt" => |_, _| Err(unsupported("bcrypt")),
            "htpasswd" => |_, _| Err(unsupported("htpasswd")),
            "derivePassword" => |_, _| Err(unsupported("derivePassword")),
            "encryptAES" => |_, _| Err(unsupported("encryptAES")),
            "decryptAES" => |_, _| Err(unsupported("decryptAES")),
            "genPrivateKey" => |_, _| Err(unsupported("genPrivateKey")),
            _ => |_, _| Err(unsupported("certificate generation")),
        };
        m.add(name, n, f);
    }
}

/// Register aliases that reuse already-registered implementations.
pub fn register_aliases(m: &mut FuncMap) {
    for (alias, base) in [
        ("osBase", "base"),
        ("osDir", "dir"),
        ("osExt", "ext"),
        ("osClean", "clean"),
        ("osIsAbs", "isAbs"),
        ("mustChunk", "chunk"),
        ("mustRegexReplaceAllLiteral", "regexReplaceAllLiteral"),
        ("mustRegexSplit", "regexSplit"),
    ] {
        if let Some(d) = m.get(base).copied() {
            m.insert_def(alias, d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_print_like_go() {
        assert_eq!(go_duration(0), "0s");
        assert_eq!(go_duration(90_000_000_000), "1m30s");
        assert_eq!(go_duration(3_600_000_000_000), "1h0m0s");
        assert_eq!(go_duration(1_500_000_000), "1.5s");
        assert_eq!(go_duration(2_000_000), "2ms");
        assert_eq!(parse_duration("1h30m"), Some(5_400_000_000_000));
        assert_eq!(parse_layout("2006-01-02", "1970-01-02"), Some(86400));
    }

    #[test]
    fn url_parse_fields() {
        let v = url_parse("https://u@h.example:8443/p?q=1#f").to_json();
        assert_eq!(v["hostname"], "h.example");
        assert_eq!(v["host"], "h.example:8443");
        assert_eq!(v["path"], "/p");
        assert_eq!(v["userinfo"], "u");
    }
}
