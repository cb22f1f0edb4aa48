// Nothing of a person survives them, whatever fails (issue 10). Each test
// holds one guarantee and fails on the code before it: a failing browser API
// or a panic never stops the wipe; the language, the back/forward cache, the
// print dialog and duplicated URL parameters leave nothing behind; the venue
// file stays on this origin, small and prompt; no storage is written; the
// whole app runs under its strict Content-Security-Policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  serve, launch, launchWithBackForwardCache, tablet, collectErrors, guardRequests, currentItem, waitForNext,
  startKiosk, answerAll, assertNoTrace, distDir, bounded, finishResult, skipSituation, toResult } from './harness.mjs';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), 'fixtures');

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/**
 * A tablet page at `query`. Its clock is Playwright's fake one (time flows,
 * and `page.clock.fastForward` jumps it), so inactivity timers are tested
 * without waiting for them in real time.
 */
async function open(query, { init, realClock = false } = {}) {
  const context = await tablet(browser);
  const page = await context.newPage();
  if (!realClock) await page.clock.install();
  if (init) await page.addInitScript(init);
  const errors = collectErrors(page);
  await page.goto(`${server.url}${query}`);
  await page.waitForSelector('.welcome');
  return { context, page, errors };
}


// 1. A failure stops the wipe ------------------------------------------------

test('a throwing speech API stops neither "Terminer" nor the inactivity reset', async () => {
  const { context, page } = await open('?seed=21&idle=15', {
    init: () => {
      window.__cancelCalls = 0;
      if (window.speechSynthesis) {
        window.speechSynthesis.cancel = () => { window.__cancelCalls++; throw new Error('speech broken'); };
      }
    },
  });
  assert.ok(await page.evaluate(() => !!window.speechSynthesis), 'this Chromium has speech synthesis');
  await startKiosk(page);
  await toResult(page);
  await finishResult(page);
  await page.waitForSelector('.welcome', { timeout: 5_000 });
  await assertNoTrace(page);
  const afterFinish = await page.evaluate(() => window.__cancelCalls);
  assert.ok(afterFinish > 0, 'the wipe called the throwing cancel()');
  await startKiosk(page);
  await toResult(page);
  await page.clock.fastForward(16_000); // idle 15 s
  await page.waitForSelector('.welcome', { timeout: 5_000 });
  await assertNoTrace(page);
  assert.ok(await page.evaluate(() => window.__cancelCalls) > afterFinish, 'the reset called it too');
  await context.close();
});

test('a panic replaces the page with a neutral message, then reloads it', async () => {
  const context = await tablet(browser);
  const page = await context.newPage();
  // Make the first start-up fail inside Rust (Leptos cannot find <body>);
  // the reload after the crash starts normally.
  await page.addInitScript(() => {
    if (performance.getEntriesByType('navigation')[0]?.type !== 'reload') {
      Object.defineProperty(Document.prototype, 'body', { get: () => null, configurable: true });
    }
  });
  await page.goto(server.url);
  await page.waitForSelector('.crash[role="alert"]', { timeout: 10_000 });
  assert.equal(await page.locator('#main, #boot').count(), 0, 'only the neutral message is left');
  await page.waitForSelector('.welcome', { timeout: 15_000 });
  await context.close();
});

test('a page that keeps crashing stops reloading itself and says so', async () => {
  const context = await tablet(browser);
  const page = await context.newPage();
  // Every start-up fails inside Rust (Leptos cannot find <body>).
  await page.addInitScript(() => {
    Object.defineProperty(Document.prototype, 'body', { get: () => null, configurable: true });
  });
  await page.clock.install();
  let loads = 0;
  page.on('load', () => { loads++; });
  await page.goto(server.url);
  // Each crash reloads after 5 s (fast-forwarded, not waited for).
  for (let crash = 1; crash <= 2; crash++) {
    await page.waitForSelector('.crash[role="alert"]', { timeout: 10_000 });
    await Promise.all([page.waitForEvent('load', { timeout: 10_000 }), page.clock.fastForward(5_500)]);
  }
  await page.waitForSelector('.crash-stopped[role="alert"]', { timeout: 10_000 });
  assert.equal(loads, 3, 'two reloads, then it stops');
  assert.match(await page.textContent('.crash-stopped'), /Prévenez l'équipe du lieu/);
  // And it stays stopped: a minute later, no reload has come.
  await page.evaluate(() => { window.__stillHere = true; });
  await page.clock.fastForward(60_000);
  assert.equal(await page.evaluate(() => window.__stillHere === true && !!document.querySelector('.crash-stopped')), true);
  assert.equal(loads, 3);
  await context.close();
});

test('content that cannot be fetched: a notice, then the app starts by itself once the connection is back', async () => {
  const context = await tablet(browser);
  const page = await context.newPage();
  let failing = true;
  await page.route('**/content/bank-*.json', (route) => (failing ? route.abort('internetdisconnected') : route.continue()));
  await page.clock.install();
  await page.goto(server.url);
  const notice = page.locator('main[role="alert"]');
  await notice.waitFor({ timeout: 30_000 });
  assert.match(await notice.textContent(), /réessaie tout seul/);
  await page.evaluate(() => { window.__samePage = true; });
  // The page's clock stops here: the timed retry (every 10 s) cannot come,
  // however slow this machine is; only the browser's "online" can start it.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 100));
  let fetchedAgain = 0;
  page.on('request', (r) => { if (/content\/bank-/.test(r.url())) fetchedAgain++; });
  failing = false;
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await page.waitForSelector('.welcome button.start', { timeout: 30_000 });
  assert.ok(fetchedAgain >= 1, 'the bank was fetched again after "online"');
  await page.clock.resume();
  assert.equal(await page.evaluate(() => window.__samePage), true, 'started in place, without a reload');
  assert.equal(await page.locator('main[role="alert"]').count(), 0, 'the notice is gone');
  // The page's other notices are still there for later.
  assert.equal(await page.locator('template#crash').count(), 1);
  // And it works: a kiosk session starts.
  await startKiosk(page);
  assert.ok(await currentItem(page));
  await context.close();
});

test('content the server answers wrongly for (a page from before a deployment): the notice, then a fresh page', async () => {
  const context = await tablet(browser);
  const page = await context.newPage();
  let gone = true;
  await page.route('**/content/bank-*.json', (route) => (gone ? route.fulfill({ status: 404, body: 'gone' }) : route.continue()));
  let loads = 0;
  page.on('load', () => { loads++; });
  await page.clock.install();
  await page.goto(server.url);
  await page.locator('main[role="alert"]').waitFor({ timeout: 10_000 });
  await page.evaluate(() => { window.__samePage = true; });
  gone = false;
  // The wait before the fresh page (10 s), fast-forwarded.
  await Promise.all([page.waitForEvent('load', { timeout: 10_000 }), page.clock.fastForward(10_500)]);
  await page.waitForSelector('.welcome button.start', { timeout: 30_000 });
  assert.equal(await page.evaluate(() => window.__samePage), undefined, 'a new page');
  assert.equal(loads, 2, 'one reload');
  await context.close();
});

test('until the app has mounted, a CSS-only message offers to reload', async () => {
  const context = await tablet(browser);
  const page = await context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(server.url);
  const stuck = page.locator('#boot .boot-stuck');
  await stuck.waitFor({ state: 'visible', timeout: 30_000 });
  assert.match(await stuck.textContent(), /Recharger/);
  await context.close();
});

// 2. The language --------------------------------------------------------------

test('a reset puts the language back to the page\'s', async () => {
  const { context, page } = await open('?seed=4&idle=15');
  await page.tap('.topbar button.lang[lang="en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await startKiosk(page);
  await page.clock.fastForward(16_000); // idle 15 s
  await page.waitForSelector('.welcome', { timeout: 5_000 });
  await assertNoTrace(page, 'fr');
  assert.match(await page.textContent('.welcome'), /Bienvenue/);
  await context.close();
  // With ?lang=en, English is the page's language: a reset comes back to it.
  const other = await open('?seed=4&lang=en');
  await other.page.tap('.topbar button.lang[lang="fr"]');
  await startKiosk(other.page);
  await other.page.tap('button.pause');
  await other.page.tap('button.quit');
  await other.page.waitForSelector('.welcome');
  await assertNoTrace(other.page, 'en');
  await other.context.close();
});

// 3. The back/forward cache ----------------------------------------------------

test('Back after leaving the result shows the welcome screen, not the result', async () => {
  // A host that forgets `Cache-Control: no-store`, and the cache turned on.
  const lax = await serve(undefined, { cacheControl: '' });
  const bfBrowser = await launchWithBackForwardCache();
  try {
    const context = await tablet(bfBrowser);
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.addEventListener('pageshow', (e) => { if (e.persisted) window.__restored = true; });
    });
    await page.goto(`${lax.url}?seed=21`);
    await page.waitForSelector('.welcome');
    await startKiosk(page);
    await toResult(page);
    await page.goto(`${lax.url}fixtures/elsewhere.html`);
    // A page restored from the cache fires no `load`: wait for the commit.
    await page.goBack({ waitUntil: 'commit' });
    await page.waitForFunction(() => window.__restored === true, null, { timeout: 10_000 });
    await page.waitForSelector('.welcome');
    await assertNoTrace(page);
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('leaving')), false);
    await context.close();
  } finally {
    await bfBrowser.close();
    await lax.close();
  }
});

// 4. Printing ------------------------------------------------------------------

test('the end of printing starts the inactivity timers again', async () => {
  const { context, page } = await open('?seed=21&idle=15', { realClock: true });
  await startKiosk(page);
  await toResult(page);
  // Real time here: under Playwright's fake clock a dispatched `afterprint`
  // does not restart the timers (seen 2026-12: the warning comes 8 s after
  // the tap either way), so this one test waits. The print dialog was open
  // for a while; it closes and `afterprint` fires.
  await page.waitForTimeout(4_000);
  const printed = Date.now();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.waitForSelector('.overlay[role="alertdialog"]', { timeout: 20_000 });
  // idle 15 s → warning 8 s after the last activity, which is the print.
  assert.ok(Date.now() - printed >= 7_000, `warned ${Date.now() - printed} ms after printing`);
  await page.waitForSelector('.welcome', { timeout: 20_000 });
  await assertNoTrace(page);
  await context.close();
});

// 5. URL parameters and activity -------------------------------------------------

test('?mode=aidant&mode=kiosk is a kiosk, with its inactivity reset', async () => {
  const { context, page } = await open('?mode=aidant&mode=kiosk&seed=4&idle=15');
  await startKiosk(page); // kiosk screens: how it works, consent
  await page.clock.fastForward(16_000); // idle 15 s
  await page.waitForSelector('.welcome', { timeout: 5_000 });
  await assertNoTrace(page);
  await context.close();
});

test('an explicit ?idle= resets in aidant mode too', async () => {
  const { context, page } = await open('?mode=aidant&seed=4&idle=15');
  await page.tap('.welcome button.start');
  await page.tap('button.next');
  await page.waitForSelector('.declarative');
  await page.clock.fastForward(16_000); // idle 15 s
  await page.waitForSelector('.welcome', { timeout: 5_000 });
  await assertNoTrace(page);
  await context.close();
});

// Each kind of activity alone, for longer than the warning delay: if the app
// ignored that kind, the warning (8 s after the last counted activity) would
// come. The clock is fast-forwarded, so this costs no real waiting.
for (const [kind, act] of [
  // The wheel event reaches the page asynchronously: wait until it has (the
  // counter is a listener added before the app's, in the same dispatch).
  ['the wheel', async (page) => {
    const seen = await page.evaluate(() => window.__wheels);
    await page.mouse.wheel(0, 120);
    await page.waitForFunction((n) => window.__wheels > n, seen);
  }],
  ['scrolling', (page) => page.evaluate(() => { document.scrollingElement.scrollTop += 1; window.dispatchEvent(new Event('scroll')); })],
  ['typing', (page) => page.evaluate(() => document.querySelector('#main').dispatchEvent(new Event('input', { bubbles: true })))],
]) {
  test(`${kind} alone counts as activity`, async () => {
    const { context, page } = await open('?seed=4&idle=15', {
      init: () => { window.__wheels = 0; addEventListener('wheel', () => { window.__wheels++; }); },
    });
    await startKiosk(page);
    const item = await currentItem(page);
    // 12 s of reading (idle 15 s, warning at 8 s) with only this activity, every 3 s.
    for (let i = 0; i < 4; i++) {
      await page.clock.fastForward(3_000);
      await act(page);
    }
    assert.equal(await page.locator('.overlay[role="alertdialog"]').count(), 0, `no inactivity warning while ${kind} goes on`);
    assert.equal(await currentItem(page), item, 'still on the same question');
    // And the warning does come once it stops: the test can fail.
    await page.clock.fastForward(8_500);
    await page.waitForSelector('.overlay[role="alertdialog"]', { timeout: 5_000 });
    await context.close();
  });
}

// 6–7. The venue file --------------------------------------------------------------

/** Open a kiosk with ?venues=<path>, go to the result; returns what the page requested outside. */
async function resultWithVenues(path, route) {
  const context = await tablet(browser);
  const page = await context.newPage();
  const foreign = guardRequests(page, server.url);
  await context.route((url) => !url.href.startsWith(server.url), (r) => r.abort());
  if (route) await page.route(`**/${path}`, route);
  await page.goto(`${server.url}?seed=21&venues=${path}`);
  await page.waitForSelector('.welcome');
  await startKiosk(page);
  await toResult(page);
  return { context, page, foreign };
}

test('the venue file follows no redirect to another site', async () => {
  const { context, page, foreign } = await resultWithVenues('fixtures/moved.json', (route) =>
    route.fulfill({ status: 302, headers: { location: 'http://evil.example/venues.json' } }));
  await page.waitForSelector('.offers-generic.notice', { timeout: 15_000 });
  assert.deepEqual(foreign, []);
  await context.close();
});

test('a venue file that never arrives is given up with a notice', async () => {
  const { context, page } = await resultWithVenues('fixtures/stalled.json', () => { /* never answers */ });
  await page.waitForSelector('.offers-generic.notice', { timeout: 20_000 });
  await context.close();
});

/** A valid venue of the fixture, under another id and name. */
function venue(i, name) {
  const [model] = JSON.parse(readFileSync(resolve(fixtures, 'venues-ok.json'), 'utf8'));
  return { ...model, id: `lieu-${i}`, nom: name ?? model.nom };
}

test('a venue file over 2 MB is refused before parsing', async () => {
  const venues = [];
  let size = 0;
  for (let i = 0; size < 2.5 * 1024 * 1024; i++) {
    venues.push(venue(i));
    size += JSON.stringify(venues.at(-1)).length;
  }
  const body = JSON.stringify(venues);
  const { context, page } = await resultWithVenues('fixtures/huge.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.waitForSelector('.offers-generic.notice', { timeout: 15_000 });
  assert.equal(await page.locator('.offer').count(), 0);
  await context.close();
});

test('a long unbroken venue name wraps instead of widening the page', async () => {
  const body = JSON.stringify([venue(1, `Espace${'N'.repeat(140)}`)]);
  const { context, page } = await resultWithVenues('fixtures/long.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.waitForSelector('.offer');
  // Neither the page nor any line of the offer runs past the screen's edge.
  // The tablet's width (a mobile browser widens innerWidth to fit what overflows).
  const { width } = page.viewportSize();
  const { scroll, right } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    right: Math.max(...[...document.querySelectorAll('.offer, .offer *')].map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return Math.max(el.getBoundingClientRect().right, range.getBoundingClientRect().right, el.scrollWidth + el.getBoundingClientRect().left);
    })),
  }));
  assert.ok(scroll <= width && right <= width, `page ${scroll} px wide, text up to ${right} px, for a ${width} px screen`);
  await context.close();
});

// Storage ----------------------------------------------------------------------------

test('a kiosk session writes nothing to any storage', async () => {
  const { context, page, errors } = await open('?seed=21&venues=sample', {
    init: () => {
      window.__writes = [];
      const note = (what) => window.__writes.push(what);
      for (const m of ['setItem', 'removeItem', 'clear']) {
        const original = Storage.prototype[m];
        Storage.prototype[m] = function (...args) { note(`storage.${m}`); return original.apply(this, args); };
      }
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (...args) { note('indexedDB.open'); return open.apply(this, args); };
      const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
      Object.defineProperty(Document.prototype, 'cookie', {
        get() { return cookie.get.call(this); },
        set(v) { note('cookie'); cookie.set.call(this, v); },
        configurable: true,
      });
    },
  });
  await startKiosk(page);
  await answerAll(page);
  await finishResult(page);
  await page.waitForSelector('.welcome');
  const stored = await page.evaluate(async () => ({
    writes: window.__writes,
    local: localStorage.length,
    session: sessionStorage.length,
    cookies: document.cookie,
    databases: (await indexedDB.databases()).length,
  }));
  assert.deepEqual(stored, { writes: [], local: 0, session: 0, cookies: '', databases: 0 });
  assert.deepEqual(errors, []);
  await context.close();
});

// Content-Security-Policy ------------------------------------------------------------

/** Record every CSP violation the page reports. */
const recordViolations = () => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(`${e.effectiveDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
  });
};

test('the built index.html carries a strict policy that hashes its inline loader', () => {
  const html = readFileSync(resolve(distDir, 'index.html'), 'utf8');
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  assert.ok(policy, 'a CSP meta tag');
  assert.ok(html.indexOf(policy) < html.indexOf('<script'), 'the policy comes before every script');
  for (const directive of ["default-src 'none'", "style-src 'self'", "connect-src 'self'", "base-uri 'none'", "object-src 'none'", "form-action 'none'"]) {
    assert.ok(policy.includes(directive), directive);
  }
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]{44}'/);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|\*/);
});

test('a full kiosk and a full aidant session run with zero CSP violations', async () => {
  const kiosk = await open('?seed=21&venues=fixtures/venues-ok.json', { init: recordViolations });
  await startKiosk(kiosk.page);
  await answerAll(kiosk.page);
  await kiosk.page.waitForSelector('.offer');
  assert.equal(await kiosk.page.locator('.qr svg').count(), 1);
  await finishResult(kiosk.page);
  await kiosk.page.waitForSelector('.welcome');
  assert.deepEqual(await kiosk.page.evaluate(() => window.__violations), []);
  assert.deepEqual(kiosk.errors, []);
  await kiosk.context.close();

  const aidant = await open('?mode=aidant&seed=8&venues=sample', { init: recordViolations });
  await aidant.page.tap('.welcome button.start');
  await aidant.page.tap('button.next');
  await aidant.page.waitForSelector('.declarative');
  await aidant.page.tap('button.next');
  await aidant.page.waitForSelector('[data-item]');
  await answerAll(aidant.page, 20);
  assert.deepEqual(await aidant.page.evaluate(() => window.__violations), []);
  assert.deepEqual(aidant.errors, []);
  await aidant.context.close();
});

test('hotspot regions keep their place under the policy', async () => {
  const items = readFileSync(resolve(fixtures, '../../../assessments/items', 'device.toml'), 'utf8');
  const hotspot = [...items.matchAll(/^id\s*=\s*"([^"]+)"[\s\S]*?^kind\s*=\s*"([^"]+)"/gm)].find((m) => m[2] === 'hotspot');
  assert.ok(hotspot, 'a hotspot item in device.toml');
  const { context, page } = await (async () => {
    const context = await tablet(browser);
    const page = await context.newPage();
    await page.addInitScript(recordViolations);
    await page.goto(`${server.url}?preview=${hotspot[1]}`);
    await page.waitForSelector('button.region');
    return { context, page };
  })();
  const boxes = await page.evaluate(() => [...document.querySelectorAll('button.region')].map((b) => {
    const r = b.getBoundingClientRect();
    const img = b.parentElement.querySelector('img').getBoundingClientRect();
    return { inside: r.left >= img.left - 1 && r.right <= img.right + 1, width: r.width, left: b.style.left };
  }));
  assert.ok(boxes.length >= 2);
  for (const box of boxes) {
    assert.match(box.left, /%$/, 'positioned in percent of the picture');
    assert.ok(box.width > 10 && box.inside, JSON.stringify(box));
  }
  // Regions at different places, not stacked at the corner.
  assert.ok(new Set(boxes.map((b) => b.left)).size >= 2);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await context.close();
});
