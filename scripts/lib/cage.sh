# The app in cage, the station's kiosk compositor (packaging/systemd/buergerkoffer-kiosk.service),
# for measurements: on wlroots' headless backend (one 1280×720 output in memory, drawn in
# software), as `nobody` (cage refuses root), with a session bus of its own
# (dbus-run-session), as the unit's login session has one. The tests start it the same
# way (crates/e2e/src/cage.rs). Needs common.sh and app.sh.

BK_CAGE_DIR=""

# prepare_cage: a folder of nobody's with the runtime folder and a home (BK_CAGE_DIR);
# the app is started there with start_app_in_cage (BK_APP_STARTER) as nobody (BK_APP_USER).
prepare_cage() {
  BK_CAGE_DIR="$(mktemp -d)"
  chmod 0755 "$BK_CAGE_DIR"
  install -d -m 0700 -o nobody "$BK_CAGE_DIR/runtime" "$BK_CAGE_DIR/home"
  BK_APP_STARTER=start_app_in_cage
  BK_APP_USER=nobody
}

remove_cage() {
  [ -z "$BK_CAGE_DIR" ] || rm -rf "$BK_CAGE_DIR"
}

# copy_into_cage BINARY NAME: a copy nobody can run (a build below root's home is out of
# its reach); prints its path.
copy_into_cage() {
  install -m 0755 "$1" "$BK_CAGE_DIR/$2"
  printf '%s\n' "$BK_CAGE_DIR/$2"
}

# start_app_in_cage: like start_app, in cage; BK_DATA_DIR and BK_READY_FILE must be
# nobody's to write.
start_app_in_cage() {
  setsid runuser -u nobody -- env -i PATH=/usr/bin:/bin HOME="$BK_CAGE_DIR/home" \
    XDG_RUNTIME_DIR="$BK_CAGE_DIR/runtime" WLR_BACKENDS=headless WLR_RENDERER=pixman \
    WLR_LIBINPUT_NO_DEVICES=1 BK_DATA_DIR="$BK_DATA_DIR" BK_READY_FILE="$BK_READY_FILE" \
    dbus-run-session -- cage -d -- "$BK_APP_BINARY" </dev/null >/dev/null 2>&1 &
  BK_APP_PID=$!
}
