#!/usr/bin/env bash
# Proves that a module outside this repository builds against the packed SDK and that its test,
# through the packed test kit, loads it into the real host. Run after build/pack.sh.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
packages=${1:-$repo/artifacts/packages}
version=$(sed -n 's:.*<MinzhengSdkVersion>\(.*\)</MinzhengSdkVersion>.*:\1:p' "$repo/Directory.Build.props")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$repo/build/external-module/." "$work/"
cat > "$work/NuGet.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="minzheng-local" value="$packages" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
cd "$work"
# A private package folder, so that an older package of the same version is never taken from the cache.
export NUGET_PACKAGES="$work/.nuget"
dotnet build Sample.Module -c Release -p:MinzhengSdkVersion="$version" --nologo -v quiet
if ls Sample.Module/bin/Release/net10.0/ | grep -qE '^(Minzheng\.Sdk|Autofac|Carter|Microsoft\.EntityFrameworkCore)[^/]*\.dll$'; then
  echo "external module: its build output carries shared assemblies the host provides" >&2
  exit 1
fi
dotnet test Sample.Module.Tests -c Release -p:MinzhengSdkVersion="$version" --nologo
