//! The raw insert rate of the central's database for push-shaped items: the baseline
//! the sync benchmark compares its end-to-end rate against. The same rows as a push
//! stores, written as plainly as the database allows: multi-row `INSERT`s (the same
//! statements a push uses, without its conflict handling) and one transaction per batch, on SQLite (`synchronous=FULL`) or PostgreSQL.
//! Used by `benches/insert_rate.rs` and by the sync benchmark.

use std::time::Instant;

use chrono::Utc;
use syncproto::seal::SUITE_V1;
use syncproto::{ItemKind, ItemMeta, ValidItem};
use uuid::Uuid;

use crate::store::{Database, Store, StoreError};

/// One measurement.
#[derive(Debug, Clone, Copy)]
pub struct InsertRate {
    /// How many items were inserted.
    pub items: u64,
    /// How many items went into each transaction.
    pub batch_size: usize,
    /// Wall-clock time the inserts took, in seconds.
    pub seconds: f64,
}

impl InsertRate {
    /// Inserted items per second (`items / seconds`).
    pub fn items_per_second(&self) -> f64 {
        self.items as f64 / self.seconds
    }
}

/// Push-shaped items with a sealed blob of `sealed_len` bytes (at least the HPKE
/// minimum). The blob's bytes are arbitrary: the store never opens it.
pub fn sample_items(count: usize, sealed_len: usize) -> Vec<ValidItem> {
    (0..count)
        .map(|n| {
            let mut sealed =
                vec![(n % 251) as u8; sealed_len.max(syncproto::seal::MIN_SEALED_BYTES)];
            sealed[0] = SUITE_V1;
            ValidItem {
                id: Uuid::now_v7(),
                kind: ItemKind::Request,
                created_at: Utc::now(),
                meta: ItemMeta {
                    service: Some("wohngeld".into()),
                    topic: "Rückruf erbeten".into(),
                    station: "potsdam-nord".into(),
                },
                sealed,
                binding: None,
            }
        })
        .collect()
}

/// Inserts `items` new items in batches of `batch_size` (one multi-row `INSERT` and
/// one transaction each) into `database`, which must be new, and times only the
/// inserts.
pub fn measure_insert_rate(
    database: &Database,
    items: usize,
    batch_size: usize,
    sealed_len: usize,
) -> Result<InsertRate, StoreError> {
    let mut store = Store::connect(database)?;
    let station = store.add_station("Messstation", chrono::Duration::hours(1))?;
    let samples = sample_items(items, sealed_len);
    let started = Instant::now();
    for batch in samples.chunks(batch_size.max(1)) {
        store.insert_new_items(&station.station_id, batch)?;
    }
    Ok(InsertRate {
        items: items as u64,
        batch_size,
        seconds: started.elapsed().as_secs_f64(),
    })
}
