#!/usr/bin/env bash
# Fuzzes the eID parsers (crates/eid/fuzz): BER-TLV/APDU, EF.CardAccess and
# secure-messaging responses, each for EID_FUZZ_SECONDS (default 40) with
# libFuzzer via cargo-fuzz on the stable toolchain (`--sanitizer none`).
# A crash fails this check; its input is copied to
# crates/eid/fuzz/regressions/<target>/ so `cargo test -p eid` replays it
# (commit that file together with the fix).
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"

seconds="${EID_FUZZ_SECONDS:-40}"
fuzz_dir="$BK_ROOT/crates/eid/fuzz"
export CARGO_TARGET_DIR="$(bk_target_dir)/eid-fuzz"

if ! command -v cargo-fuzz >/dev/null; then
  say "cargo-fuzz: cargo install cargo-fuzz --locked"
  cargo install cargo-fuzz --locked </dev/null
fi

cd "$BK_ROOT/crates/eid"
passed=0
failed=0
for target in tlv card_access sm_response; do
  corpus="$fuzz_dir/corpus/$target"
  regressions="$fuzz_dir/regressions/$target"
  artifacts="$fuzz_dir/artifacts/$target"
  mkdir -p "$corpus" "$artifacts"
  say "fuzz $target for ${seconds}s"
  # New corpus entries go to the first (ignored) directory; the committed
  # regression inputs are read as seeds only.
  if ! cargo fuzz run --sanitizer none "$target" "$corpus" "$regressions" -- \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$artifacts/" -print_final_stats=1 >"$artifacts/log.txt" 2>&1; then
    tail -n 40 "$artifacts/log.txt" >&2
    for crash in "$artifacts"/crash-* "$artifacts"/timeout-* "$artifacts"/oom-*; do
      [ -f "$crash" ] || continue
      cp "$crash" "$regressions/"
      echo "eid-fuzz: $target failed on $(basename "$crash"), kept in $regressions/" >&2
    done
    failed=$((failed + 1))
  else
    passed=$((passed + 1))
    grep -E '^stat::number_of_executed_units' "$artifacts/log.txt" | sed "s/^/$target: /" >&2 || true
  fi
done

echo "eid-fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
