-- The kiosk's "Online-Ausweis & PIN" figures: how many PIN changes were done, failed
-- or referred to staff per local day, and the citizens' calls for help. Nothing here
-- names a person or a card: no PIN, CAN, PUK, card number or name is ever stored.
CREATE TABLE eid_day_counts (
    day   TEXT    NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    kind  TEXT    NOT NULL CHECK (kind IN ('changed', 'failed', 'referred')),
    count INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (day, kind)
) STRICT;

-- A citizen at the kiosk asked for staff; `done_at` is set when staff took care of it.
-- Times are RFC 3339 UTC strings with milliseconds.
CREATE TABLE eid_help_requests (
    id         INTEGER PRIMARY KEY,
    at         TEXT    NOT NULL,
    reason     TEXT    NOT NULL
                       CHECK (reason IN ('puk_used_up', 'pin_forgotten', 'deactivated', 'other')),
    done_at    TEXT
) STRICT;

CREATE INDEX eid_help_requests_open ON eid_help_requests (done_at, at);
