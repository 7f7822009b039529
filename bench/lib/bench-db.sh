# Sourced by the benchmarks on PostgreSQL: a database of their own, holding the real UNESCO data plus synthetic items
# up to ITEMS (built with -Pbench, whose jar has the generator), the portal pointed at it.
#   bench_database DB USER ITEMS     # TURATH_BENCH_REUSE=1 keeps what a previous run left
bench_database() {
  local db=$1 user=$2 items=$3
  ./mvnw -q -B -Pbench -DskipTests package
  export TURATH_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" TURATH_DB_USER="$user" TURATH_DB_PASSWORD=""
  if [ "${TURATH_BENCH_REUSE:-0}" = 1 ]; then
    return 0
  fi
  psql -h 127.0.0.1 -U "$user" -d postgres -qc "drop database if exists $db" -c "create database $db encoding 'UTF8' template template0"
  java -jar target/turath.jar import src/main/resources/demo/whc-sites-2025-en-fr-ar.csv | tail -n 1
  local real
  real=$(psql -h 127.0.0.1 -U "$user" -d "$db" -Atc "select count(*) from heritage_item")
  if [ "$items" -gt "$real" ]; then
    java -jar target/turath.jar generate $((items - real)) | tail -n 1
  fi
}
