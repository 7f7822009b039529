#!/usr/bin/env bash
# Page weight: the bytes a visitor's browser transfers for each kind of Arabic page (home, heritage page
# with its map, map, search, the List, a state, news, trainings) on a first visit with an empty cache and
# on the next page of the same kind, measured by Debian's chromium through the DevTools protocol at phone
# width (390 × 844). The portal runs on its embedded default with the demo data. Writes
# target/bench/weight.json. Installs chromium and the node packages of bench/browser when missing.
#
#   bash bench/weight.sh [WIDTH]      # default 390
set -euo pipefail
cd "$(dirname "$0")/.."
width="${1:-390}"
out="target/bench"
port=18070
mkdir -p "$out"
[ -x /usr/bin/chromium ] || apt-get install -y -qq --no-install-recommends chromium >/dev/null
command -v node >/dev/null || apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
(cd bench/browser && npm ci --no-audit --no-fund --silent)

./mvnw -q -B -DskipTests package
cp target/turath.jar "$out/turath-weight.jar"
work="$out/weight-portal"
rm -rf "$work" && mkdir -p "$work"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
(cd "$work" && SPRING_PROFILES_ACTIVE=demo TURATH_DEMO_PASSWORD="weight-$(date +%s)-not-a-secret" \
  exec java -Xmx1g -jar ../turath-weight.jar --server.port=$port --turath.search.startup-indexing=sync > portal.log 2>&1) &
pids+=($!)
for _ in $(seq 1 300); do curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" && break; sleep 1; done

node bench/browser/weight.mjs "http://127.0.0.1:$port" "$out/weight.json" "$width"
