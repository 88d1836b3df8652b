#!/usr/bin/env bash
# Lays every module under modules/ into a plugin folder, one sub-folder per module id:
# build/package-modules.sh <plugins folder> [configuration]
# MODULE_PUBLISH_ARGS adds arguments to each publish (the benchmark's --ready-to-run uses it).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?plugins folder}; configuration=${2:-Release}
mkdir -p "$out"
shopt -s nullglob
for manifest in modules/*/*/module.json; do
  project_dir=$(dirname "$manifest")
  id=$(sed -n 's/^ *"id" *: *"\([^"]*\)".*/\1/p' "$manifest" | head -n1)
  rm -rf "${out:?}/$id"
  # shellcheck disable=SC2086 # split on purpose: several arguments in one variable
  dotnet publish "$project_dir" -c "$configuration" -o "$out/$id" --nologo -v quiet ${MODULE_PUBLISH_ARGS:-}
  echo "module $id -> $out/$id"
done
