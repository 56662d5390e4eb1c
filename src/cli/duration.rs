//! Go's `time.Duration` syntax for flags such as `--readiness-timeout 5m0s`; printing is
//! `output::duration`'s, shared with the messages that name a duration.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

/// A duration parsed and printed the way Go does (`1h2m3.5s`, `300ms`, `5m0s`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GoDuration(pub Duration);

impl FromStr for GoDuration {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s).map(GoDuration).ok_or_else(|| {
            format!("invalid duration {s:?}: use a number with a unit, e.g. 30s, 5m0s, 1h, 250ms")
        })
    }
}

fn parse(s: &str) -> Option<Duration> {
    let s = s.trim();
    if s == "0" {
        return Some(Duration::ZERO);
    }
    if s.is_empty() || s.starts_with('-') {
        return None;
    }
    let s = s.strip_prefix('+').unwrap_or(s);
    let mut total = 0f64;
    let mut rest = s;
    while !rest.is_empty() {
        let num_len = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        if num_len == 0 {
            return None;
        }
        let n: f64 = rest[..num_len].parse().ok()?;
        rest = &rest[num_len..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let unit = match &rest[..unit_len] {
            "ns" => 1e-9,
            "us" | "µs" | "μs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return None,
        };
        rest = &rest[unit_len..];
        total += n * unit;
    }
    if !total.is_finite() || total > 1e10 {
        return None;
    }
    Some(Duration::from_secs_f64(total))
}

impl fmt::Display for GoDuration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::output::duration::Go(self.0).fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Duration {
        s.parse::<GoDuration>().unwrap().0
    }

    #[test]
    fn parses_go_syntax() {
        assert_eq!(d("5m0s"), Duration::from_secs(300));
        assert_eq!(d("1h2m3s"), Duration::from_secs(3723));
        assert_eq!(d("250ms"), Duration::from_millis(250));
        assert_eq!(d("1.5s"), Duration::from_millis(1500));
        assert_eq!(d("0"), Duration::ZERO);
        for bad in ["", "5", "5x", "-1s", "s", "1..2s"] {
            assert!(bad.parse::<GoDuration>().is_err(), "{bad}");
        }
    }

    #[test]
    fn prints_like_go() {
        assert_eq!(GoDuration(Duration::from_secs(300)).to_string(), "5m0s");
        assert_eq!(GoDuration(Duration::from_secs(3723)).to_string(), "1h2m3s");
        assert_eq!(GoDuration(Duration::from_secs(15)).to_string(), "15s");
        assert_eq!(GoDuration(Duration::from_millis(1500)).to_string(), "1.5s");
        assert_eq!(GoDuration(Duration::from_millis(250)).to_string(), "250ms");
    }
}
