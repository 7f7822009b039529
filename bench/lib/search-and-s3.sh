# Sourced by the several-node benchmarks: the suite's own OpenSearch node and S3Proxy server (from Maven Central,
# nothing else downloaded), each in a JVM of its own, living while the sourcing script holds file descriptor 7 open.
# Needs the test classes and the test class path: run ./mvnw -DskipTests package first.
#   bench_classpath OUT                     # writes OUT/classpath.txt
#   start_opensearch OUT PORT               # data in OUT/opensearch, log in OUT/opensearch.log
#   start_s3proxy OUT PORT ACCESS SECRET    # data in OUT/s3, log in OUT/s3proxy.log
# Call hold_test_servers once after starting them; closing descriptor 7 (or the script's end) stops them.
bench_classpath() {
  ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$1/classpath.txt" >/dev/null
}

start_opensearch() {
  local out=$1 port=$2
  [ -p "$out/hold" ] || mkfifo "$out/hold"
  mkdir -p "$out/opensearch"
  java -Xms512m -Xmx1g -da:org.opensearch... -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.core.impl.Log4jContextFactory \
    -cp "target/test-classes:$(cat "$out/classpath.txt")" org.turath.support.opensearch.OpenSearchNode "$port" "$(pwd)/$out/opensearch" \
    < "$out/hold" > "$out/opensearch.log" 2>&1 &
  TEST_SERVER_PIDS+=($!)
}

start_s3proxy() {
  local out=$1 port=$2 access=$3 secret=$4
  [ -p "$out/hold" ] || mkfifo "$out/hold"
  mkdir -p "$out/s3/data"
  cat > "$out/s3/s3proxy.conf" <<CONF
s3proxy.endpoint=http://127.0.0.1:$port
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$access
s3proxy.credential=$secret
jclouds.provider=filesystem
jclouds.filesystem.basedir=$(pwd)/$out/s3/data
CONF
  java -Xmx256m -cp "target/test-classes:target/s3proxy/s3proxy.jar" org.turath.support.s3.S3ProxyServer "$(pwd)/$out/s3/s3proxy.conf" \
    < "$out/hold" > "$out/s3proxy.log" 2>&1 &
  TEST_SERVER_PIDS+=($!)
}

# opens the pipe the servers read (they start once it is open) and waits until they answer
hold_test_servers() { # OUT [OPENSEARCH_PORT] [S3_PORT]
  local out=$1 os_port=${2:-} s3_port=${3:-}
  exec 7> "$out/hold"
  if [ -n "$os_port" ]; then
    for _ in $(seq 1 180); do [ -f "$out/opensearch/turath-opensearch-ready" ] && break; sleep 1; done
    [ -f "$out/opensearch/turath-opensearch-ready" ] || { echo "OpenSearch did not start: $out/opensearch.log" >&2; return 1; }
  fi
  if [ -n "$s3_port" ]; then
    for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$s3_port/" && return 0; sleep 1; done
    echo "S3Proxy did not start: $out/s3proxy.log" >&2; return 1
  fi
}

stop_test_servers() {
  exec 7>&- 2>/dev/null || true
  for pid in "${TEST_SERVER_PIDS[@]}"; do
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill "$pid" 2>/dev/null || true
  done
  TEST_SERVER_PIDS=()
}
TEST_SERVER_PIDS=()
