#!/usr/bin/env bash
# The database round trips of each request of one whole enquiry (the 13 requests bench/lua/enquiry.lua sends) (sourced by bench/run.sh; needs ROOTSQL, BASE, WORK).
# MariaDB's general log (to its table) records every command the portal's account sends; a marker statement from
# root's own connection before each request splits the log into one part per request. The enquiry is walked
# BENCH_ROUND_TRIP_WALKS times (3). The background jobs' commands are left out by what they touch (db-scheduler's
# scheduled_tasks, the audit seal, the outbox relay's reads and updates, the shared pages' version; "SELECT 1", the
# pool's check of a connection idle for over half a second, which a request under load does not meet); what else they
# send (their transactions' set autocommit and COMMIT) can only add to a request's part, so the least count of each
# request over the walks is its own. Connect, Quit and Close stmt are not counted (no answer is awaited). Sets ROUND_TRIPS (markdown lines: a table of requests, then the statements of one walk).

count_round_trips() {
  local walks=${BENCH_ROUND_TRIP_WALKS:-3} jar=$WORK/round-trip-cookies.txt token walk label
  local steps=(
    "where-you-live|borough=lambeth"
    "your-name|fullName=Bench+Testperson"
    "contact-details|email=bench-rt-%s%%40example.org&phone=020+7946+0000"
    "how-to-contact|contactMethod=phone&contactTimes=weekday-evenings&contactTimes=weekends"
    "household|applyingWith=alone"
    "interests|interests=adopting-a-child"
    "children|childrenConsidered=brothers-and-sisters"
    "how-you-heard|heardAbout=search-engine"
    "equality|skip=true"
  )
  $ROOTSQL -e "SET GLOBAL log_output = 'TABLE'; SET GLOBAL general_log = 0; TRUNCATE mysql.general_log; SET GLOBAL general_log = 1"
  mark() { $ROOTSQL -e "SELECT 'round-trip-mark $1'" > /dev/null; }
  for walk in $(seq 1 "$walks"); do
    rm -f "$jar"
    mark "$walk|GET /enquiry"
    token=$(curl -s -b "$jar" -c "$jar" "$BASE/enquiry" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    mark "$walk|POST /enquiry (start)"
    curl -s -o /dev/null -b "$jar" -c "$jar" --data "start=yes&_csrf=$token" "$BASE/enquiry"
    for s in "${steps[@]}"; do
      label=${s%%|*}
      mark "$walk|POST /enquiry/$label"
      # shellcheck disable=SC2059
      curl -s -o /dev/null -b "$jar" -c "$jar" --data "$(printf "${s#*|}" "$walk-$(date +%s%N)")&_csrf=$token" "$BASE/enquiry/$label"
    done
    mark "$walk|POST /enquiry/check-answers (send)"
    curl -s -o /dev/null -w '' -b "$jar" -c "$jar" --data "consent=yes&_csrf=$token" "$BASE/enquiry/check-answers"
    mark "$walk|GET /enquiry/confirmation"
    curl -s -o /dev/null -b "$jar" -c "$jar" "$BASE/enquiry/confirmation"
    mark "$walk|end"
  done
  $ROOTSQL -e "SET GLOBAL general_log = 0"
  # one line per command: marker lines carry the request, the portal's commands are counted under the last marker
  $ROOTSQL -N --raw -e "SELECT user_host, command_type, REPLACE(REPLACE(CONVERT(argument USING utf8mb4), '\n', ' '), '\t', ' ')
      FROM mysql.general_log ORDER BY event_time" > "$WORK/round-trips.log"
  ROUND_TRIPS=$(awk -F'\t' -v walks="$walks" '
    $3 ~ /^SELECT .round-trip-mark / { sub(/^SELECT .round-trip-mark /, "", $3); sub(/.$/, "", $3); split($3, m, "|");
      walk = m[1]; req = m[2]; if (walk == 1 && req != "end") order[++n] = req; next }
    $1 !~ /^frontdoor\[frontdoor\]/ || req == "" || req == "end" { next }
    $2 == "Connect" || $2 == "Quit" || $2 == "Close stmt" { next }
    $3 ~ /scheduled_tasks|audit_seal|FROM audit_event a|public_pages_version|UPDATE outbox_email|FROM outbox_email|^SELECT 1$/ { next }
    { count[walk, req]++; if (walk == 1) stmts[req] = stmts[req] "<br>`" substr($3, 1, 110) "`" }
    END {
      print "| request | round trips (least of " walks " walks) |"; print "|---|---|"
      for (i = 1; i <= n; i++) { r = order[i]; least = -1
        for (w = 1; w <= walks; w++) { c = count[w, r] + 0; if (least < 0 || c < least) least = c }
        total += least; printf "| %s | %d |\n", r, least }
      printf "| **whole enquiry (%d requests)** | **%d** |\n", n, total
      print ""; print "The first walk'"'"'s commands, request by request (those of background jobs that slipped in are counted here):"; print ""
      print "| request | commands |"; print "|---|---|"
      for (i = 1; i <= n; i++) printf "| %s | %s |\n", order[i], stmts[order[i]]
    }' "$WORK/round-trips.log")
  echo "   round trips per request counted from the general log (see the result file)"
}
