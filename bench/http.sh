#!/usr/bin/env bash
# HTTP benchmark: the live portal (PostgreSQL, the real items plus synthetic ones, the demo profile's
# trainings and news) against nginx serving a heritage page's very same HTML as a static file, both loaded
# with wrk in the same run. Each kind of public page (heritage page, home, the List, a state, news,
# trainings, a search) is measured as visitors get it (kept by the page cache after the first visit) and
# as drawn for every request (a query string bypasses the cache), each kept page against nginx serving its
# same bytes; the heritage page also for repeat visits (If-None-Match → 304); and a back-office list signed in
# as the demo administrator, which no cache helps. Writes target/bench/http.json.
# Needs PostgreSQL on 127.0.0.1:5432 (as the tests do); installs nginx-light and wrk when missing.
#
#   bash bench/http.sh [ITEMS] [SECONDS]      # defaults: 100000 items, 30 s per measurement
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/wrk.sh
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
# the demo profile adds the trainings and the news (and its accounts, for the signed-in page)
export SPRING_PROFILES_ACTIVE=demo TURATH_DEMO_PASSWORD="bench-$(date +%s)-not-a-secret"
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
live="http://127.0.0.1:$live_port"
page="$live/en/heritage/$reference"

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
    # a page.html.gz beside a page is sent as it is to a client that takes gzip
    gzip_static on;
  }
}
CONF
/usr/sbin/nginx -p "$(pwd)/$out/nginx" -c "$(pwd)/$out/nginx/nginx.conf" -g "daemon off;" &
pids+=($!)
sleep 1

etag=$(curl -fs -D - -o /dev/null "$page" | tr -d "\r" | awk -F': ' 'tolower($1)=="etag" {print $2}')
repeat_status=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$page")
echo "ETag $etag; a repeat visit gets $repeat_status"

# signed in as the demo administrator: the sign-in form's token, then the form, keeping the cookies
jar_cookies="$out/http-cookies.txt"
rm -f "$jar_cookies"
token=$(curl -fs -c "$jar_cookies" -b "$jar_cookies" "$live/en/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -fs -o /dev/null -c "$jar_cookies" -b "$jar_cookies" --data-urlencode "email=admin@demo.turath.invalid" \
  --data-urlencode "password=$TURATH_DEMO_PASSWORD" --data-urlencode "lang=en" --data-urlencode "_csrf=$token" "$live/login"
session=$(awk '$6 == "SESSION" {print $7}' "$jar_cookies")
signed_in_status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$session" "$live/en/admin/heritage")
echo "signed in: the back-office list answers $signed_in_status"

measure() { # name url [header]
  local name=$1 url=$2 header=${3:-}
  if [ -n "$header" ]; then
    wrk -t2 -c64 -d"${seconds}s" --latency -H "$header" "$url" > "$out/wrk-$name.txt"
  else
    wrk -t2 -c64 -d"${seconds}s" --latency "$url" > "$out/wrk-$name.txt"
  fi
}
# requests/s, p50 and p99 in milliseconds, and errors, from wrk's report
read_wrk() { wrk_json "$out/wrk-$1.txt"; }
rps() { awk '/Requests\/sec/ {print $2}' "$out/wrk-$1.txt"; }

# the JIT warms up on the live pages first: on two cores C2 needs a minute or two of a page drawn before the rate
# settles (5 s each measured the interpreter and C1 as much as the portal); TURATH_BENCH_WARMUP seconds per page
warmup="${TURATH_BENCH_WARMUP:-30}"
for path in "/en/heritage/$reference?drawn=1" "/ar/?drawn=1" "/ar/heritage?drawn=1" "/ar/search?q=fes" "/en/admin/heritage"; do
  if [ "$path" = /en/admin/heritage ]; then
    wrk -t2 -c64 -d"${warmup}s" -H "Cookie: SESSION=$session" "$live$path" > /dev/null
  else
    wrk -t2 -c64 -d"${warmup}s" "$live$path" > /dev/null
  fi
done
measure nginx "http://127.0.0.1:$static_port/page.html"
measure heritage-304 "$page" "If-None-Match: $etag"
kinds=(heritage home list state news trainings search)
declare -A paths=([heritage]="/en/heritage/$reference" [home]="/ar/" [list]="/ar/heritage" [state]="/ar/states/MA"
  [news]="/ar/news" [trainings]="/ar/trainings" [search]="/ar/search?q=%D9%85%D8%B3%D8%AC%D8%AF")
pages_json=""
for kind in "${kinds[@]}"; do
  path=${paths[$kind]}
  case "$path" in *\?*) drawn="$path&drawn=1" ;; *) drawn="$path?drawn=1" ;; esac
  measure "$kind-drawn" "$live$drawn"
  entry="\"drawnEveryTime\": $(read_wrk "$kind-drawn")"
  if [ "$kind" != search ]; then
    # nginx serves this very page's bytes (as the portal keeps them, uncompressed: wrk asks for no gzip), so the
    # ratio compares like with like; the heritage page's figure is the "nginx" one above
    curl -fs "$live$path" -o "$out/nginx/html/$kind.html"
    # and as every browser gets it: gzipped, the portal's own compressed bytes, which nginx sends as they are
    curl -fs -H "Accept-Encoding: gzip" "$live$path" -o "$out/nginx/html/$kind.html.gz"
    measure "$kind-nginx" "http://127.0.0.1:$static_port/$kind.html"
    measure "$kind-kept" "$live$path"
    measure "$kind-nginx-gzip" "http://127.0.0.1:$static_port/$kind.html" "Accept-Encoding: gzip"
    measure "$kind-kept-gzip" "$live$path" "Accept-Encoding: gzip"
    ratio() { awk -v a="$(rps "$1")" -v b="$(rps "$2")" 'BEGIN { printf "%.3f", a / b }'; }
    entry="\"bytes\": $(stat -c %s "$out/nginx/html/$kind.html"), \"gzipBytes\": $(stat -c %s "$out/nginx/html/$kind.html.gz"),
      \"nginxSameBytes\": $(read_wrk "$kind-nginx"), \"kept\": $(read_wrk "$kind-kept"), \"keptToNginx\": $(ratio "$kind-kept" "$kind-nginx"),
      \"nginxSameBytesGzip\": $(read_wrk "$kind-nginx-gzip"), \"keptGzip\": $(read_wrk "$kind-kept-gzip"),
      \"keptToNginxGzip\": $(ratio "$kind-kept-gzip" "$kind-nginx-gzip"), $entry"
  fi
  echo "$kind: $entry"
  pages_json="$pages_json${pages_json:+,}
    \"$kind\": {\"path\": \"$path\", $entry}"
done
measure signed-in-list "$live/en/admin/heritage" "Cookie: SESSION=$session"

cat > "$out/http.json" <<JSON
{
  "date": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "items": $(psql -h 127.0.0.1 -U "$user" -d "$db" -Atc "select count(*) from heritage_item"),
  "nginxPage": "/en/heritage/$reference",
  "pageBytes": $(stat -c %s "$out/nginx/html/page.html"),
  "wrk": "2 threads, 64 connections, ${seconds} s each, on the same machine as both servers",
  "cpus": $(nproc),
  "nginx": $(read_wrk nginx),
  "repeatVisit304": $(read_wrk heritage-304),
  "repeatVisitStatus": $repeat_status,
  "pages": {$pages_json
  },
  "signedInBackOfficeList": $(read_wrk signed-in-list),
  "signedInStatus": $signed_in_status
}
JSON
cat "$out/http.json"
