# Starting, watching and stopping the built app (BK_APP_BINARY from build_app).
# Needs common.sh and display.sh. The app runs in its own process group, so stopping it
# also ends its WebKit helper processes.

BK_APP_PID=""
# How start_until_ready starts the app (scripts/lib/cage.sh: in cage) and as whom.
BK_APP_STARTER=start_app
BK_APP_USER=""

# start_app: the app in the background, in a new session (process group = its pid).
start_app() {
  setsid "$BK_APP_BINARY" </dev/null &
  BK_APP_PID=$!
}

# wait_app: until the app ends; its exit status.
wait_app() {
  local status=0
  wait "$BK_APP_PID" || status=$?
  BK_APP_PID=""
  return "$status"
}

stop_app() {
  if [ -n "$BK_APP_PID" ]; then
    kill -TERM -- "-$BK_APP_PID" 2>/dev/null || true
    local waited=0
    while kill -0 "$BK_APP_PID" 2>/dev/null && [ "$waited" -lt 50 ]; do
      sleep 0.1
      waited=$((waited + 1))
    done
    kill -KILL -- "-$BK_APP_PID" 2>/dev/null || true
    wait "$BK_APP_PID" 2>/dev/null || true
    BK_APP_PID=""
  fi
}

# start_until_ready: starts the app with BK_READY_FILE and waits for the kiosk's ready
# report; sets BK_READY_MS to the app's own figure (process start to the interactive
# start screen). The app keeps running.
start_until_ready() {
  local timeout="${BK_READY_TIMEOUT:-60}"
  local ready_dir
  ready_dir="$(mktemp -d)"
  [ -z "$BK_APP_USER" ] || chown "$BK_APP_USER" "$ready_dir"
  export BK_READY_FILE="$ready_dir/ready"
  say "starting the kiosk, waiting up to $timeout s for it to be ready"
  "$BK_APP_STARTER"
  local deadline=$((SECONDS + timeout))
  until [ -s "$BK_READY_FILE" ]; do
    if ! kill -0 "$BK_APP_PID" 2>/dev/null; then
      rm -rf "$ready_dir"
      die "the app ended before its start screen was ready"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      rm -rf "$ready_dir"
      die "the kiosk did not report ready within $timeout s (set BK_READY_TIMEOUT to wait longer)"
    fi
    sleep 0.05
  done
  BK_READY_MS="$(tr -dc '0-9' <"$BK_READY_FILE")"
  rm -rf "$ready_dir"
  unset BK_READY_FILE
}

# app_memory_mb: the proportional memory (PSS) of the app and its WebKit processes
# (in its process group, which may also hold a compositor and D-Bus), in MB.
app_memory_mb() {
  local pid kb=0 pss name
  name="$(basename "$BK_APP_BINARY" | cut -c1-15)"
  for pid in $(pgrep -g "$BK_APP_PID"); do
    case "$(cat "/proc/$pid/comm" 2>/dev/null)" in
      "$name" | WebKit*) ;;
      *) continue ;;
    esac
    pss="$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || true)"
    kb=$((kb + ${pss:-0}))
  done
  echo $((kb / 1024))
}

# take_ready_screenshot FILE: start the app, wait for the kiosk's ready report, capture
# the screen (the fullscreen kiosk) to FILE as PNG, print `ready in N ms`, stop the app.
take_ready_screenshot() {
  local file="$1"
  start_until_ready
  # The report comes from the page once it is interactive; give the compositor one
  # moment to put that frame on the screen.
  sleep 0.5
  mkdir -p "$(dirname "$file")"
  import -display "$DISPLAY" -window root "png:$file"
  stop_app
  say "screenshot: $file"
  printf 'ready in %s ms\n' "$BK_READY_MS"
}
