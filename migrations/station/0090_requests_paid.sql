-- When the city received a request's fee, as the central reports it with each sync round
-- (recorded by the cash office, or paid online on the city's payment platform), so that
-- staff see the day's payments. NULL while the central reports none.
ALTER TABLE requests ADD COLUMN paid_at TEXT;
ALTER TABLE requests ADD COLUMN paid_online INTEGER NOT NULL DEFAULT 0 CHECK (paid_online IN (0, 1));
