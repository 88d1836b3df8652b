#!/usr/bin/env bash
# The house style (.editorconfig, host/web/eslint.config.js), applied to the whole tree:
#   build/format.sh           rewrites every file that drifts from it
#   build/format.sh --check   changes nothing, lists what drifts and fails (build/test.sh runs this first)
# C#: `dotnet format whitespace` over every .cs file in the tree (also the module template in build/templates and
# anything else outside Minzheng.sln), then `dotnet format style` over Minzheng.sln for the rules the .editorconfig
# marks as warnings (usings, `var`, namespaces, braces, …). Migrations are generated code and left as
# `dotnet ef` writes them. TypeScript: ESLint's layout rules over host/web. Every other text file: LF, no
# trailing blanks, a final newline, no tabs.
set -euo pipefail
cd "$(dirname "$0")/.."

check=false
case "${1:-}" in
  --check) check=true ;;
  "") ;;
  *) echo "usage: build/format.sh [--check]" >&2; exit 2 ;;
esac

verify=()
$check && verify=(--verify-no-changes)
drift=0
out=$(mktemp)
trap 'rm -f "$out"' EXIT

# dotnet format: 0 clean (or fixed), 2 drift found by --verify-no-changes; anything else is a failure to run.
# Prints what drifts as "file(line,col): rule message", relative to the repository.
dotnet_format() {
  local name=$1 rc=0; shift
  dotnet format "$@" "${verify[@]}" >"$out" 2>&1 || rc=$?
  if [ $rc -eq 2 ] && $check; then
    echo "$name: drift"
    sed -nE "s#^$PWD/([^(]+\([0-9]+,[0-9]+\)): (error|warning) ([^[]*[^[ ]).*#  \1: \3#p" "$out" | sort -u
    drift=1
  elif [ $rc -ne 0 ]; then
    cat "$out"; echo "$name: dotnet format failed (exit $rc)" >&2; exit 1
  else
    echo "$name: ok"
  fi
}

# Style before whitespace: a fix (a using removed) can leave layout for the whitespace pass.
if $check; then
  dotnet_format "C# style" style Minzheng.sln --severity warn
else
  # A solution-wide fix can drop a fix in one project when several projects get one (seen with IDE0007), so
  # it is repeated until a pass changes nothing.
  for pass in 1 2 3; do
    dotnet_format "C# style (pass $pass)" style Minzheng.sln --severity warn -v n
    grep -q 'Formatted code file' "$out" || break
  done
fi
dotnet_format "C# whitespace" whitespace . --folder \
  --exclude '**/bin/**' '**/obj/**' '**/node_modules/**' artifacts data plugins

# The web UI's linter comes with its dependencies (package-lock.json).
[ -x host/web/node_modules/.bin/eslint ] || (cd host/web && npm ci --no-audit --no-fund >/dev/null)
if $check; then
  if (cd host/web && npm run --silent format:check >"$out" 2>&1); then echo "TypeScript: ok"; else
    echo "TypeScript: drift"; sed -e "s|$PWD/||" -e '/^$/d' "$out" | sed 's/^/  /'; drift=1
  fi
else
  (cd host/web && npm run --silent format) || { echo "TypeScript: some drift cannot be fixed automatically (above)" >&2; exit 1; }
  echo "TypeScript: ok"
fi

# Every other text file the repository has or would add (.gitignore respected). The solution file keeps
# Visual Studio's layout; Markdown may end a line with two spaces (a hard break); migrations are generated.
others=()
while IFS= read -r -d '' file; do
  case "$file" in
    *.cs | *.ts | *.tsx | *.js | *.sln | */Migrations/*) continue ;;
  esac
  [ -f "$file" ] && grep -qI . "$file" && others+=("$file")
done < <(git ls-files -z --cached --others --exclude-standard)
bad=()
for file in "${others[@]}"; do
  problem=""
  if [[ $file != *.md ]] && grep -q '[[:space:]]$' "$file"; then problem="trailing blanks or CRLF"
  elif grep -q $'\r' "$file"; then problem="CRLF"
  elif [ -n "$(tail -c1 "$file")" ]; then problem="no final newline"
  fi
  grep -q $'\t' "$file" && problem="${problem:+$problem, }tabs (replace them by hand)"
  [ -z "$problem" ] && continue
  if $check || [[ $problem == *tabs* ]]; then
    bad+=("  $file: $problem")
  else
    if [[ $file == *.md ]]; then sed -i 's/\r$//' "$file"; else sed -i 's/[[:space:]]*$//' "$file"; fi
    [ -n "$(tail -c1 "$file")" ] && echo >>"$file"
  fi
done
if [ ${#bad[@]} -gt 0 ]; then
  echo "Other files: drift"; printf '%s\n' "${bad[@]}"; drift=1
else
  echo "Other files: ok"
fi

if [ $drift -ne 0 ]; then
  if $check; then
    echo "The files above drift from the house style (.editorconfig). Fix them with build/format.sh, then review and commit." >&2
  else
    echo "Tabs are left for you to replace (above)." >&2
  fi
  exit 1
fi
