//! The card's life in the reader: connect to vpcd (insert), answer control
//! messages and APDUs with the faults the plan asks for, reconnect when vpcd
//! goes away (pcscd restarted), stay out while removed.

use std::io;
use std::sync::Arc;
use std::time::Duration;

use crate::card::Card;
use crate::card::NPA_ATR;
use crate::control::Shared;
use crate::faults::GARBAGE_ANSWER;
use crate::vpcd::{Message, VpcdConnection};

/// Pause between attempts to reach vpcd.
const RECONNECT_PAUSE: Duration = Duration::from_millis(200);

/// Runs the card forever on vpcd `port`. `log` prints one line per APDU
/// (instruction and status word only: command data may hold a PIN).
pub fn run(mut card: Card, port: u16, shared: Arc<Shared>, log: bool) -> ! {
    shared.publish(card.password_status());
    loop {
        shared.wait_until_inserted();
        let connection = match VpcdConnection::connect(port) {
            Ok(connection) => connection,
            Err(_) => {
                std::thread::sleep(RECONNECT_PAUSE);
                continue;
            }
        };
        if let Err(error) = serve(&mut card, connection, &shared, log) {
            eprintln!("testcard: vpcd connection failed: {error}");
        }
        card.reset();
        shared.disconnected();
        std::thread::sleep(RECONNECT_PAUSE);
    }
}

/// Serves one insertion until vpcd or a removal closes the connection.
fn serve(
    card: &mut Card,
    mut connection: VpcdConnection,
    shared: &Shared,
    log: bool,
) -> io::Result<()> {
    shared.connected(connection.remover()?);
    card.reset();
    while let Some(message) = connection.receive()? {
        match message {
            Message::PowerOff | Message::PowerOn | Message::Reset => card.reset(),
            Message::GetAtr => connection.send(&NPA_ATR)?,
            Message::UnknownControl(byte) => {
                eprintln!("testcard: unknown vpcd control byte {byte:#04x}")
            }
            Message::Apdu(command) => {
                let faults = shared.next_step();
                if faults.remove_before {
                    shared.remove();
                    return Ok(());
                }
                if let Some(delay) = faults.delay {
                    std::thread::sleep(delay);
                }
                if faults.garbage {
                    connection.send(&GARBAGE_ANSWER)?;
                    continue;
                }
                let response = card.process(&command, faults.flip_mac);
                if log {
                    log_exchange(&command, &response);
                }
                connection.send(&response)?;
                shared.publish(card.password_status());
                if faults.remove_after {
                    shared.remove();
                    return Ok(());
                }
            }
        }
    }
    Ok(())
}

fn log_exchange(command: &[u8], response: &[u8]) {
    let header: Vec<String> = command
        .iter()
        .take(4)
        .map(|byte| format!("{byte:02X}"))
        .collect();
    let sw: Vec<String> = response
        .iter()
        .rev()
        .take(2)
        .rev()
        .map(|byte| format!("{byte:02X}"))
        .collect();
    eprintln!("testcard: {} -> {}", header.join(" "), sw.join(""));
}
