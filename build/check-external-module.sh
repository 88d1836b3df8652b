#!/usr/bin/env bash
# Proves that a module written outside this repository works with what build/pack.sh packed, and nothing else:
# creates one from the packed template (dotnet new minzheng-module) in a temporary folder, builds it against the
# packed SDK, checks its output carries none of the assemblies the host shares, adds a migration the way its author
# would (dotnet-ef through add-migration.sh), and runs its generated tests, which start the real host in-process
# through the packed test kit, load the module as a plugin and call its endpoints and its page description.
#   build/check-external-module.sh [packages folder, default artifacts/packages]   (run after build/pack.sh)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
packages=$(cd "${1:-$repo/artifacts/packages}" && pwd)
version=$(sed -n 's:.*<MinzhengSdkVersion>\(.*\)</MinzhengSdkVersion>.*:\1:p' "$repo/Directory.Build.props")
template="$packages/Minzheng.Templates.$version.nupkg"
[ -f "$template" ] || { echo "external module: $template is missing; run build/pack.sh first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
trap 'echo "external module: failed at line $LINENO of build/check-external-module.sh" >&2' ERR
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
# A private package folder, so that an older package of the same version is never taken from the cache; a private
# template hive, so that nothing is left in the user's template list.
export NUGET_PACKAGES="$work/.nuget"
# A private CLI home too: dotnet keeps a cache of restored local tools there that points into a package folder by
# absolute path; an earlier run's entry (its package folder deleted with its temporary folder) makes
# 'dotnet tool restore' answer "restored" while 'dotnet ef' is not found.
export DOTNET_CLI_HOME="$work/.dotnet-home"
hive="$work/.templates"
dotnet new install "$template" --debug:custom-hive "$hive"
# A two-word name: the id is its lower case (socialwork), the C# names keep its capitals.
dotnet new minzheng-module --debug:custom-hive "$hive" -n SocialWork --displayName 社会工作 -o socialwork
cd socialwork
grep -q '"id": "socialwork"' Minzheng.Modules.SocialWork/module.json || { echo "external module: the generated module.json has not the id socialwork" >&2; exit 1; }

# dotnet new keeps no executable bit: the script is run by bash, as docs/first-module.md says.
bash add-migration.sh SecondStep
ls Minzheng.Modules.SocialWork/Migrations/*_SecondStep.cs Minzheng.Modules.SocialWork/Migrations/PostgreSql/*_SecondStep.cs >/dev/null
dotnet build Minzheng.Modules.SocialWork -c Release --nologo -v quiet
output=Minzheng.Modules.SocialWork/bin/Release/net10.0
[ -f "$output/module.json" ] || { echo "external module: module.json is not in the build output $output" >&2; exit 1; }
if ls "$output" | grep -qE '^(Minzheng\.Sdk|Autofac|Carter|Microsoft\.EntityFrameworkCore|Npgsql)[^/]*\.dll$'; then
  echo "external module: its build output carries shared assemblies the host provides:" >&2
  ls "$output" >&2
  exit 1
fi
dotnet test Minzheng.Modules.SocialWork.Tests -c Release --nologo
