#!/usr/bin/env bash
# Adds one migration, under one name, to both providers' migration sets (docs/database.md):
#   scripts/add-migration.sh <Name>
# SQLite: Portal.App/Infrastructure/Data/Migrations (PortalDbContext); PostgreSQL: .../Migrations/Postgres
# (PostgresPortalDbContext). Neither needs a database. A set that already has a migration of that name is left alone,
# so a migration made for SQLite alone (e.g. on a branch from before PostgreSQL) gets its twin by running this with
# its name. Then both sets are checked for drift from the model.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ne 1 ] || [[ ! "$1" =~ ^[A-Z][A-Za-z0-9]*$ ]]; then
  echo "usage: scripts/add-migration.sh <Name>   (PascalCase, e.g. Forms)" >&2
  exit 2
fi
name=$1
migrations=Infrastructure/Data/Migrations

# The machine's cores are shared: every dotnet build and ef command takes the build lock.
lock=(flock /tmp/portal-build.lock)
dotnet tool restore >/dev/null
"${lock[@]}" dotnet build Portal.App -nologo -v q -clp:ErrorsOnly

add() { # context, output folder
  if compgen -G "Portal.App/$2/*_${name}.cs" >/dev/null; then
    echo "$1 already has a migration named $name: left as it is."
  else
    "${lock[@]}" dotnet ef migrations add "$name" --project Portal.App --no-build --context "$1" --output-dir "$2"
  fi
}
add PortalDbContext "$migrations"
add PostgresPortalDbContext "$migrations/Postgres"

"${lock[@]}" dotnet build Portal.App -nologo -v q -clp:ErrorsOnly
for context in PortalDbContext PostgresPortalDbContext; do
  "${lock[@]}" dotnet ef migrations has-pending-model-changes --project Portal.App --no-build --context "$context"
done
