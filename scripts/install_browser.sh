#!/bin/sh
# Install Debian's Chromium for the dashboard's browser tests (tests/test_dashboard_browser.py).
# Playwright drives it through executable_path=/usr/bin/chromium; no browser download from
# Playwright's CDN is needed. Idempotent: does nothing when Chromium is already there.
# The test run calls it when browser tests are collected (tests/browser_setup.py); where it
# cannot install (no apt, not root and no passwordless sudo) it says so in its last line.
set -eu
if [ -x /usr/bin/chromium ]; then
    echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "no apt-get on this machine: install Chromium so that /usr/bin/chromium exists" >&2
    exit 2
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO="sudo -n"
    else
        echo "not root and no passwordless sudo: run 'sudo apt-get install chromium' once" >&2
        exit 2
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q chromium
/usr/bin/chromium --version
