#!/usr/bin/env bash
# OAI-PMH harvest benchmark: the real UNESCO data plus synthetic items up to ITEMS in PostgreSQL, the portal started
# on it (it writes the harvestable records at start: that time is measured too), then a full ListRecords harvest in
# oai_dc by a plain client following resumption tokens, timing every page. Writes target/bench/oai.json.
# Needs PostgreSQL on 127.0.0.1:5432 (as the tests do).
#
#   bash bench/oai.sh [ITEMS] [PORT]      # default 100000 items, port 18089
set -euo pipefail
cd "$(dirname "$0")/.."
items="${1:-100000}"
port="${2:-18089}"
db="${TURATH_BENCH_DB:-turath_bench_oai}"
user="${TURATH_BENCH_DB_USER:-postgres}"
out="target/bench"
mkdir -p "$out"

. bench/lib/bench-db.sh
bench_database "$db" "$user" "$items"
export TURATH_INDEX_DIR="$out/oai-index" TURATH_DEMO_DATA=false TURATH_PUBLIC_URL="http://127.0.0.1:$port"
rm -rf "$TURATH_INDEX_DIR"
# the records of the imported items were written by the import; the synthetic ones are not: the start writes them
# (TURATH_BENCH_REUSE=1: harvest the database a previous run left, its records already written, again)
if [ "${TURATH_BENCH_REUSE:-0}" != 1 ]; then
  psql -h 127.0.0.1 -U "$user" -d "$db" -qc "delete from open_record"
fi

cp target/turath.jar "$out/oai-turath.jar"
java -Xmx1g -jar "$out/oai-turath.jar" --server.port="$port" --turath.search.startup-indexing=off --turath.open-data.dumps-at-start=false > "$out/oai-portal.log" 2>&1 &
portal=$!
trap 'kill "$portal" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" && break; sleep 1; done
if [ "${TURATH_BENCH_REUSE:-0}" != 1 ]; then
  for _ in $(seq 1 1800); do grep -q "heritage records written" "$out/oai-portal.log" && break; sleep 1; done
fi
written_ms=$(grep -o "heritage records written in [0-9]*" "$out/oai-portal.log" | grep -o "[0-9]*$" || true)

python3 - "$port" "$out/oai.json" "$written_ms" <<'PY'
import json, statistics, sys, time, urllib.parse, urllib.request, xml.etree.ElementTree as ET
port, target, written_ms = sys.argv[1], sys.argv[2], int(sys.argv[3] or 0)
ns = {"o": "http://www.openarchives.org/OAI/2.0/"}
base = f"http://127.0.0.1:{port}/oai"
query = {"verb": "ListRecords", "metadataPrefix": "oai_dc"}
pages, records, identifiers, size = [], 0, set(), 0
started = time.perf_counter()
while True:
    t = time.perf_counter()
    with urllib.request.urlopen(base + "?" + urllib.parse.urlencode(query)) as answer:
        body = answer.read()
    pages.append((time.perf_counter() - t) * 1000)
    size += len(body)
    root = ET.fromstring(body)
    for header in root.iterfind(".//o:record/o:header", ns):
        identifiers.add(header.findtext("o:identifier", namespaces=ns))
        records += 1
    token = root.find(".//o:resumptionToken", ns)
    if token is None or not (token.text or "").strip():
        break
    query = {"verb": "ListRecords", "resumptionToken": token.text.strip()}
total = time.perf_counter() - started
tenth = max(1, len(pages) // 10)
result = {
    "records": records, "distinct": len(identifiers), "pages": len(pages), "seconds": round(total, 1),
    "records_per_second": round(records / total), "megabytes": round(size / 1e6, 1),
    "page_ms": {"first": round(pages[0], 1), "last": round(pages[-1], 1),
                "first_tenth_median": round(statistics.median(pages[:tenth]), 1),
                "last_tenth_median": round(statistics.median(pages[-tenth:]), 1),
                "median": round(statistics.median(pages), 1),
                "p95": round(sorted(pages)[int(len(pages) * 0.95) - 1], 1), "max": round(max(pages), 1)},
    "records_written_at_start_ms": written_ms,
}
json.dump(result, open(target, "w"), indent=2)
print(json.dumps(result, indent=2))
PY
echo "written: $out/oai.json"
