//! Serialisers matching Go: encoding/json (`toJson`) and sigs.k8s.io/yaml (`toYaml`,
//! which is JSON → go-yaml v2: sorted keys, 2-space indent, unindented sequences,
//! quoting of ambiguous strings, `|-` literal blocks, line folding at 80 columns).

use super::fmt::format_float_g;
use super::value::Value;

// ---------------- JSON ----------------

/// Go's encoding/json float formatting.
pub fn json_float(f: f64) -> String {
    let a = f.abs();
    if a != 0.0 && !(1e-6..1e21).contains(&a) {
        let s = format!("{:e}", f);
        // Rust: 1e-7 / 1.5e21 ; Go: 1e-07 / 1.5e+21
        let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
        let e: i32 = e.parse().unwrap_or(0);
        if e < 0 {
            format!("{m}e-{}", -e)
        } else {
            format!("{m}e+{e}")
        }
    } else if f == 0.0 {
        if f.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        }
    } else {
        // shortest repr in fixed notation
        let s = format!("{}", f);
        s
    }
}

fn json_str(out: &mut String, s: &str, html: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '<' | '>' | '&' if html => out.push_str(&format!("\\u{:04x}", c as u32)),
            '\u{2028}' | '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn json_write(out: &mut String, v: &Value, html: bool, indent: Option<&str>, level: usize) {
    let nl = |out: &mut String, level: usize| {
        if let Some(ind) = indent {
            out.push('\n');
            for _ in 0..level {
                out.push_str(ind);
            }
        }
    };
    match v {
        Value::Missing | Value::Nil => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::Float(f) => {
            if f.is_finite() {
                out.push_str(&json_float(*f))
            } else {
                out.push_str("null")
            }
        }
        Value::Str(s) => json_str(out, s, html),
        Value::List(l) => {
            if l.is_empty() {
                out.push_str("[]");
                return;
            }
            out.push('[');
            for (i, e) in l.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                nl(out, level + 1);
                json_write(out, e, html, indent, level + 1);
            }
            nl(out, level);
            out.push(']');
        }
        Value::Map(m) => {
            let m = m.borrow();
            if m.is_empty() {
                out.push_str("{}");
                return;
            }
            out.push('{');
            for (i, (k, e)) in m.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                nl(out, level + 1);
                json_str(out, k, html);
                out.push(':');
                if indent.is_some() {
                    out.push(' ');
                }
                json_write(out, e, html, indent, level + 1);
            }
            nl(out, level);
            out.push('}');
        }
        Value::Obj(o) => match o.json_text() {
            Some(t) if indent.is_none() => out.push_str(&t),
            _ => json_write(out, &o.to_value(), html, indent, level),
        },
    }
}

/// json.Marshal (html=true escapes <>&) or MarshalIndent with `indent`.
pub fn to_json(v: &Value, html: bool, indent: Option<&str>) -> String {
    let mut s = String::new();
    json_write(&mut s, v, html, indent, 0);
    s
}

/// Why JSON input could not be read (the JSON parser's own message).
#[derive(Debug, thiserror::Error)]
pub enum JsonInputError {
    #[error(transparent)]
    Syntax(#[from] serde_json::Error),
}

/// json.Unmarshal into interface{} (numbers float64).
pub fn from_json(s: &str) -> Result<Value, JsonInputError> {
    let j: serde_json::Value = serde_json::from_str(s)?;
    Ok(Value::from_json(&j))
}

// ---------------- YAML ----------------

/// Numbers as go-yaml sees them after the JSON round trip.
fn yaml_number(f: f64) -> String {
    if f.is_nan() {
        return ".nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            "+.inf".into()
        } else {
            "-.inf".into()
        };
    }
    let j = json_float(f);
    if !j.contains(['.', 'e']) {
        // integer literal: int64 or uint64 parse succeeds, otherwise float
        if j.parse::<i64>().is_ok() || j.parse::<u64>().is_ok() {
            return j;
        }
    }
    format_float_g(f)
}

fn is_base60_float(s: &str) -> bool {
    // [-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?
    let b = s.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
        i += 1;
    }
    if i >= b.len() || !b[i].is_ascii_digit() {
        return false;
    }
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
        i += 1;
    }
    let mut groups = 0;
    while i < b.len() && b[i] == b':' {
        i += 1;
        let st = i;
        while i < b.len() && b[i].is_ascii_digit() && i - st < 2 {
            i += 1;
        }
        let g = &s[st..i];
        if g.is_empty() || (g.len() == 2 && g.as_bytes()[0] > b'5') {
            return false;
        }
        groups += 1;
    }
    if groups == 0 {
        return false;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
            i += 1;
        }
    }
    i == b.len()
}

fn is_timestamp(s: &str) -> bool {
    // go-yaml v2 accepts: 2006-1-2T15:4:5.999999999Z07:00, 2006-1-2t15:4:5..., 2006-1-2 15:4:5..., 2006-1-2
    let b = s.as_bytes();
    let digits = |i: &mut usize, min: usize, max: usize| -> bool {
        let st = *i;
        while *i < b.len() && b[*i].is_ascii_digit() && *i - st < max {
            *i += 1;
        }
        *i - st >= min
    };
    let mut i = 0;
    if !digits(&mut i, 4, 4) || i >= b.len() || b[i] != b'-' {
        return false;
    }
    i += 1;
    if !digits(&mut i, 1, 2) || i >= b.len() || b[i] != b'-' {
        return false;
    }
    i += 1;
    if !digits(&mut i, 1, 2) {
        return false;
    }
    if i == b.len() {
        return true;
    }
    // with time part: use a loose check (time.Parse layouts)
    let rest = &s[i..];
    let sep = rest.as_bytes()[0];
    if sep != b'T' && sep != b't' && sep != b' ' {
        return false;
    }
    let t = &rest[1..];
    let tb = t.as_bytes();
    let mut j = 0;
    let dig = |j: &mut usize| {
        let st = *j;
        while *j < tb.len() && tb[*j].is_ascii_digit() && *j - st < 2 {
            *j += 1;
        }
        *j > st
    };
    if !dig(&mut j) || j >= tb.len() || tb[j] != b':' {
        return false;
    }
    j += 1;
    if !dig(&mut j) || j >= tb.len() || tb[j] != b':' {
        return false;
    }
    j += 1;
    if !dig(&mut j) {
        return false;
    }
    if j < tb.len() && tb[j] == b'.' {
        j += 1;
        while j < tb.len() && tb[j].is_ascii_digit() {
            j += 1;
        }
    }
    let tz = &t[j..];
    if sep == b' ' {
        return tz.is_empty();
    }
    tz.is_empty()
        || tz == "Z"
        || (tz.len() == 6
            && (tz.starts_with('+') || tz.starts_with('-'))
            && tz.as_bytes()[3] == b':')
}

/// Whether go-yaml v2 would resolve the plain scalar `s` to something other than a string.
pub fn yaml_resolves_non_string(s: &str) -> bool {
    if s.is_empty() {
        return true;
    }
    match s {
        "y" | "Y" | "yes" | "Yes" | "YES" | "n" | "N" | "no" | "No" | "NO" | "true" | "True"
        | "TRUE" | "false" | "False" | "FALSE" | "on" | "On" | "ON" | "off" | "Off" | "OFF"
        | "~" | "null" | "Null" | "NULL" | ".nan" | ".NaN" | ".NAN" | ".inf" | ".Inf" | ".INF"
        | "+.inf" | "+.Inf" | "+.INF" | "-.inf" | "-.Inf" | "-.INF" => {
            return true;
        }
        _ => {}
    }
    let c = s.as_bytes()[0];
    if !(c == b'+' || c == b'-' || c == b'.' || c.is_ascii_digit()) {
        return false;
    }
    let plain = s.replace('_', "");
    if super::funcs::conv::parse_int_base0(&plain).is_some() {
        return true;
    }
    if let Some(rest) = plain.strip_prefix("0b")
        && !rest.is_empty()
        && rest.bytes().all(|c| c == b'0' || c == b'1')
    {
        return true;
    }
    if let Some(rest) = plain.strip_prefix("-0b")
        && !rest.is_empty()
        && rest.bytes().all(|c| c == b'0' || c == b'1')
    {
        return true;
    }
    if plain.parse::<u64>().is_ok() {
        return true;
    }
    if go_parse_float_ok(&plain) {
        return true;
    }
    if c.is_ascii_digit() && is_timestamp(s) {
        return true;
    }
    false
}

fn go_parse_float_ok(s: &str) -> bool {
    // strconv.ParseFloat: decimal or hex floats, inf/nan words excluded by caller's hint
    let t = s.strip_prefix(['+', '-']).unwrap_or(s);
    if t.is_empty() {
        return false;
    }
    let lower = t.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" || lower == "nan" {
        return true;
    }
    if lower.starts_with("0x") {
        return false;
    }
    let b = lower.as_bytes();
    let mut i = 0;
    let mut digits = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
        digits += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return false;
    }
    if i < b.len() && b[i] == b'e' {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let st = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == st {
            return false;
        }
    }
    i == b.len()
}

#[derive(Default)]
struct Analysis {
    multiline: bool,
    flow_plain: bool,
    block_plain: bool,
    single: bool,
    block: bool,
}

fn is_printable(c: char) -> bool {
    let u = c as u32;
    u == 0x0a
        || (0x20..=0x7e).contains(&u)
        || u == 0x85
        || (0xa0..=0xd7ff).contains(&u)
        || ((0xe000..=0xfffd).contains(&u) && u != 0xfeff)
        || (0x10000..=0x10ffff).contains(&u)
}

fn is_break(c: char) -> bool {
    matches!(c, '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn analyze(s: &str) -> Analysis {
    if s.is_empty() {
        return Analysis {
            multiline: false,
            flow_plain: false,
            block_plain: true,
            single: true,
            block: false,
        };
    }
    let mut a = Analysis {
        flow_plain: true,
        block_plain: true,
        single: true,
        block: true,
        ..Default::default()
    };
    if s.starts_with("---") || s.starts_with("...") {
        a.flow_plain = false;
        a.block_plain = false;
    }
    let (mut flow_ind, mut block_ind, mut line_breaks, mut special) = (false, false, false, false);
    let (mut leading_space, mut leading_break, mut trailing_space, mut trailing_break) =
        (false, false, false, false);
    let (mut break_space, mut space_break) = (false, false);
    let (mut prev_space, mut prev_break) = (false, false);
    let chars: Vec<char> = s.chars().collect();
    let mut preceded_ws = true;
    let n = chars.len();
    for i in 0..n {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let followed_ws = match next {
            None => true,
            Some(x) => x == ' ' || x == '\t' || is_break(x),
        };
        if i == 0 {
            match c {
                '#' | ',' | '[' | ']' | '{' | '}' | '&' | '*' | '!' | '|' | '>' | '\'' | '"'
                | '%' | '@' | '`' => {
                    flow_ind = true;
                    block_ind = true;
                }
                '?' | ':' => {
                    flow_ind = true;
                    if followed_ws {
                        block_ind = true;
                    }
                }
                '-' if followed_ws => {
                    flow_ind = true;
                    block_ind = true;
                }
                _ => {}
            }
        } else {
            match c {
                ',' | '?' | '[' | ']' | '{' | '}' => flow_ind = true,
                ':' => {
                    flow_ind = true;
                    if followed_ws {
                        block_ind = true;
                    }
                }
                '#' if preceded_ws => {
                    flow_ind = true;
                    block_ind = true;
                }
                _ => {}
            }
        }
        if !is_printable(c) || c == '\u{feff}' {
            special = true;
        }
        if is_break(c) {
            line_breaks = true;
        }
        if c == ' ' {
            if i == 0 {
                leading_space = true;
            }
            if i == n - 1 {
                trailing_space = true;
            }
            if prev_break {
                break_space = true;
            }
            prev_space = true;
            prev_break = false;
        } else if is_break(c) {
            if i == 0 {
                leading_break = true;
            }
            if i == n - 1 {
                trailing_break = true;
            }
            if prev_space {
                space_break = true;
            }
            prev_space = false;
            prev_break = true;
        } else {
            prev_space = false;
            prev_break = false;
        }
        preceded_ws = c == ' ' || c == '\t' || is_break(c);
    }
    a.multiline = line_breaks;
    if leading_space || leading_break || trailing_space || trailing_break {
        a.flow_plain = false;
        a.block_plain = false;
    }
    if trailing_space {
        a.block = false;
    }
    if break_space {
        a.flow_plain = false;
        a.block_plain = false;
        a.single = false;
    }
    if space_break || special {
        a.flow_plain = false;
        a.block_plain = false;
        a.single = false;
        a.block = false;
    }
    if line_breaks {
        a.flow_plain = false;
        a.block_plain = false;
    }
    if flow_ind {
        a.flow_plain = false;
    }
    if block_ind {
        a.block_plain = false;
    }
    a
}

#[derive(Clone, Copy, PartialEq)]
enum Style {
    Plain,
    Single,
    Double,
    Literal,
}

const BEST_WIDTH: usize = 80;

struct Emitter {
    out: String,
    column: usize,
}

impl Emitter {
    fn write(&mut self, s: &str) {
        self.out.push_str(s);
        self.column += s.chars().count();
    }
    fn newline_indent(&mut self, indent: usize) {
        self.out.push('\n');
        for _ in 0..indent {
            self.out.push(' ');
        }
        self.column = indent;
    }

    fn choose(&self, s: &str, simple_key: bool) -> Style {
        let a = analyze(s);
        let requested = if yaml_resolves_non_string(s) || is_base60_float(s) {
            Style::Double
        } else if s.contains('\n') {
            Style::Literal
        } else {
            Style::Plain
        };
        let mut style = requested;
        if style == Style::Plain
            && (!a.block_plain || (s.is_empty() && simple_key) || (a.multiline && simple_key))
        {
            style = Style::Single;
        }
        if style == Style::Single && !a.single {
            style = Style::Double;
        }
        if style == Style::Literal && (!a.block || simple_key) {
            style = Style::Double;
        }
        style
    }

    fn scalar(&mut self, s: &str, indent: usize, simple_key: bool) {
        match self.choose(s, simple_key) {
            Style::Plain => self.plain(s, indent, !simple_key),
            Style::Single => self.single(s, indent, !simple_key),
            Style::Double => self.double(s, indent, !simple_key),
            Style::Literal => self.literal(s, indent),
        }
    }

    fn plain(&mut self, s: &str, indent: usize, allow_breaks: bool) {
        let chars: Vec<char> = s.chars().collect();
        let mut spaces = false;
        for (i, &c) in chars.iter().enumerate() {
            if c == ' ' {
                let next_space = chars.get(i + 1) == Some(&' ');
                if allow_breaks && !spaces && self.column > BEST_WIDTH && !next_space {
                    self.newline_indent(indent);
                } else {
                    self.out.push(' ');
                    self.column += 1;
                }
                spaces = true;
            } else {
                self.out.push(c);
                self.column += 1;
                spaces = false;
            }
        }
    }

    fn single(&mut self, s: &str, indent: usize, allow_breaks: bool) {
        self.write("'");
        let chars: Vec<char> = s.chars().collect();
        let mut spaces = false;
        let n = chars.len();
        for (i, &c) in chars.iter().enumerate() {
            if c == ' ' {
                let next_space = chars.get(i + 1) == Some(&' ');
                if allow_breaks
                    && !spaces
                    && self.column > BEST_WIDTH
                    && i != 0
                    && i != n - 1
                    && !next_space
                {
                    self.newline_indent(indent);
                } else {
                    self.out.push(' ');
                    self.column += 1;
                }
                spaces = true;
            } else {
                if c == '\'' {
                    self.out.push('\'');
                    self.column += 1;
                }
                self.out.push(c);
                self.column += 1;
                spaces = false;
            }
        }
        self.write("'");
    }

    fn double(&mut self, s: &str, indent: usize, allow_breaks: bool) {
        self.write("\"");
        let chars: Vec<char> = s.chars().collect();
        let mut spaces = false;
        let n = chars.len();
        for (i, &c) in chars.iter().enumerate() {
            let u = c as u32;
            if !is_printable(c) || c == '\u{feff}' || is_break(c) || c == '"' || c == '\\' {
                let esc = match c {
                    '\0' => "\\0".to_string(),
                    '\x07' => "\\a".into(),
                    '\x08' => "\\b".into(),
                    '\t' => "\\t".into(),
                    '\n' => "\\n".into(),
                    '\x0b' => "\\v".into(),
                    '\x0c' => "\\f".into(),
                    '\r' => "\\r".into(),
                    '\x1b' => "\\e".into(),
                    '"' => "\\\"".into(),
                    '\\' => "\\\\".into(),
                    '\u{85}' => "\\N".into(),
                    '\u{a0}' => "\\_".into(),
                    '\u{2028}' => "\\L".into(),
                    '\u{2029}' => "\\P".into(),
                    _ if u <= 0xff => format!("\\x{u:02X}"),
                    _ if u <= 0xffff => format!("\\u{u:04X}"),
                    _ => format!("\\U{u:08X}"),
                };
                self.write(&esc);
                spaces = false;
            } else if c == ' ' {
                if allow_breaks && !spaces && self.column > BEST_WIDTH && i != 0 && i != n - 1 {
                    self.newline_indent(indent);
                    if chars.get(i + 1) == Some(&' ') {
                        self.write("\\");
                    }
                } else {
                    self.write(" ");
                }
                spaces = true;
            } else {
                self.out.push(c);
                self.column += 1;
                spaces = false;
            }
        }
        self.write("\"");
    }

    fn literal(&mut self, s: &str, indent: usize) {
        self.write("|");
        if s.starts_with(' ') || s.starts_with('\n') {
            self.write("2");
        }
        let trailing = s.len() - s.trim_end_matches('\n').len();
        if !s.ends_with('\n') {
            self.write("-");
        } else if trailing >= 2 || s.len() == 1 {
            self.write("+");
        }
        let body = s.strip_suffix('\n').unwrap_or(s);
        for line in body.split('\n') {
            if line.is_empty() {
                self.out.push('\n');
                self.column = 0;
            } else {
                self.newline_indent(indent);
                self.write(line);
            }
        }
    }

    fn is_scalarish(v: &Value) -> bool {
        match v {
            Value::List(l) => l.is_empty(),
            Value::Map(m) => m.borrow().is_empty(),
            _ => true,
        }
    }

    fn scalar_value(&mut self, v: &Value, indent: usize) {
        match v {
            Value::Missing | Value::Nil => self.write("null"),
            Value::Bool(b) => self.write(if *b { "true" } else { "false" }),
            Value::Int(i) => self.write(&i.to_string()),
            Value::Float(f) => self.write(&yaml_number(*f)),
            Value::Str(s) => self.scalar(s, indent, false),
            Value::List(_) => self.write("[]"),
            Value::Map(_) => self.write("{}"),
            Value::Obj(o) => {
                let v = o.to_value();
                self.scalar_value(&v, indent)
            }
        }
    }

    /// A block node starting at the current position; `indent` is its indentation.
    fn node(&mut self, v: &Value, indent: usize) {
        match v {
            Value::Map(m) if !m.borrow().is_empty() => {
                let m = m.borrow();
                let mut keys: Vec<&String> = m.keys().collect();
                keys.sort_by(|a, b| yaml_key_cmp(a, b));
                for (i, k) in keys.into_iter().enumerate() {
                    if i > 0 {
                        self.newline_indent(indent);
                    }
                    if k.contains(is_break) || k.chars().count() > 128 {
                        // not a simple key: explicit `? key` / `: value`
                        self.write("? ");
                        self.scalar(k, indent + 2, false);
                        self.newline_indent(indent);
                    } else {
                        self.scalar(k, indent, true);
                    }
                    self.write(":");
                    let val = &m[k];
                    match val {
                        Value::Map(_) if !Self::is_scalarish(val) => {
                            self.newline_indent(indent + 2);
                            self.node(val, indent + 2);
                        }
                        Value::List(_) if !Self::is_scalarish(val) => {
                            self.newline_indent(indent);
                            self.node(val, indent);
                        }
                        Value::Obj(o) => {
                            let v = o.to_value();
                            self.write(" ");
                            self.scalar_value(&v, indent + 2);
                        }
                        _ => {
                            self.write(" ");
                            self.scalar_value(val, indent + 2);
                        }
                    }
                }
            }
            Value::List(l) if !l.is_empty() => {
                for (i, e) in l.iter().enumerate() {
                    if i > 0 {
                        self.newline_indent(indent);
                    }
                    self.write("- ");
                    if Self::is_scalarish(e) {
                        self.scalar_value(e, indent + 2);
                    } else {
                        self.node(e, indent + 2);
                    }
                }
            }
            other => self.scalar_value(other, indent),
        }
    }
}

/// go-yaml v2 key order (numbers inside keys compare numerically).
pub fn yaml_key_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let ar: Vec<char> = a.chars().collect();
    let br: Vec<char> = b.chars().collect();
    let less = |x: &[char], y: &[char]| -> bool {
        let mut i = 0;
        while i < x.len() && i < y.len() {
            if x[i] == y[i] {
                i += 1;
                continue;
            }
            let al = x[i].is_alphabetic();
            let bl = y[i].is_alphabetic();
            if al && bl {
                return x[i] < y[i];
            }
            if al || bl {
                return bl;
            }
            let (mut an, mut bn): (i64, i64) = (0, 0);
            if x[i] == '0' || y[i] == '0' {
                let mut j = i as isize - 1;
                while j >= 0 && x[j as usize].is_ascii_digit() {
                    if x[j as usize] != '0' {
                        an = 1;
                        bn = 1;
                        break;
                    }
                    j -= 1;
                }
            }
            let mut ai = i;
            while ai < x.len() && x[ai].is_ascii_digit() {
                an = an.wrapping_mul(10).wrapping_add(x[ai] as i64 - '0' as i64);
                ai += 1;
            }
            let mut bi = i;
            while bi < y.len() && y[bi].is_ascii_digit() {
                bn = bn.wrapping_mul(10).wrapping_add(y[bi] as i64 - '0' as i64);
                bi += 1;
            }
            if an != bn {
                return an < bn;
            }
            if ai != bi {
                return ai < bi;
            }
            return x[i] < y[i];
        }
        x.len() < y.len()
    };
    if less(&ar, &br) {
        Ordering::Less
    } else if less(&br, &ar) {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}

/// sigs.k8s.io/yaml Marshal output (with trailing newline).
/// `v` with every object replaced by its plain value, at any depth.
fn plain(v: &Value) -> Value {
    match v {
        Value::Obj(o) => plain(&o.to_value()),
        Value::List(l) if l.iter().any(has_obj) => Value::list(l.iter().map(plain).collect()),
        Value::Map(m) if m.borrow().values().any(has_obj) => {
            Value::vmap(m.borrow().map_values(plain))
        }
        other => other.clone(),
    }
}

fn has_obj(v: &Value) -> bool {
    match v {
        Value::Obj(_) => true,
        Value::List(l) => l.iter().any(has_obj),
        Value::Map(m) => m.borrow().values().any(has_obj),
        _ => false,
    }
}

pub fn to_yaml(v: &Value) -> String {
    let mut e = Emitter {
        out: String::new(),
        column: 0,
    };
    let v = &plain(v);
    e.node(v, 0);
    e.out.push('\n');
    e.out
}
