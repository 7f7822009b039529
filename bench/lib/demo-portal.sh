# Sourced by the browser benchmarks: builds the portal and starts it on its embedded default with the demo
# data (no database server), in a folder of its own under target/bench; stops it when the script exits.
#   start_demo_portal NAME PORT
start_demo_portal() {
  local name=$1 port=$2
  ./mvnw -q -B -DskipTests package
  local work="target/bench/$name-portal"
  rm -rf "$work" && mkdir -p "$work"
  # run from a copy: a rebuild while the benchmark runs must not pull the jar from under the portal
  cp target/turath.jar "$work/turath.jar"
  # its public address is the one the benchmark asks (canonical and hreflang links are absolute)
  (cd "$work" && SPRING_PROFILES_ACTIVE=demo TURATH_DEMO_PASSWORD="$name-$(date +%s)-not-a-secret" TURATH_PUBLIC_URL="http://127.0.0.1:$port" \
    exec java -Xmx1g -jar turath.jar --server.port="$port" --turath.search.startup-indexing=sync > portal.log 2>&1) &
  DEMO_PORTAL_PID=$!
  trap 'kill "$DEMO_PORTAL_PID" 2>/dev/null || true' EXIT
  for _ in $(seq 1 300); do curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" && return 0; sleep 1; done
  echo "the portal did not start: see $work/portal.log" >&2
  return 1
}

# chromium and the node packages of bench/browser
browser_tools() {
  [ -x /usr/bin/chromium ] || apt-get install -y -qq --no-install-recommends chromium >/dev/null
  command -v node >/dev/null || apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  (cd bench/browser && npm ci --no-audit --no-fund --silent)
}
