//! The output layer every command uses: data on stdout, status and progress on stderr.
//!
//! Colour is decided per stream: only on a terminal, never with `NO_COLOR` set (any value)
//! or `--color=false`, and `TERM=dumb` counts as no colour. Spinners draw only when stderr is
//! a terminal; otherwise progress becomes plain lines.

mod color;
pub mod duration;
mod progress;
mod table;

pub use color::{ColorChoice, Style};
pub use progress::Progress;
pub use table::Table;

use std::io::{self, IsTerminal, Write};

/// Where one stream goes and whether it may carry colour.
#[derive(Debug, Clone, Copy)]
pub struct StreamInfo {
    pub is_tty: bool,
    pub color: bool,
}

/// Writes data to stdout and status to stderr with the colour policy applied.
#[derive(Debug, Clone)]
pub struct Printer {
    pub stdout: StreamInfo,
    pub stderr: StreamInfo,
    /// `-v/--verbose`: extra status lines.
    pub verbose: bool,
}

impl Printer {
    /// Detects terminals and the environment (`NO_COLOR`, `TERM=dumb`).
    pub fn from_env(choice: ColorChoice, verbose: bool) -> Self {
        let env_ok =
            color::env_allows_color(std::env::var_os("NO_COLOR"), std::env::var_os("TERM"));
        let out_tty = io::stdout().is_terminal();
        let err_tty = io::stderr().is_terminal();
        Printer {
            stdout: StreamInfo {
                is_tty: out_tty,
                color: choice.enabled(out_tty, env_ok),
            },
            stderr: StreamInfo {
                is_tty: err_tty,
                color: choice.enabled(err_tty, env_ok),
            },
            verbose,
        }
    }

    /// A printer with no terminal and no colour (tests, pipes).
    pub fn plain() -> Self {
        let s = StreamInfo {
            is_tty: false,
            color: false,
        };
        Printer {
            stdout: s,
            stderr: s,
            verbose: false,
        }
    }

    /// Data: written to stdout as is. A closed pipe (`| head`) is not an error worth a message.
    pub fn data(&self, text: &str) -> io::Result<()> {
        let mut out = io::stdout().lock();
        match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            r => r,
        }
    }

    /// A status line on stderr.
    pub fn status(&self, line: &str) {
        let _ = writeln!(io::stderr().lock(), "{line}");
    }

    /// A status line shown only with `-v`.
    pub fn verbose(&self, line: &str) {
        if self.verbose {
            self.status(line);
        }
    }

    /// A warning on stderr (`Warning: …`, yellow on a terminal).
    pub fn warn(&self, line: &str) {
        let label = self.paint_err(Style::Warning, "Warning:");
        self.status(&format!("{label} {line}"));
    }

    /// A success line on stderr (`✔ …`, green on a terminal).
    pub fn success(&self, line: &str) {
        let tick = self.paint_err(Style::Success, "✔");
        self.status(&format!("{tick} {line}"));
    }

    /// Styles text for stdout if stdout takes colour.
    pub fn paint_out(&self, style: Style, text: &str) -> String {
        style.paint(text, self.stdout.color)
    }

    /// Styles text for stderr if stderr takes colour.
    pub fn paint_err(&self, style: Style, text: &str) -> String {
        style.paint(text, self.stderr.color)
    }

    /// Prints a user-facing error (`Error: …` and `hint:` lines) on stderr.
    pub fn error(&self, err: &crate::error::Error) {
        let text = err.render();
        let mut lines = text.lines();
        let mut out = String::new();
        if let Some(first) = lines.next() {
            let rest = first.strip_prefix("Error:").unwrap_or(first);
            out.push_str(&self.paint_err(Style::Error, "Error:"));
            out.push_str(rest);
            out.push('\n');
        }
        for l in lines {
            let rest = l.strip_prefix("hint:").unwrap_or(l);
            out.push_str(&self.paint_err(Style::Hint, "hint:"));
            out.push_str(rest);
            out.push('\n');
        }
        let _ = io::stderr().lock().write_all(out.as_bytes());
    }

    /// Progress for one long step: a spinner on a terminal, plain lines otherwise.
    pub fn progress(&self, message: &str) -> Progress {
        Progress::start(message, self.stderr.is_tty, self.stderr.color)
    }
}

/// Output formats shared by commands that print structured data (`-o`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Json,
    Yaml,
}

/// Renders structured data as istioctl does for `-o json` (2-space indent) or `-o yaml`.
pub fn render_structured(value: &serde_json::Value, format: Format) -> String {
    match format {
        Format::Json => {
            let mut s = serde_json::to_string_pretty(value).unwrap_or_else(|_| "null".into());
            s.push('\n');
            s
        }
        Format::Yaml => crate::yaml::to_string(value),
    }
}
