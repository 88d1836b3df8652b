#!/usr/bin/env bash
# Installs what building, running and testing need on a fresh machine (Debian, as root). Idempotent.
set -euo pipefail
missing=()
command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet on PATH)." >&2; exit 1; }
command -v curl >/dev/null || missing+=(curl)
# The web UI is built with Node (Vite 7 needs 20.19 or later) and npm.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
# The browser tests drive Debian's Chromium (never a downloaded one); CJK fonts make their screenshots readable.
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -n "$(fc-list :lang=zh 2>/dev/null || true)" ] || dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Please install: ${missing[*]}" >&2; exit 1
  fi
fi
node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)' \
  || { echo "Node.js 20.19 or later is required to build the web UI (found $(node --version))." >&2; exit 1; }
