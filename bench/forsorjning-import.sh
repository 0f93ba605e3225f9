#!/usr/bin/env bash
# Benchmark (issue 6): import of a 5,000,000-row payments file into MariaDB by the application's own
# command-line import (validation included), next to MariaDB's LOAD DATA LOCAL INFILE of the same rows into the
# same table; then the open data API's server time for a kommun and for riket over 80 quarters on that data.
# Usage: bash bench/forsorjning-import.sh      (needs a production jar: ./mvnw -Pproduction -DskipTests package;
#        DB (default sus_bench_fm) is dropped and created by DB_USER/DB_PASSWORD (default sus_test/sus_test) over
#        TCP, so that user needs all rights on it; QUARTERS and PORT may be set)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA_HOME:?set JAVA_HOME}/bin/java
JAR=$(ls target/sus-*.jar | head -1)
DB=${DB:-sus_bench_fm}
DB_USER=${DB_USER:-sus_test}
DB_PASSWORD=${DB_PASSWORD:-sus_test}
PORT=${PORT:-18097}
WORK=$(mktemp -d)
APP=
trap 'rm -rf "$WORK"; [ -z "$APP" ] || kill "$APP" 2>/dev/null || true' EXIT
sql() { mariadb -h127.0.0.1 -u"$DB_USER" -p"$DB_PASSWORD" "$@"; }
KEY=$(head -c32 /dev/urandom | base64)

# 290 kommuner × 9 benefits × quarters: 1916 quarters give 5,000,760 rows (years from 1550: any YYYY is valid).
FILE="$WORK/utbetalningar.csv"
cut -d';' -f1 src/main/resources/db/data/kommuner.csv | tail -n +2 > "$WORK/kommuner"
awk -v q="${QUARTERS:-1916}" 'BEGIN { split("SJP SA AE AKASSA AKST ETAB EKB EKB_FLYKT INTRO", f, " ");
  print "kvartal;omrade;forman;belopp_kr" }
  { k[NR] = $1 } END { srand(7); for (i = 0; i < q; i++) { ar = 2029 - int(i / 4); kv = 4 - i % 4;
    for (j = 1; j in k; j++) for (b = 1; b <= 9; b++) printf "%dK%d;%s;%s;%.2f\n", ar, kv, k[j], f[b], rand() * 5e6 } }' \
  "$WORK/kommuner" > "$FILE"
ROWS=$(($(wc -l < "$FILE") - 1))
echo "file: $ROWS rows, $(du -h "$FILE" | cut -f1)"

fresh_db() {
  sql -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci;"
}
run_app() { # args...
  SUS_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" SUS_DB_USER="$DB_USER" SUS_DB_PASSWORD="$DB_PASSWORD" \
  SUS_KRYPTERINGSNYCKEL="$KEY" SUS_DEMO_DATA=false "$JAVA" -Xmx512m -jar "$JAR" "$@"
}
start_app() { # the web server in the background; its process id in APP
  ( exec env SUS_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" SUS_DB_USER="$DB_USER" \
      SUS_DB_PASSWORD="$DB_PASSWORD" SUS_KRYPTERINGSNYCKEL="$KEY" SUS_DEMO_DATA=false \
      "$JAVA" -Xmx512m -jar "$JAR" --server.port=$PORT ) > "$1" 2>&1 &
  APP=$!
  until curl -sf "localhost:$PORT/actuator/health/readiness" > /dev/null; do sleep 0.5; done
}
stop_app() { kill "$APP"; wait "$APP" 2>/dev/null || true; APP=; }

# 1. MariaDB's own LOAD DATA into the same (empty, migrated) table.
fresh_db
start_app "$WORK/migrate.log"
stop_app
start=$(date +%s.%N)
sql --local-infile=1 "$DB" -e "LOAD DATA LOCAL INFILE '$FILE' INTO TABLE forsorjning_utbetalning
  FIELDS TERMINATED BY ';' IGNORE 1 LINES (@kvartal, omrade, forman, belopp)
  SET ar = CAST(SUBSTRING(@kvartal, 1, 4) AS UNSIGNED), kv = CAST(SUBSTRING(@kvartal, 6, 1) AS UNSIGNED)"
load=$(echo "$(date +%s.%N) - $start" | bc)
echo "LOAD DATA LOCAL INFILE: $load s, $(echo "$ROWS / $load" | bc) rows/s"

# 2. The application's import (command line, no web server), validation included, into a fresh table.
fresh_db
start_app "$WORK/migrate2.log"
stop_app
start=$(date +%s.%N)
run_app import-forsorjning utbetalningar "$FILE" > "$WORK/import.log" 2>&1 || { tail -20 "$WORK/import.log"; exit 1; }
imp=$(echo "$(date +%s.%N) - $start" | bc)
echo "import-forsorjning (incl. JVM start): $imp s, $(echo "$ROWS / $imp" | bc) rows/s = $(echo "100 * $load / $imp" | bc) % of LOAD DATA"
tail -3 "$WORK/import.log"

# 3. API server time, warm, with the rows loaded: first with population for one year for every kommun, then for
#    every year.
api() {
  start_app "$WORK/api.log"
  for url in "niva=kommun&kod=0180" "niva=lan&kod=01" "niva=riket"; do
    q="/api/v1/forsorjningsmatt?$url&fran=2010K1&till=2029K4"
    for _ in 1 2 3 4 5; do curl -s -o /dev/null "localhost:$PORT$q"; done
    times=$(for _ in 1 2 3 4 5; do curl -s -o /dev/null -w "%{time_total}\n" "localhost:$PORT$q"; done | sort -n | tr '\n' ' ')
    echo "API $url, 80 quarters, $1, 5 warm runs (s, sorted): $times"
  done
  stop_app
}
sql "$DB" -e "INSERT INTO forsorjning_befolkning (omrade, ar, befolkning_16_64) SELECT kod, 2026, 20000 FROM kommun"
api "population 2026 only"
sql "$DB" -e "INSERT IGNORE INTO forsorjning_befolkning (omrade, ar, befolkning_16_64)
  SELECT k.kod, y.seq, 20000 FROM kommun k JOIN seq_1549_to_2029 y; ANALYZE TABLE forsorjning_befolkning"
api "population every year"
