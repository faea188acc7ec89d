#!/usr/bin/env bash
# Sets up a fresh machine for the kit: Debian's Chromium for the browser tests, then the
# exact dependencies from package-lock.json. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi
# Playwright drives the system Chromium; it never downloads a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
# React 18, for running the React tests against the oldest supported major as well.
if [ ! -d test/react18/node_modules ] || [ test/react18/package-lock.json -nt test/react18/node_modules/.package-lock.json ]; then
  npm ci --prefix test/react18 --no-audit --no-fund
fi
