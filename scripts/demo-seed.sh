#!/usr/bin/env bash
# Fills the running platform with a demo season in progress, dated relative to today, through the gateway only, as the
# offices themselves would:
#   1. headquarters (HQ_TOKEN, role hq-admin) creates the car models and the training courses, and the script waits until
#      every region's replica has them;
#   2. each region (REGION_TOKEN_<region>, dashes as underscores, e.g. REGION_TOKEN_asia_pacific; role region-staff) gets
#      office engineers, a Carrera Cup of seven rounds and a GT Sprint Challenge of three with scoring settings, 22 teams
#      with licences and crews, 42 drivers, 33 cars and the entry lists of every round. Rounds already run have their
#      results imported as the timing provider's exports (the README's "Timing exports" layouts), a few decisions of race
#      control, and are final and completed; the Carrera Cup round that ended yesterday still waits for its results; the
#      rest are ahead. Training sessions held in the past certified most crews (some certificates expire soon), so
#      headquarters' compliance view shows compliant and lacking teams; a session ahead has people enrolled.
# Headquarters' catalogues are created once (a code already there is left as it is); a region that already has its
# Carrera Cup is left alone, so a second run changes nothing.
#
#   scripts/demo-seed.sh [GATEWAY_URL] [REGION...]       default: http://127.0.0.1:5000 and every region of regions.conf
#
# Tokens may be empty (no Authorization header is sent); './platform.sh up --demo' issues them. Needs curl, jq, GNU date.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GATEWAY="${1:-http://127.0.0.1:5000}"
shift || true
REGIONS=("$@")
# The display name and time zone of each region of regions.conf; a region not listed there gets its id and UTC.
declare -A REGION_NAME REGION_ZONE
while read -r id _ zone name; do
  [[ -z $id || $id == \#* ]] && continue
  REGION_NAME[$id]=$name; REGION_ZONE[$id]=$zone
  [ $# -gt 0 ] || REGIONS+=("$id")
done <"$ROOT/regions.conf"

command -v jq >/dev/null || { echo "error: demo-seed needs jq (apt-get install jq)" >&2; exit 1; }
command -v curl >/dev/null || { echo "error: demo-seed needs curl" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
TODAY="$(date -u +%F)"
YEAR="${TODAY%%-*}"

say() { printf '  [%s] %s\n' "$SCOPE" "$*" >&2; }
die() { printf 'error: [%s] %s\n' "$SCOPE" "$*" >&2; exit 1; }

# day OFFSET: today's date moved by OFFSET (e.g. "-3 days", "+25 days", "-24 months +35 days"), as YYYY-MM-DD.
day() { date -u -d "$TODAY $1" +%F; }

# req METHOD PATH [BODY] [CONTENT-TYPE]: calls the gateway with $TOKEN; sets STATUS, leaves the body in $OUT. A BODY of
# @file sends the file as it is. Waits out 429s.
req() {
  local method=$1 path=$2 body=${3:-} type=${4:-application/json} wait
  local args=(-sS -X "$method" -o "$OUT" -D "$OUT.headers" -w '%{http_code}' -H 'Accept: application/json')
  [ -z "${TOKEN:-}" ] || args+=(-H "Authorization: Bearer $TOKEN")
  [ -z "$body" ] || args+=(-H "Content-Type: $type" --data-binary "$body")
  while true; do
    STATUS=$(curl "${args[@]}" "$GATEWAY$path") || die "cannot reach $GATEWAY"
    [ "$STATUS" = 429 ] || return 0
    wait=$(sed -n 's/^[Rr]etry-[Aa]fter: *\([0-9]*\).*/\1/p' "$OUT.headers")
    say "rate limited; waiting ${wait:-1} s"
    sleep "${wait:-1}"
  done
}

# must METHOD PATH BODY STATUS...: like req (JSON), but anything but the listed statuses stops the seed.
must() {
  local method=$1 path=$2 body=$3; shift 3
  req "$method" "$path" "$body"
  expect "$method $path" "$@"
}

expect() { # what STATUS...: stops the seed unless the last answer has one of the statuses
  local what=$1 ok; shift
  for ok in "$@"; do [ "$STATUS" = "$ok" ] && return 0; done
  die "$what answered $STATUS: $(cat "$OUT")"
}

# field EXPR: a value of the last response; the top-level id and version without starting jq (it is slow to start).
field() {
  local body
  body=$(<"$OUT")
  case $1 in
    .id) [[ $body =~ ^\{\"id\":\"([0-9a-fA-F-]+)\" ]] && { echo "${BASH_REMATCH[1]}"; return; } ;;
    .version) [[ $body =~ \"version\":([0-9]+),\"updatedAtUtc\" ]] && { echo "${BASH_REMATCH[1]}"; return; } ;;
  esac
  jq -r "$1" <<<"$body"
}

# s TEXT: TEXT as a JSON string.
s() { local text=${1//\\/\\\\}; text=${text//\"/\\\"}; printf '"%s"' "$text"; }

# ---------------------------------------------------------------- headquarters: the catalogues every region needs
CUP=992-GT3-CUP; GT3=992-GT3-R; GT4=718-GT4-RS-CS; OLD_CUP=991-GT3-CUP
# Courses: role|car model|validity in months. The Cup courses certify for two years, the GT3 R ones for one.
COURSES=("ENG-992-CUP|Engineer|$CUP|24" "MEC-992-CUP|Mechanic|$CUP|24" "ENG-992-GT3-R|Engineer|$GT3|12" "MEC-992-GT3-R|Mechanic|$GT3|12")
seed_catalogues() {
  SCOPE=hq; OUT="$WORK/hq"; TOKEN="${HQ_TOKEN:-}"
  local valid=$((YEAR + 3))-12-31 model row code role car months
  while IFS='|' read -r code name category generation year engine power until; do
    model="{\"code\":$(s "$code"),\"name\":$(s "$name"),\"category\":$(s "$category"),\"generation\":$(s "$generation"),\"modelYear\":$year,"
    model+="\"engine\":$(s "$engine"),\"powerKw\":$power,\"homologationValidUntil\":$(s "$until")}"
    must POST /api/hq/catalog/car-models "$model" 201 409
    if [ "$STATUS" = 201 ]; then say "car model $code"; fi
  done <<ROWS
$CUP|911 GT3 Cup (992)|Cup|992|2021|4.0 l flat-six|375|$valid
$GT3|911 GT3 R (992)|GT3|992|2023|4.2 l flat-six|416|$valid
$GT4|718 Cayman GT4 RS Clubsport|GT4|982|2022|4.0 l flat-six|368|$valid
$OLD_CUP|911 GT3 Cup (991.2)|Cup|991|2017|4.0 l flat-six|357|$((YEAR - 2))-12-31
ROWS
  # The 991 generation is out of service: retired at headquarters, so its cars can no longer be entered anywhere.
  must GET "/api/hq/catalog/car-models/$OLD_CUP" "" 200
  if [ "$(field .status)" = Active ]; then
    must POST "/api/hq/catalog/car-models/$OLD_CUP/retire" "{\"version\":$(field .version)}" 200
    say "retired $OLD_CUP"
  fi
  for row in "${COURSES[@]}"; do
    IFS='|' read -r code role car months <<<"$row"
    must POST /api/hq/catalog/training-courses "{\"code\":\"$code\",\"title\":$(s "$car $role"),\"role\":\"$role\",\"carModelCode\":\"$car\",\
\"location\":\"Factory\",\"durationDays\":3,\"capacity\":24,\"certificateValidityMonths\":$months}" 201 409
    if [ "$STATUS" = 201 ]; then say "training course $code"; fi
  done
}

wait_for_replica() { # region: until the region serves every model (the old Cup as Retired) and every course
  local region=$1 code row deadline=$((SECONDS + 90))
  for code in $CUP $GT3 $GT4 $OLD_CUP; do
    until req GET "/api/regions/$region/catalog/car-models/$code" && [ "$STATUS" = 200 ] \
        && { [ "$code" != $OLD_CUP ] || [ "$(field .status)" = Retired ]; }; do
      [ $SECONDS -lt $deadline ] || die "the catalogue replica of $region did not receive $code within 90 s"
      sleep 0.5
    done
  done
  for row in "${COURSES[@]}"; do
    until req GET "/api/regions/$region/catalog/training-courses/${row%%|*}" && [ "$STATUS" = 200 ]; do
      [ $SECONDS -lt $deadline ] || die "the catalogue replica of $region did not receive ${row%%|*} within 90 s"
      sleep 0.5
    done
  done
}

# ---------------------------------------------------------------- one region's data
# Fictional people and teams; real circuits. Rounds: name|circuit|IANA zone; their dates are set relative to today below.
region_data() {
  case $1 in
    europe)
      CC_CODE=CCE; CC_NAME="Carrera Cup Europe"; GT_CODE=GTSE; GT_NAME="GT Sprint Challenge Europe"
      NATIONS=(DE NL BE AT IT FR GB CH ES DK)
      FIRST=(Lukas Sander Elise Matteo Jonas Clara Felix Noah Lena Pieter Hugo Marie Luca Emma Tobias Anouk Oscar Sofia Nils Julia Rafael)
      LAST=(Brandt Vermeulen Janssens Huber Rossi Lefevre Clarke Meier Navarro Nielsen Keller Dijkstra Moreau Bauer Conti Peeters Hansen Wagner Fischer Bakker Ortega)
      TEAMS=("Alpenglühen Motorsport" "Team Donauwelle" "Team Rhein-Main" "Scuderia Dolomiti" "Van Berkel Motorsport" "Black Forest Racing"
        "Ardennes Competition" "Alpen Speed" "Team Lago di Garda" "Nordic GT" "Scuderia Milano" "Zandvoort Racing Club" "Team Bavaria"
        "Maasland Racing" "Tiroler Rennstall" "Riviera Racing" "Cantabria Motor" "Team Jutland" "Schwarzwald Werke Racing"
        "Ring Experience Racing" "Oranje Speed" "Lausitz Motorsport")
      CC_EVENTS=("Round 1 Hockenheim|Hockenheimring|Europe/Berlin" "Round 2 Zandvoort|Circuit Zandvoort|Europe/Amsterdam"
        "Round 3 Spa|Circuit de Spa-Francorchamps|Europe/Brussels" "Round 4 Spielberg|Red Bull Ring|Europe/Vienna"
        "Round 5 Monza|Autodromo Nazionale Monza|Europe/Rome" "Round 6 Barcelona|Circuit de Barcelona-Catalunya|Europe/Madrid"
        "Round 7 Portimão|Autódromo Internacional do Algarve|Europe/Lisbon")
      GT_EVENTS=("Imola 2 Hours|Autodromo Enzo e Dino Ferrari|Europe/Rome" "Nürburgring Sprint|Nürburgring GP|Europe/Berlin"
        "Le Castellet Finale|Circuit Paul Ricard|Europe/Paris")
      ENGINEERS=("Katrin Vogt" "Marco Bellini" "Jens Albrecht" "Sophie Laurent") ;;
    us)
      CC_CODE=CCNA; CC_NAME="Carrera Cup North America"; GT_CODE=GTSNA; GT_NAME="GT Sprint Challenge America"
      NATIONS=(US CA MX BR GB US US CA)
      FIRST=(Tyler Jordan Alex Riley Carlos Mason Avery Logan Diego Hannah Connor Madison Ethan Lucas Sophia Gabriel Chloe Wyatt Isabela Parker Dylan)
      LAST=(Walker Brooks Hernandez Foster Ramirez Sullivan Hayes Mitchell Castillo Bennett Coleman Price Reyes Murphy Silva Turner Jenkins Ward Cooper Rivera Grant)
      TEAMS=("Redwood Road and Race" "Lone Star Motorsports" "Pacific Coast Racing" "Hudson Valley Motorsport" "Gulf Shore GT"
        "Rocky Mountain Racing" "Bluegrass Competition" "Great Lakes Speed" "Desert Storm Motorsport" "Carolina Track Club" "Bay Area Racing"
        "Motor City Performance" "Sunshine State Racing" "Cascade Motorsport" "Windy City GT" "Maple Leaf Racing" "Baja Competition"
        "Atlantic Coast Motorsport" "Prairie Fire Racing" "Golden Gate GT" "Appalachian Racing" "Empire State Motorsport")
      CC_EVENTS=("Round 1 Sebring|Sebring International Raceway|America/New_York" "Round 2 Long Beach|Long Beach Street Circuit|America/Los_Angeles"
        "Round 3 Road America|Road America|America/Chicago" "Round 4 Watkins Glen|Watkins Glen International|America/New_York"
        "Round 5 Laguna Seca|WeatherTech Raceway Laguna Seca|America/Los_Angeles" "Round 6 Austin|Circuit of the Americas|America/Chicago"
        "Round 7 Daytona|Daytona International Speedway|America/New_York")
      GT_EVENTS=("VIR Sprint|Virginia International Raceway|America/New_York" "Mosport Sprint|Canadian Tire Motorsport Park|America/Toronto"
        "Sonoma Finale|Sonoma Raceway|America/Los_Angeles")
      ENGINEERS=("Rachel Donovan" "Miguel Santos" "Brian Kowalski" "Tanya Whitfield") ;;
    asia-pacific)
      CC_CODE=CCA; CC_NAME="Carrera Cup Asia"; GT_CODE=GTSAP; GT_NAME="GT Sprint Challenge Asia-Pacific"
      NATIONS=(AU NZ JP CN MY TH SG HK ID KR)
      FIRST=(Liam Kenta Wei Aiman Niran Jun Ethan Haruka Rizky Minjun Chloe Daniel Arif Mei Takumi Siew Jack Yuto Ananda Zhi Oliver)
      LAST=(Mitchell Takahashi Zhang Rahman Srisuk Tan Walker Sato Pratama Kim Nguyen Lee Hakim Chen Yamamoto Lim Harris Ito Wongsa Liu Bennett)
      TEAMS=("Team Victoria Harbour" "Lion City Racing" "Jade Dragon Motorsport" "Aotearoa GT" "Coral Bay Racing" "Straits Motorsports"
        "Team Sepang Speed" "Buriram United Racing" "Shanghai Star Motorsport" "Suzuka Spirit" "Fuji Dream Racing" "Harbour City GT"
        "Southern Cross Motorsport" "Kiwi Performance" "Singapore Lions Racing" "Jakarta Speed Club" "Seoul Velocity" "Bangkok Thunder"
        "Pearl River Racing" "Tasman Motorsport" "Borneo GT" "Kanto Competition")
      CC_EVENTS=("Round 1 Sepang|Sepang International Circuit|Asia/Kuala_Lumpur" "Round 2 Buriram|Chang International Circuit|Asia/Bangkok"
        "Round 3 Shanghai|Shanghai International Circuit|Asia/Shanghai" "Round 4 Suzuka|Suzuka Circuit|Asia/Tokyo"
        "Round 5 Fuji|Fuji Speedway|Asia/Tokyo" "Round 6 Mandalika|Pertamina Mandalika Circuit|Asia/Makassar"
        "Round 7 Sepang|Sepang International Circuit|Asia/Kuala_Lumpur")
      GT_EVENTS=("Bathurst Sprint|Mount Panorama Circuit|Australia/Sydney" "The Bend Sprint|The Bend Motorsport Park|Australia/Adelaide"
        "Inje Finale|Inje Speedium|Asia/Seoul")
      ENGINEERS=("Daniel Koh" "Yui Nakamura" "Grant McAllister" "Priya Raman") ;;
    *) # A region without data of its own here (one just added to regions.conf): the same season under its own names.
      local name=${REGION_NAME[$1]:-$1} zone=${REGION_ZONE[$1]:-UTC} code i
      code=$(tr 'a-z' 'A-Z' <<<"${1//-/}"); code=${code:0:4}
      CC_CODE=CC$code; CC_NAME="Carrera Cup $name"; GT_CODE=GTS$code; GT_NAME="GT Sprint Challenge $name"
      NATIONS=(DE US JP GB FR AU IT NL)
      FIRST=(Alex Sam Robin Kim Jo Noa Charlie Eli Max Ira Lou Ari Dani Jesse Quinn Rene Sasha Toni Uli Vic Yan)
      LAST=(Adler Berg Costa Dahl Eriksen Falk Gallo Horn Ito Jansen Kaur Lind Moreno Novak Okafor Park Quist Rahn Sato Tamm Urban)
      TEAMS=(); for i in $(seq 1 22); do TEAMS+=("$name Racing $(printf %02d "$i")"); done
      CC_EVENTS=(); for i in $(seq 1 7); do CC_EVENTS+=("Round $i $name|$name Circuit $(( (i - 1) % 3 + 1 ))|$zone"); done
      GT_EVENTS=("$name Sprint 1|$name Circuit 1|$zone" "$name Sprint 2|$name Circuit 2|$zone" "$name Finale|$name Circuit 3|$zone")
      ENGINEERS=("Office Support One" "Office Support Two" "Office Performance One" "Office Performance Two") ;;
  esac
}

# The season, relative to today: the first day of each round (every round lasts three days). The Carrera Cup has run four
# rounds with results, its fifth ended yesterday and waits for its results, two are ahead; the Sprint has run two of three.
CC_STARTS=(-140 -105 -70 -35 -3 +25 +60)
CC_WITH_RESULTS=4
GT_STARTS=(-90 -20 +40)
GT_WITH_RESULTS=2

# ms TIME-IN-MS [h]: a timing export's time, m:ss.fff (or h:mm'ss.fff with h).
ms() {
  local t=$1
  if [ "${2:-}" = h ]; then printf "%d:%02d'%02d.%03d" $((t / 3600000)) $((t / 60000 % 60)) $((t / 1000 % 60)) $((t % 1000))
  else printf '%d:%02d.%03d' $((t / 60000)) $((t / 1000 % 60)) $((t % 1000)); fi
}

# gap MS: a gap to a car ahead as the export writes it, +s.fff or +m:ss.fff.
gap() { if [ "$1" -lt 60000 ]; then printf '+%d.%03d' $(($1 / 1000)) $(($1 % 1000)); else printf '+%s' "$(ms "$1")"; fi; }

# finishing_order ROUND RACE CARS: car indexes 0..CARS-1 in finishing order. The order follows each team's pace with a
# different shuffle per race, so the front runners swap wins and the standings make a points race.
finishing_order() {
  local i
  for i in $(seq 0 $(($3 - 1))); do echo "$((i * 10 + (i * 37 + $1 * 53 + $2 * 17) % 60)) $i"; done | sort -n | cut -d' ' -f2
}

# cup_export ROUND RACE FILE: a Carrera Cup race as the timing provider's results layout (one driver, first and second name).
cup_export() {
  local round=$1 race=$2 file=$3 order p=0 i short laps status position total leader=1530694 previous=0 gap_first gap_previous lap
  mapfile -t order < <(finishing_order "$round" "$race" ${#teams[@]})
  echo "POSITION;NUMBER;STATUS;LAPS;TOTAL_TIME;GAP_FIRST;GAP_PREVIOUS;FL_LAPNUM;FL_TIME;FL_KPH;TEAM;CLASS;GROUP;DIVISION;VEHICLE;TIRES;ECM Participant Id;ECM Team Id;*Extra 7;*Extra 8;Sort Key;DRIVER_FIRSTNAME;DRIVER_SECONDNAME;DRIVER_LICENSE;DRIVER_HOMETOWN;DRIVER_COUNTRY;DRIVER_SHORTNAME;" >"$file"
  for i in "${order[@]}"; do
    p=$((p + 1))
    lap=$((100747 + (i * 53 + round * 29 + race * 11) % 900))
    short=${driver_last[$i]:0:3}; short=${short^^}
    if [ "$p" = ${#order[@]} ] && [ $(( (round + race) % 2 )) = 0 ]; then
      # The last car out with a mechanical problem: unplaced, fewer laps.
      status=Retired; laps=8; position=""; total=""; gap_first=""; gap_previous=""
    else
      status=Classified; position=$p; laps=14; [ "$p" -le 20 ] || laps=13
      total=$((leader + (p - 1) * 1873 + (i * 97 + round * 31 + race * 7) % 400))
      if [ "$p" = 1 ]; then gap_first=-; gap_previous=-
      elif [ "$laps" = 13 ]; then gap_first="1 Lap"; gap_previous=$(gap $((total - previous)))
      else gap_first=$(gap $((total - leader))); gap_previous=$(gap $((total - previous))); fi
      previous=$total; total=$(ms "$total")
    fi
    echo "$position;${numbers[$i]};$status;$laps;$total;$gap_first;$gap_previous;$((3 + i % 11));$(ms "$lap");$((158 + i % 4)).$((i % 10));${TEAMS[$i]};${driver_classes[$i]^^};;;Porsche 911 GT3 Cup (992);Michelin;$((80400 + i));$((550 + i));;;$(printf %04d "$p");${driver_first[$i]};${driver_last[$i]^^};L-$((i + 1));;${NATIONS[$(( i % ${#NATIONS[@]} ))]};$short;" >>"$file"
  done
}

# sprint_export ROUND FILE: a GT Sprint race as the classification layout (two drivers per car, DRIVER_5 after FL_KPH).
sprint_export() {
  local round=$1 file=$2 order p=0 i total leader=3912337 previous=0 gap_first gap_previous
  mapfile -t order < <(finishing_order "$round" 3 ${#gt_cars[@]})
  echo "POSITION;NUMBER;TEAM;DRIVER_1;DRIVER_2;DRIVER_3;DRIVER_4;VEHICLE;TYRES;CLASS;GROUP;DIVISION;STATUS;LAPS;TOTAL_TIME;GAP_FIRST;GAP_PREVIOUS;FL_LAPNUM;FL_TIME;FL_KPH;DRIVER_5;" >"$file"
  for i in "${order[@]}"; do
    p=$((p + 1))
    total=$((leader + (p - 1) * 4211 + (i * 89 + round * 13) % 900))
    if [ "$p" = 1 ]; then gap_first=-; gap_previous=-; else gap_first=$(gap $((total - leader))); gap_previous=$(gap $((total - previous))); fi
    previous=$total
    echo "$p;$((101 + i));${TEAMS[$i]};${driver_first[$((22 + 2 * i))]} ${driver_last[$((22 + 2 * i))]^^};${driver_first[$((23 + 2 * i))]} ${driver_last[$((23 + 2 * i))]^^};;;${gt_vehicles[$i]};Michelin;${gt_classes[$i]^^};GT;;Classified;38;$(ms "$total" h);$gap_first;$gap_previous;$((5 + i * 3));$(ms $((99421 + (i * 61 + round * 17) % 1200)));$((171 + i % 3)).$((i % 10));;" >>"$file"
  done
}

# import_race EVENT NAME LAPS FILE [POLE]: a session of the event, its timing export imported; leaves the session in $OUT.
import_race() {
  must POST "$base/events/$1/sessions" "{\"name\":$(s "$2"),\"sessionType\":\"Race\",\"scheduledLaps\":$3}" 201
  session=$(field .id)
  req POST "$base/events/$1/sessions/$session/classification?version=1${5:+&pole=$5}" "@$4" text/csv
  expect "the import of $4" 200
}

finalise() { # EVENT: makes the session of $session final, at the version of the last answer
  must POST "$base/events/$1/sessions/$session/finalise" "{\"version\":$(jq .version "$OUT")}" 200
}

decide() { # EVENT JSON-FIELDS: a race-control decision on $session, at the version of the last answer
  must POST "$base/events/$1/sessions/$session/decisions" "{$2,\"version\":$(jq .version "$OUT")}" 200
}

seed_region() {
  local region=$1 base="/api/regions/$1"
  SCOPE=$region; OUT="$WORK/$region"
  local token_var="REGION_TOKEN_${region//-/_}"
  TOKEN="${!token_var:-}"
  region_data "$region"

  must GET "$base/series?code=$CC_CODE" "" 200
  if [ "$(field .totalCount)" != 0 ]; then
    say "already seeded ($CC_NAME exists); left as it is"
    return 0
  fi
  wait_for_replica "$region"

  # Office engineers: the first two support, the other two performance.
  local engineers=() name
  for name in "${ENGINEERS[@]}"; do
    must POST "$base/engineers" "{\"name\":$(s "$name"),\"email\":$(s "$(tr 'A-Z ' 'a-z.' <<<"$name")@office.example")}" 201
    engineers+=("$(field .id)")
  done

  # Series, seasons and their scoring. The crew-certificate rule is off: the crews' training is mixed (below), and with the
  # rule on (the default) the teams lacking a certificate could not enter at all.
  must POST "$base/series" "{\"code\":$(s "$CC_CODE"),\"name\":$(s "$CC_NAME"),\"classes\":[{\"code\":\"Pro\"},{\"code\":\"Pro-Am\"},{\"code\":\"Rookie\",\"maxDriverAge\":25}],\"settings\":{\"requireCertifiedCrew\":false}}" 201
  local cc_series; cc_series=$(field .id)
  must POST "$base/series/$cc_series/seasons" "{\"year\":$YEAR,\"version\":1}" 200
  local cc_season; cc_season=$(field '.seasons[0].id')
  must PUT "$base/series/$cc_series/scoring" '{"pointsBySessionType":{"Race":[25,20,17,14,12,10,9,8,7,6,5,4,3,2,1]},"poleBonus":1,"fastestLapBonus":1,
"halfPointsBelowHalfDistance":true,"classPoints":{"Rookie":{"Race":[15,12,10,8,6,5,4,3,2,1]}},"teamCarsCounted":2,"version":0}' 200
  must POST "$base/series" "{\"code\":$(s "$GT_CODE"),\"name\":$(s "$GT_NAME"),\"classes\":[{\"code\":\"Pro\"},{\"code\":\"Pro-Am\"},{\"code\":\"Am\"}],\"settings\":{\"requireCertifiedCrew\":false}}" 201
  local gt_series; gt_series=$(field .id)
  must POST "$base/series/$gt_series/seasons" "{\"year\":$YEAR,\"version\":1}" 200
  local gt_season; gt_season=$(field '.seasons[0].id')
  must PUT "$base/series/$gt_series/scoring" '{"pointsBySessionType":{"Race":[30,24,20,16,12,10,8,6,4,2]},"poleBonus":1,
"classPoints":{"Am":{"Race":[10,8,6,5,4,3,2,1]}},"teamCarsCounted":1,"version":0}' 200
  say "series $CC_NAME and $GT_NAME, season $YEAR, with scoring"

  # Events, dated relative to today.
  local cc_events=() gt_events=() i=0 k ename circuit zone start
  create_event() { # season row start-offset engineer-index -> id in $OUT
    IFS='|' read -r ename circuit zone <<<"$2"
    start=$(day "$3 days")
    must POST "$base/events" "{\"seasonId\":\"$1\",\"name\":$(s "$ename"),\"circuit\":$(s "$circuit"),\"timeZone\":$(s "$zone"),\
\"startDate\":\"$start\",\"endDate\":\"$(date -u -d "$start +2 days" +%F)\",\
\"supportEngineerIds\":[\"${engineers[$(( $4 % 2 ))]}\"],\"performanceEngineerIds\":[\"${engineers[$(( 2 + $4 % 2 ))]}\"]}" 201
  }
  for k in "${!CC_EVENTS[@]}"; do create_event "$cc_season" "${CC_EVENTS[$k]}" "${CC_STARTS[$k]}" $i; cc_events+=("$(field .id)"); i=$((i + 1)); done
  for k in "${!GT_EVENTS[@]}"; do create_event "$gt_season" "${GT_EVENTS[$k]}" "${GT_STARTS[$k]}" $i; gt_events+=("$(field .id)"); i=$((i + 1)); done
  say "${#cc_events[@]} + ${#gt_events[@]} events, from $(day "${CC_STARTS[0]} days") to $(day "${CC_STARTS[-1]} days")"

  # Drivers: 42, born 19 to 49 years ago; the youngest run as Rookies, Bronze drivers as Pro-Am (Carrera Cup) or Am (Sprint).
  local grades=(Gold Silver Silver Bronze Platinum Silver Bronze Gold) drivers=() driver_classes=() driver_first=() driver_last=() first last born grade
  for i in $(seq 0 41); do
    first=${FIRST[$(( i % ${#FIRST[@]} ))]}
    last=${LAST[$(( (i * 5 + i / ${#LAST[@]}) % ${#LAST[@]} ))]}
    born=$(printf '%d-%02d-%02d' $(( YEAR - 19 - (i * 7) % 31 )) $(( 1 + (i * 5) % 12 )) $(( 1 + (i * 11) % 28 )))
    grade=${grades[$(( i % ${#grades[@]} ))]}
    must POST "$base/drivers" "{\"firstName\":$(s "$first"),\"lastName\":$(s "$last"),\"nationality\":\"${NATIONS[$(( i % ${#NATIONS[@]} ))]}\",\
\"dateOfBirth\":\"$born\",\"fiaGrade\":\"$grade\"}" 201
    drivers+=("$(field .id)"); driver_first+=("$first"); driver_last+=("$last")
    if [ $(( YEAR - ${born%%-*} )) -le 23 ]; then driver_classes+=(Rookie); elif [ "$grade" = Bronze ]; then driver_classes+=(Pro-Am); else driver_classes+=(Pro); fi
  done
  say "${#drivers[@]} drivers"

  # Teams: licence(s), crew, cars. Teams 1–22 run one 992 Cup each in the Carrera Cup; teams 1–10 also a GT3 R or GT4 in the Sprint.
  local teams=() cup_cars=() gt_cars=() gt_vehicles=() team_engineers=() team_mechanics=() team version roles=(Engineer Mechanic TeamManager) crew j
  for i in "${!TEAMS[@]}"; do
    must POST "$base/teams" "{\"name\":$(s "${TEAMS[$i]}"),\"country\":\"${NATIONS[$(( i % ${#NATIONS[@]} ))]}\"}" 201
    team=$(field .id); version=$(field .version)
    must POST "$base/teams/$team/licences" "{\"seasonId\":\"$cc_season\",\"number\":\"$CC_CODE-$YEAR-$(printf %02d $((i + 1)))\",\"carsAllowed\":$(( i % 7 == 0 ? 2 : 1 )),\"version\":$version}" 200
    version=$(field .version)
    if [ "$i" -lt 10 ]; then
      must POST "$base/teams/$team/licences" "{\"seasonId\":\"$gt_season\",\"number\":\"$GT_CODE-$YEAR-$(printf %02d $((i + 1)))\",\"carsAllowed\":1,\"version\":$version}" 200
      version=$(field .version)
    fi
    for j in "${!roles[@]}"; do
      crew="${FIRST[$(( (i * 3 + j * 8 + 5) % ${#FIRST[@]} ))]} ${LAST[$(( (i * 7 + j * 4 + 2) % ${#LAST[@]} ))]}"
      must POST "$base/teams/$team/staff" "{\"name\":$(s "$crew"),\"role\":\"${roles[$j]}\",\"version\":$version}" 200
      version=$(field .version)
    done
    team_engineers+=("$(field '.staff[] | select(.role == "Engineer") | .id')")
    team_mechanics+=("$(field '.staff[] | select(.role == "Mechanic") | .id')")
    teams+=("$team")
    must POST "$base/cars" "{\"chassisNumber\":\"WP0ZZZ99Z${CC_CODE}$(printf %04d $((i + 1)))\",\"carModelCode\":\"$CUP\",\"teamId\":\"$team\"}" 201
    cup_cars+=("$(field .id)")
    if [ "$i" -lt 10 ]; then
      local gt_model=$GT3 vehicle="Porsche 911 GT3 R (992)"
      [ $(( i % 5 )) -lt 3 ] || { gt_model=$GT4; vehicle="Porsche 718 Cayman GT4 RS Clubsport"; }
      must POST "$base/cars" "{\"chassisNumber\":\"WP0ZZZ99Z${GT_CODE}$(printf %04d $((i + 1)))\",\"carModelCode\":\"$gt_model\",\"teamId\":\"$team\"}" 201
      gt_cars+=("$(field .id)"); gt_vehicles+=("$vehicle")
    fi
  done
  # An old 991 Cup still in a team's garage: registered, but its retired model keeps it out of every event.
  must POST "$base/cars" "{\"chassisNumber\":\"WP0ZZZ99Z${CC_CODE}991001\",\"carModelCode\":\"$OLD_CUP\",\"teamId\":\"${teams[2]}\"}" 201
  say "${#teams[@]} teams with licences and crews, $(( ${#cup_cars[@]} + ${#gt_cars[@]} + 1 )) cars"

  # Entries of every round: the Carrera Cup is single-driver (drivers 0–21), the Sprint two drivers per car (drivers 22–41).
  local numbers=(3 5 7 8 9 11 12 14 17 18 19 20 21 22 24 25 27 28 29 30 33 44) gt_classes=() event entries=0 class
  for event in "${cc_events[@]}"; do
    for i in "${!teams[@]}"; do
      must POST "$base/entries" "{\"eventId\":\"$event\",\"teamId\":\"${teams[$i]}\",\"carId\":\"${cup_cars[$i]}\",\"carNumber\":${numbers[$i]},\
\"class\":\"${driver_classes[$i]}\",\"driverIds\":[\"${drivers[$i]}\"]}" 201
      entries=$((entries + 1))
    done
  done
  for i in "${!gt_cars[@]}"; do
    class=Pro
    [ "${driver_classes[$((22 + 2 * i))]}" = Pro ] && [ "${driver_classes[$((23 + 2 * i))]}" = Pro ] || class=Pro-Am
    [ $(( i % 4 )) -ne 3 ] || class=Am
    gt_classes+=("$class")
  done
  for event in "${gt_events[@]}"; do
    for i in "${!gt_cars[@]}"; do
      must POST "$base/entries" "{\"eventId\":\"$event\",\"teamId\":\"${teams[$i]}\",\"carId\":\"${gt_cars[$i]}\",\"carNumber\":$((101 + i)),\
\"class\":\"${gt_classes[$i]}\",\"driverIds\":[\"${drivers[$((22 + 2 * i))]}\",\"${drivers[$((23 + 2 * i))]}\"]}" 201
      entries=$((entries + 1))
    done
  done
  # The last team pulls out of the finale.
  must GET "$base/entries?eventId=${cc_events[-1]}&teamId=${teams[21]}" "" 200
  must POST "$base/entries/$(field '.items[0].id')/withdraw" '{"reason":"Chassis damaged in testing","version":1}' 200
  say "$entries entries, one withdrawn"

  # Results of the rounds already run, imported as the timing provider exports them; race control's decisions are taken
  # on the provisional results, which are then made final, and the round completed.
  local session file winner
  for k in $(seq 0 $((CC_WITH_RESULTS - 1))); do
    event=${cc_events[$k]}
    file="$WORK/$region-R$((k + 1))-race1.csv"; cup_export "$k" 1 "$file"
    winner=$(sed -n '2p' "$file" | cut -d';' -f2)
    import_race "$event" "Race 1" 14 "$file" "$winner"
    # Round 2: five seconds for the runner-up, which costs it places (the cars are about two seconds apart).
    [ "$k" != 1 ] || decide "$event" "\"kind\":\"TimePenalty\",\"carNumber\":$(sed -n '3p' "$file" | cut -d';' -f2),\"penaltySeconds\":5,\"reason\":\"Track limits, turn 4\""
    finalise "$event"
    file="$WORK/$region-R$((k + 1))-race2.csv"; cup_export "$k" 2 "$file"
    import_race "$event" "Race 2" 15 "$file"
    # Round 1: points off a team for unapproved parts; round 3: a driver dropped three places for causing a collision.
    [ "$k" != 0 ] || decide "$event" "\"kind\":\"PointsDeduction\",\"teamId\":\"${teams[5]}\",\"points\":5,\"reason\":\"Unapproved parts\""
    [ "$k" != 2 ] || decide "$event" "\"kind\":\"PositionDrop\",\"carNumber\":$(sed -n '5p' "$file" | cut -d';' -f2),\"positions\":3,\"reason\":\"Causing a collision\""
    finalise "$event"
    must POST "$base/events/$event/complete" '{"version":1}' 200
  done
  for k in $(seq 0 $((GT_WITH_RESULTS - 1))); do
    event=${gt_events[$k]}
    file="$WORK/$region-sprint$((k + 1)).csv"; sprint_export "$k" "$file"
    import_race "$event" "Race" 38 "$file" "$(sed -n '2p' "$file" | cut -d';' -f2)"
    finalise "$event"
    must POST "$base/events/$event/complete" '{"version":1}' 200
  done
  say "results of $CC_WITH_RESULTS + $GT_WITH_RESULTS rounds imported and final, with decisions; $(day "${CC_STARTS[$CC_WITH_RESULTS]} days") awaits its results"

  # Training. Held sessions: their people attended and passed (two mechanics failed), so teams 11–16 and three of the GT
  # teams are compliant, the others lack a certificate for a model they run; the oldest engineers' and GT mechanics'
  # certificates expire within weeks. A Cup mechanics' session ahead has the uncertified mechanics enrolled.
  local enrolled=0
  session_with() { # course first-day outcome staff-array-name team-indexes...
    local course=$1 start=$2 outcome=$3 t enrolment status training
    local -n people=$4
    shift 4
    must POST "$base/training/sessions" "{\"courseCode\":\"$course\",\"startDate\":\"$start\",\"endDate\":\"$(date -u -d "$start +2 days" +%F)\",\"trainer\":\"Anna Berger\",\"capacity\":24}" 201
    training=$(field .id)
    for t in "$@"; do
      must POST "$base/training/sessions/$training/enrolments" "{\"teamId\":\"${teams[$t]}\",\"staffMemberId\":\"${people[$t]}\"}" 201
      enrolment=$(field .id)
      for status in Confirmed Attended "$outcome"; do
        [ "$outcome" != Requested ] || break
        must POST "$base/training/enrolments/$enrolment/status" "{\"status\":\"$status\",\"version\":$(field .version)}" 200
        [ "$status" != "$outcome" ] || break
      done
      enrolled=$((enrolled + 1))
    done
  }
  session_with ENG-992-CUP "$(day '-24 months +33 days')" Passed team_engineers 0 1 2 3
  session_with ENG-992-CUP "$(day '-80 days')" Passed team_engineers $(seq 4 17)
  session_with MEC-992-CUP "$(day '-60 days')" Passed team_mechanics $(seq 0 15)
  session_with MEC-992-CUP "$(day '-40 days')" Failed team_mechanics 16 17
  session_with ENG-992-GT3-R "$(day '-45 days')" Passed team_engineers 0 1 5 6
  session_with MEC-992-GT3-R "$(day '-12 months +18 days')" Passed team_mechanics 0 1 5
  session_with MEC-992-CUP "$(day '+30 days')" Confirmed team_mechanics 16 17 18
  session_with MEC-992-CUP "$(day '+30 days')" Requested team_mechanics 19 20 21
  say "7 training sessions, $enrolled enrolments; done"
}

echo "==> seeding the demo through $GATEWAY (today: $TODAY)" >&2
started=$SECONDS
( seed_catalogues )
# One region after the other: measured faster than in parallel on two cores with SQLite.
for region in "${REGIONS[@]}"; do
  ( seed_region "$region" )
done
echo "==> demo ready in $((SECONDS - started)) s: try $GATEWAY/api/regions/${REGIONS[0]}/events" >&2
