#!/usr/bin/env bash
# Packs the SDK, the module test kit (with the host and platform they run) and the module template
# (dotnet new minzheng-module) as NuGet packages of one version:
#   build/pack.sh [output folder, default artifacts/packages]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/packages}
mkdir -p "$out"
for project in sdk/Minzheng.Sdk sdk/Minzheng.Sdk.Testing host/Minzheng.Platform host/Minzheng.Host build/templates/Minzheng.Templates.csproj; do
  dotnet pack "$project" -c Release -o "$out" --nologo -v quiet
done
ls "$out"
