# Shared by the start and test commands: the toolchain this repository needs on a fresh machine.
PNPM_VERSION=10.34.0

ensure_pnpm() {
  if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
    echo "==> Installing pnpm $PNPM_VERSION"
    npm install --global --no-fund --no-audit "pnpm@$PNPM_VERSION" >/dev/null
  fi
}

# Native modules (better-sqlite3) compile against the local Node headers; nothing is downloaded.
use_local_node_headers() {
  if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then
    export npm_config_nodedir=/usr
  fi
}

# apt_ensure COMMAND PACKAGE [COMMAND PACKAGE ...]: installs the packages whose command is missing
# (COMMAND may also be the absolute path of a file the package installs).
apt_ensure() {
  local missing=()
  while [ $# -gt 0 ]; do
    command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ] || { [ "${1:0:1}" = / ] && [ -e "$1" ]; } || missing+=("$2")
    shift 2
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "==> Installing ${missing[*]} (apt)"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# The three-node cluster of scripts/galera.sh: MariaDB, the Galera provider, and what a joining node's
# state transfer (mariabackup over socat) needs.
ensure_galera() {
  apt_ensure mariadbd mariadb-server /usr/lib/galera/libgalera_smm.so galera-4 mariadb-backup mariadb-backup socat socat
}

# The mail server of the mail-auth end-to-end test (scripts/dovecot.sh runs a throw-away instance).
# apt's post-install may start a system-wide Dovecot (SysV script on 143/993 of every address) where no
# policy-rc.d forbids it: stop that one, by the PID in its own pid file, so only test instances run.
ensure_dovecot() {
  if [ -x /usr/sbin/dovecot ] && [ -x /usr/lib/dovecot/imap ]; then return 0; fi
  echo "==> Installing dovecot-core dovecot-imapd (apt)"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends dovecot-core dovecot-imapd >/dev/null
  local pid
  pid=$(cat /run/dovecot/master.pid 2>/dev/null || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    echo "==> Stopping the system-wide Dovecot apt started (pid $pid)"
    $sudo kill "$pid" || true
  fi
  if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet dovecot 2>/dev/null; then
    $sudo systemctl disable --now dovecot >/dev/null 2>&1 || true
  fi
}

install_dependencies() {
  ensure_pnpm
  use_local_node_headers
  echo "==> Installing dependencies"
  pnpm install --frozen-lockfile --reporter=append-only | grep -vE '^(Progress|\.\.\./)' || true
  [ "${PIPESTATUS[0]}" -eq 0 ]
}
