#!/usr/bin/env bash
# Adds an EF Core migration to both of the module's sets: bash add-migration.sh <MigrationName>
#   SQLite:     Minzheng.Modules.Sample/Migrations/
#   PostgreSQL: Minzheng.Modules.Sample/Migrations/PostgreSql/ (namespace ….PostgreSql: the platform picks the set by it)
# No database server is needed: the design-time factory (SampleDesignTimeFactory) configures each engine offline.
set -euo pipefail
cd "$(dirname "$0")"
name=${1:?usage: bash add-migration.sh <MigrationName>}
project=Minzheng.Modules.Sample
dotnet tool restore >/dev/null
# dotnet-ef loads the module together with EF Core and the providers, but a module's build leaves those out of its
# output (ExcludeAssets="runtime;native": the host provides them). EfDesign=true builds with them beside the module
# (see the .csproj); the folders are cleaned before and after, so that the next ordinary build is a plugin folder again.
rm -rf "$project/bin" "$project/obj"
EfDesign=true dotnet build "$project" --nologo -v quiet
ef() { EfDesign=true dotnet ef migrations add "$name" --no-build --project "$project" --context SampleDb "$@"; }
ef --output-dir Migrations --namespace Minzheng.Modules.Sample.Migrations
# Each set has its own snapshot (SampleDbModelSnapshot, SampleDbPostgreSqlModelSnapshot), found by its class name.
ef --output-dir Migrations/PostgreSql --namespace Minzheng.Modules.Sample.Migrations.PostgreSql -- --engine PostgreSql
rm -rf "$project/bin" "$project/obj" "$project/design-time.db"
