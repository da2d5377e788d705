//! The app in cage, the kiosk compositor of the station's unit
//! (packaging/systemd/buergerkoffer-kiosk.service), on wlroots' headless backend: one
//! 1280×720 output in memory ([`SCREEN`]), drawn in software. cage refuses to run as root, so the
//! app runs as an unprivileged user: `nobody` for the app of this build
//! ([`Cage::start`]), the package's kiosk user for the installed app in a Debian root
//! ([`Cage::start_in_root`]).

use std::ffi::{OsStr, OsString};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::process::{Guarded, WITHOUT_PCSC};

/// Who runs this build's app in cage: every Debian system has `nobody`.
const BUILD_USER: &str = "nobody";

/// The running cage; ended with its process group when dropped.
pub struct Cage {
    /// The runtime folder (cage's Wayland socket) as this process sees it.
    runtime_dir: PathBuf,
    _process: Guarded,
}

impl Cage {
    /// Starts this build's `app` as the unit does (see [`cage_command`]), with everything
    /// it needs in `dir`, which becomes [`BUILD_USER`]'s: a copy of the binary (a clone
    /// under a private home is out of that user's reach), a home, the runtime folder and
    /// the store in `dir/data` (made by the caller). The app sees no pcscd
    /// ([`WITHOUT_PCSC`]); `env` adds variables.
    pub fn start(app: &Path, dir: &Path, env: &[(&str, &OsStr)]) -> Result<Self, String> {
        let app_copy = dir.join("buergerkoffer");
        std::fs::copy(app, &app_copy).map_err(|e| io_error(&app_copy, e))?;
        let (home, runtime_dir, data_dir) =
            (dir.join("home"), dir.join("runtime"), dir.join("data"));
        for made in [&home, &runtime_dir] {
            std::fs::create_dir_all(made).map_err(|e| io_error(made, e))?;
        }
        set_mode(dir, 0o755)?;
        set_mode(&runtime_dir, 0o700)?;
        succeed(Command::new("chown").args(["-R", BUILD_USER]).arg(dir))?;

        let mut variables = vec![
            ("HOME", home.as_os_str()),
            ("BK_DATA_DIR", data_dir.as_os_str()),
            (WITHOUT_PCSC.0, OsStr::new(WITHOUT_PCSC.1)),
        ];
        variables.extend_from_slice(env);
        let mut command = Command::new("runuser");
        command.args(["-u", BUILD_USER, "--"]);
        cage_command(&mut command, &runtime_dir, &variables, &app_copy);
        Self::spawn(runtime_dir, &mut command)
    }

    /// Starts the installed app (`/usr/bin/buergerkoffer`) in the Debian system at `root`
    /// as `user`, through `chroot`, in a mount namespace of its own with `/proc` and
    /// `/dev/shm` mounted (they vanish with it). The runtime folder is
    /// `/tmp/kiosk-runtime` inside the root; `env` holds paths as the root sees them.
    pub fn start_in_root(root: &Path, user: &str, env: &[(&str, &OsStr)]) -> Result<Self, String> {
        let inner_runtime = Path::new("/tmp/kiosk-runtime");
        succeed(
            Command::new("chroot")
                .arg(root)
                .args(["install", "-d", "-m", "0700", "-o", user])
                .arg(inner_runtime),
        )?;
        let mut command = Command::new("unshare");
        command
            .args(["--mount", "--propagation", "private", "--", "sh", "-c"])
            .arg(
                r#"mount -t proc proc "$1/proc" && mount -t tmpfs tmpfs "$1/dev/shm" && exec chroot "$@""#,
            )
            .arg("sh")
            .arg(root)
            .args(["runuser", "-u", user, "--"]);
        cage_command(
            &mut command,
            inner_runtime,
            env,
            Path::new("/usr/bin/buergerkoffer"),
        );
        Self::spawn(root.join("tmp/kiosk-runtime"), &mut command)
    }

    fn spawn(runtime_dir: PathBuf, command: &mut Command) -> Result<Self, String> {
        command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        Ok(Cage {
            runtime_dir,
            _process: Guarded::spawn("cage", command)?,
        })
    }

    /// A PNG of cage's output at `to` (`grim`, through wlroots' screen copy; run as root,
    /// which may use any user's Wayland socket).
    pub fn screenshot(&self, to: &Path) -> Result<(), String> {
        let display = std::fs::read_dir(&self.runtime_dir)
            .map_err(|e| io_error(&self.runtime_dir, e))?
            .filter_map(|entry| entry.ok())
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .find(|name| name.starts_with("wayland-") && !name.ends_with(".lock"))
            .ok_or("cage has no Wayland socket")?;
        succeed(
            Command::new("grim")
                .env("XDG_RUNTIME_DIR", &self.runtime_dir)
                .env("WAYLAND_DISPLAY", display)
                .arg(to),
        )
    }
}

/// The size of cage's headless output.
const SCREEN: (u32, u32) = (1280, 720);

/// Asserts that a screenshot of cage's output (`picture`) shows the page in every
/// corner (light), none cage's empty black background: the kiosk covers the screen.
pub fn assert_fills_screen(picture: &Path) {
    let (width, height) = SCREEN;
    assert_eq!(measure(picture, &[], "%w %h"), format!("{width} {height}"));
    let corner = 64;
    for (x, y) in [
        (0, 0),
        (width - corner, 0),
        (0, height - corner),
        (width - corner, height - corner),
    ] {
        let crop = format!("{corner}x{corner}+{x}+{y}");
        let brightness: f64 = measure(picture, &["-crop", &crop, "+repage"], "%[fx:mean]")
            .parse()
            .expect("a brightness");
        assert!(
            brightness > 0.5,
            "the corner at {x},{y} is dark ({brightness:.2}): the kiosk does not cover \
             cage's screen (see {})",
            picture.display()
        );
    }
}

/// ImageMagick's answer about `picture` for a `-format` expression, after `operations`.
fn measure(picture: &Path, operations: &[&str], format: &str) -> String {
    let output = Command::new("convert")
        .arg(picture)
        .args(operations)
        .args(["-format", format, "info:"])
        .output()
        .expect("ImageMagick's convert");
    assert!(
        output.status.success(),
        "convert: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

/// Appends `env -i VARIABLES… cage -d -r -r -- APP` to `command`: the unit's
/// `cage -d -- APP` on the headless backend with a plain environment. Turned by 180°
/// (`-r -r`), the output's transform differs from the window's, so cage draws the
/// window instead of handing its buffer to the output directly (scan-out): the headless
/// backend's screen copy of a scanned-out buffer is black.
fn cage_command(command: &mut Command, runtime_dir: &Path, env: &[(&str, &OsStr)], app: &Path) {
    let base = [
        ("PATH", OsStr::new("/usr/bin:/bin")),
        ("XDG_RUNTIME_DIR", runtime_dir.as_os_str()),
        ("WLR_BACKENDS", OsStr::new("headless")),
        ("WLR_RENDERER", OsStr::new("pixman")),
        ("WLR_LIBINPUT_NO_DEVICES", OsStr::new("1")),
    ];
    command.args(["env", "-i"]);
    for (key, value) in base.iter().chain(env) {
        let mut assignment = OsString::from(format!("{key}="));
        assignment.push(value);
        command.arg(assignment);
    }
    command.args(["cage", "-d", "-r", "-r", "--"]).arg(app);
}

fn set_mode(path: &Path, mode: u32) -> Result<(), String> {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .map_err(|e| io_error(path, e))
}

fn succeed(command: &mut Command) -> Result<(), String> {
    let output = command.output().map_err(|e| format!("{command:?}: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{command:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

fn io_error(path: &Path, error: std::io::Error) -> String {
    format!("{}: {error}", path.display())
}
