//! Durations printed the way Go's `time.Duration.String()` does (`5m0s`, `1.5s`, `250ms`),
//! so messages match istioctl's and the flags' own syntax.

use std::fmt;
use std::time::Duration;

/// Displays the duration in Go's syntax.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Go(pub Duration);

impl fmt::Display for Go {
    /// Go's `Duration.String()` for whole seconds and above (`5m0s`, `1h0m0s`), ms below.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.0;
        if d.is_zero() {
            return f.write_str("0s");
        }
        if d < Duration::from_secs(1) {
            let ms = d.as_secs_f64() * 1e3;
            return if ms >= 1.0 {
                write!(f, "{}ms", trim(ms))
            } else {
                write!(f, "{}µs", trim(ms * 1e3))
            };
        }
        let secs = d.as_secs_f64();
        let h = (secs / 3600.0).floor() as u64;
        let m = ((secs - h as f64 * 3600.0) / 60.0).floor() as u64;
        let s = secs - h as f64 * 3600.0 - m as f64 * 60.0;
        if h > 0 {
            write!(f, "{h}h{m}m{}s", trim(s))
        } else if m > 0 {
            write!(f, "{m}m{}s", trim(s))
        } else {
            write!(f, "{}s", trim(s))
        }
    }
}

fn trim(x: f64) -> String {
    let s = format!("{x:.9}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_string()
}
