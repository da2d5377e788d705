//! Where the test finds what it needs: the app binary, tauri-driver, WebKitWebDriver,
//! axe-core and the UI's page checks, and where it writes screenshots.

use std::path::{Path, PathBuf};

/// What every end-to-end test needs: found, or the test stops and says what is missing.
pub struct Tools {
    /// The kiosk binary ([`app_binary`]).
    pub app: PathBuf,
    /// tauri-driver ([`tauri_driver`]).
    pub driver: PathBuf,
    /// WebKitWebDriver ([`webkit_webdriver`]).
    pub native_driver: PathBuf,
    /// The axe-core script ([`axe_script`]).
    pub axe_source: String,
    /// The UI's own checks of a screen ([`page_checks_script`]).
    pub page_checks_source: String,
    /// Where screenshots go ([`screenshot_dir`]).
    pub screenshot_dir: PathBuf,
}

impl Tools {
    /// Finds all of them; panics with the first that is missing.
    pub fn find() -> Self {
        let found = (|| -> Result<Self, String> {
            Ok(Tools {
                app: app_binary()?,
                driver: tauri_driver()?,
                native_driver: webkit_webdriver()?,
                axe_source: axe_script()?,
                page_checks_source: page_checks_script()?,
                screenshot_dir: screenshot_dir()?,
            })
        })();
        found.unwrap_or_else(|e| panic!("{e}"))
    }
}

/// The repository root (two levels above this crate).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("crates/e2e lies two levels below the root")
        .to_path_buf()
}

/// The kiosk binary: `BK_APP_BINARY` when set (scripts/test exports what cargo built),
/// else `buergerkoffer` in the profile directory this test runs from
/// (`<target>/debug/deps/<test>` → `<target>/debug/buergerkoffer`), which follows
/// `CARGO_TARGET_DIR` and any cargo configuration.
pub fn app_binary() -> Result<PathBuf, String> {
    let candidate = match std::env::var_os("BK_APP_BINARY") {
        Some(path) if !path.is_empty() => PathBuf::from(path),
        _ => {
            let test_executable = std::env::current_exe().map_err(|e| e.to_string())?;
            let profile_dir = test_executable
                .parent()
                .and_then(Path::parent)
                .ok_or("the test executable has no profile directory")?;
            profile_dir.join("buergerkoffer")
        }
    };
    if candidate.is_file() {
        Ok(candidate)
    } else {
        Err(format!(
            "the kiosk binary {} does not exist: run ./scripts/test, which builds the app first \
             (or `cargo build -p buergerkoffer` after `npm run build` in ui/)",
            candidate.display()
        ))
    }
}

/// `tauri-driver` from PATH or cargo's bin directory.
pub fn tauri_driver() -> Result<PathBuf, String> {
    let cargo_bin = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .map(|home| home.join("bin"));
    let path_dirs = std::env::var_os("PATH")
        .map(|path| std::env::split_paths(&path).collect::<Vec<_>>())
        .unwrap_or_default();
    path_dirs
        .into_iter()
        .chain(cargo_bin)
        .map(|dir| dir.join("tauri-driver"))
        .find(|candidate| candidate.is_file())
        .ok_or_else(|| {
            "tauri-driver not found: run ./scripts/test (it installs it) or \
             `cargo install tauri-driver --locked --version ^2`"
                .to_owned()
        })
}

/// The WebDriver of WebKitGTK (Debian package webkit2gtk-driver).
pub fn webkit_webdriver() -> Result<PathBuf, String> {
    let path = PathBuf::from("/usr/bin/WebKitWebDriver");
    if path.is_file() {
        Ok(path)
    } else {
        Err(
            "/usr/bin/WebKitWebDriver is missing: install the Debian package webkit2gtk-driver"
                .into(),
        )
    }
}

/// axe-core as the UI vendors it (`ui/node_modules`, installed by `npm ci`).
pub fn axe_script() -> Result<String, String> {
    let path = workspace_root().join("ui/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).map_err(|e| {
        format!(
            "{}: {e} (run `npm ci` in ui/, ./scripts/test does)",
            path.display()
        )
    })
}

/// The touch-target, name, keyboard and layout checks the UI's accessibility walk in
/// Chromium makes too (`ui/tests/a11y/page-checks.js`).
pub fn page_checks_script() -> Result<String, String> {
    let path = workspace_root().join("ui/tests/a11y/page-checks.js");
    std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
}

/// `artifacts/screenshots/` at the root (git-ignored), created if needed.
pub fn screenshot_dir() -> Result<PathBuf, String> {
    let dir = workspace_root().join("artifacts/screenshots");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    Ok(dir)
}
