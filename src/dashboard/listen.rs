//! The local side: which address to bind, and the warning for non-loopback ones.

use crate::error::Error;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};

/// The address `--address` asks for: an IP literal or `localhost` (as istioctl accepts).
pub fn parse_address(address: &str) -> Result<IpAddr, Error> {
    if address.eq_ignore_ascii_case("localhost") {
        return Ok(IpAddr::V4(Ipv4Addr::LOCALHOST));
    }
    address
        .trim_matches(['[', ']'])
        .parse::<IpAddr>()
        .map_err(|_| {
            Error::usage(format!(
                "invalid --address {address:?}: only IP addresses or localhost are accepted"
            ))
            .hint("use --address localhost (the default) or an IP such as 127.0.0.1")
        })
}

/// A warning when the dashboard would be reachable from other machines.
pub fn exposure_warning(ip: IpAddr) -> Option<String> {
    (!ip.is_loopback()).then(|| {
        format!("listening on {ip}: anyone who can reach this machine on the network can open the dashboard, without authentication")
    })
}

pub fn socket(ip: IpAddr, port: u16) -> SocketAddr {
    SocketAddr::new(ip, port)
}

/// The host to print in the URL: keep `localhost` when the user asked for it.
pub fn url_host(address: &str, ip: IpAddr) -> String {
    if address.eq_ignore_ascii_case("localhost") {
        "localhost".into()
    } else {
        ip.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        assert_eq!(
            parse_address("localhost").unwrap(),
            IpAddr::V4(Ipv4Addr::LOCALHOST)
        );
        assert!(parse_address("0.0.0.0").is_ok());
        assert!(parse_address("[::1]").unwrap().is_loopback());
        assert_eq!(parse_address("example.com").unwrap_err().exit_code(), 64);
    }

    #[test]
    fn warns_only_off_loopback() {
        assert!(exposure_warning("127.0.0.1".parse().unwrap()).is_none());
        assert!(exposure_warning("::1".parse().unwrap()).is_none());
        assert!(
            exposure_warning("0.0.0.0".parse().unwrap())
                .unwrap()
                .contains("anyone")
        );
    }
}
