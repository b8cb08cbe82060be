#!/usr/bin/env bash
# How fast the web app answers its main pages on the demo data, signed in, with wrk: through the gateway (what people
# get) and straight at the web app (the anchor: what the gateway's hop adds). Every page is server-rendered and calls the
# APIs through the gateway with the person's token, so its time includes those calls.
# Needs a platform with demo data and the gateway's per-client rate limit raised, since wrk is one person and each page
# makes several API calls:
#   RateLimiting__PermitLimit=10000000 ./platform.sh up --detach --demo
# Usage: bench/web-pages.sh [seconds per page] [connections]
# GATEWAY (default http://127.0.0.1:5000) and WEB (default http://127.0.0.1:5300) name another instance, e.g. one on
# other ports; the web app must offer the development sign-in (Development environment with a signing key), as under 'up'.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GATEWAY="${GATEWAY:-http://127.0.0.1:5000}"
WEB="${WEB:-http://127.0.0.1:5300}"
SECONDS_EACH="${1:-10}"
CONNECTIONS="${2:-8}"
REGION="${REGION:-europe}"

curl -fs "$GATEWAY/health/ready" >/dev/null && curl -fs "$WEB/health/ready" >/dev/null \
  || { echo "the platform is not up at $GATEWAY (web app $WEB): see the usage above" >&2; exit 1; }
command -v wrk >/dev/null || {
  echo "installing wrk with apt" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq wrk >/dev/null; else sudo apt-get install -y -qq wrk >/dev/null; fi
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Signs in as a person would, on the development sign-in page: its antiforgery token, then the form. Prints the Cookie
# header of the session (curl keeps HttpOnly cookies in its jar behind a '#HttpOnly_' prefix).
sign_in() { # role [region]
  local jar="$work/$1.jar" token
  token="$(curl -fsS -c "$jar" -b "$jar" "$GATEWAY/signin" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')"
  [ -n "$token" ] || { echo "no development sign-in at $GATEWAY/signin" >&2; exit 1; }
  curl -fsS -c "$jar" -b "$jar" -o /dev/null --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Role=$1" --data-urlencode "Region=${2:-}" "$GATEWAY/signin/development"
  awk '{ if (sub(/^#HttpOnly_/, "") == 0 && /^#/) next } NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar"
}

HQ="$(sign_in hq-analyst)"
OFFICE="$(sign_in region-staff "$REGION")"
grep -q 'motorsport.session' <<<"$OFFICE" || { echo "signing in did not give a session cookie" >&2; exit 1; }

# A page answers 200 with the page itself: not a redirect to the sign-in page, and no API call on it that failed for
# want of capacity (rate limit, time-out, unreachable) — the words the app shows for those. A refusal that is the data's
# (e.g. a series without scoring settings on the standings page) is the page as people see it.
check() { # cookie url
  local status
  status="$(curl -sS -o "$work/page.html" -w '%{http_code}' -H "Cookie: $1" "$2")"
  [ "$status" = 200 ] || { echo "$2 answers $status" >&2; return 1; }
  ! grep -qE 'Too many requests|cannot be reached|not answering|went wrong on the platform|session has ended' "$work/page.html" \
    || { echo "$2 shows a failed call: $(grep -o 'class="problem"[^<]*<p>[^<]*' "$work/page.html" | head -n 1)" >&2; return 1; }
}

check "$OFFICE" "$GATEWAY/regions/$REGION"
event="$(grep -o "/regions/$REGION/events/[0-9a-f-]\{36\}" "$work/page.html" | head -n 1)"
check "$OFFICE" "$GATEWAY/regions/$REGION/teams"
team="$(grep -o "/regions/$REGION/teams/[0-9a-f-]\{36\}" "$work/page.html" | head -n 1)"
[ -n "$event" ] && [ -n "$team" ] || { echo "no demo data in $REGION: start with --demo" >&2; exit 1; }

targets=(
  "hq: every region at a glance|$HQ|/hq"
  "hq: calendar|$HQ|/hq/calendar"
  "hq: cars and entries per model|$HQ|/hq/car-models"
  "hq: training compliance|$HQ|/hq/training-compliance"
  "hq: standings|$HQ|/hq/standings"
  "$REGION: events|$OFFICE|/regions/$REGION"
  "$REGION: event with its entry list|$OFFICE|$event"
  "$REGION: teams|$OFFICE|/regions/$REGION/teams"
  "$REGION: team|$OFFICE|$team"
  "$REGION: drivers|$OFFICE|/regions/$REGION/drivers"
  "$REGION: cars|$OFFICE|/regions/$REGION/cars"
  "$REGION: standings|$OFFICE|/regions/$REGION/standings"
)

# Every page a few seconds unmeasured first, both ways: the processes' JIT and caches settle, so the figures are the steady state.
for target in "${targets[@]}"; do
  IFS='|' read -r _ cookie path <<<"$target"
  for base in "$GATEWAY" "$WEB"; do
    check "$cookie" "$base$path"
    wrk -t2 -c"$CONNECTIONS" -d3s -H "Cookie: $cookie" "$base$path" >/dev/null
  done
done

printf 'wrk, %d s per page after a warm-up of all, %d connections, 2 threads, signed in, on this machine (%s cores, shared by wrk and every service)\n' \
  "$SECONDS_EACH" "$CONNECTIONS" "$(nproc)"
printf '%-38s %-8s %8s %9s %9s %9s %8s\n' "page" "via" "req/s" "p50 ms" "p90 ms" "p99 ms" "errors"
for target in "${targets[@]}"; do
  IFS='|' read -r name cookie path <<<"$target"
  for via in gateway direct; do
    base="$GATEWAY"; [ "$via" = direct ] && base="$WEB"
    out="$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -H "Cookie: $cookie" "$base$path")"
    # After the load too: a page that answered 200 with a refused API call on it (rate limit, time-out) would be fast and wrong.
    check "$cookie" "$base$path" || echo "  (the figures below are not the page's: see above)" >&2
    read -r rps p50 p90 p99 failed < <(awk -f "$ROOT/bench/wrk-figures.awk" <<<"$out")
    printf '%-38s %-8s %8s %9s %9s %9s %8s\n' "$name" "$via" "$rps" "$p50" "$p90" "$p99" "$failed"
  done
done
