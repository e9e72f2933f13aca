#!/usr/bin/env bash
# Fetches the web page's third-party files, at build time only, and lays them out as classpath resources under
# OUT/org/harmtrack/web/vendor/, so the page works with no internet access:
#   leaflet.js, leaflet.css, images/   from npm leaflet@1.9.4          (BSD-2-Clause)
#   countries-50m.json                 from npm world-atlas@2.0.2      (Natural Earth 4.1.0, public domain; ISC)
#   topojson-client.min.js             from npm topojson-client@3.1.0  (ISC)
#   leaflet.markercluster.js, MarkerCluster*.css  from npm leaflet.markercluster@1.5.3  (MIT)
# The packages are cached (HARMTRACK_CACHE, default ~/.cache/harmtrack) so rebuilds work offline.
set -euo pipefail
out=${1:?usage: fetch-web-assets.sh OUTDIR}
cache=${HARMTRACK_CACHE:-$HOME/.cache/harmtrack}/npm
dest="$out/org/harmtrack/web/vendor"
mkdir -p "$cache" "$dest"

fetch() { # package@version tarball -> the tarball in the cache
  local spec=$1 tgz=$2
  if [ ! -s "$cache/$tgz" ]; then
    (cd "$cache" && npm pack --silent "$spec" >/dev/null) || { echo "fetch-web-assets: could not fetch $spec from the npm registry" >&2; exit 1; }
  fi
}
fetch leaflet@1.9.4 leaflet-1.9.4.tgz
fetch world-atlas@2.0.2 world-atlas-2.0.2.tgz
fetch topojson-client@3.1.0 topojson-client-3.1.0.tgz
fetch leaflet.markercluster@1.5.3 leaflet.markercluster-1.5.3.tgz

if [ ! -s "$dest/countries-50m.json" ] || [ ! -s "$dest/leaflet.js" ] || [ ! -s "$dest/topojson-client.min.js" ] \
    || [ ! -s "$dest/leaflet.markercluster.js" ]; then
  tmp=$(mktemp -d)
  tar -xzf "$cache/leaflet-1.9.4.tgz" -C "$tmp" package/dist/leaflet.js package/dist/leaflet.css package/dist/images package/LICENSE
  mkdir -p "$dest/images" "$dest/licenses"
  mv "$tmp/package/dist/leaflet.js" "$tmp/package/dist/leaflet.css" "$dest/"
  cp "$tmp/package/dist/images/"* "$dest/images/"
  mv "$tmp/package/LICENSE" "$dest/licenses/leaflet.txt"
  rm -rf "$tmp/package"
  tar -xzf "$cache/world-atlas-2.0.2.tgz" -C "$tmp" package/countries-50m.json package/LICENSE
  mv "$tmp/package/countries-50m.json" "$dest/"
  mv "$tmp/package/LICENSE" "$dest/licenses/world-atlas.txt"
  rm -rf "$tmp/package"
  tar -xzf "$cache/topojson-client-3.1.0.tgz" -C "$tmp" package/dist/topojson-client.min.js package/LICENSE
  mv "$tmp/package/dist/topojson-client.min.js" "$dest/"
  mv "$tmp/package/LICENSE" "$dest/licenses/topojson-client.txt"
  rm -rf "$tmp/package"
  tar -xzf "$cache/leaflet.markercluster-1.5.3.tgz" -C "$tmp" package/dist/leaflet.markercluster.js \
    package/dist/MarkerCluster.css package/dist/MarkerCluster.Default.css package/MIT-LICENCE.txt
  mv "$tmp/package/dist/leaflet.markercluster.js" "$tmp/package/dist/MarkerCluster.css" \
    "$tmp/package/dist/MarkerCluster.Default.css" "$dest/"
  mv "$tmp/package/MIT-LICENCE.txt" "$dest/licenses/leaflet.markercluster.txt"
  rm -rf "$tmp"
fi
echo "fetch-web-assets: web files ready in $dest"
