#!/usr/bin/env bash
# System packages the tests need (Debian/Ubuntu): Chromium for Playwright, poppler-utils
# (pdftotext/pdftoppm) for the printed-register tests. Installs only what is missing, so on a
# machine that has both it does nothing and needs no network. Works as root (a fresh machine:
# no sudo, empty apt lists until `apt-get update`) and as a user with sudo.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if ((${#need[@]} == 0)); then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-deps: missing ${need[*]} and no apt-get here: install them with your package manager" >&2
  exit 1
fi

SUDO=()
if [ "$(id -u)" != 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "install-system-deps: missing ${need[*]}; run this script as root or install sudo" >&2
    exit 1
  fi
  SUDO=(sudo)
fi

echo "install-system-deps: installing ${need[*]}"
# the lists are empty on a fresh machine: update first, every time we install
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
