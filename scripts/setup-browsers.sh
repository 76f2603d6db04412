#!/usr/bin/env bash
# Installs what the real-browser tests need from Debian's packages, if missing:
# chromium, firefox-esr, and openssl (for the tests' throwaway certificate).
# Needs root (apt-get); does nothing when all three are present.
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v firefox-esr >/dev/null || need+=(firefox-esr)
command -v openssl >/dev/null || need+=(openssl)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup-browsers: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
