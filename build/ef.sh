#!/usr/bin/env bash
# Adds an EF Core migration to a module: build/ef.sh <module project folder> <DbContext> <MigrationName>
# The module is built with its shared dependencies beside it (EfDesign=true) so that dotnet-ef can
# load it, then cleaned so that its next build is a plugin folder again.
set -euo pipefail
cd "$(dirname "$0")/.."
project=${1:?module project folder}; context=${2:?DbContext name}; name=${3:?migration name}
dotnet tool restore >/dev/null
rm -rf "$project/bin" "$project/obj"
EfDesign=true dotnet build "$project" >/dev/null
EfDesign=true dotnet ef migrations add "$name" --project "$project" --context "$context" --output-dir Migrations
rm -rf "$project/bin" "$project/obj" "$project/design-time.db"
