#!/usr/bin/env bash
# Runs harmtrack's whole test suite on a fresh machine: installs what the build and the tests need
# (a JDK 17, Maven, npm for the GeoNames data and web files fetched at build time, Debian's Chromium and
# ChromeDriver for the web page's browser test, PostgreSQL for the store's PostgreSQL tests, started on
# loopback), then `mvn verify`, then a short fuzzing run (scripts/fuzz.sh).
# Integration tests that read ../shared (the evaluation material beside the repository) skip without it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

need() { command -v "$1" >/dev/null 2>&1; }
if ! need java || ! need mvn || ! need npm; then
  if need apt-get; then
    echo "test.sh: installing the build tools (JDK 17, Maven, npm)" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jdk-headless maven npm >/dev/null
  else
    echo "test.sh: needs java 17, mvn and npm on the PATH" >&2
    exit 2
  fi
fi

missing=()
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || missing+=(chromium chromium-driver)
need pg_ctlcluster || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  if need apt-get; then
    echo "test.sh: installing ${missing[*]} for the browser and PostgreSQL tests" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "test.sh: needs ${missing[*]} (Debian packages) for the browser and PostgreSQL tests" >&2
    exit 2
  fi
fi

# a PostgreSQL server on loopback for the store's PostgreSQL tests: the first cluster, started, with a test
# database and user (idempotent; tests make and drop their own schemas)
if [ "$(id -u)" = 0 ] && need pg_lsclusters; then
  read -r pg_version pg_cluster pg_port _ < <(pg_lsclusters -h | head -1) || true
  if [ -z "${pg_version:-}" ]; then
    pg_version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    pg_createcluster "$pg_version" main >/dev/null
    read -r pg_version pg_cluster pg_port _ < <(pg_lsclusters -h | head -1)
  fi
  pg_ctlcluster "$pg_version" "$pg_cluster" start 2>/dev/null || true
  su postgres -c "psql -q -p $pg_port -c \"DO \\\$\\\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'harmtrack') THEN CREATE ROLE harmtrack LOGIN PASSWORD 'harmtrack'; END IF; END\\\$\\\$;\"" >/dev/null
  su postgres -c "psql -q -p $pg_port -tc \"SELECT 1 FROM pg_database WHERE datname = 'harmtrack_test'\" | grep -q 1 || psql -q -p $pg_port -c 'CREATE DATABASE harmtrack_test OWNER harmtrack'" >/dev/null
  export HARMTRACK_TEST_POSTGRES="jdbc:postgresql://127.0.0.1:$pg_port/harmtrack_test?user=harmtrack&password=harmtrack"
else
  echo "test.sh: not root, so no PostgreSQL server is started; the PostgreSQL tests will be skipped" >&2
fi

mvn -B -ntp -Dstyle.color=never verify "$@"
# a short coverage-guided fuzzing run of each fuzz target (its seeds were replayed by verify)
exec scripts/fuzz.sh 1
