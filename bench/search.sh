#!/usr/bin/env bash
# Search benchmark: 100,000 heritage items in PostgreSQL (the real UNESCO data plus synthetic items
# recombined from it), a full index rebuild, then a fixed mix of searches. Writes
# target/bench/search.json. Needs PostgreSQL on 127.0.0.1:5432 (as the tests do).
#
# With OBJECTS, as many museums' objects are added to the index (their search documents) before it is rebuilt.
#
#   bash bench/search.sh [ITEMS] [OBJECTS]      # default 100000 items, no objects
set -euo pipefail
cd "$(dirname "$0")/.."
items="${1:-100000}"
objects="${2:-0}"
db="${TURATH_BENCH_DB:-turath_bench}"
user="${TURATH_BENCH_DB_USER:-postgres}"
out="target/bench"
mkdir -p "$out"

./mvnw -q -B -Pbench -DskipTests package
psql -h 127.0.0.1 -U "$user" -d postgres -qc "drop database if exists $db" -c "create database $db encoding 'UTF8' template template0"

export TURATH_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" TURATH_DB_USER="$user" TURATH_DB_PASSWORD=""
export TURATH_INDEX_DIR="$out/index" TURATH_DEMO_DATA=false
rm -rf "$TURATH_INDEX_DIR"

java -jar target/turath.jar import src/main/resources/demo/whc-sites-2025-en-fr-ar.csv | tail -n 1
# the feed's poll is held back so the timed read of the change log is the benchmark's alone
java -Xmx2g -jar target/turath.jar bench-search --items="$items" --objects="$objects" --output="$out/search.json" \
  --turath.search.feed.interval=PT1H | tail -n 70
echo "written: $out/search.json"
