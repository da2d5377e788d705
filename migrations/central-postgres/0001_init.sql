-- Central backend schema, version 1 (PostgreSQL; the same as migrations/central/0001
-- for SQLite). Times are RFC 3339 UTC text with milliseconds, as on SQLite, so that
-- both compare and sort them the same way.

-- Stations IT registered with `bk-central station add`. A station is enrolled once it
-- redeemed its one-time code: then it has a public key (for export files) and a token.
CREATE TABLE stations (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    public_key      BYTEA CHECK (public_key IS NULL OR octet_length(public_key) = 32),
    token_hash      BYTEA UNIQUE CHECK (token_hash IS NULL OR octet_length(token_hash) = 32),
    enrolled_at     TEXT,
    last_seen_at    TEXT,
    last_push_at    TEXT,
    last_import_at  TEXT
);

-- One-time enrolment codes; only their SHA-256 is kept.
CREATE TABLE enrolment_codes (
    code_hash   BYTEA PRIMARY KEY CHECK (octet_length(code_hash) = 32),
    station_id  TEXT NOT NULL REFERENCES stations(id),
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_at     TEXT
);

-- Items received from stations (push or USB import). `id` is the station's UUIDv7,
-- the idempotency key. `sealed` is the HPKE blob; only the central's private key opens it.
CREATE TABLE items (
    id            TEXT PRIMARY KEY,
    kind          TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    received_at   TEXT NOT NULL,
    station_id    TEXT NOT NULL REFERENCES stations(id),
    source        TEXT NOT NULL CHECK (source IN ('push', 'import')),
    service       TEXT,
    topic         TEXT NOT NULL,
    place         TEXT NOT NULL,
    sealed        BYTEA NOT NULL,
    done_at       TEXT
);

CREATE INDEX items_by_received ON items (received_at, id);
CREATE INDEX items_by_station ON items (station_id);

-- Published configuration versions (service catalogue and station plan), signed
-- with the central's Ed25519 key over syncproto::config::signed_bytes.
CREATE TABLE config_versions (
    version       BIGINT PRIMARY KEY,
    published_at  TEXT NOT NULL,
    services      TEXT NOT NULL,
    stations      TEXT NOT NULL,
    signature     TEXT NOT NULL
);
