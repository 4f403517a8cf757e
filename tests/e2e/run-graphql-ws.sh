#!/usr/bin/env bash
# Starts the built app (Release) on a free loopback port with a fresh SQLite file, waits until it is ready,
# runs the graphql-ws e2e check against it (Development: it needs POST /dev/token), stops it, exits with its status.
# Builds nothing: run `dotnet build Aula.sln -c Release` first.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dll="$root/src/Aula.Graph/bin/Release/net10.0/Aula.Graph.dll"
if [[ ! -f "$dll" ]]; then
  echo "run-graphql-ws: $dll is missing; build the solution in Release first" >&2
  exit 2
fi

work="$(mktemp -d /tmp/aula-graphql-ws.XXXXXX)"
port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
base="http://127.0.0.1:$port"
app_pid=""

cleanup() {
  if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "run-graphql-ws: starting the app on $base (log: $work/app.log)"
(
  cd "$work"
  ASPNETCORE_ENVIRONMENT=Development \
  ASPNETCORE_URLS="$base" \
  ConnectionStrings__Aula="Data Source=$work/aula.db" \
  Auth__DevelopmentKeyPath="$work/key.json" \
  exec dotnet "$dll"
) >"$work/app.log" 2>&1 &
app_pid=$!

ready=""
for _ in $(seq 1 120); do
  if ! kill -0 "$app_pid" 2>/dev/null; then
    break
  fi
  if curl -fsS "$base/health/ready" >/dev/null 2>&1; then
    ready=yes
    break
  fi
  sleep 0.5
done
if [[ -z "$ready" ]]; then
  echo "run-graphql-ws: the app did not become ready; its log follows" >&2
  cat "$work/app.log" >&2
  exit 1
fi

cd "$here"
if [[ ! -d node_modules ]]; then
  npm ci --no-audit --no-fund
fi
status=0
AULA_URL="$base/graphql" node graphql-ws.mjs || status=$?
exit "$status"
