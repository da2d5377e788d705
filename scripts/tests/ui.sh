#!/usr/bin/env bash
# UI checks (ui/): install (npm ci when node_modules is missing or older than the
# lock file), svelte-check, eslint, vitest, production build (must not contain the
# dev preview shim), and the accessibility walk-through with axe-core in Chromium.
set -euo pipefail
cd "$(dirname "$0")/../../ui"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

npm run check
npm run lint
npm test
npm run build

# The sample-data IPC shim (dev/tauri-shim.ts) must never reach the production build.
if grep -rlq 'service.potsdam.example' dist; then
  echo "ui.sh: dist/ contains the dev preview shim" >&2
  exit 1
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "ui.sh: /usr/bin/chromium is missing (Debian package chromium) — needed for the accessibility check" >&2
  exit 1
fi
npm run a11y
