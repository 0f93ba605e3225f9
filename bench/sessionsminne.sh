#!/usr/bin/env bash
# Benchmark: live heap per UI session (issue 14) on the production jar with the embedded database and demo data.
# Starts the jar, opens WARM (5) + COUNT (25) sessions per page in one headless Chromium and reads the live heap
# with jcmd GC.class_histogram (full GC) before and after; see bench/sessionsminne.py for what a session is.
# Usage: bash bench/sessionsminne.sh [dashboard] [grid]   (SKIP_BUILD=1 uses target/sus-*.jar as it is)
# Needs chromium and chromium-driver (Debian packages) and a JDK >= 21 in JAVA_HOME.
set -euo pipefail
cd "$(dirname "$0")/.."
export SUS_DEMO_DATA=true
PORT=${PORT:-18095}
DRIVER_PORT=${DRIVER_PORT:-9595}
JAVA_HOME=${JAVA_HOME:?set JAVA_HOME}
[[ "${SKIP_BUILD:-0}" == 1 ]] || ./mvnw -B -q -ntp -Pproduction -DskipTests package
JAR=$(ls target/sus-*.jar | head -1)
WORK=$(mktemp -d)
cp "$JAR" "$WORK/sus.jar"
cleanup() { kill "${APP:-}" "${DRV:-}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

(cd "$WORK" && exec "$JAVA_HOME/bin/java" -Xmx1g -jar sus.jar --server.port="$PORT" > app.log 2>&1) &
APP=$!
chromedriver --port="$DRIVER_PORT" > "$WORK/driver.log" 2>&1 &
DRV=$!
until curl -sf "127.0.0.1:$DRIVER_PORT/status" > /dev/null; do
  kill -0 "$DRV" 2>/dev/null || { cat "$WORK/driver.log"; exit 1; }
  sleep 0.2
done
until curl -sf "localhost:$PORT/actuator/health/readiness" > /dev/null; do
  kill -0 "$APP" 2>/dev/null || { tail -20 "$WORK/app.log"; exit 1; }
  sleep 0.5
done
APP_PID=$APP APP="http://localhost:$PORT" DRIVER="http://127.0.0.1:$DRIVER_PORT" JCMD="$JAVA_HOME/bin/jcmd" \
  VARM=${WARM:-5} ANTAL=${COUNT:-25} python3 bench/sessionsminne.py "$@"
echo "machine: $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
