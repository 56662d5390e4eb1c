//! The YAML layer: the only module of sailctl that touches the YAML crate (serde-saphyr).
//! The template engine reads its data through its own YAML 1.1 input (`gotmpl::yaml_input`).
//!
//! Everything else works on `serde_json::Value` (with `preserve_order`). A stream is split
//! into documents textually at `---` lines so that each document keeps its exact original
//! text (kube-inject passes untouched documents through byte-for-byte) and its first line
//! (analyze reports `file:line`). Each document is then parsed on its own, so one bad
//! document does not hide the others.

use serde_json::Value;
use std::fmt;

/// Nesting limit for parsed documents: deeper input is rejected instead of overflowing the stack.
/// The parser's own budget enforces the same number, so every route gives one message.
pub const MAX_DEPTH: usize = 64;

/// The most scalar text one document may hold (the parser's default budget, stated here so the
/// message can name it). Kubernetes refuses objects far smaller than this.
pub const MAX_SCALAR_BYTES: usize = 64 * 1024 * 1024;

/// One document of a YAML stream.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The file it came from (`-` for stdin).
    pub source: String,
    /// 1-based line of the document's first line (after its `---` separator, if any).
    pub line: usize,
    /// The document's exact original text, without the separator line.
    pub text: String,
    /// The parsed value; `Value::Null` for a document holding only comments or whitespace.
    pub value: Value,
}

impl Document {
    /// True when the document has no content (only comments/blank lines).
    pub fn is_empty(&self) -> bool {
        self.value.is_null()
    }
}

/// A YAML syntax error with its position in the original file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub source: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for YamlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.source, self.line, self.column, self.message
        )
    }
}

impl std::error::Error for YamlError {}

/// A slice of a stream: the text of one document and where it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawDocument<'a> {
    pub line: usize,
    pub text: &'a str,
}

/// True for a line that separates documents: `---` alone or followed by whitespace/comment/content.
fn is_separator(line: &str) -> bool {
    let l = line.trim_end_matches(['\r', '\n']);
    l == "---" || l.starts_with("--- ") || l.starts_with("---\t")
}

/// True for a document-end marker line (`...`).
fn is_end_marker(line: &str) -> bool {
    let l = line.trim_end_matches(['\r', '\n']);
    l == "..." || l.starts_with("... ")
}

/// Splits a stream into documents at `---` lines, keeping text and starting lines.
///
/// Content after `--- ` on the separator line (e.g. `--- !tag` or `--- {a: 1}`) stays with
/// the following document. Documents that are entirely blank are dropped; documents with
/// only comments are kept (their value parses to null) so pass-through keeps them.
pub fn split_documents(text: &str) -> Vec<RawDocument<'_>> {
    let mut docs = Vec::new();
    let mut start = 0usize; // byte offset of the current document
    let mut start_line = 1usize;
    let mut offset = 0usize;
    fn push<'t>(docs: &mut Vec<RawDocument<'t>>, text: &'t str, s: usize, e: usize, l: usize) {
        let t = &text[s..e];
        if !t.trim().is_empty() {
            docs.push(RawDocument { line: l, text: t });
        }
    }
    for (line_no, line) in (1usize..).zip(text.split_inclusive('\n')) {
        if is_separator(line) || is_end_marker(line) {
            push(&mut docs, text, start, offset, start_line);
            let after = offset + line.len();
            if is_separator(line) && line.trim_end().len() > 3 {
                // `--- content`: the content belongs to the next document.
                start = offset + 4;
                start_line = line_no;
            } else {
                start = after;
                start_line = line_no + 1;
            }
        }
        offset += line.len();
    }
    push(&mut docs, text, start, text.len(), start_line);
    docs
}

fn options() -> serde_saphyr::Options {
    let mut o = serde_saphyr::Options::default();
    o.duplicate_keys = serde_saphyr::DuplicateKeyPolicy::Error;
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = MAX_DEPTH;
    budget.flow_nesting_limit = MAX_DEPTH;
    budget.max_total_scalar_bytes = MAX_SCALAR_BYTES;
    o.budget = Some(budget);
    o
}

/// The error under saphyr's snippet and alias wrappers.
fn root_error(mut e: &serde_saphyr::Error) -> &serde_saphyr::Error {
    while let serde_saphyr::Error::WithSnippet { error, .. }
    | serde_saphyr::Error::AliasError { error, .. } = e
    {
        e = error;
    }
    e
}

/// Budget breaches (hostile or runaway input) in words a user can act on.
fn budget_message(breach: &serde_saphyr::budget::BudgetBreach) -> String {
    use serde_saphyr::budget::BudgetBreach as B;
    match breach {
        B::Depth { .. } => format!("document nests deeper than {MAX_DEPTH} levels"),
        B::ScalarBytes { .. } => format!(
            "document holds more than {} MiB of text",
            MAX_SCALAR_BYTES / (1024 * 1024)
        ),
        B::Aliases { .. } | B::Anchors { .. } => {
            "document uses too many anchors or aliases".to_string()
        }
        B::Nodes { .. } | B::Events { .. } => {
            "document is too large (aliases expand it past the parser's node limit)".to_string()
        }
        other => format!("document exceeds a parser limit ({other:?})"),
    }
}

/// Parses one document's text into a value. `first_line` is where the text starts in `source`.
pub fn parse_document(source: &str, first_line: usize, text: &str) -> Result<Value, YamlError> {
    if let Some((line, column)) = first_invalid_tab(text) {
        return Err(YamlError {
            source: source.to_string(),
            line: first_line + line - 1,
            column,
            message:
                "found a tab character where indentation is expected (YAML indents with spaces)"
                    .into(),
        });
    }
    match serde_saphyr::from_str_with_options::<Option<Value>>(text, options()) {
        Ok(v) => Ok(v.unwrap_or(Value::Null)),
        Err(e) => {
            let (line, column) = e
                .location()
                .map(|l| (l.line() as usize, l.column() as usize))
                .unwrap_or((1, 1));
            let message = match root_error(&e) {
                serde_saphyr::Error::Budget { breach, .. } => budget_message(breach),
                _ => clean_message(&e.to_string()),
            };
            Err(YamlError {
                source: source.to_string(),
                line: first_line + line.max(1) - 1,
                column: column.max(1),
                message,
            })
        }
    }
}

/// Parses a whole stream; stops at the first malformed document.
pub fn parse_stream(source: &str, text: &str) -> Result<Vec<Document>, YamlError> {
    documents(source, text).collect()
}

/// Parses a stream lazily, one result per document, so callers can report every bad document.
pub fn documents<'a>(
    source: &'a str,
    text: &'a str,
) -> impl Iterator<Item = Result<Document, YamlError>> + 'a {
    split_documents(text).into_iter().map(move |raw| {
        let value = parse_document(source, raw.line, raw.text)?;
        Ok(Document {
            source: source.to_string(),
            line: raw.line,
            text: raw.text.to_string(),
            value,
        })
    })
}

/// Parses a single-document file (an IstioOperator, a values file, a mesh config).
/// Returns null for an empty file; errors if the file holds more than one document.
pub fn parse_single(source: &str, text: &str) -> Result<Value, YamlError> {
    let docs = parse_stream(source, text)?;
    let mut docs = docs.into_iter().filter(|d| !d.is_empty());
    let first = docs.next().map(|d| d.value).unwrap_or(Value::Null);
    if let Some(second) = docs.next() {
        return Err(YamlError {
            source: source.to_string(),
            line: second.line,
            column: 1,
            message: "expected one YAML document, found more than one".into(),
        });
    }
    Ok(first)
}

/// The 1-based line where a single-document file's content starts (after blank lines,
/// comments and a leading `---`), for errors about the document as a whole.
pub fn content_line(text: &str) -> usize {
    text.lines()
        .position(|l| {
            let t = l.trim();
            !(t.is_empty() || t.starts_with('#') || t == "---")
        })
        .map_or(1, |i| i + 1)
}

/// The saphyr messages may carry a leading or trailing location or a multi-line snippet;
/// keep one line without the position (we print it ourselves).
fn clean_message(msg: &str) -> String {
    let first = msg.lines().next().unwrap_or("invalid YAML").trim();
    let first = first.strip_prefix("Error: ").unwrap_or(first);
    let first = first.strip_prefix("error: ").unwrap_or(first);
    // `line 4 column 9: unclosed bracket`
    let first = match first
        .strip_prefix("line ")
        .and_then(|r| r.find(": ").map(|i| (r, i)))
    {
        Some((r, i)) if r[..i].contains(" column ") => &r[i + 2..],
        _ => first,
    };
    // saphyr's own advice names its API, not anything the user can change.
    let first = first
        .split(", set DuplicateKeyPolicy")
        .next()
        .unwrap_or(first);
    // The flow-collection nesting guard words it for developers.
    if first == "recursion limit exceeded" {
        return format!("document nests deeper than {MAX_DEPTH} levels");
    }
    // Drop a trailing " at line X column Y" — we print the position ourselves.
    match first.find(" at line ") {
        Some(i) => first[..i].to_string(),
        None => first.to_string(),
    }
}

/// A tab in indentation position (before any content on a line, outside block scalars) is the
/// most common hand-edit mistake; report it precisely instead of as a generic parse error.
fn first_invalid_tab(text: &str) -> Option<(usize, usize)> {
    let mut block_indent: Option<usize> = None;
    for (i, line) in text.lines().enumerate() {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let rest = &line[indent..];
        if let Some(bi) = block_indent {
            if rest.is_empty() || indent > bi || (indent >= bi && rest.starts_with('\t')) {
                continue;
            }
            block_indent = None;
        }
        if rest.starts_with('\t') && !rest.trim().is_empty() {
            return Some((i + 1, indent + 1));
        }
        let t = rest.trim_end();
        if t.ends_with('|')
            || t.ends_with('>')
            || t.ends_with("|-")
            || t.ends_with(">-")
            || t.ends_with("|+")
            || t.ends_with(">+")
        {
            block_indent = Some(indent);
        }
    }
    None
}

/// Serialises one value as a YAML document (no leading `---`), ending in a newline.
pub fn to_string(value: &Value) -> String {
    let mut opts = serde_saphyr::SerializerOptions::default();
    opts.indent_step = 2;
    opts.compact_list_indent = true;
    let mut out = String::new();
    match serde_saphyr::to_fmt_writer_with_options(&mut out, value, opts) {
        Ok(()) => {}
        // serde_json::Value always serialises; keep a JSON fallback rather than panic.
        Err(_) => out = serde_json::to_string_pretty(value).unwrap_or_default(),
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// Serialises one value as Go's sigs.k8s.io/yaml prints it: sorted keys and Go's number
/// formatting, byte for byte istioctl's manifests and injected pods. Not a round trip (key
/// order and float spelling are Go's), which is why [`to_string`] stays the emitter for
/// sailctl's own structured output.
pub fn to_go_string(value: &Value) -> String {
    gotmpl::encode::to_yaml(&gotmpl::Value::from_json(value))
}

/// Serialises documents as a stream separated by `---` lines.
pub fn emit_stream<'a>(values: impl IntoIterator<Item = &'a Value>) -> String {
    let mut out = String::new();
    for (i, v) in values.into_iter().enumerate() {
        if i > 0 {
            out.push_str("---\n");
        }
        out.push_str(&to_string(v));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn splits_with_lines_and_exact_text() {
        let s = "a: 1\n---\n# only a comment\n---\nb: 2\nc: 3\n...\n---\n\n";
        let d = split_documents(s);
        assert_eq!(d.len(), 3);
        assert_eq!(
            d[0],
            RawDocument {
                line: 1,
                text: "a: 1\n"
            }
        );
        assert_eq!(d[1].line, 3);
        assert_eq!(
            d[2],
            RawDocument {
                line: 5,
                text: "b: 2\nc: 3\n"
            }
        );
    }

    #[test]
    fn content_on_separator_line_belongs_to_next_doc() {
        let d = split_documents("a: 1\n--- {b: 2}\n");
        assert_eq!(d.len(), 2);
        assert_eq!(d[1].text, "{b: 2}\n");
        assert_eq!(d[1].line, 2);
    }

    #[test]
    fn parses_stream_values() {
        let docs = parse_stream("f.yaml", "a: 1\n---\nb: [x, 'on']\n").unwrap();
        assert_eq!(docs[0].value, json!({"a": 1}));
        assert_eq!(docs[1].value, json!({"b": ["x", "on"]}));
        assert_eq!(docs[1].line, 3);
    }

    #[test]
    fn malformed_reports_file_line_column() {
        let err =
            parse_stream("app.yaml", "a: 1\n---\nkind: Pod\nmetadata: {name: x\n").unwrap_err();
        assert_eq!(err.source, "app.yaml");
        assert!(err.line >= 4, "{err}");
        assert!(err.to_string().starts_with("app.yaml:"), "{err}");
    }

    #[test]
    fn tab_indentation_is_named() {
        let err = parse_stream("t.yaml", "a:\n\tb: 1\n").unwrap_err();
        assert_eq!((err.line, err.column), (2, 1));
        assert!(err.message.contains("tab"));
    }

    #[test]
    fn tabs_inside_block_scalars_are_fine() {
        let v = parse_single("t.yaml", "a: |\n  x\n  \ty\n").unwrap();
        assert_eq!(v, json!({"a": "x\n\ty\n"}));
    }

    #[test]
    fn duplicate_keys_are_rejected() {
        assert!(parse_single("d.yaml", "a: 1\na: 2\n").is_err());
    }

    #[test]
    fn deep_nesting_is_rejected_not_overflowed() {
        let s = "[".repeat(10_000) + &"]".repeat(10_000);
        let err = parse_single("deep.yaml", &s).unwrap_err();
        assert!(err.message.contains("deeper"));
    }

    #[test]
    fn ambiguous_strings_round_trip() {
        for s in [
            "on", "yes", "y", "n", "no", "off", "0755", "1e3", "null", "~", "true", "", "1.0",
            "0x1F", ".inf", "- a", "a: b", "#x",
        ] {
            let v = json!({ "k": s });
            let text = to_string(&v);
            assert_eq!(
                parse_single("rt", &text).unwrap(),
                v,
                "{s:?} emitted as {text:?}"
            );
        }
    }

    #[test]
    fn single_rejects_multiple_documents() {
        assert!(parse_single("x", "a: 1\n---\nb: 2\n").is_err());
        assert_eq!(parse_single("x", "# nothing\n").unwrap(), Value::Null);
    }
}
