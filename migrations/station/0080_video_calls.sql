-- The video calls with a clerk opened at this station through the central, as staff see
-- them in the day's list: when, in which language, and how the call stood when the
-- station last asked. The phone link's token is not kept (it lets anyone join).
CREATE TABLE video_calls (
    id          TEXT PRIMARY KEY NOT NULL,
    opened_at   TEXT NOT NULL,
    lang        TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('waiting', 'answered', 'ended')),
    checked_at  TEXT NOT NULL
) STRICT;

CREATE INDEX video_calls_by_time ON video_calls (opened_at);
