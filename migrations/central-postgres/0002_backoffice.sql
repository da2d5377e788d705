-- Central backend schema, version 2 (PostgreSQL): the back office in the browser.

-- Revocation, and what each station last reported of itself (app version, the
-- configuration version it runs, its outbox: pending and dead letters).
ALTER TABLE stations ADD COLUMN revoked_at TEXT;
ALTER TABLE stations ADD COLUMN app_version TEXT;
ALTER TABLE stations ADD COLUMN config_version BIGINT;
ALTER TABLE stations ADD COLUMN reported_pending BIGINT;
ALTER TABLE stations ADD COLUMN reported_dead BIGINT;
ALTER TABLE stations ADD COLUMN reported_at TEXT;

-- Who marked a request done, the clerks' internal note (HPKE-sealed to the central's
-- own key, like the item), and when retention deleted its personal part (`sealed` and
-- `note` are then empty; the row stays countable).
ALTER TABLE items ADD COLUMN done_by TEXT;
ALTER TABLE items ADD COLUMN note BYTEA;
ALTER TABLE items ADD COLUMN purged_at TEXT;
CREATE INDEX items_by_done ON items (done_at);

-- Clerk accounts of the back office. `password` is an Argon2id PHC string;
-- `totp_secret` (RFC 6238) is required for admins; `totp_last_step` refuses a code
-- used twice. Wrong passwords raise `failed_logins` and set `locked_until`.
CREATE TABLE clerks (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    role            TEXT NOT NULL CHECK (role IN ('clerk', 'admin')),
    password        TEXT NOT NULL,
    totp_secret     BYTEA,
    totp_last_step  BIGINT,
    created_at      TEXT NOT NULL,
    disabled_at     TEXT,
    failed_logins   BIGINT NOT NULL DEFAULT 0,
    locked_until    TEXT,
    last_login_at   TEXT
);

-- Signed-in sessions; only the SHA-256 of the cookie value is kept. `csrf` is the
-- token every form of the session must carry.
CREATE TABLE sessions (
    token_hash      BYTEA PRIMARY KEY CHECK (octet_length(token_hash) = 32),
    clerk_id        BIGINT NOT NULL REFERENCES clerks(id),
    csrf            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    last_active_at  TEXT NOT NULL
);

-- The audit log: who did what to which subject, and when. Never updated or deleted.
CREATE TABLE audit_log (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at       TEXT NOT NULL,
    actor    TEXT NOT NULL,
    action   TEXT NOT NULL,
    subject  TEXT,
    detail   TEXT
);

CREATE INDEX audit_by_time ON audit_log (at);
