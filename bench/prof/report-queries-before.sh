#!/usr/bin/env bash
# prints each report query's server time for a period: $1 from UTC, $2 to UTC, $3 council list, $4 spoke list, $5 label
F="'$1'"; T="'$2'"; C="$3"; S="$4"; TODAY="'2026-12-03'"; TODAYUTC="'2026-12-03 00:00:00'"
MONTH="CASE WHEN e.submitted_at < '2026-10-31 23:00:00' THEN 0 WHEN e.submitted_at < '2026-11-30 23:00:00' THEN 1 ELSE 2 END"
declare -A Q
Q[funnel]="SELECT e.borough_id, e.heard_about, $MONTH AS m, COUNT(*), SUM(EXISTS(SELECT 1 FROM event_booking b WHERE b.enquiry_id = e.id AND b.attendance = 'ATTENDED'))
$(for ev in "'SUBMIT_REGISTRATION'" "'ACCEPT_REGISTRATION'" "'COMPLETE_STAGE_ONE'" "'START_STAGE_TWO', 'FAST_TRACK'" "'SUBMIT_TO_PANEL'" "'APPROVE'"; do echo ", SUM(EXISTS(SELECT 1 FROM adopter_journey j JOIN journey_event v ON v.journey_id = j.id WHERE j.enquiry_id = e.id AND v.event IN ($ev)))"; done)
 FROM enquiry e WHERE e.submitted_at >= $F AND e.submitted_at < $T AND e.borough_id IN ($C) GROUP BY e.borough_id, e.heard_about, m"
Q[ended_enquiry]="SELECT e.borough_id, w.created_at, w.first_response_at FROM work_item w JOIN enquiry e ON w.subject_type = 'ENQUIRY' AND e.id = w.subject_id WHERE w.kind = 'ENQUIRY' AND w.first_response_at >= $F AND w.first_response_at < $T AND e.borough_id IN ($C)"
Q[ended_registration]="SELECT e.borough_id, r.submitted_at, r.decided_at FROM registration_of_interest r JOIN adopter_journey j ON j.id = r.journey_id JOIN enquiry e ON e.id = j.enquiry_id WHERE r.decided_at >= $F AND r.decided_at < $T AND e.borough_id IN ($C)"
stage() { echo "SELECT e.borough_id, v.at, (SELECT MAX(s.at) FROM journey_event s WHERE s.journey_id = v.journey_id AND s.event IN ($1) AND s.at <= v.at), (SELECT x.new_due FROM journey_extension x WHERE x.journey_id = v.journey_id AND x.stage = '$3' AND x.at <= v.at ORDER BY x.at DESC, x.id DESC LIMIT 1) FROM journey_event v JOIN adopter_journey j ON j.id = v.journey_id JOIN enquiry e ON e.id = j.enquiry_id WHERE v.event IN ($2) AND v.at >= $F AND v.at < $T AND e.borough_id IN ($C)"; }
Q[ended_stage1]=$(stage "'ACCEPT_REGISTRATION'" "'COMPLETE_STAGE_ONE', 'FIND_NOT_SUITABLE_AT_STAGE_ONE'" STAGE_ONE)
Q[ended_stage2]=$(stage "'START_STAGE_TWO', 'FAST_TRACK'" "'APPROVE', 'DECIDE_NOT_SUITABLE'" STAGE_TWO)
Q[overdue_items]="SELECT e.borough_id, w.team_id, w.id, w.created_at FROM work_item w JOIN enquiry e ON w.subject_type = 'ENQUIRY' AND e.id = w.subject_id WHERE w.kind = 'ENQUIRY' AND w.is_open AND w.first_response_at IS NULL AND w.created_at < $TODAYUTC AND e.borough_id IN ($C)"
Q[overdue_journeys]="SELECT e.borough_id, j.team_id, j.id, j.state, j.state_since, (SELECT x.new_due FROM journey_extension x WHERE x.journey_id = j.id AND x.stage = j.state AND x.at >= j.state_since ORDER BY x.at DESC, x.id DESC LIMIT 1) FROM adopter_journey j JOIN enquiry e ON e.id = j.enquiry_id WHERE j.state IN ('REGISTRATION_SUBMITTED', 'STAGE_ONE', 'STAGE_TWO') AND e.borough_id IN ($C)"
Q[diversity]="SELECT e.borough_id, q.ethnicity, q.religion, q.sexual_orientation, q.disability, EXISTS(SELECT 1 FROM adopter_journey j JOIN journey_event v ON v.journey_id = j.id WHERE j.enquiry_id = e.id AND v.event = 'SUBMIT_REGISTRATION') AS registered, COUNT(*) FROM enquiry e LEFT JOIN enquiry_equality q ON q.enquiry_id = e.id WHERE e.submitted_at >= $F AND e.submitted_at < $T AND e.borough_id IN ($C) GROUP BY e.borough_id, q.ethnicity, q.religion, q.sexual_orientation, q.disability, registered"
Q[queues]="SELECT t.name, COUNT(w.id), COALESCE(SUM(w.due_date < $TODAY), 0), AVG(DATEDIFF($TODAYUTC, w.created_at)) FROM team t LEFT JOIN work_item w ON w.team_id = t.id AND w.is_open WHERE t.spoke_id IN ($S) GROUP BY t.id, t.name ORDER BY t.name"
Q[events]="SELECT s.name, COUNT(*), SUM(e.capacity), SUM((SELECT COALESCE(SUM(b.attending), 0) FROM event_booking b WHERE b.event_id = e.id AND b.status = 'BOOKED')), SUM((SELECT COUNT(*) FROM event_waiting w WHERE w.event_id = e.id)) FROM info_event e JOIN spoke s ON s.id = e.spoke_id WHERE e.cancelled_at IS NULL AND e.starts_at >= $F AND e.starts_at < $T AND e.spoke_id IN ($S) GROUP BY s.id, s.name ORDER BY s.name"
for k in ${ONLY:-funnel ended_enquiry ended_registration ended_stage1 ended_stage2 overdue_items overdue_journeys diversity queues events}; do
  if [[ -n ${EXPLAIN:-} ]]; then echo "== $k"; /work/bench-data/sql -e "EXPLAIN ${Q[$k]}"; continue; fi
  best=$( { echo "SET profiling=1;"; for i in 1 2 3 4; do echo "${Q[$k]};"; done; echo "SHOW PROFILES;"; } | /work/bench-data/sql -N | grep -P '^\d+\t[0-9.]+\t' | tail -3 | awk -F'\t' '{print int($2*1000)}' | sort -n | head -1)
  rows=$(/work/bench-data/sql -N -e "SELECT COUNT(*) FROM (${Q[$k]}) x")
  echo "| $5 | $k | $best | $rows |"
done
