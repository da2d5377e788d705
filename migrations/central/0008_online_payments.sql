-- Central backend schema, version 8 (SQLite): fees paid online on the city's payment platform.

-- A payment transaction the central created on the platform (XBezahldienste) when a
-- citizen opened a request's payment link. The request may not have arrived yet (the
-- link is made at the station, also offline), so `item_id` is not a foreign key; a
-- request can have several transactions (one cancelled, then one paid). `cents` is
-- the fee of `service` in the catalogue the central had published then. When the
-- platform reports a transaction paid, the request's `items.paid_at` is set (also
-- when it arrives later).
CREATE TABLE online_payments (
    transaction_id TEXT PRIMARY KEY,
    item_id        TEXT NOT NULL,
    station_id     TEXT NOT NULL REFERENCES stations(id),
    service        TEXT NOT NULL,
    cents          INTEGER NOT NULL CHECK (cents > 0),
    paypage        TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('open', 'paid', 'canceled', 'failed')),
    created_at     TEXT NOT NULL,
    checked_at     TEXT NOT NULL,
    paid_at        TEXT
) STRICT;

CREATE INDEX online_payments_by_item ON online_payments (item_id, created_at);
CREATE INDEX online_payments_open ON online_payments (status, created_at);
