#!/usr/bin/env bash
# Remakes the template's initial migrations (both engines) from its model: build/templates/remake-migrations.sh
# Needed when the template's entities or the SDK's model conventions change (an SDK version that stores something
# differently): the generated module's migration-set test, run by build/check-external-module.sh, fails until then.
# Works on a module "sample" made by build/new-module.sh (the template's own names), which it removes again.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ ! -e modules/sample ] || { echo "remake-migrations: modules/sample exists; remove it first" >&2; exit 1; }
template=build/templates/minzheng-module/Minzheng.Modules.Sample
cleanup() {
  dotnet sln Minzheng.sln remove modules/sample/Minzheng.Modules.Sample/Minzheng.Modules.Sample.csproj \
    tests/Minzheng.Modules.Sample.Tests/Minzheng.Modules.Sample.Tests.csproj >/dev/null 2>&1 || true
  rm -rf modules/sample tests/Minzheng.Modules.Sample.Tests
}
trap cleanup EXIT
build/new-module.sh sample 示例模块 >/dev/null
rm -rf modules/sample/Minzheng.Modules.Sample/Migrations
build/ef.sh modules/sample/Minzheng.Modules.Sample SampleDb Initial >/dev/null
rm -rf "$template/Migrations"
cp -r modules/sample/Minzheng.Modules.Sample/Migrations "$template/Migrations"
find "$template/Migrations" -type f | sort
