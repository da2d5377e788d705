//! The card desk's answers as a window shows them (docs/ipc.md, "Online-Ausweis &
//! PIN"): the reader state, the card's PIN state, a workflow's outcome and the check of
//! an unknown one, each with the closed set of values the UI branches on.

use eid::reader_watch::{CardPresence, ReaderSnapshot};
use eid::workflows::{CardStatus, CheckedOutcome, PadPrompt, PinOutcome, PinState};
use serde::Serialize;

/// What lies on the reader in use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum CardOnReader {
    /// No card.
    None,
    /// An eID card.
    Eid,
    /// Another card.
    Other,
}

impl From<CardPresence> for CardOnReader {
    fn from(card: CardPresence) -> Self {
        match card {
            CardPresence::None => CardOnReader::None,
            CardPresence::Eid => CardOnReader::Eid,
            CardPresence::Other => CardOnReader::Other,
        }
    }
}

/// Readers and card as the watcher last saw them.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReaderState {
    /// Every reader pcscd offers.
    pub readers: Vec<String>,
    /// The reader in use.
    pub reader: Option<String>,
    /// What lies on it.
    pub card: CardOnReader,
    /// A workflow talks to the card right now.
    pub busy: bool,
    /// What the citizen is to type on the reader's PIN pad now (a PIN pad workflow runs).
    pub pad_prompt: Option<PadPromptView>,
}

impl ReaderState {
    /// The watcher's snapshot and the PIN pad's prompt of the running workflow.
    pub fn new(snapshot: ReaderSnapshot, pad_prompt: Option<PadPrompt>) -> Self {
        ReaderState {
            readers: snapshot.readers,
            reader: snapshot.reader,
            card: snapshot.card.into(),
            busy: snapshot.busy,
            pad_prompt: pad_prompt.map(PadPromptView::from),
        }
    }
}

/// What the citizen types on the reader's PIN pad now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum PadPromptView {
    /// The CAN.
    Can,
    /// The current PIN.
    Pin,
    /// The Transport PIN.
    TransportPin,
    /// The new PIN, twice.
    NewPin,
    /// The PUK.
    Puk,
    /// The new PIN once, to check a change whose answer was lost.
    CheckNewPin,
}

impl From<PadPrompt> for PadPromptView {
    fn from(prompt: PadPrompt) -> Self {
        match prompt {
            PadPrompt::Can => PadPromptView::Can,
            PadPrompt::Pin { transport: false } => PadPromptView::Pin,
            PadPrompt::Pin { transport: true } => PadPromptView::TransportPin,
            PadPrompt::NewPin => PadPromptView::NewPin,
            PadPrompt::Puk => PadPromptView::Puk,
            PadPrompt::CheckNewPin => PadPromptView::CheckNewPin,
        }
    }
}

/// The PIN's state: usable (`ok`, `two_left`), `suspended` (CAN first), `blocked`
/// (PUK needed), online function `deactivated`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum PinStateView {
    /// Three tries.
    Ok,
    /// Two tries left.
    TwoLeft,
    /// One try left, only after the CAN.
    Suspended,
    /// No tries left: the PUK unblocks.
    Blocked,
    /// The online ID function is switched off.
    Deactivated,
}

impl From<PinState> for PinStateView {
    fn from(state: PinState) -> Self {
        match state {
            PinState::Ready => PinStateView::Ok,
            PinState::TwoLeft => PinStateView::TwoLeft,
            PinState::Suspended => PinStateView::Suspended,
            PinState::Blocked => PinStateView::Blocked,
            PinState::Deactivated => PinStateView::Deactivated,
        }
    }
}

/// The card's PIN state for the kiosk.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CardStatusView {
    /// The PIN's state.
    pub pin_state: PinStateView,
    /// Tries left, when the card tells.
    pub pin_tries_left: Option<u8>,
    /// The PUK cannot unblock any more.
    pub puk_used_up: bool,
    /// The reader has a PIN pad: PIN, CAN and PUK are typed there, never on the screen.
    pub pin_pad: bool,
}

impl From<CardStatus> for CardStatusView {
    fn from(status: CardStatus) -> Self {
        CardStatusView {
            pin_state: status.pin.into(),
            pin_tries_left: status.pin_tries_left,
            puk_used_up: status.puk_used_up.unwrap_or(false),
            pin_pad: status.pin_pad,
        }
    }
}

/// What a finished workflow achieved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum PinOutcomeView {
    /// The card holds the new PIN.
    Changed,
    /// The PIN has three tries again.
    Unblocked,
    /// The suspended PIN is usable again.
    Resumed,
}

/// `{ outcome }`, the answer of a finished workflow.
#[derive(Debug, Clone, Copy, Serialize, specta::Type)]
pub struct OutcomeView {
    /// What it achieved.
    pub outcome: PinOutcomeView,
}

impl From<PinOutcome> for PinOutcomeView {
    fn from(outcome: PinOutcome) -> Self {
        match outcome {
            PinOutcome::Changed => PinOutcomeView::Changed,
            PinOutcome::Unblocked => PinOutcomeView::Unblocked,
            PinOutcome::Resumed => PinOutcomeView::Resumed,
        }
    }
}

impl From<PinOutcome> for OutcomeView {
    fn from(outcome: PinOutcome) -> Self {
        OutcomeView {
            outcome: outcome.into(),
        }
    }
}

/// What the check of an unknown outcome found, once the card was back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(tag = "checked", rename_all = "snake_case")]
pub enum CheckedView {
    /// The interrupted workflow did take effect.
    Done {
        /// What it achieved.
        outcome: PinOutcomeView,
    },
    /// It did not: the card holds what it held before.
    NotDone,
    /// Nothing to check (no unknown outcome, or kept too long): read the card afresh.
    NothingPending,
}

impl From<Option<CheckedOutcome>> for CheckedView {
    fn from(checked: Option<CheckedOutcome>) -> Self {
        match checked {
            Some(CheckedOutcome::Done(outcome)) => CheckedView::Done {
                outcome: outcome.into(),
            },
            Some(CheckedOutcome::NotDone(_)) => CheckedView::NotDone,
            None => CheckedView::NothingPending,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_the_codes_of_the_eid_crate() {
        for state in [
            PinState::Ready,
            PinState::TwoLeft,
            PinState::Suspended,
            PinState::Blocked,
            PinState::Deactivated,
        ] {
            let view = serde_json::to_value(PinStateView::from(state)).unwrap();
            assert_eq!(view, state.code());
        }
        for card in [CardPresence::None, CardPresence::Eid, CardPresence::Other] {
            let view = serde_json::to_value(CardOnReader::from(card)).unwrap();
            assert_eq!(view, card.code());
        }
        for outcome in [
            PinOutcome::Changed,
            PinOutcome::Unblocked,
            PinOutcome::Resumed,
        ] {
            let view = serde_json::to_value(OutcomeView::from(outcome)).unwrap();
            assert_eq!(view["outcome"], outcome.code());
        }
    }
}
