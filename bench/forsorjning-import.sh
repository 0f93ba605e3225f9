#!/usr/bin/env bash
# Benchmark (issue 6): import of a 5,000,000-row payments file into MariaDB by the application's own
# command-line import (validation included), next to MariaDB's LOAD DATA LOCAL INFILE of the same rows into the
# same table; then the open data API's server time for a kommun and for riket over 80 quarters on that data.
# Usage: bash bench/forsorjning-import.sh      (needs a production jar: ./mvnw -Pproduction -DskipTests package,
#        MariaDB reachable as root over the socket; ROWS, PORT and DB may be set)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA_HOME:?set JAVA_HOME}/bin/java
JAR=$(ls target/sus-*.jar | head -1)
DB=${DB:-sus_bench_fm}
PORT=${PORT:-18097}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; pkill -f "server.port=$PORT" 2>/dev/null || true' EXIT
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
  mariadb -u root -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci;
    CREATE USER IF NOT EXISTS 'sus_test'@'127.0.0.1' IDENTIFIED BY 'sus_test'; GRANT ALL ON $DB.* TO 'sus_test'@'127.0.0.1';"
}
run_app() { # args...
  SUS_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB?allowLocalInfile=true" SUS_DB_USER=sus_test SUS_DB_PASSWORD=sus_test \
  SUS_KRYPTERINGSNYCKEL="$KEY" SUS_DEMO_DATA=false "$JAVA" -Xmx512m -jar "$JAR" "$@"
}

# 1. MariaDB's own LOAD DATA into the same (empty, migrated) table.
fresh_db
run_app --server.port=$PORT > "$WORK/migrate.log" 2>&1 &
until curl -sf "localhost:$PORT/actuator/health/readiness" > /dev/null; do sleep 0.5; done
pkill -f "server.port=$PORT"; sleep 2
start=$(date +%s.%N)
mariadb --local-infile=1 -u root "$DB" -e "LOAD DATA LOCAL INFILE '$FILE' INTO TABLE forsorjning_utbetalning
  FIELDS TERMINATED BY ';' IGNORE 1 LINES (@kvartal, omrade, forman, belopp)
  SET ar = CAST(SUBSTRING(@kvartal, 1, 4) AS UNSIGNED), kv = CAST(SUBSTRING(@kvartal, 6, 1) AS UNSIGNED)"
load=$(echo "$(date +%s.%N) - $start" | bc)
echo "LOAD DATA LOCAL INFILE: $load s, $(echo "$ROWS / $load" | bc) rows/s"

# 2. The application's import (command line, no web server), validation included, into a fresh table.
fresh_db
run_app --server.port=$PORT > "$WORK/migrate2.log" 2>&1 &
until curl -sf "localhost:$PORT/actuator/health/readiness" > /dev/null; do sleep 0.5; done
pkill -f "server.port=$PORT"; sleep 2
start=$(date +%s.%N)
run_app import-forsorjning utbetalningar "$FILE" > "$WORK/import.log" 2>&1 || { tail -20 "$WORK/import.log"; exit 1; }
imp=$(echo "$(date +%s.%N) - $start" | bc)
echo "import-forsorjning (incl. JVM start): $imp s, $(echo "$ROWS / $imp" | bc) rows/s = $(echo "100 * $load / $imp" | bc) % of LOAD DATA"
tail -3 "$WORK/import.log"

# 3. API server time, warm, with the rows loaded (and population for every kommun).
mariadb -u root "$DB" -e "INSERT INTO forsorjning_befolkning (omrade, ar, befolkning_16_64)
  SELECT kod, 2026, 20000 FROM kommun"
run_app --server.port=$PORT > "$WORK/api.log" 2>&1 &
until curl -sf "localhost:$PORT/actuator/health/readiness" > /dev/null; do sleep 0.5; done
for url in "niva=kommun&kod=0180" "niva=riket"; do
  q="/api/v1/forsorjningsmatt?$url&fran=2010K1&till=2029K4"
  for _ in 1 2 3 4 5; do curl -s -o /dev/null "localhost:$PORT$q"; done
  times=$(for _ in 1 2 3 4 5; do curl -s -o /dev/null -w "%{time_total}\n" "localhost:$PORT$q"; done | sort -n | tr '\n' ' ')
  echo "API $url, 80 quarters, 5 warm runs (s, sorted): $times"
done
