-- The staff PIN: only its Argon2id hash (PHC string), plus the wrong-try counter and
-- the lock, so that both survive a restart. At most one row.
CREATE TABLE staff_pin (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    phc           TEXT    NOT NULL,
    failed_tries  INTEGER NOT NULL DEFAULT 0 CHECK (failed_tries >= 0),
    locked_until  TEXT
) STRICT;
