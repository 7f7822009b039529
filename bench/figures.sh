#!/usr/bin/env bash
# Dashboard benchmark: the real UNESCO data plus synthetic items up to ITEMS in PostgreSQL, the portal started on it,
# then /en/figures asked with filters never asked before (every figure counted in the database) and again (kept a
# minute per filter), timing each answer. Writes target/bench/figures.json.
# Needs PostgreSQL on 127.0.0.1:5432 (as the tests do).
#
#   bash bench/figures.sh [ITEMS] [PORT]      # default 100000 items, port 18090
set -euo pipefail
cd "$(dirname "$0")/.."
items="${1:-100000}"
port="${2:-18090}"
db="${TURATH_BENCH_DB:-turath_bench_figures}"
user="${TURATH_BENCH_DB_USER:-postgres}"
out="target/bench"
mkdir -p "$out"

. bench/lib/bench-db.sh
bench_database "$db" "$user" "$items"
export TURATH_INDEX_DIR="$out/figures-index" TURATH_DEMO_DATA=false TURATH_PUBLIC_URL="http://127.0.0.1:$port"
rm -rf "$TURATH_INDEX_DIR"
psql -h 127.0.0.1 -U "$user" -d "$db" -qc "analyze"
total=$(psql -h 127.0.0.1 -U "$user" -d "$db" -Atc "select count(*) from heritage_item")

cp target/turath.jar "$out/figures-turath.jar"
java -Xmx1g -jar "$out/figures-turath.jar" --server.port="$port" --turath.search.startup-indexing=off \
  --turath.open-data.dumps-at-start=false > "$out/figures-portal.log" 2>&1 &
portal=$!
trap 'kill "$portal" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" && break; sleep 1; done
# the start writes the synthetic items' harvestable records in the background: measured after, not beside it
for _ in $(seq 1 1800); do grep -q "heritage records written" "$out/figures-portal.log" && break; sleep 1; done

states=$(psql -h 127.0.0.1 -U "$user" -d "$db" -Atc "select iso2 from country where membership = 'MEMBER' order by iso2 limit 30")
time_of() { curl -fs -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port$1"; }
: > "$out/figures-cold.txt"
: > "$out/figures-warm.txt"
# never asked before: every state, then periods
for s in $states; do time_of "/en/figures?state=$s" >> "$out/figures-cold.txt"; done
for y in 1980 1985 1990 1995 2000 2005 2010 2015 2020; do time_of "/ar/figures?from=$y&until=$((y + 9))" >> "$out/figures-cold.txt"; done
time_of "/fr/figures" >> "$out/figures-cold.txt"
# how many figures the whole page draws (one section each)
shown=$(curl -fs "http://127.0.0.1:$port/fr/figures" | grep -o 'class="figure-block' | wc -l)
# asked again within the minute
for _ in $(seq 1 5); do for s in $states; do time_of "/en/figures?state=$s" >> "$out/figures-warm.txt"; done; done

python3 - "$out" "$total" "$shown" <<'PY'
import json, statistics, sys
out, total, shown = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def summary(name):
    values = sorted(float(v) * 1000 for v in open(f"{out}/figures-{name}.txt") if v.strip())
    return {"requests": len(values), "median_ms": round(statistics.median(values), 1),
            "p95_ms": round(values[int(len(values) * 0.95) - 1], 1), "max_ms": round(values[-1], 1)}
result = {"items": total, "page": "/{lang}/figures", "figures_per_page": shown,
          "counted": summary("cold"), "kept": summary("warm"),
          "note": "counted: a filter never asked before, every figure counted in PostgreSQL; kept: the same filter again within the minute"}
json.dump(result, open(f"{out}/figures.json", "w"), indent=2)
print(json.dumps(result, indent=2))
PY
