#!/usr/bin/env bash
# Makes sure Debian's Chromium and ChromeDriver are installed for the browser tests, installing
# them with apt-get when missing (root, or sudo without a password). Called by the build before
# the system tests; does nothing when both are there.
set -euo pipefail
chromium_binary="${1:-/usr/bin/chromium}"
driver_binary="${2:-/usr/bin/chromedriver}"
if [ -x "$chromium_binary" ] && [ -x "$driver_binary" ]; then
  exit 0
fi
echo "Chromium or ChromeDriver missing: installing Debian's chromium and chromium-driver" >&2
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo_cmd="sudo"
  else
    echo "Install them first: apt-get install chromium chromium-driver (needs root)" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq chromium chromium-driver >/dev/null
