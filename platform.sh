#!/usr/bin/env bash
# The platform's two commands, and the few around them:
#   ./platform.sh up [--detach] [--demo] [--no-dashboard]   install/start RabbitMQ, build, start headquarters, three
#                                          regions, the gateway and the web app, exporting telemetry to the Aspire Dashboard it starts;
#                                          --demo fills every region with a season of demo data
#   ./platform.sh down            stop what 'up --detach' started
#   ./platform.sh test [ARGS]     start RabbitMQ and PostgreSQL (installing them when missing) and run every test;
#                                 ARGS go to 'dotnet test', e.g. --filter "FullyQualifiedName~Results" to run some
#   ./platform.sh token --role R [--region X]   print a development token for the local platform
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RUN_DIR="$ROOT/.run"
CONFIGURATION="${CONFIGURATION:-Release}"
# Where 'up' keeps the services' SQLite files; the benchmark runs on a folder of its own.
DATA_DIR="${MOTORSPORT_DATA:-$ROOT/data}"
GATEWAY_PORT=5000
HQ_PORT=5100
WEB_PORT=5300
DASHBOARD_PORT=18888
OTLP_HTTP_PORT=4318
# id:port:display name:time zone, one entry per line of regions.conf (the one list of local regions).
REGIONS=()
while read -r region_id region_port region_zone region_name; do
  [[ -z $region_id || $region_id == \#* ]] && continue
  REGIONS+=("$region_id:$region_port:$region_name:$region_zone")
done <"$ROOT/regions.conf"

# Local development only: 'up' signs and validates tokens with this key. Production sets Auth__Authority (OIDC) instead.
export Auth__SigningKey="${Auth__SigningKey:-motorsport-local-development-signing-key-not-for-production}"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  log "installing $* with apt"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

rabbitmq_running() { as_root timeout 20 rabbitmq-diagnostics -q ping >/dev/null 2>&1; }

ensure_rabbitmq() {
  command -v rabbitmq-server >/dev/null || apt_install rabbitmq-server
  rabbitmq_running && return
  log "starting RabbitMQ"
  as_root rabbitmq-server -detached >/dev/null 2>&1 || true
  # -detached returns before the node has registered, and await_startup gives up at once on a node it cannot
  # reach, so wait for the node to answer first and only then for its applications.
  local waited=0
  until rabbitmq_running; do
    [ "$waited" -lt 120 ] || die "RabbitMQ did not start within 120 s; see /var/log/rabbitmq"
    sleep 1
    waited=$((waited + 1))
  done
  as_root timeout 120 rabbitmqctl await_startup >/dev/null || die "RabbitMQ did not finish starting; see /var/log/rabbitmq"
}

ensure_postgres() {
  command -v pg_lsclusters >/dev/null && [ -n "$(pg_lsclusters -h 2>/dev/null)" ] || apt_install postgresql
  local version cluster status
  read -r version cluster _ status _ < <(pg_lsclusters -h | head -n 1)
  if [ "$status" != "online" ]; then
    log "starting PostgreSQL $version/$cluster"
    as_root pg_ctlcluster "$version" "$cluster" start
  fi
  as_root su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null
  # The integration tests run six services, each with its own connection pool, against this one server.
  if [ "$(as_root su postgres -c "psql -tAc 'show max_connections'")" -lt 300 ]; then
    log "raising PostgreSQL max_connections to 300"
    as_root su postgres -c "psql -q -c 'ALTER SYSTEM SET max_connections = 300'" >/dev/null
    as_root pg_ctlcluster "$version" "$cluster" restart
  fi
}

build() {
  log "building ($CONFIGURATION)"
  dotnet build "$ROOT/Motorsport.Platform.sln" -c "$CONFIGURATION" -nologo -v q -clp:ErrorsOnly
}

output_dir() { echo "$ROOT/$1/bin/$CONFIGURATION/net10.0"; }

start_process() { # name, project dir, dll, then environment assignments
  local name=$1 dir=$2 dll=$3; shift 3
  mkdir -p "$RUN_DIR/logs"
  # W^X maps generated code twice (writable, executable) and costs start-up: a region was ready 3.9-5.1 s after start
  # without it, 4.6-5.9 s with it. The images turn it off the same way (Dockerfile); README, "Benchmark".
  (cd "$(output_dir "$dir")" && exec env DOTNET_EnableWriteXorExecute=0 "$@" dotnet "$dll") >"$RUN_DIR/logs/$name.log" 2>&1 &
  echo "$!" >"$RUN_DIR/$name.pid"
}

wait_ready() { # name, url
  local deadline=$((SECONDS + 120))
  until curl -fs "$2/health/ready" >/dev/null 2>&1; do
    [ -e "/proc/$(cat "$RUN_DIR/$1.pid")" ] || die "$1 exited; see $RUN_DIR/logs/$1.log"
    [ $SECONDS -lt $deadline ] || die "$1 not ready after 120 s; see $RUN_DIR/logs/$1.log"
    sleep 0.5
  done
}

# The Aspire Dashboard, standalone, from the NuGet package the integration tests download (restored by the build).
start_dashboard() {
  local exe
  exe=$(ls -d "${NUGET_PACKAGES:-$HOME/.nuget/packages}"/aspire.dashboard.sdk.linux-x64/*/tools/Aspire.Dashboard 2>/dev/null | sort -V | tail -n 1)
  [ -x "$exe" ] || die "the Aspire Dashboard package is missing; restore tests/Motorsport.IntegrationTests"
  mkdir -p "$RUN_DIR/logs"
  (cd "$(dirname "$exe")" && exec env ASPNETCORE_URLS="http://127.0.0.1:$DASHBOARD_PORT" \
    ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL="http://127.0.0.1:$OTLP_HTTP_PORT" ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS=true \
    ./Aspire.Dashboard) >"$RUN_DIR/logs/aspire-dashboard.log" 2>&1 &
  echo "$!" >"$RUN_DIR/aspire-dashboard.pid"
}

stop_all() {
  shopt -s nullglob
  local pidfile
  for pidfile in "$RUN_DIR"/*.pid; do
    kill "$(cat "$pidfile")" 2>/dev/null || true
  done
  for pidfile in "$RUN_DIR"/*.pid; do
    while kill -0 "$(cat "$pidfile")" 2>/dev/null; do sleep 0.2; done
    rm -f "$pidfile"
  done
}

cmd_up() {
  local detach=false demo=false dashboard=true
  for arg in "$@"; do
    case "$arg" in
      --detach) detach=true ;;
      --demo) demo=true ;;
      --no-dashboard) dashboard=false ;;
      *) die "unknown option for up: $arg" ;;
    esac
  done
  ensure_rabbitmq
  build
  stop_all
  mkdir -p "$DATA_DIR"
  local common=(ASPNETCORE_ENVIRONMENT=Development "Database__Provider=Sqlite" "Auth__SigningKey=$Auth__SigningKey")
  if $dashboard; then
    start_dashboard
    common+=("OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:$OTLP_HTTP_PORT" OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf)
  fi

  start_process headquarters services/Headquarters/Motorsport.Headquarters Motorsport.Headquarters.dll "${common[@]}" \
    "ASPNETCORE_URLS=http://127.0.0.1:$HQ_PORT" "ConnectionStrings__Database=Data Source=$DATA_DIR/headquarters.db"
  local entry id port name zone
  for entry in "${REGIONS[@]}"; do
    IFS=: read -r id port name zone <<<"$entry"
    start_process "regional-$id" services/Regional/Motorsport.Regional Motorsport.Regional.dll "${common[@]}" \
      "ASPNETCORE_URLS=http://127.0.0.1:$port" "ConnectionStrings__Database=Data Source=$DATA_DIR/regional-$id.db" \
      "Region__Id=$id" "Region__DisplayName=$name" "Region__TimeZone=$zone"
  done
  # Each region's route and cluster, in the same YARP settings as k8s/overlays/headquarters/gateway-regions.env.
  local routes=()
  for entry in "${REGIONS[@]}"; do
    IFS=: read -r id port _ <<<"$entry"
    routes+=("ReverseProxy__Routes__region-${id}__ClusterId=region-$id" "ReverseProxy__Routes__region-${id}__Match__Path=/api/regions/$id/{**rest}"
      "ReverseProxy__Routes__region-${id}__AuthorizationPolicy=region" "ReverseProxy__Routes__region-${id}__Metadata__Region=$id"
      "ReverseProxy__Clusters__region-${id}__Destinations__primary__Address=http://127.0.0.1:$port")
  done
  start_process gateway gateway/Motorsport.Gateway Motorsport.Gateway.dll "${common[@]}" "ASPNETCORE_URLS=http://127.0.0.1:$GATEWAY_PORT" \
    "ReverseProxy__Clusters__web__Destinations__primary__Address=http://127.0.0.1:$WEB_PORT" "${routes[@]}"
  # The offices the web app lists (sign-in, headquarters' replica page), the same regions in the same order.
  local offices=() index=0
  for entry in "${REGIONS[@]}"; do
    offices+=("SignIn__Regions__${index}=${entry%%:*}")
    index=$((index + 1))
  done
  start_process web services/WebApp/Motorsport.WebApp Motorsport.WebApp.dll ASPNETCORE_ENVIRONMENT=Development \
    "Auth__SigningKey=$Auth__SigningKey" "ASPNETCORE_URLS=http://127.0.0.1:$WEB_PORT" "Gateway__Address=http://127.0.0.1:$GATEWAY_PORT" \
    "Database__Provider=Sqlite" "ConnectionStrings__Database=Data Source=$DATA_DIR/web.db" "${offices[@]}"

  wait_ready headquarters "http://127.0.0.1:$HQ_PORT"
  for entry in "${REGIONS[@]}"; do
    IFS=: read -r id port _ <<<"$entry"
    wait_ready "regional-$id" "http://127.0.0.1:$port"
  done
  wait_ready gateway "http://127.0.0.1:$GATEWAY_PORT"
  wait_ready web "http://127.0.0.1:$WEB_PORT"
  if $dashboard; then
    local deadline=$((SECONDS + 60))
    until curl -fs "http://127.0.0.1:$DASHBOARD_PORT/api/telemetry/resources" >/dev/null 2>&1; do
      [ $SECONDS -lt $deadline ] || die "the Aspire Dashboard did not start; see $RUN_DIR/logs/aspire-dashboard.log"
      sleep 0.5
    done
  fi

  log "the platform is up"
  echo "  web app        http://127.0.0.1:$GATEWAY_PORT/   (sign in: pick a role and an office)"
  echo "  gateway        http://127.0.0.1:$GATEWAY_PORT"
  echo "  headquarters   http://127.0.0.1:$GATEWAY_PORT/api/hq/catalog/car-models"
  for entry in "${REGIONS[@]}"; do
    IFS=: read -r id _ <<<"$entry"
    printf '  %-14s http://127.0.0.1:%s/api/regions/%s/catalog/car-models\n' "$id" "$GATEWAY_PORT" "$id"
  done
  echo "  logs           $RUN_DIR/logs/"
  if $dashboard; then
    echo "  traces         http://127.0.0.1:$DASHBOARD_PORT  (Aspire Dashboard: traces, metrics and logs of every service)"
  fi

  if $demo; then
    # Demo data through the gateway (scripts/demo-seed.sh), as headquarters' and each office's staff; regions already seeded are left alone.
    command -v jq >/dev/null || apt_install jq
    export HQ_TOKEN="${HQ_TOKEN:-$(cmd_token --role hq-admin)}"
    local token_var
    for entry in "${REGIONS[@]}"; do
      IFS=: read -r id _ <<<"$entry"
      token_var="REGION_TOKEN_${id//-/_}"
      [ -n "${!token_var:-}" ] || export "$token_var=$(cmd_token --role region-staff --region "$id")"
    done
    local region_ids=()
    for entry in "${REGIONS[@]}"; do region_ids+=("${entry%%:*}"); done
    "$ROOT/scripts/demo-seed.sh" "http://127.0.0.1:$GATEWAY_PORT" "${region_ids[@]}" || log "the demo seed failed (see above); the platform stays up"
  fi

  if $detach; then
    echo "stop with: ./platform.sh down"
    return
  fi
  echo "press Ctrl-C to stop"
  trap 'log "stopping"; stop_all; exit 0' INT TERM
  while true; do sleep 1; done
}

summarize_trx() { # folder of .trx files -> "tests: N passed, M failed[, K skipped]"
  local passed=0 failed=0 skipped=0 counters name value
  shopt -s nullglob
  for trx in "$1"/*.trx; do
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1 || true)
    for name in passed failed error timeout aborted notExecuted; do
      value=$(sed -n "s/.* $name=\"\([0-9]*\)\".*/\1/p" <<<"$counters")
      case "$name" in
        passed) passed=$((passed + ${value:-0})) ;;
        notExecuted) skipped=$((skipped + ${value:-0})) ;;
        *) failed=$((failed + ${value:-0})) ;;
      esac
    done
  done
  if [ "$skipped" -gt 0 ]; then
    echo "tests: $passed passed, $failed failed, $skipped skipped"
  else
    echo "tests: $passed passed, $failed failed"
  fi
}

# The OpenAPI linter the integration tests run (redocly.yaml), installed with npm from tools/openapi-lint's lock file into
# .run/tools, again only when the lock file changed. Without it the lint test fails; the other tests still run.
OPENAPI_LINTER="$RUN_DIR/tools/openapi-lint/node_modules/.bin/redocly"
ensure_openapi_linter() {
  local source="$ROOT/tools/openapi-lint" target="$RUN_DIR/tools/openapi-lint"
  command -v npm >/dev/null || { log "npm is missing: install Node.js 20.19 or later with npm for the OpenAPI lint test"; return; }
  if [ -x "$OPENAPI_LINTER" ] && cmp -s "$source/package-lock.json" "$target/package-lock.json"; then return; fi
  log "installing the OpenAPI linter with npm"
  rm -rf "$target"
  mkdir -p "$target"
  cp "$source/package.json" "$source/package-lock.json" "$target/"
  (cd "$target" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null) || log "npm could not install the OpenAPI linter"
}

# The fault suite (tests/Motorsport.FaultTests) starts, stops and kills RabbitMQ nodes of its own, never the shared one, and
# ends them itself; should the test host die first, its nodes are ended here, by the pids it recorded.
stop_fault_brokers() {
  shopt -s nullglob
  local pidfile pid
  for pidfile in "$RUN_DIR"/fault-brokers/*/*/pid; do
    pid=$(cat "$pidfile")
    pkill -KILL -P "$pid" 2>/dev/null || true
    kill -KILL "$pid" 2>/dev/null || true
  done
  rm -rf "$RUN_DIR/fault-brokers"
}

cmd_test() {
  ensure_rabbitmq
  ensure_postgres
  # The browser tests drive Debian's Chromium (Playwright cannot download its own browsers here).
  [ -x /usr/bin/chromium ] || apt_install chromium
  stop_fault_brokers
  # A virtual host of this run's own, like the run's databases: nothing survives from an earlier run, and two runs on one
  # machine never take each other's messages. It is removed when the run ends.
  local vhost="${MOTORSPORT_TEST_VHOST:-motorsport-test-$(date +%s)-$$}"
  as_root rabbitmqctl -q delete_vhost "$vhost" >/dev/null 2>&1 || true
  as_root rabbitmqctl -q add_vhost "$vhost" >/dev/null
  as_root rabbitmqctl -q set_permissions -p "$vhost" guest '.*' '.*' '.*' >/dev/null
  # shellcheck disable=SC2064 # the vhost's name is fixed now
  trap "as_root rabbitmqctl -q delete_vhost '$vhost' >/dev/null 2>&1 || true; stop_fault_brokers" EXIT
  build
  ensure_openapi_linter

  local results="$RUN_DIR/test-results"
  rm -rf "$results"
  mkdir -p "$results"
  local status=0
  # One test project at a time: the integration and browser suites each run a whole platform in this run's one RabbitMQ
  # virtual host, and two platforms at once would be competing consumers on each other's queues.
  MOTORSPORT_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres" \
  MOTORSPORT_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:5672/$vhost" \
  MOTORSPORT_TEST_CONFIGURATION="$CONFIGURATION" \
  MOTORSPORT_TEST_OPENAPI_LINTER="$OPENAPI_LINTER" \
  MOTORSPORT_TEST_RESULTS="$results" \
    dotnet test "$ROOT/Motorsport.Platform.sln" -c "$CONFIGURATION" --no-build -nologo -maxcpucount:1 \
      --logger "trx" --results-directory "$results" "$@" || status=$?

  # The fault suite's figures (lost, applied twice, seconds to converge), one line per scenario that ran.
  [ ! -f "$results/fault-figures.txt" ] || sed 's/^/  fault: /' "$results/fault-figures.txt"
  summarize_trx "$results"
  return $status
}

cmd_token() {
  local tool
  tool="$(output_dir tools/Motorsport.Tokens)/Motorsport.Tokens.dll"
  [ -f "$tool" ] || dotnet build "$ROOT/tools/Motorsport.Tokens" -c "$CONFIGURATION" -nologo -v q -clp:ErrorsOnly >&2
  MOTORSPORT_REGIONS="${REGIONS[*]%%:*}" dotnet "$tool" "$@"
}

case "${1:-}" in
  up) shift; cmd_up "$@" ;;
  down) stop_all; log "stopped" ;;
  test) shift; cmd_test "$@" ;;
  token) shift; cmd_token "$@" ;;
  *) echo "usage: ./platform.sh up [--detach] [--demo] [--no-dashboard] | down | test | token --role ROLE [--region REGION]" >&2; exit 2 ;;
esac
