#!/usr/bin/env bash
# Installs the services the Node tests start themselves when they are missing: redis-server
# (Debian's package) for @input-progress/forwarder's shared-store tests and load test. The
# tests run it on a free loopback port; the Debian service itself is not needed or started.
set -euo pipefail
source "$(dirname "$0")/debian-install.sh"
need=()
[ -x /usr/bin/redis-server ] || command -v redis-server >/dev/null || need+=(redis-server)
debian_install "test services" "${need[@]}"
