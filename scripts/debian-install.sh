# Sourced by the install-*.sh scripts: installs Debian packages that are missing, as root or
# through sudo, quietly. `debian_install LABEL PACKAGE...`; with no package it only says so.
debian_install() {
  local label=$1
  shift
  if [ $# -eq 0 ]; then
    echo "$label: all present"
    return 0
  fi
  if ! command -v apt-get >/dev/null; then
    echo "$label: missing $*; install them with your package manager (Debian: apt-get install $*)." >&2
    return 1
  fi
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "$label: installing $* from Debian"
  $sudo apt-get update -qq
  # policy-rc.d may refuse to start a system service in containers; the package still installs.
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
  echo "$label: installed $*"
}
