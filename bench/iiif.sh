#!/usr/bin/env bash
# IIIF benchmark: the portal's IIIF Image API against nginx serving the very same tile file, loaded with wrk in the
# same run. The portal starts on its embedded default with the demo data; the demo secretariat adds an object with a
# 10,000 × 8,000 pixel JPEG (made here with libvips), which is tiled in the background (the time it takes is
# measured), then published. Measured: one announced tile (sent as its file), the same file from nginx, a region
# drawn from the tiles, the whole image at 2048 pixels, and info.json. Writes target/bench/iiif.json.
# Installs wrk, nginx-light and libvips-tools when missing.
#
#   bash bench/iiif.sh [SECONDS]      # default: 20 s per measurement
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/wrk.sh
seconds="${1:-20}"
out="target/bench"
work="$out/iiif-portal"
port=18090
static_port=18091
mkdir -p "$out"

if ! command -v wrk >/dev/null || ! [ -x /usr/sbin/nginx ] || ! command -v vips >/dev/null; then
  apt-get install -y -qq --no-install-recommends wrk nginx-light libvips-tools >/dev/null
fi

./mvnw -q -B -DskipTests package
rm -rf "$work" && mkdir -p "$work"
# run from a copy: a rebuild while the benchmark runs must not pull the jar from under the portal
cp target/turath.jar "$work/turath.jar"
password="iiif-$(date +%s)-not-a-secret"
(cd "$work" && SPRING_PROFILES_ACTIVE=demo TURATH_DEMO_PASSWORD="$password" TURATH_PUBLIC_URL="http://127.0.0.1:$port" \
  exec java -Xmx1g -jar turath.jar --server.port="$port" > portal.log 2>&1) &
pids=($!)
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
live="http://127.0.0.1:$port"
for _ in $(seq 1 300); do curl -fs -o /dev/null "$live/actuator/health/readiness" && break; sleep 1; done
# the starter data loads after the portal answers
for _ in $(seq 1 120); do grep -q "Starter objects" "$work/portal.log" && break; sleep 1; done

# the image: 10,000 × 8,000 pixels of noise (the worst case for JPEG), saved at quality 90
vips gaussnoise "$work/noise.v" 10000 8000 --mean 128 --sigma 40
vips bandjoin "$work/noise.v $work/noise.v $work/noise.v" "$work/colour.v"
vips cast "$work/colour.v" "$work/colour8.v" uchar
vips jpegsave "$work/colour8.v" "$work/image.jpg" --Q 90
image_bytes=$(stat -c %s "$work/image.jpg")

cookies="$work/cookies.txt"
token() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
t=$(curl -fs -c "$cookies" -b "$cookies" "$live/en/login" | token)
curl -fs -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "email=secretariat@demo.turath.invalid" \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$t" "$live/login"
t=$(curl -fs -c "$cookies" -b "$cookies" "$live/en/admin/collections/new" | token)
object=$(curl -fs -o /dev/null -w '%{redirect_url}' -c "$cookies" -b "$cookies" --data-urlencode "_csrf=$t" \
  --data-urlencode "museum=iraq-museum" --data-urlencode "inventoryNumber=BENCH-$(date +%s)" \
  --data-urlencode "title.en=Benchmark image" --data-urlencode "objectType.en=Benchmark" --data-urlencode "demonstration=true" \
  "$live/en/admin/collections/new" | sed 's/?.*//')
t=$(curl -fs -c "$cookies" -b "$cookies" "$object" | token)
started=$(date +%s.%N)
curl -fs -o /dev/null -c "$cookies" -b "$cookies" -F "_csrf=$t" -F "credit=Benchmark" -F "licence=CC0" \
  -F "alt.en=Noise made for the benchmark" -F "image=@$work/image.jpg;type=image/jpeg" "$object/images"
uploaded=$(date +%s.%N)
for _ in $(seq 1 600); do
  curl -fs -c "$cookies" -b "$cookies" "$object" | grep -q 'text-bg-success">Ready' && break
  sleep 0.5
done
tiled=$(date +%s.%N)
page=$(curl -fs -c "$cookies" -b "$cookies" "$object")
image=$(echo "$page" | grep -o '/iiif/3/[0-9a-f-]\{36\}/info.json' | head -n 1 | sed 's|/info.json||')
version=$(echo "$page" | grep -o 'name="version" value="[0-9]*"' | head -n 1 | grep -o '[0-9]*')
t=$(echo "$page" | token)
curl -fs -o /dev/null -c "$cookies" -b "$cookies" -d "_csrf=$t&version=$version&shown=true" "$object/publication"
tiles=$(find "$work/data/files/iiif" -name '*.jpg' | wc -l)

# the static twin: the same tile file, from nginx
mkdir -p "$out/iiif-nginx/html" "$out/iiif-nginx/logs"
curl -fs "$live$image/0,0,512,512/512,/0/default.jpg" -o "$out/iiif-nginx/html/tile.jpg"
cat > "$out/iiif-nginx/nginx.conf" <<CONF
worker_processes 2;
pid $(pwd)/$out/iiif-nginx/nginx.pid;
error_log $(pwd)/$out/iiif-nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { image/jpeg jpg; }
  server { listen 127.0.0.1:$static_port; root $(pwd)/$out/iiif-nginx/html; etag on; }
}
CONF
/usr/sbin/nginx -p "$(pwd)/$out/iiif-nginx" -c "$(pwd)/$out/iiif-nginx/nginx.conf" -g "daemon off;" &
pids+=($!)
sleep 1

measure() { # name url connections
  wrk -t2 -c"$3" -d"${seconds}s" --latency "$2" > "$out/wrk-iiif-$1.txt"
}
read_wrk() { wrk_json "$out/wrk-iiif-$1.txt"; }
rps() { awk '/Requests\/sec/ {print $2}' "$out/wrk-iiif-$1.txt"; }

tile="$live$image/0,0,512,512/512,/0/default.jpg"
# the JIT warms up first
wrk -t2 -c32 -d5s "$tile" > /dev/null
wrk -t2 -c4 -d5s "$live$image/1000,1000,1500,1500/500,/0/default.jpg" > /dev/null
measure nginx "http://127.0.0.1:$static_port/tile.jpg" 64
measure tile "$tile" 64
measure deep-tile "$live$image/4096,4096,4096,3904/512,488/0/default.jpg" 64
measure info "$live$image/info.json" 64
measure region "$live$image/1000,1000,1500,1500/500,/0/default.jpg" 8
measure full "$live$image/full/max/0/default.jpg" 4

cat > "$out/iiif.json" <<JSON
{
  "date": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "machine": "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)",
  "tiler": "$(vips --version)",
  "image": {"width": 10000, "height": 8000, "bytes": $image_bytes, "uploadSeconds": $(echo "$uploaded - $started" | bc),
            "tilingSeconds": $(echo "$tiled - $uploaded" | bc), "tiles": $tiles},
  "secondsPerMeasurement": $seconds,
  "nginxSameTile": $(read_wrk nginx),
  "tile": $(read_wrk tile),
  "tileToNginx": $(awk -v a="$(rps tile)" -v b="$(rps nginx)" 'BEGIN { printf "%.3f", a / b }'),
  "tileAtScale8": $(read_wrk deep-tile),
  "infoJson": $(read_wrk info),
  "regionDrawn1500To500": $(read_wrk region),
  "fullAt2048": $(read_wrk full)
}
JSON
cat "$out/iiif.json"
