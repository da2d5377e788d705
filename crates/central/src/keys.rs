//! The central's key material, created on first start in its data directory (0700)
//! as files readable by the owner only (0600):
//! - `hpke.key`: X25519 private key; stations seal to its public half,
//! - `signing.key`: Ed25519 key; signs configuration versions,
//!
//! A file is written to a temporary name and then hard-linked into place, so two
//! processes starting at once agree on one key and nobody reads half a file.

use std::fs::{self, OpenOptions, Permissions};
use std::io::{ErrorKind, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use ed25519_dalek::SigningKey;
use syncproto::encoding::{key32_from_base64, to_base64};
use syncproto::{SealPrivateKey, SealPublicKey};
use thiserror::Error;
use zeroize::Zeroizing;

const HPKE_FILE: &str = "hpke.key";
const SIGNING_FILE: &str = "signing.key";

/// A key file problem; German, for IT.
#[derive(Debug, Error)]
pub enum KeyFileError {
    /// The data directory could not be created or its permissions set.
    #[error("Datenverzeichnis {path} lässt sich nicht anlegen oder lesen: {source}")]
    Dir {
        /// The data directory.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// A key file could not be read, written or linked into place.
    #[error("Schlüsseldatei {path} lässt sich nicht lesen oder schreiben: {source}")]
    Io {
        /// The key file.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// A key file grants group or others some permission (`mode & 0o077` is not 0).
    #[error(
        "Schlüsseldatei {path} ist für andere lesbar (Rechte {mode:o}); bitte `chmod 600 {path}`"
    )]
    TooOpen {
        /// The key file.
        path: PathBuf,
        /// Its permission bits (`mode & 0o777`).
        mode: u32,
    },
    /// A key file does not hold a valid key.
    #[error("Schlüsseldatei {path} ist beschädigt: {reason}")]
    Damaged {
        /// The key file.
        path: PathBuf,
        /// What is wrong with its content.
        reason: String,
    },
    /// The operating system's random number generator failed.
    #[error("Das Betriebssystem liefert keine Zufallszahlen")]
    NoEntropy,
}

/// The keys of this central.
pub struct CentralKeys {
    /// X25519 HPKE private key (`hpke.key`); opens the items the stations sealed.
    pub seal_key: SealPrivateKey,
    /// Public half of `seal_key`, given to stations at enrolment to seal to.
    pub seal_public: SealPublicKey,
    /// Ed25519 key (`signing.key`) that signs published configuration versions.
    pub signing_key: SigningKey,
}

impl CentralKeys {
    /// The fingerprint of both public keys that ends every enrolment code.
    pub fn fingerprint(&self) -> String {
        syncproto::enrolment_code::fingerprint(
            &self.seal_public.to_bytes(),
            self.signing_key.verifying_key().as_bytes(),
        )
    }

    /// Loads the keys from `data_dir`, creating whatever is missing.
    pub fn load_or_create(data_dir: &Path) -> Result<CentralKeys, KeyFileError> {
        ensure_private_dir(data_dir)?;
        let hpke_path = data_dir.join(HPKE_FILE);
        let hpke_text = read_or_create(&hpke_path, || {
            let key = SealPrivateKey::generate().map_err(|_| KeyFileError::NoEntropy)?;
            Ok(Zeroizing::new(to_base64(key.to_bytes().as_ref())))
        })?;
        let seal_key = key32_from_base64("hpke.key", hpke_text.trim())
            .map_err(|error| damaged(&hpke_path, error))
            .and_then(|bytes| {
                SealPrivateKey::from_bytes(&Zeroizing::new(bytes))
                    .map_err(|error| damaged(&hpke_path, error))
            })?;
        let signing_path = data_dir.join(SIGNING_FILE);
        let signing_text = read_or_create(&signing_path, || {
            let mut seed = Zeroizing::new([0u8; 32]);
            getrandom::fill(seed.as_mut()).map_err(|_| KeyFileError::NoEntropy)?;
            Ok(Zeroizing::new(to_base64(seed.as_ref())))
        })?;
        let signing_seed = Zeroizing::new(
            key32_from_base64("signing.key", signing_text.trim())
                .map_err(|error| damaged(&signing_path, error))?,
        );
        Ok(CentralKeys {
            seal_public: seal_key.public_key(),
            seal_key,
            signing_key: SigningKey::from_bytes(&signing_seed),
        })
    }
}

fn damaged(path: &Path, reason: impl ToString) -> KeyFileError {
    KeyFileError::Damaged {
        path: path.to_owned(),
        reason: reason.to_string(),
    }
}

fn ensure_private_dir(dir: &Path) -> Result<(), KeyFileError> {
    let dir_error = |source| KeyFileError::Dir {
        path: dir.to_owned(),
        source,
    };
    if !dir.exists() {
        fs::create_dir_all(dir).map_err(dir_error)?;
        fs::set_permissions(dir, Permissions::from_mode(0o700)).map_err(dir_error)?;
    }
    Ok(())
}

/// Reads a key file (refusing one others can read), or creates it with `make`.
fn read_or_create(
    path: &Path,
    make: impl FnOnce() -> Result<Zeroizing<String>, KeyFileError>,
) -> Result<Zeroizing<String>, KeyFileError> {
    let io_error = |source| KeyFileError::Io {
        path: path.to_owned(),
        source,
    };
    match fs::metadata(path) {
        Ok(metadata) => {
            let mode = metadata.permissions().mode() & 0o777;
            if mode & 0o077 != 0 {
                return Err(KeyFileError::TooOpen {
                    path: path.to_owned(),
                    mode,
                });
            }
            return fs::read_to_string(path)
                .map(Zeroizing::new)
                .map_err(io_error);
        }
        Err(error) if error.kind() == ErrorKind::NotFound => {}
        Err(error) => return Err(io_error(error)),
    }
    let content = make()?;
    let temporary = path.with_extension(format!("tmp-{}", std::process::id()));
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&temporary)
        .map_err(io_error)?;
    let written = file
        .write_all(content.as_bytes())
        .and_then(|()| file.write_all(b"\n"))
        .and_then(|()| file.sync_all());
    drop(file);
    let linked = written.and_then(|()| fs::hard_link(&temporary, path));
    let _ = fs::remove_file(&temporary);
    match linked {
        Ok(()) => Ok(content),
        Err(error) if error.kind() == ErrorKind::AlreadyExists => fs::read_to_string(path)
            .map(Zeroizing::new)
            .map_err(io_error),
        Err(error) => Err(io_error(error)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_created_once_private_and_reloaded() {
        let dir = tempfile::tempdir().unwrap();
        let data_dir = dir.path().join("daten");
        let first = CentralKeys::load_or_create(&data_dir).unwrap();
        let second = CentralKeys::load_or_create(&data_dir).unwrap();
        assert_eq!(first.seal_public.to_bytes(), second.seal_public.to_bytes());
        assert_eq!(first.signing_key.to_bytes(), second.signing_key.to_bytes());
        for file in [HPKE_FILE, SIGNING_FILE] {
            let mode = fs::metadata(data_dir.join(file))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600, "{file}");
        }
        let dir_mode = fs::metadata(&data_dir).unwrap().permissions().mode();
        assert_eq!(dir_mode & 0o777, 0o700);
    }

    #[test]
    fn readable_or_damaged_key_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        CentralKeys::load_or_create(dir.path()).unwrap();
        let signing = dir.path().join(SIGNING_FILE);
        fs::set_permissions(&signing, Permissions::from_mode(0o644)).unwrap();
        assert!(matches!(
            CentralKeys::load_or_create(dir.path()),
            Err(KeyFileError::TooOpen { mode: 0o644, .. })
        ));
        fs::set_permissions(&signing, Permissions::from_mode(0o600)).unwrap();
        fs::write(&signing, "kein schlüssel\n").unwrap();
        assert!(matches!(
            CentralKeys::load_or_create(dir.path()),
            Err(KeyFileError::Damaged { .. })
        ));
    }
}
