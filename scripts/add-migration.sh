#!/usr/bin/env bash
# Scaffolds migration NAME with dotnet ef for every database provider of both services: each provider has its own
# context (Data/ProviderContexts.cs), migrations and model snapshot under Data/Migrations/<Provider>.
#   scripts/add-migration.sh NAME
# Review the generated files, then run the Data tests (./platform.sh test --filter "FullyQualifiedName~Data").
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh NAME}

dotnet tool restore >/dev/null
for service in Headquarters Regional; do
  project=services/$service/Motorsport.$service
  dotnet build "$project" -c Debug -nologo -v q -clp:ErrorsOnly
  for provider in Sqlite Postgres SqlServer; do
    dotnet ef migrations add "$name" --no-build --project "$project" \
      --context "$service${provider}Context" --output-dir "Data/Migrations/$provider"
  done
done
