//! HPKE (RFC 9180, base mode) sealing of an item's personal part to the central.
//!
//! Suite: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20Poly1305 (RFC 9180 §7,
//! ids 0x0020/0x0001/0x0003). A sealed blob is `0x01 || enc (32 bytes) || ciphertext`;
//! the leading byte names the format so that a later one can be added. The additional
//! authenticated data binds the blob to its item id and kind, and since format 2
//! (`0x02`) also to the id of the station that sealed it: a blob copied into another
//! item, or pushed by another station, does not open. Format 1 blobs (no station in
//! the binding) still open, so items sealed before the change are not lost.

use std::convert::Infallible;

use hpke::aead::ChaCha20Poly1305;
use hpke::kdf::HkdfSha256;
use hpke::kem::X25519HkdfSha256;
use hpke::rand_core::{TryCryptoRng, TryRng};
use hpke::{Deserializable, Kem as _, OpModeR, OpModeS, Serializable};
use sha2::{Digest, Sha256};
use uuid::Uuid;
use zeroize::{Zeroize, Zeroizing};

use crate::encoding::{key32_from_base64, to_base64};
use crate::error::{KeyError, SealError};
use crate::kind::ItemKind;
use crate::limits::{MAX_DOCUMENT_BYTES, MAX_DOCUMENT_NAME_BYTES, MAX_SEALED_BYTES};

type Kem = X25519HkdfSha256;
type Kdf = HkdfSha256;
type Aead = ChaCha20Poly1305;

/// First byte of a blob whose binding is item id and kind (format 1, still read).
pub const SUITE_V1: u8 = 0x01;
/// First byte of a blob whose binding also names the sealing station (format 2,
/// written since).
pub const SUITE_V2: u8 = 0x02;
const ENC_LEN: usize = 32;
const TAG_LEN: usize = 16;
/// The shortest possible blob: suite byte, encapsulated key, AEAD tag of an empty text.
pub const MIN_SEALED_BYTES: usize = 1 + ENC_LEN + TAG_LEN;
/// Largest plaintext that still fits [`MAX_SEALED_BYTES`] once sealed.
pub const MAX_PLAINTEXT_BYTES: usize = MAX_SEALED_BYTES - MIN_SEALED_BYTES;

/// HPKE `info`: separates this use of the key from any other.
const INFO: &[u8] = b"buergerkoffer/sync-item/v1";

/// The central's public key, to which stations seal.
#[derive(Clone)]
pub struct SealPublicKey(<Kem as hpke::Kem>::PublicKey);

/// The central's private key. Its bytes are zeroized when dropped.
pub struct SealPrivateKey(<Kem as hpke::Kem>::PrivateKey);

impl SealPublicKey {
    /// The raw 32-byte X25519 public key.
    pub fn to_bytes(&self) -> [u8; 32] {
        let mut out = [0u8; 32];
        out.copy_from_slice(&self.0.to_bytes());
        out
    }

    /// Reads a raw 32-byte X25519 public key; errors name it `hpkePublicKey`.
    pub fn from_bytes(bytes: &[u8; 32]) -> Result<Self, KeyError> {
        key_from_bytes(bytes, "hpkePublicKey").map(SealPublicKey)
    }

    /// The key as standard base64, as in the enrolment response.
    pub fn to_base64(&self) -> String {
        to_base64(&self.to_bytes())
    }

    /// Parses the base64 form, e.g. the pinned `hpkePublicKey` from enrolment.
    pub fn from_base64(text: &str) -> Result<Self, KeyError> {
        Self::from_bytes(&key32_from_base64("hpkePublicKey", text)?)
    }
}

impl std::fmt::Debug for SealPublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SealPublicKey({})", self.to_base64())
    }
}

impl std::fmt::Debug for SealPrivateKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SealPrivateKey(…)")
    }
}

impl SealPrivateKey {
    /// A fresh key from the operating system's random source.
    pub fn generate() -> Result<Self, SealError> {
        let mut ikm = Zeroizing::new([0u8; 32]);
        getrandom::fill(ikm.as_mut()).map_err(|_| SealError::NoEntropy)?;
        Ok(Self::derive(ikm.as_ref()))
    }

    /// RFC 9180 `DeriveKeyPair(ikm)`.
    pub fn derive(ikm: &[u8]) -> Self {
        SealPrivateKey(Kem::derive_keypair(ikm).0)
    }

    /// The matching public key, which stations seal to.
    pub fn public_key(&self) -> SealPublicKey {
        SealPublicKey(<Kem as hpke::Kem>::sk_to_pk(&self.0))
    }

    /// The private key bytes, for storing them in the central's key file.
    pub fn to_bytes(&self) -> Zeroizing<[u8; 32]> {
        let mut out = Zeroizing::new([0u8; 32]);
        let mut bytes = self.0.to_bytes();
        out.copy_from_slice(&bytes);
        bytes.zeroize();
        out
    }

    /// Reads the private key bytes from the central's key file; errors name it `hpkePrivateKey`.
    pub fn from_bytes(bytes: &[u8; 32]) -> Result<Self, KeyError> {
        key_from_bytes(bytes, "hpkePrivateKey").map(SealPrivateKey)
    }
}

/// Deserialises an HPKE key; `field` names it in the error.
fn key_from_bytes<K: Deserializable>(bytes: &[u8; 32], field: &'static str) -> Result<K, KeyError> {
    K::from_bytes(bytes).map_err(|_| KeyError::NotAKey { field })
}

/// The additional authenticated data of an item: its id and kind, and in format 2
/// the sealing station's id.
fn item_aad(suite: u8, id: &Uuid, kind: ItemKind, station_id: &str) -> Vec<u8> {
    let mut aad = if suite == SUITE_V1 {
        b"bk-item\0".to_vec()
    } else {
        b"bk-item-v2\0".to_vec()
    };
    aad.extend_from_slice(id.as_bytes());
    aad.extend_from_slice(kind.as_str().as_bytes());
    if suite != SUITE_V1 {
        aad.push(0);
        aad.extend_from_slice(station_id.as_bytes());
    }
    aad
}

/// The additional authenticated data of the central's internal note on item `id`.
fn note_aad(id: &Uuid) -> Vec<u8> {
    let mut aad = b"bk-note\0".to_vec();
    aad.extend_from_slice(id.as_bytes());
    aad
}

/// Seals the central's internal note on item `id` to the central's own public key, so
/// that the database holds it encrypted like the item itself.
pub fn seal_note(
    public_key: &SealPublicKey,
    id: &Uuid,
    plaintext: &[u8],
) -> Result<Vec<u8>, SealError> {
    seal_fresh(public_key, &note_aad(id), plaintext)
}

/// Opens a note [`seal_note`] made for item `id`.
pub fn open_note(
    private_key: &SealPrivateKey,
    id: &Uuid,
    blob: &[u8],
) -> Result<Zeroizing<Vec<u8>>, SealError> {
    open_with(private_key, INFO, &note_aad(id), blob)
}

/// The additional authenticated data of document `id` handed in for a request, or
/// (`name`) of its name.
fn document_aad(id: &Uuid, name: bool) -> Vec<u8> {
    let mut aad = if name {
        b"bk-document-name\0".to_vec()
    } else {
        b"bk-document\0".to_vec()
    };
    aad.extend_from_slice(id.as_bytes());
    aad
}

/// Seals document `id` — a file a citizen handed in, at most [`MAX_DOCUMENT_BYTES`] —
/// to the central's own public key, so that the database holds it encrypted.
pub fn seal_document(
    public_key: &SealPublicKey,
    id: &Uuid,
    content: &[u8],
) -> Result<Vec<u8>, SealError> {
    if content.len() > MAX_DOCUMENT_BYTES {
        return Err(SealError::TooLarge {
            size: content.len(),
        });
    }
    let mut entropy = Entropy::from_os()?;
    let aad = document_aad(id, false);
    seal_with(public_key, SUITE_V2, INFO, &aad, content, &mut entropy)
}

/// Seals the name of document `id` (at most [`MAX_DOCUMENT_NAME_BYTES`]) the same way,
/// apart from the file, so that the back office lists names without opening files.
pub fn seal_document_name(
    public_key: &SealPublicKey,
    id: &Uuid,
    name: &str,
) -> Result<Vec<u8>, SealError> {
    if name.len() > MAX_DOCUMENT_NAME_BYTES {
        return Err(SealError::TooLarge { size: name.len() });
    }
    seal_fresh(public_key, &document_aad(id, true), name.as_bytes())
}

/// Opens a document [`seal_document`] sealed as `id`.
pub fn open_document(
    private_key: &SealPrivateKey,
    id: &Uuid,
    blob: &[u8],
) -> Result<Zeroizing<Vec<u8>>, SealError> {
    open_with(private_key, INFO, &document_aad(id, false), blob)
}

/// Opens a document's name [`seal_document_name`] sealed for `id`.
pub fn open_document_name(
    private_key: &SealPrivateKey,
    id: &Uuid,
    blob: &[u8],
) -> Result<String, SealError> {
    let name = open_with(private_key, INFO, &document_aad(id, true), blob)?;
    String::from_utf8(name.to_vec()).map_err(|_| SealError::Malformed)
}

/// Whether a blob's binding names the station that sealed it (format 2).
pub fn binds_station(blob: &[u8]) -> bool {
    blob.first() == Some(&SUITE_V2)
}

/// Seals `plaintext` of item `id`/`kind`, recorded at station `station_id`, to the
/// central's public key (format 2).
pub fn seal(
    public_key: &SealPublicKey,
    id: &Uuid,
    kind: ItemKind,
    station_id: &str,
    plaintext: &[u8],
) -> Result<Vec<u8>, SealError> {
    seal_fresh(
        public_key,
        &item_aad(SUITE_V2, id, kind, station_id),
        plaintext,
    )
}

/// Seals `plaintext` (at most [`MAX_PLAINTEXT_BYTES`]) in format 2 with `aad`, with
/// fresh randomness from the operating system.
fn seal_fresh(
    public_key: &SealPublicKey,
    aad: &[u8],
    plaintext: &[u8],
) -> Result<Vec<u8>, SealError> {
    if plaintext.len() > MAX_PLAINTEXT_BYTES {
        return Err(SealError::TooLarge {
            size: plaintext.len(),
        });
    }
    let mut entropy = Entropy::from_os()?;
    seal_with(public_key, SUITE_V2, INFO, aad, plaintext, &mut entropy)
}

/// Opens a blob [`seal`] made for item `id`/`kind` at station `station_id` (a format 1
/// blob opens whatever the station).
pub fn open(
    private_key: &SealPrivateKey,
    id: &Uuid,
    kind: ItemKind,
    station_id: &str,
    blob: &[u8],
) -> Result<Zeroizing<Vec<u8>>, SealError> {
    let suite = *blob.first().ok_or(SealError::Malformed)?;
    open_with(
        private_key,
        INFO,
        &item_aad(suite, id, kind, station_id),
        blob,
    )
}

fn seal_with(
    public_key: &SealPublicKey,
    suite: u8,
    info: &[u8],
    aad: &[u8],
    plaintext: &[u8],
    entropy: &mut Entropy,
) -> Result<Vec<u8>, SealError> {
    let (enc, ciphertext) = hpke::single_shot_seal_with_rng::<Aead, Kdf, Kem>(
        &OpModeS::Base,
        &public_key.0,
        info,
        plaintext,
        aad,
        entropy,
    )
    .map_err(|_| SealError::SealFailed)?;
    let mut blob = Vec::with_capacity(1 + ENC_LEN + ciphertext.len());
    blob.push(suite);
    blob.extend_from_slice(&enc.to_bytes());
    blob.extend_from_slice(&ciphertext);
    Ok(blob)
}

fn open_with(
    private_key: &SealPrivateKey,
    info: &[u8],
    aad: &[u8],
    blob: &[u8],
) -> Result<Zeroizing<Vec<u8>>, SealError> {
    if blob.len() < MIN_SEALED_BYTES || !matches!(blob[0], SUITE_V1 | SUITE_V2) {
        return Err(SealError::Malformed);
    }
    let (enc, ciphertext) = blob[1..].split_at(ENC_LEN);
    let enc = <Kem as hpke::Kem>::EncappedKey::from_bytes(enc).map_err(|_| SealError::Malformed)?;
    hpke::single_shot_open::<Aead, Kdf, Kem>(
        &OpModeR::Base,
        &private_key.0,
        &enc,
        info,
        ciphertext,
        aad,
    )
    .map(Zeroizing::new)
    .map_err(|_| SealError::OpenFailed)
}

/// The randomness of one seal: a 32-byte seed from the operating system, handed out
/// as is (X25519 encapsulation asks for exactly one key's worth), and should more be
/// asked for, continued by a SHA-256 ratchet over the seed. Drawing the seed up front
/// lets a failing random source surface as an error instead of a panic.
struct Entropy {
    pool: Zeroizing<[u8; 32]>,
    used: usize,
}

impl Entropy {
    fn from_os() -> Result<Self, SealError> {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed).map_err(|_| SealError::NoEntropy)?;
        Ok(Self::from_seed(seed))
    }

    fn from_seed(mut seed: [u8; 32]) -> Self {
        let entropy = Entropy {
            pool: Zeroizing::new(seed),
            used: 0,
        };
        seed.zeroize();
        entropy
    }

    fn next_byte(&mut self) -> u8 {
        if self.used == self.pool.len() {
            let next: [u8; 32] = Sha256::new()
                .chain_update(b"bk-seal-ratchet")
                .chain_update(self.pool.as_ref())
                .finalize()
                .into();
            *self.pool = next;
            self.used = 0;
        }
        let byte = self.pool[self.used];
        self.used += 1;
        byte
    }
}

impl TryRng for Entropy {
    type Error = Infallible;

    fn try_next_u32(&mut self) -> Result<u32, Infallible> {
        let mut bytes = [0u8; 4];
        self.try_fill_bytes(&mut bytes)?;
        Ok(u32::from_le_bytes(bytes))
    }

    fn try_next_u64(&mut self) -> Result<u64, Infallible> {
        let mut bytes = [0u8; 8];
        self.try_fill_bytes(&mut bytes)?;
        Ok(u64::from_le_bytes(bytes))
    }

    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Infallible> {
        dst.iter_mut().for_each(|byte| *byte = self.next_byte());
        Ok(())
    }
}

impl TryCryptoRng for Entropy {}

#[cfg(test)]
mod tests {
    use super::*;

    /// The station id the tests seal at.
    const STATION: &str = "0190a5b0-0000-7000-8000-000000000001";

    fn unhex(text: &str) -> Vec<u8> {
        hex::decode(text).unwrap()
    }

    /// RFC 9180 Appendix A.2.1 (base mode), sequence number 0.
    mod rfc9180_a2 {
        pub const IKM_E: &str = "909a9b35d3dc4713a5e72a4da274b55d3d3821a37e5d099e74a647db583a904b";
        pub const IKM_R: &str = "1ac01f181fdf9f352797655161c58b75c656a6cc2716dcb66372da835542e1df";
        pub const SK_R: &str = "8057991eef8f1f1af18f4a9491d16a1ce333f695d4db8e38da75975c4478e0fb";
        pub const PK_R: &str = "4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a";
        pub const ENC: &str = "1afa08d3dec047a643885163f1180476fa7ddb54c6a8029ea33f95796bf2ac4a";
        pub const INFO: &str = "4f6465206f6e2061204772656369616e2055726e";
        pub const AAD: &str = "436f756e742d30";
        pub const PT: &str = "4265617574792069732074727574682c20747275746820626561757479";
        pub const CT: &str = "1c5250d8034ec2b784ba2cfd69dbdb8af406cfe3ff938e131f0def8c8b60b4db21993c62ce81883d2dd1b51a28";
    }

    fn vector_blob() -> Vec<u8> {
        let mut blob = vec![SUITE_V1];
        blob.extend(unhex(rfc9180_a2::ENC));
        blob.extend(unhex(rfc9180_a2::CT));
        blob
    }

    /// The derived private key may be serialised clamped, so it is checked by what it
    /// does: its public half and opening the RFC's ciphertext.
    #[test]
    fn derive_keypair_matches_rfc9180() {
        let private_key = SealPrivateKey::derive(&unhex(rfc9180_a2::IKM_R));
        assert_eq!(
            private_key.public_key().to_bytes().to_vec(),
            unhex(rfc9180_a2::PK_R)
        );
        let plaintext = open_with(
            &private_key,
            &unhex(rfc9180_a2::INFO),
            &unhex(rfc9180_a2::AAD),
            &vector_blob(),
        )
        .unwrap();
        assert_eq!(plaintext.as_slice(), unhex(rfc9180_a2::PT).as_slice());
        let reloaded = SealPrivateKey::from_bytes(&private_key.to_bytes()).unwrap();
        assert_eq!(
            reloaded.public_key().to_bytes(),
            private_key.public_key().to_bytes()
        );
    }

    #[test]
    fn seal_reproduces_the_rfc9180_ciphertext() {
        let public_key =
            SealPublicKey::from_bytes(&unhex(rfc9180_a2::PK_R).try_into().unwrap()).unwrap();
        let seed: [u8; 32] = unhex(rfc9180_a2::IKM_E).try_into().unwrap();
        let blob = seal_with(
            &public_key,
            SUITE_V1,
            &unhex(rfc9180_a2::INFO),
            &unhex(rfc9180_a2::AAD),
            &unhex(rfc9180_a2::PT),
            &mut Entropy::from_seed(seed),
        )
        .unwrap();
        assert_eq!(blob, vector_blob());
    }

    #[test]
    fn open_recovers_the_rfc9180_plaintext() {
        let private_key =
            SealPrivateKey::from_bytes(&unhex(rfc9180_a2::SK_R).try_into().unwrap()).unwrap();
        let plaintext = open_with(
            &private_key,
            &unhex(rfc9180_a2::INFO),
            &unhex(rfc9180_a2::AAD),
            &vector_blob(),
        )
        .unwrap();
        assert_eq!(plaintext.as_slice(), unhex(rfc9180_a2::PT).as_slice());
    }

    #[test]
    fn round_trip_with_fresh_keys() {
        let private_key = SealPrivateKey::generate().unwrap();
        let id = Uuid::now_v7();
        let text = "{\"name\":\"Erika Mustermann\",\"anliegen\":\"Rückruf\"}".as_bytes();
        let blob = seal(
            &private_key.public_key(),
            &id,
            ItemKind::Request,
            STATION,
            text,
        )
        .unwrap();
        assert_eq!(blob[0], SUITE_V2);
        assert_ne!(
            &blob[MIN_SEALED_BYTES..],
            text,
            "the text must not appear in clear"
        );
        let opened = open(&private_key, &id, ItemKind::Request, STATION, &blob).unwrap();
        assert_eq!(opened.as_slice(), text);
        let again = seal(
            &private_key.public_key(),
            &id,
            ItemKind::Request,
            STATION,
            text,
        )
        .unwrap();
        assert_ne!(again, blob, "every seal uses a fresh ephemeral key");
    }

    #[test]
    fn tampering_wrong_key_and_wrong_item_are_refused() {
        let private_key = SealPrivateKey::generate().unwrap();
        let id = Uuid::now_v7();
        let blob = seal(
            &private_key.public_key(),
            &id,
            ItemKind::Request,
            STATION,
            b"geheim",
        )
        .unwrap();
        for position in [1, 20, MIN_SEALED_BYTES - 1, blob.len() - 1] {
            let mut altered = blob.clone();
            altered[position] ^= 0x01;
            assert_eq!(
                open(&private_key, &id, ItemKind::Request, STATION, &altered).unwrap_err(),
                SealError::OpenFailed,
                "flipped bit at {position}"
            );
        }
        let other_key = SealPrivateKey::generate().unwrap();
        assert_eq!(
            open(&other_key, &id, ItemKind::Request, STATION, &blob).unwrap_err(),
            SealError::OpenFailed
        );
        assert_eq!(
            open(
                &private_key,
                &Uuid::now_v7(),
                ItemKind::Request,
                STATION,
                &blob
            )
            .unwrap_err(),
            SealError::OpenFailed
        );
        assert_eq!(
            open(
                &private_key,
                &id,
                ItemKind::Request,
                "eine-andere-station",
                &blob
            )
            .unwrap_err(),
            SealError::OpenFailed,
            "a blob sealed at one station does not open as another's"
        );
        assert_eq!(
            open(
                &private_key,
                &id,
                ItemKind::Request,
                STATION,
                &blob[..MIN_SEALED_BYTES - 1]
            )
            .unwrap_err(),
            SealError::Malformed
        );
        let mut other_suite = blob.clone();
        other_suite[0] = 0x7f;
        assert_eq!(
            open(&private_key, &id, ItemKind::Request, STATION, &other_suite).unwrap_err(),
            SealError::Malformed
        );
    }

    #[test]
    fn a_note_opens_for_its_item_only() {
        let private_key = SealPrivateKey::generate().unwrap();
        let id = Uuid::now_v7();
        let blob = seal_note(&private_key.public_key(), &id, b"Rueckruf Dienstag").unwrap();
        assert_eq!(
            open_note(&private_key, &id, &blob).unwrap().as_slice(),
            b"Rueckruf Dienstag"
        );
        assert_eq!(
            open_note(&private_key, &Uuid::now_v7(), &blob).unwrap_err(),
            SealError::OpenFailed
        );
        assert_eq!(
            open(&private_key, &id, ItemKind::Request, STATION, &blob).unwrap_err(),
            SealError::OpenFailed,
            "a note is not an item"
        );
    }

    #[test]
    fn a_document_and_its_name_open_for_their_id_only() {
        let private_key = SealPrivateKey::generate().unwrap();
        let id = Uuid::now_v7();
        let content = b"%PDF-1.7 ...";
        let blob = seal_document(&private_key.public_key(), &id, content).unwrap();
        let name = seal_document_name(&private_key.public_key(), &id, "Mietvertrag.pdf").unwrap();
        assert_eq!(
            open_document(&private_key, &id, &blob).unwrap().as_slice(),
            content
        );
        assert_eq!(
            open_document_name(&private_key, &id, &name).unwrap(),
            "Mietvertrag.pdf"
        );
        let other = Uuid::now_v7();
        assert_eq!(
            open_document(&private_key, &other, &blob).unwrap_err(),
            SealError::OpenFailed
        );
        assert_eq!(
            open_document_name(&private_key, &other, &name).unwrap_err(),
            SealError::OpenFailed
        );
        assert_eq!(
            open_document(&private_key, &id, &name).unwrap_err(),
            SealError::OpenFailed,
            "a name is not a file"
        );
        assert_eq!(
            open_note(&private_key, &id, &blob).unwrap_err(),
            SealError::OpenFailed,
            "a document is not a note"
        );
    }

    #[test]
    fn documents_and_names_past_the_limits_are_not_sealed() {
        let public_key = SealPrivateKey::generate().unwrap().public_key();
        let id = Uuid::now_v7();
        let long_name = "a".repeat(MAX_DOCUMENT_NAME_BYTES + 1);
        assert!(seal_document_name(&public_key, &id, &long_name).is_err());
        assert!(seal_document(&public_key, &id, &vec![0; MAX_DOCUMENT_BYTES + 1]).is_err());
        assert!(seal_document(&public_key, &id, &vec![0; MAX_DOCUMENT_BYTES]).is_ok());
    }

    #[test]
    fn format_1_blobs_still_open_whatever_the_station() {
        let private_key = SealPrivateKey::generate().unwrap();
        let id = Uuid::now_v7();
        let mut entropy = Entropy::from_os().unwrap();
        let blob = seal_with(
            &private_key.public_key(),
            SUITE_V1,
            INFO,
            &item_aad(SUITE_V1, &id, ItemKind::Request, ""),
            b"alt",
            &mut entropy,
        )
        .unwrap();
        assert!(!binds_station(&blob));
        let opened = open(&private_key, &id, ItemKind::Request, "irgendeine", &blob).unwrap();
        assert_eq!(opened.as_slice(), b"alt");
    }

    #[test]
    fn oversized_plaintext_is_refused_and_the_largest_fits() {
        let public_key = SealPrivateKey::generate().unwrap().public_key();
        let id = Uuid::now_v7();
        let largest = vec![b'x'; MAX_PLAINTEXT_BYTES];
        assert_eq!(
            seal(&public_key, &id, ItemKind::Request, STATION, &largest)
                .unwrap()
                .len(),
            MAX_SEALED_BYTES
        );
        let too_large = vec![b'x'; MAX_PLAINTEXT_BYTES + 1];
        assert_eq!(
            seal(&public_key, &id, ItemKind::Request, STATION, &too_large).unwrap_err(),
            SealError::TooLarge {
                size: MAX_PLAINTEXT_BYTES + 1
            }
        );
    }

    #[test]
    fn entropy_hands_out_the_seed_then_a_ratchet() {
        let mut entropy = Entropy::from_seed([9u8; 32]);
        let mut first = [0u8; 32];
        entropy.try_fill_bytes(&mut first).unwrap();
        assert_eq!(first, [9u8; 32]);
        let mut next = [0u8; 32];
        entropy.try_fill_bytes(&mut next).unwrap();
        assert_ne!(next, first);
    }
}
