//! Sprig defaults, type inspection, conversions, math, JSON, semver, dates, uuid, fail.

use super::conv::{empty, strval, to_f64, to_i64};
use super::{FErr, FResult, FuncMap, boolean, s};
use crate::encode::{from_json, to_json};
use crate::exec::Exec;
use crate::value::{Object, Value, deep_equal};
use std::rc::Rc;

fn i(v: i64) -> FResult {
    Ok(Value::Int(v))
}
fn f(v: f64) -> FResult {
    Ok(Value::Float(v))
}

pub fn register(m: &mut FuncMap) {
    m.addv("default", 1, |_, a| {
        let d = &a[0];
        match a.get(1) {
            Some(g) if !empty(g) => Ok(g.clone()),
            _ => Ok(d.clone()),
        }
    });
    m.add("empty", 1, |_, a| Ok(Value::Bool(empty(&a[0]))));
    m.addv("coalesce", 0, |_, a| {
        Ok(a.iter().find(|v| !empty(v)).cloned().unwrap_or(Value::Nil))
    });
    m.addv("all", 0, |_, a| {
        Ok(Value::Bool(a.iter().all(|v| !empty(v))))
    });
    m.addv("any", 0, |_, a| {
        Ok(Value::Bool(a.iter().any(|v| !empty(v))))
    });
    m.add("ternary", 3, |_, a| {
        Ok(if boolean(a, 2)? {
            a[0].clone()
        } else {
            a[1].clone()
        })
    });
    m.add("fail", 1, |_, a| Err(FErr::Call(s(a, 0)?.to_string())));
    m.add("typeOf", 1, |_, a| Ok(Value::string(a[0].type_name())));
    m.add("typeIs", 2, |_, a| {
        Ok(Value::Bool(s(a, 0)? == a[1].type_name()))
    });
    m.add("typeIsLike", 2, |_, a| {
        let t = s(a, 0)?;
        let n = a[1].type_name();
        Ok(Value::Bool(t == n || t == format!("*{n}")))
    });
    m.add("kindOf", 1, |_, a| Ok(Value::str(a[0].kind_name())));
    m.add("kindIs", 2, |_, a| {
        Ok(Value::Bool(s(a, 0)? == a[1].kind_name()))
    });
    m.add("deepEqual", 2, |_, a| {
        Ok(Value::Bool(deep_equal(&a[0], &a[1])))
    });
    // conversions
    m.add("atoi", 1, |_, a| i(s(a, 0)?.parse::<i64>().unwrap_or(0)));
    m.add("int", 1, |_, a| i(to_i64(&a[0])));
    m.add("int64", 1, |_, a| i(to_i64(&a[0])));
    m.add("float64", 1, |_, a| f(to_f64(&a[0])));
    m.add("toDecimal", 1, |_, a| {
        i(i64::from_str_radix(&strval(&a[0]), 8).unwrap_or(0))
    });
    // math
    m.add("add1", 1, |_, a| i(to_i64(&a[0]).wrapping_add(1)));
    m.addv("add", 0, |_, a| {
        i(a.iter().map(to_i64).fold(0i64, |x, y| x.wrapping_add(y)))
    });
    m.add(
        "sub",
        2,
        |_, a| i(to_i64(&a[0]).wrapping_sub(to_i64(&a[1]))),
    );
    m.addv("mul", 1, |_, a| {
        i(a.iter().map(to_i64).fold(1i64, |x, y| x.wrapping_mul(y)))
    });
    m.add("div", 2, |_, a| {
        let d = to_i64(&a[1]);
        if d == 0 {
            return Err(FErr::Call("runtime error: integer divide by zero".into()));
        }
        i(to_i64(&a[0]).wrapping_div(d))
    });
    m.add("mod", 2, |_, a| {
        let d = to_i64(&a[1]);
        if d == 0 {
            return Err(FErr::Call("runtime error: integer divide by zero".into()));
        }
        i(to_i64(&a[0]).wrapping_rem(d))
    });
    m.addv("max", 1, |_, a| i(a.iter().map(to_i64).max().unwrap_or(0)));
    m.addv("biggest", 1, |_, a| {
        i(a.iter().map(to_i64).max().unwrap_or(0))
    });
    m.addv("min", 1, |_, a| i(a.iter().map(to_i64).min().unwrap_or(0)));
    m.add("add1f", 1, |_, a| f(to_f64(&a[0]) + 1.0));
    m.addv("addf", 0, |_, a| f(a.iter().map(to_f64).sum()));
    m.addv("subf", 1, |_, a| {
        f(a[1..].iter().map(to_f64).fold(to_f64(&a[0]), |x, y| x - y))
    });
    m.addv("mulf", 1, |_, a| {
        f(a.iter().map(to_f64).fold(1.0, |x, y| x * y))
    });
    m.addv("divf", 1, |_, a| {
        f(a[1..].iter().map(to_f64).fold(to_f64(&a[0]), |x, y| x / y))
    });
    m.addv("maxf", 1, |_, a| {
        f(a.iter().map(to_f64).fold(f64::NEG_INFINITY, f64::max))
    });
    m.addv("minf", 1, |_, a| {
        f(a.iter().map(to_f64).fold(f64::INFINITY, f64::min))
    });
    m.add("floor", 1, |_, a| f(to_f64(&a[0]).floor()));
    m.add("ceil", 1, |_, a| f(to_f64(&a[0]).ceil()));
    m.addv("round", 2, |_, a| {
        let x = to_f64(&a[0]);
        let p = super::int(a, 1)?;
        let r = a.get(2).map(to_f64).unwrap_or(0.5);
        let pow = 10f64.powi(p as i32);
        let digit = pow * x;
        let (int_part, frac) = (digit.trunc(), digit.fract());
        let rounded = if frac.abs() >= r {
            int_part + frac.signum()
        } else {
            int_part
        };
        f(rounded / pow)
    });
    m.addv("seq", 0, |_, a| {
        let p: Vec<i64> = a.iter().map(to_i64).collect();
        let (start, step, end) = match p.len() {
            0 => return Ok(Value::str("")),
            1 => (1, 1, p[0]),
            2 => (p[0], if p[1] >= p[0] { 1 } else { -1 }, p[1]),
            _ => (p[0], p[1], p[2]),
        };
        let mut v = Vec::new();
        if step == 0 {
            return Ok(Value::str(""));
        }
        super::check_size(
            "seq",
            (end as i128 - start as i128) / step as i128,
            super::MAX_ITEMS,
        )?;
        let mut x = Some(start);
        while let Some(n) = x.filter(|&n| (step > 0 && n <= end) || (step < 0 && n >= end)) {
            v.push(n.to_string());
            x = n.checked_add(step);
        }
        Ok(Value::string(v.join(" ")))
    });
    // json
    m.add("toJson", 1, |_, a| {
        Ok(Value::string(to_json(&a[0], true, None)))
    });
    m.add("mustToJson", 1, |_, a| {
        Ok(Value::string(to_json(&a[0], true, None)))
    });
    m.add("toRawJson", 1, |_, a| {
        Ok(Value::string(to_json(&a[0], false, None)))
    });
    m.add("mustToRawJson", 1, |_, a| {
        Ok(Value::string(to_json(&a[0], false, None)))
    });
    m.add("toPrettyJson", 1, |_, a| {
        Ok(Value::string(to_json(&a[0], true, Some("  "))))
    });
    m.add("mustToPrettyJson", 1, |_, a| {
        Ok(Value::string(to_json(&a[0], true, Some("  "))))
    });
    m.add("fromJson", 1, |_, a| {
        Ok(from_json(s(a, 0)?).unwrap_or(Value::Nil))
    });
    m.add("mustFromJson", 1, |_, a| {
        from_json(s(a, 0)?).map_err(|e| FErr::Call(e.to_string()))
    });
    // env
    m.add("env", 1, |e, a| {
        let k = s(a, 0)?;
        Ok(Value::string((e.set.host.env)(k).unwrap_or_default()))
    });
    m.add("expandenv", 1, |e, a| {
        let src = s(a, 0)?;
        Ok(Value::string(expand_env(src, &*e.set.host.env)))
    });
    // semver
    m.add("semver", 1, |_, a| {
        let v = Semver::parse(s(a, 0)?)?;
        Ok(Value::Obj(Rc::new(v)))
    });
    m.add("semverCompare", 2, |_, a| {
        let c = s(a, 0)?;
        let v = Semver::parse(s(a, 1)?)?;
        Ok(Value::Bool(constraint_check(c, &v)?))
    });
    // dates
    m.add("now", 0, |e, _| Ok(Value::Obj(Rc::new(Time::now(e)))));
    m.add("date", 2, date_fn);
    m.add("unixEpoch", 1, |_, a| match &a[0] {
        Value::Obj(o) => Ok(Value::string(
            o.field("Unix").map(|v| strval(&v)).unwrap_or_default(),
        )),
        v => Err(super::wrong_type("time.Time", v)),
    });
    m.add("uuidv4", 0, |e, _| Ok(Value::string(uuid4(e))));
    m.add("randAlphaNum", 1, |e, a| {
        Ok(Value::string(rand_str(
            e,
            super::int(a, 0)?,
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
        )?))
    });
    m.add("randAlpha", 1, |e, a| {
        Ok(Value::string(rand_str(
            e,
            super::int(a, 0)?,
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
        )?))
    });
    m.add("randNumeric", 1, |e, a| {
        Ok(Value::string(rand_str(
            e,
            super::int(a, 0)?,
            b"0123456789",
        )?))
    });
}

fn expand_env(src: &str, env: &dyn Fn(&str) -> Option<String>) -> String {
    let b = src.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'$' && i + 1 < b.len() {
            if b[i + 1] == b'{' {
                if let Some(e) = src[i + 2..].find('}') {
                    out.push_str(&env(&src[i + 2..i + 2 + e]).unwrap_or_default());
                    i = i + 3 + e;
                    continue;
                }
            } else {
                let mut j = i + 1;
                while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_') {
                    j += 1;
                }
                if j > i + 1 {
                    out.push_str(&env(&src[i + 1..j]).unwrap_or_default());
                    i = j;
                    continue;
                }
            }
        }
        out.push(b[i] as char);
        i += 1;
    }
    out
}

fn rand_u64(e: &mut Exec<'_>) -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_usize(e.depth);
    h.write_i64(e.set.host.now_unix);
    h.finish()
}

fn rand_str(e: &mut Exec<'_>, n: i64, alphabet: &[u8]) -> Result<String, FErr> {
    let n = super::check_size("rand", n as i128, crate::exec::MAX_OUTPUT)?;
    Ok((0..n)
        .map(|_| alphabet[(rand_u64(e) % alphabet.len() as u64) as usize] as char)
        .collect())
}

fn uuid4(e: &mut Exec<'_>) -> String {
    let a = rand_u64(e);
    let b = rand_u64(e);
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&a.to_le_bytes());
    bytes[8..].copy_from_slice(&b.to_le_bytes());
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let h = super::sprig_str::hex(&bytes);
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

// ---- semver (Masterminds/semver v3 behaviour for common cases) ----

/// Why a version or constraint was rejected (Masterminds/semver's messages).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SemverError {
    #[error("invalid semantic version")]
    InvalidVersion,
    /// The whole constraint, or the one term of it that does not parse.
    #[error("improper constraint: {0}")]
    ImproperConstraint(String),
}

impl From<SemverError> for FErr {
    fn from(e: SemverError) -> Self {
        FErr::Call(e.to_string())
    }
}

#[derive(Debug, Clone)]
pub struct Semver {
    major: u64,
    minor: u64,
    patch: u64,
    pre: String,
    meta: String,
    original: String,
}

impl Semver {
    pub fn parse(s: &str) -> Result<Semver, SemverError> {
        let orig = s.to_string();
        let t = s.strip_prefix('v').unwrap_or(s);
        let (t, meta) = match t.split_once('+') {
            Some((a, b)) => (a, b.to_string()),
            None => (t, String::new()),
        };
        let (t, pre) = match t.split_once('-') {
            Some((a, b)) => (a, b.to_string()),
            None => (t, String::new()),
        };
        let parts: Vec<&str> = t.split('.').collect();
        if parts.is_empty() || parts.len() > 3 || parts.iter().any(|p| p.is_empty()) {
            return Err(SemverError::InvalidVersion);
        }
        let mut n = [0u64; 3];
        for (i, p) in parts.iter().enumerate() {
            if !p.bytes().all(|c| c.is_ascii_digit()) {
                return Err(SemverError::InvalidVersion);
            }
            n[i] = p.parse().map_err(|_| SemverError::InvalidVersion)?;
        }
        Ok(Semver {
            major: n[0],
            minor: n[1],
            patch: n[2],
            pre,
            meta,
            original: orig,
        })
    }
    fn cmp(&self, o: &Semver) -> std::cmp::Ordering {
        use std::cmp::Ordering::*;
        let c = (self.major, self.minor, self.patch).cmp(&(o.major, o.minor, o.patch));
        if c != Equal {
            return c;
        }
        match (self.pre.is_empty(), o.pre.is_empty()) {
            (true, true) => Equal,
            (true, false) => Greater,
            (false, true) => Less,
            _ => cmp_pre(&self.pre, &o.pre),
        }
    }
}

fn cmp_pre(a: &str, b: &str) -> std::cmp::Ordering {
    let ap: Vec<&str> = a.split('.').collect();
    let bp: Vec<&str> = b.split('.').collect();
    for (x, y) in ap.iter().zip(bp.iter()) {
        let c = match (x.parse::<u64>(), y.parse::<u64>()) {
            (Ok(p), Ok(q)) => p.cmp(&q),
            (Ok(_), Err(_)) => std::cmp::Ordering::Less,
            (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
            _ => x.cmp(y),
        };
        if c != std::cmp::Ordering::Equal {
            return c;
        }
    }
    ap.len().cmp(&bp.len())
}

impl Object for Semver {
    fn type_name(&self) -> &str {
        "*semver.Version"
    }
    fn field(&self, name: &str) -> Option<Value> {
        Some(match name {
            "Major" => Value::Int(self.major as i64),
            "Minor" => Value::Int(self.minor as i64),
            "Patch" => Value::Int(self.patch as i64),
            "Prerelease" => Value::string(self.pre.clone()),
            "Metadata" => Value::string(self.meta.clone()),
            "Original" => Value::string(self.original.clone()),
            "String" => Value::string(self.display()),
            _ => return None,
        })
    }
    fn display(&self) -> String {
        let mut s = format!("{}.{}.{}", self.major, self.minor, self.patch);
        if !self.pre.is_empty() {
            s.push('-');
            s.push_str(&self.pre);
        }
        if !self.meta.is_empty() {
            s.push('+');
            s.push_str(&self.meta);
        }
        s
    }
}

/// Masterminds constraint check: `||` of `,`/space-separated ANDs.
pub fn constraint_check(c: &str, v: &Semver) -> Result<bool, SemverError> {
    for alt in c.split("||") {
        let mut ok = true;
        let toks = split_constraint(alt);
        if toks.is_empty() {
            return Err(SemverError::ImproperConstraint(c.to_string()));
        }
        for t in toks {
            if !check_one(&t, v)? {
                ok = false;
            }
        }
        if ok {
            return Ok(true);
        }
    }
    Ok(false)
}

fn split_constraint(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in s.split(',') {
        let mut pending_op = String::new();
        for w in part.split_whitespace() {
            if w.chars().all(|c| "<>=!~^".contains(c)) {
                pending_op.push_str(w);
            } else {
                out.push(format!("{pending_op}{w}"));
                pending_op.clear();
            }
        }
    }
    out
}

fn check_one(t: &str, v: &Semver) -> Result<bool, SemverError> {
    let op_len = t.find(|c: char| !"<>=!~^".contains(c)).unwrap_or(t.len());
    let (op, ver) = t.split_at(op_len);
    let ver = ver.trim();
    // wildcard handling: 1.2.x, 1.x, *
    let wild = |p: &str| p == "x" || p == "X" || p == "*";
    let parts: Vec<&str> = ver
        .strip_prefix('v')
        .unwrap_or(ver)
        .split(['-', '+'])
        .next()
        .unwrap_or("")
        .split('.')
        .collect();
    let nwild = parts.iter().position(|p| wild(p)).unwrap_or(parts.len());
    let base_str = parts[..nwild].join(".");
    let base = if base_str.is_empty() {
        Semver::parse("0.0.0")?
    } else {
        let full = if nwild == parts.len() {
            ver.to_string()
        } else {
            base_str.clone()
        };
        Semver::parse(&full).map_err(|_| SemverError::ImproperConstraint(t.to_string()))?
    };
    let explicit = if nwild < parts.len() {
        nwild
    } else {
        parts.len()
    };
    // pre-release versions only match when the constraint has a pre-release
    if !v.pre.is_empty() && base.pre.is_empty() {
        return Ok(false);
    }
    use std::cmp::Ordering::*;
    let upper = |b: &Semver, n: usize| -> Semver {
        let mut u = b.clone();
        u.pre.clear();
        match n {
            0 => {
                return Semver {
                    major: u64::MAX,
                    ..u
                };
            }
            1 => {
                u.major += 1;
                u.minor = 0;
                u.patch = 0;
            }
            _ => {
                u.minor += 1;
                u.patch = 0;
            }
        }
        u
    };
    let cmp = v.cmp(&base);
    Ok(match op {
        "" | "=" | "==" => {
            if explicit < 3 {
                cmp != Less && v.cmp(&upper(&base, explicit)) == Less
            } else {
                cmp == Equal
            }
        }
        "!=" => {
            if explicit < 3 {
                !(cmp != Less && v.cmp(&upper(&base, explicit)) == Less)
            } else {
                cmp != Equal
            }
        }
        ">" => {
            if explicit < 3 {
                v.cmp(&upper(&base, explicit)) != Less
            } else {
                cmp == Greater
            }
        }
        ">=" | "=>" => cmp != Less,
        "<" => cmp == Less,
        "<=" | "=<" => {
            if explicit < 3 {
                v.cmp(&upper(&base, explicit)) == Less
            } else {
                cmp != Greater
            }
        }
        "~" | "~>" => {
            let n = if explicit <= 1 { 1 } else { 2 };
            cmp != Less && v.cmp(&upper(&base, n)) == Less
        }
        "^" => {
            let n = if base.major > 0 || explicit == 1 {
                1
            } else if base.minor > 0 || explicit == 2 {
                2
            } else {
                3
            };
            if n == 3 {
                cmp != Less
                    && v.cmp(&Semver {
                        patch: base.patch + 1,
                        pre: String::new(),
                        ..base.clone()
                    }) == Less
            } else {
                cmp != Less && v.cmp(&upper(&base, n)) == Less
            }
        }
        _ => return Err(SemverError::ImproperConstraint(t.to_string())),
    })
}

// ---- time ----

#[derive(Debug, Clone)]
pub struct Time {
    pub unix: i64,
    pub nanos: u32,
}

impl Time {
    fn now(e: &Exec<'_>) -> Time {
        Time {
            unix: e.set.host.now_unix,
            nanos: e.set.host.now_nanos,
        }
    }
    /// (year, month, day, hour, min, sec, weekday) in UTC.
    pub fn civil(&self) -> (i64, u32, u32, u32, u32, u32, u32) {
        let days = self.unix.div_euclid(86400);
        let secs = self.unix.rem_euclid(86400);
        let z = days + 719468;
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = if m <= 2 { y + 1 } else { y };
        let wd = ((days + 4).rem_euclid(7)) as u32;
        (
            y,
            m,
            d,
            (secs / 3600) as u32,
            ((secs % 3600) / 60) as u32,
            (secs % 60) as u32,
            wd,
        )
    }
    /// Go reference-time layout formatting (UTC).
    pub fn format(&self, layout: &str) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        const DAYS: [&str; 7] = [
            "Sunday",
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
        ];
        let (y, mo, d, h, mi, s, wd) = self.civil();
        let mut out = String::new();
        let mut rest = layout;
        let toks: &[(&str, &dyn Fn() -> String)] = &[
            ("2006", &|| format!("{y:04}")),
            ("January", &|| MONTHS[mo as usize - 1].into()),
            ("Jan", &|| MONTHS[mo as usize - 1][..3].into()),
            ("Monday", &|| DAYS[wd as usize].into()),
            ("Mon", &|| DAYS[wd as usize][..3].into()),
            ("MST", &|| "UTC".into()),
            ("Z07:00", &|| "Z".into()),
            ("-07:00", &|| "+00:00".into()),
            ("-0700", &|| "+0000".into()),
            ("01", &|| format!("{mo:02}")),
            ("02", &|| format!("{d:02}")),
            ("_2", &|| format!("{d:>2}")),
            ("15", &|| format!("{h:02}")),
            ("03", &|| {
                format!("{:02}", if h % 12 == 0 { 12 } else { h % 12 })
            }),
            ("04", &|| format!("{mi:02}")),
            ("05", &|| format!("{s:02}")),
            ("06", &|| format!("{:02}", y % 100)),
            ("PM", &|| if h >= 12 { "PM".into() } else { "AM".into() }),
            ("pm", &|| if h >= 12 { "pm".into() } else { "am".into() }),
            ("1", &|| mo.to_string()),
            ("2", &|| d.to_string()),
            ("3", &|| (if h % 12 == 0 { 12 } else { h % 12 }).to_string()),
            ("4", &|| mi.to_string()),
            ("5", &|| s.to_string()),
        ];
        'outer: while !rest.is_empty() {
            for (t, f) in toks {
                if rest.starts_with(t) {
                    out.push_str(&f());
                    rest = &rest[t.len()..];
                    continue 'outer;
                }
            }
            let c = rest.chars().next().unwrap_or(' ');
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
        out
    }
}

impl Object for Time {
    fn type_name(&self) -> &str {
        "time.Time"
    }
    fn field(&self, name: &str) -> Option<Value> {
        let (y, mo, d, ..) = self.civil();
        Some(match name {
            "Unix" => Value::Int(self.unix),
            "Year" => Value::Int(y),
            "Month" => Value::Int(mo as i64),
            "Day" => Value::Int(d as i64),
            _ => return None,
        })
    }
    fn display(&self) -> String {
        format!(
            "{}.{:09} +0000 UTC",
            self.format("2006-01-02 15:04:05"),
            self.nanos
        )
        .replace(".000000000 ", " ")
    }
}

/// The time a Sprig date function is handed: a `time.Time` or Unix seconds; `other` for
/// anything else (the callers differ there).
pub(super) fn time_arg(v: &Value, other: impl FnOnce() -> Time) -> Time {
    match v {
        Value::Obj(o) => match o.field("Unix") {
            Some(Value::Int(u)) => Time { unix: u, nanos: 0 },
            _ => Time { unix: 0, nanos: 0 },
        },
        Value::Int(u) => Time { unix: *u, nanos: 0 },
        Value::Float(f) => Time {
            unix: *f as i64,
            nanos: 0,
        },
        _ => other(),
    }
}

fn date_fn(_: &mut Exec<'_>, a: &[Value]) -> FResult {
    let layout = s(a, 0)?;
    let t = time_arg(&a[1], || Time { unix: 0, nanos: 0 });
    Ok(Value::string(t.format(layout)))
}
