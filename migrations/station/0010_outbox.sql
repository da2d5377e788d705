-- The outbox: every citizen request becomes one item here, in the same transaction
-- that records the request. `id` (UUIDv7) is the idempotency key at the central.
-- `meta` holds only non-personal metadata (JSON: topic, station, service); the
-- personal part is `sealed` to the central's HPKE key and deleted (NULL) once the
-- central acknowledged the item. Rows stay, so the figures stay.
CREATE TABLE outbox (
    seq              INTEGER PRIMARY KEY,
    id               TEXT    NOT NULL UNIQUE,
    kind             TEXT    NOT NULL,
    created_at       TEXT    NOT NULL,
    meta             TEXT    NOT NULL,
    sealed           BLOB,
    state            TEXT    NOT NULL DEFAULT 'pending'
                             CHECK (state IN ('pending', 'acknowledged', 'dead_letter')),
    exported_at      TEXT,
    acknowledged_at  TEXT,
    reject_reason    TEXT,
    reject_message   TEXT,
    CHECK ((state = 'acknowledged') = (sealed IS NULL)),
    CHECK ((state = 'acknowledged') = (acknowledged_at IS NOT NULL)),
    CHECK ((state = 'dead_letter') = (reject_reason IS NOT NULL))
) STRICT;

CREATE INDEX outbox_by_state ON outbox (state, seq);

-- A request as the station keeps it: the reference the citizen got, the topic, the
-- place and the time. No name, contact data or free text (those are only sealed).
CREATE TABLE requests (
    reference   TEXT PRIMARY KEY NOT NULL CHECK (reference GLOB 'BK-????-????'),
    outbox_id   TEXT NOT NULL UNIQUE REFERENCES outbox (id),
    topic       TEXT NOT NULL,
    station_id  TEXT NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;

-- Figures: requests per local day and topic. Never deleted, no personal data.
CREATE TABLE request_counts (
    day    TEXT    NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    topic  TEXT    NOT NULL,
    count  INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (day, topic)
) STRICT;
