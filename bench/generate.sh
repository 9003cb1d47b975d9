#!/usr/bin/env bash
# Tops the bench database up to WORK_ITEMS work items, with WORK_ITEMS/5 enquiries (each with its own work item)
# and WORK_ITEMS/50 applicants spread over every journey state (the issue's 1M : 200k : 20k), plus 500 events.
# Usage: bench/generate.sh WORK_ITEMS   (needs $MARIADB, a command that runs the mariadb client on the bench DB)
# For the management information (issue 13): BENCH_ENQUIRIES (default WORK_ITEMS/5), BENCH_JOURNEYS (default
# WORK_ITEMS/50) and BENCH_YEARS (3) over which enquiries are spread; every enquiry has a source, two in three their
# equality answers, every answered enquiry item its first response, and every journey its events up to its state
# (and its Registration of Interest once sent), dated from its enquiry.
# Six in ten enquiries came by the public form, the rest keyed in by staff (phone, email, at an event, in person).
# Plain SQL over MariaDB's built-in SEQUENCE engine (seq_1_to_N tables), in chunks of 100,000 rows.
# Every generated row is marked: references start BEN-, emails bench-...@example.org.
set -euo pipefail
want_items=${1:?work items wanted}
want_enquiries=${BENCH_ENQUIRIES:-$((want_items / 5))}
want_applicants=${BENCH_JOURNEYS:-$((want_items / 50))}
years=${BENCH_YEARS:-3}
chunk=100000
sql() { $MARIADB -N -e "$1"; }

# MariaDB 11.4.5 (the server the tests, the bench and docker/compose.yml run) drops the string columns of every row
# after the first of a multi-row INSERT ... SELECT into a table with a BEFORE INSERT trigger: "Column 'kind' cannot be
# null" (with IGNORE: empty strings stored). V66 put such a trigger on work_item (it copies an enquiry's council onto
# its item). So this script sets borough_id itself, as the trigger would, with the trigger dropped while it fills work
# items, and puts V66's own definition back when it ends, however it ends. The portal inserts work items one at a time.
council_trigger=$(sed -n '/^CREATE TRIGGER work_item_council/,/;$/p' "$(dirname "$0")/../migrations/V66__work_item_council.sql")
[[ -n $council_trigger ]] || { echo "V66's trigger was not found" >&2; exit 1; }
restore_council_trigger() {
  sql "DROP TRIGGER IF EXISTS work_item_council; $council_trigger"
  [[ $(sql "SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()
              AND TRIGGER_NAME = 'work_item_council' AND ACTION_TIMING = 'BEFORE'") == 1 ]] \
    && echo "   work_item_council (V66) is back on work_item" || { echo "V66's trigger was not put back" >&2; exit 1; }
}
trap restore_council_trigger EXIT
sql "DROP TRIGGER IF EXISTS work_item_council"

have_enquiries=$(sql "SELECT COUNT(*) FROM enquiry WHERE reference LIKE 'BEN-E%'")
for ((from = have_enquiries; from < want_enquiries; from += chunk)); do
  to=$(( from + chunk < want_enquiries ? from + chunk : want_enquiries ))
  sql "
  INSERT INTO enquiry (reference, submitted_at, borough_id, full_name, email, phone, contact_method, contact_times,
      applying_with, partner_name, interests, children_considered, heard_about, privacy_version, consent_at, method)
  SELECT CONCAT('BEN-E', LPAD(s.seq, 9, '0')),
         UTC_TIMESTAMP(3) - INTERVAL (s.seq * 7919) % ($years * 365 * 24 * 60) MINUTE,
         b.id,
         CONCAT(ELT(1 + s.seq % 20, 'Olivia', 'Amelia', 'Isla', 'Ava', 'Mia', 'Lily', 'Sophia', 'Grace', 'Freya', 'Ivy',
                    'Noah', 'Oliver', 'George', 'Arthur', 'Leo', 'Harry', 'Oscar', 'Muhammad', 'Jack', 'Theo'), ' ',
                ELT(1 + (s.seq DIV 20) % 50, 'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson',
                    'Davies', 'Patel', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green',
                    'Hall', 'Thomas', 'Clarke', 'Jackson', 'Wood', 'Harris', 'Edwards', 'Turner', 'Martin', 'Cooper',
                    'Hill', 'Ward', 'Hughes', 'Moore', 'Clark', 'King', 'Harrison', 'Lewis', 'Baker', 'Lee', 'Allen',
                    'Morris', 'Khan', 'Scott', 'Watson', 'Davis', 'Parker', 'James', 'Bennett', 'Young', 'Phillips',
                    'Richardson', 'Mitchell'), ' ', CONV(s.seq, 10, 36)),
         CONCAT('bench-enquirer-', s.seq, '@example.org'), CONCAT('07700 ', LPAD(s.seq % 1000000, 6, '0')),
         ELT(1 + s.seq % 2, 'email', 'phone'), 'weekday-mornings', ELT(1 + s.seq % 3, 'alone', 'partner', 'alone'),
         IF(s.seq % 3 = 1, 'Bench Partner', NULL), 'adopting-a-child', NULL,
         ELT(1 + s.seq % 8, 'search-engine', 'social-media', 'friend-or-family', 'information-event', 'council-website',
             'radio-tv-or-press', 'poster-or-leaflet', 'search-engine'), '1',
         UTC_TIMESTAMP(3) - INTERVAL (s.seq * 7919) % ($years * 365 * 24 * 60) MINUTE,
         ELT(1 + s.seq % 10, 'ONLINE', 'ONLINE', 'ONLINE', 'ONLINE', 'ONLINE', 'ONLINE', 'PHONE', 'EMAIL', 'EVENT',
             'IN_PERSON')
  FROM seq_1_to_100000000 s
  JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS rn FROM borough) b ON b.rn = s.seq % 10
  WHERE s.seq > $from AND s.seq <= $to;

  INSERT INTO enquiry_equality (enquiry_id, ethnicity, religion, sexual_orientation, disability)
  SELECT e.id, ELT(1 + e.id % 6, 'white', 'asian', 'black', 'mixed', 'other', 'prefer-not-to-say'),
         ELT(1 + e.id % 9, 'no-religion', 'christian', 'muslim', 'hindu', 'jewish', 'sikh', 'buddhist', 'other', 'prefer-not-to-say'),
         ELT(1 + e.id % 5, 'straight', 'gay-or-lesbian', 'bisexual', 'other', 'prefer-not-to-say'),
         ELT(1 + e.id % 3, 'no', 'yes', 'prefer-not-to-say')
  FROM enquiry e
  WHERE e.reference > CONCAT('BEN-E', LPAD($from, 9, '0')) AND e.reference <= CONCAT('BEN-E', LPAD($to, 9, '0'))
    AND e.id % 3 <> 0;

  INSERT INTO work_item (kind, team_id, subject_type, subject_id, reference, title, status, is_open, due_date,
      created_at, updated_at, first_response_at, borough_id)
  SELECT 'ENQUIRY', t.id, 'ENQUIRY', e.id, e.reference, CONCAT('Adoption enquiry – ', b.name),
         IF(e.submitted_at > UTC_TIMESTAMP() - INTERVAL 60 DAY,
            ELT(1 + e.id % 4, 'NEW', 'IN_PROGRESS', 'EVENT_INVITED', 'VISIT_ARRANGED'),
            ELT(1 + e.id % 4, 'REGISTRATION_INVITED', 'SIGNPOSTED', 'NO_FURTHER_ACTION', 'DUPLICATE')),
         e.submitted_at > UTC_TIMESTAMP() - INTERVAL 60 DAY,
         DATE(e.submitted_at) + INTERVAL 14 DAY, e.submitted_at, e.submitted_at,
         IF(e.submitted_at > UTC_TIMESTAMP() - INTERVAL 60 DAY, NULL, e.submitted_at + INTERVAL (e.id % 17) DAY),
         e.borough_id
  FROM enquiry e JOIN borough b ON b.id = e.borough_id
  JOIN team t ON t.spoke_id = b.spoke_id AND t.function_code = 'RECRUITMENT'
  WHERE e.reference > CONCAT('BEN-E', LPAD($from, 9, '0')) AND e.reference <= CONCAT('BEN-E', LPAD($to, 9, '0'));"
done

# The other work: support requests and registration decisions (synthetic subjects: the queue page lists them,
# nobody opens them in the benchmark).
want_other=$((want_items - want_enquiries))
have_other=$(sql "SELECT COUNT(*) FROM work_item WHERE reference LIKE 'BEN-W%'")
for ((from = have_other; from < want_other; from += chunk)); do
  to=$(( from + chunk < want_other ? from + chunk : want_other ))
  sql "
  INSERT INTO work_item (kind, team_id, subject_type, subject_id, reference, title, status, is_open, due_date,
      created_at, updated_at)
  SELECT IF(s.seq % 4 = 3, 'REGISTRATION_DECISION', 'SUPPORT_REQUEST'),
         IF(s.seq % 4 = 3, 1, 2) + 2 * ((s.seq DIV 4) % 2),
         IF(s.seq % 4 = 3, 'REGISTRATION', 'SUPPORT_REQUEST'), s.seq, CONCAT('BEN-W', LPAD(s.seq, 9, '0')),
         IF(s.seq % 4 = 3, 'Registration of Interest', 'Adoption support request'),
         IF((s.seq DIV 7) % 30 = 0, ELT(1 + s.seq % 2, 'NEW', 'IN_PROGRESS'), ELT(1 + s.seq % 2, 'NO_FURTHER_ACTION', 'SIGNPOSTED')),
         (s.seq DIV 7) % 30 = 0,
         DATE(UTC_TIMESTAMP() - INTERVAL (s.seq * 104729) % (3 * 365 * 24 * 60) MINUTE) + INTERVAL 10 DAY,
         UTC_TIMESTAMP(3) - INTERVAL (s.seq * 104729) % (3 * 365 * 24 * 60) MINUTE,
         UTC_TIMESTAMP(3) - INTERVAL (s.seq * 104729) % (3 * 365 * 24 * 60) MINUTE
  FROM seq_1_to_100000000 s
  WHERE s.seq > $from AND s.seq <= $to;"
done

have_applicants=$(sql "SELECT COUNT(*) FROM applicant_account WHERE email LIKE 'bench-applicant-%'")
if (( have_applicants < want_applicants )); then
  sql "
  INSERT INTO applicant_account (email, created_at)
  SELECT CONCAT('bench-applicant-', s.seq, '@example.org'), UTC_TIMESTAMP(3) - INTERVAL s.seq % 700 DAY
  FROM seq_1_to_100000000 s WHERE s.seq > $have_applicants AND s.seq <= $want_applicants;

  INSERT INTO adopter_journey (applicant_id, enquiry_id, team_id, state, paused_from, state_since, created_at)
  SELECT a.id, e.id, IF(a.id % 2 = 0, 1, 3),
         ELT(1 + a.id % 13, 'ENQUIRY', 'INVITED_TO_REGISTER', 'REGISTRATION_SUBMITTED', 'REGISTRATION_DECLINED',
             'STAGE_ONE', 'STAGE_ONE_COMPLETE', 'NOT_SUITABLE_AT_STAGE_ONE', 'STAGE_TWO', 'AWAITING_PANEL', 'APPROVED',
             'NOT_SUITABLE', 'PAUSED', 'WITHDRAWN'),
         IF(a.id % 13 = 11, 'STAGE_ONE', NULL), a.created_at + INTERVAL a.id % 60 DAY, a.created_at
  FROM applicant_account a
  LEFT JOIN enquiry e ON e.reference = CONCAT('BEN-E', LPAD(CAST(SUBSTRING_INDEX(SUBSTRING(a.email, 17), '@', 1) AS UNSIGNED), 9, '0'))
  WHERE a.email LIKE 'bench-applicant-%' AND NOT EXISTS (SELECT 1 FROM adopter_journey j WHERE j.applicant_id = a.id);"
fi

# Each journey's history up to its state (the way an approval goes), dated from its enquiry, and its Registration of
# Interest once sent: what the funnel and the statutory clocks of the management information read.
sql "
INSERT INTO journey_event (journey_id, at, actor_type, event, from_state, to_state)
SELECT j.id, COALESCE(e.submitted_at, j.created_at) + INTERVAL (p.n * 25 + j.id % 9) DAY, 'SYSTEM', p.event,
       p.from_state, p.to_state
FROM adopter_journey j
JOIN applicant_account a ON a.id = j.applicant_id AND a.email LIKE 'bench-applicant-%'
LEFT JOIN enquiry e ON e.id = j.enquiry_id
JOIN (SELECT 1 AS n, 'INVITE_TO_REGISTER' AS event, 'ENQUIRY' AS from_state, 'INVITED_TO_REGISTER' AS to_state
      UNION ALL SELECT 2, 'SUBMIT_REGISTRATION', 'INVITED_TO_REGISTER', 'REGISTRATION_SUBMITTED'
      UNION ALL SELECT 3, 'ACCEPT_REGISTRATION', 'REGISTRATION_SUBMITTED', 'STAGE_ONE'
      UNION ALL SELECT 4, 'COMPLETE_STAGE_ONE', 'STAGE_ONE', 'STAGE_ONE_COMPLETE'
      UNION ALL SELECT 5, 'START_STAGE_TWO', 'STAGE_ONE_COMPLETE', 'STAGE_TWO'
      UNION ALL SELECT 6, 'SUBMIT_TO_PANEL', 'STAGE_TWO', 'AWAITING_PANEL'
      UNION ALL SELECT 7, 'APPROVE', 'AWAITING_PANEL', 'APPROVED') p
  ON p.n <= CASE j.state WHEN 'INVITED_TO_REGISTER' THEN 1 WHEN 'REGISTRATION_SUBMITTED' THEN 2
                         WHEN 'REGISTRATION_DECLINED' THEN 2 WHEN 'WITHDRAWN' THEN 2 WHEN 'STAGE_ONE' THEN 3
                         WHEN 'PAUSED' THEN 3 WHEN 'NOT_SUITABLE_AT_STAGE_ONE' THEN 3 WHEN 'STAGE_ONE_COMPLETE' THEN 4
                         WHEN 'STAGE_TWO' THEN 5 WHEN 'AWAITING_PANEL' THEN 6 WHEN 'NOT_SUITABLE' THEN 6
                         WHEN 'APPROVED' THEN 7 ELSE 0 END
WHERE NOT EXISTS (SELECT 1 FROM journey_event v WHERE v.journey_id = j.id);

INSERT INTO registration_of_interest (journey_id, applicant_id, answers, status, reference, started_at, updated_at,
    submitted_at, decided_at, decision)
SELECT j.id, j.applicant_id,
       CONCAT('applicant1-name=', REPLACE(COALESCE(e.full_name, 'Bench Applicant'), ' ', '+'), '&address1-address=',
              j.id, '+Bench+Street%2C+London+', ELT(1 + j.id % 5, 'SE', 'SW', 'CR', 'BR', 'KT'), 1 + j.id % 28, '+',
              j.id % 10, CHAR(65 + j.id % 26), CHAR(65 + (j.id DIV 26) % 26)),
       IF(d.at IS NULL, 'SUBMITTED', 'DECIDED'), CONCAT('BEN-R', LPAD(j.id, 9, '0')),
       s.at, s.at, s.at, d.at, IF(d.at IS NULL, NULL, 'ACCEPTED')
FROM adopter_journey j
LEFT JOIN enquiry e ON e.id = j.enquiry_id
JOIN journey_event s ON s.journey_id = j.id AND s.event = 'SUBMIT_REGISTRATION'
LEFT JOIN journey_event d ON d.journey_id = j.id AND d.event = 'ACCEPT_REGISTRATION'
WHERE NOT EXISTS (SELECT 1 FROM registration_of_interest r WHERE r.journey_id = j.id);"

# 500 information events (a fixed number, whatever the scale): a year back and six months ahead, every spoke, all
# three kinds, some full, a few cancelled; each with bookings for the places taken (BEN-B references).
want_events=500
have_events=$(sql "SELECT COUNT(*) FROM info_event WHERE title LIKE 'Bench %'")
if (( have_events < want_events )); then
  sql "
  INSERT INTO info_event (title, kind, spoke_id, place, venue_address, joining_link, starts_at, ends_at, capacity,
      places_taken, booking_opens_at, booking_closes_at, cancelled_at, created_by, created_at, updated_at)
  SELECT CONCAT('Bench ', ELT(1 + s.seq % 3, 'information evening ', 'drop-in ', 'online session '), s.seq),
         ELT(1 + s.seq % 3, 'INFORMATION_EVENT', 'DROP_IN', 'ONLINE_SESSION'), p.id,
         ELT(1 + s.seq % 3, 'SPOKE_OFFICE', 'VENUE', 'ONLINE'),
         IF(s.seq % 3 = 1, CONCAT(s.seq, ' Bench Street, London SE1 0AA'), NULL),
         IF(s.seq % 3 = 2, CONCAT('https://meet.example.org/bench-', s.seq), NULL),
         DATE(UTC_TIMESTAMP()) + INTERVAL (CAST((s.seq * 13) % 545 AS SIGNED) - 365) DAY + INTERVAL 18 HOUR,
         DATE(UTC_TIMESTAMP()) + INTERVAL (CAST((s.seq * 13) % 545 AS SIGNED) - 365) DAY + INTERVAL 20 HOUR,
         30, IF(s.seq % 7 = 0, 30, s.seq % 25),
         DATE(UTC_TIMESTAMP()) + INTERVAL (CAST((s.seq * 13) % 545 AS SIGNED) - 425) DAY,
         DATE(UTC_TIMESTAMP()) + INTERVAL (CAST((s.seq * 13) % 545 AS SIGNED) - 365) DAY + INTERVAL 12 HOUR,
         IF(s.seq % 50 = 0, UTC_TIMESTAMP(3), NULL), 0, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)
  FROM seq_1_to_100000000 s
  JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS rn, COUNT(*) OVER () AS n FROM spoke) p ON p.rn = s.seq % p.n
  WHERE s.seq > $have_events AND s.seq <= $want_events;

  INSERT INTO event_booking (event_id, reference, full_name, email, attending, access_needs, status, booked_at)
  SELECT e.id, CONCAT('BEN-B', LPAD(e.id, 6, '0'), LPAD(n.seq, 3, '0')), CONCAT('Bench Booker ', e.id, '-', n.seq),
         CONCAT('bench-booker-', e.id, '-', n.seq, '@example.org'), 1, NULL,
         IF(e.cancelled_at IS NULL, 'BOOKED', 'EVENT_CANCELLED'), e.booking_opens_at + INTERVAL n.seq HOUR
  FROM info_event e JOIN seq_1_to_30 n ON n.seq <= e.places_taken
  WHERE e.title LIKE 'Bench %' AND NOT EXISTS (SELECT 1 FROM event_booking b WHERE b.event_id = e.id);"
fi
# The management information's summary row of each generated enquiry (migration V55, core.reports.EnquiryProgress),
# as the write paths would have left it: the generator writes the raw tables directly.
sql "
REPLACE INTO enquiry_progress (enquiry_id, borough_id, submitted_at, heard_about, method, ethnicity, religion,
    sexual_orientation, disability, attended, registered, stage_one_started, stage_one_completed, stage_two_started,
    panel, approved)
SELECT e.id, e.borough_id, e.submitted_at, e.heard_about, e.method, q.ethnicity, q.religion, q.sexual_orientation,
       q.disability, EXISTS(SELECT 1 FROM event_booking b WHERE b.enquiry_id = e.id AND b.attendance = 'ATTENDED'),
       COALESCE(MAX(v.event = 'SUBMIT_REGISTRATION'), FALSE), COALESCE(MAX(v.event = 'ACCEPT_REGISTRATION'), FALSE),
       COALESCE(MAX(v.event = 'COMPLETE_STAGE_ONE'), FALSE), COALESCE(MAX(v.event IN ('START_STAGE_TWO', 'FAST_TRACK')), FALSE),
       COALESCE(MAX(v.event = 'SUBMIT_TO_PANEL'), FALSE), COALESCE(MAX(v.event = 'APPROVE'), FALSE)
FROM enquiry e LEFT JOIN enquiry_equality q ON q.enquiry_id = e.id
LEFT JOIN adopter_journey j ON j.enquiry_id = e.id LEFT JOIN journey_event v ON v.journey_id = j.id
WHERE e.reference LIKE 'BEN-E%'
GROUP BY e.id, e.borough_id, e.submitted_at, e.heard_about, e.method, q.ethnicity, q.religion, q.sexual_orientation,
  q.disability"
sql "ANALYZE TABLE work_item, enquiry, enquiry_equality, enquiry_progress, applicant_account, adopter_journey, journey_event, registration_of_interest, info_event, event_booking" > /dev/null
sql "SELECT CONCAT('work items ', (SELECT COUNT(*) FROM work_item), ', enquiries ', (SELECT COUNT(*) FROM enquiry),
     ', applicants ', (SELECT COUNT(*) FROM applicant_account), ', journeys ', (SELECT COUNT(*) FROM adopter_journey), ', journey events ', (SELECT COUNT(*) FROM journey_event), ', events ', (SELECT COUNT(*) FROM info_event))"
