#!/usr/bin/env bash
# Fails when a test project of the repository is not in Minzheng.sln: build/test.sh runs the solution's
# test projects, so one left out would be skipped without a word. Run by build/test.sh before it builds.
set -euo pipefail
cd "$(dirname "$0")/.."
# The module template's content: not projects until dotnet new makes them (build/check-external-module.sh tests them).
outside=(build/templates)
prune=(-name bin -o -name obj -o -name node_modules -o -name .git)
for folder in "${outside[@]}"; do prune+=(-o -path "./$folder"); done
in_solution=$(dotnet sln Minzheng.sln list | grep -E '\.csproj$' | LC_ALL=C sort)
missing=$(find . \( "${prune[@]}" \) -prune -o -name '*Tests.csproj' -print | sed 's|^\./||' | LC_ALL=C sort | LC_ALL=C comm -23 - <(echo "$in_solution"))
if [ -n "$missing" ]; then
  echo "Test projects missing from Minzheng.sln (build/test.sh runs only the solution's): add each with 'dotnet sln Minzheng.sln add <project>'" >&2
  echo "$missing" | sed 's/^/  /' >&2
  exit 1
fi
