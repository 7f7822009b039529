#!/usr/bin/env bash
# Soak: the portal on PostgreSQL (the real items, plus synthetic ones if asked) under wrk for ten
# minutes on a mix of public pages, searches, feeds and the API. Every 30 s it records the JVM's
# heap after a full collection, its open files and threads; at the end the request count, errors
# and latency. Writes target/bench/soak.json. Not part of the tests' pass/fail.
# Needs PostgreSQL on 127.0.0.1:5432 (as the tests do); installs wrk when missing.
#
#   bash bench/soak.sh [SECONDS] [ITEMS]      # defaults: 600 s, the 246 real items
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
items="${2:-0}"
db="${TURATH_BENCH_DB:-turath_bench_soak}"
user="${TURATH_BENCH_DB_USER:-postgres}"
out="target/bench"
port=18090
mkdir -p "$out"
command -v wrk >/dev/null || apt-get install -y -qq --no-install-recommends wrk >/dev/null

./mvnw -q -B -Pbench -DskipTests package
cp target/turath.jar "$out/turath-soak.jar"
jar="$out/turath-soak.jar"
psql -h 127.0.0.1 -U "$user" -d postgres -qc "drop database if exists $db" -c "create database $db encoding 'UTF8' template template0"
export TURATH_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" TURATH_DB_USER="$user" TURATH_DB_PASSWORD=""
export TURATH_INDEX_DIR="$out/soak-index" TURATH_STORAGE_DIR="$out/soak-files" TURATH_DEMO_DATA=false
rm -rf "$TURATH_INDEX_DIR" "$TURATH_STORAGE_DIR"
java -jar "$jar" import src/main/resources/demo/whc-sites-2025-en-fr-ar.csv | tail -n 1
if [ "$items" -gt 0 ]; then java -Xmx2g -jar "$jar" generate "$items" | tail -n 1; fi

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
# the demo profile adds the trainings, the guide and the news, so every kind of page is in the mix
SPRING_PROFILES_ACTIVE=demo TURATH_DEMO_PASSWORD="soak-$(date +%s)-not-a-secret" \
  java -Xmx1g -jar "$jar" --server.port=$port --turath.search.startup-indexing=sync > "$out/soak-portal.log" 2>&1 &
portal=$!
pids+=($portal)
for _ in $(seq 1 300); do curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" && break; sleep 1; done

base="http://127.0.0.1:$port"
refs=$(psql -h 127.0.0.1 -U "$user" -d "$db" -Atc "select reference from heritage_item order by reference limit 12")
activity=$(curl -fs "$base/en/trainings" | grep -o '/en/trainings/[0-9a-f-]\{36\}' | head -n 1)
publication=$(curl -fs "$base/en/publications" | grep -o '/en/publications/[0-9a-f-]\{36\}' | head -n 1)
{
  echo "local paths = {"
  for lang in ar en fr; do
    echo "\"/$lang/\", \"/$lang/heritage\", \"/$lang/heritage?sort=year\", \"/$lang/states/ma\", \"/$lang/map\","
    echo "\"/$lang/trainings\", \"/$lang/trainings/calendar\", \"/$lang/publications\", \"/$lang/news\", \"/$lang/news/feed.atom\","
    echo "\"/$lang/committee/sessions\", \"/$lang/nominations/statistics\", \"/$lang/ask\", \"/$lang/feedback\","
  done
  for ref in $refs; do echo "\"/ar/heritage/$ref\", \"/fr/heritage/$ref\","; done
  echo "\"/ar/search?q=%D9%85%D8%AF%D9%8A%D9%86%D8%A9\", \"/en/search?q=medina\", \"/fr/search?q=mosqu%C3%A9e&kind=tangible-cultural\","
  echo "\"/ar/search?q=%D8%A7%D9%84%D9%85%D8%AE%D8%B7%D9%88%D8%B7%D8%A7%D8%AA&type=PUBLICATION\", \"/en/search?q=fort\", \"/en/search/suggest?q=ma\","
  echo "\"/api/v1/heritage?limit=50\", \"/api/v1/search?q=desert\", \"/api/v1/search/markers\","
  echo "\"${activity/\/en\//\/ar\/}\", \"$activity/calendar.ics\", \"$publication\", \"/en/trainings/calendar.ics\""
  echo "}"
  cat <<'LUA'
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA
} > "$out/soak.lua"

sample() { # seconds-since-start
  jcmd "$portal" GC.run > /dev/null 2>&1 || true
  local heap fds threads
  heap=$(jcmd "$portal" GC.heap_info 2>/dev/null | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); print v; exit } }')
  fds=$(ls "/proc/$portal/fd" | wc -l)
  threads=$(ls "/proc/$portal/task" | wc -l)
  printf '{"atSeconds": %d, "heapUsedAfterGcKb": %s, "openFiles": %d, "threads": %d}' "$1" "${heap:-0}" "$fds" "$threads"
}
# warm-up, then the soak with a sample every 30 s
wrk -t2 -c32 -d20s -s "$out/soak.lua" "$base" > /dev/null
samples="$(sample 0)"
wrk -t2 -c32 -d"${seconds}s" --latency --timeout 10s -s "$out/soak.lua" "$base" > "$out/wrk-soak.txt" &
load=$!
started=$(date +%s)
while kill -0 "$load" 2>/dev/null; do
  sleep 30
  kill -0 "$load" 2>/dev/null || break
  samples="$samples, $(sample $(( $(date +%s) - started )))"
done
wait "$load"
samples="$samples, $(sample $(( $(date +%s) - started )))"

read_wrk() {
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    / requests in / { requests = $1 }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx or 3xx/ { bad = $NF }
    /Socket errors/ { gsub(/,/, ""); socket = $4 + $6 + $8 + $10 }
    END { printf "{\"requests\": %d, \"requestsPerSecond\": %.1f, \"p50Ms\": %.3f, \"p99Ms\": %.3f, \"non2xx3xx\": %d, \"socketErrors\": %d}", requests, rps, p50, p99, bad, socket }
  ' "$1"
}
cat > "$out/soak.json" <<JSON
{
  "date": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "items": $(psql -h 127.0.0.1 -U "$user" -d "$db" -Atc "select count(*) from heritage_item"),
  "paths": $(grep -o '"/[^"]*"' "$out/soak.lua" | wc -l),
  "wrk": "2 threads, 32 connections, ${seconds} s, a mix of pages, searches, feeds and the API, on the same machine",
  "result": $(read_wrk "$out/wrk-soak.txt"),
  "serverErrorsInLog": $(grep -c ' ERROR ' "$out/soak-portal.log" || true),
  "sessionRowsAfter": $(psql -h 127.0.0.1 -U "$user" -d "$db" -Atc "select count(*) from spring_session"),
  "samples": [$samples]
}
JSON
cat "$out/soak.json"
