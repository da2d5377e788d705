//! The reader's `DEVICENAME` in pcscd's reader configuration: `PORT:PAD`, the
//! loopback TCP port on which the virtual card connects (vpcd's protocol, so
//! `testcard` plugs in unchanged) and the Unix socket the PIN pad is typed on.

use std::path::PathBuf;

/// Where the card connects and where the PIN pad listens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    /// TCP port on 127.0.0.1 for the card.
    pub port: u16,
    /// Unix socket of the PIN pad.
    pub pad: PathBuf,
}

impl Device {
    /// Reads `PORT:PAD`; `None` when it has another form.
    pub fn parse(name: &str) -> Option<Self> {
        let (port, pad) = name.split_once(':')?;
        let port = port.parse().ok()?;
        (!pad.is_empty()).then(|| Device {
            port,
            pad: PathBuf::from(pad),
        })
    }

    /// The `DEVICENAME` for this device.
    pub fn name(&self) -> String {
        format!("{}:{}", self.port, self.pad.display())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_name_is_port_and_pad_socket() {
        let device = Device::parse("35975:/tmp/bk-pad.sock").unwrap();
        assert_eq!(device.port, 35975);
        assert_eq!(device.pad, PathBuf::from("/tmp/bk-pad.sock"));
        assert_eq!(device.name(), "35975:/tmp/bk-pad.sock");
        assert_eq!(Device::parse("/dev/null:0x8C7B"), None);
        assert_eq!(Device::parse("35975:"), None);
    }
}
