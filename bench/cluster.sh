#!/usr/bin/env bash
# Two portal nodes behind nginx, as several nodes run in production: one PostgreSQL database, one OpenSearch node (the
# suite's own, from Maven Central, in a JVM of its own) and one S3 bucket (S3Proxy), nginx round robin in front.
#   1. a person's journey through nginx, each request on the other node: sign in, make a heritage item, add a
#      photograph, then node A is killed (SIGKILL) and the journey goes on: publish; the page, the photograph (its
#      SHA-256) and the search hit are checked on node B and, after A is started again on an empty file cache, on A;
#   2. throughput of a heritage page drawn for every request, on one node and through nginx on two;
#   3. node B killed under that load: the answers nginx could not give.
# Writes target/bench/cluster.json. Needs PostgreSQL on 127.0.0.1:5432 (as the tests do); installs nginx-light and wrk.
#
#   bash bench/cluster.sh [SECONDS]      # default: 20 s per load measurement
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/search-and-s3.sh
source bench/lib/wrk.sh
seconds="${1:-20}"
db="${TURATH_BENCH_DB:-turath_bench_cluster}"
user="${TURATH_BENCH_DB_USER:-postgres}"
out="target/bench/cluster"
port_a=18091 port_b=18092 port_lb=18090 port_os=19201 port_s3=19301
run="$(date +%s)"
password="bench-$run-not-a-secret"

if ! command -v wrk >/dev/null || ! [ -x /usr/sbin/nginx ]; then
  apt-get install -y -qq --no-install-recommends wrk nginx-light >/dev/null
fi
rm -rf "$out"
mkdir -p "$out"
here="$(pwd)"

./mvnw -q -B -DskipTests package
bench_classpath "$out"
cp target/turath.jar "$out/turath.jar"
psql -h 127.0.0.1 -U "$user" -d postgres -qc "drop database if exists $db" -c "create database $db encoding 'UTF8' template template0"

node_pid_a="" node_pid_b=""
cleanup() {
  for pid in $node_pid_a $node_pid_b; do kill "$pid" 2>/dev/null || true; done
  [ -f "$out/nginx/nginx.pid" ] && kill "$(cat "$out/nginx/nginx.pid")" 2>/dev/null || true
  stop_test_servers
}
trap cleanup EXIT
wait_for() { # url seconds
  for _ in $(seq 1 "$2"); do curl -fs -o /dev/null "$1" && return 0; sleep 1; done
  echo "no answer from $1" >&2; return 1
}

# OpenSearch and S3Proxy, each in its JVM
start_opensearch "$out" "$port_os"
start_s3proxy "$out" "$port_s3" bench bench-secret
hold_test_servers "$out" "$port_os" "$port_s3"

export SPRING_PROFILES_ACTIVE=demo,elasticsearch TURATH_DEMO_PASSWORD="$password"
export TURATH_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" TURATH_DB_USER="$user" TURATH_DB_PASSWORD=""
export TURATH_SEARCH_URIS="http://127.0.0.1:$port_os" TURATH_FORWARD_HEADERS=native
export TURATH_STORAGE_TYPE=s3 TURATH_S3_ENDPOINT="http://127.0.0.1:$port_s3" TURATH_S3_BUCKET=turath TURATH_S3_CREATE_BUCKET=true \
       TURATH_S3_ACCESS_KEY=bench TURATH_S3_SECRET_KEY=bench-secret
start_node() { # name port; sets node_pid_NAME and started_ms
  local started
  started=$(date +%s%N)
  TURATH_STORAGE_DIR="$out/files-$1" java -Xmx1g -jar "$out/turath.jar" --server.port="$2" > "$out/node-$1.log" 2>&1 &
  eval "node_pid_$1=$!"
  wait_for "http://127.0.0.1:$2/actuator/health/readiness" 300
  started_ms=$(( ($(date +%s%N) - started) / 1000000 ))
}
# the first node loads the demo data and fills the index; the second finds both done
start_node a $port_a
start_a_ms=$started_ms
start_node b $port_b
start_b_ms=$started_ms
echo "node A ready in $start_a_ms ms, node B in $start_b_ms ms"

mkdir -p "$out/nginx/logs"
cat > "$out/nginx/nginx.conf" <<CONF
$( [ "$(id -u)" = 0 ] && echo "user root;" )
worker_processes 1;
pid $here/$out/nginx/nginx.pid;
error_log $here/$out/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  log_format upstream '\$request \$status via \$upstream_addr (\$upstream_status) \$request_time s';
  access_log $here/$out/nginx/logs/access.log upstream;
  client_body_temp_path $here/$out/nginx/body;
  proxy_temp_path $here/$out/nginx/proxy;
  client_max_body_size 100m;
  upstream turath {
    server 127.0.0.1:$port_a max_fails=1 fail_timeout=10s;
    server 127.0.0.1:$port_b max_fails=1 fail_timeout=10s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$port_lb;
    location / {
      proxy_pass http://turath;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_connect_timeout 2s;
      proxy_next_upstream error timeout;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
CONF
/usr/sbin/nginx -p "$here/$out/nginx" -c "$here/$out/nginx/nginx.conf"
lb="http://127.0.0.1:$port_lb"
wait_for "$lb/actuator/health/readiness" 10

# ---- 1. the journey
cookies="$out/cookies.txt"
steps=""
node_of() { case "$1" in *":$port_b") echo B ;; *":$port_a") echo A ;; *) echo "?" ;; esac; }
step() { # name curl-arguments... ; leaves the answer in $out/body and its headers in $out/head
  local name=$1; shift
  local result status seconds upstream
  result=$(curl -s -b "$cookies" -c "$cookies" -D "$out/head" -o "$out/body" -w '%{http_code} %{time_total}' "$@")
  status=${result% *}; seconds=${result#* }
  upstream=$(tr -d '\r' < "$out/head" | awk -F': ' 'tolower($1)=="x-upstream" {print $2}' | awk -F', ' '{print $NF}')
  printf '  %-28s %s on node %s (%s s)\n' "$name" "$status" "$(node_of "$upstream")" "$seconds"
  steps="$steps${steps:+,}
    {\"step\": \"$name\", \"status\": $status, \"node\": \"$(node_of "$upstream")\", \"seconds\": $seconds}"
}
csrf() { grep -o "$1" "$out/body" | head -n 1 | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//'; }
field() { grep -o "name=\"$1\" value=\"[^\"]*\"" "$out/body" | head -n 1 | sed 's/.*value="//; s/"$//'; }
word="zafarqand$run"

echo "journey through nginx:"
step "sign-in page" "$lb/en/login"
token=$(grep -o 'name="_csrf" value="[^"]*"' "$out/body" | head -n 1 | sed 's/.*value="//; s/"$//')
step "sign in" --data-urlencode "email=admin@demo.turath.invalid" --data-urlencode "password=$password" \
  --data-urlencode "lang=en" --data-urlencode "_csrf=$token" "$lb/login"
step "new item form" "$lb/en/admin/heritage/new"
token=$(grep -o 'name="_csrf" value="[^"]*"' "$out/body" | head -n 1 | sed 's/.*value="//; s/"$//')
submission=$(field submission)
step "save the new item" --data-urlencode "_csrf=$token" --data-urlencode "submission=$submission" \
  --data-urlencode "kind=TANGIBLE_CULTURAL" --data-urlencode "nameEn=Bench medina $word" --data-urlencode "nameAr=مدينة العقدتين" \
  --data-urlencode "descriptionEn=Walls seen from node to node, $word." --data-urlencode "states=MA" "$lb/en/admin/heritage/new"
reference=$(tr -d '\r' < "$out/head" | awk -F': ' 'tolower($1)=="location" {print $2}' | grep -o 'IWH-[0-9]*')
echo "  made $reference"
step "item page (back office)" "$lb/en/admin/heritage/$reference"
token=$(grep -o 'name="_csrf" value="[^"]*"' "$out/body" | head -n 1 | sed 's/.*value="//; s/"$//')
printf '%s' 'iVBORw0KGgoAAAANSUhEUgAAAHgAAABQCAIAAABd+SbeAAAAqElEQVR42u3aUQkAIBBEQZsYwQBWMYGVrGMMAxjDFseBAy/B/O6WNZsCKghAgxZo0KApgAYt0Gmhax8KCDRo0AINGjQC0KAFOi/0PVsBgQYNWqBBg0YAGrRA54U2m1rBQQs0aNAUQIMWaNDepJZTKzhogQYNWqBBCzRob1JZwUELNGjQAg1aoEF7k8oKDlqgQYMWaNACDdqbVFZw0AINGrRAgxZo0J/2AAT2qI8/jyQxAAAAAElFTkSuQmCC' \
  | base64 -d > "$out/photo.png"
step "add a photograph" -F "_csrf=$token" -F "captionEn=The gate of $word" -F "credit=© Turath bench, CC BY 4.0" \
  -F "file=@$out/photo.png;type=image/png" "$lb/en/admin/heritage/$reference/media"
step "item page (back office)" "$lb/en/admin/heritage/$reference"
image=$(grep -o '/media/[0-9a-f-]\{36\}/thumb' "$out/body" | head -n 1 | cut -d/ -f3)

echo "  node A killed (SIGKILL)"
kill -9 "$node_pid_a"
wait "$node_pid_a" 2>/dev/null || true
for target in IN_REVIEW PUBLISHED; do
  step "item page (back office)" "$lb/en/admin/heritage/$reference"
  token=$(grep -o 'name="_csrf" value="[^"]*"' "$out/body" | head -n 1 | sed 's/.*value="//; s/"$//')
  version=$(field version)
  step "move to $target" --data-urlencode "_csrf=$token" --data-urlencode "target=$target" --data-urlencode "version=$version" \
    "$lb/en/admin/heritage/$reference/publication"
done
published_at=$(date +%s%N)

photo_sha=$(sha256sum "$out/photo.png" | cut -d' ' -f1)
check_node() { # name port → JSON of what the node shows
  local base="http://127.0.0.1:$2" page_ok=false photo_ok=false found=0 waited_ms
  # into files first: grep -q would stop reading early, and pipefail would count curl's broken pipe as a failure
  curl -fs "$base/en/heritage/$reference" -o "$out/seen-page.html" || true
  grep -q "Bench medina $word" "$out/seen-page.html" && page_ok=true
  curl -fs "$base/media/$image" -o "$out/seen-photo.png" || true
  [ "$(sha256sum < "$out/seen-photo.png" | cut -d' ' -f1)" = "$photo_sha" ] && photo_ok=true
  for _ in $(seq 1 100); do
    found=$(curl -fs "$base/api/v1/search?q=$word&lang=en" | grep -o '"total":[0-9]*' | cut -d: -f2)
    [ "${found:-0}" -gt 0 ] && break
    sleep 0.05
  done
  waited_ms=$(( ($(date +%s%N) - published_at) / 1000000 ))
  echo "  node $1: page $page_ok, photograph $photo_ok, search hits ${found:-0} (checked ${waited_ms} ms after publishing)" >&2
  echo "{\"page\": $page_ok, \"photographSha256Matches\": $photo_ok, \"searchHits\": ${found:-0}, \"checkedMsAfterPublishing\": $waited_ms}"
}
seen_b=$(check_node B $port_b)
rm -rf "$out/files-a"
start_node a $port_a
restart_a_ms=$started_ms
echo "node A started again on an empty file cache in $restart_a_ms ms"
seen_a=$(check_node A $port_a)

# ---- 2. throughput: one node, then both through nginx (the same 2 cores serve wrk, nginx and the nodes)
page="/en/heritage/$reference?drawn=1"
for _ in 1 2; do wrk -t2 -c32 -d5s "http://127.0.0.1:$port_a$page" >/dev/null; wrk -t2 -c32 -d5s "http://127.0.0.1:$port_b$page" >/dev/null; done
wrk -t2 -c32 -d"${seconds}s" --timeout 10s --latency "http://127.0.0.1:$port_a$page" > "$out/wrk-one-node.txt"
wrk -t2 -c32 -d"${seconds}s" --timeout 10s --latency "$lb$page" > "$out/wrk-two-nodes.txt"
echo "one node: $(wrk_json "$out/wrk-one-node.txt")"
echo "two nodes through nginx: $(wrk_json "$out/wrk-two-nodes.txt")"

# ---- 3. node B killed a third of the way into the load
log_lines=$(wc -l < "$out/nginx/logs/access.log")
wrk -t2 -c32 -d"${seconds}s" --timeout 10s --latency "$lb$page" > "$out/wrk-kill.txt" &
wrk_pid=$!
sleep $(( seconds / 3 ))
kill -9 "$node_pid_b"
wait "$wrk_pid"
# what nginx answered during that load: failures (5xx), and requests the killed node dropped that went to the other
tail -n +"$((log_lines + 1))" "$out/nginx/logs/access.log" > "$out/kill-access.log"
kill_failed=$(awk '$4 ~ /^5/' "$out/kill-access.log" | wc -l)
kill_retried=$(grep -c 'via [0-9.:]*, ' "$out/kill-access.log" || true)
kill_answered=$(awk '$4 ~ /^[23]/' "$out/kill-access.log" | wc -l)
echo "node B killed under load: $(wrk_json "$out/wrk-kill.txt"); nginx: $kill_answered answered, $kill_retried sent again to node A, $kill_failed failed"

cat > target/bench/cluster.json <<JSON
{
  "date": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "cpus": $(nproc),
  "setup": "two nodes (java -Xmx1g, profiles demo and elasticsearch) on one PostgreSQL database, one OpenSearch 2.19 node and one S3Proxy bucket, nginx round robin in front, all on this machine",
  "items": $(psql -h 127.0.0.1 -U "$user" -d "$db" -Atc "select count(*) from heritage_item"),
  "startMs": {"nodeA": $start_a_ms, "nodeB": $start_b_ms, "nodeAAgainOnAnEmptyFileCache": $restart_a_ms},
  "journey": [$steps
  ],
  "afterNodeAWasKilled": {"nodeB": $seen_b, "nodeAStartedAgain": $seen_a},
  "wrk": "2 threads, 32 connections, $seconds s, a heritage page drawn for every request ($page)",
  "oneNode": $(wrk_json "$out/wrk-one-node.txt"),
  "twoNodesThroughNginx": $(wrk_json "$out/wrk-two-nodes.txt"),
  "nodeBKilledUnderLoad": $(wrk_json "$out/wrk-kill.txt"),
  "nodeBKilledUnderLoadAtNginx": {"answered": $kill_answered, "sentAgainToNodeA": $kill_retried, "failed5xx": $kill_failed}
}
JSON
cat target/bench/cluster.json
