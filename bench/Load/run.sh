#!/usr/bin/env bash
# Kyodo.Bot load benchmark, side by side with the two anchors in one run:
#   a  bare Kestrel endpoint          } run by the anchors' own run.sh (../shared/bench-anchors), unchanged
#   b  Bot Framework JS waterfall peer }
#   s  Kyodo.Bot, SQLite state (fresh file per series)
#   p  Kyodo.Bot, PostgreSQL state (private cluster, fsync on, fresh database per series)
# The server under test is pinned to SERVER_CPUS, wrk to LOAD_CPUS. Load: wrk + guidance-turns.lua (17-turn guidance
# conversations, order kept per conversation, every reply checked). Then a memory phase: one fresh Kyodo.Bot (SQLite)
# walked through up to MEM_CONVS conversations, RSS read after each chunk.
#
# Then the LINE path: Kyodo.Bot (SQLite) with signed webhooks on /api/line, replies to a fake LINE API (line-walk.js).
#
# Usage: bench/Load/run.sh [build|bench|mem|line|summary|all]     (default: all)
# Everything listens on 127.0.0.1; every loop is bounded; every process started here is stopped by its PID.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
ANCHORS="${ANCHORS:-$REPO/../shared/bench-anchors}"
WORK="${BENCH_WORK:-/tmp/kyodo-bench}"
REPS="${REPS:-3}"
DURATION="${DURATION:-15}"
WARMUP="${WARMUP:-30}"
CONCS="${CONCS:-1 16 64}"
POOL="${POOL:-1000}"
BIG_POOL="${BIG_POOL:-10000}"      # then the same process again with this many conversations in progress (0: not)
BIG_POOL_CONCS="${BIG_POOL_CONCS:-64}"
TARGETS="${TARGETS:-a b s p}"       # a and b always run together (one anchors run per repetition)
MEM="${MEM:-1}"                    # memory phase on/off
MEM_CONVS="${MEM_CONVS:-100000}"   # stop the memory phase after this many completed conversations ...
MEM_SECONDS="${MEM_SECONDS:-600}"  # ... or after this many seconds of load, whichever comes first
MEM_CHUNK="${MEM_CHUNK:-10}"       # seconds per wrk chunk between RSS readings
MEM_CONC="${MEM_CONC:-16}"
MEM_TURNS="${MEM_TURNS:-3}"        # turns of the guidance path walked per conversation in the memory phase (17 = all)
SERVER_CPUS="${SERVER_CPUS:-1}"
LOAD_CPUS="${LOAD_CPUS:-0}"
PORT_BOT="${PORT_BOT:-5090}"
PORT_LINE_API="${PORT_LINE_API:-5091}"  # the fake LINE Messaging API (line-walk.js)
LINE="${LINE:-1}"                  # LINE phase on/off (Kyodo.Bot SQLite, signed webhooks, replies to the fake API)
LINE_SECONDS="${LINE_SECONDS:-15}"
LINE_API_DELAYS="${LINE_API_DELAYS:-0 100}"  # ms the fake LINE API takes to answer: 0 (the bot's CPU decides), 100 (as across the network)
PG_PORT="${PG_PORT:-}"             # empty: the first free port from 55432
HOST=127.0.0.1
OUT="${OUT:-$HERE/results/$(date -u +%Y%m%dT%H%M%SZ)}"
CLK_TCK="$(getconf CLK_TCK)"
TEMPLATE="$ANCHORS/load/activity.template.json"   # the same ~1 KB activity the anchors are sent
BOT_DIR="$WORK/kyodo-bot"
BOT_BIN="$BOT_DIR/Kyodo.Bot"
PG_BIN="${PG_BIN:-$(dirname "$(readlink -f "$(command -v pg_ctl || echo /usr/lib/postgresql/15/bin/pg_ctl)")")}"
PG_DATA="$WORK/pg/data"
PG_SOCK="$WORK/pg/run"

SERVER_PID=""
PG_PID=""
BOT_EXTRA_ENV=()

mkdir -p "$OUT/logs" "$OUT/raw" "$WORK/db"
log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$OUT/run.log" >&2; }

stop_pid() { # pid signal
  local pid="$1" sig="$2"
  [[ -n "$pid" ]] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill "-$sig" "$pid" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then log "pid $pid did not stop in 15 s; SIGKILL"; kill -KILL "$pid" 2>/dev/null || true; fi
  fi
  wait "$pid" 2>/dev/null || true
}
stop_server() { stop_pid "$SERVER_PID" TERM; SERVER_PID=""; }
stop_pg() { stop_pid "$PG_PID" INT; PG_PID=""; }   # SIGINT = PostgreSQL's fast shutdown
cleanup() { stop_server; stop_pg; }
trap cleanup EXIT INT TERM

as_pg() { if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }
hwm_kb() { awk '/^VmHWM:/ {print $2}' "/proc/$1/status"; }
# PostgreSQL: the postmaster, its live children, and what its finished children used
pg_ticks() {
  [[ -n "$PG_PID" ]] || { echo 0; return; }
  local total child
  total="$(awk '{print $14 + $15 + $16 + $17}' "/proc/$PG_PID/stat")"
  for child in $(pgrep -P "$PG_PID" || true); do
    [[ -r "/proc/$child/stat" ]] && total=$(( total + $(cpu_ticks "$child" 2>/dev/null || echo 0) ))
  done
  echo "$total"
}
pg_rss_kb() {
  [[ -n "$PG_PID" ]] || { echo 0; return; }
  local total child
  total="$(rss_kb "$PG_PID")"
  for child in $(pgrep -P "$PG_PID" || true); do total=$(( total + $(rss_kb "$child" 2>/dev/null || echo 0) )); done
  echo "$total"
}

do_build() {
  log "building the anchors with their own run.sh (into $WORK)"
  OUT="$OUT/anchors-build" BENCH_WORK="$WORK" "$ANCHORS/run.sh" build >"$OUT/logs/build-anchors.log" 2>&1 \
    || { cat "$OUT/logs/build-anchors.log" >&2; exit 1; }
  log "publishing Kyodo.Bot (Release) into $BOT_DIR"
  dotnet publish "$REPO/src/Kyodo.Bot/Kyodo.Bot.csproj" -c Release -o "$BOT_DIR" -v q -nologo >"$OUT/logs/build-bot.log" 2>&1 \
    || { cat "$OUT/logs/build-bot.log" >&2; exit 1; }
}

write_env() {
  {
    echo "date_utc=$(date -u +%FT%TZ) commit=$(git -C "$REPO" rev-parse --short HEAD)$(git -C "$REPO" diff --quiet HEAD -- src || echo '+dirty')"
    echo "kernel=$(uname -r) cpus=$(nproc) model=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
    echo "dotnet=$(dotnet --version) aspnetcore=$(dotnet --list-runtimes | awk '/AspNetCore/ {v=$2} END {print v}') node=$(node --version)"
    echo "wrk=$(wrk -v 2>&1 | head -1)"
    echo "postgres=$("$PG_BIN/postgres" --version 2>/dev/null) sqlite(bundled)=$(strings "$BOT_DIR/libe_sqlite3.so" 2>/dev/null | grep -m1 -oE '^3\.[0-9]+\.[0-9]+' || echo '?')"
    echo "disk for $WORK: $(df -T "$WORK" | awk 'NR==2 {print $2, $1}')"
    echo "REPS=$REPS DURATION=$DURATION WARMUP=$WARMUP CONCS='$CONCS' POOL=$POOL BIG_POOL=$BIG_POOL BIG_POOL_CONCS='$BIG_POOL_CONCS' TARGETS='$TARGETS' SERVER_CPUS=$SERVER_CPUS LOAD_CPUS=$LOAD_CPUS"
    echo "MEM=$MEM MEM_CONVS=$MEM_CONVS MEM_SECONDS=$MEM_SECONDS MEM_CHUNK=$MEM_CHUNK MEM_CONC=$MEM_CONC MEM_TURNS=$MEM_TURNS"
  } >"$OUT/env.txt" 2>&1
  cat "$OUT/env.txt" >&2
}

# ---------- PostgreSQL: a private cluster on 127.0.0.1, fsync and synchronous_commit on (the real setting) ----------
free_port() {
  local p
  for p in $(seq 55432 55531); do
    if ! ss -ltnH "sport = :$p" | grep -q .; then echo "$p"; return 0; fi
  done
  echo "no free port in 55432-55531" >&2; exit 1
}

start_pg() {
  [[ -x "$PG_BIN/initdb" ]] || { echo "PostgreSQL binaries not found (PG_BIN=$PG_BIN)" >&2; exit 1; }
  PG_PORT="${PG_PORT:-$(free_port)}"
  mkdir -p "$WORK/pg" "$PG_SOCK"
  [[ "$(id -u)" == 0 ]] && chown postgres: "$WORK/pg" "$PG_SOCK"
  if [[ ! -f "$PG_DATA/PG_VERSION" ]]; then
    log "initdb $PG_DATA"
    as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$OUT/logs/initdb.log" 2>&1 \
      || { cat "$OUT/logs/initdb.log" >&2; exit 1; }
  fi
  as_pg taskset -c "$SERVER_CPUS" "$PG_BIN/postgres" -D "$PG_DATA" -p "$PG_PORT" -k "$PG_SOCK" \
    -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on -c full_page_writes=on \
    -c max_connections=200 -c shared_buffers=128MB >"$OUT/logs/postgres.log" 2>&1 &
  local runner=$!
  for _ in $(seq 1 100); do
    [[ -f "$PG_DATA/postmaster.pid" ]] && PG_PID="$(head -1 "$PG_DATA/postmaster.pid")"
    if [[ -n "$PG_PID" ]] && as_pg "$PG_BIN/pg_isready" -q -h "$HOST" -p "$PG_PORT"; then break; fi
    kill -0 "$runner" 2>/dev/null || { cat "$OUT/logs/postgres.log" >&2; exit 1; }
    sleep 0.2
  done
  [[ -n "$PG_PID" ]] || { echo "PostgreSQL did not start" >&2; exit 1; }
  log "PostgreSQL pid $PG_PID on $HOST:$PG_PORT (fsync=on, synchronous_commit=on), cpus $SERVER_CPUS"
  psql_pg -c "SHOW fsync" -c "SHOW synchronous_commit" >>"$OUT/logs/postgres-settings.txt"
}

psql_pg() { as_pg psql -X -q -h "$HOST" -p "$PG_PORT" -U postgres -d "${PGDB:-postgres}" -v ON_ERROR_STOP=1 "$@"; }

# ---------- Kyodo.Bot ----------
# start_bot s|p name -> SERVER_PID; DB_REF = sqlite file or postgres database name
start_bot() {
  local kind="$1" name="$2"
  if curl -s -o /dev/null "http://$HOST:$PORT_BOT/healthz"; then echo "port $PORT_BOT already in use" >&2; exit 1; fi
  # The load walks each conversation far faster than a person types: the per-person flood limit is lifted.
  local -a env=(ASPNETCORE_URLS="http://$HOST:$PORT_BOT" Content__DialogsPath="$REPO/dialogs" Bot__TurnBurstPerPerson=1000000 "${BOT_EXTRA_ENV[@]}")
  if [[ "$kind" == s ]]; then
    DB_REF="$WORK/db/$name.db"
    rm -f "$DB_REF" "$DB_REF-wal" "$DB_REF-shm"
    env+=(Storage__Provider=Sqlite Storage__SqlitePath="$DB_REF")
  else
    DB_REF="$(echo "$name" | tr -c 'a-z0-9\n' '_')"
    psql_pg -c "DROP DATABASE IF EXISTS $DB_REF" -c "CREATE DATABASE $DB_REF"
    env+=(Storage__Provider=Postgres Storage__ConnectionString="Host=$HOST;Port=$PG_PORT;Database=$DB_REF;Username=postgres;Maximum Pool Size=100")
  fi
  (cd "$BOT_DIR" && exec env "${env[@]}" taskset -c "$SERVER_CPUS" "$BOT_BIN") >"$OUT/logs/$name.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 300); do   # at most ~30 s
    if curl -s -o /dev/null -w '%{http_code}' "http://$HOST:$PORT_BOT/readyz" | grep -q 200; then
      log "started Kyodo.Bot ($name, $kind) pid $SERVER_PID on $HOST:$PORT_BOT cpus $SERVER_CPUS"
      return 0
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$OUT/logs/$name.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "Kyodo.Bot did not become ready" >&2; exit 1
}

# stored state of the database behind the bot -> JSON: the whole table per conversation, and per conversation that
# walked the whole path (its conversation row was saved 17 times: version 17) with its person's row (guidance-turns.lua
# gives conversation kc-X the person ku-X; a person's row is saved only on the turns that change it)
state_size() {
  local kind="$1" q row
  q="SELECT (SELECT count(*) FROM state WHERE key LIKE '%/conversations/%'),
            (SELECT COALESCE(sum(CHARS), 0) FROM state), (SELECT COALESCE(sum(LEN8), 0) FROM state),
            (SELECT count(*) FROM state WHERE version = 17 AND key LIKE '%/conversations/%'),
            (SELECT COALESCE(sum(LEN8), 0) FROM state WHERE (version = 17 AND key LIKE '%/conversations/%')
               OR key IN (SELECT replace(key, '/conversations/kc-', '/users/ku-') FROM state
                          WHERE version = 17 AND key LIKE '%/conversations/%'))"
  if [[ "$kind" == s ]]; then
    q="${q//CHARS/length(CAST(json AS TEXT))}"   # SQLite keeps the documents' UTF-8 as BLOBs
    row="$(sqlite3 -separator ' ' "$DB_REF" "${q//LEN8/length(CAST(json AS BLOB))}")"
  else
    q="${q//CHARS/length(json)}"
    row="$(PGDB="$DB_REF" psql_pg -At -F ' ' -c "${q//LEN8/octet_length(json)}")"
  fi
  read -r convs chars bytes full full_bytes <<<"$row"
  jq -n -c --argjson c "${convs:-0}" --argjson ch "${chars:-0}" --argjson b "${bytes:-0}" --argjson f "${full:-0}" --argjson fb "${full_bytes:-0}" \
    '{conversations:$c, json_chars:$ch, json_bytes:$b, full_path_conversations:$f,
      chars_per_conversation: (if $c > 0 then $ch / $c else null end), bytes_per_conversation: (if $c > 0 then $b / $c else null end),
      bytes_per_full_path_conversation: (if $f > 0 then $fb / $f else null end)}'
}

# run_wrk target conc duration tag rawfile [pool] -> one JSON line
run_wrk() {
  local target="$1" conc="$2" dur="$3" tag="$4" raw="$5" pool="${6:-$POOL}" t0 p0 t1 p1 result
  t0="$(cpu_ticks "$SERVER_PID")"; p0="$(pg_ticks)"
  local TIMEFORMAT='%U %S %R'
  { time timeout $((dur + 30)) taskset -c "$LOAD_CPUS" \
      wrk -t1 -c"$conc" -d"${dur}s" --timeout 10s -s "$HERE/guidance-turns.lua" \
      "http://$HOST:$PORT_BOT/api/messages" -- "$TEMPLATE" "$tag" "$pool" 1 >"$raw" 2>&1 ; } 2>"$raw.time"
  t1="$(cpu_ticks "$SERVER_PID")"; p1="$(pg_ticks)"
  result="$(sed -n 's/^RESULT //p' "$raw")"
  [[ -n "$result" ]] || { cat "$raw" >&2; echo "wrk produced no RESULT" >&2; exit 1; }
  jq -c --arg target "$target" --argjson conc "$conc" --arg tag "$tag" --argjson pool "$pool" \
     --argjson scpu "$(awk -v a="$t0" -v b="$t1" -v h="$CLK_TCK" 'BEGIN{print (b-a)/h}')" \
     --argjson dbcpu "$(awk -v a="$p0" -v b="$p1" -v h="$CLK_TCK" 'BEGIN{print (b-a)/h}')" \
     --argjson wcpu "$(awk '{print $1 + $2}' "$raw.time")" --argjson rss "$(rss_kb "$SERVER_PID")" \
     '. + {target:$target, conc:$conc, tag:$tag, pool:$pool, server_cpu_s:$scpu, db_cpu_s:$dbcpu, wrk_cpu_s:$wcpu, server_rss_kb:$rss,
           server_cpu_us_per_turn: (if .ok_turns > 0 then ($scpu * 1e6 / .ok_turns) else null end),
           db_cpu_us_per_turn: (if .ok_turns > 0 then ($dbcpu * 1e6 / .ok_turns) else null end)}' <<<"$result"
}

bench_bot() { # kind rep
  local kind="$1" rep="$2" name conc size
  name="bench-$kind-r$rep-$(date -u +%H%M%S)"
  start_bot "$kind" "$name"
  run_wrk "$kind" 16 "$WARMUP" "w$kind$rep$RUN_ID" "$OUT/raw/warmup-$kind-r$rep.txt" >>"$OUT/warmup.jsonl"
  for conc in $CONCS; do
    sleep 1
    run_wrk "$kind" "$conc" "$DURATION" "m$RUN_ID$kind${rep}c$conc" "$OUT/raw/$kind-r$rep-c$conc.txt" \
      | jq -c --argjson rep "$rep" '. + {rep:$rep}' | tee -a "$OUT/bench.jsonl" \
      | jq -r '"  \(.target) rep \(.rep) c=\(.conc): \(.turns_per_s) turns/s p50 \(.lat_us.p50)us p99 \(.lat_us.p99)us (as measured \(.lat_measured_us.p99 // "n/a")us) bad \(.bad) server \(.server_cpu_us_per_turn|floor)us-cpu/turn db \(.db_cpu_us_per_turn|floor)us-cpu/turn"' \
      | tee -a "$OUT/run.log" >&2
  done
  # The issue's second size: the same process again with BIG_POOL conversations in progress (new ones, each from its start).
  if (( BIG_POOL > 0 )); then
    for conc in $BIG_POOL_CONCS; do
      sleep 1
      run_wrk "$kind" "$conc" "$DURATION" "m$RUN_ID$kind${rep}big$conc" "$OUT/raw/$kind-r$rep-big-c$conc.txt" "$BIG_POOL" \
        | jq -c --argjson rep "$rep" '. + {rep:$rep, big_pool:true}' | tee -a "$OUT/bench.jsonl" \
        | jq -r '"  \(.target) rep \(.rep) c=\(.conc) with \(.pool) conversations in progress: \(.turns_per_s) turns/s p50 \(.lat_us.p50)us p99 \(.lat_us.p99)us (as measured \(.lat_measured_us.p99 // "n/a")us) bad \(.bad) server \(.server_cpu_us_per_turn|floor)us-cpu/turn db \(.db_cpu_us_per_turn|floor)us-cpu/turn"' \
        | tee -a "$OUT/run.log" >&2
    done
  fi
  size="$(state_size "$kind")"
  jq -c --arg target "$kind" --argjson rep "$rep" --argjson rss "$(rss_kb "$SERVER_PID")" --argjson hwm "$(hwm_kb "$SERVER_PID")" \
    '. + {target:$target, rep:$rep, server_rss_kb:$rss, server_hwm_kb:$hwm}' <<<"$size" | tee -a "$OUT/state.jsonl" \
    | jq -r '"  \(.target) rep \(.rep): \(.conversations) conversations stored, \(.chars_per_conversation|floor) chars / \(.bytes_per_conversation|floor) bytes of state JSON each, \(.bytes_per_full_path_conversation // 0|floor) bytes per full-path one; rss \(.server_rss_kb) kB"' \
    | tee -a "$OUT/run.log" >&2
  stop_server
}

bench_anchors() { # rep: one repetition of the anchors' own sweep (a, then b), exactly as their run.sh runs it
  local rep="$1" dir="$OUT/anchors/r$1"
  log "anchors rep $rep: $ANCHORS/run.sh bench (REPS=1)"
  OUT="$dir" BENCH_WORK="$WORK" REPS=1 WARMUP="$WARMUP" DURATION="$DURATION" CONCS="$CONCS" POOL="$POOL" \
    SERVER_CPUS="$SERVER_CPUS" LOAD_CPUS="$LOAD_CPUS" "$ANCHORS/run.sh" bench >"$OUT/logs/anchors-r$rep.log" 2>&1 \
    || { tail -20 "$OUT/logs/anchors-r$rep.log" >&2; exit 1; }
  grep '^  [ab] rep' "$dir/run.log" | tee -a "$OUT/run.log" >&2 || true
  jq -c --argjson rep "$rep" '. + {rep:$rep}' "$dir/bench.jsonl" >>"$OUT/bench.jsonl"
}

do_bench() {
  [[ -x "$BOT_BIN" ]] || { echo "run $0 build first" >&2; exit 1; }
  RUN_ID="$(date -u +%H%M%S)"
  [[ " $TARGETS " == *" p "* ]] && start_pg
  local rep order t
  for rep in $(seq 1 "$REPS"); do
    if (( rep % 2 == 1 )); then order="ab s p"; else order="p s ab"; fi
    for t in $order; do
      case "$t" in
        ab) [[ " $TARGETS " == *" a "* || " $TARGETS " == *" b "* ]] && bench_anchors "$rep" ;;
        s|p) [[ " $TARGETS " == *" $t "* ]] && bench_bot "$t" "$rep" ;;
      esac
    done
  done
  stop_pg
}

# ---------- memory: one fresh Kyodo.Bot (SQLite), conversations walked in chunks, RSS after each chunk ----------
do_mem() {
  [[ -x "$BOT_BIN" ]] || { echo "run $0 build first" >&2; exit 1; }
  local name="mem-s-$(date -u +%H%M%S)" total=0 elapsed=0 chunk=0 raw line done_convs idle
  start_bot s "$name"
  sleep 1
  idle="$(rss_kb "$SERVER_PID")"
  jq -n -c --argjson rss "$idle" '{chunk:0, conversations:0, load_s:0, rss_kb:$rss, bad:0}' | tee "$OUT/mem.jsonl" >/dev/null
  local max_chunks=$(( MEM_SECONDS / MEM_CHUNK + 1 ))
  while (( total < MEM_CONVS && elapsed < MEM_SECONDS && chunk < max_chunks )); do
    chunk=$((chunk + 1))
    raw="$OUT/raw/mem-c$chunk.txt"
    timeout $((MEM_CHUNK + 30)) taskset -c "$LOAD_CPUS" wrk -t1 -c"$MEM_CONC" -d"${MEM_CHUNK}s" --timeout 10s \
      -s "$HERE/guidance-turns.lua" "http://$HOST:$PORT_BOT/api/messages" -- "$TEMPLATE" "mem$chunk" "$MEM_CONC" 1 "$MEM_TURNS" >"$raw" 2>&1 || true
    line="$(sed -n 's/^RESULT //p' "$raw")"
    [[ -n "$line" ]] || { cat "$raw" >&2; exit 1; }
    # conversations that reached the end; those in flight when a chunk stops stay half-walked in the database
    done_convs="$(jq '.completed_conversations' <<<"$line")"
    total=$(( total + done_convs )); elapsed=$(( elapsed + MEM_CHUNK ))
    jq -c --argjson chunk "$chunk" --argjson total "$total" --argjson el "$elapsed" --argjson rss "$(rss_kb "$SERVER_PID")" \
      --argjson hwm "$(hwm_kb "$SERVER_PID")" --argjson turns "$MEM_TURNS" \
      '{chunk:$chunk, conversations:$total, started:.started_conversations, load_s:$el, rss_kb:$rss, hwm_kb:$hwm, bad:.bad,
        errors:.errors, turns_per_s:.turns_per_s, p99_us:.lat_us.p99, turns:$turns}' <<<"$line" >>"$OUT/mem.jsonl"
    if (( chunk % 6 == 0 )); then log "  mem: $total conversations after ${elapsed}s, rss $(rss_kb "$SERVER_PID") kB"; fi
  done
  state_size s | jq -c '. + {phase:"mem"}' >>"$OUT/state.jsonl"
  log "  mem: $total conversations after ${elapsed}s of load, rss $(rss_kb "$SERVER_PID") kB (idle $idle kB)"
  stop_server
}

# ---------- LINE: signed webhooks -> durable inbox -> worker -> reply to a fake LINE API, closed loop ----------
do_line() {
  [[ -x "$BOT_BIN" ]] || { echo "run $0 build first" >&2; exit 1; }
  if ss -ltnH "sport = :$PORT_LINE_API" | grep -q .; then echo "port $PORT_LINE_API already in use" >&2; exit 1; fi
  local secret="bench-secret-$RANDOM$RANDOM" rep conc line t0 t1 warm
  for rep in $(seq 1 "$REPS"); do
    BOT_EXTRA_ENV=(Line__ChannelSecret="$secret" Line__ChannelAccessToken=bench-token
                   Line__ApiBaseUrl="http://$HOST:$PORT_LINE_API" Line__DataApiBaseUrl="http://$HOST:$PORT_LINE_API")
    start_bot s "line-s-r$rep-$(date -u +%H%M%S)"
    BOT_EXTRA_ENV=()
    # warm-up: c=16 for WARMUP seconds, discarded (as for the other targets)
    timeout $((WARMUP + 60)) taskset -c "$LOAD_CPUS" node "$HERE/line-walk.js" --webhook "http://$HOST:$PORT_BOT/api/line" \
      --api-port "$PORT_LINE_API" --secret "$secret" --concurrency 16 --seconds "$WARMUP" --warmup 0 --tag "lw$rep$RUN_ID" \
      >"$OUT/raw/line-warmup-r$rep.txt" 2>&1 || true
    warm=0
    for delay in $LINE_API_DELAYS; do
    for conc in $CONCS; do
      sleep 1
      t0="$(cpu_ticks "$SERVER_PID")"
      line="$(timeout $((warm + LINE_SECONDS + 60)) taskset -c "$LOAD_CPUS" node "$HERE/line-walk.js" --webhook "http://$HOST:$PORT_BOT/api/line" \
              --api-port "$PORT_LINE_API" --secret "$secret" --concurrency "$conc" --seconds "$LINE_SECONDS" --warmup "$warm" --tag "l$rep$conc$delay$RUN_ID" \
              --api-delay-ms "$delay" | sed -n 's/^RESULT //p')"
      t1="$(cpu_ticks "$SERVER_PID")"
      [[ -n "$line" ]] || { echo "line-walk produced no RESULT" >&2; exit 1; }
      jq -c --argjson rep "$rep" --argjson scpu "$(awk -v a="$t0" -v b="$t1" -v h="$CLK_TCK" 'BEGIN{print (b-a)/h}')" --argjson warm "$warm" \
            --argjson delay "$delay" \
        '. + {rep:$rep, conc:.concurrency, api_delay_ms:$delay, server_cpu_s:$scpu, warmup_s:$warm,
              server_cpu_us_per_turn: (if .ok_turns > 0 then ($scpu * 1e6 / .ok_turns) else null end)}' <<<"$line" \
        | tee -a "$OUT/line.jsonl" \
        | jq -r '"  line rep \(.rep) c=\(.conc) api \(.api_delay_ms)ms: \(.turns_per_s) turns/s p50 \(.lat_ms.p50)ms p99 \(.lat_ms.p99)ms bad \(.bad) (warm-up \(.warmup_bad)) server \(.server_cpu_us_per_turn // 0|floor)us-cpu/turn"' \
        | tee -a "$OUT/run.log" >&2
    done
    done
    stop_server
  done
}

cmd="${1:-all}"
case "$cmd" in
  build)   do_build; write_env ;;
  bench)   write_env; do_bench; node "$HERE/summarize.js" "$OUT" ;;
  mem)     write_env; do_mem; node "$HERE/summarize.js" "$OUT" ;;
  line)    write_env; RUN_ID="$(date -u +%H%M%S)"; do_line; node "$HERE/summarize.js" "$OUT" ;;
  summary) node "$HERE/summarize.js" "$OUT" ;;
  all)     do_build; write_env; do_bench; [[ "$MEM" == 1 ]] && do_mem; [[ "$LINE" == 1 ]] && do_line; node "$HERE/summarize.js" "$OUT" ;;
  *) echo "usage: $0 [build|bench|mem|line|summary|all]" >&2; exit 2 ;;
esac
log "results in $OUT"
