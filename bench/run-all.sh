#!/usr/bin/env bash
# Every speed figure of the platform in one run, with the same load, beside its anchor:
#   bench/run-all.sh [seconds per wrk figure] [connections]
# Starts the platform itself (./platform.sh up --demo, on a data folder of its own under .run/bench, the per-client rate
# limit lifted since wrk is one client) and nginx on loopback as the proxy anchor; installs wrk, jq and nginx with apt when
# missing; stops everything it started at the end. The platform must not be running already (it uses the same ports).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_EACH="${1:-10}"
CONNECTIONS="${2:-16}"
BENCH_DIR="$ROOT/.run/bench"
GATEWAY=http://127.0.0.1:5000
HQ_DIRECT=http://127.0.0.1:5100
EUROPE_DIRECT=http://127.0.0.1:5201
NGINX_PORT=5080
REGIONS=()
while read -r id _; do [[ -z $id || $id == \#* ]] || REGIONS+=("$id"); done <"$ROOT/regions.conf"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
for tool in wrk jq nginx; do command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} with apt" >&2
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
if curl -fs -o /dev/null "$GATEWAY/health/live"; then echo "something already answers on $GATEWAY: stop it first (./platform.sh down)" >&2; exit 1; fi

rm -rf "$BENCH_DIR" && mkdir -p "$BENCH_DIR"
cleanup() {
  [ ! -f "$BENCH_DIR/nginx.pid" ] || kill "$(cat "$BENCH_DIR/nginx.pid")" 2>/dev/null || true
  "$ROOT/platform.sh" down >/dev/null 2>&1 || true
}
trap cleanup EXIT

started=$(date +%s%N)
MOTORSPORT_DATA="$BENCH_DIR/data" RateLimiting__PermitLimit=100000000 "$ROOT/platform.sh" up --detach --demo --no-dashboard >"$BENCH_DIR/up.log" 2>&1 \
  || { tail -20 "$BENCH_DIR/up.log" >&2; exit 1; }
up_seconds=$(( ($(date +%s%N) - started) / 1000000 ))

token() { "$ROOT/platform.sh" token "$@"; }
HQ_ADMIN="$(token --role hq-admin)"
HQ="$(token --role hq-analyst)"
EUROPE="$(token --role region-staff --region europe)"
region_tokens=()
for region in "${REGIONS[@]}"; do region_tokens+=("$region=$(token --role region-staff --region "$region")"); done
export BENCH_HQ_TOKEN="$HQ_ADMIN" BENCH_REGION_TOKENS="$(IFS=,; echo "${region_tokens[*]}")"
bench_tool() { dotnet "$ROOT/bench/Motorsport.Bench/bin/${CONFIGURATION:-Release}/net10.0/Motorsport.Bench.dll" "$@"; }

# wrk's figures (bench/wrk-figures.awk), after a few seconds unmeasured so JIT and caches have settled.
measure() { # token url
  wrk -t2 -c"$CONNECTIONS" -d3s -H "Authorization: Bearer $1" "$2" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -H "Authorization: Bearer $1" "$2" | awk -f "$ROOT/bench/wrk-figures.awk"
}
row() { printf '  %-44s %9s %9s %9s %s\n' "$@"; }

echo "bench/run-all.sh, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); everything on this one machine, SQLite, demo data"
echo "wrk: ${SECONDS_EACH} s per figure after 3 s of warm-up, $CONNECTIONS connections, 2 threads"
echo
echo "start-up and memory"
echo "  ./platform.sh up --demo (build, start, seed): $((up_seconds / 1000)).$(( (up_seconds % 1000) / 100 )) s"
for pidfile in "$ROOT"/.run/*.pid; do
  name="$(basename "$pidfile" .pid)"
  [ "$name" != aspire-dashboard ] || continue
  # Resident counts the framework's pages each process shares with the others in full; proportional divides them.
  printf '  %-22s resident %4d MB, proportional %4d MB\n' "$name" \
    "$(( $(awk '/^Rss:/ { print $2 }' "/proc/$(cat "$pidfile")/smaps_rollup") / 1024 ))" "$(( $(awk '/^Pss:/ { print $2 }' "/proc/$(cat "$pidfile")/smaps_rollup") / 1024 ))"
done

echo
echo "one GET three ways: europe's teams, a page of 20; nginx and the gateway proxy to the same europe process"
cat >"$BENCH_DIR/nginx.conf" <<NGINX
worker_processes auto;
pid $BENCH_DIR/nginx.pid;
error_log $BENCH_DIR/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  upstream europe { server 127.0.0.1:5201; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / { proxy_pass http://europe; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
NGINX
"$NGINX" -p "$BENCH_DIR" -c "$BENCH_DIR/nginx.conf"
until curl -fs -o /dev/null -H "Authorization: Bearer $EUROPE" "http://127.0.0.1:$NGINX_PORT/api/regions/europe/teams?pageSize=20"; do sleep 0.1; done
path="/api/regions/europe/teams?pageSize=20"
# CPU time a process spent per answered request while wrk ran (user + system, from /proc): where the two cores go.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$(cat "$ROOT/.run/$1.pid")/stat"; }
measure_cpu() { # token url -> wrk's figures, then the gateway's and europe's CPU ms per request
  local gateway0 europe0 figures
  wrk -t2 -c"$CONNECTIONS" -d3s -H "Authorization: Bearer $1" "$2" >/dev/null
  gateway0=$(cpu_ticks gateway) europe0=$(cpu_ticks regional-europe)
  figures=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -H "Authorization: Bearer $1" "$2" | awk -f "$ROOT/bench/wrk-figures.awk")
  awk -v figures="$figures" -v gateway=$(( $(cpu_ticks gateway) - gateway0 )) -v europe=$(( $(cpu_ticks regional-europe) - europe0 )) \
    -v hz="$(getconf CLK_TCK)" -v seconds="$SECONDS_EACH" \
    'BEGIN { split(figures, f, " "); n = f[1] * seconds; printf "%s %.3f %.3f\n", figures, gateway * 1000 / hz / n, europe * 1000 / hz / n }'
}
read -r direct_rps direct_p50 _ direct_p99 _ _ direct_europe_cpu < <(measure_cpu "$EUROPE" "$EUROPE_DIRECT$path")
read -r nginx_rps nginx_p50 _ nginx_p99 _ _ nginx_europe_cpu < <(measure_cpu "$EUROPE" "http://127.0.0.1:$NGINX_PORT$path")
read -r gateway_rps gateway_p50 _ gateway_p99 _ gateway_cpu gateway_europe_cpu < <(measure_cpu "$EUROPE" "$GATEWAY$path")
row "" "req/s" "p50 ms" "p99 ms" "ratio"
row "direct" "$direct_rps" "$direct_p50" "$direct_p99" "1.00 x direct"
row "nginx" "$nginx_rps" "$nginx_p50" "$nginx_p99" "$(awk -v a="$nginx_rps" -v b="$direct_rps" 'BEGIN { printf "%.2f x direct", a / b }')"
row "gateway (YARP)" "$gateway_rps" "$gateway_p50" "$gateway_p99" "$(awk -v a="$gateway_rps" -v b="$direct_rps" -v n="$nginx_rps" -v p="$gateway_p50" -v d="$direct_p50" \
  'BEGIN { printf "%.2f x direct, %.2f x nginx, +%.2f ms p50", a / b, a / n, p - d }')"
echo "  CPU per request: the gateway ${gateway_cpu} ms; europe behind it ${gateway_europe_cpu} ms (direct ${direct_europe_cpu}, behind nginx ${nginx_europe_cpu})"
echo "  (target: gateway >= nginx, added p50 <= 0.5 ms)"

echo
echo "ready after a restart (europe alone, before the heavier phases below load the machine)"
# Ready after a restart: europe stopped and started again with the command line and environment it ran with.
pid="$(cat "$ROOT/.run/regional-europe.pid")"
cwd="$(readlink "/proc/$pid/cwd")"
mapfile -d '' environment <"/proc/$pid/environ"
mapfile -d '' command_line <"/proc/$pid/cmdline"
kill "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
restart=$(date +%s%N)
(cd "$cwd" && exec env -i "${environment[@]}" "${command_line[@]}") >>"$ROOT/.run/logs/regional-europe.log" 2>&1 &
echo "$!" >"$ROOT/.run/regional-europe.pid"
until curl -fs -o /dev/null "$EUROPE_DIRECT/health/ready"; do sleep 0.05; done
ready_ms=$(( ($(date +%s%N) - restart) / 1000000 ))
echo "  regional europe ready after a restart: ${ready_ms} ms   (target: each service <= 150 MB, ready <= 3 s)"

insights() { # label
  echo
  echo "headquarters' insights through the gateway, $1   (target: p99 <= 10 ms; <= 20 ms at 100x)"
  echo "  (training-compliance, calendar and standings answer a page: the first, of 50)"
  row "view" "req/s" "p50 ms" "p99 ms" "non-2xx"
  local view
  for view in regions car-models training-compliance calendar standings; do
    read -r rps p50 _ p99 bad < <(measure "$HQ" "$GATEWAY/api/hq/insights/$view")
    row "$view" "$rps" "$p50" "$p99" "$bad"
  done
}
records() { python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT COUNT(*) FROM regional_records').fetchone()[0])" "$BENCH_DIR/data/headquarters.db"; }
insights "demo read model ($(records) records)"

echo
echo "replication, headquarters -> every region, through the gateway"
bench_tool propagation --samples 30 | sed 's/^/  /'
echo "  (target: median <= 15 ms, p99 <= 50 ms)"
bench_tool burst --count 5000 --concurrency 32 | sed 's/^/  /'
echo "  (anchor: MassTransit on RabbitMQ ~10,000 msg/s on localhost; target: every region complete <= 1 s after the burst ends)"
bench_tool lag --rate 500 --seconds 20 --concurrency 64 | sed 's/^/  /'
echo "  (target: replication lag p99 <= 1 s at 500 writes/s)"

for factor in 10 100; do
  grow="$(python3 "$ROOT/bench/grow-read-model.py" "$factor" "$BENCH_DIR/data/headquarters.db")"
  insights "read model x$factor (${grow#*to } records)"
done

