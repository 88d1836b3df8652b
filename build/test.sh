#!/usr/bin/env bash
# Runs every test: the solution's test projects, then the external-module check (pack the SDK, the
# test kit and the module template, make a module from the template outside the repository, build it
# against them and run its generated tests in the real host).
# Installs what the tests need first, so it works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

build/install-prerequisites.sh
# A test project left out of the solution would be skipped below: refuse before building anything.
build/check-solution.sh

# The web UI's packages first: the format check lints with them, the UI build and the browser tests use them.
echo "== web UI packages"
(cd host/web && npm ci --no-audit --no-fund)

# Drift from the house style fails here, before the long build (the message says how to fix it).
echo "== format check"
build/format.sh --check

results=$(mktemp -d)
# A throwaway PostgreSQL server for the second pass (installed from Debian when missing).
pgdir=$(mktemp -d /tmp/minzheng-postgres.XXXXXX); chmod 755 "$pgdir"
trap 'build/postgres.sh stop "$pgdir" >/dev/null 2>&1 || true; rm -rf "$results" "$pgdir"' EXIT
status=0

# The browser tests (tests/Minzheng.E2E.Tests) serve the built web UI and inject axe-core from node_modules.
echo "== web UI"
(cd host/web && npm run build)

echo "== build"
dotnet build Minzheng.sln -c Release --nologo -v quiet

# One project at a time, the browser tests last: on a 2-core machine, test projects running side by
# side starve the browser and its waits time out.
echo "== test projects (SQLite)"
projects=$(dotnet sln Minzheng.sln list | grep -E 'Tests\.csproj$' | grep -v 'E2E')
for project in $projects; do
  dotnet test "$project" -c Release --no-build --nologo 2>&1 | tee -a "$results/solution.log" || status=1
done

# The projects that start hosts (through the test kit) again on PostgreSQL: same tests, other engine.
echo "== test projects (PostgreSQL)"
port=55432
while (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
if postgres=$(build/postgres.sh start "$pgdir" "$port"); then
  for project in $projects; do
    grep -q 'Minzheng.Sdk.Testing' "$project" || continue
    MINZHENG_TEST_POSTGRES="$postgres" dotnet test "$project" -c Release --no-build --nologo 2>&1 | tee -a "$results/postgres.log" || status=1
  done
else
  echo "PostgreSQL could not be started: the PostgreSQL pass did not run" | tee -a "$results/postgres.log"; status=1
fi
echo "== browser tests"
dotnet test tests/Minzheng.E2E.Tests/Minzheng.E2E.Tests.csproj -c Release --no-build --nologo 2>&1 | tee -a "$results/solution.log" || status=1

echo "== external module against the packed SDK"
build/pack.sh "$results/packages" >/dev/null
build/check-external-module.sh "$results/packages" 2>&1 | tee "$results/external.log" || status=1

# One closing line for every test run above: "Tests: N passed, N failed".
cat "$results"/*.log | awk '
  /^(Passed|Failed)! +- +Failed: / {
    gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
  }
  END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s; if (p == 0) exit 1 }' || status=1
exit $status
