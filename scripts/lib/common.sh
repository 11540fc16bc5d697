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

# apt_ensure COMMAND PACKAGE [COMMAND PACKAGE ...]: installs the packages whose command is missing.
apt_ensure() {
  local missing=()
  while [ $# -gt 0 ]; do
    command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ] || missing+=("$2")
    shift 2
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "==> Installing ${missing[*]} (apt)"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

install_dependencies() {
  ensure_pnpm
  use_local_node_headers
  echo "==> Installing dependencies"
  pnpm install --frozen-lockfile --reporter=append-only | grep -vE '^(Progress|\.\.\./)' || true
  [ "${PIPESTATUS[0]}" -eq 0 ]
}
