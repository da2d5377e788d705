//! A network receipt printer for tests, on 127.0.0.1: it records every print job's
//! bytes and answers the ESC/POS real-time status requests (`DLE EOT n`) with the
//! state the test sets — ready, paper out, offline, or silent like a printer that
//! never answers.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;

/// What the fake printer answers to status requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FakeState {
    /// Paper present, online.
    Ready,
    /// Roll paper end: `DLE EOT 4` answers with bits 5 and 6 set; offline as well.
    PaperOut,
    /// Offline (cover open): `DLE EOT 1` answers with bit 3 set.
    Offline,
    /// Never answers a status request (prints all the same).
    Silent,
}

#[derive(Default)]
struct Shared {
    state: Option<FakeState>,
    jobs: Vec<Vec<u8>>,
}

/// The running fake printer; stops accepting when dropped.
pub struct FakePrinter {
    address: SocketAddr,
    shared: Arc<Mutex<Shared>>,
}

impl FakePrinter {
    /// Starts a fake printer in `state` on a free port of 127.0.0.1.
    pub fn start(state: FakeState) -> std::io::Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let address = listener.local_addr()?;
        let shared = Arc::new(Mutex::new(Shared {
            state: Some(state),
            jobs: Vec::new(),
        }));
        let accepting = Arc::clone(&shared);
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let shared = Arc::clone(&accepting);
                if shared.lock().map(|s| s.state.is_none()).unwrap_or(true) {
                    break;
                }
                thread::spawn(move || serve(stream, &shared));
            }
        });
        Ok(Self { address, shared })
    }

    /// Its address, as staff would set it (`127.0.0.1:PORT`).
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Changes what it answers from now on.
    pub fn set_state(&self, state: FakeState) {
        self.shared.lock().expect("fake printer state").state = Some(state);
    }

    /// The print jobs received so far, each the bytes of one connection.
    pub fn jobs(&self) -> Vec<Vec<u8>> {
        self.shared.lock().expect("fake printer jobs").jobs.clone()
    }
}

impl Drop for FakePrinter {
    fn drop(&mut self) {
        if let Ok(mut shared) = self.shared.lock() {
            shared.state = None;
        }
        // Wakes the accepting thread so that it sees the stop.
        let _ = TcpStream::connect(self.address);
    }
}

/// One connection: status requests are answered one by one; anything else is a job,
/// recorded when the client closes the connection.
fn serve(mut stream: TcpStream, shared: &Mutex<Shared>) {
    let mut received = Vec::new();
    let mut buffer = [0u8; 4096];
    loop {
        let n = match stream.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        received.extend_from_slice(&buffer[..n]);
        while received.len() >= 3 && received[0] == 0x10 && received[1] == 0x04 {
            let request = received[2];
            received.drain(..3);
            let state = shared.lock().ok().and_then(|s| s.state);
            if let Some(answer) = state.and_then(|state| answer(state, request)) {
                if stream.write_all(&[answer]).is_err() {
                    return;
                }
            }
        }
    }
    if !received.is_empty() {
        if let Ok(mut shared) = shared.lock() {
            shared.jobs.push(received);
        }
    }
}

/// The status byte for `request` (`n` of `DLE EOT n`) in `state`; fixed bits 0xx1xx10.
fn answer(state: FakeState, request: u8) -> Option<u8> {
    const FIXED: u8 = 0x12;
    match (state, request) {
        (FakeState::Silent, _) => None,
        (FakeState::PaperOut, 4) => Some(FIXED | 0x60),
        (FakeState::PaperOut | FakeState::Offline, 1) => Some(FIXED | 0x08),
        _ => Some(FIXED),
    }
}
