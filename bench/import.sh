#!/usr/bin/env bash
# Object import benchmark: the portal on PostgreSQL with the demo data (its museums and accounts), the demo
# secretariat signed in over HTTP as a browser is; a CSV of ROWS objects without images (every column a curator fills
# in: three-language titles and types, materials, period, years, measurements, an Arabic inscription, a heritage item)
# is uploaded and checked (the dry run), then run; the time of each, and of adding the objects (from the job's
# progress), are measured. Writes target/bench/import.json. Needs PostgreSQL on 127.0.0.1:5432 (as the tests do).
#
#   bash bench/import.sh [ROWS] [PORT]      # default 20000 rows, port 18092
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-20000}"
port="${2:-18092}"
db="${TURATH_BENCH_DB:-turath_bench_import}"
user="${TURATH_BENCH_DB_USER:-postgres}"
out="target/bench"
work="$out/import-portal"
mkdir -p "$out"

./mvnw -q -B -DskipTests package
psql -h 127.0.0.1 -U "$user" -d postgres -qc "drop database if exists $db" -c "create database $db encoding 'UTF8' template template0"
rm -rf "$work" && mkdir -p "$work"
cp target/turath.jar "$work/turath.jar"
password="import-$(date +%s)-not-a-secret"
(cd "$work" && SPRING_PROFILES_ACTIVE=demo TURATH_DEMO_PASSWORD="$password" TURATH_PUBLIC_URL="http://127.0.0.1:$port" \
  TURATH_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" TURATH_DB_USER="$user" TURATH_DB_PASSWORD="" \
  exec java -Xmx1g -jar turath.jar --server.port="$port" > portal.log 2>&1) &
portal=$!
trap 'kill "$portal" 2>/dev/null || true' EXIT
live="http://127.0.0.1:$port"
for _ in $(seq 1 300); do curl -fs -o /dev/null "$live/actuator/health/readiness" && break; sleep 1; done
for _ in $(seq 1 300); do grep -q "Starter exhibitions" "$work/portal.log" && break; sleep 1; done

python3 - "$rows" "$work/objects.csv" <<'PY'
import csv, sys
rows, target = int(sys.argv[1]), sys.argv[2]
museums = ["iraq-museum", "egyptian-museum-cairo", "national-museum-of-qatar", "museum-of-islamic-art-doha", "jordan-museum"]
with open(target, "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out)
    w.writerow(["museum", "inventory_number", "title_ar", "title_en", "title_fr", "type_ar", "type_en", "type_fr", "materials_en",
                "period_en", "year_from", "year_to", "height_cm", "width_cm", "inscription", "inscription_lang", "unesco_id_no",
                "description_en"])
    for i in range(rows):
        w.writerow([museums[i % len(museums)], f"BENCH-{i:07d}", f"قطعة تجريبية {i}", f"Benchmark object {i}", f"Objet d’essai {i}",
                    "إبريق", "Ewer", "Aiguière", "Cast and engraved bronze", "12th century", 1100, 1199, "32.5", "18",
                    f"بركة كاملة {i}", "ar", "", f"A benchmark object, number {i}, with a short description."])
PY

cookies="$work/cookies.txt"
token() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
t=$(curl -fs -c "$cookies" -b "$cookies" "$live/en/login" | token)
curl -fs -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "email=secretariat@demo.turath.invalid" \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$t" "$live/login"
t=$(curl -fs -c "$cookies" -b "$cookies" "$live/en/admin/collections/import" | token)
started=$(date +%s.%N)
job=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$cookies" -b "$cookies" -F "_csrf=$t" \
  -F "file=@$work/objects.csv;type=text/csv" "$live/en/admin/collections/import")
checked=$(date +%s.%N)
[ -n "$job" ] || { echo "the file was refused" >&2; exit 1; }
t=$(curl -fs -c "$cookies" -b "$cookies" "$job" | token)
curl -fs -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "_csrf=$t" "$job/run"
run=$(date +%s.%N)
id=${job##*/}
for _ in $(seq 1 3600); do
  status=$(psql -h 127.0.0.1 -U "$user" -d "$db" -Atc "select status from collection_import where id = '$id'")
  [ "$status" = DONE ] || [ "$status" = FAILED ] && break
  sleep 0.2
done
finished=$(date +%s.%N)
added=$(psql -h 127.0.0.1 -U "$user" -d "$db" -Atc "select count(*) from collection_object where inventory_number like 'BENCH-%'")
python3 - "$rows" "$started" "$checked" "$run" "$finished" "$added" "$status" "$out/import.json" <<'PY'
import json, sys
rows, started, checked, run, finished, added, status, target = sys.argv[1:]
rows, started, checked, run, finished, added = int(rows), float(started), float(checked), float(run), float(finished), int(added)
result = {
    "rows": rows, "status": status, "objects_added": added,
    "check_seconds": round(checked - started, 2), "check_rows_per_second": round(rows / (checked - started)),
    "add_seconds": round(finished - run, 2), "add_rows_per_second": round(rows / (finished - run)),
    "upload_check_and_add_rows_per_second": round(rows / (finished - started)),
    "database": "PostgreSQL (local)", "images": 0,
}
json.dump(result, open(target, "w"), indent=2)
print(json.dumps(result, indent=2))
PY
