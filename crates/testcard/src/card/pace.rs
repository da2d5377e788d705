//! The card's side of one PACE run over GENERAL AUTHENTICATE (TR-03110 Part 3,
//! B.11.1): which step comes next and the OpenPACE context carrying its state.

use eid::apdu::StatusWord;

use super::status;
use crate::openpace::{EacCtx, PaceSecret, PasswordKind};

/// The GENERAL AUTHENTICATE step the card waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    MapNonce,
    KeyAgreement,
    MutualAuthentication,
}

/// A PACE run after step 1 (the encrypted nonce has been sent).
pub struct PaceRun {
    kind: PasswordKind,
    ctx: EacCtx,
    step: Step,
    terminal_public_key: Vec<u8>,
}

/// The end of a run: either the channel context and the card's token, or the
/// terminal's token was wrong.
pub enum Finish {
    Established { ctx: EacCtx, card_token: Vec<u8> },
    WrongToken,
}

impl PaceRun {
    /// Step 1: a fresh context from EF.CardAccess and the encrypted nonce.
    pub fn start(
        card_access: &[u8],
        kind: PasswordKind,
        password: &[u8],
    ) -> Result<(Self, Vec<u8>), StatusWord> {
        let ctx = EacCtx::from_card_access(card_access)?;
        let secret = PaceSecret::new(kind, password)?;
        let encrypted_nonce = ctx.encrypt_nonce(&secret)?;
        let run = PaceRun {
            kind,
            ctx,
            step: Step::MapNonce,
            terminal_public_key: Vec::new(),
        };
        Ok((run, encrypted_nonce))
    }

    /// The password this run proves.
    pub fn kind(&self) -> PasswordKind {
        self.kind
    }

    /// Whether only the terminal's token (step 4) is missing.
    pub fn is_waiting_for_token(&self) -> bool {
        self.step == Step::MutualAuthentication
    }

    fn expect(&self, step: Step) -> Result<(), StatusWord> {
        if self.step == step {
            Ok(())
        } else {
            Err(status::CONDITIONS_NOT_SATISFIED)
        }
    }

    /// Step 2: Generic Mapping with the terminal's mapping point; returns the card's.
    pub fn map_nonce(&mut self, terminal_mapping: &[u8]) -> Result<Vec<u8>, StatusWord> {
        self.expect(Step::MapNonce)?;
        let card_mapping = self.ctx.generate_mapping_data()?;
        self.ctx
            .map_generator(terminal_mapping)
            .map_err(|_| status::WRONG_DATA)?;
        self.step = Step::KeyAgreement;
        Ok(card_mapping)
    }

    /// Step 3: key agreement on the mapped generator; returns the card's public key.
    pub fn agree_key(&mut self, terminal_public_key: &[u8]) -> Result<Vec<u8>, StatusWord> {
        self.expect(Step::KeyAgreement)?;
        let card_public_key = self.ctx.generate_ephemeral_key()?;
        self.ctx
            .compute_shared_secret(terminal_public_key)
            .map_err(|_| status::WRONG_DATA)?;
        self.terminal_public_key = terminal_public_key.to_vec();
        self.step = Step::MutualAuthentication;
        Ok(card_public_key)
    }

    /// Step 4: derives the session keys and checks the terminal's token.
    pub fn authenticate(self, terminal_token: &[u8]) -> Result<Finish, StatusWord> {
        self.expect(Step::MutualAuthentication)?;
        self.ctx.derive_keys()?;
        if !self.ctx.verify_authentication_token(terminal_token)? {
            return Ok(Finish::WrongToken);
        }
        let card_token = self.ctx.authentication_token(&self.terminal_public_key)?;
        Ok(Finish::Established {
            ctx: self.ctx,
            card_token,
        })
    }
}
