#!/usr/bin/env bash
# Builds the host, the modules and the web UI, lays the modules into the plugin folder and starts
# the system on the embedded default (SQLite), as a demo with synthetic residents. Arguments go to
# the host, e.g. --urls http://127.0.0.1:5080
# Data goes to ./data (or $MINZHENG_DATA).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
build/install-prerequisites.sh

app="$repo/artifacts/host"
# The web UI first: it is built into host/Minzheng.Host/wwwroot, which the publish below copies.
if [ -f host/web/package.json ]; then
  echo "== web UI"
  (cd host/web && npm ci --no-audit --no-fund && npm run build)
fi
echo "== host"
dotnet publish host/Minzheng.Host -c Release -o "$app" --nologo -v quiet
echo "== modules"
build/package-modules.sh "$app/plugins"

export MINZHENG_DATA=${MINZHENG_DATA:-$repo/data}
# This is the demo: the first start fills the empty registry with synthetic residents (never real
# data) through the resident import. Minzheng__DemoResidents=0 build/run.sh starts with none.
export Minzheng__DemoResidents=${Minzheng__DemoResidents:-300}
echo "== starting (data in $MINZHENG_DATA)"
cd "$app"
exec dotnet Minzheng.Host.dll "$@"
