#!/usr/bin/env bash
# A/B pairs of two published builds in the same minutes: both servers run at once on SERVER_CPUS (each with its own
# SQLite file), each is warmed at c=16, then short runs at c=64 alternate ABBA so a slow phase of the shared machine
# hits both. Prints per pair turns/s, p99 (wrk's and as measured), server CPU µs per turn and context switches per 100 turns, then the median
# of B/A turns/s.
#
# Usage: bench/Load/pair.sh <published A> <published B> [rounds=6] [seconds=8]
#   (publish with: dotnet publish src/Kyodo.Bot -c Release -o /tmp/pub-A)   EXTRA_A / EXTRA_B: env for one side only.
#   PG=1: both sides on PostgreSQL (a private cluster on SERVER_CPUS, as run.sh's, one database each); each line then
#   also gives PostgreSQL's CPU µs per turn for that side's connections. PRESQL_A / PRESQL_B: SQL run in one side's
#   database once the bot has created its schema (a database setting tried without a new build).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
ANCHORS="${ANCHORS:-$REPO/../shared/bench-anchors}"
A="$1"; B="$2"; ROUNDS="${3:-6}"; SECONDS_EACH="${4:-8}"
SERVER_CPUS="${SERVER_CPUS:-1}"; LOAD_CPUS="${LOAD_CPUS:-0}"; POOL="${POOL:-1000}"; C="${C:-64}"
TEMPLATE="$ANCHORS/load/activity.template.json"; LUA="$HERE/guidance-turns.lua"
WORK="$(mktemp -d /tmp/kyodo-pair.XXXXXX)"
PIDS=()
PG="${PG:-}"; PG_BIN="${PG_BIN:-$(dirname "$(readlink -f "$(command -v pg_ctl || echo /usr/lib/postgresql/15/bin/pg_ctl)")")}"
as_pg() { if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_pg() { [[ -n "$PG" && -f "$WORK/pg/data/postmaster.pid" ]] && as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m immediate stop >/dev/null 2>&1; return 0; }
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; stop_pg; rm -rf "$WORK"' EXIT

if [[ -n "$PG" ]]; then
  PG_PORT="$(for p in $(seq 55532 55631); do (echo >"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; break; }; done)"
  mkdir -p "$WORK/pg/sock"; [[ "$(id -u)" == 0 ]] && chmod 755 "$WORK" && chown -R postgres: "$WORK/pg"
  as_pg "$PG_BIN/initdb" -D "$WORK/pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1 \
    || { cat "$WORK/initdb.log" >&2; exit 1; }
  as_pg taskset -c "$SERVER_CPUS" "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -w -l "$WORK/pg/postgres.log" start -o "-p $PG_PORT -k $WORK/pg/sock \
    -c listen_addresses=127.0.0.1 -c max_connections=250 -c shared_buffers=128MB -c cluster_name=kyodo-pair" >/dev/null
  psql_pg() { as_pg psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 "$@"; }
  psql_pg -c "CREATE DATABASE a" -c "CREATE DATABASE b"
fi

start() { # published-dir port label extra-env
  mkdir -p "$WORK/$3"
  local storage="Storage__SqlitePath=$WORK/$3/kyodo.db"
  [[ -n "$PG" ]] && storage="Storage__Provider=Postgres Storage__ConnectionString=Host=127.0.0.1;Port=$PG_PORT;Database=${3,,};Username=postgres;MaxPoolSize=100"
  (cd "$1" && exec env $4 ASPNETCORE_URLS="http://127.0.0.1:$2" Content__DialogsPath="$REPO/dialogs" $storage \
    Bot__TurnBurstPerPerson=1000000 Logging__LogLevel__Default=Warning taskset -c "$SERVER_CPUS" ./Kyodo.Bot) >"$WORK/$3.log" 2>&1 &
  PIDS+=($!)
}
start "$A" 5077 A "${EXTRA_A:-}"; start "$B" 5078 B "${EXTRA_B:-}"
for port in 5077 5078; do
  for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.2; done
  port_db=$([[ $port == 5077 ]] && echo a || echo b); presql="PRESQL_${port_db^^}"
  [[ -n "$PG" && -n "${!presql:-}" ]] && psql_pg -d "$port_db" -c "${!presql}" >/dev/null
  taskset -c "$LOAD_CPUS" wrk -t1 -c16 -d20s --timeout 10s -s "$LUA" "http://127.0.0.1:$port/api/messages" -- "$TEMPLATE" "w$port$RANDOM" "$POOL" 1 >/dev/null
done

switches() { cat /proc/"$1"/task/*/status 2>/dev/null | awk '/ctxt_switches/ {s += $2} END {print s}'; }
# PostgreSQL's CPU ticks in one database's connections (their process titles name the cluster and the database)
pg_ticks() { [[ -n "$PG" ]] || { echo 0; return; }; for p in $(pgrep -f "kyodo-pair: postgres $1 " || true); do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null; done | awk '{s += $1} END {print s + 0}'; }
measure() { # port pid database → "turns/s p99ms cpu-µs/turn switches/100turns bad pg-µs/turn measured-p99ms"
  local t0 c0 g0 t1 c1 g1 result tick=$((1000000 / $(getconf CLK_TCK)))
  t0=$(awk '{print $14 + $15}' "/proc/$2/stat"); c0=$(switches "$2"); g0=$(pg_ticks "$3")
  result=$(taskset -c "$LOAD_CPUS" wrk -t1 -c"$C" -d"${SECONDS_EACH}s" --timeout 10s -s "$LUA" "http://127.0.0.1:$1/api/messages" -- "$TEMPLATE" "m$1$RANDOM" "$POOL" 1 | sed -n 's/^RESULT //p')
  t1=$(awk '{print $14 + $15}' "/proc/$2/stat"); c1=$(switches "$2"); g1=$(pg_ticks "$3")
  echo "$result" | jq -r --argjson cpu $(( (t1 - t0) * tick )) --argjson cs $(( c1 - c0 )) --argjson pg $(( (g1 - g0) * tick )) \
    '"\(.turns_per_s) \(.lat_us.p99 / 1000) \($cpu / .ok_turns | floor) \($cs * 100 / .ok_turns | floor) \(.bad) \($pg / .ok_turns | floor) \(.lat_measured_us.p99 / 1000)"'
}
for i in $(seq 1 "$ROUNDS"); do
  if (( i % 2 )); then a=$(measure 5077 "${PIDS[0]}" a); b=$(measure 5078 "${PIDS[1]}" b); else b=$(measure 5078 "${PIDS[1]}" b); a=$(measure 5077 "${PIDS[0]}" a); fi
  echo "$a | $b" | awk -v pg="$PG" 'function side(n, f) { return sprintf("%s %6.0f turns/s p99 %5.1f ms (measured %5.1f) %4d µs/turn%s %3d cs/100 bad %s", n, $f, $(f+1), $(f+6), $(f+2), pg ? sprintf(" + PG %3d", $(f+5)) : "", $(f+3), $(f+4)) }
    {printf "%s | %s | B/A %.3f\n", side("A", 1), side("B", 9), $9/$1}'
done | tee "$WORK/pairs.txt"
awk '{print $NF}' "$WORK/pairs.txt" | sort -n | awk '{v[NR] = $1} END {printf "median B/A turns/s %.3f (%.3f–%.3f)\n", v[int((NR + 1) / 2)], v[1], v[NR]}'
