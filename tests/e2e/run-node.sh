#!/usr/bin/env bash
# One app node (the Release build, Development environment for POST /dev/token) on a free loopback port with
# a fresh SQLite file; runs the clients nobody here wrote against it: the graphql-http audit and the graphql-ws
# client, and jose on a widget token. Stops the node on exit and fails if either client fails. Builds nothing: build in Release first.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dll="$here/../../src/Aula.Graph/bin/Release/net10.0/Aula.Graph.dll"
[[ -f "$dll" ]] || { echo "run-node: $dll is missing; build the solution in Release first" >&2; exit 2; }

work="$(mktemp -d /tmp/aula-node.XXXXXX)"
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

echo "run-node: starting the app on $base"
(
  cd "$work"
  ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$base" \
  ConnectionStrings__Aula="Data Source=$work/aula.db" Auth__DevelopmentKeyPath="$work/key.json" \
  exec dotnet "$dll"
) >"$work/app.log" 2>&1 &
app_pid=$!

for _ in $(seq 1 120); do
  kill -0 "$app_pid" 2>/dev/null || break
  curl -fsS "$base/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fsS "$base/health/ready" >/dev/null 2>&1 || { echo "run-node: the app did not become ready" >&2; cat "$work/app.log" >&2; exit 1; }

cd "$here"
[[ -d node_modules ]] || npm ci --no-audit --no-fund --loglevel=error
status=0
for client in audit.mjs graphql-ws.mjs widget-jwks.mjs; do
  echo "run-node: $client"
  AULA_URL="$base/graphql" node "$client" || status=1
done
exit "$status"
