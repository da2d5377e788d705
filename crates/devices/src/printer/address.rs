//! Where the receipt printer is: a network printer (`IP:9100`, the raw port of ESC/POS
//! printers) or a USB printer's device file (`/dev/usb/lp0`).

use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::path::{Component, Path, PathBuf};
use std::str::FromStr;

use crate::printer::PrinterProblem;

/// The raw printing port of network receipt printers.
pub const RAW_PORT: u16 = 9100;

/// Where USB printers' device files live; no other path is taken.
const DEVICE_FOLDER: &str = "/dev/";

/// A printer's address as staff give it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrinterAddress {
    /// A network printer; `192.168.1.50` means port 9100.
    Network(SocketAddr),
    /// A device file below `/dev/`, e.g. `/dev/usb/lp0`.
    Device(PathBuf),
}

impl FromStr for PrinterAddress {
    type Err = PrinterProblem;

    /// `/dev/usb/lp0` (a path below `/dev/` without `..`), `192.168.1.50`,
    /// `192.168.1.50:9100` or `[fe80::1]:9100`; host names are not taken (a station may
    /// have no DNS).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let text = text.trim();
        let path = Path::new(text);
        let below_dev = text.starts_with(DEVICE_FOLDER)
            && path
                .components()
                .all(|part| !matches!(part, Component::ParentDir));
        if below_dev {
            return Ok(Self::Device(path.to_path_buf()));
        }
        if let Ok(address) = text.parse::<SocketAddr>() {
            return Ok(Self::Network(address));
        }
        if let Ok(ip) = text.parse::<IpAddr>() {
            return Ok(Self::Network(SocketAddr::new(ip, RAW_PORT)));
        }
        Err(PrinterProblem::AddressInvalid(text.to_owned()))
    }
}

impl fmt::Display for PrinterAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Network(address) => write!(f, "{address}"),
            Self::Device(path) => write!(f, "{}", path.display()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_as_staff_type_them() {
        assert_eq!(
            "192.168.1.50"
                .parse::<PrinterAddress>()
                .unwrap()
                .to_string(),
            "192.168.1.50:9100"
        );
        assert_eq!(
            " 127.0.0.1:9101 "
                .parse::<PrinterAddress>()
                .unwrap()
                .to_string(),
            "127.0.0.1:9101"
        );
        assert_eq!(
            "/dev/usb/lp0".parse::<PrinterAddress>().unwrap(),
            PrinterAddress::Device("/dev/usb/lp0".into())
        );
        assert_eq!(
            "drucker.local"
                .parse::<PrinterAddress>()
                .unwrap_err()
                .code(),
            "printer_address_invalid"
        );
    }
}
