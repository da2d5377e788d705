//! The `bk` and `bk-central` binaries of this workspace, built once per test run
//! (`cargo build -p bk -p central --bins`, same profile and target directory).

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

/// The directory holding the binaries: the test executable lives in `…/deps/`.
fn bin_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable path");
    let deps = exe.parent().expect("deps directory");
    deps.parent().expect("profile directory").to_path_buf()
}

fn ensure_built() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = bin_dir();
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let mut command = Command::new(cargo);
        command.args(["build", "--quiet", "-p", "bk", "-p", "central", "--bins"]);
        if dir.file_name().is_some_and(|name| name == "release") {
            command.arg("--release");
        }
        let status = command.status().expect("cargo runs");
        assert!(status.success(), "building bk and bk-central failed");
        dir
    })
}

/// Path of `bk`.
pub fn bk() -> PathBuf {
    ensure_built().join("bk")
}

/// Path of `bk-central`.
pub fn bk_central() -> PathBuf {
    ensure_built().join("bk-central")
}
