-- Central backend schema, version 6 (PostgreSQL): appointments booked for requests.

-- A request of topic "terminbuchung" that the central booked in the city's appointment
-- system: the time (Unix seconds), the office, the number the citizen gives, and the
-- system's process id and key (to look it up or cancel it).
ALTER TABLE items ADD COLUMN appointment_at BIGINT;
ALTER TABLE items ADD COLUMN appointment_office TEXT;
ALTER TABLE items ADD COLUMN appointment_number TEXT;
ALTER TABLE items ADD COLUMN appointment_process TEXT;
-- A wish booked at sync that could not be booked (or is being booked): why, for the
-- back office; NULL while it waits to be booked.
ALTER TABLE items ADD COLUMN appointment_problem TEXT;
