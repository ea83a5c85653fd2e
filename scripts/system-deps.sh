#!/usr/bin/env bash
# Install the system packages the tests use (Debian): chromium for browser tests and
# PDF printing, poppler-utils for pdftoppm/pdfinfo, fonts. Skips what is present;
# without root or apt-get it says what is missing and carries on (those tests skip).
set -euo pipefail
need=""
command -v chromium >/dev/null 2>&1 || need="$need chromium"
command -v pdftoppm >/dev/null 2>&1 || need="$need poppler-utils"
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need="$need fonts-dejavu-core"
[ -z "$need" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null
else
  echo "system-deps: missing$need (install them with apt-get as root to run every test)" >&2
fi
