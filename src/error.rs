//! The user-facing error type and the process exit codes.
//!
//! Every command returns `Result<ExitCode, Error>`; `main` prints an error as one line
//! `Error: <what>` plus optional `hint:` lines on stderr and exits with its code.

use std::fmt;

/// Exit codes, documented in the README.
pub mod exit {
    /// Success.
    pub const OK: i32 = 0;
    /// A general failure (cluster unreachable, install failed, …).
    pub const GENERAL: i32 = 1;
    /// The command line was wrong (unknown flag, bad value) — sysexits' EX_USAGE.
    pub const USAGE: i32 = 64;
    /// Input data was malformed (bad YAML, invalid IstioOperator) — sysexits' EX_DATAERR.
    pub const DATA: i32 = 65;
    /// `analyze`/`precheck` found messages at or above the failure threshold (as istioctl).
    pub const ANALYSIS: i32 = 79;
    /// Interrupted by Ctrl-C (128 + SIGINT).
    pub const INTERRUPTED: i32 = 130;
}

/// What kind of failure this is; decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    General,
    Usage,
    Data,
    Analysis,
    Interrupted,
}

impl Kind {
    pub fn exit_code(self) -> i32 {
        match self {
            Kind::General => exit::GENERAL,
            Kind::Usage => exit::USAGE,
            Kind::Data => exit::DATA,
            Kind::Analysis => exit::ANALYSIS,
            Kind::Interrupted => exit::INTERRUPTED,
        }
    }
}

/// A failure the user sees: one line of what went wrong, and hints on what to do.
#[derive(Debug, thiserror::Error)]
pub struct Error {
    pub kind: Kind,
    pub message: String,
    pub hints: Vec<String>,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: one_line(&message.into()),
            hints: Vec::new(),
        }
    }
    pub fn general(message: impl Into<String>) -> Self {
        Self::new(Kind::General, message)
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Kind::Usage, message)
    }
    pub fn data(message: impl Into<String>) -> Self {
        Self::new(Kind::Data, message)
    }
    pub fn interrupted() -> Self {
        Self::new(Kind::Interrupted, "interrupted")
    }
    /// Adds a `hint:` line.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(one_line(&hint.into()));
        self
    }
    pub fn exit_code(&self) -> i32 {
        self.kind.exit_code()
    }
    /// The text printed on stderr: `Error: <what>` and one `hint:` line per hint.
    pub fn render(&self) -> String {
        let mut s = format!("Error: {}\n", self.message);
        for h in &self.hints {
            s.push_str("hint: ");
            s.push_str(h);
            s.push('\n');
        }
        s
    }
}

/// Errors are one line: fold embedded newlines so wrapped causes stay readable.
fn one_line(s: &str) -> String {
    let t = s.trim();
    if !t.contains('\n') {
        return t.to_string();
    }
    t.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(": ")
}

impl From<crate::yaml::YamlError> for Error {
    fn from(e: crate::yaml::YamlError) -> Self {
        Error::data(e.to_string()).hint("check the YAML syntax at that position")
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::general(e.to_string())
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_one_line_plus_hints() {
        let e = Error::usage("unknown flag --bogus\nmore").hint("see --help");
        assert_eq!(
            e.render(),
            "Error: unknown flag --bogus: more\nhint: see --help\n"
        );
        assert_eq!(e.exit_code(), 64);
    }
}
