#!/usr/bin/env bash
# Adds an EF Core migration for both engines: build/ef.sh <project folder> <DbContext> <MigrationName> [output dir]
#   SQLite set:     <output dir>/            (default Migrations)
#   PostgreSQL set: <output dir>/PostgreSql/ (namespace …PostgreSql; see Minzheng.Sdk.Data.DatabaseEngine)
# Works for modules (built with their shared dependencies beside them, EfDesign=true, then cleaned so
# that the next build is a plugin folder again) and for the platform's contexts (host/Minzheng.Platform).
# No database server is needed: the design-time factory configures the engine without connecting.
set -euo pipefail
cd "$(dirname "$0")/.."
project=${1:?project folder}; context=${2:?DbContext name}; name=${3:?migration name}; out=${4:-Migrations}
project=${project%/}
dotnet tool restore >/dev/null
csproj=$(ls "$project"/*.csproj)
root=$(sed -n 's:.*<RootNamespace>\(.*\)</RootNamespace>.*:\1:p' "$csproj")
root=${root:-$(basename "$csproj" .csproj)}
namespace="$root.$(echo "$out" | tr '/' '.')"
module=false; grep -q 'EfDesign' "$csproj" && module=true
# A module is its own startup project (EfDesign brings the design package); the platform's is the host.
startup=$project; $module || startup=host/Minzheng.Host
if $module; then rm -rf "$project/bin" "$project/obj"; fi
EfDesign=true dotnet build "$startup" >/dev/null
ef() { EfDesign=true dotnet ef migrations add "$name" --no-build --project "$project" --startup-project "$startup" --context "$context" "$@"; }
snapshot_of() { find "$project" -name "${context}ModelSnapshot.cs" -not -path '*/PostgreSql/*' -not -path '*/obj/*' | head -1; }
had_snapshot=$(snapshot_of)
ef --output-dir "$out" --namespace "$namespace"
# A context's first snapshot is written to a folder named after its namespace (Minzheng/Modules/<Name>/Migrations/),
# not to the output folder: move it beside its migration.
new_snapshot=$(snapshot_of)
if [ -z "$had_snapshot" ] && [ -n "$new_snapshot" ] && [ "$new_snapshot" != "$project/$out/${context}ModelSnapshot.cs" ]; then
  mv "$new_snapshot" "$project/$out/"
  folder=$(dirname "$new_snapshot")
  while [ "$folder" != "$project" ] && rmdir "$folder" 2>/dev/null; do folder=$(dirname "$folder"); done
fi
# The first PostgreSQL migration of a context: dotnet-ef finds the snapshot file by name anywhere in the
# project and would overwrite the SQLite one. Keep that one, and name the PostgreSQL snapshot apart.
sqlite_snapshot=$(snapshot_of)
first=false; [ -z "$(find "$project" -path '*/PostgreSql/*' -name "${context}PostgreSqlModelSnapshot.cs")" ] && first=true
if $first && [ -n "$sqlite_snapshot" ]; then cp "$sqlite_snapshot" "$sqlite_snapshot.keep"; fi
ef --output-dir "$out/PostgreSql" --namespace "$namespace.PostgreSql" -- --engine PostgreSql
if $first && [ -n "$sqlite_snapshot" ]; then
  sed "s/partial class ${context}ModelSnapshot/partial class ${context}PostgreSqlModelSnapshot/" "$sqlite_snapshot" \
    > "$project/$out/PostgreSql/${context}PostgreSqlModelSnapshot.cs"
  mv "$sqlite_snapshot.keep" "$sqlite_snapshot"
fi
if $module; then rm -rf "$project/bin" "$project/obj"; fi
rm -f "$project/design-time.db"
