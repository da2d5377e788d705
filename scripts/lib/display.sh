# X display for the kiosk: the one in $DISPLAY when it answers, else a private Xvfb.
# Needs common.sh. Sets BK_XVFB_PID when it started Xvfb; stop_own_display ends it.

BK_XVFB_PID=""

display_answers() {
  [ -n "${1:-}" ] && timeout 5 xdpyinfo -display "$1" >/dev/null 2>&1
}

# The first display number from 99 on with neither a lock file nor a socket.
free_display_number() {
  local n=99
  while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
  printf '%s\n' "$n"
}

# start_own_display: Xvfb at 1920x1080x24 on a free display; exports DISPLAY.
start_own_display() {
  local n
  n="$(free_display_number)"
  Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  BK_XVFB_PID=$!
  local waited=0
  until display_answers ":$n"; do
    kill -0 "$BK_XVFB_PID" 2>/dev/null || die "Xvfb :$n did not start"
    [ "$waited" -lt 100 ] || die "Xvfb :$n did not answer within 10 s"
    sleep 0.1
    waited=$((waited + 1))
  done
  export DISPLAY=":$n"
  say "no usable display: started Xvfb on $DISPLAY (1920x1080x24)"
}

# ensure_display: keep a display that answers, else start Xvfb.
ensure_display() {
  if display_answers "${DISPLAY:-}"; then
    say "display: $DISPLAY"
  else
    start_own_display
  fi
}

stop_own_display() {
  if [ -n "$BK_XVFB_PID" ]; then
    kill "$BK_XVFB_PID" 2>/dev/null || true
    wait "$BK_XVFB_PID" 2>/dev/null || true
    BK_XVFB_PID=""
  fi
}
