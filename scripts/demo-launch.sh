#!/usr/bin/env bash
# Runs the demo decision's launch and the two days after it with the command line, on its target date
# (2026-12-01): the runbook from T-60 with a slow migration retried, the cutover at 09:00 UTC, monitoring readings
# from an export (one latency breach during the first hour), the T+24h review, the three conditions closed or
# carried, the T+48h review declaring STABLE, and the CTO and the Ops Lead signing it. FILE is changed in place:
# run it on a copy of the demo (scripts/make-demo.sh). The window then shows the Launch and the Monitoring and
# Reviews pages filled, and the PDF record its second and third editions.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
file=${1:?usage: scripts/demo-launch.sh FILE}
g=${GONOGO:-build/gonogo}
day=2026-12-01
q() { "$g" "$@" >/dev/null; }
at() { date -u -d "$day $1 UTC ${2:-}" +%Y-%m-%dT%H:%M:%SZ; } # at HH:MM [+N days]

q launch "$file" --start --at "$(at 08:00)" --by "Marcus Chen"
q launch "$file" --step T-60 --done --at "$(at 08:14)" --by "Marcus Chen"
q launch "$file" --step T-45 --done --at "$(at 08:16)" --by "Marcus Chen"
q launch "$file" --step T-30 --done --at "$(at 08:31)" --by "Priya Raman"
q launch "$file" --step T-15 --failed --note "Migration 0042 stalled on a lock held by the report job" \
    --at "$(at 08:47)" --by "Priya Raman"
q launch "$file" --step T-15 --done --note "Report job paused; migration done in 6 min" --at "$(at 08:53)" \
    --by "Priya Raman"
q launch "$file" --step T-10 --done --at "$(at 08:56)" --by "Priya Raman"
q launch "$file" --step T-5 --done --at "$(at 08:59)" --by "Marcus Chen"
q launch "$file" --go-live --at "$(at 09:02)" --by "Daniel Okafor"
q launch "$file" --step T+15 --done --at "$(at 09:18)" --by "Hannah Weber"
q launch "$file" --step T+30 --done --note "P95 back under 1 s after the cache warmed" --at "$(at 09:40)" \
    --by "Priya Raman"
q launch "$file" --step T+60 --done --at "$(at 10:05)" --by "Marcus Chen"

q metrics "$file" --set request_rate --baseline 420 --by "Marcus Chen"
exports=$(mktemp -d)
trap 'rm -rf "$exports"' EXIT
readings="$exports/monitoring-export.csv" # its name is printed in the record as the readings' source
cat >"$readings" <<CSV
metric,time,value
request_rate,$(at 09:15),455
error_rate,$(at 09:15),0.04
latency_p95,$(at 09:15),1.3
latency_p95,$(at 09:35),0.82
cpu,$(at 09:35),48
memory,$(at 09:35),61
db_pool,$(at 09:35),37
cache_hit_rate,$(at 09:35),88
pms_success_rate,$(at 09:35),99.6
circuit_breaker,$(at 09:35),closed
error_rate,$(at 11:00 '+1 day'),0.03
latency_p95,$(at 11:00 '+1 day'),0.71
support_tickets,$(at 11:00 '+1 day'),low
CSV
q metrics "$file" --import "$readings" --by "Marcus Chen"

q review "$file" --record T+24h --outcome "Calm first day; one latency spike at T+13 min while the cache warmed" \
    --attendees "Daniel Okafor, Priya Raman, Marcus Chen" --at "$(at 09:30 '+1 day')" --by "Sofía Marín"
q review "$file" --close-condition 1 --note "Banner live on the booking widget since T+2h" \
    --at "$(at 11:05)" --by "Hannah Weber"
q review "$file" --close-condition 2 --note "Alert fired in the peak test on 2 December" \
    --at "$(at 16:20 '+1 day')" --by "Priya Raman"
q review "$file" --carry-condition 3 --owner "Tomás Ortega" --due 2026-12-15 \
    --note "Drill booked with the payment provider for 15 December" --at "$(at 17:00 '+1 day')" --by "Tomás Ortega"
q review "$file" --record T+48h --stable --outcome "Two days inside every threshold: STABLE" \
    --attendees "Daniel Okafor, Priya Raman, Marcus Chen, Lucía Fernández, Hannah Weber" \
    --at "$(at 09:30 '+2 days')" --by "Sofía Marín"
q review "$file" --sign-stable --name "Daniel Okafor" --role CTO --at "$(at 09:45 '+2 days')" --by "Daniel Okafor"
q review "$file" --sign-stable --name "Marcus Chen" --role "Ops Lead" --comment "On-call handed to the product team" \
    --at "$(at 09:50 '+2 days')" --by "Marcus Chen"
echo "Launched, monitored and declared STABLE: $file"
