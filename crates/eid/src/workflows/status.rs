//! Card status: what kind of card it is (as far as a card tells without
//! terminal authentication) and the PIN state, read with MSE:Set AT, which
//! costs no try.
//!
//! What can be told: EF.CardAccess with a PACEInfo marks an eID card
//! following TR-03110 (German ID card, eAT and EU citizen card alike — which
//! of them only EF.DG1 says, readable after terminal authentication, which
//! the kiosk does not do), plus its PACE protocol and curve. The PIN state:
//! `9000` ready (3 tries), `63C2`, `63C1` suspended, `63C0` blocked, `6283`
//! deactivated, and on cards that report it `63Dx` for the Transport PIN.
//! Whether the PUK is used up is knowable only by using it.

use super::error::WorkflowError;
use super::session::CardSession;
use crate::pace::PaceParams;
use crate::status::PasswordStatus;
use crate::transport::CardTransport;

/// The PIN state the kiosk distinguishes (IPC `pinState`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinState {
    /// Usable with 3 (or more) tries.
    Ready,
    /// Usable, 2 tries left.
    TwoLeft,
    /// One try left: the CAN must come first.
    Suspended,
    /// No try left: the PUK is needed.
    Blocked,
    /// The online ID function is switched off.
    Deactivated,
}

impl PinState {
    /// The IPC `pinState` value.
    pub fn code(self) -> &'static str {
        match self {
            PinState::Ready => "ok",
            PinState::TwoLeft => "two_left",
            PinState::Suspended => "suspended",
            PinState::Blocked => "blocked",
            PinState::Deactivated => "deactivated",
        }
    }
}

/// The card's PIN state and kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardStatus {
    /// The PIN state.
    pub pin: PinState,
    /// Tries left; `None` when the online function is deactivated.
    pub pin_tries_left: Option<u8>,
    /// `Some(true)` when the card reports the initial (Transport) PIN state
    /// (`63Dx`); `None` when it does not report it (most cards: the citizen knows).
    pub transport_pin: Option<bool>,
    /// Whether the PUK is used up: only known after using it, so `None` here.
    pub puk_used_up: Option<bool>,
    /// What EF.CardAccess says about the card.
    pub card: CardKind,
    /// The reader has a PIN pad: the citizen types there, not on the screen.
    pub pin_pad: bool,
}

/// The kind of card, from EF.CardAccess.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardKind {
    /// Always "eID card (TR-03110: German ID card, eAT or EU citizen card)".
    pub description: &'static str,
    /// The PACE protocol, e.g. "PACE ECDH-GM AES-128".
    pub pace: String,
    /// The curve, e.g. "brainpoolP256r1".
    pub curve: &'static str,
    /// The standardized domain parameter id (13 for brainpoolP256r1).
    pub parameter_id: u32,
}

impl CardKind {
    fn of(params: &PaceParams) -> Self {
        CardKind {
            description: "eID card (TR-03110: German ID card, eAT or EU citizen card)",
            pace: format!("PACE ECDH-GM AES-{}", params.protocol.cipher.key_len() * 8),
            curve: params.domain.name(),
            parameter_id: params.domain.id(),
        }
    }
}

/// Turns an MSE:Set AT answer into the kiosk's PIN state.
pub fn pin_state(status: PasswordStatus) -> (PinState, Option<u8>) {
    let tries = |count: u8| match count {
        0 => PinState::Blocked,
        1 => PinState::Suspended,
        2 => PinState::TwoLeft,
        _ => PinState::Ready,
    };
    match status {
        PasswordStatus::Ready => (PinState::Ready, Some(3)),
        PasswordStatus::Deactivated => (PinState::Deactivated, None),
        other => {
            let count = other.retries_left().unwrap_or(0);
            (tries(count), Some(count))
        }
    }
}

impl CardStatus {
    /// The status of the card in `session` from one MSE:Set AT.
    pub fn read<T: CardTransport>(session: &mut CardSession<T>) -> Result<Self, WorkflowError> {
        let status = session.pin_status()?;
        let (pin, pin_tries_left) = pin_state(status);
        Ok(CardStatus {
            pin,
            pin_tries_left,
            transport_pin: matches!(status, PasswordStatus::InitialPin { .. }).then_some(true),
            puk_used_up: None,
            card: CardKind::of(session.params()),
            pin_pad: session.has_pin_pad(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_words_become_kiosk_states() {
        let cases = [
            (PasswordStatus::Ready, PinState::Ready, Some(3)),
            (PasswordStatus::RetriesLeft(2), PinState::TwoLeft, Some(2)),
            (PasswordStatus::RetriesLeft(5), PinState::Ready, Some(5)),
            (PasswordStatus::Suspended, PinState::Suspended, Some(1)),
            (PasswordStatus::Blocked, PinState::Blocked, Some(0)),
            (
                PasswordStatus::InitialPin { retries_left: 3 },
                PinState::Ready,
                Some(3),
            ),
            (
                PasswordStatus::InitialPin { retries_left: 0 },
                PinState::Blocked,
                Some(0),
            ),
            (PasswordStatus::Deactivated, PinState::Deactivated, None),
        ];
        for (status, state, tries) in cases {
            assert_eq!(pin_state(status), (state, tries), "{status:?}");
        }
        assert_eq!(PinState::TwoLeft.code(), "two_left");
    }
}
