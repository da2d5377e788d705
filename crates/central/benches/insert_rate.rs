//! Raw SQLite insert rate of the central for push-shaped items (the baseline of the
//! sync benchmark): one multi-row INSERT per batch. Prints items per second for
//! several batch sizes.
//!
//! `cargo bench -p central --bench insert_rate` (set `BK_BENCH_ITEMS` for more items).

use central::baseline::measure_insert_rate;
use central::store::Database;

fn main() {
    let items: usize = std::env::var("BK_BENCH_ITEMS")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(20_000);
    let sealed_len = 600;
    println!(
        "central SQLite insert rate, {items} items, sealed blob {sealed_len} B, synchronous=FULL"
    );
    for batch_size in [1, 10, 100, 500] {
        let dir = tempfile::tempdir().expect("temporary directory");
        let count = if batch_size == 1 {
            items.min(2_000)
        } else {
            items
        };
        match measure_insert_rate(
            &Database::Sqlite(dir.path().join("bench.sqlite3")),
            count,
            batch_size,
            sealed_len,
        ) {
            Ok(rate) => println!(
                "batch {:>4}: {:>7} items in {:>7.3} s = {:>9.0} items/s",
                rate.batch_size,
                rate.items,
                rate.seconds,
                rate.items_per_second()
            ),
            Err(error) => {
                eprintln!("Messung fehlgeschlagen: {error}");
                std::process::exit(1);
            }
        }
    }
}
