#!/usr/bin/env bash
# The first minute after a start: one fresh server on SERVER_CPUS, put under load at c=64 the moment /readyz answers,
# measured in consecutive chunks with no warm-up (what a deploy during a burst of messages meets). Prints the time to
# /readyz, then turns/s and p99 per chunk.
#
# Usage: bench/Load/cold.sh <published build> [chunks=6] [seconds=10]
#   (publish with: dotnet publish src/Kyodo.Bot -c Release -o /tmp/pub-A)   EXTRA: env for the server.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
ANCHORS="${ANCHORS:-$REPO/../shared/bench-anchors}"
PUB="$1"; CHUNKS="${2:-6}"; SECONDS_EACH="${3:-10}"
SERVER_CPUS="${SERVER_CPUS:-1}"; LOAD_CPUS="${LOAD_CPUS:-0}"; POOL="${POOL:-1000}"; C="${C:-64}"; PORT="${PORT:-5079}"
TEMPLATE="$ANCHORS/load/activity.template.json"; LUA="$HERE/guidance-turns.lua"
WORK="$(mktemp -d /tmp/kyodo-cold.XXXXXX)"
SERVER=""
trap '[[ -n "$SERVER" ]] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT

started=$(date +%s%N)
(cd "$PUB" && exec env ${EXTRA:-} ASPNETCORE_URLS="http://127.0.0.1:$PORT" Content__DialogsPath="$REPO/dialogs" \
  Storage__SqlitePath="$WORK/kyodo.db" Bot__TurnBurstPerPerson=1000000 Logging__LogLevel__Default=Warning \
  taskset -c "$SERVER_CPUS" ./Kyodo.Bot) >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.05; done
curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
echo "ready after $(( ($(date +%s%N) - started) / 1000000 )) ms"
for i in $(seq 1 "$CHUNKS"); do
  taskset -c "$LOAD_CPUS" wrk -t1 -c"$C" -d"${SECONDS_EACH}s" --timeout 10s -s "$LUA" "http://127.0.0.1:$PORT/api/messages" -- "$TEMPLATE" "cold$i$RANDOM" "$POOL" 1 \
    | sed -n 's/^RESULT //p' | jq -r --arg i "$i" --arg s "$SECONDS_EACH" \
      '"chunk \($i) (to \(($i | tonumber) * ($s | tonumber)) s): \(.turns_per_s | floor) turns/s, p99 \(.lat_us.p99 / 1000) ms, bad \(.bad)"'
done
