-- Central backend schema, version 10 (SQLite): bookings under way in the appointment
-- system, and appointments cancelled, so that a booking the central confirmed but did not record (it died, or the
-- answer was lost) is found again instead of booked a second time.

-- A booking of request `item_id` of station `station_id` the central is completing:
-- the appointment system's process id and key, the time and the office. Written before the central asks the
-- system to complete the process, deleted in the transaction that records the booking
-- (or when the system refused it for good). When the request arrives again while a row
-- is here, the central asks the system about the process and adopts it.
CREATE TABLE booking_attempts (
    item_id     TEXT PRIMARY KEY,
    station_id  TEXT NOT NULL,
    process_id  INTEGER NOT NULL,
    auth_key    TEXT NOT NULL,
    at          INTEGER NOT NULL,
    office      TEXT NOT NULL,
    started_at  TEXT NOT NULL
);

-- When the central began booking a wish (`appointment_problem` says it is being
-- booked): a claim older than the longest booking belongs to a process that died, and
-- the wish is booked again.
ALTER TABLE items ADD COLUMN appointment_claimed_at TEXT;

-- A booked appointment a clerk cancelled for the citizen: when, and who.
ALTER TABLE items ADD COLUMN appointment_cancelled_at TEXT;
ALTER TABLE items ADD COLUMN appointment_cancelled_by TEXT;
