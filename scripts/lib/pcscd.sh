# One pcscd for the whole test run: Debian's pcscd in the foreground, its log in the
# target directory, stopped when the calling script exits. The card tests' harness
# starts a pcscd only when none answers, so with this one running no pcscd comes and
# goes between tests, and the virtual reader's ports (127.0.0.1:35963-35964) stay bound
# from the first test to the last. A pcscd that already runs is used as it is.
# Needs common.sh.

start_test_pcscd() {
  if pgrep -x pcscd >/dev/null; then
    say "pcscd runs already (pid $(pgrep -x pcscd | tr '\n' ' ')): the card tests use it"
    return
  fi
  if [ "$(id -u)" -ne 0 ]; then
    say "warning: not root, so no pcscd for the run: the card tests start their own"
    return
  fi
  # No pcscd runs, so a socket or pid file left in /run/pcscd is stale; pcscd would
  # refuse to start while the stale pid names a live process.
  rm -f /run/pcscd/pcscd.comm /run/pcscd/pcscd.pid
  BK_TEST_PCSCD_LOG="$(bk_target_dir)/pcscd-test.log"
  mkdir -p "$(dirname "$BK_TEST_PCSCD_LOG")"
  pcscd --foreground >"$BK_TEST_PCSCD_LOG" 2>&1 &
  BK_TEST_PCSCD_PID=$!
  at_exit stop_test_pcscd
  local waited=0
  until [ -S /run/pcscd/pcscd.comm ]; do
    kill -0 "$BK_TEST_PCSCD_PID" 2>/dev/null ||
      die "pcscd ended at start: $(tail -n 5 "$BK_TEST_PCSCD_LOG")"
    [ "$waited" -lt 100 ] || die "pcscd made no socket within 10 s: $(tail -n 5 "$BK_TEST_PCSCD_LOG")"
    sleep 0.1
    waited=$((waited + 1))
  done
  say "pcscd for the tests (pid $BK_TEST_PCSCD_PID, log $BK_TEST_PCSCD_LOG)"
}

stop_test_pcscd() {
  [ -n "${BK_TEST_PCSCD_PID:-}" ] || return 0
  kill -TERM "$BK_TEST_PCSCD_PID" 2>/dev/null || true
  wait "$BK_TEST_PCSCD_PID" 2>/dev/null || true
  BK_TEST_PCSCD_PID=""
}

# The virtual comfort reader (crates/comfortreader, a reader with a PIN pad) is a
# driver that a card test's own pcscd loads (testcard::harness::comfort writes that
# pcscd's reader configuration with target/debug/libcomfortreader.so as LIBPATH). The
# test build links the crate only as a Rust library, so the shared library pcscd
# loads is built here.
build_comfort_reader_driver() {
  say "cargo build -p comfortreader (the virtual comfort reader's driver for pcscd)"
  cargo build -p comfortreader
}
