# The station's Debian package (Tauri's bundler, from the npm package @tauri-apps/cli in
# ui/): what goes in it is packaging/deb/bundle.json; this adds the built binaries.
# Source it after common.sh; it defines functions only.

# bundle_deb BIN_DIR PROFILE VERSION OUT_DIR: packs buergerkoffer, bk and bk-central
# from BIN_DIR (built with cargo's PROFILE, `release` or `dev`) as package version
# VERSION (empty: the app's own, src-tauri/tauri.conf.json) into OUT_DIR and prints the
# package's path. The bundler writes into the app binary it packs (a marker of the
# bundle type), so it gets copies in a target directory of its own: a kiosk that runs
# from BIN_DIR meanwhile is not touched.
bundle_deb() {
  local bin_dir="$1" profile="$2" version="$3" out_dir="$4"
  local staging profile_dir flags=(--bundles deb --ci) binary
  staging="$(mktemp -d)"
  case "$profile" in
    release) profile_dir="$staging/release" ;;
    dev) profile_dir="$staging/debug" && flags+=(--debug) ;;
    *) die "bundle_deb: unknown profile $profile" ;;
  esac
  mkdir -p "$profile_dir" "$out_dir"
  for binary in buergerkoffer bk bk-central; do
    [ -x "$bin_dir/$binary" ] || die "$bin_dir/$binary is missing: build it first"
    cp "$bin_dir/$binary" "$profile_dir/"
  done
  local overlay="{\"bundle\":{\"linux\":{\"deb\":{\"files\":{"
  overlay+="\"/usr/bin/bk\":\"$profile_dir/bk\",\"/usr/bin/bk-central\":\"$profile_dir/bk-central\"}}}}"
  [ -n "$version" ] && overlay+=",\"version\":\"$version\""
  overlay+="}"
  say "Debian package: tauri bundle ${flags[*]}${version:+ (version $version)}"
  (cd "$BK_ROOT/src-tauri" && CARGO_TARGET_DIR="$staging" "$BK_ROOT/ui/node_modules/.bin/tauri" \
    bundle "${flags[@]}" --config "$BK_ROOT/packaging/deb/bundle.json" --config "$overlay" \
    </dev/null) >&2
  local package
  package="$(find "$profile_dir/bundle/deb" -maxdepth 1 -name '*.deb' -print -quit)"
  [ -n "$package" ] || die "the bundler made no .deb"
  mv "$package" "$out_dir/"
  rm -rf "$staging"
  printf '%s\n' "$out_dir/$(basename "$package")"
}
