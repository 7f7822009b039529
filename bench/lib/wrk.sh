# Sourced by the load benchmarks: what wrk reported, as JSON — requests/s, p50/p99 in milliseconds, non-2xx/3xx
# answers and socket errors (connect, read, write, timeout).
#   wrk_json FILE
wrk_json() {
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx or 3xx/ { errors += $NF }
    /Socket errors/ { gsub(",", ""); socket = $4 + $6 + $8 + $10 }
    END { printf "{\"requestsPerSecond\": %.1f, \"p50Ms\": %.3f, \"p99Ms\": %.3f, \"non2xx3xx\": %d, \"socketErrors\": %d}", rps, p50, p99, errors, socket }
  ' "$1"
}
