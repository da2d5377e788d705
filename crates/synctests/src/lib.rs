//! Test harness for the sync between a station and the central, with real processes:
//! `bk-central serve` on a loopback port, `bk` with its own data directory, and a
//! fault-injecting TCP proxy between them.
//!
//! - [`binaries`]: builds and finds `bk` and `bk-central`.
//! - [`central`]: a central process that can be killed and restarted on its port.
//! - [`station`]: a station data directory, driven by `bk` and the station crate.
//! - [`proxy`]: the fault proxy.
//! - [`random`]: small random numbers for delays and choices.

pub mod binaries;
pub mod central;
pub mod proxy;
pub mod random;
pub mod station;

/// A temporary directory in memory (`/dev/shm`) when there is one: the crash tests
/// kill processes, not the machine, so the page cache is as durable as a disk for
/// them, and items are written much faster.
pub fn fast_tempdir() -> tempfile::TempDir {
    let shm = std::path::Path::new("/dev/shm");
    if shm.is_dir() {
        tempfile::tempdir_in(shm).expect("temp dir in /dev/shm")
    } else {
        tempfile::tempdir().expect("temp dir")
    }
}
