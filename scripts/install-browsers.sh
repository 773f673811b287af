#!/usr/bin/env bash
# Installs the test browsers (Chromium, Firefox ESR, WebKitGTK's driver) and Xvfb from Debian
# when they are missing. Tools' own browser downloads cannot work on this project's machines.
set -euo pipefail
source "$(dirname "$0")/debian-install.sh"
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)
[ -x /usr/bin/WebKitWebDriver ] || need+=(webkit2gtk-driver)
[ -x /usr/bin/Xvfb ] || need+=(xvfb)
debian_install browsers "${need[@]}"
