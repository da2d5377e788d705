-- Central backend schema, version 9 (SQLite): video calls with a clerk.

-- A call a station asked for: the room the central opened on the city's video
-- platform (its number, the PIN that lets the citizen's phone and the clerk's
-- browser join, the secret that closes it), the link token the phone opens the call
-- page with, the kiosk's language. Who answered it and when it ended are recorded;
-- picture and sound are not. No personal data.
CREATE TABLE calls (
    id           TEXT PRIMARY KEY,
    station_id   TEXT NOT NULL REFERENCES stations(id),
    room         INTEGER NOT NULL,
    pin          TEXT NOT NULL,
    secret       TEXT NOT NULL,
    phone_token  TEXT NOT NULL,
    lang         TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    answered_at  TEXT,
    answered_by  TEXT,
    ended_at     TEXT,
    ended_by     TEXT
) STRICT;

CREATE INDEX calls_by_time ON calls (created_at);
