#!/usr/bin/env bash
# govulncheck over the whole module, as a release would be built: with the toolchain go.mod names.
#
# The vulnerability database is built here from the golang.org/x/vulndb module at a pinned
# version (its data/osv folder holds every report), fetched like any other module, so the check
# needs nothing but the module proxy and gives the same answer every run. To check against newer
# reports, raise VULNDB_VERSION.
set -euo pipefail
cd "$(dirname "$0")/.."

VULNDB_VERSION=v0.0.0-20261105234957-e22db6528018
GOVULNCHECK_VERSION=v1.9.0
toolchain=$(awk '$1 == "toolchain" {print $2}' go.mod)
cache="${XDG_CACHE_HOME:-$HOME/.cache}/guanxi-ci"
db="$cache/vulndb-$VULNDB_VERSION"
mkdir -p "$cache"

if [ ! -f "$db/index/db.json" ]; then
  echo "== building the vulnerability database from golang.org/x/vulndb@$VULNDB_VERSION"
  src=$(go mod download -json "golang.org/x/vulndb@$VULNDB_VERSION" | jq -r .Dir)
  rm -rf "$db.partial"
  # The module cache is read-only and has no go.sum entries of its own: -mod=mod lets go run
  # resolve the indexer's dependencies without writing into it.
  (cd "$src" && GOWORK=off GOFLAGS=-mod=mod go run ./cmd/indexdb -vulns data/osv -out "$db.partial")
  mv "$db.partial" "$db"
fi

GOBIN="$cache/bin" go install "golang.org/x/vuln/cmd/govulncheck@$GOVULNCHECK_VERSION"
echo "== govulncheck with $toolchain"
GOTOOLCHAIN="$toolchain" "$cache/bin/govulncheck" -db "file://$db" ./...
