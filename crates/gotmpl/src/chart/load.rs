//! Loading a chart: from a directory, or from in-memory files (charts bundled into a binary).

use super::ChartError;
use crate::Value;
use crate::yaml_input;
use std::collections::BTreeMap;
use std::path::Path;

/// A loaded chart.
#[derive(Debug, Clone, Default)]
pub struct Chart {
    /// `Chart.yaml` as parsed (YAML keys).
    pub metadata: BTreeMap<String, Value>,
    /// Templates: (path relative to the chart, e.g. `templates/x.yaml`, source).
    pub templates: Vec<(String, String)>,
    /// `values.yaml`.
    pub values: Value,
    /// Other files, by path relative to the chart.
    pub files: BTreeMap<String, Vec<u8>>,
    /// Subcharts found under `charts/<name>/`.
    pub subcharts: Vec<Chart>,
}

fn read_err(p: &Path, e: std::io::Error) -> ChartError {
    ChartError::Read {
        path: p.to_path_buf(),
        source: e,
    }
}

impl Chart {
    /// The chart name from Chart.yaml.
    pub fn name(&self) -> String {
        match self.metadata.get("name") {
            Some(Value::Str(s)) => s.to_string(),
            _ => String::new(),
        }
    }

    /// Builds a chart from in-memory files (paths relative to the chart root), e.g. the
    /// charts bundled into the binary.
    pub fn from_files<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a [u8])>,
    ) -> Result<Chart, ChartError> {
        let mut c = Chart::default();
        let mut have_meta = false;
        let mut all: Vec<(&str, &[u8])> = files.into_iter().collect();
        all.sort();
        let mut subs: BTreeMap<&str, Vec<(&str, &[u8])>> = BTreeMap::new();
        for (rel, data) in all {
            let text = || String::from_utf8_lossy(data).into_owned();
            match rel {
                "Chart.yaml" => {
                    match yaml_input::parse_yaml(&text())? {
                        Value::Map(m) => c.metadata = m.borrow().to_btree(),
                        _ => return Err(ChartError::MetadataNotMap),
                    }
                    have_meta = true;
                }
                "values.yaml" => {
                    c.values = match yaml_input::parse_yaml(&text())? {
                        Value::Map(m) => Value::Map(m),
                        _ => Value::empty_map(),
                    }
                }
                "Chart.lock" | "values.schema.json" | "requirements.yaml" | "requirements.lock" => {
                }
                r if r.starts_with("templates/") => c.templates.push((rel.to_string(), text())),
                r if r.starts_with("charts/") => {
                    let rest = &r["charts/".len()..];
                    if let Some((sub, inner)) = rest.split_once('/') {
                        subs.entry(sub).or_default().push((inner, data));
                    }
                }
                _ => {
                    c.files.insert(rel.to_string(), data.to_vec());
                }
            }
        }
        for (_, files) in subs {
            if files.iter().any(|(p, _)| *p == "Chart.yaml") {
                c.subcharts.push(Chart::from_files(files)?);
            }
        }
        if !have_meta {
            return Err(ChartError::MetadataMissing);
        }
        if matches!(c.values, Value::Nil | Value::Missing) {
            c.values = Value::empty_map();
        }
        Ok(c)
    }

    /// Load a chart directory.
    pub fn load_dir(dir: &Path) -> Result<Chart, ChartError> {
        let mut c = Chart::default();
        let chart_yaml = dir.join("Chart.yaml");
        let src = std::fs::read_to_string(&chart_yaml).map_err(|e| read_err(&chart_yaml, e))?;
        match yaml_input::parse_yaml(&src)? {
            Value::Map(m) => c.metadata = m.borrow().to_btree(),
            _ => return Err(ChartError::MetadataNotMap),
        }
        let values = dir.join("values.yaml");
        c.values = match std::fs::read_to_string(&values) {
            Ok(s) => match yaml_input::parse_yaml(&s)? {
                Value::Map(m) => Value::Map(m),
                _ => Value::empty_map(),
            },
            Err(_) => Value::empty_map(),
        };
        let mut all = Vec::new();
        walk(dir, dir, &mut all).map_err(|e| read_err(dir, e))?;
        all.sort();
        let charts_dir = dir.join("charts");
        if let Ok(rd) = std::fs::read_dir(&charts_dir) {
            let mut subs: Vec<_> = rd
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.join("Chart.yaml").is_file())
                .collect();
            subs.sort();
            for sub in subs {
                c.subcharts.push(Chart::load_dir(&sub)?);
            }
        }
        for rel in all {
            let p = dir.join(&rel);
            let data = std::fs::read(&p).map_err(|e| read_err(&p, e))?;
            match rel.as_str() {
                "Chart.yaml" | "Chart.lock" | "values.yaml" | "values.schema.json"
                | "requirements.yaml" | "requirements.lock" => {}
                r if r.starts_with("templates/") => {
                    c.templates
                        .push((rel.clone(), String::from_utf8_lossy(&data).into_owned()));
                }
                r if r.starts_with("charts/") => {}
                _ => {
                    c.files.insert(rel, data);
                }
            }
        }
        Ok(c)
    }
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) -> std::io::Result<()> {
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        let p = e.path();
        if p.is_dir() {
            walk(root, &p, out)?;
        } else if let Ok(rel) = p.strip_prefix(root) {
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
    Ok(())
}
