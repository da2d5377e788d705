//! The raw insert rate of the central's database for push-shaped items: the baseline
//! the sync benchmark compares its end-to-end rate against. The same rows as a push
//! stores, written as plainly as the database allows: one multi-row `INSERT` per batch
//! and one transaction per batch, on SQLite (`synchronous=FULL`) or PostgreSQL.
//! Used by `benches/insert_rate.rs` and by the sync benchmark.

use std::time::Instant;

use chrono::Utc;
use syncproto::seal::SUITE_V1;
use syncproto::{ItemKind, ItemMeta, ValidItem};
use uuid::Uuid;

use crate::store::db::Arg;
use crate::store::{timestamp, Database, Store, StoreError};

/// Columns of one item row.
const COLUMNS: usize = 10;

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
        insert_rows(&store, &station.station_id, batch)?;
    }
    Ok(InsertRate {
        items: items as u64,
        batch_size,
        seconds: started.elapsed().as_secs_f64(),
    })
}

/// One multi-row `INSERT` of `batch`, in a transaction.
fn insert_rows(store: &Store, station_id: &str, batch: &[ValidItem]) -> Result<(), StoreError> {
    let received_at = timestamp();
    let rows: Vec<[Box<dyn Arg>; COLUMNS]> = batch
        .iter()
        .map(|item| {
            [
                Box::new(item.id_text()) as Box<dyn Arg>,
                Box::new(item.kind.as_str().to_owned()),
                Box::new(item.created_at_text()),
                Box::new(received_at.clone()),
                Box::new(station_id.to_owned()),
                Box::new("push".to_owned()),
                Box::new(item.meta.service.clone()),
                Box::new(item.meta.topic.clone()),
                Box::new(item.meta.station.clone()),
                Box::new(item.sealed.clone()),
            ]
        })
        .collect();
    let placeholders: Vec<String> = (0..batch.len())
        .map(|row| {
            let numbers: Vec<String> = (1..=COLUMNS)
                .map(|column| format!("${}", row * COLUMNS + column))
                .collect();
            format!("({})", numbers.join(", "))
        })
        .collect();
    let sql = format!(
        "INSERT INTO items (id, kind, created_at, received_at, station_id, source, service,
                            topic, place, sealed) VALUES {}",
        placeholders.join(", ")
    );
    let args: Vec<&dyn Arg> = rows.iter().flatten().map(|arg| arg.as_ref()).collect();
    store.raw_transaction(|db| db.execute(&sql, &args).map(|_| ()))
}
