#!/usr/bin/env bash
# Fuzzes harmtrack's readers of untrusted input with Jazzer (coverage-guided): the extractor, and the readers of
# HTML pages, WARC files and JSON Lines (FuzzTargetsTest). Each round fuzzes each target for the 20 s its
# @FuzzTest allows, continuing from the corpus kept in harmtrack-app/.cifuzz-corpus; an input that breaks a target
# is saved under harmtrack-app/src/test/resources/org/harmtrack/app/FuzzTargetsTestInputs/<target>/ and then
# fails the ordinary test run until it is fixed.
#   scripts/fuzz.sh [ROUNDS] [TARGET...]     (default: 1 round of extractor htmlPage warcFile jsonLines)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rounds="${1:-1}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(extractor htmlPage warcFile jsonLines)
offline=()
[ -n "${HARMTRACK_MVN_OFFLINE:-}" ] && offline=(-o)
for ((round = 1; round <= rounds; round++)); do
  for target in "${targets[@]}"; do
    log="harmtrack-app/target/fuzz-$target.log"
    mkdir -p harmtrack-app/target
    echo "fuzz.sh: round $round, $target" >&2
    if ! JAZZER_FUZZ=1 mvn -B -q "${offline[@]}" test -pl harmtrack-app -am -Dtest="FuzzTargetsTest#$target" \
        -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1; then
      echo "fuzz.sh: $target failed (a crash is saved among its seeds); see $log" >&2
      grep -E "^== Java Exception|^\s+at org\.harmtrack|Caused by" "$log" | head -20 >&2 || true
      exit 1
    fi
    grep -E "^Done [0-9]+ runs" "$log" | sed "s/^/fuzz.sh: $target: /" >&2 || true
  done
done
