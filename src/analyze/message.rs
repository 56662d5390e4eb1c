//! A message emitted by an analyzer, and rendering its text from the catalog template.

use super::messages::MessageType;

/// Message severity, ordered from least to most severe (istioctl's names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Info,
    Warning,
    Error,
}

/// A template argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Str(String),
    Int(i64),
    List(Vec<String>),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Int(n)
    }
}
impl From<Vec<String>> for Arg {
    fn from(v: Vec<String>) -> Self {
        Arg::List(v)
    }
}

/// One finding, tied to the resource it is about (an index into the snapshot).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub mtype: &'static MessageType,
    pub args: Vec<Arg>,
    pub resource: Option<usize>,
    /// A more precise line than the resource's first line, when known.
    pub line: Option<usize>,
}

impl Message {
    pub fn new(mtype: &'static MessageType, resource: Option<usize>, args: Vec<Arg>) -> Self {
        Message {
            mtype,
            args,
            resource,
            line: None,
        }
    }
    pub fn code(&self) -> &'static str {
        self.mtype.code
    }
    pub fn level(&self) -> Level {
        self.mtype.level
    }
    /// The rendered text.
    pub fn text(&self) -> String {
        sprintf(self.mtype.template, &self.args)
    }
}

/// Go's `%q` (strconv.Quote), shared with the template engine.
pub fn go_quote(s: &str) -> String {
    gotmpl::fmt::quote(s)
}

fn plain(a: &Arg) -> String {
    match a {
        Arg::Str(s) => s.clone(),
        Arg::Int(n) => n.to_string(),
        Arg::List(v) => format!("[{}]", v.join(" ")),
    }
}

/// A small subset of Go's `fmt.Sprintf`: `%s`, `%v`, `%q`, `%d`, `%%`.
pub fn sprintf(template: &str, args: &[Arg]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut it = args.iter();
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(verb) = chars.next() else {
            out.push_str("%!(NOVERB)");
            break;
        };
        if verb == '%' {
            out.push('%');
            continue;
        }
        let Some(a) = it.next() else {
            out.push_str(&format!("%!{verb}(MISSING)"));
            continue;
        };
        match verb {
            'q' => match a {
                Arg::Str(s) => out.push_str(&go_quote(s)),
                Arg::Int(n) => out.push_str(&format!("'{}'", n)),
                Arg::List(v) => {
                    let q: Vec<String> = v.iter().map(|s| go_quote(s)).collect();
                    out.push_str(&format!("[{}]", q.join(" ")));
                }
            },
            _ => out.push_str(&plain(a)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_go_verbs() {
        let s = sprintf(
            "Referenced %s not found: %q (%d) %v 100%%",
            &[
                "host".into(),
                "a\"b".into(),
                Arg::Int(3),
                Arg::List(vec!["x".into(), "y".into()]),
            ],
        );
        assert_eq!(s, "Referenced host not found: \"a\\\"b\" (3) [x y] 100%");
    }
}
