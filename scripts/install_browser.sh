#!/bin/sh
# Install Debian's Chromium for the dashboard's browser tests (tests/test_dashboard_browser.py).
# Playwright drives it through executable_path=/usr/bin/chromium; no browser download from
# Playwright's CDN is needed. Idempotent: does nothing when Chromium is already there.
set -eu
if [ -x /usr/bin/chromium ]; then
    echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y chromium
/usr/bin/chromium --version
