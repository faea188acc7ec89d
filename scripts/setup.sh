#!/usr/bin/env bash
# Sets up a fresh machine for the kit: Debian's Chromium for the browser tests and its CJK font
# for the visual baselines, then the exact dependencies from the lock files. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

node_version=$(node -p 'process.versions.node')
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
  echo "Node.js >= 20.19 is needed (found $node_version)." >&2
  exit 1
fi

# apt-get as root, or through sudo; "" when neither is possible.
apt_runner() {
  if [ "$(id -u)" -eq 0 ]; then
    echo "apt-get"
  elif command -v sudo >/dev/null 2>&1; then
    echo "sudo apt-get"
  fi
}
apt_updated=""
apt_install() {
  local apt
  apt=$(apt_runner)
  if [ -z "$apt" ]; then
    echo "Missing $* and there is no sudo to install it: run 'apt-get install $*' as root." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  if [ -z "$apt_updated" ]; then
    $apt update -qq
    apt_updated=1
  fi
  $apt install -y -qq "$@" >/dev/null
}

chromium_path=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ ! -x "$chromium_path" ]; then
  apt_install chromium
fi
# Chinese text in the visual baselines (npm run visual) is drawn with Noto Sans CJK; without it
# Chromium falls back to whatever CJK font the machine has and the screenshots differ.
if ! dpkg -s fonts-noto-cjk >/dev/null 2>&1 && ! { command -v fc-list >/dev/null 2>&1 && fc-list | grep -i "Noto Sans CJK" >/dev/null; }; then
  apt_install fonts-noto-cjk
fi
# Playwright drives the system Chromium; it never downloads a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
node scripts/ensure-react18.mjs
