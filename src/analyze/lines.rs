//! Finding the line of a field inside a resource's YAML text (`spec.gateways[0]`), so messages
//! can point at the offending field as istioctl does. Block-style YAML is walked by indentation;
//! when the path cannot be followed (flow style, JSON, lists), callers fall back to the
//! resource's first line.

/// One step of a field path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

struct Line<'a> {
    indent: usize,
    /// Column of the mapping key on this line (after any `- ` markers) and the key itself.
    key: Option<(usize, &'a str)>,
    /// Column of a `- ` list marker at the start of the content.
    dash: Option<usize>,
    /// Whether the value after `key:` is on the same line.
    inline_value: bool,
}

fn parse_line(l: &str) -> Option<Line<'_>> {
    let trimmed = l.trim_start();
    if trimmed.is_empty() || trimmed.starts_with('#') || trimmed == "---" {
        return None;
    }
    let indent = l.len() - trimmed.len();
    let mut col = indent;
    let mut rest = trimmed;
    let dash = (rest.starts_with("- ") || rest == "-").then_some(indent);
    while rest.starts_with("- ") {
        rest = &rest[2..];
        let t = rest.trim_start();
        col += 2 + (rest.len() - t.len());
        rest = t;
    }
    let key = key_of(rest).map(|(k, after)| (col, k, after));
    Some(Line {
        indent,
        key: key.map(|(c, k, _)| (c, k)),
        dash,
        inline_value: key.is_some_and(|(_, _, after)| {
            let a = after.trim();
            !a.is_empty() && !a.starts_with('#')
        }),
    })
}

/// `key: rest` → (key, rest), with plain or quoted keys.
fn key_of(s: &str) -> Option<(&str, &str)> {
    for q in ['"', '\''] {
        if let Some(body) = s.strip_prefix(q) {
            let end = body.find(q)?;
            let after = body[end + 1..].strip_prefix(':')?;
            if after.is_empty() || after.starts_with(' ') {
                return Some((&body[..end], after));
            }
            return None;
        }
    }
    let mut search = 0;
    while let Some(i) = s[search..].find(':') {
        let at = search + i;
        let after = &s[at + 1..];
        if after.is_empty() || after.starts_with(' ') {
            let k = &s[..at];
            if k.starts_with(['{', '[']) {
                return None;
            }
            return Some((k, after));
        }
        search = at + 1;
    }
    None
}

/// The 1-based line of `path` in `text` (whose first line is `first_line`), if it can be found.
pub fn field_line(text: &str, first_line: usize, path: &[Seg]) -> Option<usize> {
    let lines: Vec<Option<Line>> = text.lines().map(parse_line).collect();
    let (mut start, mut end) = (0usize, lines.len());
    // When entering a list item, its first key sits on the item line itself.
    let mut found: Option<usize> = None;
    for (n, seg) in path.iter().enumerate() {
        match *seg {
            Seg::Key(k) => {
                let child_col = (start..end)
                    .find_map(|i| lines[i].as_ref().and_then(|l| l.key.map(|(c, _)| c)))?;
                let at = (start..end).find(|&i| {
                    lines[i]
                        .as_ref()
                        .and_then(|l| l.key)
                        .is_some_and(|(c, key)| c == child_col && key == k)
                })?;
                found = Some(at);
                let l = lines[at].as_ref()?;
                if l.inline_value {
                    // A scalar or flow value: the path cannot go deeper than this line.
                    return if n + 1 == path.len() {
                        Some(first_line + at)
                    } else {
                        found.map(|f| first_line + f)
                    };
                }
                let col = l.key?.0;
                let stop = (at + 1..end)
                    .find(|&i| {
                        lines[i].as_ref().is_some_and(|x| {
                            x.indent < col || (x.indent == col && x.dash.is_none())
                        })
                    })
                    .unwrap_or(end);
                start = at + 1;
                end = stop;
            }
            Seg::Index(idx) => {
                let list_col = (start..end).find_map(|i| lines[i].as_ref().map(|l| l.indent))?;
                let items: Vec<usize> = (start..end)
                    .filter(|&i| lines[i].as_ref().is_some_and(|l| l.dash == Some(list_col)))
                    .collect();
                let at = *items.get(idx)?;
                found = Some(at);
                let stop = items.get(idx + 1).copied().unwrap_or(end);
                start = at;
                end = stop;
            }
        }
    }
    found.map(|f| first_line + f)
}

/// Parses a dotted path like `spec.http[0].route[1].destination.host`.
pub fn parse_path(p: &str) -> Vec<Seg<'_>> {
    let mut out = Vec::new();
    for part in p.split('.') {
        let (key, rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            out.push(Seg::Key(key));
        }
        for idx in rest.split('[').filter(|s| !s.is_empty()) {
            if let Ok(n) = idx.trim_end_matches(']').parse() {
                out.push(Seg::Index(n));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const VS: &str = "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: web # comment\n  annotations:\n    \"a/b\": x\nspec:\n  hosts:\n  - web\n  gateways:\n    - gw-a\n    - gw-b\n  http:\n  - match:\n    - uri:\n        prefix: /\n    route:\n    - destination:\n        host: one\n    - destination:\n        host: two\n  tcp: [{route: []}]\n";

    fn line(p: &str) -> Option<usize> {
        field_line(VS, 10, &parse_path(p))
    }

    #[test]
    fn finds_fields() {
        assert_eq!(line("metadata.name"), Some(13));
        assert_eq!(line("metadata.annotations.a/b"), Some(15));
        assert_eq!(line("spec.gateways[1]"), Some(21));
        assert_eq!(line("spec.hosts[0]"), Some(18));
        assert_eq!(line("spec.http[0].route[1].destination.host"), Some(30));
        assert_eq!(line("spec.http[0].match[0].uri.prefix"), Some(25));
        assert_eq!(
            line("spec.tcp[0].route"),
            Some(31),
            "flow style: the key's line"
        );
        assert_eq!(line("spec.nope"), None);
        assert_eq!(line("spec.gateways[5]"), None);
    }
}
