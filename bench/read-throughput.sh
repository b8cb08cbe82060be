#!/usr/bin/env bash
# Read throughput and latency of the endpoints offices and headquarters call most, with wrk, through the gateway
# (and one of them straight at its service, to show what the gateway adds).
# Needs a running platform with demo data and the gateway's per-client rate limit raised, since wrk is one client:
#   RateLimiting__PermitLimit=10000000 ./platform.sh up --detach --demo
# Usage: bench/read-throughput.sh [seconds per endpoint] [connections]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GATEWAY="${GATEWAY:-http://127.0.0.1:5000}"
EUROPE_DIRECT="${EUROPE_DIRECT:-http://127.0.0.1:5201}"
SECONDS_EACH="${1:-15}"
CONNECTIONS="${2:-16}"

curl -fs "$GATEWAY/health/ready" >/dev/null || { echo "the platform is not up: see the usage above" >&2; exit 1; }
missing=()
for tool in wrk jq; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} with apt" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq "${missing[@]}" >/dev/null; else sudo apt-get install -y -qq "${missing[@]}" >/dev/null; fi
fi

HQ="$("$ROOT/platform.sh" token --role hq-analyst)"
EUROPE="$("$ROOT/platform.sh" token --role region-staff --region europe)"
season="$(curl -fs -H "Authorization: Bearer $EUROPE" "$GATEWAY/api/regions/europe/series?pageSize=1" | jq -r '.items[0].seasons[0].id // empty')"
[ -n "$season" ] || { echo "no demo data in europe: start with --demo" >&2; exit 1; }
event="$(curl -fs -H "Authorization: Bearer $EUROPE" "$GATEWAY/api/regions/europe/events?seasonId=$season&pageSize=1" | jq -r '.items[0].id')"

targets=(
  "europe: teams, page of 20 (gateway)|$EUROPE|$GATEWAY/api/regions/europe/teams?pageSize=20"
  "europe: teams, page of 20 (direct) |$EUROPE|$EUROPE_DIRECT/api/regions/europe/teams?pageSize=20"
  "europe: entries of one event       |$EUROPE|$GATEWAY/api/regions/europe/entries?eventId=$event&pageSize=50"
  "europe: car-model replica          |$EUROPE|$GATEWAY/api/regions/europe/catalog/car-models"
  "hq: insights, regions overview     |$HQ|$GATEWAY/api/hq/insights/regions"
  "hq: insights, calendar, page of 50  |$HQ|$GATEWAY/api/hq/insights/calendar"
  "hq: insights, car models           |$HQ|$GATEWAY/api/hq/insights/car-models"
  "hq: insights, compliance, page of 50|$HQ|$GATEWAY/api/hq/insights/training-compliance"
  "hq: insights, standings, page of 50 |$HQ|$GATEWAY/api/hq/insights/standings"
)

# Every endpoint a few seconds unmeasured first: the processes' JIT and caches settle, so the figures are the steady state.
for target in "${targets[@]}"; do
  IFS='|' read -r _ token url <<<"$target"
  curl -fs -o /dev/null -H "Authorization: Bearer $token" "$url" || { echo "$url does not answer 200" >&2; exit 1; }
  wrk -t2 -c"$CONNECTIONS" -d3s -H "Authorization: Bearer $token" "$url" >/dev/null
done

printf 'wrk, %d s per endpoint after a warm-up of all, %d connections, 2 threads, on this machine (%s cores, shared by wrk and every service)\n' \
  "$SECONDS_EACH" "$CONNECTIONS" "$(nproc)"
printf '%-38s %10s %9s %9s %9s %8s\n' "endpoint" "req/s" "p50 ms" "p90 ms" "p99 ms" "non-2xx"
for target in "${targets[@]}"; do
  IFS='|' read -r name token url <<<"$target"
  out="$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -H "Authorization: Bearer $token" "$url")"
  read -r rps p50 p90 p99 failed < <(awk -f "$ROOT/bench/wrk-figures.awk" <<<"$out")
  printf '%-38s %10s %9s %9s %9s %8s\n' "$name" "$rps" "$p50" "$p90" "$p99" "$failed"
done
