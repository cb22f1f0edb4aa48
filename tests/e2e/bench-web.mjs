// The web benchmark (issue 12, "Measure"): serves dist/ with brotli and gzip
// on loopback, drives Debian's Chromium through the DevTools protocol and
// prints bytes to the first question, cold-load timings, the warm offline
// start, answer → next item latency and a kiosk soak. Run it through
// scripts/bench-web.sh (which builds first and holds the budget table).
//
// Usage: node tests/e2e/bench-web.mjs [--short] [--check] [--json FILE]
//   REPERE_DIST      the dist/ to serve (default ../../dist)
//   BENCH_BUDGETS    the budget table (see scripts/bench-web.sh); needed for --check
//   BENCH_TIME_GATES=1  gate the times too, against the "regression" column scaled by
//                    (this run's reference loop time / BENCH_REFERENCE_LOOP_MS)
//   BENCH_LOADS, BENCH_SOAK override the number of cold loads / soak sessions
import { createServer } from 'node:http';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zc } from 'node:zlib';
import { cpus } from 'node:os';
import { distDir, launch, tablet, startKiosk, answerAll } from './harness.mjs';

const args = process.argv.slice(2);
const SHORT = args.includes('--short');
const CHECK = args.includes('--check');
const JSON_OUT = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
const LOADS = Number(process.env.BENCH_LOADS ?? (SHORT ? 2 : 5));
const SOAK = Number(process.env.BENCH_SOAK ?? (SHORT ? 30 : 300));
const SOAK_FIRST = SHORT ? 10 : 20;
// The full soak's span (session 20 → 300): the JS heap budget is for it, a shorter soak is scaled to it.
const SOAK_FULL_SPAN = 280;
// Budgets that must stay strictly below their limit (the others at or below).
const STRICT = new Set(['soak_growth_mb', 'soak_live_nodes_per_session', 'soak_js_heap_growth_mb']);
const WARM_LOADS = SHORT ? 2 : 5;
// Kiosk sessions timed for answer → next item (pooled): a session is 7 to 20 answers.
const ANSWER_SEEDS = SHORT ? [21] : [21, 22, 23, 24, 25];
const TIME_GATES = process.env.BENCH_TIME_GATES === '1';
const REFERENCE_LOOP_MS = Number(process.env.BENCH_REFERENCE_LOOP_MS);
const SOAK_GC_EVERY = Number(process.env.BENCH_SOAK_GC_EVERY ?? 0);
const SOAK_POINTERDOWN = process.env.BENCH_SOAK_POINTERDOWN !== '0';

// Network profiles (Chromium's request-level emulation: `latency` is added to
// each request, throughput shared by the page's requests).
const PROFILES = [
  { id: 'fast', name: '1.6 Mbps / 750 kbps / 150 ms / 4x CPU', down: 1.6e6, up: 750e3, rtt: 150, cpu: 4 },
  { id: 'slow', name: '500 kbps / 500 kbps / 400 ms / 4x CPU', down: 500e3, up: 500e3, rtt: 400, cpu: 4 },
];
const CPU_SLOWDOWN = 4;

// ---------------------------------------------------------------- server --
const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.ftl': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.png': 'image/png', '.ico': 'image/x-icon', '.webp': 'image/webp',
  '.jpg': 'image/jpeg', '.woff2': 'font/woff2',
};
const ALREADY_COMPRESSED = new Set(['.png', '.jpg', '.webp', '.woff2', '.ico']);
// Trunk's content hashes (name-<16 hex>.ext, name-<hash>_bg.wasm) and any other <8+ hex> stamp.
const HASHED = /[-.][0-9a-f]{8,}(_bg)?\.[a-z0-9]+$/;

async function walk(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== '.stage') out.push(...(await walk(p))); } else out.push(p);
  }
  return out;
}

/** dist/ precompressed in memory: brotli q11 and gzip -9, as a host would serve it. */
async function loadDist(dir) {
  const files = new Map();
  for (const file of await walk(dir)) {
    const raw = await readFile(file);
    const ext = extname(file);
    const compress = !ALREADY_COMPRESSED.has(ext);
    files.set('/' + relative(dir, file).split('\\').join('/'), {
      raw,
      br: compress ? brotliCompressSync(raw, { params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: raw.length } }) : null,
      gz: compress ? gzipSync(raw, { level: 9 }) : null,
      type: MIME[ext] ?? 'application/octet-stream',
    });
  }
  return files;
}

function cacheControl(path) {
  const name = path.split('/').pop();
  if (name === 'index.html' || name === 'sw.js' || path === '/') return 'no-cache';
  return HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The server; `encodings` (br, gzip) can be narrowed between loads; `log` lists every response. */
function serveDist(files) {
  const state = { encodings: ['br', 'gzip'], log: [] };
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    path = normalize(path);
    const f = files.get(path);
    if (!f) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    const accepted = (req.headers['accept-encoding'] ?? '').split(',').map((s) => s.trim().split(';')[0]);
    const enc = state.encodings.find((e) => accepted.includes(e) && f[e === 'br' ? 'br' : 'gz']);
    const body = enc === 'br' ? f.br : enc === 'gzip' ? f.gz : f.raw;
    const headers = { 'content-type': f.type, 'cache-control': cacheControl(path), 'content-length': body.length, vary: 'Accept-Encoding' };
    if (enc) headers['content-encoding'] = enc;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    res.on('finish', () => state.log.push({ at: Date.now(), path, enc: enc ?? 'identity', bytes: body.length, acceptEncoding: req.headers['accept-encoding'] ?? '', sw: req.headers['service-worker'] === 'script' }));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({
    url: `http://127.0.0.1:${server.address().port}/`, state, close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(done); }),
  })));
}

// ------------------------------------------------------------ in the page --
/**
 * Injected before the app's scripts in every document (CDP, so the app's CSP
 * does not apply). Marks, in the page's own clock (ms since navigation start):
 * - `welcome`: the frame after the app's welcome "start" button is in the
 *   document, enabled and outside the static boot screen, once the app has
 *   started (Trunk's `TrunkApplicationStarted` event, or `<html data-app="ready">`);
 * - `question`: the frame after the first `[data-item]` is in the document.
 * With `autopilot`, it clicks start and each screen's "next" button at once.
 * Also times every answer (`button.confirm`, `button.dont-know`) from the
 * click event to the frame after the next item (or the result) is in the DOM.
 */
function benchInit({ autopilot }) {
  if (window.top !== window || window.__bench) return;
  const B = (window.__bench = { marks: {}, started: false, wasm: null, answers: [], pending: null });
  const now = () => performance.now();
  // The frame after the current one has been painted: rAF, then a task.
  const afterPaint = (cb) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => cb(now());
    ch.port2.postMessage(0);
  });
  const mark = (key) => {
    if (B.marks[key + 'Dom'] !== undefined) return;
    B.marks[key + 'Dom'] = now();
    afterPaint((t) => { B.marks[key] = t; });
  };
  const appStarted = () => B.started || document.documentElement?.dataset.app === 'ready';
  const welcomeButton = () => {
    const b = document.querySelector('.welcome button.start');
    if (!b || !appStarted() || b.disabled || b.getAttribute('aria-disabled') === 'true') return null;
    if (b.closest('#boot, [aria-busy="true"], [inert], [hidden]') || b.getClientRects().length === 0) return null;
    return b;
  };
  // What was clicked, by screen (its heading) and button: the framework may
  // keep a button element from one screen to the next and only change it.
  const clicked = new Set();
  const screenOf = (button) => `${button.closest('main')?.querySelector('h1')?.id ?? ''} ${button.className}`;
  const check = () => {
    const start = welcomeButton();
    if (start) mark('welcome');
    const item = document.querySelector('[data-item]');
    if (item) mark('question');
    // Each screen is painted before its button is clicked (a person sees it first).
    if (autopilot && !B.marks.questionDom) {
      const target = start ?? document.querySelector('main button.next');
      if (target && !clicked.has(screenOf(target))) { clicked.add(screenOf(target)); afterPaint(() => target.click()); }
    }
    const p = B.pending;
    if (p) {
      const result = document.querySelector('.result');
      if ((item && (item !== p.el || item.dataset.item !== p.from)) || result) {
        B.pending = null;
        const dom = now();
        afterPaint((t) => B.answers.push({ ms: t - p.t0, to: item ? 'item' : 'result', input: p.t1 - p.t0, work: dom - p.t1, paint: t - dom, kind: p.kind }));
      }
    }
  };
  addEventListener('TrunkApplicationStarted', (e) => { B.started = true; B.wasm = e.detail?.wasm ?? null; check(); });
  addEventListener('click', (e) => {
    const b = e.target?.closest?.('button.confirm, button.dont-know');
    if (!b || b.getAttribute('aria-disabled') === 'true') return;
    const el = document.querySelector('[data-item]');
    B.pending = { t0: e.timeStamp, t1: now(), el, from: el?.dataset.item, kind: el?.dataset.kind };
  }, true);
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
}

/**
 * In the page: `n` kiosk sessions (welcome → … → result), as fast as the app
 * allows; each but the last ends with "Terminer" (and its confirmation) and
 * waits for the welcome; the last stops at its result, whose "Terminer" is
 * `finishSession`'s (a kiosk's reset may reload the page). Returns the answers given.
 */
async function soakSessions({ n, pointerdown }) {
  const waitFor = (pred, what, timeout = 20000) => new Promise((ok, fail) => {
    const v = pred();
    if (v) { ok(v); return; }
    const mo = new MutationObserver(() => {
      const v = pred();
      if (v) { mo.disconnect(); clearTimeout(timer); ok(v); }
    });
    mo.observe(document.body, { childList: true, subtree: true, attributes: true });
    const timer = setTimeout(() => { mo.disconnect(); fail(new Error(`soak: timed out waiting for ${what}`)); }, timeout);
  });
  // A touch as the kiosk sees it: pointerdown (the inactivity timer) then click.
  const tap = (el) => {
    if (pointerdown) el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }));
    el.click();
  };
  const $ = (s) => document.querySelector(s);
  let answered = 0;
  for (let s = 0; s < n; s++) {
    tap(await waitFor(() => $('.welcome button.start'), 'welcome'));
    tap(await waitFor(() => $('#language-title') && $('main button.next'), 'language'));
    tap(await waitFor(() => $('.how button.next'), 'how it works'));
    tap(await waitFor(() => $('.consent button.next'), 'consent'));
    await waitFor(() => $('[data-item]'), 'first item');
    for (let i = 0; i < 60; i++) {
      const item = $('[data-item]');
      if (!item) break;
      const kind = item.dataset.kind;
      if (i % 3 === 2) tap($('button.dont-know'));
      else {
        if (kind === 'choice') tap(document.querySelectorAll('button.choice')[i % 2]);
        if (kind === 'hotspot') tap($('button.region'));
        if (kind === 'order') tap($('button.move:not([disabled])'));
        if (kind === 'entry') {
          const input = $('#entry-input');
          input.value = 'abc';
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }
        tap($('button.confirm'));
      }
      answered++;
      const id = item.dataset.item;
      await waitFor(() => $('.result') || $('.situation') || ($('[data-item]') && ($('[data-item]') !== item || $('[data-item]').dataset.item !== id)), `the item after ${id}`);
    }
    // The two optional questions after a kiosk test: skipped.
    for (let k = 0; k < 2; k++) {
      const skip = await waitFor(() => $('.result') || $('.situation button.situation-skip'), 'the result or the questions after the test');
      if (skip.classList.contains('result')) break;
      const step = $('.situation').dataset.step;
      tap(skip);
      await waitFor(() => $('.result') || ($('.situation') && $('.situation').dataset.step !== step), 'after skipping a question');
    }
    await waitFor(() => $('.result button.finish'), 'result');
    if (s === n - 1) break;
    tap($('.result button.finish'));
    // "Finish" asks once before it erases.
    tap(await waitFor(() => $('.result button.finish-yes'), 'the finish confirmation'));
    await waitFor(() => $('.welcome button.start') && !$('.result'), 'welcome after finish');
  }
  return answered;
}

/**
 * In the page, at a result: "Terminer", then "Oui, effacer" (it asks once),
 * tapped after this returns (a kiosk's reset may reload the page). Returns the
 * wall-clock time of the tap on "yes", in ms.
 */
async function finishSession({ pointerdown }) {
  const tap = (el) => {
    if (pointerdown) el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }));
    el.click();
  };
  tap(document.querySelector('.result button.finish'));
  const yes = await new Promise((ok, fail) => {
    const find = () => document.querySelector('.result button.finish-yes');
    if (find()) { ok(find()); return; }
    const mo = new MutationObserver(() => { if (find()) { mo.disconnect(); ok(find()); } });
    mo.observe(document.body, { childList: true, subtree: true });
    setTimeout(() => fail(new Error('soak: no finish confirmation')), 20000);
  });
  const at = performance.timeOrigin + performance.now();
  setTimeout(() => tap(yes), 0);
  return at;
}

/**
 * After `finishSession`: the welcome is usable again, in this page or in the
 * page the reset reloaded. Returns ms from the tap to the welcome painted
 * and whether the page was reloaded.
 */
async function afterFinish(page, tappedAt) {
  const h = await page.waitForFunction((t) => {
    const b = document.querySelector('.welcome button.start');
    if (!b || document.querySelector('.result') || document.documentElement.classList.contains('leaving')) return false;
    const reloaded = performance.timeOrigin > t;
    if (reloaded && window.__bench?.marks.welcome === undefined) return false;
    return { reloaded, at: reloaded ? performance.timeOrigin + window.__bench.marks.welcome : performance.timeOrigin + performance.now() };
  }, tappedAt, { timeout: 60000, polling: 'raf' });
  const { reloaded, at } = await h.jsonValue();
  return { ms: at - tappedAt, reloaded };
}

// ---------------------------------------------------------------- driver --
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const ms = (x) => (x == null || Number.isNaN(x) ? '—' : `${Math.round(x)} ms`);
const kb = (b) => (b == null ? '—' : (b / 1024).toFixed(1));
const mb = (b) => (b == null ? '—' : (b / 1048576).toFixed(2));

async function newPage(browser, { autopilot = false } = {}) {
  const context = await tablet(browser);
  const page = await context.newPage();
  await page.addInitScript(benchInit, { autopilot });
  const cdp = await context.newCDPSession(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { context, page, cdp, errors };
}

async function throttle(cdp, p) {
  await cdp.send('Network.enable');
  if (p.down) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: p.rtt, downloadThroughput: p.down / 8, uploadThroughput: p.up / 8,
    });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: p.cpu });
}

/** One cold load (fresh context: empty HTTP cache, no service worker), autopilot to the first question. */
async function coldLoad(browser, server, url, profile) {
  const { context, page, cdp, errors } = await newPage(browser, { autopilot: true });
  const requests = new Map();
  let clockOffset = null; // wall-clock seconds minus CDP monotonic seconds
  cdp.on('Network.requestWillBeSent', (e) => {
    if (clockOffset === null && e.wallTime) clockOffset = e.wallTime - e.timestamp;
    requests.set(e.requestId, { url: e.request.url });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    Object.assign(r, { status: e.response.status, encoding: h['content-encoding'] ?? 'identity', fromSW: e.response.fromServiceWorker, cached: e.response.fromDiskCache });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { encoded: e.encodedDataLength, finished: e.timestamp });
  });
  await throttle(cdp, profile);
  server.state.log = [];
  await page.goto(url, { waitUntil: 'commit', timeout: 120000 });
  await page.waitForFunction(() => window.__bench?.marks.question !== undefined, null, { timeout: 120000, polling: 100 });
  const { marks, timeOrigin } = await page.evaluate(() => ({ marks: window.__bench.marks, timeOrigin: performance.timeOrigin }));
  const questionWall = timeOrigin + marks.questionDom; // ms
  const fetched = [...requests.values()]
    .filter((r) => r.finished !== undefined && !r.url.startsWith('data:') && (r.finished + clockOffset) * 1000 <= questionWall)
    .map((r) => ({ path: new URL(r.url).pathname, encoding: r.encoding, encoded: r.encoded, fromSW: r.fromSW, status: r.status }));
  const serverBytes = server.state.log.filter((l) => l.at <= questionWall).reduce((s, l) => s + l.bytes, 0);
  const acceptEncoding = server.state.log[0]?.acceptEncoding;
  await context.close();
  return { welcome: marks.welcome, question: marks.question, fetched, serverBytes, acceptEncoding, errors };
}

/** Warm start: visit once online, wait for the service worker to control the page, go offline, reload. */
async function warmOffline(browser, url) {
  const { context, page, cdp, errors } = await newPage(browser);
  await page.goto(url);
  await page.waitForFunction(() => window.__bench?.marks.welcome !== undefined, null, { timeout: 60000 });
  const controlled = () => page.evaluate(async () => {
    if (!('serviceWorker' in navigator)) return 'no serviceWorker API';
    const ready = await Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((r) => setTimeout(() => r(false), 20000))]);
    if (!ready) return 'navigator.serviceWorker.ready did not resolve in 20 s (not registered?)';
    if (navigator.serviceWorker.controller) return 'ok';
    const claimed = await new Promise((r) => {
      navigator.serviceWorker.addEventListener('controllerchange', () => r(true), { once: true });
      setTimeout(() => r(false), 5000);
    });
    return claimed ? 'ok' : 'not controlling';
  });
  let status = await controlled();
  if (status === 'not controlling') {
    // A service worker that does not claim its clients controls the next load.
    await page.reload();
    await page.waitForFunction(() => window.__bench?.marks.welcome !== undefined, null, { timeout: 60000 });
    status = (await page.evaluate(() => !!navigator.serviceWorker.controller)) ? 'ok' : 'the service worker never controls the page';
  }
  if (status !== 'ok') { await context.close(); return { error: status }; }
  await context.setOffline(true);
  const times = [];
  for (let i = 0; i < WARM_LOADS; i++) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.reload({ waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench?.marks.welcome !== undefined, null, { timeout: 60000, polling: 100 });
    const m = await page.evaluate(() => ({ ...window.__bench.marks, sw: !!navigator.serviceWorker.controller }));
    if (!m.sw) { await context.close(); return { error: 'reloaded offline without a controlling service worker' }; }
    times.push(m.welcome);
  }
  await context.close();
  return { times, errors };
}

/**
 * Full kiosk sessions at 4x CPU with real touches (harness helpers), one per
 * seed, pooled: answer → next item painted.
 */
async function answerLatency(browser, url) {
  const raw = [];
  const errors = [];
  for (const seed of ANSWER_SEEDS) {
    const { context, page, cdp, errors: pageErrors } = await newPage(browser);
    await page.goto(`${url.split('?')[0]}?seed=${seed}`);
    await page.waitForFunction(() => window.__bench?.marks.welcome !== undefined, null, { timeout: 60000 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await startKiosk(page);
    await answerAll(page, 60);
    // The last answer's frame is awaited in the page before reading.
    await page.waitForFunction(() => !window.__bench.pending, null, { polling: 'raf' });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    raw.push(...await page.evaluate(() => window.__bench.answers));
    errors.push(...pageErrors);
    await context.close();
  }
  return { raw, toItem: raw.filter((a) => a.to === 'item').map((a) => a.ms), toResult: raw.filter((a) => a.to === 'result').map((a) => a.ms), errors };
}

async function memorySample(page, cdp, after) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  // Chromium's own count of live DOM nodes, attached to the document or not
  // (a detached node kept alive by a JS reference counts here): issue 25.
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? null;
  const wasm = await page.evaluate(() => window.__bench.wasm?.memory?.buffer.byteLength ?? null);
  const attached = await page.evaluate(() => document.getElementsByTagName('*').length);
  return {
    after, wasm, heap: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents,
    liveNodes: metric('Nodes'), jsHeap: metric('JSHeapUsedSize'), attached,
  };
}

/** N sessions in one page (1x CPU: memory does not depend on speed); samples after SOAK_FIRST sessions and at the end. */
async function soak(browser, url) {
  const { context, page, cdp, errors } = await newPage(browser);
  await page.goto(url);
  await page.waitForFunction(() => window.__bench?.marks.welcome !== undefined, null, { timeout: 60000 });
  await cdp.send('Runtime.enable');
  await cdp.send('Performance.enable');
  const samples = [await memorySample(page, cdp, 0)];
  const checkpoints = [...new Set([SOAK_FIRST, ...(SOAK >= 100 ? [100, 200] : []), SOAK].filter((c) => c <= SOAK))].sort((a, b) => a - b);
  let done = 0, answered = 0;
  const resets = [], reloads = [];
  const started = Date.now();
  for (const c of checkpoints) {
    // Diagnostics: BENCH_SOAK_GC_EVERY=k forces a GC every k sessions (does the
    // growth wait for the JS GC?); BENCH_SOAK_POINTERDOWN=0 taps without pointerdown.
    // Sessions run in the page up to a reload: one at a time once a reset reloads.
    while (done < c) {
      const step = Math.min(c - done, SOAK_GC_EVERY || c - done, done === 0 || reloads.length ? 1 : c - done);
      answered += await page.evaluate(soakSessions, { n: step, pointerdown: SOAK_POINTERDOWN });
      const tappedAt = await page.evaluate(finishSession, { pointerdown: SOAK_POINTERDOWN });
      const r = await afterFinish(page, tappedAt);
      resets.push(r.ms);
      if (r.reloaded) reloads.push(done + step);
      done += step;
      if (SOAK_GC_EVERY) await cdp.send('HeapProfiler.collectGarbage');
    }
    samples.push(await memorySample(page, cdp, done));
  }
  const seconds = (Date.now() - started) / 1000;
  await context.close();
  return { samples, answered, seconds, errors, resets, reloads };
}

// ----------------------------------------------------------------- report --
function parseBudgets(text) {
  const budgets = {};
  for (const line of (text ?? '').split('\n')) {
    const t = line.replace(/#.*/, '').trim();
    if (!t) continue;
    const [key, target, gate, regression, unit, ...rest] = t.split(/\s+/);
    budgets[key] = { target: target === '-' ? null : Number(target), limit: gate === '-' ? null : Number(gate), regression: Number(regression), unit, what: rest.join(' ') };
  }
  return budgets;
}

function table(rows, header) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const w = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  return [line(all[0]), w.map((n) => '-'.repeat(n)).join('  '), ...all.slice(1).map(line)].join('\n');
}

/**
 * The same-run reference for the time limits: a fixed integer and string
 * workload timed in a blank page of this Chromium (no throttling), median of 5.
 */
async function referenceLoop(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const times = [];
  for (let i = 0; i < 5; i++) {
    times.push(await page.evaluate(() => {
      const t = performance.now();
      let h = 0;
      const parts = [];
      for (let k = 0; k < 2_000_000; k++) {
        h = (Math.imul(h, 31) + k) | 0;
        if (k % 1000 === 0) parts.push(String(h));
      }
      const s = parts.join(',');
      return performance.now() - t + (s.length === 0 ? 1 : 0);
    }));
  }
  await context.close();
  return median(times);
}

async function main() {
  const t0 = Date.now();
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`no build in ${distDir} (run trunk build --release)`);
  const files = await loadDist(distDir);
  const server = await serveDist(files);
  const browser = await launch();
  const url = `${server.url}?seed=21`;
  const hasSW = files.has('/sw.js');
  const out = { short: SHORT, loads: LOADS, soak: SOAK, chromium: browser.version(), cpus: cpus().length };
  const errors = [];
  try {
    // The same-run reference: a fixed loop timed in this Chromium, unthrottled.
    out.referenceLoopMs = await referenceLoop(browser);
    // Cold loads (Chromium offers br, gzip on http://127.0.0.1; the server prefers br).
    out.cold = {};
    for (const p of SHORT ? PROFILES.slice(0, 1) : PROFILES) {
      const runs = [];
      for (let i = 0; i < LOADS; i++) {
        process.stderr.write(`bench: cold load ${i + 1}/${LOADS}, ${p.name}\n`);
        runs.push(await coldLoad(browser, server, url, p));
      }
      runs.forEach((r) => errors.push(...r.errors));
      out.cold[p.id] = { profile: p, runs };
    }
    // The same first-question load with gzip only (no throttling: only bytes are read).
    server.state.encodings = ['gzip'];
    process.stderr.write('bench: gzip load\n');
    out.gzip = await coldLoad(browser, server, url, { cpu: 1 });
    server.state.encodings = ['br', 'gzip'];

    if (hasSW) {
      process.stderr.write('bench: warm offline start\n');
      out.warm = await warmOffline(browser, url);
      errors.push(...(out.warm.errors ?? []));
    }
    process.stderr.write(`bench: answer → next item, ${ANSWER_SEEDS.length} kiosk session(s) at 4x CPU\n`);
    out.answers = await answerLatency(browser, url);
    errors.push(...out.answers.errors);
    process.stderr.write(`bench: soak, ${SOAK} kiosk sessions\n`);
    out.soak = await soak(browser, server.url);
    errors.push(...out.soak.errors);
  } finally {
    await browser.close();
    await server.close();
  }

  // ---- print
  const P = [];
  P.push(`Repère web benchmark${SHORT ? ' (--short)' : ''}: ${distDir}`);
  P.push(`Chromium ${out.chromium}, ${out.cpus} CPU cores, ${LOADS} cold load(s) per profile, ${SOAK} soak sessions`);
  const brRun = out.cold.fast.runs[0];
  const brFetched = brRun.fetched;
  const gzFetched = out.gzip.fetched;
  P.push('', `BYTES TO THE FIRST QUESTION (cold load; transferred = CDP encodedDataLength, headers included; Accept-Encoding sent by Chromium: "${brRun.acceptEncoding}")`);
  const paths = [...new Set([...brFetched, ...gzFetched].map((f) => f.path))];
  const rows = paths.map((p) => {
    const f = files.get(p.endsWith('/') ? p + 'index.html' : p);
    const b = brFetched.filter((x) => x.path === p);
    const g = gzFetched.filter((x) => x.path === p);
    const sum = (xs) => (xs.length ? xs.reduce((s, x) => s + (x.encoded ?? 0), 0) : null);
    return [p, f ? kb(f.raw.length) : '?', f?.br ? kb(f.br.length) : '—', f?.gz ? kb(f.gz.length) : '—',
      kb(sum(b)), b.map((x) => x.encoding).join(',') || '—', kb(sum(g)), g.map((x) => x.encoding).join(',') || '—'];
  });
  const total = (xs) => xs.reduce((s, x) => s + (x.encoded ?? 0), 0);
  out.bytes = { br: total(brFetched), gzip: total(gzFetched), files: paths.length, serverBr: brRun.serverBytes, serverGz: out.gzip.serverBytes };
  rows.push(['TOTAL (KB)', '', '', '', kb(out.bytes.br), '', kb(out.bytes.gzip), '']);
  P.push(table(rows, ['file', 'raw KB', 'br KB', 'gz KB', 'sent br', 'enc', 'sent gz', 'enc']));
  P.push(`server: body bytes sent until the first question, all requests incl. any service worker's: br ${kb(out.bytes.serverBr)} KB, gzip ${kb(out.bytes.serverGz)} KB`);
  if (brFetched.some((f) => f.encoding !== 'br' && files.get(f.path)?.br)) P.push('note: some compressible files were not sent with brotli (see "enc")');

  P.push('', 'EVERY FILE IN dist (for reference)');
  const distRows = [...files.entries()].sort(([a], [b]) => a.localeCompare(b))
    .map(([p, f]) => [p, kb(f.raw.length), f.br ? kb(f.br.length) : '—', f.gz ? kb(f.gz.length) : '—']);
  const sumF = (k) => [...files.values()].reduce((s, f) => s + (f[k] ?? f.raw).length, 0);
  distRows.push(['TOTAL (KB)', kb(sumF('raw')), kb(sumF('br')), kb(sumF('gz'))]);
  P.push(table(distRows, ['file', 'raw KB', 'br KB', 'gz KB']));

  P.push('', `COLD LOAD TIMINGS (fresh context, empty cache; ms from navigation start to the painted frame; median [min–max] of ${LOADS})`);
  const coldRows = [];
  out.timings = {};
  for (const { profile, runs } of Object.values(out.cold)) {
    const w = runs.map((r) => r.welcome), q = runs.map((r) => r.question);
    out.timings[profile.id] = { welcome: median(w), question: median(q), welcomeAll: w, questionAll: q };
    coldRows.push([profile.name, `${ms(median(w))} [${Math.round(Math.min(...w))}–${Math.round(Math.max(...w))}]`,
      `${ms(median(q))} [${Math.round(Math.min(...q))}–${Math.round(Math.max(...q))}]`]);
  }
  P.push(table(coldRows, ['profile', 'welcome interactive', 'first question shown']));

  P.push('', `WARM START OFFLINE (service worker, network off, ${CPU_SLOWDOWN}x CPU; reload → welcome interactive)`);
  if (!hasSW) P.push('n/a (no service worker)');
  else if (out.warm.error) P.push(`FAILED: ${out.warm.error}`);
  else P.push(`median ${ms(median(out.warm.times))} [${out.warm.times.map(Math.round).join(', ')}] over ${out.warm.times.length} reloads`);

  const a = out.answers.toItem;
  P.push('', `ANSWER → NEXT ITEM PAINTED (${ANSWER_SEEDS.length} kiosk session(s), seeds ${ANSWER_SEEDS.join(', ')}, ${CPU_SLOWDOWN}x CPU, touch input; n=${a.length})`);
  P.push(`median ${ms(median(a))}, worst ${ms(Math.max(...a))}, p90 ${ms([...a].sort((x, y) => x - y)[Math.floor(a.length * 0.9)])}; last answer → result painted ${ms(median(out.answers.toResult))} (median)`);
  const toItem = out.answers.raw.filter((x) => x.to === 'item');
  P.push(`  split (medians): input event → handler ${ms(median(toItem.map((x) => x.input)))}, handler → next item in the DOM ${ms(median(toItem.map((x) => x.work)))}, DOM → frame painted ${ms(median(toItem.map((x) => x.paint)))}`);
  const kinds = [...new Set(toItem.map((x) => x.kind))].sort();
  P.push(`  by the kind of the item answered (median, n): ${kinds.map((k) => { const xs = toItem.filter((x) => x.kind === k).map((x) => x.ms); return `${k} ${ms(median(xs))} (${xs.length})`; }).join(', ')}`);

  const s = out.soak.samples;
  P.push('', `KIOSK SOAK (${SOAK} sessions in one page, 1x CPU, ${out.soak.answered} answers, ${out.soak.seconds.toFixed(0)} s; after 3 forced GCs, at the welcome screen)`);
  P.push(table(s.map((x) => [x.after, mb(x.wasm), mb(x.heap), mb(x.jsHeap), x.liveNodes, x.attached, x.nodes, x.listeners]),
    ['after session', 'wasm memory MB', 'JS heap used MB', 'JSHeapUsedSize MB', 'live DOM nodes', 'attached elements', 'DOM counter', 'JS listeners']));
  const rs = out.soak.resets;
  out.reset = { median: median(rs), worst: Math.max(...rs), reloads: out.soak.reloads.length };
  P.push(`"Terminer" → welcome painted again: median ${ms(out.reset.median)}, worst ${ms(out.reset.worst)} over ${rs.length} resets; the page reloaded at ${out.reset.reloads} of them`);
  const first = s.find((x) => x.after === SOAK_FIRST), last = s[s.length - 1];
  out.growth = {
    wasm: last.wasm - first.wasm, heap: last.heap - first.heap, nodes: last.nodes - first.nodes, listeners: last.listeners - first.listeners,
  };
  out.growth.memory = out.growth.wasm + out.growth.heap;
  const perSession = out.growth.memory / (last.after - first.after);
  // Live nodes (Performance.getMetrics "Nodes", after GC) see detached nodes
  // kept alive by JS, which the attached-element count cannot (issue 25). The
  // heap gate is for the full soak (SOAK_FULL_SPAN sessions): a shorter soak's
  // growth is scaled up to that span.
  const span = last.after - first.after;
  out.growth.liveNodes = last.liveNodes - first.liveNodes;
  out.growth.liveNodesPerSession = out.growth.liveNodes / span;
  out.growth.attached = last.attached - first.attached;
  out.growth.jsHeap = last.jsHeap - first.jsHeap;
  out.growth.jsHeapFullSoak = out.growth.jsHeap * (SOAK_FULL_SPAN / span);
  P.push(`live DOM nodes growth per session ${first.after} → ${last.after}: ${out.growth.liveNodesPerSession.toFixed(2)} (${first.liveNodes} → ${last.liveNodes}); attached elements ${first.attached} → ${last.attached}`);
  P.push(`JS heap growth ${first.after} → ${last.after}: ${mb(out.growth.jsHeap)} MB (JSHeapUsedSize; ${(out.growth.jsHeap / span / 1024).toFixed(1)} KB per session, ${mb(out.growth.jsHeapFullSoak)} MB over ${SOAK_FULL_SPAN} sessions at that rate)`);
  P.push(`growth ${first.after} → ${last.after}: wasm ${mb(out.growth.wasm)} MB, JS heap ${mb(out.growth.heap)} MB (together ${mb(out.growth.memory)} MB, ${(perSession / 1024).toFixed(1)} KB per session), DOM nodes ${out.growth.nodes}, listeners ${out.growth.listeners}`);

  P.push('', `REFERENCE LOOP (the same fixed JavaScript loop, unthrottled, median of 5): ${ms(out.referenceLoopMs)} on this runner`
    + (REFERENCE_LOOP_MS > 0 ? `, ${REFERENCE_LOOP_MS} ms on the reference machine (×${(out.referenceLoopMs / REFERENCE_LOOP_MS).toFixed(2)})` : ''));
  if (errors.length) P.push('', `page errors (${errors.length}):`, ...[...new Set(errors)].slice(0, 10).map((e) => `  ${e}`));

  // ---- budgets
  const budgets = parseBudgets(process.env.BENCH_BUDGETS);
  const measured = {
    first_question_br_kb: out.bytes.br / 1024,
    welcome_interactive_ms: out.timings.fast.welcome,
    first_question_ms: out.timings.fast.question,
    warm_offline_ms: hasSW ? (out.warm.error ? Infinity : median(out.warm.times)) : null,
    answer_next_median_ms: median(a),
    answer_next_worst_ms: Math.max(...a),
    soak_growth_mb: out.growth.memory / 1048576,
    soak_dom_nodes_growth: out.growth.nodes,
    soak_live_nodes_per_session: out.growth.liveNodesPerSession,
    soak_js_heap_growth_mb: out.growth.jsHeapFullSoak / 1048576,
    reset_welcome_ms: out.reset.median,
    soak_listeners_growth: out.growth.listeners,
  };
  out.measured = measured;
  const broken = [];
  if (Object.keys(budgets).length) {
    const speed = REFERENCE_LOOP_MS > 0 ? Math.max(1, out.referenceLoopMs / REFERENCE_LOOP_MS) : NaN;
    if (TIME_GATES && !(speed > 0)) throw new Error('BENCH_TIME_GATES=1 needs BENCH_REFERENCE_LOOP_MS (the reference machine\'s loop time)');
    P.push('', `BUDGETS${TIME_GATES ? ` (time limits: the regression column × ${speed.toFixed(2)}, this runner's reference loop against the reference machine's)` : ' (times are reported, not gated: BENCH_TIME_GATES=1 gates them)'}`);
    const rowsB = Object.entries(budgets).map(([key, b]) => {
      const target = b.target;
      const limit = b.limit ?? (TIME_GATES ? Math.round(b.regression * speed) : null);
      const v = measured[key];
      // Memory, live-node and heap growth must stay strictly below their limit; the others at or below.
      const within = (x) => (v == null ? null : STRICT.has(key) ? v < x : v <= x);
      const [met, ok] = [target == null ? null : within(target), limit == null ? null : within(limit)];
      if (ok === false) broken.push(`${key}: ${v.toFixed(1)} ${b.unit} > ${limit} ${b.unit} (${b.what})`);
      const shown = v == null ? 'n/a' : `${v.toFixed(1)} ${b.unit}`;
      return [key, target == null ? '-' : `${target} ${b.unit}`, met == null ? (target == null ? '' : 'n/a') : met ? 'met' : 'NOT MET', limit == null ? 'report' : `${limit} ${b.unit}`, ok == null ? '' : ok ? 'ok' : 'BROKEN', shown, b.what];
    });
    P.push(table(rowsB, ['budget', 'target', '', 'gate', '', 'measured', 'what']));
  }
  P.push('', `bench: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  console.log(P.join('\n'));
  if (JSON_OUT) await writeFile(JSON_OUT, JSON.stringify(out, null, 1));
  if (CHECK) {
    if (!Object.keys(budgets).length) { console.error('bench: --check needs BENCH_BUDGETS'); process.exit(2); }
    // A page error is a failure whatever the figures (a broken app can be fast).
    if (errors.length) broken.push(`${errors.length} page error(s), e.g. ${errors[0]}`);
    if (hasSW && out.warm.error) broken.push(`warm offline start: ${out.warm.error}`);
    if (broken.length) {
      console.error(`bench: ${broken.length} budget(s) broken:\n  ${broken.join('\n  ')}`);
      process.exit(1);
    }
    console.error('bench: all budgets kept');
  }
}

main().catch((e) => { console.error(e); process.exit(2); });
