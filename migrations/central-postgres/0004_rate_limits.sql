-- Rate limits of enrolment and sign-in (PostgreSQL; as migrations/central/0004), per
-- client and fixed window: every central process sharing the database counts the
-- same tries.
CREATE TABLE rate_limits (
    scope         TEXT   NOT NULL,
    client        TEXT   NOT NULL,
    window_start  BIGINT NOT NULL,
    tries         BIGINT NOT NULL,
    PRIMARY KEY (scope, client)
);

CREATE INDEX rate_limits_by_window ON rate_limits (window_start);
