//! The colour policy and the few styles sailctl uses.

use std::ffi::OsString;

/// `--color` as istioctl: auto by default; `--color=false` turns colour off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Whether a stream gets colour. `Always` still honours `NO_COLOR` (it is the user's veto).
    pub fn enabled(self, is_tty: bool, env_ok: bool) -> bool {
        match self {
            ColorChoice::Never => false,
            ColorChoice::Always => env_ok,
            ColorChoice::Auto => is_tty && env_ok,
        }
    }
}

/// `NO_COLOR` set to anything non-empty, or `TERM=dumb`, forbids colour.
pub fn env_allows_color(no_color: Option<OsString>, term: Option<OsString>) -> bool {
    let no_color = no_color.is_some_and(|v| !v.is_empty());
    let dumb = term.is_some_and(|t| t == "dumb");
    !no_color && !dumb
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Error,
    Warning,
    Info,
    Success,
    Hint,
    Bold,
    Added,
    Removed,
}

impl Style {
    fn ansi(self) -> anstyle::Style {
        use anstyle::{AnsiColor, Style as S};
        match self {
            Style::Error => S::new().fg_color(Some(AnsiColor::Red.into())).bold(),
            Style::Warning => S::new().fg_color(Some(AnsiColor::Yellow.into())).bold(),
            Style::Info => S::new().fg_color(Some(AnsiColor::Cyan.into())),
            Style::Success => S::new().fg_color(Some(AnsiColor::Green.into())),
            Style::Hint => S::new().fg_color(Some(AnsiColor::Blue.into())),
            Style::Bold => S::new().bold(),
            Style::Added => S::new().fg_color(Some(AnsiColor::Green.into())),
            Style::Removed => S::new().fg_color(Some(AnsiColor::Red.into())),
        }
    }

    /// Wraps text in this style's escape codes when colour is on.
    pub fn paint(self, text: &str, color: bool) -> String {
        if !color || text.is_empty() {
            return text.to_string();
        }
        let s = self.ansi();
        format!("{}{text}{}", s.render(), s.render_reset())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_and_dumb_term_forbid_colour() {
        assert!(env_allows_color(None, Some("xterm".into())));
        assert!(!env_allows_color(Some("1".into()), None));
        assert!(
            env_allows_color(Some("".into()), None),
            "empty NO_COLOR does not count"
        );
        assert!(!env_allows_color(None, Some("dumb".into())));
    }

    #[test]
    fn auto_needs_a_terminal() {
        assert!(!ColorChoice::Auto.enabled(false, true));
        assert!(ColorChoice::Auto.enabled(true, true));
        assert!(!ColorChoice::Auto.enabled(true, false));
        assert!(!ColorChoice::Never.enabled(true, true));
        assert!(ColorChoice::Always.enabled(false, true));
    }

    #[test]
    fn paint_is_identity_without_colour() {
        assert_eq!(Style::Error.paint("x", false), "x");
        assert!(Style::Error.paint("x", true).contains("\x1b["));
    }
}
