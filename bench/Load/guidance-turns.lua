-- wrk script: Kyodo.Bot multi-turn load. Every request is the next turn of one conversation that walks a complete
-- guidance path by buttons: menu -> diagnosis (description + 7 answers) -> verdict -> method recommendation
-- (6 answers) -> the ranked methods. 17 turns; every reply is checked for the text that turn must produce.
--
-- Order is kept per conversation: each wrk thread has a FIFO of conversations; request() sends the next turn of the
-- conversation at the head, response() finds the conversation again from the reply ("conversation":{"id":...}),
-- checks the reply, advances it and puts it back at the tail, so a conversation never has two turns in flight.
-- A finished conversation is replaced by a new id (new user too). Starts are staggered so turn types interleave.
--
-- Script args (after "--"): <activity template> <tag> <pool> <threads> [<turns>]
--   turns: walk only the first <turns> turns of the path (default all 17), e.g. to create many conversations fast
-- Prints one line: RESULT {json}. A non-200 or a reply without the expected text counts in "bad".
--
-- Latency, twice. "lat_us" is wrk's: before any script sees it, wrk 4 corrects it for coordinated omission, adding for
-- every reply slower than the mean time between one connection's requests samples of requests that were never sent
-- (its stats_correct). This closed loop sends each request the moment the last reply came, so "lat_measured_us" is
-- each request as it was: from request() (wrk writes it right after) to response(), in 10 µs buckets.

local TURNS = {
  { "hi", "何をしますか" },
  { "協働に向いているか診断", "どんな取組ですか" },
  { "地域でこども食堂を開きたい", "質問 1/7" },
  { "はい", "質問 2/7" },
  { "いいえ", "質問 3/7" },
  { "はい", "質問 4/7" },
  { "設備や強みを持ち寄る", "質問 5/7" },
  { "企業", "質問 6/7" },
  { "はい", "質問 7/7" },
  { "はい", "診断結果：向いている" },
  { "はい", "あなた（あなたの団体）はどれにあたりますか" },
  { "NPO・市民活動団体", "お金のやりとり" },
  { "物や人で協力する", "最終的な責任" },
  { "実際に事業を行う側", "企画は" },
  { "一緒に考える", "何団体で取り組みますか" },
  { "2", "1回だけですか" },
  { "一定の期間続ける", "どの手法で進めますか" },
}
local NTURNS = #TURNS -- may be shortened by the fifth script argument
local CONV_KEY = '"conversation":{"id":"'

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } kyodo_timespec;
  int clock_gettime(int clock, kyodo_timespec *now);
]]
local CLOCK_MONOTONIC = 1
local now = ffi.new("kyodo_timespec")
local function now_us()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, now)
  return tonumber(now.tv_sec) * 1e6 + tonumber(now.tv_nsec) / 1e3
end
local BUCKET_US = 10
measured = {} -- bucket -> replies; global, so done() can read every thread's

local threads = {}
local nthreads = 0

function setup(thread)
  nthreads = nthreads + 1
  thread:set("tid", nthreads)
  table.insert(threads, thread)
end

local function compile(tmpl)
  local parts, pos = {}, 1
  while true do
    local s, e, name = string.find(tmpl, "{{(%w+)}}", pos)
    if not s then
      table.insert(parts, string.sub(tmpl, pos))
      return parts
    end
    table.insert(parts, string.sub(tmpl, pos, s - 1))
    table.insert(parts, { name })
    pos = e + 1
  end
end

local function push(c)
  qtail = qtail + 1
  queue[qtail] = c
end

local function pop()
  if qhead > qtail then return nil end
  local c = queue[qhead]
  queue[qhead] = nil
  qhead = qhead + 1
  return c
end

local function new_conv()
  serial = serial + 1
  local c = {
    id = string.format("kc-%s-t%02d-%07d", tag, tid, serial),
    user = string.format("ku-%s-t%02d-%07d", tag, tid, serial),
    turn = 1,
    skip = 0,
  }
  byid[c.id] = c
  started = started + 1
  return c
end

function init(args)
  local file = args[1]
  tag = args[2] or "run"
  local total_pool = tonumber(args[3] or "1000")
  local nthreads_hint = tonumber(args[4] or "1")
  NTURNS = math.max(1, math.min(#TURNS, tonumber(args[5] or #TURNS)))
  local fh = assert(io.open(file, "r"))
  local tmpl = fh:read("*a"):gsub("[\r\n]+$", "")
  fh:close()
  parts = compile(tmpl)
  pool = math.max(1, math.ceil(total_pool / nthreads_hint))
  queue, qhead, qtail = {}, 1, 0
  byid = {}
  serial, seq, started = 0, 0, 0
  bad, completed, ok_turns, lost = 0, 0, 0, 0
  for i = 1, pool do
    local c = new_conv()
    c.skip = (i - 1) % NTURNS -- stagger the starts over all turn types
    push(c)
  end
  headers = { ["Content-Type"] = "application/json" }
end

local function render(c, text, id)
  local out = {}
  for i, p in ipairs(parts) do
    if type(p) == "string" then
      out[i] = p
    else
      local n = p[1]
      if n == "id" then out[i] = id
      elseif n == "user" then out[i] = c.user
      elseif n == "conv" then out[i] = c.id
      elseif n == "text" then out[i] = text
      else out[i] = "" end
    end
  end
  return table.concat(out)
end

function request()
  local c
  -- bounded: each skip counter only decreases, at most NTURNS-1 per conversation
  for _ = 1, NTURNS * pool + 1 do
    c = pop()
    if c == nil then
      c = new_conv() -- only when connections > pool
      break
    end
    if c.skip > 0 then
      c.skip = c.skip - 1
      push(c)
    else
      break
    end
  end
  seq = seq + 1
  local id = string.format("%s-t%02d-%09d", tag, tid, seq)
  c.sent = now_us()
  return wrk.format("POST", nil, headers, render(c, TURNS[c.turn][1], id))
end

local function report(kind, c, status, body)
  if bad <= 3 then
    io.stderr:write(string.format("%s (turn %s, status %d): %s\n", kind, c and c.turn or "?", status, string.sub(body or "", 1, 400)))
  end
end

function response(status, hdrs, body)
  local c
  local s, e = string.find(body, CONV_KEY, 1, true)
  if s then
    local q = string.find(body, '"', e + 1, true)
    if q then c = byid[string.sub(body, e + 1, q - 1)] end
  end
  if c == nil then
    bad = bad + 1
    lost = lost + 1
    report("unmatched reply", nil, status, body)
    push(new_conv())
    return
  end
  local bucket = math.floor((now_us() - c.sent) / BUCKET_US)
  measured[bucket] = (measured[bucket] or 0) + 1
  if status == 200 and string.find(body, TURNS[c.turn][2], 1, true) then
    ok_turns = ok_turns + 1
    if c.turn >= NTURNS then
      completed = completed + 1
      byid[c.id] = nil
      push(new_conv())
    else
      c.turn = c.turn + 1
      push(c)
    end
  else
    bad = bad + 1
    report("bad reply", c, status, body)
    byid[c.id] = nil
    push(new_conv())
  end
end

-- {p50, p90, p99, p999, max} in µs (each a bucket's upper bound) of the merged buckets
local function percentiles(buckets)
  local keys, total = {}, 0
  for bucket, n in pairs(buckets) do
    table.insert(keys, bucket)
    total = total + n
  end
  table.sort(keys)
  local wanted, found, seen, k = { 0.5, 0.9, 0.99, 0.999 }, {}, 0, 1
  for _, bucket in ipairs(keys) do
    seen = seen + buckets[bucket]
    while k <= #wanted and seen >= wanted[k] * total do
      found[k] = (bucket + 1) * BUCKET_US
      k = k + 1
    end
  end
  local max = #keys > 0 and (keys[#keys] + 1) * BUCKET_US or 0
  return string.format('{"p50":%d,"p90":%d,"p99":%d,"p999":%d,"max":%d}',
    found[1] or 0, found[2] or 0, found[3] or 0, found[4] or 0, max)
end

function done(summary, latency, requests)
  local b, comp, okt, lo, st = 0, 0, 0, 0, 0
  local all = {}
  for _, t in ipairs(threads) do
    for bucket, n in pairs(t:get("measured") or {}) do all[bucket] = (all[bucket] or 0) + n end
    b = b + (t:get("bad") or 0)
    comp = comp + (t:get("completed") or 0)
    okt = okt + (t:get("ok_turns") or 0)
    lo = lo + (t:get("lost") or 0)
    st = st + (t:get("started") or 0)
  end
  local e = summary.errors
  local secs = summary.duration / 1e6
  io.write(string.format(
    'RESULT {"requests":%d,"duration_s":%.3f,"rps":%.1f,"ok_turns":%d,"turns_per_s":%.1f,"bad":%d,"lost":%d,' ..
    '"completed_conversations":%d,"started_conversations":%d,"turns_per_conversation":%d,' ..
    '"lat_us":{"mean":%.1f,"p50":%d,"p90":%d,"p99":%d,"max":%d},"lat_measured_us":%s,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}}\n',
    summary.requests, secs, summary.requests / secs, okt, okt / secs, b, lo, comp, st, NTURNS,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, percentiles(all),
    e.connect, e.read, e.write, e.status, e.timeout))
end
