# A clean Debian 12 root for the package test (crates/e2e/tests/station_package.rs):
# debootstrap's minimal system plus the package's dependencies, so that the test
# installs the package offline. Cached outside the clone, in
# /var/cache/buergerkoffer-tests/, and made again only when the dependencies change.
# Source it after common.sh and install.sh; it defines functions only.

BK_DEBIAN_ROOT_CACHE=/var/cache/buergerkoffer-tests
BK_DEBIAN_MIRROR=http://deb.debian.org/debian

# What the package depends on: its own list (packaging/deb/bundle.json) and what Tauri's
# bundler adds for every app (the WebKitGTK and GTK libraries).
debian_root_packages() {
  node -e 'const c = require(process.argv[1]);
    console.log([...c.bundle.linux.deb.depends, "libwebkit2gtk-4.1-0", "libgtk-3-0"].sort().join(" "))' \
    "$BK_ROOT/packaging/deb/bundle.json"
}

# Where the root for the current dependencies lies (made or not).
debian_test_root_path() {
  local key
  key="$(printf 'bookworm %s\n' "$(debian_root_packages)" | sha256sum | cut -c1-12)"
  printf '%s\n' "$BK_DEBIAN_ROOT_CACHE/debian12-$key"
}

# Sets and exports BK_DEBIAN_ROOT to the cached root, making it first when needed
# (about 2–3 minutes and 1.1 GB; needs the Debian mirror).
ensure_debian_test_root() {
  local packages root
  packages="$(debian_root_packages)"
  root="$(debian_test_root_path)"
  if [ -x "$root/usr/bin/apt-get" ]; then
    say "Debian 12 root for the package test: $root (cached)"
  else
    say "Debian 12 root for the package test: debootstrap into $root ($packages)"
    mkdir -p "$BK_DEBIAN_ROOT_CACHE"
    rm -rf "$BK_DEBIAN_ROOT_CACHE"/debian12-* "$BK_DEBIAN_ROOT_CACHE"/making.*
    local making
    making="$(mktemp -d "$BK_DEBIAN_ROOT_CACHE/making.XXXXXX")"
    chmod 0755 "$making" # mktemp's 0700 would keep every user but root out of the root
    debootstrap --variant=minbase bookworm "$making" "$BK_DEBIAN_MIRROR" </dev/null >&2 ||
      die "debootstrap failed (see above)"
    cat >"$making/etc/apt/sources.list" <<SOURCES
deb $BK_DEBIAN_MIRROR bookworm main
deb $BK_DEBIAN_MIRROR bookworm-updates main
deb http://security.debian.org/debian-security bookworm-security main
SOURCES
    chroot "$making" apt-get -q update </dev/null >&2
    # shellcheck disable=SC2086 # one word per package
    chroot "$making" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
      --no-install-recommends $packages </dev/null >&2 || die "installing into the Debian root failed"
    chroot "$making" apt-get clean
    # A root whose apt knows no repository: the test adds the fleet's.
    rm -f "$making/etc/apt/sources.list"
    find "$making/var/lib/apt/lists" -maxdepth 1 -type f -delete
    mv "$making" "$root"
  fi
  BK_DEBIAN_ROOT="$root"
  export BK_DEBIAN_ROOT
}
