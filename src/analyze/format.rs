//! Rendering messages: istioctl's log/json/yaml, plus SARIF 2.1.0 and GitHub workflow commands.

use super::Level;
use super::message::Message;
use super::snapshot::Snapshot;
use serde_json::{Map, Value, json};

/// istioctl's documentation base for analysis messages (1.30 docs).
pub const DOC_BASE: &str = "https://istio.io/v1.30/docs/reference/config/analysis";

/// How analysis messages are printed (`-o`); sarif and github are sailctl additions for CI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Log,
    Json,
    Yaml,
    Sarif,
    Github,
}

/// The messages in `format`; `colorize` only matters for the log format.
pub fn render(format: OutputFormat, snap: &Snapshot, msgs: &[Message], colorize: bool) -> String {
    match format {
        OutputFormat::Log => log(snap, msgs, colorize),
        OutputFormat::Json => json(snap, msgs),
        OutputFormat::Yaml => yaml(snap, msgs),
        OutputFormat::Sarif => sarif(snap, msgs),
        OutputFormat::Github => github(snap, msgs),
    }
}

pub fn level_name(l: Level) -> &'static str {
    match l {
        Level::Info => "Info",
        Level::Warning => "Warning",
        Level::Error => "Error",
    }
}

/// `file:line` of a message (the precise line when known), if it came from a file.
pub fn reference(snap: &Snapshot, m: &Message) -> Option<(String, usize)> {
    let r = snap.res(m.resource?);
    let f = r.origin.file.as_ref()?;
    Some((f.clone(), m.line.unwrap_or(r.origin.line)))
}

/// ` (Kind ns/name file:line)` or empty.
fn origin_part(snap: &Snapshot, m: &Message) -> String {
    let Some(i) = m.resource else {
        return String::new();
    };
    let r = snap.res(i);
    let mut s = String::from(" (");
    if let Some(c) = &r.origin.cluster {
        s = format!(" [cluster-{c}] (");
    }
    s.push_str(&r.friendly());
    if let Some((f, l)) = reference(snap, m) {
        s.push_str(&format!(" {f}:{l}"));
    }
    s.push(')');
    s
}

/// `Level [CODE] (Kind ns/name file:line) text`, the level coloured when asked.
pub fn log_line(snap: &Snapshot, m: &Message, colorize: bool) -> String {
    let level = level_name(m.level());
    let level = if colorize {
        let p = match m.level() {
            Level::Info => "",
            Level::Warning => "\x1b[33m",
            Level::Error => "\x1b[1;31m",
        };
        format!("{p}{level}\x1b[0m")
    } else {
        level.to_string()
    };
    format!(
        "{level} [{}]{} {}",
        m.code(),
        origin_part(snap, m),
        m.text()
    )
}

pub fn doc_url(code: &str) -> String {
    format!(
        "{DOC_BASE}/{}/?ref=istioctl-analyze",
        code.to_ascii_lowercase()
    )
}

/// The istioctl JSON/YAML object of one message (keys in Go's sorted order).
pub fn structured(snap: &Snapshot, m: &Message) -> Value {
    let mut o = Map::new();
    o.insert("code".into(), json!(m.code()));
    o.insert("documentationUrl".into(), json!(doc_url(m.code())));
    o.insert("level".into(), json!(level_name(m.level())));
    o.insert("message".into(), json!(m.text()));
    if let Some(i) = m.resource {
        o.insert("origin".into(), json!(snap.res(i).friendly()));
        if let Some((f, l)) = reference(snap, m) {
            o.insert("reference".into(), json!(format!("{f}:{l}")));
        }
    }
    Value::Object(o)
}

pub fn log(snap: &Snapshot, msgs: &[Message], colorize: bool) -> String {
    let mut s = String::new();
    for m in msgs {
        s.push_str(&log_line(snap, m, colorize));
        s.push('\n');
    }
    s
}

/// Go's `json.MarshalIndent(…, "", "\t")`, including its HTML-safe escaping.
pub fn json(snap: &Snapshot, msgs: &[Message]) -> String {
    let arr = Value::Array(msgs.iter().map(|m| structured(snap, m)).collect());
    let mut buf = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"\t");
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
    serde::Serialize::serialize(&arr, &mut ser).expect("serializing JSON");
    let s = String::from_utf8(buf).unwrap_or_default();
    let s = s
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026");
    format!("{s}\n")
}

pub fn yaml(snap: &Snapshot, msgs: &[Message]) -> String {
    if msgs.is_empty() {
        return "[]\n".into();
    }
    let arr = Value::Array(msgs.iter().map(|m| structured(snap, m)).collect());
    crate::yaml::to_string(&arr)
}

fn sarif_level(l: Level) -> &'static str {
    match l {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Info => "note",
    }
}

/// SARIF 2.1.0: one run, one rule per message code used, one result per message.
pub fn sarif(snap: &Snapshot, msgs: &[Message]) -> String {
    let mut rules: Vec<Value> = Vec::new();
    let mut rule_ids: Vec<&str> = Vec::new();
    for m in msgs {
        if !rule_ids.contains(&m.code()) {
            rule_ids.push(m.code());
            rules.push(json!({
                "id": m.code(),
                "name": m.mtype.name,
                "shortDescription": {"text": m.mtype.description},
                "helpUri": format!("{DOC_BASE}/{}/", m.code().to_ascii_lowercase()),
                "defaultConfiguration": {"level": sarif_level(m.level())}
            }));
        }
    }
    let results: Vec<Value> = msgs
        .iter()
        .map(|m| {
            let idx = rule_ids.iter().position(|c| *c == m.code()).unwrap_or(0);
            let mut res = json!({
                "ruleId": m.code(),
                "ruleIndex": idx,
                "level": sarif_level(m.level()),
                "message": {"text": m.text()},
            });
            let mut loc = Map::new();
            if let Some((f, l)) = reference(snap, m) {
                loc.insert(
                    "physicalLocation".into(),
                    json!({"artifactLocation": {"uri": f}, "region": {"startLine": l}}),
                );
            }
            if let Some(i) = m.resource {
                let r = snap.res(i);
                loc.insert(
                    "logicalLocations".into(),
                    json!([{"name": r.name, "fullyQualifiedName": r.friendly(), "kind": r.gk.kind}]),
                );
            }
            if !loc.is_empty() {
                res["locations"] = json!([Value::Object(loc)]);
            }
            res
        })
        .collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "sailctl",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://istio.io/latest/docs/reference/config/analysis/",
                "rules": rules
            }},
            "results": results
        }]
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

fn gh_escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn gh_escape_prop(s: &str) -> String {
    gh_escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// GitHub Actions workflow commands: `::error file=F,line=L,title=IST0101::[IST0101] (origin) text`.
pub fn github(snap: &Snapshot, msgs: &[Message]) -> String {
    let mut out = String::new();
    for m in msgs {
        let cmd = match m.level() {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Info => "notice",
        };
        let mut props = Vec::new();
        if let Some((f, l)) = reference(snap, m) {
            props.push(format!("file={}", gh_escape_prop(&f)));
            props.push(format!("line={l}"));
        }
        props.push(format!("title={}", gh_escape_prop(m.code())));
        let origin = m
            .resource
            .map(|i| format!(" ({})", snap.res(i).friendly()))
            .unwrap_or_default();
        out.push_str(&format!(
            "::{cmd} {}::{}\n",
            props.join(","),
            gh_escape_data(&format!("[{}]{origin} {}", m.code(), m.text()))
        ));
    }
    out
}
