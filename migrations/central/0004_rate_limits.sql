-- Rate limits of enrolment and sign-in, per client (IPv4 address or IPv6 /64) and
-- fixed window, in the database: every central process sharing the database counts
-- the same tries.
CREATE TABLE rate_limits (
    scope         TEXT    NOT NULL,
    client        TEXT    NOT NULL,
    window_start  INTEGER NOT NULL,
    tries         INTEGER NOT NULL,
    PRIMARY KEY (scope, client)
) STRICT, WITHOUT ROWID;

CREATE INDEX rate_limits_by_window ON rate_limits (window_start);
