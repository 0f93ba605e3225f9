#!/usr/bin/env bash
# SUS on two nodes as plain processes, for machines without Docker (issue 14, docs/operations.md):
#   MariaDB primary (own mariadbd, binary log) + replica (own mariadbd, read-only, GTID replication from the
#   primary), two application nodes from the production jar, HAProxy with sticky sessions (cookie SUSNOD) in front.
#
#   docker/kluster.sh start|stop|status   (databaser: only primary and replica)
#
# Environment: KLUSTER_DIR (default /tmp/sus-kluster: datadirs, logs, pids, haproxy.cfg), SUS_JAR (default
# target/sus-0.1.0-SNAPSHOT.jar, built with ./mvnw -B -ntp -Pproduction -DskipTests package), PRIMAR_PORT (3307),
# REPLIKA_PORT (3308), NOD_PORTAR ("8081 8082"), PROXY_PORT (8080), SUS_KRYPTERINGSNYCKEL (required unless
# SUS_DEMO_DATA=true; the same on both nodes), SUS_DB_PASSWORD (default: generated once and kept in KLUSTER_DIR).
# The machine's own MariaDB is never touched: both database servers are processes of this script.
set -euo pipefail

DIR=${KLUSTER_DIR:-/tmp/sus-kluster}
JAR=${SUS_JAR:-target/sus-0.1.0-SNAPSHOT.jar}
PRIMAR_PORT=${PRIMAR_PORT:-3307}
REPLIKA_PORT=${REPLIKA_PORT:-3308}
NOD_PORTAR=${NOD_PORTAR:-"8081 8082"}
PROXY_PORT=${PROXY_PORT:-8080}
DB=sus
KOR_SOM=$([ "$(id -u)" = 0 ] && echo mysql || id -un)

losenord() { # one password per cluster, kept beside the data (0600)
  local fil=$DIR/$1.losen
  [ -s "$fil" ] || (umask 077; openssl rand -hex 16 > "$fil")
  cat "$fil"
}

sql() { # sql <port> <statements>: as the server's root over its own socket
  mariadb --socket="$DIR/$1.sock" -u root -e "$2"
}

starta_mariadb() { # starta_mariadb <namn> <port> <server-id> <extra options...>
  local namn=$1 port=$2 id=$3; shift 3
  if [ ! -d "$DIR/$namn" ]; then
    mariadb-install-db --datadir="$DIR/$namn" --user="$KOR_SOM" --auth-root-authentication-method=socket \
      --skip-test-db > "$DIR/$namn-install.log" 2>&1
  fi
  mariadbd --no-defaults --datadir="$DIR/$namn" --user="$KOR_SOM" --port="$port" --bind-address=127.0.0.1 \
    --socket="$DIR/$namn.sock" --pid-file="$DIR/$namn.pid" --log-error="$DIR/$namn.err" \
    --server-id="$id" --log-bin=mariadb-bin --binlog-format=ROW --innodb-buffer-pool-size=256M \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_swedish_ci "$@" &
  for _ in $(seq 60); do
    mariadb --socket="$DIR/$namn.sock" -u root -e 'select 1' > /dev/null 2>&1 && return 0
    sleep 1
  done
  echo "mariadbd $namn did not start, see $DIR/$namn.err" >&2; exit 1
}

starta_databaser() {
  # mariadbd runs as mysql when the script runs as root: it needs the directory for its socket and pid file.
  [ "$KOR_SOM" = mysql ] && chown mysql "$DIR"
  local pw repl; pw=$(losenord sus); repl=$(losenord repl)
  starta_mariadb primar "$PRIMAR_PORT" 1
  sql primar "CREATE DATABASE IF NOT EXISTS $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci;
    CREATE USER IF NOT EXISTS 'sus'@'127.0.0.1' IDENTIFIED BY '$pw'; GRANT ALL ON $DB.* TO 'sus'@'127.0.0.1';
    CREATE USER IF NOT EXISTS 'repl'@'127.0.0.1' IDENTIFIED BY '$repl';
    GRANT REPLICATION SLAVE ON *.* TO 'repl'@'127.0.0.1';"
  local ny=0; [ -d "$DIR/replika" ] || ny=1
  starta_mariadb replika "$REPLIKA_PORT" 2 --read-only=1 --replicate-do-db="$DB"
  if [ "$ny" = 1 ]; then
    # A consistent copy of the primary and the GTID position it was taken at, then replication from there.
    mariadb-dump --socket="$DIR/primar.sock" -u root --single-transaction --gtid --master-data=1 \
      --databases "$DB" > "$DIR/replika-start.sql"
    sql replika "CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=$PRIMAR_PORT, MASTER_USER='repl',
      MASTER_PASSWORD='$repl';"
    mariadb --socket="$DIR/replika.sock" -u root < "$DIR/replika-start.sql"
    # The dump set gtid_slave_pos; replicate from there by GTID (survives restarts of either side).
    sql replika "CHANGE MASTER TO MASTER_USE_GTID=slave_pos;
      CREATE USER IF NOT EXISTS 'sus'@'127.0.0.1' IDENTIFIED BY '$pw'; GRANT SELECT ON $DB.* TO 'sus'@'127.0.0.1';"
  fi
  sql replika "START SLAVE;"
}

starta_noder() {
  local pw; pw=$(losenord sus)
  for port in $NOD_PORTAR; do
    SUS_DB_URL="jdbc:mariadb://127.0.0.1:$PRIMAR_PORT/$DB" SUS_DB_REPLIKA_URL="jdbc:mariadb://127.0.0.1:$REPLIKA_PORT/$DB" \
    SUS_DB_USER=sus SUS_DB_PASSWORD="$pw" PORT=$port \
      nohup java -XX:MaxRAMPercentage=25 -jar "$JAR" > "$DIR/nod-$port.log" 2>&1 &
    echo $! > "$DIR/nod-$port.pid"
    # One at a time: the first start runs Liquibase, which the second must not race.
    for _ in $(seq 180); do
      curl -fs "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null && break
      sleep 1
    done
  done
}

starta_proxy() {
  { cat <<CFG
global
    maxconn 2000
defaults
    mode http
    timeout connect 5s
    timeout client 60s
    timeout server 60s
    option forwardfor
frontend sus
    bind 127.0.0.1:$PROXY_PORT
    default_backend noder
backend noder
    balance roundrobin
    cookie SUSNOD insert indirect nocache httponly
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
CFG
    for port in $NOD_PORTAR; do
      echo "    server nod$port 127.0.0.1:$port check inter 2s fall 2 rise 2 cookie nod$port"
    done; } > "$DIR/haproxy.cfg"
  haproxy -f "$DIR/haproxy.cfg" -D -p "$DIR/haproxy.pid"
}

stoppa_pid() { # stoppa_pid <file>: the process this script started, by its id
  [ -s "$1" ] || return 0
  local pid; pid=$(cat "$1")
  kill "$pid" 2> /dev/null && for _ in $(seq 30); do kill -0 "$pid" 2> /dev/null || break; sleep 1; done
  rm -f "$1"
}

case "${1:-}" in
  start)
    mkdir -p "$DIR"
    [ -f "$JAR" ] || { echo "no $JAR: ./mvnw -B -ntp -Pproduction -DskipTests package" >&2; exit 1; }
    starta_databaser
    starta_noder
    starta_proxy
    echo "SUS on http://127.0.0.1:$PROXY_PORT (nodes $NOD_PORTAR, primary $PRIMAR_PORT, replica $REPLIKA_PORT)"
    ;;
  databaser) # only primary and replica, e.g. to try the replication or to run nodes by hand
    mkdir -p "$DIR"
    starta_databaser
    ;;
  stop)
    stoppa_pid "$DIR/haproxy.pid"
    for port in $NOD_PORTAR; do stoppa_pid "$DIR/nod-$port.pid"; done
    stoppa_pid "$DIR/replika.pid"
    stoppa_pid "$DIR/primar.pid"
    ;;
  status)
    for port in $NOD_PORTAR; do
      printf 'nod %s: %s\n' "$port" "$(curl -fs "http://127.0.0.1:$port/actuator/health/readiness" || echo nere)"
    done
    [ -S "$DIR/replika.sock" ] && sql replika "SHOW SLAVE STATUS\G" | grep -E 'Running|Seconds_Behind|Gtid_IO_Pos' || echo "replika: nere"
    [ -s "$DIR/haproxy.pid" ] && echo "haproxy: pid $(cat "$DIR/haproxy.pid")" || echo "haproxy: nere"
    ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
