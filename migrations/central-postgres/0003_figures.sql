-- Station figures (PostgreSQL; as migrations/central/0003): per station and local
-- day the non-personal figures the station sent (JSON of syncproto::figures::Figures),
-- of the highest revision received.
CREATE TABLE station_figures (
    station_id   TEXT   NOT NULL REFERENCES stations(id),
    day          TEXT   NOT NULL CHECK (day ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    revision     BIGINT NOT NULL CHECK (revision > 0),
    figures      TEXT   NOT NULL,
    received_at  TEXT   NOT NULL,
    PRIMARY KEY (station_id, day)
);

CREATE INDEX station_figures_by_day ON station_figures (day);
