#!/usr/bin/env bash
# Installs the services the Node tests start themselves when they are missing: redis-server
# (Debian's package) for @input-progress/forwarder's shared-store tests and load test. The
# tests run it on a free loopback port; the Debian service itself is not needed or started.
set -euo pipefail
if [ -x /usr/bin/redis-server ] || command -v redis-server >/dev/null; then
  echo "test services: redis-server present"
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "test services: redis-server missing; install it with your package manager (Debian: apt-get install redis-server)." >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "test services: installing redis-server from Debian"
$sudo apt-get update -qq
# policy-rc.d may refuse to start the system service in containers; the package still installs.
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq redis-server >/dev/null
echo "test services: installed redis-server"
