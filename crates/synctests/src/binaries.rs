//! The `bk` and `bk-central` binaries of this workspace, brought up to date once per
//! test process with `cargo build --workspace --tests --bins` (same profile and target
//! directory). That is the feature set `cargo test --workspace` / `cargo nextest run
//! --workspace` builds them with, so after such a build it compiles nothing; building
//! only `-p bk -p central` would unify features differently and compile half the
//! dependency tree a second time. The benchmark (release profile) builds just the two
//! binaries: it runs alone, after a `cargo bench -p synctests` build.
//!
//! The inner cargo must see the environment of the shell that started the test run, not
//! the per-package variables cargo and nextest set for a test process: build scripts
//! such as ring's watch `CARGO_MANIFEST_DIR`, so inheriting it would rebuild half the
//! tree and relink every test executable while other tests are starting them.

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
        for (name, _) in std::env::vars_os() {
            if name.to_str().is_some_and(is_set_for_a_test_process) {
                command.env_remove(&name);
            }
        }
        if dir.file_name().is_some_and(|name| name == "release") {
            command.args(["build", "--quiet", "--release", "-p", "bk", "-p", "central"]);
        } else {
            command.args(["build", "--quiet", "--workspace", "--tests"]);
        }
        command.arg("--bins");
        let status = command.status().expect("cargo runs");
        assert!(status.success(), "building bk and bk-central failed");
        dir
    })
}

/// Whether cargo or nextest sets the variable for the test process (it is not part of
/// the environment the workspace was built in).
fn is_set_for_a_test_process(name: &str) -> bool {
    const EXACT: &[&str] = &[
        "CARGO_MANIFEST_DIR",
        "CARGO_MANIFEST_PATH",
        "CARGO_MANIFEST_LINKS",
        "CARGO_CRATE_NAME",
        "CARGO_PRIMARY_PACKAGE",
        "CARGO_TARGET_TMPDIR",
        "CARGO_RUSTC_CURRENT_DIR",
        "OUT_DIR",
        "RUST_TEST_THREADS",
    ];
    const PREFIXES: &[&str] = &["CARGO_PKG_", "CARGO_BIN_", "NEXTEST", "__NEXTEST"];
    EXACT.contains(&name) || PREFIXES.iter().any(|prefix| name.starts_with(prefix))
}

/// Path of `bk`.
pub fn bk() -> PathBuf {
    ensure_built().join("bk")
}

/// Path of `bk-central`.
pub fn bk_central() -> PathBuf {
    ensure_built().join("bk-central")
}
