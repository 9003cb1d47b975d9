#!/usr/bin/env bash
# Each query of one /staff/reports request (core.reports' SQL, copied: change both together), timed on its own on the
# bench database: server time (SET profiling = 1), best of the last 3 of 4 runs (warm), in ms, and the rows it returns.
#   bench/prof/report-queries.sh [--before] FROM_UTC TO_UTC COUNCIL_IDS SPOKE_IDS LABEL
#   e.g. bench/prof/report-queries.sh '2026-03-31 23:00:00' '2027-03-31 23:00:00' '1,2,3,4,5,6,7,8,9,10' '1,2' 'year, region'
# --before: the queries as they were before the summary rows (V55, ADR 44): the funnel, diversity and clocks from the
# raw records, "overdue now" over whole tables with the council from each enquiry. Without it: the queries sent now.
# Settings (environment): TODAY (UK day, default today), SQL (a mariadb client command on the bench database; default
# the one bench/run.sh starts, kept with BENCH_KEEP_DB=1), ONLY (query names), EXPLAIN=1 (print plans instead).
# "Overdue now" needs the last start day overdue today, which the portal works out with the bank holidays
# (Timeliness.lastOverdueStart); this script counts Monday to Friday only, a day out at most, the same cost.
set -euo pipefail
cd "$(dirname "$0")/../.."
BEFORE=0
if [[ ${1:-} == --before ]]; then BEFORE=1; shift; fi
F="'$1'"; T="'$2'"; C="$3"; S="$4"; LABEL="$5"
TODAY=${TODAY:-$(TZ=Europe/London date +%F)}
export LD_LIBRARY_PATH=bench/work/mariadb/libs
SQL=${SQL:-"bench/work/mariadb/bin/mariadb --no-defaults --skip-ssl -uroot --socket=bench/work/mariadb.sock frontdoor"}
utc() { TZ=UTC date -d "$(TZ=Europe/London date -d "$1 00:00" --rfc-3339=seconds)" '+%F %T'; } # UK midnight in UTC
plus_weekdays() { local d=$1 n=$2; while (( n > 0 )); do d=$(date -d "$d + 1 day" +%F); (( $(date -d "$d" +%u) < 6 )) && n=$((n - 1)); done; echo "$d"; }
last_overdue() { # the last start day whose due day ($1: a function of the start day) is before today
  local d=$TODAY; while [[ ! $($1 "$d") < $TODAY ]]; do d=$(date -d "$d - 1 day" +%F); done; echo "$d"; }
item_due() { plus_weekdays "$1" 10; }; registration_due() { plus_weekdays "$1" 5; }
stage_one_due() { date -d "$1 + 2 months" +%F; }; stage_two_due() { date -d "$1 + 4 months" +%F; }
after() { utc "$(date -d "$(last_overdue "$1") + 1 day" +%F)"; } # the first instant not overdue, in UTC
TODAYUTC="'$(utc "$TODAY")'"
MONTH="CASE"; i=0; m=$(date -d "$(TZ=UTC date -d "$1 UTC + 1 hour" +%Y-%m-01) + 1 month" +%F)
while [[ "'$(utc "$m")'" < "$T" ]]; do MONTH+=" WHEN e.submitted_at < '$(utc "$m")' THEN $i"; i=$((i + 1)); m=$(date -d "$m + 1 month" +%F); done
MONTH+=" ELSE $i END"
STEPS=("'SUBMIT_REGISTRATION'" "'ACCEPT_REGISTRATION'" "'COMPLETE_STAGE_ONE'" "'START_STAGE_TWO', 'FAST_TRACK'" "'SUBMIT_TO_PANEL'" "'APPROVE'")
declare -A Q
if (( BEFORE )); then
  # the funnel and diversity over the raw records; the council from the enquiry
  Q[funnel]="SELECT e.borough_id, e.heard_about, $MONTH AS m, COUNT(*), SUM(EXISTS(SELECT 1 FROM event_booking b WHERE b.enquiry_id = e.id AND b.attendance = 'ATTENDED'))
$(for ev in "${STEPS[@]}"; do echo ", SUM(EXISTS(SELECT 1 FROM adopter_journey j JOIN journey_event v ON v.journey_id = j.id WHERE j.enquiry_id = e.id AND v.event IN ($ev)))"; done)
 FROM enquiry e WHERE e.submitted_at >= $F AND e.submitted_at < $T AND e.borough_id IN ($C) GROUP BY e.borough_id, e.heard_about, m"
  Q[diversity]="SELECT e.borough_id, q.ethnicity, q.religion, q.sexual_orientation, q.disability, EXISTS(SELECT 1 FROM adopter_journey j JOIN journey_event v ON v.journey_id = j.id WHERE j.enquiry_id = e.id AND v.event = 'SUBMIT_REGISTRATION') AS registered, COUNT(*) FROM enquiry e LEFT JOIN enquiry_equality q ON q.enquiry_id = e.id WHERE e.submitted_at >= $F AND e.submitted_at < $T AND e.borough_id IN ($C) GROUP BY e.borough_id, q.ethnicity, q.religion, q.sexual_orientation, q.disability, registered"
  COUNCIL="enquiry e"; CK="e.id"; CB="e.borough_id"
  Q[overdue_items]="SELECT e.borough_id, w.team_id, w.id, w.created_at FROM work_item w JOIN enquiry e ON w.subject_type = 'ENQUIRY' AND e.id = w.subject_id WHERE w.kind = 'ENQUIRY' AND w.is_open AND w.first_response_at IS NULL AND w.created_at < $TODAYUTC AND e.borough_id IN ($C)"
  Q[overdue_journeys]="SELECT e.borough_id, j.team_id, j.id, j.state, j.state_since, (SELECT x.new_due FROM journey_extension x WHERE x.journey_id = j.id AND x.stage = j.state AND x.at >= j.state_since ORDER BY x.at DESC, x.id DESC LIMIT 1) FROM adopter_journey j JOIN enquiry e ON e.id = j.enquiry_id WHERE j.state IN ('REGISTRATION_SUBMITTED', 'STAGE_ONE', 'STAGE_TWO') AND e.borough_id IN ($C)"
else
  # Funnel.count, Diversity.tables: the summary rows (V55, V59); Timeliness: the council from the summary row, and
  # "overdue now" only the cases started by the last start day overdue today
  P=${MONTH//e./p.}
  Q[funnel]="SELECT p.borough_id, p.heard_about, p.method, $P AS m, COUNT(*), SUM(p.attended), SUM(p.registered), SUM(p.stage_one_started), SUM(p.stage_one_completed), SUM(p.stage_two_started), SUM(p.panel), SUM(p.approved) FROM enquiry_progress p WHERE p.submitted_at >= $F AND p.submitted_at < $T AND p.borough_id IN ($C) GROUP BY p.borough_id, p.heard_about, p.method, m"
  Q[diversity]="SELECT p.borough_id, p.ethnicity, p.religion, p.sexual_orientation, p.disability, p.registered, COUNT(*) FROM enquiry_progress p WHERE p.submitted_at >= $F AND p.submitted_at < $T AND p.borough_id IN ($C) GROUP BY p.borough_id, p.ethnicity, p.religion, p.sexual_orientation, p.disability, p.registered"
  COUNCIL="enquiry_progress e"; CK="e.enquiry_id"; CB="e.borough_id"
  # an enquiry item's council on the item itself (V66, ADR 64)
  Q[overdue_items]="SELECT w.borough_id, w.team_id, w.id, w.created_at FROM work_item w WHERE w.kind = 'ENQUIRY' AND w.first_response_at IS NULL AND w.created_at < '$(after item_due)' AND w.is_open = TRUE AND w.subject_type = 'ENQUIRY' AND w.borough_id IN ($C)"
  Q[ended_enquiry]="SELECT w.borough_id, w.created_at, w.first_response_at FROM work_item w WHERE w.kind = 'ENQUIRY' AND w.first_response_at >= $F AND w.first_response_at < $T AND w.subject_type = 'ENQUIRY' AND w.borough_id IN ($C)"
  Q[overdue_journeys]="SELECT p.borough_id, j.team_id, j.id, j.state, j.state_since, NULL FROM adopter_journey j JOIN enquiry_progress p ON p.enquiry_id = j.enquiry_id WHERE ((j.state = 'REGISTRATION_SUBMITTED' AND j.state_since < '$(after registration_due)') OR (j.state = 'STAGE_ONE' AND j.state_since < '$(after stage_one_due)') OR (j.state = 'STAGE_TWO' AND j.state_since < '$(after stage_two_due)')) AND NOT EXISTS (SELECT 1 FROM journey_extension x WHERE x.journey_id = j.id AND x.stage = j.state AND x.at >= j.state_since) AND p.borough_id IN ($C)"
  Q[overdue_extended]="SELECT p.borough_id, j.team_id, j.id, j.state, j.state_since, (SELECT x.new_due FROM journey_extension x WHERE x.journey_id = j.id AND x.stage = j.state AND x.at >= j.state_since ORDER BY x.at DESC, x.id DESC LIMIT 1) AS extended FROM adopter_journey j JOIN enquiry_progress p ON p.enquiry_id = j.enquiry_id WHERE j.id IN (SELECT x.journey_id FROM journey_extension x WHERE x.stage IN ('REGISTRATION_SUBMITTED', 'STAGE_ONE', 'STAGE_TWO')) AND j.state IN ('REGISTRATION_SUBMITTED', 'STAGE_ONE', 'STAGE_TWO') AND p.borough_id IN ($C) HAVING extended IS NOT NULL"
fi
[[ -n ${Q[ended_enquiry]:-} ]] || Q[ended_enquiry]="SELECT $CB, w.created_at, w.first_response_at FROM work_item w JOIN $COUNCIL ON w.subject_type = 'ENQUIRY' AND $CK = w.subject_id WHERE w.kind = 'ENQUIRY' AND w.first_response_at >= $F AND w.first_response_at < $T AND $CB IN ($C)"
Q[ended_registration]="SELECT $CB, r.submitted_at, r.decided_at FROM registration_of_interest r JOIN adopter_journey j ON j.id = r.journey_id JOIN $COUNCIL ON $CK = j.enquiry_id WHERE r.decided_at >= $F AND r.decided_at < $T AND $CB IN ($C)"
stage() { echo "SELECT $CB, v.at, (SELECT MAX(s.at) FROM journey_event s WHERE s.journey_id = v.journey_id AND s.event IN ($1) AND s.at <= v.at), (SELECT x.new_due FROM journey_extension x WHERE x.journey_id = v.journey_id AND x.stage = '$3' AND x.at <= v.at ORDER BY x.at DESC, x.id DESC LIMIT 1) FROM journey_event v JOIN adopter_journey j ON j.id = v.journey_id JOIN $COUNCIL ON $CK = j.enquiry_id WHERE v.event IN ($2) AND v.at >= $F AND v.at < $T AND $CB IN ($C)"; }
Q[ended_stage1]=$(stage "'ACCEPT_REGISTRATION'" "'COMPLETE_STAGE_ONE', 'FIND_NOT_SUITABLE_AT_STAGE_ONE'" STAGE_ONE)
Q[ended_stage2]=$(stage "'START_STAGE_TWO', 'FAST_TRACK'" "'APPROVE', 'DECIDE_NOT_SUITABLE'" STAGE_TWO)
Q[queues]="SELECT t.name, COUNT(w.id), COALESCE(SUM(w.due_date < '$TODAY'), 0), AVG(DATEDIFF($TODAYUTC, w.created_at)) FROM team t LEFT JOIN work_item w ON w.team_id = t.id AND w.is_open = TRUE WHERE t.spoke_id IN ($S) GROUP BY t.id, t.name ORDER BY t.name"
Q[events]="SELECT s.name, COUNT(*), SUM(e.capacity), SUM((SELECT COALESCE(SUM(b.attending), 0) FROM event_booking b WHERE b.event_id = e.id AND b.status = 'BOOKED')), SUM((SELECT COUNT(*) FROM event_waiting w WHERE w.event_id = e.id)) FROM info_event e JOIN spoke s ON s.id = e.spoke_id WHERE e.cancelled_at IS NULL AND e.starts_at >= $F AND e.starts_at < $T AND e.spoke_id IN ($S) GROUP BY s.id, s.name ORDER BY s.name"
ALL="funnel diversity ended_enquiry ended_registration ended_stage1 ended_stage2 overdue_items overdue_journeys"
(( BEFORE )) || ALL+=" overdue_extended"
total=0
for k in ${ONLY:-$ALL queues events}; do
  if [[ -n ${EXPLAIN:-} ]]; then echo "== $k"; $SQL -e "ANALYZE FORMAT=JSON ${Q[$k]}" | grep -E '"(table_name|access_type|key|r_rows|r_total_time_ms|attached_condition)"' | sed 's/^ */  /'; continue; fi
  best=$( { echo "SET profiling=1;"; for _ in 1 2 3 4; do echo "${Q[$k]};"; done; echo "SHOW PROFILES;"; } | $SQL -N | grep -P '^\d+\t[0-9.]+\t' | tail -3 | awk -F'\t' '{print int($2*1000)}' | sort -n | head -1)
  rows=$($SQL -N -e "SELECT COUNT(*) FROM (${Q[$k]}) x")
  total=$((total + best))
  echo "| $LABEL | $k | $best | $rows |"
done
[[ -n ${EXPLAIN:-} ]] || echo "| $LABEL | **all of them** | **$total** | |"
