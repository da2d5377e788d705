-- Central backend schema, version 1.

-- Stations IT registered with `bk-central station add`. A station is enrolled once it
-- redeemed its one-time code: then it has a public key (for export files) and a token.
CREATE TABLE stations (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    public_key      BLOB CHECK (public_key IS NULL OR length(public_key) = 32),
    token_hash      BLOB UNIQUE CHECK (token_hash IS NULL OR length(token_hash) = 32),
    enrolled_at     TEXT,
    last_seen_at    TEXT,
    last_push_at    TEXT,
    last_import_at  TEXT
) STRICT;

-- One-time enrolment codes; only their SHA-256 is kept.
CREATE TABLE enrolment_codes (
    code_hash   BLOB PRIMARY KEY CHECK (length(code_hash) = 32),
    station_id  TEXT NOT NULL REFERENCES stations(id),
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_at     TEXT
) STRICT;

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
    sealed        BLOB NOT NULL,
    done_at       TEXT
) STRICT, WITHOUT ROWID;

CREATE INDEX items_by_received ON items (received_at, id);
CREATE INDEX items_by_station ON items (station_id);

-- Published configuration versions (service catalogue and station plan), signed
-- with the central's Ed25519 key over syncproto::config::signed_bytes.
CREATE TABLE config_versions (
    version       INTEGER PRIMARY KEY,
    published_at  TEXT NOT NULL,
    services      TEXT NOT NULL,
    stations      TEXT NOT NULL,
    signature     TEXT NOT NULL
) STRICT;
