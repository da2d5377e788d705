//! Safe wrappers around OpenPACE (`libeac`): the card's and a reference
//! terminal's PACE steps and TR-03110 secure messaging primitives.

mod buf;
mod ctx;
mod error;
#[allow(non_camel_case_types)]
mod ffi;
mod pace;
mod sm;

pub use ctx::{EacCtx, PaceSecret, PasswordKind};
pub use error::OpenPaceError;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card_access::Curve;

    /// OpenPACE's card side against OpenPACE's terminal side, on every curve:
    /// both tokens verify and both ends derive the same secure messaging keys.
    #[test]
    fn card_and_terminal_agree_on_every_curve() {
        for curve in Curve::ALL {
            let card_access = curve.ef_card_access().unwrap();
            let mut card = EacCtx::from_card_access(&card_access).unwrap();
            let mut terminal = EacCtx::from_card_access(&card_access).unwrap();
            let card_secret = PaceSecret::new(PasswordKind::Can, b"123456").unwrap();
            let terminal_secret = PaceSecret::new(PasswordKind::Can, b"123456").unwrap();

            let nonce = card.encrypt_nonce(&card_secret).unwrap();
            terminal.decrypt_nonce(&terminal_secret, &nonce).unwrap();
            let terminal_mapping = terminal.generate_mapping_data().unwrap();
            let card_mapping = card.generate_mapping_data().unwrap();
            terminal.map_generator(&card_mapping).unwrap();
            card.map_generator(&terminal_mapping).unwrap();
            let terminal_key = terminal.generate_ephemeral_key().unwrap();
            let card_key = card.generate_ephemeral_key().unwrap();
            terminal.compute_shared_secret(&card_key).unwrap();
            card.compute_shared_secret(&terminal_key).unwrap();
            terminal.derive_keys().unwrap();
            card.derive_keys().unwrap();
            let terminal_token = terminal.authentication_token(&card_key).unwrap();
            let card_token = card.authentication_token(&terminal_key).unwrap();
            assert!(
                card.verify_authentication_token(&terminal_token).unwrap(),
                "{curve}"
            );
            assert!(
                terminal.verify_authentication_token(&card_token).unwrap(),
                "{curve}"
            );
            assert!(
                !card.verify_authentication_token(&card_token).unwrap(),
                "{curve}"
            );

            card.start_secure_messaging().unwrap();
            terminal.start_secure_messaging().unwrap();
            card.increment_ssc().unwrap();
            terminal.increment_ssc().unwrap();
            let padded = card.pad(b"secure messaging").unwrap();
            assert_eq!(padded.len(), 32);
            let cryptogram = card.encrypt(&padded).unwrap();
            assert_eq!(
                terminal
                    .unpad(&terminal.decrypt(&cryptogram).unwrap())
                    .unwrap(),
                b"secure messaging"
            );
            let mac = card.mac(&padded).unwrap();
            assert_eq!(mac.len(), 8);
            assert_eq!(terminal.mac(&padded).unwrap(), mac);
        }
    }

    #[test]
    fn garbage_card_access_is_an_error_not_a_crash() {
        let error = EacCtx::from_card_access(&[0x31, 0x03, 0x30, 0x01])
            .err()
            .unwrap();
        assert_eq!(error.function, "EAC_CTX_init_ef_cardaccess");
    }
}
