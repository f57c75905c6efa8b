#!/usr/bin/env bash
# Adds a migration NAME to both schemas (SQLite and PostgreSQL), keeping them in step.
# Usage: scripts/add-migration.sh NAME   (needs: dotnet tool install --global dotnet-ef --version 10.0.12)
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh NAME}
cd "$(dirname "$0")/.."
export PATH="$PATH:$HOME/.dotnet/tools"
for flavour in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/Yardstick.Storage --context ${flavour}YardstickDbContext \
    --output-dir Migrations/$flavour --namespace Yardstick.Storage.Migrations.$flavour
  # dotnet ef writes the snapshot under a folder named after the namespace; keep it beside its migrations.
  if [ -d src/Yardstick.Storage/Yardstick ]; then
    find src/Yardstick.Storage/Yardstick -name '*Snapshot.cs' -exec mv {} src/Yardstick.Storage/Migrations/$flavour/ \;
    rm -rf src/Yardstick.Storage/Yardstick
  fi
done
