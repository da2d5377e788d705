//! Owner-only access to the station's files, whatever the umask: the data folder is
//! created 0700, the SQLite files (database, `-wal`, `-shm`) are 0600. They hold the
//! enrolment (token and the station's signing key) and the sealed requests. SQLite
//! gives the `-wal` and `-shm` files it creates the database file's mode. Outside
//! Unix nothing is changed.

use std::io;
use std::path::{Path, PathBuf};

/// Mode of the data folder.
#[cfg(unix)]
const DIR_MODE: u32 = 0o700;
/// Mode of every SQLite file.
#[cfg(unix)]
const FILE_MODE: u32 = 0o600;

/// Creates `dir` (and its missing parents) when it does not exist; the folder itself
/// gets mode 0700. An existing folder is left as it is.
pub(super) fn create_dir(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    set_mode(dir, DIR_MODE)?;
    Ok(())
}

/// Creates the empty database file with mode 0600 before SQLite opens it, unless it
/// exists.
pub(super) fn create_file(path: &Path) -> io::Result<()> {
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
    {
        Ok(_) => restrict(path),
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(error) => Err(error),
    }
}

/// Sets mode 0600 on the database at `path` and its `-wal` and `-shm` files where they
/// exist (files of an older build may have been readable by all).
pub(super) fn restrict_all(path: &Path) -> io::Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        match restrict(&PathBuf::from(name)) {
            Err(error) if error.kind() == io::ErrorKind::NotFound => {}
            other => other?,
        }
    }
    Ok(())
}

/// Mode 0600 on one file.
fn restrict(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    set_mode(path, FILE_MODE)?;
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
}
