#!/usr/bin/env bash
# Runs harmtrack's whole test suite on a fresh machine: installs what the build and the tests need
# (a JDK 17, Maven, npm for the GeoNames data and web files fetched at build time, Debian's Chromium and
# ChromeDriver for the web page's browser test), then `mvn verify`.
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

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  if need apt-get; then
    echo "test.sh: installing Chromium and ChromeDriver for the browser test" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "test.sh: needs /usr/bin/chromium and /usr/bin/chromedriver for the browser test" >&2
    exit 2
  fi
fi

exec mvn -B -ntp -Dstyle.color=never verify "$@"
