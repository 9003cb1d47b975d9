#!/usr/bin/env bash
# Shell functions shared by .ci/load-balanced and bench/galera.sh (sourced, not run): portal nodes from the production
# jar on loopback, and the test classes that drive them. The caller sets `work` (a scratch directory), defines `say`
# (prints one line) and kills every process id in the array `pids` when it exits.

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

wait_ready() { # port, seconds: until the node's readiness answers 200
  for _ in $(seq 1 $(( $2 * 5 ))); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/health/ready")" = 200 ] && return 0
    sleep 0.2
  done
  say "no readiness on port $1 after $2 s"; return 1
}

build_production_jar() { # sets jar: built from a copy, so the tests' target/ is left alone
  say "building the production jar"
  mkdir -p "$work/build/src"
  cp -r pom.xml mvnw .mvn migrations static "$work/build/"
  cp -r src/main "$work/build/src/"
  (cd "$work/build" && ./mvnw -B -ntp -q -Pproduction -Dmaven.test.skip=true package)
  jar="$work/build/target/frontdoor-all.jar"
  if unzip -l "$jar" | grep -q -i -E 'vorburger|junit|playwright'; then
    say "the production jar holds the embedded database or a test library"; return 1
  fi
  say "production jar: $(du -h "$jar" | cut -f1)"
}

test_classpath() { # sets cp: the compiled tests (the drivers) with every test dependency
  ./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test
  cp="target/test-classes:target/classes:$(cat "$work/cp.txt")"
}

start_node() { # number, port, the public base URL, proxy hops; DB_URL, DB_USER, DB_PASSWORD, DB_OWNER_USER and
  # DB_OWNER_PASSWORD from the caller; logs to $work/node-<number>.log; sets NODE_PID
  env PORT="$2" MANAGEMENT_PORT=-1 DB_URL="$DB_URL" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
      DB_OWNER_USER="$DB_OWNER_USER" DB_OWNER_PASSWORD="$DB_OWNER_PASSWORD" SMTP_DISABLED=true \
      FRONTDOOR_PROXY_HOPS="$4" FRONTDOOR_ENQUIRIES_PER_HOUR=100000 FRONTDOOR_BOOKINGS_PER_HOUR=100000 \
      FRONTDOOR_BASE_URL="$3" \
      FRONTDOOR_SHUTDOWN_DRAIN=2s \
      java -Xmx384m -jar "$jar" >>"$work/node-$1.log" 2>&1 &
  NODE_PID=$!
  pids+=("$NODE_PID")
}
