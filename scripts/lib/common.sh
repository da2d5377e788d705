# Shared by scripts/run and scripts/test: repository root, messages, target directory.
# Source it; it defines functions and variables only.

BK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Messages go to stderr so stdout stays for results (`ready in N ms`).
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Cargo's target directory: CARGO_TARGET_DIR if set (relative to the repository root,
# as cargo would see it from there), else ./target.
bk_target_dir() {
  local dir="${CARGO_TARGET_DIR:-target}"
  case "$dir" in
    /*) printf '%s\n' "$dir" ;;
    *) printf '%s\n' "$BK_ROOT/$dir" ;;
  esac
}
