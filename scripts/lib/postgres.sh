# A private PostgreSQL cluster for the tests: Debian's PostgreSQL server, a new
# cluster in a temporary folder, listening on 127.0.0.1 only (and a socket in that
# folder), run as the `postgres` user when the scripts run as root (PostgreSQL refuses
# to run as root). `start_test_postgres` exports its URL as BK_TEST_POSTGRES and stops
# and deletes the cluster when the calling script exits.

# The newest installed PostgreSQL's programs.
postgres_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

# Runs a command as the cluster's owner.
as_postgres_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start_test_postgres() {
  local bin port
  bin="$(postgres_bin)"
  [ -x "$bin/initdb" ] || die "PostgreSQL is not installed (Debian package postgresql)"
  BK_TEST_POSTGRES_DIR="$(mktemp -d /tmp/bk-postgres.XXXXXX)"
  [ "$(id -u)" = 0 ] && chown postgres: "$BK_TEST_POSTGRES_DIR"
  at_exit stop_test_postgres
  as_postgres_owner "$bin/initdb" -D "$BK_TEST_POSTGRES_DIR/data" --auth=trust \
    --username=postgres --encoding=UTF8 --locale=C.UTF-8 >"$BK_TEST_POSTGRES_DIR/initdb.log"
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  # The tests kill central processes, never the database: fsync is not under test
  # there and only slows the runs down. Benchmarks set BK_POSTGRES_FSYNC=on.
  as_postgres_owner "$bin/pg_ctl" -D "$BK_TEST_POSTGRES_DIR/data" -l "$BK_TEST_POSTGRES_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $BK_TEST_POSTGRES_DIR -c fsync=${BK_POSTGRES_FSYNC:-off} -c max_connections=300" \
    start >/dev/null
  export BK_TEST_POSTGRES="postgres://postgres@127.0.0.1:$port/postgres"
  say "PostgreSQL test cluster on 127.0.0.1:$port ($BK_TEST_POSTGRES_DIR)"
}

stop_test_postgres() {
  [ -n "${BK_TEST_POSTGRES_DIR:-}" ] || return 0
  as_postgres_owner "$(postgres_bin)/pg_ctl" -D "$BK_TEST_POSTGRES_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$BK_TEST_POSTGRES_DIR"
  BK_TEST_POSTGRES_DIR=""
}
