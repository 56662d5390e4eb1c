//! Go `fmt` behaviour for template values: `%v` printing, Sprint/Sprintln/Sprintf,
//! float formatting like strconv, and strconv.Quote.

use super::value::Value;

/// Decimal digits and exponent of the shortest round-trip representation:
/// value = 0.d1d2d3... × 10^dp.
fn shortest_digits(f: f64) -> (String, i32) {
    let s = format!("{:e}", f.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = digits.trim_end_matches('0').to_string();
    if digits.is_empty() {
        return ("0".into(), 1);
    }
    (digits, exp + 1)
}

fn exp_suffix(exp: i32, upper: bool) -> String {
    let e = if upper { 'E' } else { 'e' };
    if exp < 0 {
        format!("{e}-{:02}", -exp)
    } else {
        format!("{e}+{:02}", exp)
    }
}

/// strconv.FormatFloat(f, 'g', -1, 64), which is also fmt's `%v`.
pub fn format_float_g(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    let neg = f.is_sign_negative();
    if f == 0.0 {
        return if neg { "-0".into() } else { "0".into() };
    }
    let (d, dp) = shortest_digits(f);
    let exp = dp - 1;
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if !(-4..6).contains(&exp) {
        out.push_str(&d[..1]);
        if d.len() > 1 {
            out.push('.');
            out.push_str(&d[1..]);
        }
        out.push_str(&exp_suffix(exp, false));
    } else {
        out.push_str(&fixed_from_digits(&d, dp, None));
    }
    out
}

/// Place digits with decimal point at dp; `frac` pads/truncates the fraction.
fn fixed_from_digits(d: &str, dp: i32, frac: Option<usize>) -> String {
    let mut out = String::new();
    if dp <= 0 {
        out.push('0');
        let mut f = "0".repeat((-dp) as usize);
        f.push_str(d);
        if let Some(n) = frac {
            f.truncate(n);
            while f.len() < n {
                f.push('0');
            }
        }
        if !f.is_empty() {
            out.push('.');
            out.push_str(&f);
        }
    } else {
        let dp = dp as usize;
        if d.len() <= dp {
            out.push_str(d);
            out.push_str(&"0".repeat(dp - d.len()));
            if let Some(n) = frac
                && n > 0
            {
                out.push('.');
                out.push_str(&"0".repeat(n));
            }
        } else {
            out.push_str(&d[..dp]);
            let mut f = d[dp..].to_string();
            if let Some(n) = frac {
                f.truncate(n);
                while f.len() < n {
                    f.push('0');
                }
            }
            if !f.is_empty() {
                out.push('.');
                out.push_str(&f);
            }
        }
    }
    out
}

/// `%e` with precision.
fn format_e(f: f64, prec: usize, upper: bool) -> String {
    let s = format!("{:.*e}", prec, f.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let sign = if f.is_sign_negative() { "-" } else { "" };
    format!("{sign}{mant}{}", exp_suffix(exp, upper))
}

/// `%g` with explicit precision.
fn format_g_prec(f: f64, prec: usize, upper: bool) -> String {
    let p = if prec == 0 { 1 } else { prec };
    let s = format!("{:.*e}", p - 1, f.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    let mut eprec = p as i32;
    if eprec > digits.len() as i32 && digits.len() as i32 > exp {
        eprec = digits.len() as i32;
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if exp < -4 || exp >= eprec {
        let mut m = digits[..1].to_string();
        if digits.len() > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        format!("{sign}{m}{}", exp_suffix(exp, upper))
    } else {
        format!("{sign}{}", fixed_from_digits(digits, exp + 1, None))
    }
}

/// strconv.Quote.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\x0b' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if is_go_printable(c) => out.push(c),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push('"');
    out
}

fn is_go_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        return (0x20..0x7f).contains(&u);
    }
    !(c.is_control()
        || (0x80..=0xa0).contains(&u)
        || u == 0x1680
        || (0x2000..=0x200a).contains(&u)
        || u == 0x202f
        || u == 0x205f
        || u == 0x3000
        || u == 0xad
        || (0x2028..=0x2029).contains(&u)
        || (0xe000..=0xf8ff).contains(&u)
        || (0xfff0..=0xfffb).contains(&u)
        || u == 0xfeff
        || (0x200b..=0x200f).contains(&u))
}

/// `%v` of a value (fmt.Sprint of a single operand).
pub fn fmt_v(v: &Value) -> String {
    let mut s = String::new();
    write_v(&mut s, v);
    s
}

pub fn write_v(out: &mut String, v: &Value) {
    match v {
        Value::Missing | Value::Nil => out.push_str("<nil>"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i) => {
            let mut b = itoa_buf(*i);
            out.push_str(&std::mem::take(&mut b));
        }
        Value::Float(f) => out.push_str(&format_float_g(*f)),
        Value::Str(s) => out.push_str(s),
        Value::List(l) => {
            out.push('[');
            for (i, e) in l.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                write_v(out, e);
            }
            out.push(']');
        }
        Value::Map(m) => {
            out.push_str("map[");
            for (i, (k, e)) in m.borrow().iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(k);
                out.push(':');
                write_v(out, e);
            }
            out.push(']');
        }
        Value::Obj(o) => out.push_str(&o.display()),
    }
}

fn itoa_buf(i: i64) -> String {
    i.to_string()
}

/// fmt.Sprint: spaces between operands when neither side is a string.
pub fn sprint(args: &[Value]) -> String {
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            let prev_str = matches!(args[i - 1], Value::Str(_));
            let cur_str = matches!(a, Value::Str(_));
            if !prev_str && !cur_str {
                out.push(' ');
            }
        }
        write_v(&mut out, a);
    }
    out
}

/// fmt.Sprintln.
pub fn sprintln(args: &[Value]) -> String {
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        write_v(&mut out, a);
    }
    out.push('\n');
    out
}

#[derive(Default, Clone, Copy)]
struct Flags {
    minus: bool,
    plus: bool,
    space: bool,
    zero: bool,
    sharp: bool,
    width: Option<usize>,
    prec: Option<usize>,
}

fn pad(s: String, fl: &Flags, numeric: bool) -> String {
    let Some(w) = fl.width else { return s };
    let n = s.chars().count();
    if n >= w {
        return s;
    }
    let fill = w - n;
    if fl.minus {
        format!("{s}{}", " ".repeat(fill))
    } else if fl.zero && numeric {
        // zero padding goes after the sign
        let (sign, rest) = if s.starts_with(['-', '+', ' ']) {
            s.split_at(1)
        } else {
            ("", s.as_str())
        };
        format!("{sign}{}{rest}", "0".repeat(fill))
    } else if fl.zero && !numeric {
        format!("{}{s}", "0".repeat(fill))
    } else {
        format!("{}{s}", " ".repeat(fill))
    }
}

fn bad_verb(verb: char, v: &Value, fl: &Flags) -> String {
    match v {
        Value::Missing | Value::Nil => format!("%!{verb}(<nil>)"),
        _ => format!("%!{verb}({}={})", v.type_name(), fmt_one(v, 'v', fl)),
    }
}

/// `%x` of a float: hexadecimal mantissa and binary exponent.
fn hex_float(f: f64, upper: bool) -> String {
    let neg = f.is_sign_negative();
    let a = f.abs();
    let body = if a == 0.0 {
        "0x0p+00".to_string()
    } else {
        let bits = a.to_bits();
        let mut exp = ((bits >> 52) & 0x7ff) as i64;
        let mut mant = bits & ((1u64 << 52) - 1);
        if exp == 0 {
            // subnormal: normalise
            let shift = mant.leading_zeros() as i64 - 11;
            mant = (mant << shift) & ((1u64 << 52) - 1);
            exp = 1 - shift;
        }
        let e = exp - 1023;
        let mut digits = format!("{mant:013x}");
        while digits.ends_with('0') {
            digits.pop();
        }
        let frac = if digits.is_empty() {
            String::new()
        } else {
            format!(".{digits}")
        };
        let sign = if e < 0 { '-' } else { '+' };
        format!("0x1{frac}p{sign}{:02}", e.abs())
    };
    let s = format!("{}{body}", if neg { "-" } else { "" });
    if upper { s.to_uppercase() } else { s }
}

fn sign_prefix(neg: bool, fl: &Flags) -> &'static str {
    if neg {
        "-"
    } else if fl.plus {
        "+"
    } else if fl.space {
        " "
    } else {
        ""
    }
}

fn fmt_int(i: i64, verb: char, fl: &Flags) -> String {
    let neg = i < 0;
    let u = i.unsigned_abs();
    let mut digits = match verb {
        'd' | 'v' => u.to_string(),
        'x' => format!("{u:x}"),
        'X' => format!("{u:X}"),
        'o' | 'O' => format!("{u:o}"),
        'b' => format!("{u:b}"),
        _ => u.to_string(),
    };
    if let Some(p) = fl.prec {
        while digits.len() < p {
            digits.insert(0, '0');
        }
        if p == 0 && u == 0 {
            digits.clear();
        }
    }
    let prefix = match verb {
        'x' if fl.sharp => "0x",
        'X' if fl.sharp => "0X",
        'o' if fl.sharp => "0",
        'O' => "0o",
        'b' if fl.sharp => "0b",
        _ => "",
    };
    let s = format!("{}{prefix}{digits}", sign_prefix(neg, fl));
    let mut fl2 = *fl;
    if fl.prec.is_some() {
        fl2.zero = false;
    }
    pad(s, &fl2, true)
}

fn fmt_float(f: f64, verb: char, fl: &Flags) -> String {
    let body = match verb {
        'v' | 'g' | 'G' => match fl.prec {
            None => {
                let s = format_float_g(f.abs());
                if verb == 'G' { s.to_uppercase() } else { s }
            }
            Some(p) => format_g_prec(f.abs(), p, verb == 'G'),
        },
        'f' | 'F' => {
            if f.is_finite() {
                format!("{:.*}", fl.prec.unwrap_or(6), f.abs())
            } else {
                format_float_g(f.abs())
            }
        }
        'e' | 'E' => format_e(f.abs(), fl.prec.unwrap_or(6), verb == 'E'),
        _ => format_float_g(f.abs()),
    };
    let body = if f.is_nan() {
        "NaN".to_string()
    } else {
        body.trim_start_matches('+').to_string()
    };
    let neg = f.is_sign_negative() && !f.is_nan();
    let s = if f.is_infinite() {
        format!(
            "{}Inf",
            if neg {
                "-"
            } else if fl.plus {
                "+"
            } else if fl.space {
                " "
            } else {
                ""
            }
        )
    } else {
        format!("{}{body}", sign_prefix(neg, fl))
    };
    let mut fl2 = *fl;
    if !f.is_finite() {
        fl2.zero = false;
    }
    pad(s, &fl2, true)
}

fn hex_str(s: &[u8], upper: bool, fl: &Flags) -> String {
    let mut out = String::new();
    for (i, b) in s.iter().enumerate() {
        if fl.space && i > 0 {
            out.push(' ');
        }
        if fl.sharp && (fl.space || i == 0) {
            out.push_str(if upper { "0X" } else { "0x" });
        }
        if upper {
            out.push_str(&format!("{b:02X}"));
        } else {
            out.push_str(&format!("{b:02x}"));
        }
    }
    out
}

fn fmt_one(v: &Value, verb: char, fl: &Flags) -> String {
    match v {
        Value::Missing | Value::Nil => match verb {
            'v' => pad("<nil>".into(), fl, false),
            'T' => pad("<nil>".into(), fl, false),
            _ => bad_verb(verb, v, fl),
        },
        Value::Bool(b) => match verb {
            'v' | 't' => pad(b.to_string(), fl, false),
            _ => bad_verb(verb, v, fl),
        },
        Value::Int(i) => match verb {
            'v' | 'd' | 'x' | 'X' | 'o' | 'O' | 'b' => fmt_int(*i, verb, fl),
            'c' => pad(
                char::from_u32(*i as u32).unwrap_or('\u{fffd}').to_string(),
                fl,
                false,
            ),
            'q' => pad(
                {
                    let c = char::from_u32(*i as u32).unwrap_or('\u{fffd}');
                    let q = quote(&c.to_string());
                    let inner = &q[1..q.len() - 1];
                    let inner = if inner == "\\\"" {
                        "\""
                    } else if c == '\'' {
                        "\\'"
                    } else {
                        inner
                    };
                    format!("'{inner}'")
                },
                fl,
                false,
            ),
            'U' => pad(format!("U+{:04X}", i), fl, false),
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => bad_verb(verb, v, fl),
            _ => bad_verb(verb, v, fl),
        },
        Value::Float(f) => match verb {
            'v' | 'g' | 'G' | 'f' | 'F' | 'e' | 'E' => fmt_float(*f, verb, fl),
            'x' | 'X' => pad(
                {
                    let h = hex_float(*f, verb == 'X');
                    if fl.plus && !h.starts_with('-') {
                        format!("+{h}")
                    } else {
                        h
                    }
                },
                fl,
                true,
            ),
            _ => bad_verb(verb, v, fl),
        },
        Value::Str(s) => match verb {
            'v' | 's' => {
                let s: String = match fl.prec {
                    Some(p) => s.chars().take(p).collect(),
                    None => s.to_string(),
                };
                pad(s, fl, false)
            }
            'q' => {
                let s: String = match fl.prec {
                    Some(p) => s.chars().take(p).collect(),
                    None => s.to_string(),
                };
                if fl.sharp && !s.contains('`') {
                    pad(format!("`{s}`"), fl, false)
                } else {
                    pad(quote(&s), fl, false)
                }
            }
            'x' | 'X' => {
                let b = s.as_bytes();
                let b = match fl.prec {
                    Some(p) if p < b.len() => &b[..p],
                    _ => b,
                };
                pad(hex_str(b, verb == 'X', fl), fl, false)
            }
            _ => bad_verb(verb, v, fl),
        },
        Value::List(l) => {
            if verb == 'T' {
                return pad(v.type_name(), fl, false);
            }
            let mut out = String::from("[");
            for (i, e) in l.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(&fmt_one(e, verb, fl));
            }
            out.push(']');
            out
        }
        Value::Map(m) => {
            let mut out = String::from("map[");
            for (i, (k, e)) in m.borrow().iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(&fmt_one(&Value::str(k), verb, fl));
                out.push(':');
                out.push_str(&fmt_one(e, verb, fl));
            }
            out.push(']');
            out
        }
        Value::Obj(o) => match (verb, o.scalar()) {
            ('v' | 's', _) => pad(o.display(), fl, false),
            // A named number prints its String for the string verbs, its number otherwise.
            ('q' | 'x' | 'X', Some(_)) => fmt_one(&Value::string(o.display()), verb, fl),
            (_, Some(x)) => fmt_one(&x, verb, fl),
            _ => format!("%!{verb}({}={})", o.type_name(), o.display()),
        },
    }
}

/// fmt.Sprintf over template values.
/// Go's fmt treats widths and precisions beyond a million as bad (`tooLarge`).
const GO_NUM_LIMIT: usize = 1_000_000;

fn too_large(v: &Value) -> bool {
    matches!(v, Value::Int(n) if n.unsigned_abs() > GO_NUM_LIMIT as u64)
}

pub fn sprintf(format: &str, args: &[Value]) -> String {
    let mut out = String::with_capacity(format.len() + 16);
    let mut argi = 0usize;
    let chars: Vec<char> = format.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let mut fl = Flags::default();
        while i < chars.len() {
            match chars[i] {
                '-' => {
                    fl.minus = true;
                    fl.zero = false
                }
                '+' => fl.plus = true,
                ' ' => fl.space = true,
                '0' => fl.zero = !fl.minus,
                '#' => fl.sharp = true,
                _ => break,
            }
            i += 1;
        }
        // width
        if i < chars.len() && chars[i] == '*' {
            i += 1;
            if let Some(Value::Int(w)) = args.get(argi).filter(|w| !too_large(w)) {
                if *w < 0 {
                    fl.minus = true;
                    fl.width = Some(w.unsigned_abs() as usize);
                } else {
                    fl.width = Some(*w as usize);
                }
            } else {
                out.push_str("%!(BADWIDTH)");
            }
            argi += 1;
        } else {
            let mut w = None;
            while i < chars.len() && chars[i].is_ascii_digit() {
                if w.is_some_and(|w| w > GO_NUM_LIMIT) {
                    // Go stops at a crazy long number and consumes the rest of the format.
                    (w, i) = (None, chars.len());
                    break;
                }
                w = Some(w.unwrap_or(0) * 10 + chars[i].to_digit(10).unwrap_or(0) as usize);
                i += 1;
            }
            fl.width = w;
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                i += 1;
                if let Some(Value::Int(p)) = args.get(argi).filter(|p| !too_large(p)) {
                    fl.prec = if *p < 0 { None } else { Some(*p as usize) };
                } else {
                    out.push_str("%!(BADPREC)");
                }
                argi += 1;
            } else {
                let mut p = 0usize;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    if p > GO_NUM_LIMIT {
                        (p, i) = (0, chars.len());
                        break;
                    }
                    p = p * 10 + chars[i].to_digit(10).unwrap_or(0) as usize;
                    i += 1;
                }
                fl.prec = Some(p);
            }
        }
        if i >= chars.len() {
            out.push_str("%!(NOVERB)");
            break;
        }
        let verb = chars[i];
        i += 1;
        if verb == '%' {
            out.push('%');
            continue;
        }
        let Some(arg) = args.get(argi) else {
            out.push_str(&format!("%!{verb}(MISSING)"));
            continue;
        };
        argi += 1;
        if verb == 'T' {
            out.push_str(&pad(arg.type_name(), &fl, false));
            continue;
        }
        if verb == 'v' && fl.sharp {
            out.push_str(&go_syntax(arg));
            continue;
        }
        if verb == 'v' {
            // %+v and %#v flags do not mean sign/alternate form
            fl.plus = false;
        }
        out.push_str(&fmt_one(arg, verb, &fl));
    }
    if argi < args.len() {
        out.push_str("%!(EXTRA ");
        for (k, a) in args[argi..].iter().enumerate() {
            if k > 0 {
                out.push_str(", ");
            }
            match a {
                Value::Missing | Value::Nil => out.push_str("<nil>"),
                _ => {
                    out.push_str(&a.type_name());
                    out.push('=');
                    out.push_str(&fmt_v(a));
                }
            }
        }
        out.push(')');
    }
    out
}

/// `%#v`.
fn go_syntax(v: &Value) -> String {
    match v {
        Value::Missing | Value::Nil => "<nil>".into(),
        Value::Str(s) => quote(s),
        Value::Float(f) => format_float_g(*f),
        Value::List(l) => format!(
            "[]interface {{}}{{{}}}",
            l.iter().map(go_syntax).collect::<Vec<_>>().join(", ")
        ),
        Value::Map(m) => format!(
            "map[string]interface {{}}{{{}}}",
            m.borrow()
                .iter()
                .map(|(k, v)| format!("{}:{}", quote(k), go_syntax(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => fmt_v(other),
    }
}
