#!/usr/bin/env bash
# Installs what is needed, builds the API and the console, and starts the service on
# http://localhost:4000 with the embedded database and demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

install_dependencies
echo "==> Building"
pnpm exec turbo run build --filter=@mfa/api --filter=@mfa/console --output-logs=errors-only
echo "==> Starting"
exec node apps/api/dist/main.js
