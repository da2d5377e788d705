//! The IFD handler interface pcscd loads (pcsc-lite's `ifdhandler.h`, version
//! 3: `IFDHCreateChannelByName` is exported): each function finds the
//! [`Reader`] of its logical unit number and asks it. On Linux `DWORD` is
//! `unsigned long` and `RESPONSECODE` is `long`. No panic may cross into pcscd:
//! each call catches it and answers a communication error.

use std::collections::BTreeMap;
use std::ffi::{c_char, c_long, c_uchar, c_ulong, CStr};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Mutex, PoisonError};

use crate::card_link;
use crate::device::Device;
use crate::reader::{Reader, ReaderError};

type Dword = c_ulong;
type ResponseCode = c_long;

const IFD_SUCCESS: ResponseCode = 0;
const IFD_ERROR_TAG: ResponseCode = 600;
const IFD_ERROR_NOT_SUPPORTED: ResponseCode = 606;
const IFD_ERROR_POWER_ACTION: ResponseCode = 608;
const IFD_COMMUNICATION_ERROR: ResponseCode = 612;
const IFD_NOT_SUPPORTED: ResponseCode = 614;
const IFD_ICC_PRESENT: ResponseCode = 615;
const IFD_ICC_NOT_PRESENT: ResponseCode = 616;
const IFD_NO_SUCH_DEVICE: ResponseCode = 617;
const IFD_ERROR_INSUFFICIENT_BUFFER: ResponseCode = 618;

const IFD_POWER_UP: Dword = 500;
const IFD_POWER_DOWN: Dword = 501;
const IFD_RESET: Dword = 502;

const TAG_IFD_ATR: Dword = 0x0303;
const SCARD_ATTR_ATR_STRING: Dword = 0x0009_0303;
const TAG_IFD_SLOT_THREAD_SAFE: Dword = 0x0FAC;
const TAG_IFD_THREAD_SAFE: Dword = 0x0FAD;
const TAG_IFD_SLOTS_NUMBER: Dword = 0x0FAE;
const TAG_IFD_SIMULTANEOUS_ACCESS: Dword = 0x0FAF;

/// `SCARD_IO_HEADER`: protocol and length, passed by value.
#[repr(C)]
pub struct ScardIoHeader {
    protocol: Dword,
    length: Dword,
}

/// The readers pcscd opened, by logical unit number, with the ATR of the last power-up.
static READERS: Mutex<BTreeMap<Dword, Arc<Mutex<Slot>>>> = Mutex::new(BTreeMap::new());

struct Slot {
    reader: Reader,
    atr: Vec<u8>,
}

/// Runs `call` on the reader of `lun`; no reader, or a panic, is an error code.
fn with_reader(lun: Dword, call: impl FnOnce(&mut Slot) -> ResponseCode) -> ResponseCode {
    let slot = READERS
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .get(&lun)
        .cloned();
    let Some(slot) = slot else {
        return IFD_NO_SUCH_DEVICE;
    };
    let mut slot = slot.lock().unwrap_or_else(PoisonError::into_inner);
    catch_unwind(AssertUnwindSafe(|| call(&mut slot))).unwrap_or(IFD_COMMUNICATION_ERROR)
}

fn open(lun: Dword, device: Option<Device>) -> ResponseCode {
    let Some(device) = device else {
        eprintln!("comfortreader: DEVICENAME must be PORT:PAD-SOCKET");
        return IFD_NO_SUCH_DEVICE;
    };
    match catch_unwind(|| Reader::open(&device)) {
        Ok(Ok(reader)) => {
            let slot = Slot {
                reader,
                atr: Vec::new(),
            };
            READERS
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .insert(lun, Arc::new(Mutex::new(slot)));
            IFD_SUCCESS
        }
        Ok(Err(error)) => {
            eprintln!("comfortreader: cannot open {}: {error}", device.name());
            IFD_COMMUNICATION_ERROR
        }
        Err(_) => IFD_COMMUNICATION_ERROR,
    }
}

/// Copies `bytes` to a buffer of `capacity` bytes at `out` and stores the length.
///
/// # Safety
/// `out` must be valid for `capacity` bytes, `length` for one write.
unsafe fn answer(
    bytes: &[u8],
    out: *mut c_uchar,
    capacity: Dword,
    length: *mut Dword,
) -> ResponseCode {
    if usize::try_from(capacity).map_or(true, |capacity| capacity < bytes.len()) {
        return IFD_ERROR_INSUFFICIENT_BUFFER;
    }
    // SAFETY: the caller vouches for `out` (capacity checked above) and `length`.
    unsafe {
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), out, bytes.len());
        *length = bytes.len() as Dword;
    }
    IFD_SUCCESS
}

/// # Safety
/// `buffer` must be valid for `length` bytes (or `length` 0).
unsafe fn input<'a>(buffer: *const c_uchar, length: Dword) -> &'a [u8] {
    match usize::try_from(length) {
        Ok(length) if length > 0 && !buffer.is_null() => {
            // SAFETY: the caller vouches for the buffer.
            unsafe { std::slice::from_raw_parts(buffer, length) }
        }
        _ => &[],
    }
}

fn error_code(error: ReaderError) -> ResponseCode {
    match error {
        ReaderError::NoCard => IFD_ICC_NOT_PRESENT,
        ReaderError::Communication => IFD_COMMUNICATION_ERROR,
        ReaderError::Unsupported => IFD_ERROR_NOT_SUPPORTED,
    }
}

/// Opens the reader named in the configuration's `DEVICENAME` (`PORT:PAD-SOCKET`).
///
/// # Safety
/// `device_name` is a NUL-terminated string from pcscd.
#[no_mangle]
pub unsafe extern "C" fn IFDHCreateChannelByName(
    lun: Dword,
    device_name: *const c_char,
) -> ResponseCode {
    if device_name.is_null() {
        return IFD_NO_SUCH_DEVICE;
    }
    // SAFETY: pcscd passes a NUL-terminated string.
    let name = unsafe { CStr::from_ptr(device_name) }.to_string_lossy();
    open(lun, Device::parse(&name))
}

/// Opens the reader by channel id: the card's port, the pad at `/tmp/bk-comfort-PORT.pad`.
#[no_mangle]
pub extern "C" fn IFDHCreateChannel(lun: Dword, channel: Dword) -> ResponseCode {
    let device = u16::try_from(channel).ok().map(|port| Device {
        port,
        pad: std::env::temp_dir().join(format!("bk-comfort-{port}.pad")),
    });
    open(lun, device)
}

/// Closes the reader: its ports go.
#[no_mangle]
pub extern "C" fn IFDHCloseChannel(lun: Dword) -> ResponseCode {
    READERS
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .remove(&lun);
    IFD_SUCCESS
}

/// The ATR, one slot, one reader per driver instance, not thread safe (pcscd serialises).
///
/// # Safety
/// `length` and `value` as pcscd passes them: `value` holds `*length` bytes.
#[no_mangle]
pub unsafe extern "C" fn IFDHGetCapabilities(
    lun: Dword,
    tag: Dword,
    length: *mut Dword,
    value: *mut c_uchar,
) -> ResponseCode {
    if length.is_null() || value.is_null() {
        return IFD_ERROR_TAG;
    }
    with_reader(lun, |slot| {
        // SAFETY: pcscd's buffer holds `*length` bytes.
        let capacity = unsafe { *length };
        let bytes: &[u8] = match tag {
            TAG_IFD_ATR | SCARD_ATTR_ATR_STRING => &slot.atr,
            TAG_IFD_SLOTS_NUMBER | TAG_IFD_SIMULTANEOUS_ACCESS => &[1],
            TAG_IFD_THREAD_SAFE | TAG_IFD_SLOT_THREAD_SAFE => &[0],
            _ => return IFD_ERROR_TAG,
        };
        // SAFETY: as above.
        unsafe { answer(bytes, value, capacity, length) }
    })
}

/// Nothing can be set.
#[no_mangle]
pub extern "C" fn IFDHSetCapabilities(
    _lun: Dword,
    _tag: Dword,
    _length: Dword,
    _value: *const c_uchar,
) -> ResponseCode {
    IFD_ERROR_NOT_SUPPORTED
}

/// The card speaks whatever protocol pcscd chose.
#[no_mangle]
pub extern "C" fn IFDHSetProtocolParameters(
    _lun: Dword,
    _protocol: Dword,
    _flags: c_uchar,
    _pts1: c_uchar,
    _pts2: c_uchar,
    _pts3: c_uchar,
) -> ResponseCode {
    IFD_SUCCESS
}

/// Powers the card up (or resets it) and returns its ATR, or powers it down.
///
/// # Safety
/// `atr` holds `*atr_length` bytes (pcscd: `MAX_ATR_SIZE`).
#[no_mangle]
pub unsafe extern "C" fn IFDHPowerICC(
    lun: Dword,
    action: Dword,
    atr: *mut c_uchar,
    atr_length: *mut Dword,
) -> ResponseCode {
    let action = match action {
        IFD_POWER_UP => card_link::POWER_ON,
        IFD_POWER_DOWN => card_link::POWER_OFF,
        IFD_RESET => card_link::RESET,
        _ => return IFD_NOT_SUPPORTED,
    };
    if atr.is_null() || atr_length.is_null() {
        return IFD_ERROR_POWER_ACTION;
    }
    with_reader(lun, |slot| match slot.reader.power(action) {
        Ok(bytes) => {
            slot.atr = bytes;
            // SAFETY: pcscd's ATR buffer holds `*atr_length` bytes.
            unsafe { answer(&slot.atr, atr, *atr_length, atr_length) }
        }
        Err(error) => {
            slot.atr.clear();
            // SAFETY: as above.
            unsafe { *atr_length = 0 };
            error_code(error)
        }
    })
}

/// Sends an APDU to the card (under the reader's secure messaging while it is up).
///
/// # Safety
/// `tx` holds `tx_length` bytes, `rx` holds `*rx_length` bytes.
#[no_mangle]
pub unsafe extern "C" fn IFDHTransmitToICC(
    lun: Dword,
    _send_pci: ScardIoHeader,
    tx: *const c_uchar,
    tx_length: Dword,
    rx: *mut c_uchar,
    rx_length: *mut Dword,
    _recv_pci: *mut ScardIoHeader,
) -> ResponseCode {
    if rx.is_null() || rx_length.is_null() {
        return IFD_COMMUNICATION_ERROR;
    }
    // SAFETY: pcscd's command buffer.
    let command = unsafe { input(tx, tx_length) };
    with_reader(lun, |slot| match slot.reader.transmit(command) {
        // SAFETY: pcscd's answer buffer holds `*rx_length` bytes.
        Ok(bytes) => unsafe { answer(&bytes, rx, *rx_length, rx_length) },
        Err(error) => {
            // SAFETY: as above.
            unsafe { *rx_length = 0 };
            error_code(error)
        }
    })
}

/// Whether a card is in the reader.
#[no_mangle]
pub extern "C" fn IFDHICCPresence(lun: Dword) -> ResponseCode {
    with_reader(lun, |slot| {
        if slot.reader.present() {
            IFD_ICC_PRESENT
        } else {
            IFD_ICC_NOT_PRESENT
        }
    })
}

/// `SCardControl`: the Part 10 features and their functions. PACE's and PIN
/// modify's failures are in their answers, so the call itself succeeds.
///
/// # Safety
/// `tx` holds `tx_length` bytes, `rx` holds `rx_capacity` bytes.
#[no_mangle]
pub unsafe extern "C" fn IFDHControl(
    lun: Dword,
    code: Dword,
    tx: *const c_uchar,
    tx_length: Dword,
    rx: *mut c_uchar,
    rx_capacity: Dword,
    returned: *mut Dword,
) -> ResponseCode {
    if returned.is_null() || (rx.is_null() && rx_capacity > 0) {
        return IFD_COMMUNICATION_ERROR;
    }
    // SAFETY: pcscd's command buffer (it may hold a password: not copied).
    let command = unsafe { input(tx, tx_length) };
    let Ok(code) = u32::try_from(code) else {
        return IFD_ERROR_NOT_SUPPORTED;
    };
    with_reader(lun, |slot| match slot.reader.control(code, command) {
        // SAFETY: pcscd's answer buffer holds `rx_capacity` bytes.
        Ok(bytes) => unsafe { answer(&bytes, rx, rx_capacity, returned) },
        Err(error) => {
            // SAFETY: as above.
            unsafe { *returned = 0 };
            error_code(error)
        }
    })
}
