#!/usr/bin/env bash
# Installs the test browsers (Chromium, Firefox ESR, WebKitGTK's driver) and Xvfb from Debian
# when they are missing. Tools' own browser downloads cannot work on this project's machines.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)
[ -x /usr/bin/WebKitWebDriver ] || need+=(webkit2gtk-driver)
[ -x /usr/bin/Xvfb ] || need+=(xvfb)
if [ ${#need[@]} -eq 0 ]; then
  echo "browsers: all present"
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "browsers: missing ${need[*]}; install them with your package manager (Debian: apt-get)." >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "browsers: installing ${need[*]} from Debian"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
echo "browsers: installed ${need[*]}"
