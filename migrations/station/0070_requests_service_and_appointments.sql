-- The catalogue service a request is about (a certificate ordered, an appointment
-- booked), so that staff see the day's fees and appointments; NULL for the others.
ALTER TABLE requests ADD COLUMN service TEXT;

-- An appointment booked at this station through the central, as staff see it in the
-- day's list: its time, the office and the appointment's number. No name or contact
-- data (those are only sealed).
CREATE TABLE booked_appointments (
    reference  TEXT PRIMARY KEY NOT NULL REFERENCES requests (reference),
    time       TEXT NOT NULL,
    office     TEXT NOT NULL,
    number     TEXT NOT NULL
) STRICT;
