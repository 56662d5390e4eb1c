//! Spinners for long steps: indicatif on a terminal, plain status lines elsewhere.

use indicatif::{ProgressBar, ProgressStyle};
use std::time::Duration;

/// One step in progress. Finish it with `done`, `fail`, or drop it (clears the spinner).
pub struct Progress {
    bar: Option<ProgressBar>,
    color: bool,
}

impl Progress {
    pub(crate) fn start(message: &str, is_tty: bool, color: bool) -> Self {
        if !is_tty {
            return Progress { bar: None, color };
        }
        let bar = ProgressBar::new_spinner();
        bar.set_style(
            ProgressStyle::with_template("{spinner} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.set_message(message.to_string());
        bar.enable_steady_tick(Duration::from_millis(100));
        Progress {
            bar: Some(bar),
            color,
        }
    }

    /// Updates the spinner text (no output when not a terminal).
    pub fn set_message(&self, message: &str) {
        if let Some(b) = &self.bar {
            b.set_message(message.to_string());
        }
    }

    /// Ends the step with `✔ message` (printed as a plain line when not a terminal).
    pub fn done(self, message: &str) {
        let line = format!("{} {message}", super::Style::Success.paint("✔", self.color));
        self.finish(&line);
    }

    /// Ends the step with `✘ message`.
    pub fn fail(self, message: &str) {
        let line = format!("{} {message}", super::Style::Error.paint("✘", self.color));
        self.finish(&line);
    }

    fn finish(mut self, line: &str) {
        match self.bar.take() {
            Some(b) => {
                b.finish_and_clear();
                eprintln!("{line}");
            }
            None => eprintln!("{line}"),
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(b) = self.bar.take() {
            b.finish_and_clear();
        }
    }
}
