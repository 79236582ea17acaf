#!/usr/bin/env node
'use strict';
// The LINE path under load, closed loop, no dependencies. One process plays the LINE platform:
//  - a fake Messaging API on 127.0.0.1 (--api-port) that the bot is started against (Line:ApiBaseUrl): it takes
//    /v2/bot/message/reply, /push and /chat/loading/start, answers 200;
//  - the webhook sender: --concurrency people, each walking the guidance path (the same turns as guidance-turns.lua)
//    by sending a signed webhook (X-Line-Signature = Base64(HMAC-SHA256(channel secret, body))) to /api/line and
//    waiting for the bot's reply to arrive at the fake API before sending the next turn.
// Latency = webhook sent -> reply received (acknowledge, durable inbox, background worker, turn, reply call).
// Every reply is checked for the text that turn must produce. Prints one line: RESULT {json}.
//
//   node line-walk.js --webhook http://127.0.0.1:5090/api/line --api-port 5091 --secret S \
//        --concurrency 16 --seconds 15 --warmup 10 --tag l1 [--api-delay-ms 100]
// --api-delay-ms makes the fake API answer after that long, as the real one does from across the network: then the
// number of turns the bot keeps in flight, not its CPU, decides the throughput.
const crypto = require('crypto');
const http = require('http');

const TURNS = [
    ['hi', '何をしますか'],
    ['協働に向いているか診断', 'どんな取組ですか'],
    ['地域でこども食堂を開きたい', '質問 1/7'],
    ['はい', '質問 2/7'],
    ['いいえ', '質問 3/7'],
    ['はい', '質問 4/7'],
    ['設備や強みを持ち寄る', '質問 5/7'],
    ['企業', '質問 6/7'],
    ['はい', '質問 7/7'],
    ['はい', '診断結果：向いている'],
    ['はい', 'あなた（あなたの団体）はどれにあたりますか'],
    ['NPO・市民活動団体', 'お金のやりとり'],
    ['物や人で協力する', '最終的な責任'],
    ['実際に事業を行う側', '企画は'],
    ['一緒に考える', '何団体で取り組みますか'],
    ['2', '1回だけですか'],
    ['一定の期間続ける', 'どの手法で進めますか'],
];

const o = { webhook: 'http://127.0.0.1:5090/api/line', apiPort: 5091, secret: '', concurrency: 16, seconds: 15, warmup: 10, tag: `l${ process.pid }`, replyTimeoutMs: 10000, apiDelayMs: 0 };
for (let i = 2; i < process.argv.length; i += 2) {
    const k = process.argv[i].replace(/^--/, '');
    const v = process.argv[i + 1];
    if (v === undefined) throw new Error(`missing value for --${ k }`);
    if (k === 'webhook') o.webhook = v;
    else if (k === 'api-port') o.apiPort = parseInt(v, 10);
    else if (k === 'secret') o.secret = v;
    else if (k === 'concurrency') o.concurrency = parseInt(v, 10);
    else if (k === 'seconds') o.seconds = Number(v);
    else if (k === 'warmup') o.warmup = Number(v);
    else if (k === 'tag') o.tag = v;
    else if (k === 'api-delay-ms') o.apiDelayMs = Number(v);
    else throw new Error(`unknown option --${ k }`);
}
const target = new URL(o.webhook);
if (target.hostname !== '127.0.0.1' || !o.secret || !(o.concurrency > 0 && o.concurrency <= 1024) ||
    !(o.seconds > 0 && o.seconds <= 3600) || !(o.warmup >= 0 && o.warmup <= 600) || !(o.apiDelayMs >= 0 && o.apiDelayMs <= 5000)) {
    console.error('need a 127.0.0.1 webhook, a secret, concurrency 1-1024, seconds 1-3600, warmup 0-600, api-delay-ms 0-5000');
    process.exit(2);
}

const waiting = new Map(); // replyToken -> { resolve, timer }
let apiCalls = 0;

const api = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => (o.apiDelayMs > 0 ? setTimeout(answer, o.apiDelayMs) : answer()));
    const answer = () => {
        apiCalls++;
        let body = {};
        try { body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'); } catch { /* answered anyway */ }
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(req.url.endsWith('/loading/start') ? '{}' : '{"sentMessages":[{"id":"1"}]}');
        if (req.url === '/v2/bot/message/reply' && waiting.has(body.replyToken)) {
            const w = waiting.get(body.replyToken);
            waiting.delete(body.replyToken);
            clearTimeout(w.timer);
            w.resolve({ kind: 'reply', text: JSON.stringify(body.messages || []) });
        } else if (req.url === '/v2/bot/message/push') {
            // with Line:AllowPush off the bot never pushes; counted as a bad reply if it does
            pushes++;
        }
    };
});
let pushes = 0;

const agent = new http.Agent({ keepAlive: true, maxSockets: o.concurrency });
function postWebhook(body) {
    const raw = Buffer.from(body, 'utf8');
    const signature = crypto.createHmac('sha256', o.secret).update(raw).digest('base64');
    return new Promise((resolve) => {
        const req = http.request({
            host: '127.0.0.1', port: target.port, path: target.pathname, method: 'POST', agent,
            headers: { 'Content-Type': 'application/json', 'Content-Length': raw.length, 'X-Line-Signature': signature },
        }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode)); });
        req.setTimeout(o.replyTimeoutMs, () => req.destroy(new Error('timeout')));
        req.on('error', () => resolve(0));
        req.end(raw);
    });
}

let serial = 0;
let eventSerial = 0;
const stats = { measuring: false, okTurns: 0, bad: 0, warmupBad: 0, completed: 0, lat: [], samples: [] };

async function turn(user, index) {
    eventSerial++;
    const token = `${ o.tag }-rt-${ eventSerial }`;
    const event = {
        destination: 'Ubench', events: [{
            type: 'message', mode: 'active', timestamp: Date.now(), webhookEventId: `${ o.tag }-ev-${ eventSerial }`,
            deliveryContext: { isRedelivery: false }, replyToken: token,
            source: { type: 'user', userId: user },
            message: { type: 'text', id: `${ o.tag }-m-${ eventSerial }`, quoteToken: 'q', text: TURNS[index][0] },
        }],
    };
    const replied = new Promise((resolve) => {
        waiting.set(token, { resolve, timer: setTimeout(() => { waiting.delete(token); resolve({ kind: 'timeout' }); }, o.replyTimeoutMs) });
    });
    const t0 = process.hrtime.bigint();
    const status = await postWebhook(JSON.stringify(event));
    if (status !== 200) {
        const w = waiting.get(token);
        if (w) { clearTimeout(w.timer); waiting.delete(token); }
        return { ok: false, why: `webhook status ${ status }` };
    }
    const r = await replied;
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.kind !== 'reply') return { ok: false, why: 'no reply within 10 s' };
    if (!r.text.includes(TURNS[index][1])) return { ok: false, why: `turn ${ index + 1 }: ${ r.text.slice(0, 200) }` };
    return { ok: true, ms };
}

async function person(deadline) {
    while (Date.now() < deadline) {
        serial++;
        const user = `U${ crypto.createHash('md5').update(`${ o.tag }-${ serial }`).digest('hex') }`; // LINE ids: U + 32 hex
        for (let i = 0; i < TURNS.length && Date.now() < deadline; i++) {
            const r = await turn(user, i);
            if (!stats.measuring) { if (!r.ok) { stats.warmupBad++; break; } continue; }
            if (r.ok) { stats.okTurns++; stats.lat.push(r.ms); } else {
                stats.bad++;
                if (stats.samples.length < 3) stats.samples.push(r.why);
                break;
            }
            if (i === TURNS.length - 1) stats.completed++;
        }
    }
}

const pct = (s, p) => (s.length ? Math.round(s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] * 1000) / 1000 : null);

api.listen(o.apiPort, '127.0.0.1', async () => {
    const start = Date.now();
    const end = start + (o.warmup + o.seconds) * 1000;
    setTimeout(() => { stats.measuring = true; stats.t0 = Date.now(); }, o.warmup * 1000);
    await Promise.all(Array.from({ length: o.concurrency }, () => person(end)));
    const secs = (Date.now() - stats.t0) / 1000;
    const s = stats.lat.sort((x, y) => x - y);
    const result = {
        target: 'line', concurrency: o.concurrency, duration_s: secs, ok_turns: stats.okTurns, turns_per_s: Math.round(stats.okTurns / secs * 10) / 10,
        bad: stats.bad + pushes, pushes, warmup_bad: stats.warmupBad, completed_conversations: stats.completed, api_calls: apiCalls,
        lat_ms: { p50: pct(s, 50), p90: pct(s, 90), p99: pct(s, 99), max: pct(s, 100) }, failures: stats.samples,
    };
    process.stdout.write(`RESULT ${ JSON.stringify(result) }\n`);
    agent.destroy();
    api.close();
    process.exit(0);
});
