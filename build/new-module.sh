#!/usr/bin/env bash
# Starts a new module in this repository from the module template (build/templates, the same template
# `dotnet new minzheng-module` installs from the packed Minzheng.Templates package):
#   build/new-module.sh <id> <显示名> [<Name>]
# writes modules/<id>/Minzheng.Modules.<Name>/ and tests/Minzheng.Modules.<Name>.Tests/ and adds both to
# Minzheng.sln. <id>: lower-case letters and digits, starting with a letter (the route prefix /api/<id>/ and the
# database name). <Name>: the C# name, by default the id with a capital first letter; its lower case must be the id.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
usage="usage: build/new-module.sh <id> <显示名> [<Name>]   e.g. build/new-module.sh volunteer 志愿服务"
id=${1:-}; display=${2:-}
[ -n "$id" ] && [ -n "$display" ] || { echo "$usage" >&2; exit 2; }
if ! [[ $id =~ ^[a-z][a-z0-9]{0,39}$ ]]; then
  echo "new-module: the id '$id' must be lower-case letters and digits, starting with a letter (at most 40), e.g. volunteer" >&2
  exit 2
fi
if [[ $display == *'"'* || $display == *'\'* ]]; then
  echo "new-module: the display name must not contain \" or \\ (it is written into module.json)" >&2
  exit 2
fi
name=${3:-${id^}}
if ! [[ $name =~ ^[A-Z][A-Za-z0-9]*$ ]] || [ "${name,,}" != "$id" ]; then
  echo "new-module: the name '$name' must be a C# name starting with a capital whose lower case is the id '$id', e.g. ${id^}" >&2
  exit 2
fi
module_dir=modules/$id/Minzheng.Modules.$name
tests_dir=tests/Minzheng.Modules.$name.Tests
existing=$(cd "$repo" && grep -rlE "\"id\"[[:space:]]*:[[:space:]]*\"$id\"" --include=module.json modules tests 2>/dev/null | head -1 || true)
if [ -e "$repo/modules/$id" ] || [ -e "$repo/$tests_dir" ] || [ -n "$existing" ]; then
  echo "new-module: a module '$id' exists already (${existing:-modules/$id or $tests_dir}); choose another id" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Quiet unless it fails: then its output says why.
quietly() { "$@" > "$work/log" 2>&1 || { cat "$work/log" >&2; echo "new-module: failed: $*" >&2; exit 1; }; }
version=$(sed -n 's:.*<MinzhengSdkVersion>\(.*\)</MinzhengSdkVersion>.*:\1:p' "$repo/Directory.Build.props")
# The template is packed as build/pack.sh packs it (versions stamped), and installed in a private hive so that
# nothing is left in the user's template list.
quietly dotnet pack "$repo/build/templates/Minzheng.Templates.csproj" -c Release -o "$work/package" --nologo -v quiet
quietly dotnet new install "$work/package/Minzheng.Templates.$version.nupkg" --debug:custom-hive "$work/hive"
quietly dotnet new minzheng-module --debug:custom-hive "$work/hive" -n "$name" --displayName "$display" --hosting repo -o "$work/out"

mkdir -p "$repo/modules/$id"
mv "$work/out/Minzheng.Modules.$name" "$repo/$module_dir"
mv "$work/out/Minzheng.Modules.$name.Tests" "$repo/$tests_dir"
mv "$work/out/README.md" "$repo/modules/$id/README.md"
cd "$repo"
quietly dotnet sln Minzheng.sln add --solution-folder modules "$module_dir/Minzheng.Modules.$name.csproj"
quietly dotnet sln Minzheng.sln add --solution-folder tests "$tests_dir/Minzheng.Modules.$name.Tests.csproj"
cat <<TEXT
Module '$id' ($display) created:
  modules/$id/README.md  what the module does: fill it in
  $module_dir/    module.json, Minzheng.Modules.$name.csproj, the Applications/ feature slice, migrations
  $tests_dir/
Both are in Minzheng.sln. Next:
  dotnet test $tests_dir -c Release                  # the generated tests pass as they are
  build/ef.sh $module_dir ${name}Db <Migration>      # after changing the model: a migration for both engines
  enable it in a district: Minzheng:Districts:<n>:Modules in host/Minzheng.Host/appsettings.json, or PUT /api/platform/districts/<district>/modules/$id
See docs/first-module.md.
TEXT
