#!/usr/bin/env bash
# Lighthouse (npm lighthouse 12, Debian's chromium, mobile emulation and throttling as Lighthouse sets them)
# on the Arabic home page, a heritage page, the map and a search: the performance, accessibility, best
# practices and SEO scores of each, written to target/bench/lighthouse.json (the full reports beside it).
# A benchmark, not a test: the scores move with the machine's load.
#
#   bash bench/lighthouse.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/demo-portal.sh
port=18071
out=target/bench
mkdir -p "$out/lighthouse"
browser_tools
start_demo_portal lighthouse $port
node bench/browser/lighthouse.mjs "http://127.0.0.1:$port" "$out/lighthouse.json" "$out/lighthouse"
