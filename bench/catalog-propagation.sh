#!/usr/bin/env bash
# Measures how long a car model created at headquarters takes to be served by every region, through the gateway.
# Needs a running platform: './platform.sh up --detach' first. Usage: bench/catalog-propagation.sh [samples]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GATEWAY="${GATEWAY:-http://127.0.0.1:5000}"
SAMPLES="${1:-30}"
REGIONS=()
while read -r id _; do [[ -z $id || $id == \#* ]] || REGIONS+=("$id"); done <"$ROOT/regions.conf"

curl -fs "$GATEWAY/health/ready" >/dev/null || { echo "the platform is not up: run ./platform.sh up --detach" >&2; exit 1; }
HQ_TOKEN="$("$ROOT/platform.sh" token --role hq-admin)"
declare -A REGION_TOKEN
for region in "${REGIONS[@]}"; do REGION_TOKEN[$region]="$("$ROOT/platform.sh" token --role region-staff --region "$region")"; done

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

samples=()
for i in $(seq 1 "$SAMPLES"); do
  code="BENCH-$(date +%s%N | tail -c 9)-$i"
  start=$(now_ms)
  curl -fs -o /dev/null -X POST "$GATEWAY/api/hq/catalog/car-models" \
    -H "Authorization: Bearer $HQ_TOKEN" -H 'Content-Type: application/json' \
    -d "{\"code\":\"$code\",\"name\":\"Bench car $i\",\"category\":\"Cup\",\"generation\":\"992\",\"modelYear\":2024,\"engine\":\"4.0 l flat-six\",\"powerKw\":375}"
  for region in "${REGIONS[@]}"; do
    until curl -fs -o /dev/null -H "Authorization: Bearer ${REGION_TOKEN[$region]}" "$GATEWAY/api/regions/$region/catalog/car-models/$code"; do
      [ $(( $(now_ms) - start )) -lt 10000 ] || { echo "$code did not reach $region within 10 s" >&2; exit 1; }
      sleep 0.02
    done
  done
  samples+=($(( $(now_ms) - start )))
done

printf '%s\n' "${samples[@]}" | sort -n | awk -v n="$SAMPLES" '
  { v[NR] = $1; sum += $1 }
  END {
    printf "catalog propagation, POST at headquarters until served by all 3 regions via the gateway (%d samples)\n", n
    printf "  min %d ms   median %d ms   p95 %d ms   max %d ms   mean %.1f ms\n", v[1], v[int((n+1)/2)], v[int(n*0.95+0.999)], v[n], sum/n
  }'
