#!/usr/bin/env bash
# The benchmark: builds in Release, starts Aula (two nodes on one Redis and one SQLite file), the floor, the Node
# GraphQL peer and the Socket.IO peer (two nodes) on free loopback ports, runs the scenarios (driver/*.mjs) and writes
# results/latest.md with its plots (report/report.py). Everything runs in a throwaway directory and is stopped on exit.
# Durations: BENCH_SECONDS (dashboard run, 10), BENCH_REPEATS (3), BENCH_RATE (messages/s, 50), BENCH_MESSAGES (200).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
started=$SECONDS
as_root() { if [[ "$(id -u)" = 0 ]]; then "$@"; else sudo "$@"; fi; }
need() { # need COMMAND-CHECK PACKAGE...
  eval "$1" >/dev/null 2>&1 && return 0
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${@:2}" >/dev/null
}
need 'command -v redis-server' redis-server
need 'command -v sqlite3' sqlite3
need 'command -v node' nodejs npm
need '/usr/bin/python3 -c "import matplotlib"' python3-matplotlib
for dir in "$here" "$here/peers/graphql" "$here/peers/socketio"; do
  [[ -d "$dir/node_modules" ]] || (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
done
ulimit -n "$(ulimit -Hn)" # 5,000 connections: the driver and the server each hold one descriptor per connection

echo "bench: building in Release"
dotnet build "$root/Aula.sln" -c Release -nologo -clp:ErrorsOnly -v q
dotnet build "$here/floor" -c Release -nologo -clp:ErrorsOnly -v q
aula_dll="$root/src/Aula.Graph/bin/Release/net10.0/Aula.Graph.dll"
floor_dll="$here/floor/bin/Release/net10.0/Aula.Bench.Floor.dll"

work="$(mktemp -d /tmp/aula-bench.XXXXXX)"
pids=()
cleanup() {
  local status=$?
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [[ $status != 0 ]] && for log in "$work"/*.log; do echo "---- $log" >&2; tail -n 20 "$log" >&2; done
  rm -rf "$work"
  echo "bench: finished in $((SECONDS - started)) s with status $status"
}
trap cleanup EXIT
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
wait_ready() { # wait_ready URL PID
  for _ in $(seq 1 240); do
    kill -0 "$2" 2>/dev/null || { echo "bench: $1 exited" >&2; exit 1; }
    curl -s -m 2 -o /dev/null "$1" && return 0
    sleep 0.25
  done
  echo "bench: $1 did not answer" >&2; exit 1
}
start() { # start NAME PORT COMMAND...: runs COMMAND in the background with PORT, logs to NAME.log, sets $pid
  (cd "$work" && exec env PORT="$2" ASPNETCORE_URLS="http://127.0.0.1:$2" "${@:3}") >"$work/$1.log" 2>&1 &
  pid=$!
  pids+=("$pid")
}
db="$work/aula.db"
key="$work/key.json"
# The content root is the build output, so Aula reads its appsettings.json (log levels) as when deployed. A few
# benchmark users send more than any person would: their hub and cost budgets are raised (still charged, never short).
aula_env=(ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_CONTENTROOT="$(dirname "$aula_dll")" ConnectionStrings__Aula="Data Source=$db" Auth__DevelopmentKeyPath="$key"
  Widgets__SigningKeyPath="$work/widget-key.json" Realtime__CallsPerSecond=1000 Realtime__CallBurst=1000
  GraphQL__Cost__PersonCapacity=2000000000 GraphQL__Cost__PersonRefillPerSecond=1000000000
  GraphQL__Cost__ClientCapacity=2000000000 GraphQL__Cost__ClientRefillPerSecond=1000000000)

redis_port="$(free_port)"
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no >"$work/redis.log" 2>&1 &
pids+=("$!")

echo "bench: seeding the demo data, then the bench data (sql/grow.sql)"
port="$(free_port)"; start seed "$port" "${aula_env[@]}" dotnet "$aula_dll"; wait_ready "http://127.0.0.1:$port/health/ready" "$pid"
kill "$pid"; wait "$pid" || true
sqlite3 "$db" <"$here/sql/grow.sql"
token() { env Auth__DevelopmentKeyPath="$key" dotnet "$aula_dll" token "$1" --mfa; }
export TOKEN_METTE="$(token mette.hansen)" TOKEN_LARS="$(token lars.nielsen)" TOKEN_BENCH="$(token bench.guardian)"

echo "bench: starting Aula (2 nodes), the floor, the GraphQL peer and the Socket.IO peer (2 nodes)"
port="$(free_port)"; start aula1 "$port" "${aula_env[@]}" Redis__Configuration="127.0.0.1:$redis_port" dotnet "$aula_dll"
export AULA_URL="http://127.0.0.1:$port" AULA_PID="$pid"; wait_ready "$AULA_URL/health/ready" "$pid"
port="$(free_port)"; start aula2 "$port" "${aula_env[@]}" Redis__Configuration="127.0.0.1:$redis_port" dotnet "$aula_dll"
export AULA2_URL="http://127.0.0.1:$port"; wait_ready "$AULA2_URL/health/ready" "$pid"
port="$(free_port)"; start floor "$port" ConnectionStrings__Aula="Data Source=$db" Auth__DevelopmentKeyPath="$key" dotnet "$floor_dll"
export FLOOR_URL="http://127.0.0.1:$port"; wait_ready "$FLOOR_URL" "$pid"
port="$(free_port)"; start graphql-peer "$port" AULA_DB="$db" AULA_KEY="$key" node "$here/peers/graphql/server.mjs"
export PEER_GRAPHQL_URL="http://127.0.0.1:$port"; wait_ready "$PEER_GRAPHQL_URL" "$pid"
peer_env=(AULA_DB="$db" AULA_KEY="$key" REDIS_URL="redis://127.0.0.1:$redis_port")
port="$(free_port)"; start socketio-peer1 "$port" "${peer_env[@]}" node "$here/peers/socketio/server.mjs"
export PEER_SIO_URL="http://127.0.0.1:$port" PEER_SIO_PID="$pid"; wait_ready "$PEER_SIO_URL/socket.io/?EIO=4&transport=websocket" "$pid"
port="$(free_port)"; start socketio-peer2 "$port" "${peer_env[@]}" node "$here/peers/socketio/server.mjs"
export PEER_SIO2_URL="http://127.0.0.1:$port"; wait_ready "$PEER_SIO2_URL/socket.io/?EIO=4&transport=websocket" "$pid"
export REDIS_URL="redis://127.0.0.1:$redis_port"

rm -rf "$here/results/raw"
echo "bench: 1. dashboard"
node "$here/driver/dashboard.mjs"
echo "bench: 2. statements per request (a third Aula node with EF Core's command log)"
port="$(free_port)"
start aula-count "$port" "${aula_env[@]}" Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information dotnet "$aula_dll"
export AULA_COUNT_URL="http://127.0.0.1:$port" AULA_COMMAND_LOG="$work/aula-count.log"; wait_ready "$AULA_COUNT_URL/health/ready" "$pid"
node "$here/driver/statements.mjs"
kill "$pid"
echo "bench: 3-5. message latency, fan-out, idle connections"
node "$here/driver/live.mjs"

echo "bench: report"
commit="$(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- . || echo '+changes')"
BENCH_COMMIT="$commit" BENCH_SECONDS_TOTAL=$((SECONDS - started)) /usr/bin/python3 "$here/report/report.py"
