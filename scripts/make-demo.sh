#!/usr/bin/env bash
# Builds a realistic demo decision from the P020 template with the command line itself: the Go/No-Go meeting a day
# before launch. Before it, most items PASS with evidence, a few gaps, named owners and a risk register across the
# matrix; in it, on the agenda's clock, the critical gaps are closed, the roll call leans GO with one dissent,
# the meeting records GO WITH CAUTION with conditions, and the five roles sign, the Security Lead with dissent.
# Every section of the window and of the PDF record is filled.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=${1:-demo/launch-demo.gonogo}
g=${GONOGO:-build/gonogo}
mkdir -p "$(dirname "$out")"
tmp="$out.partial"
rm -f "$tmp"
q() { "$g" "$@" >/dev/null; }
seq_ids() { local p=$1 n=$2 i; for ((i = 1; i <= n; i++)); do printf '%s-%02d ' "$p" "$i"; done; }

q new "$tmp" --title "Agente Hotelero IA - production launch" --facilitator "Sofía Marín" \
    --target-date 2026-12-01 --meeting-date 2026-11-30 --by "Sofía Marín"

# Owners by role.
q set "$tmp" --owner "Lucía Fernández" --by "Sofía Marín" $(seq_ids SEC 22) COMP-01 COMP-02 COMP-04 DATA-05 DR-06 FINAL-07
q set "$tmp" --owner "Marcus Chen" --by "Sofía Marín" $(seq_ids OPS 18) $(seq_ids INFRA 12) $(seq_ids MON 12) FINAL-05 FINAL-08
q set "$tmp" --owner "Priya Raman" --by "Sofía Marín" $(seq_ids PERF 15) $(seq_ids APP 14) $(seq_ids DOC 10) FINAL-01 FINAL-02
q set "$tmp" --owner "Tomás Ortega" --by "Sofía Marín" DATA-01 DATA-02 DATA-03 DATA-04 DATA-06 DATA-07 DATA-08 DATA-09 DR-04
q set "$tmp" --owner "Hannah Weber" --by "Sofía Marín" $(seq_ids TEAM 8) COMP-03 COMP-05 COMP-06 FINAL-06 FINAL-09
q set "$tmp" --owner "Daniel Okafor" --by "Sofía Marín" TEAM-01 TEAM-05 FINAL-03 FINAL-04 FINAL-10

# Evidence and PASS, category by category.
q set "$tmp" --status PASS --by "Lucía Fernández" --evidence "Security review SR-2026-41, pentest retest letter 2026-11-20" $(seq_ids SEC 22)
q set "$tmp" --status PASS --by "Priya Raman" --evidence "k6 load test LT-118 at 2x peak: P95 640 ms, P99 1.4 s, errors 0.02%" $(seq_ids PERF 15)
q set "$tmp" --status PASS --by "Marcus Chen" --evidence "Rehearsal 2026-11-26: deploy 11 min, rollback 9 min" $(seq_ids OPS 18)
q set "$tmp" --status PASS --by "Marcus Chen" --evidence "terraform plan: no changes; AZ failover drill 2026-11-24" $(seq_ids INFRA 12)
q set "$tmp" --status PASS --by "Priya Raman" --evidence "Release tag v1.0.0-rc3, CI run #4821 green" $(seq_ids APP 14)
q set "$tmp" --status PASS --by "Tomás Ortega" --evidence "PITR restore to 2026-11-25 14:00 verified, row counts match" $(seq_ids DATA 10)
q set "$tmp" --status PASS --by "Marcus Chen" --evidence "Grafana dashboards 'Launch' and 'Golden signals'; test page received" $(seq_ids MON 12)
q set "$tmp" --status PASS --by "Marcus Chen" --evidence "DR drill report DR-7: RTO 38 min, RPO 4 min" $(seq_ids DR 8)
q set "$tmp" --status PASS --by "Priya Raman" --evidence "Confluence space LAUNCH, reviewed 2026-11-27" $(seq_ids DOC 10)
q set "$tmp" --status PASS --by "Hannah Weber" --evidence "Launch roster v3 and rehearsal attendance" $(seq_ids TEAM 8)
q set "$tmp" --status PASS --by "Lucía Fernández" --evidence "Privacy review PR-12 signed by the DPO" $(seq_ids COMP 6)
q set "$tmp" --status PASS --by "Priya Raman" --evidence "Smoke suite run #311 against production" FINAL-01 FINAL-05 FINAL-06

# The gaps the meeting has to talk about.
q set "$tmp" --status PARTIAL --by "Priya Raman" --evidence "Soak test stopped at 2 h 40 min; memory flat so far" \
    --notes "Re-run scheduled tonight 20:00" PERF-06
q set "$tmp" --status FAIL --by "Lucía Fernández" --evidence "2 high CVEs in base image (openssl)" \
    --notes "Patched image builds; rescan pending" SEC-08
q set "$tmp" --status PARTIAL --by "Marcus Chen" --evidence "Alert noise review half done" MON-11
q set "$tmp" --status PENDING --by "Priya Raman" --evidence "" FINAL-02 FINAL-03 FINAL-04 FINAL-07 FINAL-08 FINAL-09 FINAL-10
q set "$tmp" --status PARTIAL --by "Hannah Weber" --evidence "Help center: 9 of 14 articles published" DOC-07
q set "$tmp" --status FAIL --by "Hannah Weber" --evidence "Cookie banner missing on the booking widget" COMP-05

# The risk register.
q risk add "$tmp" --title "PMS API rate limits during check-in peak" --likelihood MEDIUM --impact HIGH \
    --owner "Priya Raman" --mitigation "Request queue with backoff; vendor raised limit to 50 rps" --item PERF-08
q risk add "$tmp" --title "WhatsApp Business API template approval delayed" --likelihood LOW --impact MEDIUM \
    --owner "Hannah Weber" --mitigation "Email fallback for confirmations"
q risk add "$tmp" --title "Unpatched OpenSSL in base image" --likelihood MEDIUM --impact CRITICAL \
    --owner "Lucía Fernández" --mitigation "Rebuild on patched image, rescan before cutover" --item SEC-08
q risk add "$tmp" --title "On-call fatigue in the first 48 hours" --likelihood MEDIUM --impact MEDIUM \
    --owner "Marcus Chen" --mitigation "Shifts of 8 hours with a named backup"
q risk add "$tmp" --title "Card payments fail over to the backup provider too slowly" --likelihood HIGH \
    --impact MEDIUM --owner "Tomás Ortega" --mitigation "Failover drill on 2026-12-02; manual switch documented" \
    --item OPS-05
q risk add "$tmp" --title "Portuguese UI strings incomplete" --likelihood LOW --impact LOW --owner "Hannah Weber" \
    --mitigation "Falls back to English; translators booked"
"$g" risk set "$tmp" R-02 --state ACCEPTED --rationale "Email confirmations cover the gap for two weeks" \
    --accepted-by "Daniel Okafor" --until 2026-12-15 --by "Daniel Okafor" >/dev/null
"$g" risk set "$tmp" R-04 --state MITIGATED --by "Marcus Chen" >/dev/null

# The people who sign.
q stakeholder set "$tmp" 1 --name "Daniel Okafor" --by "Sofía Marín"
q stakeholder set "$tmp" 2 --name "Priya Raman" --by "Sofía Marín"
q stakeholder set "$tmp" 3 --name "Marcus Chen" --by "Sofía Marín"
q stakeholder set "$tmp" 4 --name "Lucía Fernández" --by "Sofía Marín"
q stakeholder set "$tmp" 5 --name "Hannah Weber" --by "Sofía Marín"

# The meeting, on its clock (UTC): the opening, then the critical items.
clock() { "$g" agenda "$tmp" --clock "$1" --at "$2" --by "Sofía Marín" >/dev/null; }
clock start 2026-11-30T14:00:00Z
clock next 2026-11-30T14:06:00Z

# In the meeting: the critical gaps are closed with fresh evidence, the final validation is walked through.
q set "$tmp" --status PASS --by "Lucía Fernández" \
    --evidence "Patched image rescanned 2026-11-30 09:10: 0 critical, 0 high CVEs (scan SC-5531)" SEC-08
q set "$tmp" --status PASS --by "Priya Raman" \
    --evidence "Soak test re-run 2026-11-29 20:00: 4 h 12 min, memory flat at 1.9 GB" PERF-06
"$g" risk set "$tmp" R-03 --state MITIGATED --by "Lucía Fernández" >/dev/null
q set "$tmp" --status PASS --by "Sofía Marín" --evidence "Walked through in the Go/No-Go meeting 2026-11-30" \
    FINAL-02 FINAL-03 FINAL-04 FINAL-07 FINAL-08 FINAL-09 FINAL-10
q set "$tmp" --status PARTIAL --by "Marcus Chen" --evidence "Rotation for the first week staffed; second week open" \
    TEAM-07

clock next 2026-11-30T14:38:00Z # remaining gaps
clock next 2026-11-30T14:52:00Z # risk review on the matrix
clock next 2026-11-30T15:05:00Z # the roll call: everyone would go, Security with dissent
q poll "$tmp" --answer "CTO=GO" --by "Sofía Marín"
q poll "$tmp" --answer "Engineering Lead=GO" --by "Sofía Marín"
q poll "$tmp" --answer "Ops Lead=GO" --comment "Rollback rehearsed twice; on-call staffed for week one" --by "Sofía Marín"
q poll "$tmp" --answer "Security Lead=GO-WITH-DISSENT" \
    --comment "I would rather wait for the second rescan of the base image" --by "Sofía Marín"
q poll "$tmp" --answer "Product Lead=GO" --by "Sofía Marín"
clock next 2026-11-30T15:13:00Z # decision and sign-off

# The decision: what the engine recommends, with conditions that have owners and dates.
q decide "$tmp" --decision "GO WITH CAUTION" --by "Sofía Marín" \
    --rationale "Every critical item passes with evidence. Go, with the open yellow risks watched and three conditions closed on the dates below." \
    --condition "Cookie consent banner live on the booking widget (COMP-05);Hannah Weber;2026-12-01" \
    --condition "PMS request-queue alert tested under peak load (R-01);Priya Raman;2026-12-01" \
    --condition "Payment failover drill done (R-05);Tomás Ortega;2026-12-02"

# Everyone signs; Security concurs with dissent.
q sign "$tmp" --name "Daniel Okafor" --role CTO --vote CONCUR
q sign "$tmp" --name "Priya Raman" --role "Engineering Lead" --vote CONCUR
q sign "$tmp" --name "Marcus Chen" --role "Ops Lead" --vote CONCUR
q sign "$tmp" --name "Lucía Fernández" --role "Security Lead" --vote "CONCUR WITH DISSENT" \
    --comment "I would rather wait for the second rescan of the base image; I accept it with the scan before cutover."
q sign "$tmp" --name "Hannah Weber" --role "Product Lead" --vote CONCUR
clock next 2026-11-30T15:26:00Z # next steps
clock finish 2026-11-30T15:31:00Z

mv "$tmp" "$out"
echo "Demo decision file: $out"
