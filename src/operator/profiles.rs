//! Configuration profiles: the ones built into the binary (`profiles/*.yaml`, embedded at
//! compile time) or, with `-d/--manifests DIR`, the files in `DIR/profiles/`.

use crate::error::Error;
use crate::yaml::YamlError;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Why a profile could not be listed or read.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    /// The `-d` directory's `profiles/` cannot be listed.
    #[error("cannot read profiles from {}: {reason}", dir.display())]
    DirUnreadable { dir: PathBuf, reason: String },
    /// The profile file exists but cannot be read as text.
    #[error("{0}")]
    File(Error),
    #[error("{0}")]
    Yaml(YamlError),
    #[error("{file}: a profile must be an IstioOperator (a YAML map)")]
    NotAMap { file: String },
    /// No profile of that name; `available` lists the ones there are.
    #[error("unknown profile {name:?}")]
    Unknown {
        name: String,
        nearest: Option<String>,
        available: Vec<String>,
        /// The `-d` directory, for the hint (`None`: the built-in profiles).
        dir: Option<PathBuf>,
    },
}

/// The user-facing kind and hints of each failure (a profile named on the command line is
/// a usage error; `merge_inputs` makes one named in a file a data error).
impl From<ProfileError> for Error {
    fn from(e: ProfileError) -> Self {
        let msg = e.to_string();
        match e {
            ProfileError::DirUnreadable { .. } => Error::general(msg)
                .hint("-d/--manifests must name a directory holding profiles/*.yaml (and charts/)"),
            ProfileError::File(e) => e,
            ProfileError::Yaml(e) => e.into(),
            ProfileError::NotAMap { .. } => Error::data(msg),
            ProfileError::Unknown {
                nearest,
                available,
                dir,
                ..
            } => {
                let mut err = Error::usage(msg);
                if let Some(n) = nearest {
                    err = err.hint(format!("did you mean {n:?}?"));
                }
                let where_ = match &dir {
                    Some(d) => format!(" in {}", d.join("profiles").display()),
                    None => String::new(),
                };
                err.hint(format!(
                    "available profiles{where_}: {}",
                    available.join(", ")
                ))
            }
        }
    }
}

/// The built-in profiles, sorted by name. A unit test checks this table against `profiles/`.
const BUILTIN: &[(&str, &str)] = &[
    ("ambient", include_str!("../../profiles/ambient.yaml")),
    ("default", include_str!("../../profiles/default.yaml")),
    ("demo", include_str!("../../profiles/demo.yaml")),
    ("empty", include_str!("../../profiles/empty.yaml")),
    ("minimal", include_str!("../../profiles/minimal.yaml")),
    ("openshift", include_str!("../../profiles/openshift.yaml")),
    (
        "openshift-ambient",
        include_str!("../../profiles/openshift-ambient.yaml"),
    ),
    ("preview", include_str!("../../profiles/preview.yaml")),
    ("remote", include_str!("../../profiles/remote.yaml")),
    ("stable", include_str!("../../profiles/stable.yaml")),
];

/// Where profiles come from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileSource {
    /// A manifests directory (`-d`); `None` for the built-in profiles.
    pub dir: Option<PathBuf>,
}

impl ProfileSource {
    pub fn builtin() -> Self {
        Self { dir: None }
    }

    pub fn from_dir(dir: Option<&Path>) -> Self {
        Self {
            dir: dir
                .filter(|d| !d.as_os_str().is_empty())
                .map(Path::to_path_buf),
        }
    }

    fn profiles_dir(&self) -> Option<PathBuf> {
        self.dir.as_ref().map(|d| d.join("profiles"))
    }

    /// Profile names, sorted.
    pub fn list(&self) -> Result<Vec<String>, ProfileError> {
        let Some(dir) = self.profiles_dir() else {
            return Ok(BUILTIN.iter().map(|(n, _)| n.to_string()).collect());
        };
        let entries = std::fs::read_dir(&dir).map_err(|e| ProfileError::DirUnreadable {
            dir: dir.clone(),
            reason: crate::files::io_reason(&e),
        })?;
        let mut names: Vec<String> = entries
            .filter_map(Result::ok)
            .filter_map(|e| {
                let p = e.path();
                let is_yaml = p.extension().is_some_and(|x| x == "yaml");
                (is_yaml && p.is_file())
                    .then(|| p.file_stem()?.to_str().map(str::to_string))
                    .flatten()
            })
            .collect();
        names.sort();
        Ok(names)
    }

    /// The source text of a profile and the name to report in errors.
    pub fn read_text(&self, name: &str) -> Result<(String, String), ProfileError> {
        let valid_name =
            !name.is_empty() && !name.contains(['/', '\\']) && name != "." && name != "..";
        if valid_name {
            match self.profiles_dir() {
                None => {
                    if let Some((_, text)) = BUILTIN.iter().find(|(n, _)| *n == name) {
                        return Ok((text.to_string(), format!("profiles/{name}.yaml")));
                    }
                }
                Some(dir) => {
                    let path = dir.join(format!("{name}.yaml"));
                    if path.is_file() {
                        let text = crate::files::read_file(&path).map_err(ProfileError::File)?;
                        return Ok((text, path.display().to_string()));
                    }
                }
            }
        }
        Err(self.unknown(name))
    }

    /// Reads and parses a profile as an IstioOperator tree.
    pub fn read(&self, name: &str) -> Result<Value, ProfileError> {
        let (text, source) = self.read_text(name)?;
        let v = crate::yaml::parse_single(&source, &text).map_err(ProfileError::Yaml)?;
        match v {
            Value::Object(_) => Ok(v),
            Value::Null => Ok(Value::Object(Default::default())),
            _ => Err(ProfileError::NotAMap { file: source }),
        }
    }

    /// The error for a profile that does not exist, listing the ones that do.
    pub fn unknown(&self, name: &str) -> ProfileError {
        let available = match self.list() {
            Ok(n) => n,
            // The directory itself is unreadable: that is the problem to report.
            Err(e) => return e,
        };
        ProfileError::Unknown {
            name: name.to_string(),
            nearest: super::validate::nearest(name, available.iter().map(String::as_str)),
            available,
            dir: self.dir.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_table_matches_directory() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("profiles");
        let from_dir = ProfileSource::from_dir(Some(Path::new(env!("CARGO_MANIFEST_DIR"))))
            .list()
            .unwrap();
        let builtin = ProfileSource::builtin().list().unwrap();
        assert_eq!(builtin, from_dir, "update BUILTIN for {}", dir.display());
        let mut sorted = builtin.clone();
        sorted.sort();
        assert_eq!(builtin, sorted);
        for n in &builtin {
            let (text, _) = ProfileSource::builtin().read_text(n).unwrap();
            let on_disk = std::fs::read_to_string(dir.join(format!("{n}.yaml"))).unwrap();
            assert_eq!(text, on_disk);
            assert!(text.starts_with("# sailctl's own authoring"), "{n}");
        }
    }

    #[test]
    fn every_builtin_parses() {
        for n in ProfileSource::builtin().list().unwrap() {
            let v = ProfileSource::builtin().read(&n).unwrap();
            assert_eq!(v["kind"], "IstioOperator", "{n}");
            assert!(super::super::validate::validate(&v).is_empty(), "{n}");
        }
    }

    #[test]
    fn unknown_lists_available() {
        // The user sees the error as converted for the command line.
        let e = Error::from(ProfileSource::builtin().read("dmeo").unwrap_err());
        assert_eq!(e.message, "unknown profile \"dmeo\"");
        assert!(e.hints[0].contains("demo"));
        assert!(e.hints[1].contains("ambient, default, demo"));
        assert!(ProfileSource::builtin().read("../x").is_err());
        let missing = ProfileSource::from_dir(Some(Path::new("/nonexistent/manifests")));
        let e = Error::from(missing.read("default").unwrap_err());
        assert!(
            e.message
                .contains("cannot read profiles from /nonexistent/manifests/profiles"),
            "{}",
            e.message
        );
    }
}
