// Shared helpers for the end-to-end tests: a static server for dist/ on
// loopback, Debian's Chromium through playwright-core, and axe-core scans.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';

const here = dirname(fileURLToPath(import.meta.url));
// REPERE_DIST=/path serves another build (e.g. an older one, to see a test fail on it).
export const distDir = resolve(process.env.REPERE_DIST ?? resolve(here, '../../dist'));
const require = createRequire(import.meta.url);
const axeSource = require.resolve('axe-core/axe.min.js');

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml',
  '.json': 'application/json', '.ftl': 'text/plain; charset=utf-8', '.png': 'image/png', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
};

export const fixturesDir = resolve(here, 'fixtures');

/**
 * Serve `dir` on 127.0.0.1 at a free port, and the test fixtures under /fixtures/.
 * `cacheControl` is sent with every file (a host that forgets `no-store`: '');
 * `headers` (read at each request) are added to every response.
 */
export async function serve(dir = distDir, { cacheControl = 'no-store', headers: extra = {} } = {}) {
  let served = dir;
  const server = createServer(async (req, res) => {
    const dir = served;
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const [root, rest] = path.startsWith('/fixtures/') ? [fixturesDir, path.slice('/fixtures'.length)] : [dir, path];
      let file = normalize(join(root, rest));
      if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const headers = { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' };
      if (cacheControl) headers['cache-control'] = cacheControl;
      res.writeHead(200, { ...headers, ...extra });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    /** Serve another build from now on (a new version deployed). */
    setDir: (next) => { served = next; },
    close: () => new Promise((ok) => server.close(ok)),
  };
}

const LAUNCH_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--disable-default-apps', '--mute-audio',
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: LAUNCH_ARGS });
}

/** Chromium with its back/forward cache on (Playwright turns it off by default). */
export async function launchWithBackForwardCache() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: LAUNCH_ARGS,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
}

/** A tablet: 800×1280, touch. */
export async function tablet(browser) {
  return browser.newContext({ viewport: { width: 800, height: 1280 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
}

/** A desktop with a keyboard and no touch. */
export async function desktop(browser) {
  return browser.newContext({ viewport: { width: 1280, height: 900 } });
}

/** Fail on any request that leaves the test server (privacy by construction). */
/** A tablet page at `url` (`init`, if given, runs before every page script), and its errors. */
export async function openTablet(browser, url, init) {
  const context = await tablet(browser);
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  return { context, page, errors };
}

export function guardRequests(page, baseUrl) {
  const foreign = [];
  page.on('request', (r) => { if (!r.url().startsWith(baseUrl) && !r.url().startsWith('data:')) foreign.push(r.url()); });
  return foreign;
}

/** Collect page errors and console errors. */
export function collectErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}

/** Run axe-core on the current page; returns the violations (WCAG 2.x A/AA). */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    // Evaluated through the DevTools protocol: the app's CSP forbids inline scripts.
    await page.evaluate(await readFile(axeSource, 'utf8'));
  }
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * `promise`, or a failure naming `what` after `ms` (Node's own timer, so a
 * page under a fake clock cannot stop it). `page.evaluate` has no time limit:
 * every wait on a browser event goes through this.
 */
export function bounded(promise, ms, what) {
  let timer;
  const limit = new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(`${what}: nothing after ${ms} ms`)), ms); });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/**
 * Wait until the page's service worker is installed and active; fails within
 * `ms` if it never registers, fails to install or becomes redundant.
 */
export async function workerActivated(page, ms = 30_000) {
  const state = await bounded(page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active;
    if (worker.state !== 'activated') {
      await new Promise((ok, fail) => worker.addEventListener('statechange', () => {
        if (worker.state === 'activated') ok();
        if (worker.state === 'redundant') fail(new Error('the service worker became redundant'));
      }));
    }
    return worker.state;
  }), ms, 'the service worker did not activate');
  assert.equal(state, 'activated');
}

/** The id of the item on screen, or null. */
export function currentItem(page) {
  return page.evaluate(() => document.querySelector('[data-item]')?.dataset.item ?? null);
}

/** Wait until the item on screen is no longer `previous` (a new item or another screen). */
export function waitForNext(page, previous) {
  return page.waitForFunction(
    (prev) => (document.querySelector('[data-item]')?.dataset.item ?? null) !== prev,
    previous,
  );
}

/** Kiosk: welcome → language → how it works → consent → first item. */
export async function startKiosk(page) {
  await page.tap('.welcome button.start');
  for (const screen of ['.how', '.consent', '[data-item]']) {
    await page.tap('button.next');
    await page.waitForSelector(screen);
  }
}

/** Aidant: welcome → language → declarative part → items → result. */
export async function aidantDiagnostic(page) {
  await page.waitForSelector('.welcome');
  await page.tap('.welcome button.start');
  await page.tap('button.next');
  await page.waitForSelector('.declarative');
  await page.tap('button.next');
  await page.waitForSelector('[data-item]');
  await answerAll(page, 14);
}

/** Answer every item (a real answer, or "I don't know" every third) until the result. */
export async function answerAll(page, limit = 40) {
  for (let i = 0; i < limit && (await currentItem(page)); i++) {
    const id = await currentItem(page);
    const kind = await page.getAttribute('[data-item]', 'data-kind');
    if (i % 3 === 2) {
      await page.tap('button.dont-know');
    } else {
      if (kind === 'choice') await page.locator('button.choice').nth(i % 2).tap();
      if (kind === 'hotspot') await page.locator('button.region').first().tap();
      if (kind === 'order') await page.locator('button.move:not([disabled])').first().tap();
      if (kind === 'entry') await page.fill('#entry-input', 'abc');
      await page.tap('button.confirm');
    }
    await waitForNext(page, id);
  }
  await skipSituation(page);
  await page.waitForSelector('.result');
}

/** Kiosk and embed: skip the two optional questions after the test, if shown (a click: touch or not). */
export async function skipSituation(page) {
  for (let k = 0; k < 3; k++) {
    // The screen's section may be reused from the previous screen: wait for its step.
    await page.waitForSelector('.result, .situation[data-step]');
    if (await page.locator('.result').count()) return;
    const step = await page.getAttribute('.situation', 'data-step');
    // A DOM click (no coordinates): inside a widget's iframe that the host is
    // resizing, a pointer click can land where the button was a moment ago.
    await page.locator('button.situation-skip').dispatchEvent('click');
    await page.waitForSelector(`.result, .situation[data-step]:not([data-step="${step}"])`);
  }
}

/**
 * Nothing of the previous person is left: no item or result on screen, no
 * web storage, and the page's language (`lang`: its ?lang= or the default).
 */
export async function assertNoTrace(page, lang = 'fr') {
  const trace = await page.evaluate(() => ({
    items: document.querySelectorAll('[data-item], .result, .level-row').length,
    local: localStorage.length,
    session: sessionStorage.length,
    lang: document.documentElement.lang,
  }));
  assert.deepEqual(trace, { items: 0, local: 0, session: 0, lang }, 'nothing of the previous person is left');
}

/**
 * Two origins on loopback for the embedded widget: the widget (dist/) at
 * http://127.0.0.1:P1/, sent with the headers docs/embed.md recommends
 * (frame-ancestors naming the host), and the demo venue page (docs/demo/) at
 * http://localhost:P2/. The same venue server seen as http://127.0.0.1:P2/ is
 * a third origin, for messages that must be ignored.
 */
export async function serveEmbedding() {
  const { serveVenueDemo } = await import('../../scripts/venue-demo.mjs');
  const headers = { 'x-content-type-options': 'nosniff' };
  const widget = await serve(distDir, { headers });
  const venue = await serveVenueDemo({ widgetUrl: widget.url });
  const hostOrigin = `http://localhost:${venue.port}`;
  headers['content-security-policy'] = `frame-ancestors 'self' ${hostOrigin}`;
  return {
    widgetUrl: widget.url,
    widgetOrigin: new URL(widget.url).origin,
    hostOrigin,
    thirdOrigin: `http://127.0.0.1:${venue.port}`,
    close: async () => { await widget.close(); await venue.close(); },
  };
}

/** "Finish" on the result asks once (kiosk, aidant, embed): tap it, then "Yes, erase". Elsewhere (the fiche) it closes at once. */
export async function finishResult(page) {
  await page.tap('button.finish');
  const yes = page.locator('button.finish-yes');
  if (await yes.count()) await yes.tap();
}

/** The result code as the screen holds it (canonical, without the reading groups). */
export async function shownCode(page) {
  return page.getAttribute('.result-code', 'data-code');
}

/**
 * A result code written by hand (docs/result-code.md): `R<version>-`, then the
 * payload bytes with their CRC-16/CCITT-FALSE (over the version byte and the
 * bytes) in Crockford base 32. For codes the app cannot make itself (another
 * bank, an older version).
 */
export function resultCode(version, payload) {
  let crc = 0xffff;
  for (const b of [version, ...payload]) {
    crc ^= b << 8;
    for (let k = 0; k < 8; k++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  const bytes = [...payload, crc >> 8, crc & 0xff];
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  let bits = '';
  for (const b of bytes) bits += b.toString(2).padStart(8, '0');
  while (bits.length % 5) bits += '0';
  let text = '';
  for (let i = 0; i < bits.length; i += 5) text += alphabet[parseInt(bits.slice(i, i + 5), 2)];
  return `R${version}-${text}`;
}

/** From a question: pause, then "finish now" → the result screen. */
export async function toResult(page) {
  await page.tap('button.pause');
  await page.tap('button.finish-now');
  await skipSituation(page);
  await page.waitForSelector('.result');
}
