#!/usr/bin/env bash
# Installs the pinned node tools of eng/node (GraphiQL assets, graphql-js, graphql-http) from
# package-lock.json with `npm ci`, once; later calls are no-ops while the lockfile is unchanged.
set -euo pipefail
dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/node" && pwd)"
exec 9>"$dir/.install.lock"
flock 9
stamp="$dir/node_modules/.lock-sha256"
want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "error: npm is required to install the GraphiQL assets and the GraphQL reference tools (apt-get install nodejs npm)" >&2
  exit 1
fi
echo "Installing pinned node tools in eng/node (npm ci)..." >&2
(cd "$dir" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null)
echo "$want" > "$stamp"
