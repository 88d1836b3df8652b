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

# --ready-to-run: publish the host and the modules precompiled (ReadyToRun) for this machine, to see what
# that does to the start-up scenario; the bench itself never sees the option.
publish_args=()
bench_args=()
for arg in "$@"; do
  if [ "$arg" = --ready-to-run ]; then
    rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n1)
    publish_args=(-r "$rid" --self-contained false -p:PublishReadyToRun=true)
  else
    bench_args+=("$arg")
  fi
done

out="$repo/artifacts/bench"
echo "== publishing the host and the empty app (Release${publish_args[*]:+, ReadyToRun})"
rm -rf "$out/host"
dotnet publish host/Minzheng.Host -c Release -o "$out/host" --nologo -v quiet "${publish_args[@]}"
MODULE_PUBLISH_ARGS="${publish_args[*]}" build/package-modules.sh "$out/host/plugins" >/dev/null
dotnet publish build/bench/EmptyApp -c Release -o "$out/empty" --nologo -v quiet
echo "== building the bench (Release)"
dotnet build build/bench/Minzheng.Bench -c Release --nologo -v quiet

exec dotnet build/bench/Minzheng.Bench/bin/Release/net10.0/Minzheng.Bench.dll --host-dir "$out/host" --empty-dir "$out/empty" "${bench_args[@]}"
