-- Desks and kinds of matter (issue "Walk-in tickets people can hold and hear").
-- A ticket is for one kind of matter; a desk serves all or some kinds. The station
-- laptop has 1–4 desks; without rows here it has one desk that serves every kind.
-- Each ticket keeps the desk it was called to and the time window it was given
-- (RFC 3339 UTC like the other times; both or neither). `call_seq` numbers the calls
-- of this laptop in the order they were committed (call times come from the callers'
-- clocks and need not be in that order); the call display sounds each call once by it.
ALTER TABLE tickets ADD COLUMN kind TEXT NOT NULL DEFAULT 'eid'
    CHECK (kind IN ('eid', 'advice', 'request'));
ALTER TABLE tickets ADD COLUMN desk INTEGER CHECK (desk BETWEEN 1 AND 4);
ALTER TABLE tickets ADD COLUMN window_from TEXT;
ALTER TABLE tickets ADD COLUMN window_to TEXT;
ALTER TABLE tickets ADD COLUMN call_seq INTEGER CHECK (call_seq > 0);

-- `kinds`: the kinds the desk serves, comma-separated in the order above, never empty.
CREATE TABLE desks (
    number INTEGER PRIMARY KEY CHECK (number BETWEEN 1 AND 4),
    kinds  TEXT    NOT NULL CHECK (kinds <> '')
) STRICT;

CREATE UNIQUE INDEX tickets_by_call_seq ON tickets (call_seq) WHERE call_seq IS NOT NULL;
