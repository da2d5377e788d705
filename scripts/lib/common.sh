# Shared by scripts/run and scripts/test: repository root, messages, target directory.
# Source it; it defines functions and variables only.

BK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Seconds since the outermost script started (inherited by the scripts it runs), shown
# in every message so a slow step stands out in CI's log.
BK_STARTED_AT="${BK_STARTED_AT:-$(date +%s)}"
export BK_STARTED_AT

# Messages go to stderr so stdout stays for results (`ready in N ms`).
say() { printf '\033[1m==> [%ss] %s\033[0m\n' "$(($(date +%s) - BK_STARTED_AT))" "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# What the script started and must stop when it exits, however it exits: `at_exit CMD`
# adds CMD; they run last-added first, and one that fails does not stop the others.
BK_EXIT_HANDLERS=()
at_exit() {
  BK_EXIT_HANDLERS+=("$1")
  trap run_exit_handlers EXIT
}
run_exit_handlers() {
  local i
  for ((i = ${#BK_EXIT_HANDLERS[@]} - 1; i >= 0; i--)); do
    ${BK_EXIT_HANDLERS[i]} || true
  done
}

# Cargo's target directory: CARGO_TARGET_DIR if set (relative to the repository root,
# as cargo would see it from there), else ./target.
bk_target_dir() {
  local dir="${CARGO_TARGET_DIR:-target}"
  case "$dir" in
    /*) printf '%s\n' "$dir" ;;
    *) printf '%s\n' "$BK_ROOT/$dir" ;;
  esac
}
