-- Waiting tickets. A number is unique per station and local day (Europe/Berlin);
-- rows are never deleted, so MAX(number) + 1 never hands out a number twice.
-- Times are RFC 3339 UTC strings with milliseconds ("2026-02-25T09:03:12.345Z").
CREATE TABLE tickets (
    id          INTEGER PRIMARY KEY,
    station_id  TEXT    NOT NULL,
    day         TEXT    NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    number      INTEGER NOT NULL CHECK (number > 0),
    status      TEXT    NOT NULL DEFAULT 'waiting'
                        CHECK (status IN ('waiting', 'called', 'served', 'gone')),
    drawn_at    TEXT    NOT NULL,
    called_at   TEXT,
    finished_at TEXT,
    UNIQUE (station_id, day, number),
    CHECK (status = 'waiting' OR status = 'gone' OR called_at IS NOT NULL),
    CHECK ((status IN ('served', 'gone')) = (finished_at IS NOT NULL))
) STRICT;

CREATE INDEX tickets_by_station_day_status ON tickets (station_id, day, status, number);
