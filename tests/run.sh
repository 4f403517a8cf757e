#!/usr/bin/env bash
# The one test command: installs what a fresh machine lacks, checks formatting, builds in Release,
# runs every .NET test (in-process app, real SQLite files, a private PostgreSQL, private redis-server
# processes) and the end-to-end
# clients against the running server, then prints one closing line: "N passed, N failed".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
log="$(mktemp -d /tmp/aula-test.XXXXXX)"
trap 'rm -rf "$log"' EXIT

step() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { as_root apt-get update -qq && apt_updated=yes; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

step "Prerequisites"
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || apt_install postgresql
command -v redis-server >/dev/null 2>&1 || apt_install redis-server
command -v node >/dev/null 2>&1 || apt_install nodejs npm
(cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error) || exit 1

step "Format"
dotnet format Aula.sln --verify-no-changes || { echo "dotnet format found changes: run 'dotnet format Aula.sln'"; exit 1; }

step "Build (Release)"
dotnet build Aula.sln -c Release -nologo -clp:ErrorsOnly || exit 1

passed=0
failed=0
count() { # sums the "Passed: N" and "Failed: N" of dotnet test summaries
  local p f
  p=$(grep -oE 'Passed: +[0-9]+' "$1" | awk '{ s += $2 } END { print s + 0 }')
  f=$(grep -oE 'Failed: +[0-9]+' "$1" | awk '{ s += $2 } END { print s + 0 }')
  passed=$((passed + p)); failed=$((failed + f))
}

status=0
for project in tests/Aula.Graph.Tests tests/Aula.Realtime.Tests; do
  step "Tests: $project"
  dotnet test "$project" -c Release --no-build --nologo 2>&1 | tee "$log/out"
  [ "${PIPESTATUS[0]}" = 0 ] || status=1
  count "$log/out"
done

for e2e in run-node run-cluster; do
  step "End to end: $e2e"
  if bash "tests/e2e/$e2e.sh"; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi
done

echo
echo "$passed passed, $failed failed"
exit $status
