//! The station's Debian package as IT installs and updates it. `scripts/package` packs
//! the binaries of this test build (twice: the app's version and the next one); the
//! first is installed into a copy of a clean Debian 12 root (`BK_DEBIAN_ROOT`, made by
//! debootstrap and cached by scripts/test) with its apt offline, so every dependency
//! must already be there, and the unit's command (the kiosk in cage, as the kiosk user)
//! must start it. Then the newer one is offered from an APT repository served
//! on 127.0.0.1: signed by another key, unsigned, or with a package that is not the
//! one its signed index names, apt refuses it and the installed version stays; signed
//! by the station fleet's key, apt upgrades to it, and the kiosk user's data stays.

use e2e::cage::{assert_fills_screen, Cage};
use e2e::notify::{assert_beating, await_ready};
use e2e::paths::{app_binary, screenshot_dir, workspace_root};
use std::borrow::BorrowMut;
use std::ffi::OsStr;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::UnixDatagram;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

/// The fleet's repository as a station's apt knows it (what IT puts on each station).
const FLEET_KEYRING: &str = "usr/share/keyrings/buergerkoffer-fleet.gpg";
const FLEET_SOURCES: &str = "etc/apt/sources.list.d/buergerkoffer-fleet.sources";
const UNIT: &str = "buergerkoffer-kiosk.service";

/// Runs `command`; panics with its output unless it succeeds. Returns stdout.
fn run(mut command: impl BorrowMut<Command>) -> String {
    let command = command.borrow_mut();
    let output = output_of(&mut *command);
    assert!(
        output.status.success(),
        "{command:?} failed: {}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn output_of(mut command: impl BorrowMut<Command>) -> Output {
    let command = command.borrow_mut();
    command
        .output()
        .unwrap_or_else(|e| panic!("cannot run {command:?}: {e}"))
}

/// `chroot ROOT ARGS…` with a plain environment, as a station's root shell has it.
fn in_root(root: &Path, args: &[&str]) -> Command {
    let mut command = Command::new("chroot");
    command
        .arg(root)
        .args(args)
        .env_clear()
        .env("PATH", "/usr/sbin:/usr/bin:/sbin:/bin")
        .env("DEBIAN_FRONTEND", "noninteractive")
        .env("LC_ALL", "C.UTF-8");
    command
}

/// The installed package's version, as dpkg records it.
fn installed_version(root: &Path) -> String {
    run(in_root(
        root,
        &[
            "dpkg-query",
            "--show",
            "--showformat=${Version}",
            "buergerkoffer",
        ],
    ))
}

/// `apt-get update`, then an upgrade of the package: the output of both.
fn apt_update_and_upgrade(root: &Path) -> (Output, Output) {
    let update = output_of(in_root(root, &["apt-get", "-q", "update"]));
    let upgrade = output_of(in_root(
        root,
        &[
            "apt-get",
            "-q",
            "-y",
            "install",
            "--only-upgrade",
            "buergerkoffer",
        ],
    ));
    (update, upgrade)
}

/// The kiosk unit starts with the graphical target: its link (absolute, inside the root).
fn assert_unit_enabled(root: &Path) {
    let link = root
        .join("etc/systemd/system/graphical.target.wants")
        .join(UNIT);
    assert_eq!(
        std::fs::read_link(&link).unwrap_or_else(|e| panic!("{}: {e}", link.display())),
        Path::new("/lib/systemd/system").join(UNIT)
    );
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// `scripts/package --prebuilt` with the binaries next to the app: the package's path.
fn package(bin_dir: &Path, version: Option<&str>, out_dir: &Path) -> PathBuf {
    let mut command = Command::new(workspace_root().join("scripts/package"));
    command.arg("--prebuilt").arg(bin_dir);
    if let Some(version) = version {
        command.args(["--version", version]);
    }
    PathBuf::from(run(command.arg(out_dir)).trim())
}

/// The version after `version` (`0.1.0` → `0.1.1`).
fn next_version(version: &str) -> String {
    let (rest, patch) = version.rsplit_once('.').expect("a version a.b.c");
    format!(
        "{rest}.{}",
        patch.parse::<u32>().expect("a numeric patch") + 1
    )
}

/// A signing key in a keyring of its own; `export` writes its public key as apt reads it.
struct SigningKey {
    home: PathBuf,
}

impl SigningKey {
    fn new(home: PathBuf, name: &str) -> Self {
        std::fs::create_dir_all(&home).unwrap();
        std::fs::set_permissions(&home, std::fs::Permissions::from_mode(0o700)).unwrap();
        let key = SigningKey { home };
        run(key.gpg().args([
            "--passphrase",
            "",
            "--quick-generate-key",
            name,
            "ed25519",
            "sign",
            "never",
        ]));
        key
    }

    fn gpg(&self) -> Command {
        let mut command = Command::new("gpg");
        command.env("GNUPGHOME", &self.home).args([
            "--batch",
            "--pinentry-mode",
            "loopback",
            "--quiet",
        ]);
        command
    }

    fn export(&self, to: &Path) {
        run(self.gpg().arg("--output").arg(to).arg("--export"));
    }

    /// Signs `Release` of the repository in `dir` as `InRelease` (what apt fetches first).
    fn sign_release(&self, dir: &Path) {
        let signed = dir.join("InRelease");
        let _ = std::fs::remove_file(&signed);
        run(self
            .gpg()
            .arg("--output")
            .arg(&signed)
            .arg("--clearsign")
            .arg(dir.join("Release")));
    }
}

/// A flat APT repository in `dir` with the package at `deb`: its index and Release
/// (unsigned; see [`SigningKey::sign_release`]).
fn make_repository(dir: &Path, deb: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::copy(deb, dir.join(deb.file_name().unwrap())).unwrap();
    let packages = run(Command::new("apt-ftparchive")
        .args(["packages", "."])
        .current_dir(dir));
    std::fs::write(dir.join("Packages"), packages).unwrap();
    let release = run(Command::new("apt-ftparchive")
        .args(["-o", "APT::FTPArchive::Release::Origin=Buergerkoffer fleet"])
        .args(["release", "."])
        .current_dir(dir));
    std::fs::write(dir.join("Release"), release).unwrap();
}

/// A repository `name` with the package `deb` in `served` (unsigned), and the station's
/// sources pointing at it: a repository of its own for each case, so that nothing apt
/// keeps of one (a partial download) meets the next.
fn offer(root: &Path, served: &Path, url: &str, name: &str, deb: &Path) -> PathBuf {
    let dir = served.join(name);
    make_repository(&dir, deb);
    std::fs::write(
        root.join(FLEET_SOURCES),
        format!("Types: deb\nURIs: {url}{name}/\nSuites: ./\nSigned-By: /{FLEET_KEYRING}\n"),
    )
    .unwrap();
    dir
}

/// Serves `dir` over HTTP on 127.0.0.1 until the test ends; returns its URL.
fn serve(dir: PathBuf) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    listener.set_nonblocking(true).unwrap();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            let files =
                axum::Router::new().fallback_service(tower_http::services::ServeDir::new(dir));
            axum::serve(listener, files).await.unwrap();
        });
    });
    format!("http://{address}/")
}

#[test]
fn the_package_installs_into_a_clean_debian_and_updates_only_from_the_fleet_repository() {
    let cached_root = std::env::var_os("BK_DEBIAN_ROOT")
        .map(PathBuf::from)
        .expect(
            "BK_DEBIAN_ROOT is not set: run ./scripts/test, which makes the Debian 12 root \
         (scripts/lib/debian-root.sh)",
        );
    let app = app_binary().unwrap_or_else(|e| panic!("{e}"));
    let bin_dir = app.parent().unwrap();
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    run(Command::new("cp")
        .args(["-a", "--reflink=auto"])
        .arg(&cached_root)
        .arg(&root));

    // The package of this build, installed as IT installs it from a file.
    let first = package(bin_dir, None, &work.path().join("first"));
    let first_version = run(Command::new("dpkg-deb")
        .args(["--field"])
        .arg(&first)
        .arg("Version"))
    .trim()
    .to_owned();
    std::fs::copy(&first, root.join("tmp/buergerkoffer.deb")).unwrap();
    run(in_root(
        &root,
        &[
            "apt-get",
            "-q",
            "-y",
            "--no-install-recommends",
            "install",
            "/tmp/buergerkoffer.deb",
        ],
    ));
    assert_eq!(installed_version(&root), first_version);
    assert_eq!(
        run(in_root(&root, &["bk", "--version"])).trim(),
        format!("bk {}", env!("CARGO_PKG_VERSION"))
    );
    for program in [
        "/usr/bin/buergerkoffer",
        "/usr/bin/bk",
        "/usr/bin/bk-central",
        "/usr/bin/cage",
    ] {
        assert!(root.join(&program[1..]).is_file(), "{program} is missing");
    }

    // The kiosk user, its 0700 data folder, the unit in place, enabled and valid.
    assert!(run(in_root(&root, &["getent", "passwd", "buergerkoffer"]))
        .contains(":/var/lib/buergerkoffer:"));
    assert_eq!(
        run(in_root(
            &root,
            &["stat", "--format=%a %U %G", "/var/lib/buergerkoffer"]
        ))
        .trim(),
        "700 buergerkoffer buergerkoffer"
    );
    assert!(root.join("lib/systemd/system").join(UNIT).is_file());
    assert_unit_enabled(&root);
    run(in_root(
        &root,
        &[
            "systemd-analyze",
            "verify",
            &format!("/lib/systemd/system/{UNIT}"),
        ],
    ));
    // IT sets the staff PIN as the kiosk user; the store lands in the data folder.
    let mut set_pin = in_root(
        &root,
        &[
            "runuser",
            "-u",
            "buergerkoffer",
            "--",
            "env",
            "BK_DATA_DIR=/var/lib/buergerkoffer",
            "bk",
            "staff",
            "set-pin",
        ],
    );
    set_pin
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped());
    let mut child = set_pin.spawn().unwrap();
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), b"482915\n482915\n").unwrap();
    assert!(child.wait_with_output().unwrap().status.success());
    let store = root.join("var/lib/buergerkoffer/station.sqlite");
    assert!(store.is_file());

    // The unit's command, as the kiosk user: the installed kiosk starts in cage on this
    // system with nothing but the package's dependencies, and tells systemd it is ready.
    let socket_path = root.join("tmp/notify.sock");
    let socket = UnixDatagram::bind(&socket_path).unwrap();
    std::fs::set_permissions(&socket_path, std::fs::Permissions::from_mode(0o777)).unwrap();
    let cage = Cage::start_in_root(
        &root,
        "buergerkoffer",
        &[
            ("NOTIFY_SOCKET", OsStr::new("/tmp/notify.sock")),
            ("WATCHDOG_USEC", OsStr::new("2000000")),
            ("BK_DATA_DIR", OsStr::new("/var/lib/buergerkoffer")),
        ],
    )
    .unwrap_or_else(|e| panic!("{e}"));
    await_ready(&socket, Duration::from_secs(60));
    assert_beating(&socket, Duration::from_secs(4), Duration::from_secs(2));
    let picture = screenshot_dir().unwrap().join("package-kiosk-in-cage.png");
    cage.screenshot(&picture).unwrap_or_else(|e| panic!("{e}"));
    assert_fills_screen(&picture);
    drop(cage);

    // The fleet's key on the station, the repository in its sources.
    let fleet = SigningKey::new(work.path().join("fleet-key"), "Buergerkoffer fleet (test)");
    let stranger = SigningKey::new(work.path().join("other-key"), "Not the fleet (test)");
    fleet.export(&root.join(FLEET_KEYRING));
    let newer = package(
        bin_dir,
        Some(&next_version(&first_version)),
        &work.path().join("newer"),
    );
    let served = work.path().join("served");
    std::fs::create_dir_all(&served).unwrap();
    let url = serve(served.clone());

    // Signed by a key that is not the fleet's: apt refuses the repository.
    let repository = offer(&root, &served, &url, "foreign-key", &newer);
    stranger.sign_release(&repository);
    let (update, _) = apt_update_and_upgrade(&root);
    assert!(!update.status.success(), "{}", text(&update));
    assert!(text(&update).contains("NO_PUBKEY"), "{}", text(&update));
    assert_eq!(installed_version(&root), first_version);

    // Not signed at all: refused too.
    offer(&root, &served, &url, "unsigned", &newer);
    let (update, _) = apt_update_and_upgrade(&root);
    assert!(text(&update).contains("is not signed"), "{}", text(&update));
    assert_eq!(installed_version(&root), first_version);

    // The fleet's signature over the index, but the package altered after signing (one
    // byte, the same size): apt checks it against the signed hash and refuses it.
    let repository = offer(&root, &served, &url, "altered-package", &newer);
    fleet.sign_release(&repository);
    let altered = repository.join(newer.file_name().unwrap());
    let mut bytes = std::fs::read(&altered).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    std::fs::write(&altered, bytes).unwrap();
    let (update, upgrade) = apt_update_and_upgrade(&root);
    assert!(update.status.success(), "{}", text(&update));
    assert!(!upgrade.status.success(), "{}", text(&upgrade));
    assert!(
        text(&upgrade).contains("Hash Sum mismatch"),
        "{}",
        text(&upgrade)
    );
    assert_eq!(installed_version(&root), first_version);

    // The fleet's repository as it should be: the station upgrades.
    let repository = offer(&root, &served, &url, "fleet", &newer);
    fleet.sign_release(&repository);
    let (update, upgrade) = apt_update_and_upgrade(&root);
    assert!(update.status.success(), "{}", text(&update));
    assert!(upgrade.status.success(), "{}", text(&upgrade));
    assert_eq!(installed_version(&root), next_version(&first_version));
    run(in_root(&root, &["bk", "--version"]));
    assert!(store.is_file(), "the upgrade kept the station's store");
    assert_eq!(
        run(in_root(
            &root,
            &["stat", "--format=%a %U", "/var/lib/buergerkoffer"]
        ))
        .trim(),
        "700 buergerkoffer"
    );
    assert_unit_enabled(&root);
}
