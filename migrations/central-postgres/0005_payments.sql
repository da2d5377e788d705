-- Central backend schema, version 5 (PostgreSQL): fees paid for requests.

-- When the back office recorded that a request's fee was paid, and by whom
-- (the cash office saw the transfer with the request's reference).
ALTER TABLE items ADD COLUMN paid_at TEXT;
ALTER TABLE items ADD COLUMN paid_by TEXT;
