#!/usr/bin/env bash
# Runs the benchmark suite (issue 8) and prints a Markdown table: build/bench/run.sh [--quick] [--only api,startup] …
# Publishes the host and the empty baseline app, builds the bench console in Release, runs the scenarios.
# Not part of build/test.sh and never fails CI. Options: see docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing wrk (Debian)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  else
    echo "wrk (the HTTP load generator) is missing: install it, e.g. 'sudo apt-get install wrk'. The API scenario and the memory figures need it." >&2
  fi
fi

out="$repo/artifacts/bench"
echo "== publishing the host and the empty app (Release)"
dotnet publish host/Minzheng.Host -c Release -o "$out/host" --nologo -v quiet
build/package-modules.sh "$out/host/plugins" >/dev/null
dotnet publish build/bench/EmptyApp -c Release -o "$out/empty" --nologo -v quiet
echo "== building the bench (Release)"
dotnet build build/bench/Minzheng.Bench -c Release --nologo -v quiet

exec dotnet build/bench/Minzheng.Bench/bin/Release/net10.0/Minzheng.Bench.dll --host-dir "$out/host" --empty-dir "$out/empty" "$@"
