//! YAML input for charts and `fromYaml`: the one module of this crate that uses the YAML
//! crate (serde-saphyr). It stays separate from sailctl's YAML layer because it reads
//! YAML 1.1 into template values, as Helm does. Numbers become float64 like
//! sigs.k8s.io/yaml does, and — like sigs.k8s.io/yaml, which reads YAML 1.1 —
//! unquoted block-mapping keys `y`/`yes`/`on`/`true`/… become `"true"` and
//! `n`/`no`/`off`/`false`/… become `"false"` (Helm values with a key `on:` really
//! arrive as `true`).

use crate::Value;

const TRUE_KEYS: &[&str] = &[
    "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE",
];
const FALSE_KEYS: &[&str] = &[
    "n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE",
];

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// Rewrite unquoted YAML 1.1 boolean keys of block mappings to quoted "true"/"false",
/// leaving block scalar bodies untouched.
fn yaml11_keys(src: &str) -> std::borrow::Cow<'_, str> {
    let mut changed = false;
    let mut out = String::with_capacity(src.len());
    let mut block_indent: Option<usize> = None;
    for line in src.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let ind = indent_of(body);
        if let Some(bi) = block_indent {
            if body.trim().is_empty() || ind > bi {
                out.push_str(line);
                continue;
            }
            block_indent = None;
        }
        // strip list markers
        let mut rest = &body[ind..];
        let mut prefix_len = ind;
        while let Some(r) = rest.strip_prefix("- ") {
            let r2 = r.trim_start_matches(' ');
            prefix_len += rest.len() - r2.len();
            rest = r2;
        }
        let mut replaced = false;
        if let Some(colon) = rest.find(':') {
            let key = &rest[..colon];
            let after = &rest[colon + 1..];
            if (after.is_empty() || after.starts_with([' ', '\t']))
                && (TRUE_KEYS.contains(&key) || FALSE_KEYS.contains(&key))
            {
                let new_key = if TRUE_KEYS.contains(&key) {
                    "\"true\""
                } else {
                    "\"false\""
                };
                out.push_str(&body[..prefix_len]);
                out.push_str(new_key);
                out.push_str(&body[prefix_len + key.len()..]);
                out.push_str(&line[body.len()..]);
                changed = true;
                replaced = true;
            }
            let v = after.trim();
            if v.starts_with('|') || v.starts_with('>') {
                block_indent = Some(ind);
            }
        }
        if !replaced {
            match flow_keys(line) {
                Some(l) => {
                    out.push_str(&l);
                    changed = true;
                }
                None => out.push_str(line),
            }
        }
    }
    if changed {
        std::borrow::Cow::Owned(out)
    } else {
        std::borrow::Cow::Borrowed(src)
    }
}

/// Rewrite YAML 1.1 boolean keys inside flow mappings (`{on: 1, n: 2}`).
fn flow_keys(line: &str) -> Option<String> {
    if !line.contains('{') {
        return None;
    }
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut changed = false;
    let mut quote: Option<u8> = None;
    let mut depth = 0usize;
    let mut i = 0;
    let mut last_sig = 0u8;
    while i < b.len() {
        let c = b[i];
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            out.push(c as char);
            i += 1;
            continue;
        }
        match c {
            b'"' | b'\'' => quote = Some(c),
            b'{' => depth += 1,
            b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > 0 && (last_sig == b'{' || last_sig == b',') && c.is_ascii_alphabetic() {
            let mut j = i;
            while j < b.len() && b[j].is_ascii_alphabetic() {
                j += 1;
            }
            let word = &line[i..j];
            let mut k = j;
            while k < b.len() && b[k] == b' ' {
                k += 1;
            }
            let is_key = k < b.len()
                && b[k] == b':'
                && (k + 1 == b.len() || matches!(b[k + 1], b' ' | b',' | b'}' | b'\n' | b'\r'));
            if is_key && (TRUE_KEYS.contains(&word) || FALSE_KEYS.contains(&word)) {
                out.push_str(if TRUE_KEYS.contains(&word) {
                    "\"true\""
                } else {
                    "\"false\""
                });
                changed = true;
                i = j;
                last_sig = b'"';
                continue;
            }
            out.push_str(word);
            i = j;
            last_sig = b'a';
            continue;
        }
        if c != b' ' {
            last_sig = c;
        }
        // copy one UTF-8 character
        let ch = line[i..].chars().next().unwrap_or(' ');
        out.push(ch);
        i += ch.len_utf8();
    }
    changed.then_some(out)
}

/// Why YAML input could not be read; the text is sigs.k8s.io/yaml's, which Helm prints.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum YamlInputError {
    /// The YAML parser rejected the document (its own message).
    #[error("error converting YAML to JSON: yaml: {0}")]
    Syntax(String),
}

/// Parse one YAML document into a template value (null/empty input → Nil).
pub fn parse_yaml(src: &str) -> Result<Value, YamlInputError> {
    if src.trim().is_empty() {
        return Ok(Value::Nil);
    }
    let src = yaml11_keys(src);
    let j: serde_json::Value =
        serde_saphyr::from_str(&src).map_err(|e| YamlInputError::Syntax(e.to_string()))?;
    Ok(Value::from_json(&j))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml11_bool_keys_become_strings() {
        let v = parse_yaml(
            "on: 1\nflags:\n  off: 2\n  \"yes\": 3\nlist:\n- n: 4\ntext: |\n  on: stays\nf: {y: 1, x: 'a, n: b'}\n",
        )
            .unwrap();
        let j = v.to_json();
        assert_eq!(j["true"], 1);
        assert_eq!(j["flags"]["false"], 2);
        assert_eq!(j["flags"]["yes"], 3);
        assert_eq!(j["list"][0]["false"], 4);
        assert_eq!(j["text"], "on: stays\n");
        assert_eq!(j["f"]["true"], 1);
        assert_eq!(j["f"]["x"], "a, n: b");
    }
}
