-- Figures (issue "Station figures"): PIN workflows by flow and result, and the QR
-- codes of online services shown, per local day (Europe/Berlin) and place (the
-- station plan id selected when it happened; '' when none was). Counts only: nothing
-- here names a person, a card or a ticket. Waiting times, visitors and requests are
-- computed from `tickets` and `requests`, whose rows are never deleted.
CREATE TABLE pin_counts (
    day     TEXT    NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    place   TEXT    NOT NULL,
    flow    TEXT    NOT NULL
                    CHECK (flow IN ('transport_pin', 'pin_change', 'can', 'puk', 'unrecorded')),
    result  TEXT    NOT NULL CHECK (result IN ('changed', 'failed', 'referred')),
    count   INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (day, place, flow, result)
) STRICT;

-- Counts from before the flow was recorded (all flows together, without a place)
-- move over as flow 'unrecorded', so that no flow is credited with them.
INSERT INTO pin_counts (day, place, flow, result, count)
    SELECT day, '', 'unrecorded', kind, count FROM eid_day_counts;
DROP TABLE eid_day_counts;

CREATE TABLE qr_counts (
    day     TEXT    NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    place   TEXT    NOT NULL,
    service TEXT    NOT NULL,
    count   INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (day, place, service)
) STRICT;

-- The counts of `requests` per day and topic are computed from `requests` now.
DROP TABLE request_counts;

-- How often each service's QR code was shown at all stations (the central's answer
-- to the last figures upload), replaced as a whole with each answer.
CREATE TABLE central_qr_counts (
    service TEXT    PRIMARY KEY,
    count   INTEGER NOT NULL CHECK (count >= 0)
) STRICT;

CREATE INDEX requests_by_created_at ON requests (created_at);
CREATE INDEX tickets_by_day ON tickets (day);
