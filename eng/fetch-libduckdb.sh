#!/usr/bin/env bash
# Obtains the official libduckdb.so 1.5.6 (linux-x64) from the npm package
# @duckdb/node-bindings-linux-x64@1.5.6-r.1, verifies both pinned hashes, and
# places it in a cache outside git: <repo>/.cache/native/duckdb-1.5.6/libduckdb.so.
#
# Usage: eng/fetch-libduckdb.sh [DEST_FILE]
# If DUCKDB_LIBRARY_PATH points to an existing file, that file is copied instead.
set -euo pipefail

PKG='@duckdb/node-bindings-linux-x64@1.5.6-r.1'
TGZ_SHA512='IXcrZJE6kEqM0Z4wwdVnGBHX/frOS33VPNAwDXQ/Q+Fs84b058Qe94chrCCIcNJlG8Y3UHIUU4eBeCQxW5mN1Q=='
LIB_SHA256='3f4962cdd266eab2b479a5b5a4a6d063d279b2954ae814ed00385d553b747633'

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="${1:-$root/.cache/native/duckdb-1.5.6/libduckdb.so}"
mkdir -p "$(dirname "$dest")"

if [[ -n "${DUCKDB_LIBRARY_PATH:-}" ]]; then
  if [[ ! -f "$DUCKDB_LIBRARY_PATH" ]]; then
    echo "error: DUCKDB_LIBRARY_PATH=$DUCKDB_LIBRARY_PATH does not exist" >&2
    exit 1
  fi
  exit 0
fi

verify() { echo "$LIB_SHA256  $1" | sha256sum -c --status - ; }

# Serialise concurrent builds (several projects and test runs may ask at once).
exec 9>"$dest.lock"
flock 9

if [[ -f "$dest" ]] && verify "$dest"; then
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "error: libduckdb.so 1.5.6 is missing and npm is not installed." >&2
  echo "       Install Node.js and npm (e.g. 'apt-get install nodejs npm'), or set" >&2
  echo "       DUCKDB_LIBRARY_PATH to an official libduckdb.so 1.5.6 (linux-x64)." >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "Fetching $PKG from the npm registry..." >&2
(cd "$work" && npm pack "$PKG" --silent >/dev/null 2>"$work/npm.err") || {
  cat "$work/npm.err" >&2
  echo "error: 'npm pack $PKG' failed; check the npm registry is reachable, or set DUCKDB_LIBRARY_PATH." >&2
  exit 1
}
tgz="$(ls "$work"/*.tgz)"
actual512="$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
if [[ "$actual512" != "$TGZ_SHA512" ]]; then
  echo "error: $PKG tarball integrity mismatch: expected sha512-$TGZ_SHA512, got sha512-$actual512" >&2
  exit 1
fi
tar -xzf "$tgz" -C "$work" package/libduckdb.so
if ! verify "$work/package/libduckdb.so"; then
  echo "error: libduckdb.so SHA-256 mismatch (expected $LIB_SHA256)" >&2
  exit 1
fi
mv -f "$work/package/libduckdb.so" "$dest.tmp"
mv -f "$dest.tmp" "$dest"
echo "libduckdb.so 1.5.6 verified and cached at $dest" >&2
