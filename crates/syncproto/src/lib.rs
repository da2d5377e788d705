//! The sync protocol between a Bürgerkoffer station and the central backend.
//!
//! Shared by both sides so they cannot drift apart:
//! - [`api`]: the JSON wire types of the HTTP API (see `docs/sync-api.openapi.yaml`),
//! - [`appointments`]: the wire types of booking an appointment through the central,
//! - [`item`]: validation of outbox items (the same rules for push and USB import),
//! - [`kind`]: the kinds of item,
//! - [`seal`]: HPKE (RFC 9180) sealing of the personal part of an item to the central,
//! - [`binding`]: the sealing station's tag on an item, checked without opening the seal,
//! - [`figures`]: a station's non-personal figures per day, as they travel,
//! - [`export_file`]: the signed offline export file for a USB stick,
//! - [`config`]: the central's signature over a configuration version,
//! - [`limits`]: the sizes both sides must respect,
//! - [`error`]: the typed errors, with German messages for staff and IT.

pub mod api;
pub mod appointments;
pub mod binding;
pub mod calls;
pub mod config;
pub mod encoding;
pub mod enrolment_code;
pub mod error;
pub mod export_file;
pub mod figures;
pub mod item;
pub mod kind;
pub mod limits;
pub mod link;
pub mod payment;
pub mod seal;
pub mod upload;

pub use api::{
    AckQueryRequest, AckQueryResponse, ApiError, BatchRefusal, ConfigBundle, EnrollRequest,
    EnrollResponse, HealthResponse, ItemMeta, ItemOutcome, ItemResult, PaidItem, PaidQueryResponse,
    PushItem, PushRequest, PushResponse, RejectReason, StationReport, BATCH_REFUSALS,
    STATION_REVOKED,
};
pub use error::{ConfigError, ExportError, KeyError, SealError};
pub use item::{ItemKind, Rejection, ValidItem};
pub use seal::{SealPrivateKey, SealPublicKey};
