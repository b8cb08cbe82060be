#!/usr/bin/env bash
# Scaffolds migration NAME with dotnet ef for every database provider of each deployable whose model changed: each
# provider has its own context (<Prefix><Provider>Context), migrations and model snapshot under <folder>/<Provider>.
#   scripts/add-migration.sh NAME
# Review the generated files, then run the Data tests (./platform.sh test --filter "FullyQualifiedName~Data").
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh NAME}

# context prefix : project : migrations folder
deployables=(
  "Headquarters:services/Headquarters/Motorsport.Headquarters:Data/Migrations"
  "Regional:services/Regional/Motorsport.Regional:Data/Migrations"
  "Web:services/WebApp/Motorsport.WebApp:KeyRing/Migrations"
)

dotnet tool restore >/dev/null
for deployable in "${deployables[@]}"; do
  IFS=: read -r prefix project folder <<<"$deployable"
  dotnet build "$project" -c Debug -nologo -v q -clp:ErrorsOnly
  for provider in Sqlite Postgres SqlServer; do
    # A deployable whose model did not change gets no empty migration.
    if dotnet ef migrations has-pending-model-changes --no-build --project "$project" --context "$prefix${provider}Context" >/dev/null 2>&1; then
      continue
    fi
    dotnet ef migrations add "$name" --no-build --project "$project" \
      --context "$prefix${provider}Context" --output-dir "$folder/$provider"
  done
done
