#!/usr/bin/env bash
# A/B pairs of two published builds in the same minutes: both servers run at once on SERVER_CPUS (each with its own
# SQLite file), each is warmed at c=16, then short runs at c=64 alternate ABBA so a slow phase of the shared machine
# hits both. Prints per pair turns/s, p99, server CPU µs per turn and context switches per 100 turns, then the median
# of B/A turns/s.
#
# Usage: bench/Load/pair.sh <published A> <published B> [rounds=6] [seconds=8]
#   (publish with: dotnet publish src/Kyodo.Bot -c Release -o /tmp/pub-A)   EXTRA_A / EXTRA_B: env for one side only.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
ANCHORS="${ANCHORS:-$REPO/../shared/bench-anchors}"
A="$1"; B="$2"; ROUNDS="${3:-6}"; SECONDS_EACH="${4:-8}"
SERVER_CPUS="${SERVER_CPUS:-1}"; LOAD_CPUS="${LOAD_CPUS:-0}"; POOL="${POOL:-1000}"; C="${C:-64}"
TEMPLATE="$ANCHORS/load/activity.template.json"; LUA="$HERE/guidance-turns.lua"
WORK="$(mktemp -d /tmp/kyodo-pair.XXXXXX)"
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$WORK"' EXIT

start() { # published-dir port label extra-env
  mkdir -p "$WORK/$3"
  (cd "$1" && exec env $4 ASPNETCORE_URLS="http://127.0.0.1:$2" Content__DialogsPath="$REPO/dialogs" Storage__SqlitePath="$WORK/$3/kyodo.db" \
    Bot__TurnBurstPerPerson=1000000 Logging__LogLevel__Default=Warning taskset -c "$SERVER_CPUS" ./Kyodo.Bot) >"$WORK/$3.log" 2>&1 &
  PIDS+=($!)
}
start "$A" 5077 A "${EXTRA_A:-}"; start "$B" 5078 B "${EXTRA_B:-}"
for port in 5077 5078; do
  for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.2; done
  taskset -c "$LOAD_CPUS" wrk -t1 -c16 -d20s --timeout 10s -s "$LUA" "http://127.0.0.1:$port/api/messages" -- "$TEMPLATE" "w$port$RANDOM" "$POOL" 1 >/dev/null
done

switches() { cat /proc/"$1"/task/*/status 2>/dev/null | awk '/ctxt_switches/ {s += $2} END {print s}'; }
measure() { # port pid → "turns/s p99ms cpu-µs/turn switches/100turns"
  local t0 c0 t1 c1 result
  t0=$(awk '{print $14 + $15}' "/proc/$2/stat"); c0=$(switches "$2")
  result=$(taskset -c "$LOAD_CPUS" wrk -t1 -c"$C" -d"${SECONDS_EACH}s" --timeout 10s -s "$LUA" "http://127.0.0.1:$1/api/messages" -- "$TEMPLATE" "m$1$RANDOM" "$POOL" 1 | sed -n 's/^RESULT //p')
  t1=$(awk '{print $14 + $15}' "/proc/$2/stat"); c1=$(switches "$2")
  echo "$result" | jq -r --argjson cpu $(( (t1 - t0) * 1000000 / $(getconf CLK_TCK) )) --argjson cs $(( c1 - c0 )) \
    '"\(.turns_per_s) \(.lat_us.p99 / 1000) \($cpu / .ok_turns | floor) \($cs * 100 / .ok_turns | floor) \(.bad)"'
}
for i in $(seq 1 "$ROUNDS"); do
  if (( i % 2 )); then a=$(measure 5077 "${PIDS[0]}"); b=$(measure 5078 "${PIDS[1]}"); else b=$(measure 5078 "${PIDS[1]}"); a=$(measure 5077 "${PIDS[0]}"); fi
  echo "$a | $b" | awk '{printf "A %6.0f turns/s p99 %5.1f ms %4d µs/turn %3d cs/100 bad %s | B %6.0f turns/s p99 %5.1f ms %4d µs/turn %3d cs/100 bad %s | B/A %.3f\n", $1,$2,$3,$4,$5, $7,$8,$9,$10,$11, $7/$1}'
done | tee "$WORK/pairs.txt"
awk '{print $NF}' "$WORK/pairs.txt" | sort -n | awk '{v[NR] = $1} END {printf "median B/A turns/s %.3f (%.3f–%.3f)\n", v[int((NR + 1) / 2)], v[1], v[NR]}'
