#!/usr/bin/env bash
# Regenerates the ported graphql-js cases of this folder from a graphql-js git clone:
#   bash extract-all.sh /path/to/graphql-js
# SDL rules come from the 16.x.x line (the oracle is graphql 16.15.0); SingleFieldSubscriptionsRule comes from the
# 17 line (`next`), where the September 2025 rule against @skip/@include at the subscription root landed.
set -euo pipefail
repo="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
v16=a7db60beb22b0e417f9ed12215945c7fcb43246e
v17=f808084e5d9bb05ca45fcaec4422eb86516ea784
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

extract() { # <rev> <label> <rule> <mode>
  git -C "$repo" show "$1:src/validation/__tests__/$3-test.ts" > "$tmp/$3-test.ts"
  node "$here/extract-cases.mjs" "$2" "$here/$3.json" "$tmp/$3-test.ts" "$4"
}

for rule in LoneSchemaDefinitionRule UniqueOperationTypesRule UniqueTypeNamesRule UniqueEnumValueNamesRule \
  UniqueFieldDefinitionNamesRule UniqueArgumentDefinitionNamesRule UniqueDirectiveNamesRule PossibleTypeExtensionsRule \
  KnownTypeNamesRule KnownDirectivesRule UniqueDirectivesPerLocationRule KnownArgumentNamesRule ProvidedRequiredArgumentsRule; do
  extract "$v16" "graphql-js 16.x.x ${v16:0:7}" "$rule" sdl
done
extract "$v17" "graphql-js 17.0.0-alpha.8 (next) ${v17:0:7}" SingleFieldSubscriptionsRule executable
