#!/usr/bin/env bash
# Regenerates the ported graphql-js cases of this folder from a graphql-js git clone:
#   bash extract-all.sh /path/to/graphql-js
# SDL rules come from the 16.x.x line (the oracle is graphql 16.15.0).
set -euo pipefail
repo="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
v16=a7db60beb22b0e417f9ed12215945c7fcb43246e
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
