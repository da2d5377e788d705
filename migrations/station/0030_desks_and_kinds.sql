-- Desks and kinds of matter (issue "Walk-in tickets people can hold and hear").
-- A ticket is for one kind of matter; a desk serves all or some kinds. The station
-- laptop has 1–4 desks; without rows here it has one desk that serves every kind.
-- Each ticket keeps the desk it was called to and the time window it was given
-- (RFC 3339 UTC like the other times; both or neither).
ALTER TABLE tickets ADD COLUMN kind TEXT NOT NULL DEFAULT 'eid'
    CHECK (kind IN ('eid', 'advice', 'request'));
ALTER TABLE tickets ADD COLUMN desk INTEGER CHECK (desk BETWEEN 1 AND 4);
ALTER TABLE tickets ADD COLUMN window_from TEXT;
ALTER TABLE tickets ADD COLUMN window_to TEXT;

-- `kinds`: the kinds the desk serves, comma-separated in the order above, never empty.
CREATE TABLE desks (
    number INTEGER PRIMARY KEY CHECK (number BETWEEN 1 AND 4),
    kinds  TEXT    NOT NULL CHECK (kinds <> '')
) STRICT;

CREATE INDEX tickets_by_called ON tickets (station_id, day, called_at);
