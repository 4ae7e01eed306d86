#!/usr/bin/env bash
# Makes sure Debian's Chromium and ChromeDriver are installed for the browser tests, and a Japanese
# font, installing what is missing with apt-get (root, or sudo without a password). Called by the
# build before the system tests; does nothing when all are there. The font matters: the console's
# layout test measures Japanese button labels, and without a Japanese font Chromium draws narrow
# placeholder boxes instead of the glyphs a user sees.
set -euo pipefail
chromium_binary="${1:-/usr/bin/chromium}"
driver_binary="${2:-/usr/bin/chromedriver}"
packages=()
if [ ! -x "$chromium_binary" ] || [ ! -x "$driver_binary" ]; then
  packages+=(chromium chromium-driver)
fi
if ! command -v fc-list >/dev/null || [ -z "$(fc-list :lang=ja)" ]; then
  packages+=(fonts-ipafont-gothic)
fi
if [ ${#packages[@]} -eq 0 ]; then
  exit 0
fi
echo "Missing for the browser tests: installing ${packages[*]}" >&2
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo_cmd="sudo"
  else
    echo "Install them first: apt-get install ${packages[*]} (needs root)" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq "${packages[@]}" >/dev/null
