#!/usr/bin/env bash
# Measuring SQL queries one by one (sourced by bench/audit.sh and bench/search.sh): probe NAME SQL collects them,
# run_probes RESULT_FILE measures each (EXPLAIN's index, ANALYZE FORMAT=JSON's server time as the median of 5 runs
# after a warm-up, the rows read, the round trip through the mariadb client) and appends a table row per query and
# then every plan. Needs $MARIADB. PROBE_TABLES: the tables whose rows read are counted (an extended regex of their
# names or aliases; all tables by default).
declare -a NAMES QUERIES
probe() { NAMES+=("$1"); QUERIES+=("$2"); }

server_ms() { # the server's own time for one run of the query, in ms, and the rows it read from PROBE_TABLES
  $MARIADB -N -r -e "ANALYZE FORMAT=JSON $1" | PROBE_TABLES=${PROBE_TABLES:-.*} python3 -c 'import json,os,re,sys
wanted = re.compile("^(" + os.environ["PROBE_TABLES"] + ")$")
def tables(o):
    if isinstance(o, dict):
        if "table_name" in o and wanted.match(o["table_name"]): yield o
        for v in o.values(): yield from tables(v)
    if isinstance(o, list):
        for v in o: yield from tables(v)
q = json.loads(sys.stdin.read())["query_block"]
print("%.2f %d" % (q.get("r_total_time_ms", 0), sum((t.get("r_rows") or 0) * (t.get("r_loops") or 1) for t in tables(q))))'
}
wall_ms() { local t; t=$(date +%s%N); $MARIADB -N -e "$1" > /dev/null; echo $(( ($(date +%s%N) - t) / 1000000 )); }
median() { tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

run_probes() { # $1 = the result file: a table row per probe (printed too), then the plans
  local plans="" i q times walls read_rows measured plan key line
  for i in "${!NAMES[@]}"; do
    q=${QUERIES[$i]}
    server_ms "$q" > /dev/null
    times=""; walls=""; read_rows=""
    for _ in 1 2 3 4 5; do
      measured=$(server_ms "$q"); times="$times ${measured% *}"; read_rows=${measured#* }
      walls="$walls $(wall_ms "$q")"
    done
    plan=$($MARIADB -e "EXPLAIN $q")
    key=$(echo "$plan" | awk -F'\t' 'NR > 1 && $6 != "NULL" {printf "%s%s", sep, $6; sep = ", "}')
    line="| ${NAMES[$i]} | ${key:-none} | $read_rows | $(echo $times | median) | $(echo $walls | median) |"
    echo "$line" | tee -a "$1"
    plans="$plans
### ${NAMES[$i]}

\`\`\`sql
$q
\`\`\`

\`\`\`
$plan
\`\`\`
"
  done
  { echo; echo "## The plans (EXPLAIN)"; echo "$plans"; } >> "$1"
}
