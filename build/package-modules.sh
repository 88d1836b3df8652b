#!/usr/bin/env bash
# Lays every module under modules/ into a plugin folder, one sub-folder per module id:
# build/package-modules.sh <plugins folder> [configuration]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?plugins folder}; configuration=${2:-Release}
mkdir -p "$out"
shopt -s nullglob
for manifest in modules/*/*/module.json; do
  project_dir=$(dirname "$manifest")
  id=$(sed -n 's/^ *"id" *: *"\([^"]*\)".*/\1/p' "$manifest" | head -n1)
  rm -rf "${out:?}/$id"
  dotnet publish "$project_dir" -c "$configuration" -o "$out/$id" --nologo -v quiet
  echo "module $id -> $out/$id"
done
