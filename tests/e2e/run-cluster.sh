#!/usr/bin/env bash
# Two app nodes behind no load balancer, sharing one private PostgreSQL, one redis-server and one dev signing key,
# then cluster.mjs: cross-node delivery, Redis killed mid-stream, a node killed mid-stream (see cluster.mjs).
# Everything runs on free loopback ports in a throwaway directory and is stopped on exit, whatever happens.
# Builds nothing: run `dotnet build Aula.sln -c Release` first. Needs PostgreSQL's binaries, redis-server and node.
# AULA_CLUSTER_SCENARIOS (e.g. "cross-node,redis-killed") limits which scenarios run; default: all.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dll="$root/src/Aula.Graph/bin/Release/net10.0/Aula.Graph.dll"
if [[ ! -f "$dll" ]]; then
  echo "run-cluster: $dll is missing; build the solution in Release first" >&2
  exit 2
fi
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [[ -z "$pg_bin" || ! -x "$pg_bin/postgres" ]]; then
  echo "run-cluster: PostgreSQL binaries not found under /usr/lib/postgresql" >&2
  exit 2
fi
redis_bin="$(command -v redis-server || true)"
if [[ -z "$redis_bin" ]]; then
  echo "run-cluster: redis-server not found" >&2
  exit 2
fi

started=$SECONDS
work="$(mktemp -d /tmp/aula-cluster.XXXXXX)"
chmod 755 "$work"
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
# PostgreSQL refuses to run as root: as root, it runs as `postgres`.
as_pg() { if [[ "$(id -u)" = 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_port="$(free_port)"
redis_port="$(free_port)"
port1="$(free_port)"
port2="$(free_port)"
while [[ "$port2" == "$port1" || "$port2" == "$pg_port" || "$port2" == "$redis_port" ]]; do port2="$(free_port)"; done
node1="http://127.0.0.1:$port1"
node2="http://127.0.0.1:$port2"
# cluster.mjs kills (and restarts) the processes named in these files; cleanup stops whatever they name then.
redis_pid_file="$work/redis.pid"
node1_pid_file="$work/node1.pid"
node2_pid_file="$work/node2.pid"

stop_pid() { # stop_pid PID: TERM, then KILL after 10 s
  local pid="$1"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}
cleanup() {
  local status=$?
  for f in "$node1_pid_file" "$node2_pid_file" "$redis_pid_file"; do
    [[ -f "$f" ]] && stop_pid "$(cat "$f")"
  done
  [[ -f "$work/pg/postmaster.pid" ]] && stop_pid "$(head -n 1 "$work/pg/postmaster.pid")"
  if [[ "$status" != 0 && -z "${AULA_CLUSTER_QUIET:-}" ]]; then
    for log in "$work"/node1.log "$work"/node2.log; do
      [[ -f "$log" ]] && { echo "---- last lines of $(basename "$log")" >&2; tail -n 40 "$log" >&2; }
    done
  fi
  rm -rf "$work"
  echo "run-cluster: finished in $((SECONDS - started)) s with status $status"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "run-cluster: PostgreSQL on $pg_port, Redis on $redis_port, node 1 $node1, node 2 $node2 (work: $work)"
mkdir -p "$work/pg"
[[ "$(id -u)" = 0 ]] && chown postgres "$work/pg"
as_pg "$pg_bin/initdb" -D "$work/pg" -U aula --auth=trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log" >&2; exit 1; }
as_pg "$pg_bin/postgres" -D "$work/pg" -p "$pg_port" -k "$work/pg" -c listen_addresses=127.0.0.1 -c fsync=off \
  -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 >"$work/pg.log" 2>&1 &
for _ in $(seq 1 100); do
  as_pg "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$pg_port" && break
  sleep 0.2
done
as_pg "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$pg_port" || { echo "run-cluster: PostgreSQL did not start" >&2; cat "$work/pg.log" >&2; exit 1; }
psql -q -h 127.0.0.1 -p "$pg_port" -U aula -d postgres -c 'CREATE DATABASE aula' >/dev/null

"$redis_bin" --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --daemonize no >"$work/redis.log" 2>&1 &
echo $! >"$redis_pid_file"
disown $! # cluster.mjs may kill it: no "Killed" notice from bash

start_node() { # start_node N URL
  (
    cd "$work"
    ASPNETCORE_ENVIRONMENT=Development \
    ASPNETCORE_URLS="$2" \
    Database__Provider=Postgres \
    ConnectionStrings__Aula="Host=127.0.0.1;Port=$pg_port;Username=aula;Database=aula" \
    Redis__Configuration="127.0.0.1:$redis_port" \
    Realtime__ChannelPrefix="aula-cluster-$$" \
    Realtime__CallsPerSecond=1000 \
    Realtime__CallBurst=1000 \
    Auth__DevelopmentKeyPath="$work/key.json" \
    exec dotnet "$dll"
  ) >"$work/node$1.log" 2>&1 &
  echo $! >"$work/node$1.pid"
  disown $!
}
wait_ready() { # wait_ready N URL
  local pid
  pid="$(cat "$work/node$1.pid")"
  for _ in $(seq 1 240); do
    kill -0 "$pid" 2>/dev/null || break
    curl -fsS "$2/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.25
  done
  echo "run-cluster: node $1 did not become ready; its log follows" >&2
  cat "$work/node$1.log" >&2
  exit 1
}
# Node 1 first: it migrates and seeds the empty database; node 2 then finds it ready.
start_node 1 "$node1"
wait_ready 1 "$node1"
start_node 2 "$node2"
wait_ready 2 "$node2"

cd "$here"
if [[ ! -d node_modules/@microsoft/signalr ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
AULA_NODE1="$node1" AULA_NODE2="$node2" \
AULA_REDIS_BIN="$redis_bin" AULA_REDIS_PORT="$redis_port" AULA_REDIS_PID_FILE="$redis_pid_file" AULA_REDIS_LOG="$work/redis.log" \
AULA_NODE2_PID_FILE="$node2_pid_file" \
  node cluster.mjs
