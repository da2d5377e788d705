//! The card's side of TR-03110 secure messaging (ICAO 9303-11, 9.8): checks
//! and decrypts protected commands, protects responses. The cryptography is
//! OpenPACE's (`EAC_encrypt`, `EAC_decrypt`, `EAC_authenticate`); this module
//! only lays out the data objects `87`, `97`, `99` and `8E`.

use eid::apdu::{CommandApdu, ResponseApdu, StatusWord};
use eid::tlv::{self, Tag};

use super::status;
use crate::openpace::EacCtx;

const DO_CRYPTOGRAM: Tag = Tag::new(0x87);
const DO_LE: Tag = Tag::new(0x97);
const DO_STATUS: Tag = Tag::new(0x99);
const DO_MAC: Tag = Tag::new(0x8E);
/// Padding-content indicator in front of the cryptogram: ISO/IEC 9797-1 method 2.
const PADDING_INDICATOR: u8 = 0x01;
/// `CLA` bits announcing secure messaging with an authenticated header.
pub const CLA_SECURE_MESSAGING: u8 = 0x0C;

/// An established secure channel: the EAC context of the PACE run that made it.
pub struct SecureChannel {
    ctx: EacCtx,
}

/// Concatenates the encodings of data objects.
fn data_objects(objects: &[(Tag, &[u8])]) -> Result<Vec<u8>, StatusWord> {
    let mut out = Vec::new();
    for (tag, value) in objects {
        tlv::write(&mut out, *tag, value).map_err(|_| status::NO_PRECISE_DIAGNOSIS)?;
    }
    Ok(out)
}

/// Compares two MACs without leaking where they differ.
fn macs_equal(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |diff, (x, y)| diff | (x ^ y)) == 0
}

impl SecureChannel {
    /// Starts secure messaging with the keys of the finished PACE run in `ctx`.
    pub fn new(mut ctx: EacCtx) -> Result<Self, StatusWord> {
        ctx.start_secure_messaging()?;
        Ok(SecureChannel { ctx })
    }

    /// Checks the MAC of a protected command and returns the plain command.
    /// Any error is `6988`; the caller then closes the channel.
    pub fn unprotect(&mut self, command: &CommandApdu) -> Result<CommandApdu, StatusWord> {
        self.ctx.increment_ssc()?;
        let objects =
            tlv::parse_all(&command.data).map_err(|_| status::SM_DATA_OBJECTS_INCORRECT)?;
        let mac = tlv::require(&objects, DO_MAC).map_err(|_| status::SM_DATA_OBJECTS_INCORRECT)?;
        let cryptogram = tlv::find(&objects, DO_CRYPTOGRAM);
        let le = tlv::find(&objects, DO_LE);

        // MAC over SSC || pad(header) || DO87 || DO97, padded once more when there
        // are data objects (ICAO 9303-11 9.8.6; ISO/IEC 7816-4: padding ends each run
        // of authenticated data, and a padded header alone is one already — as a real
        // ID card and AusweisApp have it). EAC_authenticate puts the SSC in front.
        let mut authenticated = self.ctx.pad(&command.header())?;
        if cryptogram.is_some() || le.is_some() {
            for object in [cryptogram, le].iter().flatten() {
                authenticated.extend_from_slice(object.encoded());
            }
            authenticated = self.ctx.pad(&authenticated)?;
        }
        if !macs_equal(&self.ctx.mac(&authenticated)?, mac.value()) {
            return Err(status::SM_DATA_OBJECTS_INCORRECT);
        }

        let data = match cryptogram.map(|object| object.value()) {
            None => Vec::new(),
            Some([PADDING_INDICATOR, encrypted @ ..]) => {
                let padded = self.ctx.decrypt(encrypted)?;
                self.ctx
                    .unpad(&padded)
                    .map_err(|_| status::SM_DATA_OBJECTS_INCORRECT)?
            }
            Some(_) => return Err(status::SM_DATA_OBJECTS_INCORRECT),
        };
        let ne = match le.map(|object| object.value()) {
            None => None,
            Some([0]) => Some(256),
            Some([n]) => Some(usize::from(*n)),
            Some([0, 0]) => Some(65_536),
            Some([high, low]) => Some(usize::from(u16::from_be_bytes([*high, *low]))),
            Some(_) => return Err(status::SM_DATA_OBJECTS_INCORRECT),
        };
        let mut plain = CommandApdu::new(
            command.cla & !CLA_SECURE_MESSAGING,
            command.ins,
            command.p1,
            command.p2,
        )
        .with_data(data);
        plain.ne = ne;
        Ok(plain)
    }

    /// Protects a response: `87` (if there is data), `99`, `8E`. With
    /// `corrupt_mac` one bit of the MAC is flipped (fault injection).
    pub fn protect(
        &mut self,
        response: &ResponseApdu,
        corrupt_mac: bool,
    ) -> Result<ResponseApdu, StatusWord> {
        self.ctx.increment_ssc()?;
        let mut body = Vec::new();
        if !response.data.is_empty() {
            let mut cryptogram = vec![PADDING_INDICATOR];
            cryptogram.extend(self.ctx.encrypt(&self.ctx.pad(&response.data)?)?);
            body.extend(data_objects(&[(DO_CRYPTOGRAM, &cryptogram)])?);
        }
        body.extend(data_objects(&[(DO_STATUS, &response.sw.0.to_be_bytes())])?);
        let mut mac = self.ctx.mac(&self.ctx.pad(&body)?)?;
        if corrupt_mac {
            if let Some(first) = mac.first_mut() {
                *first ^= 0x01;
            }
        }
        body.extend(data_objects(&[(DO_MAC, &mac)])?);
        Ok(ResponseApdu::new(body, response.sw))
    }
}
