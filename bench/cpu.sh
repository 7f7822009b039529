#!/usr/bin/env bash
# CPU per request: what one address costs the portal's JVM in processor time, whatever the machine's load or the
# JIT's warm-up does to the request rate. Loads a portal already running on this machine (PORT) with wrk, reads the
# JVM's user and system time from /proc around each round, and writes the rate and the CPU milliseconds per request
# of every round to target/bench/cpu.json (a line per round, appended). The first rounds are the JIT's warm-up:
# compare builds by their last rounds, after the same load.
#
#   TURATH_BENCH_LABEL=<build> bash bench/cpu.sh PORT PATH [SECONDS] [ROUNDS]     # defaults: 30 s, 6 rounds
set -euo pipefail
cd "$(dirname "$0")/.."
port="$1"
path="$2"
seconds="${3:-30}"
rounds="${4:-6}"
# what the lines are of (a build, a commit): TURATH_BENCH_LABEL
label="${TURATH_BENCH_LABEL:-}"
out="target/bench"
mkdir -p "$out"
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }
pid=$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
[ -n "$pid" ] || { echo "nothing listens on port $port" >&2; exit 1; }
ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
for round in $(seq 1 "$rounds"); do
  before=$(cpu)
  report=$(wrk -t2 -c16 -d"${seconds}s" "http://127.0.0.1:$port$path")
  after=$(cpu)
  requests=$(echo "$report" | grep -o '[0-9]* requests in' | cut -d' ' -f1)
  rate=$(echo "$report" | awk '/Requests\/sec/ {print $2}')
  errors=$(echo "$report" | awk '/Non-2xx/ {print $NF}')
  line=$(printf '{"label": "%s", "path": "%s", "round": %d, "seconds": %d, "requests": %d, "perSecond": %s, "cpuMsPerRequest": %.3f, "non2xx": %d}' \
    "$label" "$path" "$round" "$seconds" "$requests" "$rate" "$(awk -v a="$after" -v b="$before" -v t="$ticks" -v r="$requests" 'BEGIN {print (a - b) * 1000 / t / r}')" "${errors:-0}")
  echo "$line" | tee -a "$out/cpu.json"
done
