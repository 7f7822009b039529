#!/usr/bin/env bash
# HTTP benchmark: one heritage page from the live portal (PostgreSQL, the real items plus synthetic
# ones) against the very same HTML served as a static file by nginx, both loaded with wrk in the same
# run. The live page is measured as visitors get it (kept by the page cache after the first visit), as
# drawn for every request (a query string bypasses the cache), and for repeat visits (If-None-Match →
# 304). Writes target/bench/http.json.
# Needs PostgreSQL on 127.0.0.1:5432 (as the tests do); installs nginx-light and wrk when missing.
#
#   bash bench/http.sh [ITEMS] [SECONDS]      # defaults: 100000 items, 30 s per measurement
set -euo pipefail
cd "$(dirname "$0")/.."
items="${1:-100000}"
seconds="${2:-30}"
db="${TURATH_BENCH_DB:-turath_bench_http}"
user="${TURATH_BENCH_DB_USER:-postgres}"
out="target/bench"
live_port=18080
static_port=18081
reference="${TURATH_BENCH_REFERENCE:-IWH-0042}"
mkdir -p "$out"

if ! command -v wrk >/dev/null || ! [ -x /usr/sbin/nginx ]; then
  apt-get install -y -qq --no-install-recommends wrk nginx-light >/dev/null
fi

./mvnw -q -B -Pbench -DskipTests package
# run from a copy: a rebuild while the benchmark runs must not pull the jar from under the portal
cp target/turath.jar "$out/turath-bench.jar"
jar="$out/turath-bench.jar"
psql -h 127.0.0.1 -U "$user" -d postgres -qc "drop database if exists $db" -c "create database $db encoding 'UTF8' template template0"
export TURATH_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" TURATH_DB_USER="$user" TURATH_DB_PASSWORD=""
export TURATH_INDEX_DIR="$out/http-index" TURATH_STORAGE_DIR="$out/http-files" TURATH_DEMO_DATA=false
rm -rf "$TURATH_INDEX_DIR"

java -jar "$jar" import src/main/resources/demo/whc-sites-2025-en-fr-ar.csv | tail -n 1
real=$(psql -h 127.0.0.1 -U "$user" -d "$db" -Atc "select count(*) from heritage_item")
if [ "$items" -gt "$real" ]; then
  started=$(date +%s)
  java -Xmx2g -jar "$jar" generate $((items - real)) | tail -n 1
  echo "generated $((items - real)) synthetic items in $(( $(date +%s) - started )) s"
fi

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

java -Xmx1g -jar "$jar" --server.port=$live_port --turath.search.startup-indexing=sync > "$out/http-portal.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do curl -fs -o /dev/null "http://127.0.0.1:$live_port/actuator/health/readiness" && break; sleep 1; done
page="http://127.0.0.1:$live_port/en/heritage/$reference"

# the static twin: the page's own HTML, from nginx on another port
mkdir -p "$out/nginx/html" "$out/nginx/logs"
curl -fs "$page" -o "$out/nginx/html/page.html"
cat > "$out/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $(pwd)/$out/nginx/nginx.pid;
error_log $(pwd)/$out/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/html html; }
  server {
    listen 127.0.0.1:$static_port;
    root $(pwd)/$out/nginx/html;
    etag on;
  }
}
CONF
/usr/sbin/nginx -p "$(pwd)/$out/nginx" -c "$(pwd)/$out/nginx/nginx.conf" -g "daemon off;" &
pids+=($!)
sleep 1

etag=$(curl -fs -D - -o /dev/null "$page" | tr -d "\r" | awk -F': ' 'tolower($1)=="etag" {print $2}')
repeat_status=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$page")
echo "ETag $etag; a repeat visit gets $repeat_status"

measure() { # name url [header]
  local name=$1 url=$2 header=${3:-}
  if [ -n "$header" ]; then
    wrk -t2 -c64 -d"${seconds}s" --latency -H "$header" "$url" > "$out/wrk-$name.txt"
  else
    wrk -t2 -c64 -d"${seconds}s" --latency "$url" > "$out/wrk-$name.txt"
  fi
}
# the JIT warms up on the live page first
wrk -t2 -c64 -d10s "$page" > /dev/null
measure nginx "http://127.0.0.1:$static_port/page.html"
measure live "$page"
measure live-drawn "$page?drawn=1"
measure live-304 "$page" "If-None-Match: $etag"

# requests/s, p50 and p99 in milliseconds, and errors, from wrk's report
read_wrk() {
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx or 3xx/ { errors += $NF }
    /Socket errors/ { errors += 0 }
    END { printf "{\"requestsPerSecond\": %.1f, \"p50Ms\": %.3f, \"p99Ms\": %.3f, \"non2xx3xx\": %d}", rps, p50, p99, errors }
  ' "$1"
}
nginx_json=$(read_wrk "$out/wrk-nginx.txt")
live_json=$(read_wrk "$out/wrk-live.txt")
repeat_json=$(read_wrk "$out/wrk-live-304.txt")
drawn_json=$(read_wrk "$out/wrk-live-drawn.txt")
nginx_rps=$(awk '/Requests\/sec/ {print $2}' "$out/wrk-nginx.txt")
live_rps=$(awk '/Requests\/sec/ {print $2}' "$out/wrk-live.txt")
repeat_rps=$(awk '/Requests\/sec/ {print $2}' "$out/wrk-live-304.txt")
drawn_rps=$(awk '/Requests\/sec/ {print $2}' "$out/wrk-live-drawn.txt")
cat > "$out/http.json" <<JSON
{
  "date": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "items": $(psql -h 127.0.0.1 -U "$user" -d "$db" -Atc "select count(*) from heritage_item"),
  "page": "/en/heritage/$reference",
  "pageBytes": $(stat -c %s "$out/nginx/html/page.html"),
  "wrk": "2 threads, 64 connections, ${seconds} s each, on the same machine as both servers",
  "cpus": $(nproc),
  "nginx": $nginx_json,
  "live": $live_json,
  "liveDrawnEveryTime": $drawn_json,
  "liveRepeatVisit304": $repeat_json,
  "repeatVisitStatus": $repeat_status,
  "liveToNginx": $(awk -v a="$live_rps" -v b="$nginx_rps" 'BEGIN { printf "%.3f", a / b }'),
  "drawnToNginx": $(awk -v a="$drawn_rps" -v b="$nginx_rps" 'BEGIN { printf "%.4f", a / b }'),
  "repeatToNginx": $(awk -v a="$repeat_rps" -v b="$nginx_rps" 'BEGIN { printf "%.3f", a / b }')
}
JSON
cat "$out/http.json"
