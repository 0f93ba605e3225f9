#!/usr/bin/env bash
# Benchmark: time from `java -jar` of the production build to readiness, and resident memory after start.
# Builds the production jar (unless SKIP_BUILD=1), then measures three ways, RUNS times each, each on a fresh
# embedded database (so migrations and demo data are part of the start):
#   1. java -jar on the fat jar
#   2. java -jar on the extracted jar (java -Djarmode=tools ... extract)
#   3. the extracted jar with a JDK AOT cache (JDK 25: -XX:AOTCacheOutput training run, then -XX:AOTCache)
# Usage: bash bench/startup.sh   (JAVA_HOME must be a JDK >= 25 for the AOT cache; 21 skips step 3)
set -euo pipefail
cd "$(dirname "$0")/.."
# A production jar has demo data only when asked for explicitly (and then uses the development key).
export SUS_DEMO_DATA=true
RUNS=${RUNS:-3}
PORT=${PORT:-18080}
JAVA=${JAVA_HOME:?set JAVA_HOME}/bin/java
[[ "${SKIP_BUILD:-0}" == 1 ]] || ./mvnw -B -q -ntp -Pproduction -DskipTests package
JAR=$(ls target/sus-*.jar | head -1)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

measure() { # dir, java args...
  local dir=$1; shift
  rm -rf "$dir/data"
  local start end pid rss
  start=$(date +%s%N)
  (cd "$dir" && exec "$JAVA" "$@" --server.port="$PORT" > "$dir/app.log" 2>&1) &
  pid=$!
  until curl -sf "localhost:$PORT/actuator/health/readiness" > /dev/null; do
    kill -0 $pid 2>/dev/null || { echo "application died, see $dir/app.log"; tail -5 "$dir/app.log"; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  sleep 5
  rss=$(ps -o rss= -p $pid)
  printf '  ready after %.2f s, RSS 5 s after readiness %d MiB\n' "$(echo "($end - $start)/1000000000" | bc -l)" $((rss / 1024))
  kill $pid; wait $pid 2>/dev/null || true
}

mkdir -p "$WORK/fat" && cp "$JAR" "$WORK/fat/sus.jar"
echo "java -jar sus.jar (fat jar):"
for _ in $(seq "$RUNS"); do measure "$WORK/fat" -jar sus.jar; done

"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/x" > /dev/null
mv "$WORK/x/$(basename "$JAR")" "$WORK/x/sus.jar"
echo "java -jar sus.jar (extracted):"
for _ in $(seq "$RUNS"); do measure "$WORK/x" -jar sus.jar; done

if "$JAVA" -XX:AOTCacheOutput=/dev/null -version > /dev/null 2>&1; then
  (cd "$WORK/x" && "$JAVA" -XX:AOTCacheOutput=sus.aot -Dspring.context.exit=onRefresh -jar sus.jar \
      --spring.datasource.url=jdbc:h2:mem:train > train.log 2>&1)
  echo "java -XX:AOTCache=sus.aot -jar sus.jar (extracted, AOT cache):"
  for _ in $(seq "$RUNS"); do measure "$WORK/x" -XX:AOTCache=sus.aot -jar sus.jar; done
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load $(cut -d' ' -f1-3 /proc/loadavg); $("$JAVA" -version 2>&1 | head -1)"
