-- Key/value settings of this station laptop (e.g. the station selected for today).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
