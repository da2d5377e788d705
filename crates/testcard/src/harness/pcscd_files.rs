//! pcscd's files in `/run/pcscd` (Debian's paths): its socket and the pid file
//! of the pcscd that made it. A pcscd that ended without cleaning up (killed,
//! crashed) leaves both behind; pcscd then refuses to start for as long as the
//! pid in the file names a live process — which, once the pid is reused or the
//! old pcscd is a zombie nobody reaps (a container's init), is forever. The
//! harness clears such leftovers, as pcscd itself does when the pid is gone.

use std::fs;
use std::path::Path;

/// The socket clients connect to.
const SOCKET: &str = "/run/pcscd/pcscd.comm";
/// The pid of the pcscd that made the socket.
const PID_FILE: &str = "/run/pcscd/pcscd.pid";

/// What the files say about the pcscd behind the socket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Owner {
    /// No socket: a new pcscd may start.
    NoSocket,
    /// A socket without a readable pid file (pcscd starts over it).
    NoPidFile,
    /// The pid file names a running pcscd.
    Running(u32),
    /// The pid file names a pcscd that ended (a zombie), another program, or
    /// no process at all: the socket is a leftover.
    Stale {
        /// The pid in the file.
        pid: u32,
        /// What runs under that pid now (`/proc/PID/comm` and state), if anything.
        now: Option<String>,
    },
}

impl std::fmt::Display for Owner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Owner::NoSocket => write!(f, "no socket {SOCKET}"),
            Owner::NoPidFile => write!(f, "{SOCKET} without {PID_FILE}"),
            Owner::Running(pid) => write!(f, "{PID_FILE} names pcscd {pid}, running"),
            Owner::Stale { pid, now: None } => write!(f, "{PID_FILE} names {pid}, gone"),
            Owner::Stale {
                pid,
                now: Some(now),
            } => write!(f, "{PID_FILE} names {pid}, now {now}"),
        }
    }
}

/// Reads the files and `/proc` for the pid they name.
pub(super) fn owner() -> Owner {
    if fs::symlink_metadata(SOCKET).is_err() {
        return Owner::NoSocket;
    }
    let Some(pid): Option<u32> = fs::read_to_string(PID_FILE).ok().and_then(|text| {
        text.trim_matches(|c: char| c.is_whitespace() || c == '\0')
            .parse()
            .ok()
    }) else {
        return Owner::NoPidFile;
    };
    let proc_dir = Path::new("/proc").join(pid.to_string());
    let comm = fs::read_to_string(proc_dir.join("comm")).ok();
    let state = fs::read_to_string(proc_dir.join("stat"))
        .ok()
        .and_then(|stat| state_of(&stat));
    match (comm, state) {
        (Some(comm), Some(state)) if comm.trim() == "pcscd" && !matches!(state, 'Z' | 'X') => {
            Owner::Running(pid)
        }
        (Some(comm), state) => Owner::Stale {
            pid,
            now: Some(format!("{} (state {})", comm.trim(), state.unwrap_or('?'))),
        },
        (None, _) => Owner::Stale { pid, now: None },
    }
}

/// The state letter of a `/proc/PID/stat` line (after the command in parentheses).
fn state_of(stat: &str) -> Option<char> {
    stat.rsplit_once(')')?.1.trim_start().chars().next()
}

/// Removes the socket and pid file when [`owner`] finds them stale; says what it found.
pub(super) fn clear_stale() -> Owner {
    let owner = owner();
    if matches!(owner, Owner::Stale { .. }) {
        // Best effort: when they cannot be removed, pcscd's refusal tells why.
        let _ = fs::remove_file(SOCKET);
        let _ = fs::remove_file(PID_FILE);
    }
    owner
}

#[cfg(test)]
mod tests {
    use super::state_of;

    #[test]
    fn state_is_read_after_a_command_with_spaces_and_parentheses() {
        assert_eq!(state_of("42 (pcscd) S 1 42 42"), Some('S'));
        assert_eq!(state_of("43 (a (b) c) Z 1 43"), Some('Z'));
        assert_eq!(state_of("44 (broken"), None);
    }
}
