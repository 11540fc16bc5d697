#!/usr/bin/env bash
# Runs every test: lint, typecheck, unit tests, the API suite on MariaDB and SQLite, and the
# end-to-end suite in Chromium. Installs what is missing; a missing database or browser fails the run.
# The Galera suite runs on its own (scripts/test-galera.sh, `npm run test:galera`; CI runs it after this).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

apt_ensure mariadbd mariadb-server chromium chromium oathtool oathtool zbarimg zbar-tools curl curl
ensure_dovecot
install_dependencies

work=$(mktemp -d)
port=$(node -e 'const s=require("node:net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
cleanup() { bash scripts/mariadb.sh stop "$work/mariadb" || true; rm -rf "$work"; }
trap cleanup EXIT

echo "==> Starting a throw-away MariaDB on 127.0.0.1:$port"
bash scripts/mariadb.sh start "$work/mariadb" "$port"

export TEST_MYSQL_URL="mysql://root@127.0.0.1:$port/"
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"
export XDG_CONFIG_HOME="$work/xdg-config" XDG_CACHE_HOME="$work/xdg-cache"
export TEST_REPORT_DIR="$PWD/.tmp/test-reports"
rm -rf "$TEST_REPORT_DIR" && mkdir -p "$TEST_REPORT_DIR"

echo "==> Lint, unused code (knip), typecheck, build and test"
status=0
pnpm exec turbo run lint knip typecheck build test --concurrency=2 --continue --output-logs=full || status=$?
node scripts/test-summary.mjs "$TEST_REPORT_DIR" || status=$((status == 0 ? 1 : status))
exit "$status"
