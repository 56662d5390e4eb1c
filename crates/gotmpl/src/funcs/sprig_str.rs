//! Sprig string functions.

use super::conv::{str_list, strslice, strval};
use super::{FErr, FuncMap, int, s};
use crate::exec::MAX_OUTPUT;
use crate::fmt::quote;
use crate::value::Value;
use std::collections::BTreeMap;

fn st(v: String) -> Result<Value, FErr> {
    Ok(Value::string(v))
}

/// Go strings.Title: upper-case the first letter of each word.
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_letter = false;
    for c in s.chars() {
        if !prev_letter {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        prev_letter = c.is_alphanumeric() || c == '_' || c == '\'';
    }
    out
}

/// Sprig indent: pad every line.
pub fn indent(n: i64, v: &str) -> Result<String, FErr> {
    let lines = v.bytes().filter(|&b| b == b'\n').count() as i128 + 1;
    let size = n.max(0) as i128 * lines + v.len() as i128;
    super::check_size("indent", size, MAX_OUTPUT)?;
    let pad = " ".repeat(n.max(0) as usize);
    let mut out = String::with_capacity(v.len() + pad.len());
    out.push_str(&pad);
    out.push_str(&v.replace('\n', &format!("\n{pad}")));
    Ok(out)
}

/// Go's `s[a:b]` on bytes: it may split a character, which a Rust string cannot hold, so
/// a split character becomes U+FFFD instead of a panic.
pub(crate) fn byte_slice(s: &str, a: usize, b: usize) -> String {
    String::from_utf8_lossy(&s.as_bytes()[a..b]).into_owned()
}

fn trunc(c: i64, s: &str) -> String {
    let n = s.len() as i64;
    if c < 0 && n + c > 0 {
        return byte_slice(s, (n + c) as usize, s.len());
    }
    if c >= 0 && n > c {
        return byte_slice(s, 0, c as usize);
    }
    s.to_string()
}

fn substr(start: i64, end: i64, s: &str) -> Result<String, FErr> {
    let n = s.len() as i64;
    let oob = |a: i64, b: i64| {
        FErr::Call(format!(
            "runtime error: slice bounds out of range [{a}:{b}]"
        ))
    };
    let b = s.as_bytes();
    let cut = |a: i64, z: i64| String::from_utf8_lossy(&b[a as usize..z as usize]).into_owned();
    if start < 0 {
        if end < 0 || end > n {
            return Err(oob(0, end));
        }
        return Ok(cut(0, end));
    }
    if end < 0 || end > n {
        if start > n {
            return Err(oob(start, n));
        }
        return Ok(cut(start, n));
    }
    if start > end {
        return Err(oob(start, end));
    }
    Ok(cut(start, end))
}

/// Go's unicode.ToUpper/ToLower are rune-to-rune.
fn go_upper(s: &str) -> String {
    s.chars()
        .map(|c| {
            let mut u = c.to_uppercase();
            match (u.next(), u.next()) {
                (Some(x), None) => x,
                _ => c,
            }
        })
        .collect()
}

fn go_lower(s: &str) -> String {
    s.chars()
        .map(|c| c.to_lowercase().next().unwrap_or(c))
        .collect()
}

fn wrap_words(width: usize, s: &str, newline: &str) -> String {
    // goutils.WrapCustom with wrapLongWords=false
    let b = s.as_bytes();
    let n = b.len();
    let mut out = String::new();
    let mut off = 0usize;
    while off < n {
        if b[off] == b' ' {
            off += 1;
            continue;
        }
        if n - off <= width {
            break;
        }
        // Search bytes: the window may end inside a multi-byte character (a space never is).
        let window_end = (off + width + 1).min(n);
        let found = b[off..window_end]
            .iter()
            .rposition(|&c| c == b' ')
            .map(|i| off + i);
        let cut = match found {
            Some(sp) if sp > off => Some(sp),
            _ => b[off + width..]
                .iter()
                .position(|&c| c == b' ')
                .map(|i| off + width + i),
        };
        match cut {
            Some(sp) => {
                out.push_str(&s[off..sp]);
                out.push_str(newline);
                off = sp + 1;
            }
            None => break,
        }
    }
    if off < n {
        out.push_str(&s[off..]);
    }
    out
}

fn is_sep(c: char) -> bool {
    c.is_whitespace() || c == '_' || c == '-' || c == '.'
}

/// xstrings-style snake/kebab case.
fn delimited(s: &str, d: char) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if is_sep(c) {
            out.push(d);
        } else if c.is_uppercase() {
            if i > 0 {
                let p = chars[i - 1];
                let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
                if p.is_lowercase() || p.is_ascii_digit() || (p.is_uppercase() && next_lower) {
                    out.push(d);
                }
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn camel(s: &str) -> String {
    let start = s.len() - s.trim_start_matches(' ').len();
    let end = s.trim_end_matches(' ').len();
    if start >= end {
        return s.to_string();
    }
    let mut out = String::from(&s[..start]);
    let mut up = true;
    for c in s[start..end].chars() {
        if is_sep(c) {
            up = true;
            continue;
        }
        if up {
            out.extend(c.to_uppercase());
            up = false;
        } else {
            out.push(c);
        }
    }
    out.push_str(&s[end..]);
    out
}

/// goutils.DeleteWhiteSpace works on bytes: non-ASCII bytes come out as Latin-1 runes.
fn nospace(s: &str) -> String {
    s.bytes()
        .filter(|&b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | 0x85 | 0xa0))
        .map(|b| b as char)
        .collect()
}

pub fn register(m: &mut FuncMap) {
    m.add("upper", 1, |_, a| st(go_upper(s(a, 0)?)));
    m.add("lower", 1, |_, a| st(go_lower(s(a, 0)?)));
    m.add("title", 1, |_, a| st(title(s(a, 0)?)));
    m.add("untitle", 1, |_, a| {
        let mut out = String::new();
        let mut prev = false;
        for c in s(a, 0)?.chars() {
            if !prev {
                out.extend(c.to_lowercase())
            } else {
                out.push(c)
            }
            prev = !c.is_whitespace();
        }
        st(out)
    });
    m.add("trim", 1, |_, a| st(s(a, 0)?.trim().to_string()));
    m.add("trimAll", 2, |_, a| {
        let cut: Vec<char> = s(a, 0)?.chars().collect();
        st(s(a, 1)?.trim_matches(|c| cut.contains(&c)).to_string())
    });
    m.add("trimPrefix", 2, |_, a| {
        let (p, v) = (s(a, 0)?, s(a, 1)?);
        st(v.strip_prefix(p).unwrap_or(v).to_string())
    });
    m.add("trimSuffix", 2, |_, a| {
        let (p, v) = (s(a, 0)?, s(a, 1)?);
        st(v.strip_suffix(p).unwrap_or(v).to_string())
    });
    m.add("trunc", 2, |_, a| st(trunc(int(a, 0)?, s(a, 1)?)));
    m.add("substr", 3, |_, a| {
        st(substr(int(a, 0)?, int(a, 1)?, s(a, 2)?)?)
    });
    m.add("replace", 3, |_, a| {
        let (old, new, src) = (s(a, 0)?, s(a, 1)?, s(a, 2)?);
        st(src.replace(old, new))
    });
    m.add("contains", 2, |_, a| {
        Ok(Value::Bool(s(a, 1)?.contains(s(a, 0)?)))
    });
    m.add("hasPrefix", 2, |_, a| {
        Ok(Value::Bool(s(a, 1)?.starts_with(s(a, 0)?)))
    });
    m.add("hasSuffix", 2, |_, a| {
        Ok(Value::Bool(s(a, 1)?.ends_with(s(a, 0)?)))
    });
    m.add("repeat", 2, |_, a| {
        let n = int(a, 0)?;
        if n < 0 {
            return Err(FErr::Call("strings: negative Repeat count".into()));
        }
        let v = s(a, 1)?;
        super::check_size("repeat", n as i128 * v.len() as i128, MAX_OUTPUT)?;
        st(v.repeat(n as usize))
    });
    m.add("nospace", 1, |_, a| st(nospace(s(a, 0)?)));
    m.add("initials", 1, |_, a| {
        st(s(a, 0)?
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .collect())
    });
    m.add("abbrev", 2, |_, a| {
        let (w, v) = (int(a, 0)?, s(a, 1)?);
        if w < 4 || v.len() as i64 <= w {
            return st(v.to_string());
        }
        // Go slices bytes and may split a character; keep what a Rust string can hold.
        st(format!("{}...", byte_slice(v, 0, (w - 3) as usize)))
    });
    m.add("wrap", 2, |_, a| {
        st(wrap_words(int(a, 0)?.max(1) as usize, s(a, 1)?, "\n"))
    });
    m.add("wrapWith", 3, |_, a| {
        st(wrap_words(int(a, 0)?.max(1) as usize, s(a, 2)?, s(a, 1)?))
    });
    m.addv("quote", 0, |_, a| {
        let parts: Vec<String> = a
            .iter()
            .filter(|v| !v.is_nilish())
            .map(|v| quote(&strval(v)))
            .collect();
        st(parts.join(" "))
    });
    m.addv("squote", 0, |_, a| {
        let parts: Vec<String> = a
            .iter()
            .filter(|v| !v.is_nilish())
            .map(|v| format!("'{}'", strval(v)))
            .collect();
        st(parts.join(" "))
    });
    m.addv("cat", 0, |_, a| {
        let parts: Vec<String> = a.iter().filter(|v| !v.is_nilish()).map(strval).collect();
        st(parts.join(" "))
    });
    m.add("indent", 2, |_, a| st(indent(int(a, 0)?, s(a, 1)?)?));
    m.add("nindent", 2, |_, a| {
        st(format!("\n{}", indent(int(a, 0)?, s(a, 1)?)?))
    });
    m.add("plural", 3, |_, a| {
        let n = int(a, 2)?;
        st(if n == 1 { s(a, 0)? } else { s(a, 1)? }.to_string())
    });
    m.add("snakecase", 1, |_, a| st(delimited(s(a, 0)?, '_')));
    m.add("kebabcase", 1, |_, a| st(delimited(s(a, 0)?, '-')));
    m.add("camelcase", 1, |_, a| st(camel(s(a, 0)?)));
    m.add("swapcase", 1, |_, a| {
        st(s(a, 0)?
            .chars()
            .map(|c| {
                if c.is_uppercase() {
                    c.to_lowercase().collect::<String>()
                } else {
                    c.to_uppercase().collect()
                }
            })
            .collect())
    });
    m.add("toString", 1, |_, a| st(strval(&a[0])));
    m.add("toStrings", 1, |_, a| Ok(str_list(strslice(&a[0]))));
    m.add("split", 2, |_, a| {
        let (sep, orig) = (s(a, 0)?, s(a, 1)?);
        let mut out = BTreeMap::new();
        for (i, p) in go_split(orig, sep, -1).into_iter().enumerate() {
            out.insert(format!("_{i}"), Value::string(p));
        }
        Ok(Value::map(out))
    });
    m.add("splitn", 3, |_, a| {
        let (sep, n, orig) = (s(a, 0)?, int(a, 1)?, s(a, 2)?);
        let mut out = BTreeMap::new();
        for (i, p) in go_split(orig, sep, n).into_iter().enumerate() {
            out.insert(format!("_{i}"), Value::string(p));
        }
        Ok(Value::map(out))
    });
    m.add("splitList", 2, |_, a| {
        Ok(str_list(go_split(s(a, 1)?, s(a, 0)?, -1)))
    });
    m.add("join", 2, |_, a| {
        let sep = s(a, 0)?;
        st(strslice(&a[1]).join(sep))
    });
    m.add("sortAlpha", 1, |_, a| {
        let mut v = match &a[0] {
            Value::List(_) => strslice(&a[0]),
            other => vec![strval(other)],
        };
        v.sort();
        Ok(str_list(v))
    });
    m.add("sha256sum", 1, |_, a| {
        use sha2::Digest;
        st(hex(&sha2::Sha256::digest(s(a, 0)?.as_bytes())))
    });
    m.add("sha1sum", 1, |_, a| {
        use sha1::Digest;
        st(hex(&sha1::Sha1::digest(s(a, 0)?.as_bytes())))
    });
    m.add("sha512sum", 1, |_, a| {
        use sha2::Digest;
        st(hex(&sha2::Sha512::digest(s(a, 0)?.as_bytes())))
    });
    m.add("adler32sum", 1, |_, a| {
        let (mut x, mut y) = (1u32, 0u32);
        for b in s(a, 0)?.bytes() {
            x = (x + b as u32) % 65521;
            y = (y + x) % 65521;
        }
        st(((y << 16) | x).to_string())
    });
    m.add("b64enc", 1, |_, a| {
        use base64::Engine;
        st(base64::engine::general_purpose::STANDARD.encode(s(a, 0)?))
    });
    m.add("b64dec", 1, |_, a| {
        use base64::Engine;
        match base64::engine::general_purpose::STANDARD.decode(s(a, 0)?) {
            Ok(b) => st(String::from_utf8_lossy(&b).into_owned()),
            Err(e) => st(b64_err(&e)),
        }
    });
    m.add("b32enc", 1, |_, a| st(b32enc(s(a, 0)?.as_bytes())));
    m.add("base", 1, |_, a| st(path_base(s(a, 0)?)));
    m.add("dir", 1, |_, a| st(path_dir(s(a, 0)?)));
    m.add("ext", 1, |_, a| {
        let b = s(a, 0)?;
        let last = b.rsplit('/').next().unwrap_or("");
        st(last
            .rfind('.')
            .map(|i| last[i..].to_string())
            .unwrap_or_default())
    });
    m.add("clean", 1, |_, a| st(path_clean(s(a, 0)?)));
    m.add("isAbs", 1, |_, a| {
        Ok(Value::Bool(s(a, 0)?.starts_with('/')))
    });
    m.add("regexMatch", 2, |_, a| {
        let Ok(re) = regex(s(a, 0)?) else {
            return Ok(Value::Bool(false));
        };
        Ok(Value::Bool(re.is_match(s(a, 1)?)))
    });
    m.add("mustRegexMatch", 2, |_, a| {
        let re = regex(s(a, 0)?)?;
        Ok(Value::Bool(re.is_match(s(a, 1)?)))
    });
    m.add("regexFind", 2, |_, a| {
        let Ok(re) = regex(s(a, 0)?) else {
            return Ok(Value::str(""));
        };
        st(re
            .find(s(a, 1)?)
            .map(|m| m.as_str().to_string())
            .unwrap_or_default())
    });
    m.add("mustRegexFind", 2, |_, a| {
        let re = regex(s(a, 0)?)?;
        st(re
            .find(s(a, 1)?)
            .map(|m| m.as_str().to_string())
            .unwrap_or_default())
    });
    m.add("regexFindAll", 3, |_, a| regex_find_all(a));
    m.add("mustRegexFindAll", 3, |_, a| regex_find_all(a));
    m.add("regexReplaceAll", 3, |_, a| {
        let re = regex(s(a, 0)?)?;
        st(re
            .replace_all(s(a, 1)?, go_repl(s(a, 2)?).as_str())
            .into_owned())
    });
    m.add("mustRegexReplaceAll", 3, |_, a| {
        let re = regex(s(a, 0)?)?;
        st(re
            .replace_all(s(a, 1)?, go_repl(s(a, 2)?).as_str())
            .into_owned())
    });
    m.add("regexReplaceAllLiteral", 3, |_, a| {
        let re = regex(s(a, 0)?)?;
        st(re
            .replace_all(s(a, 1)?, regex::NoExpand(s(a, 2)?))
            .into_owned())
    });
    m.add("regexSplit", 3, |_, a| {
        let re = regex(s(a, 0)?)?;
        let n = int(a, 2)?;
        let v: Vec<String> = if n < 0 {
            re.split(s(a, 1)?).map(String::from).collect()
        } else if n == 0 {
            Vec::new()
        } else {
            re.splitn(s(a, 1)?, n as usize).map(String::from).collect()
        };
        Ok(str_list(v))
    });
    m.add("regexQuoteMeta", 1, |_, a| st(regex::escape(s(a, 0)?)));
}

fn regex_find_all(a: &[Value]) -> Result<Value, FErr> {
    let re = regex(s(a, 0)?)?;
    let n = int(a, 2)?;
    let it = re.find_iter(s(a, 1)?).map(|m| m.as_str().to_string());
    let v: Vec<String> = if n < 0 {
        it.collect()
    } else {
        it.take(n as usize).collect()
    };
    Ok(str_list(v))
}

/// Go's regexp Expand syntax ($1, ${name}) is close to the regex crate's;
/// make `$1x` behave like Go (longest name) — both treat it as group "1x".
fn go_repl(r: &str) -> String {
    r.to_string()
}

pub fn regex(p: &str) -> Result<regex::Regex, FErr> {
    regex::Regex::new(p).map_err(|e| FErr::Call(format!("error parsing regexp: {e}")))
}

/// Go strings.SplitN semantics (n < 0: all).
pub fn go_split(s: &str, sep: &str, n: i64) -> Vec<String> {
    if n == 0 {
        return Vec::new();
    }
    if sep.is_empty() {
        let mut v: Vec<String> = s.chars().map(|c| c.to_string()).collect();
        if n > 0 && v.len() > n as usize {
            let rest: String = v[n as usize - 1..].concat();
            v.truncate(n as usize - 1);
            v.push(rest);
        }
        return v;
    }
    if n < 0 {
        s.split(sep).map(String::from).collect()
    } else {
        s.splitn(n as usize, sep).map(String::from).collect()
    }
}

pub fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn b32enc(b: &[u8]) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::new();
    for chunk in b.chunks(5) {
        let mut buf = [0u8; 5];
        buf[..chunk.len()].copy_from_slice(chunk);
        let v = buf.iter().fold(0u64, |acc, &x| (acc << 8) | x as u64);
        let nchars = (chunk.len() * 8).div_ceil(5);
        for i in 0..8 {
            if i < nchars {
                out.push(A[((v >> (35 - i * 5)) & 31) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

pub fn path_clean(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let rooted = p.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for seg in p.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|l| *l != "..") {
                    parts.pop();
                } else if !rooted {
                    parts.push("..");
                }
            }
            s => parts.push(s),
        }
    }
    let j = parts.join("/");
    if rooted {
        format!("/{j}")
    } else if j.is_empty() {
        ".".into()
    } else {
        j
    }
}

pub fn path_base(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let t = p.trim_end_matches('/');
    if t.is_empty() {
        return "/".into();
    }
    t.rsplit('/').next().unwrap_or(t).to_string()
}

pub fn path_dir(p: &str) -> String {
    let i = p.rfind('/').map(|i| i + 1).unwrap_or(0);
    path_clean(&p[..i])
}

/// Go `%q` of a string (used by sprig quote).
pub fn go_quote(s: &str) -> String {
    quote(s)
}

fn b64_err(e: &base64::DecodeError) -> String {
    let off = match e {
        base64::DecodeError::InvalidByte(o, _) => *o,
        base64::DecodeError::InvalidLength(o) => *o,
        base64::DecodeError::InvalidLastSymbol(o, _) => *o,
        base64::DecodeError::InvalidPadding => 0,
    };
    format!("illegal base64 data at input byte {off}")
}
