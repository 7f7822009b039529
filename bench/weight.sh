#!/usr/bin/env bash
# Page weight: the bytes a visitor's browser transfers for each kind of Arabic page (home, heritage page
# with its map, map, search, the List, a state, news, trainings) on a first visit with an empty cache and
# on the next page of the same kind, measured by Debian's chromium through the DevTools protocol at phone
# width (390 × 844). The portal runs on its embedded default with the demo data. Writes
# target/bench/weight.json. Installs chromium and the node packages of bench/browser when missing.
#
#   bash bench/weight.sh [WIDTH]      # default 390
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/demo-portal.sh
width="${1:-390}"
port=18070
mkdir -p target/bench
browser_tools
start_demo_portal weight $port
node bench/browser/weight.mjs "http://127.0.0.1:$port" target/bench/weight.json "$width"
