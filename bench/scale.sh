#!/usr/bin/env bash
# A million searchable records: the real UNESCO data plus synthetic heritage items recombined from it (and, with
# OBJECTS, museums' objects' search documents) in PostgreSQL, indexed into embedded Lucene and into OpenSearch (the
# suite's own node, in a JVM of its own). For each engine: the indexing rate and the index's size; search p50/p95/p99
# for the mix of bench/search.sh; the List's keyset page 10,000 against page 1; then the portal started on the full
# index (time until it answers) and the heap it holds after a full collection once searches and List pages have run.
# Writes target/bench/scale.json. Needs PostgreSQL on 127.0.0.1:5432; installs wrk. About an hour for a million.
#
#   bash bench/scale.sh [RECORDS] [OBJECTS]     # defaults: 1,000,000 records, none of them objects
#   TURATH_BENCH_REUSE=1 bash bench/scale.sh    # the database of the previous run, as it is
#   TURATH_BENCH_REUSE=1 TURATH_BENCH_KEEP_INDEX=1 bash bench/scale.sh   # and its Lucene index: searches measured again
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/search-and-s3.sh
records="${1:-1000000}"
objects="${2:-0}"
items=$((records - objects))
db="${TURATH_BENCH_DB:-turath_bench_scale}"
user="${TURATH_BENCH_DB_USER:-postgres}"
out="target/bench/scale"
port_os=19202
port_portal=18095
command -v wrk >/dev/null || apt-get install -y -qq --no-install-recommends wrk >/dev/null
mkdir -p "$out"
keep_index="${TURATH_BENCH_KEEP_INDEX:-0}"
[ "$keep_index" = 1 ] || rm -rf "$out/lucene-index"
rm -rf "$out/opensearch" "$out"/*.json "$out"/*.log

./mvnw -q -B -Pbench -DskipTests package
bench_classpath "$out"
cp target/turath.jar "$out/turath.jar"
jar="$out/turath.jar"
export TURATH_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" TURATH_DB_USER="$user" TURATH_DB_PASSWORD="" TURATH_DEMO_DATA=false
export TURATH_STORAGE_DIR="$out/files"
portal_pid=""
cleanup() { [ -n "$portal_pid" ] && kill "$portal_pid" 2>/dev/null || true; stop_test_servers; }
trap cleanup EXIT

generation_seconds=0
if [ "${TURATH_BENCH_REUSE:-0}" != 1 ]; then
  psql -h 127.0.0.1 -U "$user" -d postgres -qc "drop database if exists $db" -c "create database $db encoding 'UTF8' template template0"
  java -jar "$jar" import src/main/resources/demo/whc-sites-2025-en-fr-ar.csv | tail -n 1
  real=$(psql -h 127.0.0.1 -U "$user" -d "$db" -Atc "select count(*) from heritage_item")
  started=$(date +%s%N)
  java -Xmx1g -jar "$jar" generate $((items - real)) | tail -n 1
  generation_seconds=$(( ($(date +%s%N) - started) / 1000000000 ))
  echo "generated $((items - real)) synthetic items in $generation_seconds s"
fi

# the portal on the full index: time until it answers, then the heap after searches, List pages and a full collection;
# sets SERVED to what it measured
serve() { # name
  local name=$1 started ready_ms base="http://127.0.0.1:$port_portal"
  started=$(date +%s%N)
  java -Xmx1g -jar "$jar" --server.port=$port_portal > "$out/portal-$name.log" 2>&1 &
  portal_pid=$!
  for _ in $(seq 1 600); do curl -fs -o /dev/null "$base/actuator/health/readiness" && break; sleep 0.2; done
  ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  for path in "/ar/search?q=%D9%85%D8%AF%D9%8A%D9%86%D8%A9" "/en/search?q=mosque" "/fr/search?q=m%C3%A9dina" "/ar/heritage?drawn=1" \
      "/en/heritage?kind=NATURAL&drawn=1" "/api/v1/search?q=old+town&lang=en"; do
    wrk -t2 -c16 -d10s --timeout 10s "$base$path" > "$out/wrk-$name.txt"
  done
  local list_status used_kb spring_seconds
  list_status=$(curl -s -o /dev/null -w '%{http_code}' "$base/ar/heritage")
  jcmd "$portal_pid" GC.run > /dev/null
  sleep 1
  used_kb=$(jcmd "$portal_pid" GC.heap_info | grep -o 'used [0-9]*K' | head -n 1 | grep -o '[0-9]*')
  spring_seconds=$(grep -o 'Started TurathApplication in [0-9.]*' "$out/portal-$name.log" | grep -o '[0-9.]*$' || echo 0)
  kill "$portal_pid"; wait "$portal_pid" 2>/dev/null || true; portal_pid=""
  SERVED="{\"readyMs\": $ready_ms, \"springStartedSeconds\": $spring_seconds, \"heapAfterFullCollectionMb\": $((used_kb / 1024)), \"listStatus\": $list_status}"
  echo "serving on $name: $SERVED"
}

echo "== embedded Lucene"
export TURATH_INDEX_DIR="$out/lucene-index"
java -Xmx2g -jar "$jar" bench-search --items="$items" --objects="$objects" --deep-page=10000 --replay-log=false \
  --reindex="$([ "$keep_index" = 1 ] && echo false || echo true)" \
  --output="$out/lucene.json" --turath.search.feed.interval=PT1H > "$out/bench-lucene.log" 2>&1
tail -n 3 "$out/bench-lucene.log"
lucene_bytes=$(du -sb "$out/lucene-index" | cut -f1)
serve lucene
lucene_serving=$SERVED

echo "== OpenSearch"
start_opensearch "$out" "$port_os"
hold_test_servers "$out" "$port_os"
export SPRING_PROFILES_ACTIVE=elasticsearch TURATH_SEARCH_URIS="http://127.0.0.1:$port_os"
java -Xmx2g -jar "$jar" bench-search --items="$items" --objects="$objects" --deep-page=10000 --replay-log=false \
  --output="$out/opensearch.json" --turath.search.feed.interval=PT1H > "$out/bench-opensearch.log" 2>&1
tail -n 3 "$out/bench-opensearch.log"
curl -fs -XPOST "http://127.0.0.1:$port_os/_flush" > /dev/null
opensearch_bytes=$(curl -fs "http://127.0.0.1:$port_os/_cat/indices/content-*?bytes=b&h=store.size" | awk '{s += $1} END {print s + 0}')
serve opensearch
opensearch_serving=$SERVED

cat > target/bench/scale.json <<JSON
{
  "date": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "cpus": $(nproc),
  "records": $(psql -h 127.0.0.1 -U "$user" -d "$db" -Atc "select count(*) from search_document"),
  "heritageItems": $(psql -h 127.0.0.1 -U "$user" -d "$db" -Atc "select count(*) from heritage_item"),
  "generationSeconds": $generation_seconds,
  "lucene": {"indexBytes": $lucene_bytes, "serving": $lucene_serving, "benchmark": $(cat "$out/lucene.json")},
  "opensearch": {"indexBytes": $opensearch_bytes, "serving": $opensearch_serving, "benchmark": $(cat "$out/opensearch.json")}
}
JSON
echo "written: target/bench/scale.json"
