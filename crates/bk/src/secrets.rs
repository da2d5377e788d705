//! Reading PIN, CAN, PUK and the staff PIN: from the terminal without echo, or — when
//! stdin is not a terminal — one per line from stdin, in the order the command asks.
//! Never from arguments or the environment. Each value goes straight into a
//! zeroizing buffer and from there, without a copy, into an [`eid::secret::Secret`]
//! or a [`station::staff_pin::StaffPin`].

use std::io::{self, BufRead, IsTerminal, Write};

use eid::secret::Secret;
use rustix::termios::{self, LocalModes, OptionalActions};
use station::staff_pin::StaffPin;
use zeroize::Zeroizing;

/// Longest line accepted (the buffer is reserved up front so it never moves).
const LINE_CAPACITY: usize = 256;

/// Why a secret could not be read (the secret itself is never part of it).
#[derive(Debug)]
pub enum InputError {
    /// stdin ended before the secret came (the prompt's Fluent id).
    Missing(&'static str),
    /// Reading failed.
    Io(io::Error),
}

/// Where secrets come from for this run.
pub struct SecretInput {
    terminal: bool,
}

impl SecretInput {
    /// Terminal input if stdin is a terminal, else lines from stdin.
    pub fn from_stdin() -> Self {
        SecretInput {
            terminal: io::stdin().is_terminal(),
        }
    }

    /// Whether a person types (then the CLI may ask for a confirmation).
    pub fn is_terminal(&self) -> bool {
        self.terminal
    }

    /// Reads one card secret, asking with the Fluent text `prompt` on a terminal.
    pub fn read(&self, prompt: &'static str) -> Result<Secret, InputError> {
        let mut line = self.read_line(prompt)?;
        Ok(Secret::new(std::mem::take(&mut *line)))
    }

    /// Reads the staff PIN, asking with the Fluent text `prompt` on a terminal.
    pub fn read_staff_pin(&self, prompt: &'static str) -> Result<StaffPin, InputError> {
        let mut line = self.read_line(prompt)?;
        Ok(StaffPin::new(std::mem::take(&mut *line)))
    }

    /// One line without its line end, in a zeroizing buffer.
    fn read_line(&self, prompt: &'static str) -> Result<Zeroizing<String>, InputError> {
        let mut line = Zeroizing::new(String::with_capacity(LINE_CAPACITY));
        let stdin = io::stdin();
        let read = if self.terminal {
            let mut stderr = io::stderr().lock();
            write!(stderr, "{}: ", app::messages::german(prompt, &[]))
                .and_then(|()| stderr.flush())
                .map_err(InputError::Io)?;
            let _echo_off = EchoOff::new(&stdin).map_err(InputError::Io)?;
            stdin.lock().read_line(&mut line)
        } else {
            stdin.lock().read_line(&mut line)
        }
        .map_err(InputError::Io)?;
        if read == 0 {
            return Err(InputError::Missing(prompt));
        }
        let end = line.trim_end_matches(['\r', '\n']).len();
        line.truncate(end);
        Ok(line)
    }
}

/// Switches terminal echo off until dropped (a newline is still echoed).
struct EchoOff<'a> {
    stdin: &'a io::Stdin,
    original: termios::Termios,
}

impl<'a> EchoOff<'a> {
    fn new(stdin: &'a io::Stdin) -> io::Result<Self> {
        let original = termios::tcgetattr(stdin)?;
        let mut silent = original.clone();
        silent.local_modes.remove(LocalModes::ECHO);
        silent.local_modes.insert(LocalModes::ECHONL);
        termios::tcsetattr(stdin, OptionalActions::Now, &silent)?;
        Ok(EchoOff { stdin, original })
    }
}

impl Drop for EchoOff<'_> {
    fn drop(&mut self) {
        // If the terminal cannot be restored there is nobody left to tell.
        let _restored = termios::tcsetattr(self.stdin, OptionalActions::Now, &self.original);
    }
}
