-- Station figures (issue "Station figures"): per station and local day the
-- non-personal figures the station sent (JSON of syncproto::figures::Figures), of the
-- highest revision received. A resend or an import of an older file never replaces
-- them; a later revision from the same station corrects the day.
CREATE TABLE station_figures (
    station_id   TEXT    NOT NULL REFERENCES stations(id),
    day          TEXT    NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    revision     INTEGER NOT NULL CHECK (revision > 0),
    figures      TEXT    NOT NULL,
    received_at  TEXT    NOT NULL,
    PRIMARY KEY (station_id, day)
) STRICT, WITHOUT ROWID;

CREATE INDEX station_figures_by_day ON station_figures (day);
