//! Opening the URL in a browser, or saying why not.

use std::process::{Command, Stdio};

/// The opener for this platform, if a graphical session looks available.
pub fn opener(display: Option<&str>, wayland: Option<&str>) -> Result<&'static str, &'static str> {
    if cfg!(target_os = "macos") {
        return Ok("open");
    }
    let has_display =
        display.is_some_and(|d| !d.is_empty()) || wayland.is_some_and(|w| !w.is_empty());
    if !has_display {
        return Err("no display is available (DISPLAY and WAYLAND_DISPLAY are unset)");
    }
    Ok("xdg-open")
}

/// Why no browser was opened, for one status line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BrowserError {
    #[error("{0}")]
    NoDisplay(&'static str),
    #[error("cannot run {opener}: {reason}")]
    Spawn {
        opener: &'static str,
        reason: String,
    },
}

/// Tries to open `url`; returns why not.
pub fn open(url: &str) -> Result<(), BrowserError> {
    let display = std::env::var("DISPLAY").ok();
    let wayland = std::env::var("WAYLAND_DISPLAY").ok();
    let cmd = opener(display.as_deref(), wayland.as_deref()).map_err(BrowserError::NoDisplay)?;
    Command::new(cmd)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map(|_| ())
        .map_err(|e| BrowserError::Spawn {
            opener: cmd,
            reason: crate::files::io_reason(&e),
        })
}

#[cfg(test)]
mod tests {
    #[test]
    #[cfg(not(target_os = "macos"))]
    fn needs_a_display() {
        assert!(super::opener(None, None).is_err());
        assert!(super::opener(Some(""), None).is_err());
        assert_eq!(super::opener(Some(":0"), None), Ok("xdg-open"));
        assert_eq!(super::opener(None, Some("wayland-0")), Ok("xdg-open"));
    }
}
