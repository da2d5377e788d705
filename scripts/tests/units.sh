#!/usr/bin/env bash
# The station's systemd units (packaging/systemd/) pass `systemd-analyze verify`: known
# directives, valid values, and the programs they start present (cage from Debian; the
# app is cage's argument).
set -euo pipefail
cd "$(dirname "$0")/../.."
systemd-analyze verify packaging/systemd/*.service
echo "systemd units: $(ls packaging/systemd/*.service | wc -l) verified"
