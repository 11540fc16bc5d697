#!/usr/bin/env bash
# The Galera suite alone (`npm run test:galera`): the race properties and a node crash on a three-node MariaDB
# Galera cluster (scripts/galera.sh), one API instance on each node. Installs what is missing (apt, pnpm), builds,
# and runs the suite in about a minute and a half; the cluster is stopped at the end, also on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

apt_ensure oathtool oathtool
ensure_galera
install_dependencies
echo "==> Building the API and the console"
pnpm exec turbo run build --filter=@mfa/api --filter=@mfa/console --output-logs=errors-only
echo "==> The race properties on a three-node Galera cluster (ports 3411-3413 and 4444-4588)"
pnpm --filter @mfa/tests test:galera
