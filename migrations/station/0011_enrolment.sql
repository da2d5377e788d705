-- The enrolment at the central backend (at most one row): where it is, the bearer
-- token, the central's pinned keys (HPKE to seal to, Ed25519 that signs the
-- configuration) and this station's own Ed25519 key (signs USB export files).
CREATE TABLE enrolment (
    id                   INTEGER PRIMARY KEY CHECK (id = 1),
    central_url          TEXT NOT NULL,
    station_id           TEXT NOT NULL,
    station_name         TEXT NOT NULL,
    token                TEXT NOT NULL,
    hpke_public_key      BLOB NOT NULL CHECK (length(hpke_public_key) = 32),
    central_signing_key  BLOB NOT NULL CHECK (length(central_signing_key) = 32),
    station_signing_key  BLOB NOT NULL CHECK (length(station_signing_key) = 32),
    enrolled_at          TEXT NOT NULL
) STRICT;

-- How the last sync rounds went (at most one row), shown to staff.
CREATE TABLE sync_state (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    last_success_at     TEXT,
    last_error_at       TEXT,
    last_error_message  TEXT
) STRICT;

-- The configuration pulled from the central (at most one row): the version and the
-- exact JSON texts the central signed. Replaced as a whole in one transaction.
CREATE TABLE central_config (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    version     INTEGER NOT NULL CHECK (version > 0),
    services    TEXT    NOT NULL,
    stations    TEXT    NOT NULL,
    applied_at  TEXT    NOT NULL
) STRICT;
