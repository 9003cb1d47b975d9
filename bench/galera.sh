#!/usr/bin/env bash
# Front Door on a three-node Galera cluster, all on loopback (issue 18). From the repository root:
#   bench/galera.sh                      # about 4-6 minutes on 2 cores
# Needs Debian's mariadb-server, galera-4, mariadb-backup and socat (apt-get install -y mariadb-server galera-4
# mariadb-backup socat), Java 17, curl. State transfers (SST) use mariabackup: rsync's, run as root, fails here.
# Starts three MariaDB/Galera nodes (data in bench/work/galera/db-N), the two database accounts, and two portal nodes
# from the production jar that both write to ONE Galera node (db-1) through MariaDB Connector/J's sequential failover
# list (docs/deployment.md). People send enquiries through one portal node and book information event places
# through the other while two officers race to claim each new work item; mid-load db-3 (not written to) is killed
# with SIGKILL and started again (it rejoins by IST), then db-1, the writer, is killed. Checks that everything the
# portal confirmed is stored exactly once and that the portal comes back on its own. Then, with db-1 back, portal
# node 2 is pointed at db-3 first (two writers: certification conflicts, retried by ADR 55), the nodes' rows are
# compared, and the writer is cut off from the others (a non-primary component) under a little more load.
# Writes bench/results/<date>-<commit>-galera.md. Settings: GALERA_PEOPLE (40), GALERA_TWO_WRITERS_PEOPLE (20),
# GALERA_PORT_BASE (24000: node N uses base+10N for SQL, +1 group communication, +2 IST, +3 SST),
# GALERA_ATTEMPTS (40 tries per page, half a second apart).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PEOPLE=${GALERA_PEOPLE:-40}
BASE_PORT=${GALERA_PORT_BASE:-24000} # below the kernel's ephemeral ports (32768+): a restarted node found its port taken
ATTEMPTS=${GALERA_ATTEMPTS:-40}
TWO_WRITERS_PEOPLE=${GALERA_TWO_WRITERS_PEOPLE:-20}
RUN_STARTED=$(date +%s)
LOAD_AT_START=$(cut -d" " -f1-3 /proc/loadavg)
work=$ROOT/bench/work/galera
rm -rf "$work" && mkdir -p "$work"
pids=()
declare -A DB_PIDS
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2> /dev/null || true; done
  for n in "${!DB_PIDS[@]}"; do kill "${DB_PIDS[$n]}" 2> /dev/null || true; done
  wait 2> /dev/null || true
}
trap cleanup EXIT
say() { echo "[galera $(date -u +%H:%M:%S)] $*"; }
SUMMARY=()
note() { say "$*"; SUMMARY+=("- $*"); }
FAILED=()
fail() { say "FAILED: $*"; FAILED+=("$*"); }
# shellcheck source=.ci/portal-nodes.sh
source .ci/portal-nodes.sh

for tool in /usr/sbin/mariadbd /usr/lib/galera/libgalera_smm.so /usr/bin/mariabackup /usr/bin/socat; do
  [[ -e $tool ]] || { say "$tool is missing: apt-get install -y mariadb-server galera-4 mariadb-backup socat"; exit 1; }
done

# --- the Galera cluster --------------------------------------------------------------------------------------
sql_port() { echo $(( BASE_PORT + 10 * $1 )); }
gcomm_port() { echo $(( BASE_PORT + 10 * $1 + 1 )); }
rootsql() { mariadb --no-defaults -uroot --socket="$work/db-$1/mysqld.sock" -N -B "${@:2}"; }
status_of() { rootsql "$1" -e "SHOW STATUS LIKE '$2'" 2> /dev/null | cut -f2; }
write_config() { # node
  local dir=$work/db-$1 members=""
  for m in 1 2 3; do members+="${members:+,}127.0.0.1:$(gcomm_port "$m")"; done
  mkdir -p "$dir/data"
  cat > "$dir/my.cnf" << CNF
[mariadbd]
datadir=$dir/data
socket=$dir/mysqld.sock
pid-file=$dir/mysqld.pid
log-error=$dir/error.log
port=$(sql_port "$1")
bind-address=127.0.0.1
user=root
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
default-time-zone=+00:00
max-connections=200
innodb-buffer-pool-size=128M
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
# Galera logs like a binary log even with log_bin off: without this the owner's first migration that makes a trigger
# fails with error 1419 (seen here) and leaves a failed migration to repair by hand
log_bin_trust_function_creators=1
${GALERA_EXTRA_CNF:-}
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=frontdoor-bench
wsrep_cluster_address=gcomm://$members
wsrep_node_name=db-$1
wsrep_node_address=127.0.0.1:$(gcomm_port "$1")
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$(gcomm_port "$1");ist.recv_addr=127.0.0.1:$(( $(gcomm_port "$1") + 1 ));gcache.size=128M"
wsrep_sst_method=mariabackup
wsrep_sst_auth=root:
wsrep_sst_receive_address=127.0.0.1:$(( $(gcomm_port "$1") + 2 ))
CNF
}
start_db() { # node [--wsrep-new-cluster]
  /usr/sbin/mariadbd --defaults-file="$work/db-$1/my.cnf" "${@:2}" >> "$work/db-$1/stdout.log" 2>&1 &
  DB_PIDS[$1]=$!
}
restart_db() { # node: after a crash, as Debian's galera_recovery does: InnoDB says where the node stopped, so that it
  # asks the others for the writes it missed (IST) rather than a whole copy (SST)
  local position
  /usr/sbin/mariadbd --defaults-file="$work/db-$1/my.cnf" --wsrep-recover --log-error="$work/db-$1/recover.log" \
    > /dev/null 2>&1 || true
  position=$(sed -n 's/.*WSREP: Recovered position: //p' "$work/db-$1/recover.log" | tail -1)
  if [[ -n $position ]]; then start_db "$1" --wsrep-start-position="$position"; else start_db "$1"; fi
}
state_transfer() { # node: how it last joined (a whole copy, or the writes it missed)
  local last
  last=$(grep -o -E 'mariabackup (SST|IST) completed on joiner' "$work/db-$1/error.log" | tail -1 | cut -d' ' -f2)
  echo "${last:-?}$( [[ $last == IST ]] && grep -o 'Receiving IST: [0-9]* writesets' "$work/db-$1/error.log" | tail -1 | sed 's/Receiving IST: / of /')"
}
wait_synced() { # node, seconds
  for _ in $(seq 1 $(( $2 * 5 ))); do
    [[ $(status_of "$1" wsrep_local_state_comment) == Synced ]] && return 0
    kill -0 "${DB_PIDS[$1]}" 2> /dev/null || break
    sleep 0.2
  done
  fail "db-$1 not synced after $2 s or stopped (see $work/db-$1/error.log)"; return 1
}
cluster_size() { status_of "$1" wsrep_cluster_size; }

say "MariaDB $(/usr/sbin/mariadbd --version | awk '{print $3}'), Galera $(dpkg-query -W -f='${Version}' galera-4 2> /dev/null)"
for n in 1 2 3; do write_config "$n"; done
mariadb-install-db --no-defaults --datadir="$work/db-1/data" --user=root --skip-name-resolve \
  --auth-root-authentication-method=normal > "$work/db-1/install.log" 2>&1
started=$(date +%s%N)
start_db 1 --wsrep-new-cluster
wait_synced 1 60
for n in 2 3; do start_db "$n"; wait_synced "$n" 120; done # each joins by SST (mariabackup) from a donor
note "cluster of $(cluster_size 1) nodes synced in $(( ($(date +%s%N) - started) / 1000000 )) ms (bootstrap db-1; db-2 and db-3 by mariabackup SST)"

say "the two accounts (docs/deployment.md#two-database-accounts), as a DBA would, on db-1"
rootsql 1 -e "CREATE DATABASE frontdoor CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER 'frontdoor_owner'@'%' IDENTIFIED BY 'galera-owner';
  GRANT ALL PRIVILEGES ON frontdoor.* TO 'frontdoor_owner'@'%' WITH GRANT OPTION;
  CREATE USER 'frontdoor'@'%' IDENTIFIED BY 'galera-portal';"
[[ $(rootsql 3 -e "SELECT COUNT(*) FROM mysql.user WHERE user LIKE 'frontdoor%'") == 2 ]] \
  || fail "the accounts made on db-1 are not on db-3"

# --- the portal ----------------------------------------------------------------------------------------------
build_production_jar
test_classpath
COMMIT=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src migrations pom.xml || echo "-dirty")
export DB_URL="jdbc:mariadb:sequential://127.0.0.1:$(sql_port 1),127.0.0.1:$(sql_port 2),127.0.0.1:$(sql_port 3)/frontdoor"
export DB_USER=frontdoor DB_PASSWORD=galera-portal DB_OWNER_USER=frontdoor_owner DB_OWNER_PASSWORD=galera-owner
p1=$(free_port); p2=$(free_port)
say "portal node 1 on $p1 migrates first (Flyway on Galera has no cluster-wide lock), then node 2 on $p2"
started=$(date +%s%N)
start_node 1 "$p1" "http://localhost:$p1" 0; wait_ready "$p1" 180 || { fail "portal node 1 did not start"; }
FIRST_START_MS=$(( ($(date +%s%N) - started) / 1000000 ))
start_node 2 "$p2" "http://localhost:$p2" 0; wait_ready "$p2" 180 || { fail "portal node 2 did not start"; }
node2=$NODE_PID
note "portal node 1 ready after ${FIRST_START_MS} ms (every migration on an empty schema through Galera)"
if ((${#FAILED[@]})); then tail -30 "$work/node-1.log"; exit 1; fi
grep -h -E 'Migrated as|Database ready' "$work/node-1.log" | sed 's/^/   /' | cut -c1-200 || true
writers() { # how many of the portal account's connections each Galera node holds
  local out=""
  for n in 1 2 3; do
    out+="db-$n: $(rootsql "$n" -e "SELECT COUNT(*) FROM information_schema.processlist WHERE user = 'frontdoor'" 2> /dev/null || echo down) "
  done
  echo "$out"
}
note "portal connections before the load: $(writers)"

# --- the load, and the kills -----------------------------------------------------------------------------------
readiness_watch() { # port, file: one line per second with the readiness answer, until killed
  while true; do
    echo "$(date +%s) $(curl -s -m 2 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/health/ready")" >> "$2"
    sleep 1
  done
}
readiness_watch "$p1" "$work/ready-1.txt" & pids+=($!)
readiness_watch "$p2" "$work/ready-2.txt" & pids+=($!)
say "$PEOPLE people: an enquiry through one portal node, a booking through the other; two officers claim each item"
LOAD_STARTED=$(date +%s)
coproc DRIVER { java -Djourney.attempts="$ATTEMPTS" -cp "$cp" uk.frontdoor.cluster.GaleraJourney \
  "http://localhost:$p1" "http://localhost:$p2" "$DB_URL" "$DB_OWNER_USER" "$DB_OWNER_PASSWORD" "$PEOPLE" \
  2> "$work/driver.err"; }
driver=$DRIVER_PID
exec {from_driver}<&"${DRIVER[0]}" {to_driver}>&"${DRIVER[1]}" # bash drops DRIVER when the driver ends
RESULT_LINE=""
while IFS= read -r line <&"$from_driver"; do
  say "driver: $line"
  case "$line" in
    "KILL db-3")
      kill -9 "${DB_PIDS[3]}"; wait "${DB_PIDS[3]}" 2> /dev/null || true
      KILL3_AT=$(date +%s)
      note "db-3 (not written to) killed with SIGKILL at $(( KILL3_AT - LOAD_STARTED )) s into the load"
      sleep 5
      note "cluster size seen by db-1 5 s later: $(cluster_size 1)"
      started=$(date +%s%N)
      restart_db 3
      # killing the writer with db-3 still away would leave db-2 alone: non-primary, refusing everything
      wait_synced 3 120 || { kill "$driver"; exit 1; }
      note "db-3 started again and synced by $(state_transfer 3) in $(( ($(date +%s%N) - started) / 1000000 )) ms, under load; cluster size $(cluster_size 1)"
      echo go >&"$to_driver" ;;
    "KILL db-1")
      note "portal connections just before the writer dies: $(writers)"
      kill -9 "${DB_PIDS[1]}"; wait "${DB_PIDS[1]}" 2> /dev/null || true
      KILL1_AT=$(date +%s)
      note "db-1 (the writer) killed with SIGKILL at $(( KILL1_AT - LOAD_STARTED )) s into the load"
      echo go >&"$to_driver"
      sleep 8
      note "8 s later: cluster size seen by db-2 $(cluster_size 2), status $(status_of 2 wsrep_cluster_status); portal connections: $(writers)" ;;
    RESULT*) RESULT_LINE=$line ;;
  esac
done
rc=0; wait "$driver" || rc=$?
LOAD_S=$(( $(date +%s) - LOAD_STARTED ))
[[ $rc == 0 ]] || fail "the driver found problems (exit $rc): $RESULT_LINE"
note "driver: ${RESULT_LINE#RESULT } in $LOAD_S s"

# readiness: how long each portal node answered anything but 200 after the writer died
for n in 1 2; do
  not_ready=$(awk -v k="${KILL1_AT:-0}" '$1 >= k && $2 != 200 { c++ } END { print c + 0 }' "$work/ready-$n.txt")
  last=$(tail -1 "$work/ready-$n.txt" | cut -d' ' -f2)
  note "portal node $n readiness after the writer died: $not_ready s not 200 (polled each second), now $last"
  [[ $last == 200 ]] || fail "portal node $n not ready at the end"
done

say "new submissions after the writer's death, with no manual step: one enquiry on each portal node, first try"
for port in "$p1" "$p2"; do
  if java -Djourney.attempts=1 -cp "$cp" uk.frontdoor.cluster.GaleraJourney "http://localhost:$port" \
      "http://localhost:$port" "$DB_URL" "$DB_OWNER_USER" "$DB_OWNER_PASSWORD" 1 < /dev/null > "$work/after-$port.txt" 2>&1; then
    note "portal on $port: $(grep RESULT "$work/after-$port.txt" | sed 's/RESULT //')"
  else
    fail "portal on $port did not take a new enquiry, booking and claim at the first try: $(tail -3 "$work/after-$port.txt")"
  fi
done

say "db-1 comes back; the three nodes must hold the same rows"
started=$(date +%s%N)
restart_db 1
wait_synced 1 120 && note "db-1 started again and synced by $(state_transfer 1) in $(( ($(date +%s%N) - started) / 1000000 )) ms; cluster size $(cluster_size 1)"
sleep 2
note "portal connections after db-1 is back: $(writers) (sequential: connections already on db-2 stay there)"
# --- two writers ------------------------------------------------------------------------------------------------
# What the document warns against, on purpose: portal node 2 is started again with the Galera nodes in another order,
# so it writes to db-3 while node 1 writes to db-2. Bookings of one event (its places_taken row) and claims of the
# same work items from both now conflict at certification; the retry of ADR 55 must keep every answer true.
say "portal node 2 restarted with db-3 first: two Galera nodes take writes"
cert_before=$(( $(status_of 2 wsrep_local_cert_failures) + $(status_of 3 wsrep_local_cert_failures) ))
retries_before=$(cat "$work"/node-*.log | grep -c 'rolled back by a deadlock or certification conflict' || true)
kill -TERM "$node2"; wait "$node2" 2> /dev/null || true
DB_URL="jdbc:mariadb:sequential://127.0.0.1:$(sql_port 3),127.0.0.1:$(sql_port 2),127.0.0.1:$(sql_port 1)/frontdoor" \
  start_node 2 "$p2" "http://localhost:$p2" 0
wait_ready "$p2" 120 || fail "portal node 2 did not start again"
if java -Djourney.attempts="$ATTEMPTS" -cp "$cp" uk.frontdoor.cluster.GaleraJourney "http://localhost:$p1" \
    "http://localhost:$p2" "$DB_URL" "$DB_OWNER_USER" "$DB_OWNER_PASSWORD" "$TWO_WRITERS_PEOPLE" < /dev/null \
    > "$work/two-writers.txt" 2>&1; then
  note "two writers: $(grep RESULT "$work/two-writers.txt" | sed 's/RESULT //')"
else
  fail "two writers: $(grep -E 'RESULT|WRONG|GAVE UP' "$work/two-writers.txt" | head -5)"
fi
note "two writers: portal connections $(writers); certification failures on db-2 and db-3 $(( $(status_of 2 wsrep_local_cert_failures) + $(status_of 3 wsrep_local_cert_failures) - cert_before )), transactions the portal ran again $(( $(cat "$work"/node-*.log | grep -c 'rolled back by a deadlock or certification conflict' || true) - retries_before ))"

TABLES="enquiry work_item work_item_event event_booking info_event outbox_email audit_event"
content_hash() { # node, table: rows and a hash of every column of every row, whatever the storage looks like
  local cols
  cols=$(rootsql "$1" -e "SELECT GROUP_CONCAT(CONCAT('COALESCE(HEX(\`', column_name, '\`), ''-'')') ORDER BY ordinal_position)
    FROM information_schema.columns WHERE table_schema = 'frontdoor' AND table_name = '$2'")
  rootsql "$1" -e "SELECT CONCAT(COUNT(*), ':', COALESCE(BIT_XOR(CRC32(CONCAT_WS('|', $cols))), 0)) FROM frontdoor.\`$2\`"
}
differ=()
for t in $TABLES; do
  h=(); for n in 1 2 3; do h+=("$(content_hash "$n" "$t")"); done
  [[ ${h[0]} == "${h[1]}" && ${h[1]} == "${h[2]}" ]] || differ+=("$t (${h[*]})")
done
if ((${#differ[@]})); then fail "the nodes hold different rows in: ${differ[*]}"; else
  note "the three nodes hold the same rows (count and a hash of every column) in: $TABLES"; fi
checksums=()
for n in 1 2 3; do checksums+=("$(rootsql "$n" -e "CHECKSUM TABLE frontdoor.enquiry" | cut -f2)"); done
note "CHECKSUM TABLE enquiry on db-1/2/3: ${checksums[*]}$( [[ ${checksums[0]} == "${checksums[1]}" && ${checksums[1]} == "${checksums[2]}" ]] || echo " (differs although the rows are the same: not a consistency check to use on Galera here)")"
note "rows: $(rootsql 2 -e "SELECT CONCAT((SELECT COUNT(*) FROM frontdoor.enquiry), ' enquiries, ', (SELECT COUNT(*) FROM frontdoor.event_booking), ' bookings, ', (SELECT COUNT(*) FROM frontdoor.work_item_event WHERE event_type = 'CLAIMED'), ' claims')")"
CERT_FAILURES=$(for n in 1 2 3; do status_of "$n" wsrep_local_cert_failures; done | paste -sd/)
BF_ABORTS=$(for n in 1 2 3; do status_of "$n" wsrep_local_bf_aborts; done | paste -sd/)
note "certification failures db-1/2/3 since their last start: $CERT_FAILURES; brute-force aborts: $BF_ABORTS"
DEADLOCK_RETRIES=$(cat "$work"/node-*.log | grep -c 'rolled back by a deadlock or certification conflict' || true)
note "transactions the portal retried after a deadlock or certification conflict (log lines): $DEADLOCK_RETRIES"
note "error pages the portal served (503 database unavailable, 500): $(cat "$work"/node-*.log | grep -c '"loggerName":"uk.frontdoor.web.error.ErrorPages"' || true)"

# --- a node cut off from the others ---------------------------------------------------------------------------
# docs/deployment.md said a node outside the primary component still answers pings, so /health/ready (a JDBC ping)
# would say 200 while every query fails. db-2, where the portal writes since db-1 died, is cut off with Galera's own
# switch (gmcast.isolate): it becomes a non-primary component of one; db-1 and db-3 stay primary.
say "db-2, the portal's writer now, is cut off from the others (gmcast.isolate=1)"
ISOLATED_AT=$(date +%s)
rootsql 2 -e "SET GLOBAL wsrep_provider_options = 'gmcast.isolate=1'"
for _ in $(seq 1 150); do [[ $(status_of 2 wsrep_cluster_status) == Primary ]] || break; sleep 0.2; done
note "db-2 cut off: its status $(status_of 2 wsrep_cluster_status), wsrep_ready $(status_of 2 wsrep_ready); db-1 sees a cluster of $(cluster_size 1), $(status_of 1 wsrep_cluster_status)"
started=$(date +%s%N)
if java -Djourney.attempts="$ATTEMPTS" -cp "$cp" uk.frontdoor.cluster.GaleraJourney "http://localhost:$p1" \
    "http://localhost:$p2" "$DB_URL" "$DB_OWNER_USER" "$DB_OWNER_PASSWORD" 4 < /dev/null > "$work/isolated.txt" 2>&1; then
  note "with db-2 cut off, 4 more people and their claims went through in $(( ($(date +%s%N) - started) / 1000000 )) ms: $(grep RESULT "$work/isolated.txt" | sed 's/RESULT //')"
else
  fail "with db-2 cut off, the portal did not recover by itself: $(grep -E 'RESULT|GAVE UP' "$work/isolated.txt" | head -3)"
fi
for n in 1 2; do
  not_ready=$(awk -v k="$ISOLATED_AT" '$1 >= k && $2 != 200 { c++ } END { print c + 0 }' "$work/ready-$n.txt")
  note "portal node $n readiness while its writer was cut off: $not_ready s not 200 out of $(awk -v k="$ISOLATED_AT" '$1 >= k' "$work/ready-$n.txt" | wc -l) polled"
done
note "portal connections now: $(writers)"

# --- results ---------------------------------------------------------------------------------------------------
DAY=$(date -u +%Y-%m-%d)
RESULT=$ROOT/bench/results/$DAY-$COMMIT-galera.md
{
  echo "# Galera cluster run $DAY, commit $COMMIT"
  echo
  echo "- Machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p' | head -1)), $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(uname -sr); load average at the start: $LOAD_AT_START"
  echo "- MariaDB $(/usr/sbin/mariadbd --version | awk '{print $3}') and Galera $(dpkg-query -W -f='${Version}' galera-4 2> /dev/null) (Debian packages), three nodes on loopback, mariabackup SST; $(java -version 2>&1 | head -1)"
  echo "- Portal: two nodes from the production jar, \`DB_URL=$DB_URL\`, \`DB_POOL_SIZE\` 20 (default)"
  echo "- Command: \`GALERA_PEOPLE=$PEOPLE bench/galera.sh\` (whole run $(( $(date +%s) - RUN_STARTED )) s)"
  echo
  if ((${#FAILED[@]})); then echo "**FAILED**:"; printf -- '- %s\n' "${FAILED[@]}"; else echo "**Passed**: every check held."; fi
  echo
  printf '%s\n' "${SUMMARY[@]}"
} > "$RESULT"
echo
say "results in ${RESULT#$ROOT/}"
cat "$RESULT"
((${#FAILED[@]} == 0))
