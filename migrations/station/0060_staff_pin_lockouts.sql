-- How many times in a row the staff PIN was locked since it last opened the staff
-- window: each lock lasts twice as long as the one before (crates/station/src/staff_pin.rs).
ALTER TABLE staff_pin ADD COLUMN lockouts INTEGER NOT NULL DEFAULT 0 CHECK (lockouts >= 0);
