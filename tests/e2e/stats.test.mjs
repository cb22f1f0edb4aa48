// Venue statistics, review 2 (M3, M4, L3, L4, L9): what the venue screen and
// an export show is k-anonymous (k = 5) and in no visit order; the venue lock
// survives a reload; each venue has its own store; a nearly full store is
// said from any page; the person can decline the record and still take the
// test; the screen closes on inactivity in aidant mode too; an invalid venue
// file never turns statistics on; the crash guard stops without storage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, tablet, openTablet, answerAll, aidantDiagnostic, skipSituation, finishResult } from './harness.mjs';

const fixture = async (name) => JSON.parse(await readFile(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const ONE = { query: 'venues=fixtures/venues-stats.json', code: 'K7QM-3XD9-PA2F-W8HT' };
const TWO = { query: 'venues=fixtures/venues-stats2.json', code: 'Q4ZR-8MHT-2C6N-V1XE' };
ONE.store = `repere.records.${(await fixture('venues-stats.json')).statistics.code_sha256.slice(0, 16)}`;
TWO.store = `repere.records.${(await fixture('venues-stats2.json')).statistics.code_sha256.slice(0, 16)}`;

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const open = (query, init) => openTablet(browser, `${server.url}${query}`, init);

async function unlock(page, code) {
  await page.tap('button.venue-entry');
  await page.waitForSelector('.venue-gate');
  await page.fill('#venue-code-input', code);
  await page.tap('.venue-gate button[type=submit]');
}

/** A format-3 record of a past week. */
function record(week, language, path, device) {
  return { week, mode: 'screening', language, bank: '0123456789abcdef', levels: { device, email: 2 }, path, responses: `device-tap-green:${device > 1 ? 1 : 0}` };
}

test('the venue screen and its exports show only past weeks of at least 5, no count under 5, and rows in no visit order', async () => {
  // Week 40: 6 records, one in Ukrainian, one autonomous; week 41: 2 records.
  const records = [
    record('2026-W40', 'fr', 'training', 4), record('2026-W40', 'fr', 'training', 1), record('2026-W40', 'uk', 'autonomous', 3),
    record('2026-W40', 'fr', 'training', 2), record('2026-W40', 'fr', 'training', 2), record('2026-W40', 'fr', 'training', 3),
    record('2026-W41', 'fr', 'training', 1), record('2026-W41', 'en', 'aidants_connect', 1),
  ];
  const text = JSON.stringify({ format: 3, records });
  const { context, page, errors } = await open(`?mode=aidant&${ONE.query}`, `localStorage.setItem(${JSON.stringify(ONE.store)}, ${JSON.stringify(text)});`);
  await page.waitForSelector('.welcome button.venue-entry');
  await unlock(page, ONE.code);
  await page.waitForSelector('.venue-total');
  assert.equal(await page.getAttribute('.venue-total', 'data-total'), '6', 'week 41 (2 records) is not shown');
  assert.equal(await page.locator('.venue-withheld').count(), 1);
  const cells = await page.$$eval('.chart-table td', (tds) => tds.map((td) => td.dataset.count ?? null));
  for (const c of cells) assert.ok(c === null || Number(c) === 0 || Number(c) >= 5, `a displayed count of ${c}`);
  assert.ok(cells.includes(null), 'small counts are hidden, not shown');
  assert.ok(!(await page.textContent('.venue')).includes('2026-W41'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.tap('a.export-csv')]);
  const rows = (await readFile(await download.path(), 'utf8')).trim().split('\n');
  assert.equal(rows.length, 7, 'a header and the 6 rows of week 40');
  assert.ok(rows.slice(1).every((r) => r.includes(',2026-W40,')));
  assert.ok(!rows.some((r) => r.includes(',uk,')), 'a language of one person is written und');
  assert.equal(rows.filter((r) => r.includes(',und,')).length, 1);
  assert.deepEqual(rows.slice(1), [...rows.slice(1)].sort(), 'in the canonical order, not the order of visits');
  assert.deepEqual(errors, []);
  await context.close();
});

/**
 * Before any page script: note each write of a venue's records (the
 * `repere.records.<id>` key of localStorage, where src/state/stats.rs appends
 * them) with whether `.result` was in the DOM and how many frames had been
 * rendered with it since it appeared. A MutationObserver notes each new
 * `.result`; a rAF loop counts the frames that drew it. A frame counts as
 * painted once its rAF callbacks are over: a write made inside a rAF callback
 * of the frame just counted (before that frame's paint) does not count it.
 */
function watchRecordWrites() {
  const seen = { writes: [] };
  window.__recordWrites = seen;
  let result = null; // the `.result` element being counted
  let frames = 0; // frames run with it in the DOM
  let countedAt = null; // the timestamp of the last frame counted
  let runningFrame = null; // the timestamp of the rAF batch running now, or null
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => raf((ts) => {
    runningFrame = ts;
    try { callback(ts); } finally { runningFrame = null; }
  });
  new MutationObserver(() => {
    const now = document.querySelector('.result');
    if (now !== result) { result = now; frames = 0; countedAt = null; }
  }).observe(document, { childList: true, subtree: true });
  const tick = (ts) => {
    if (result?.isConnected) { frames += 1; countedAt = ts; }
    raf(tick);
  };
  raf(tick);
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (String(key).startsWith('repere.records.')) {
      const shown = document.querySelector('.result');
      // A `.result` the observer has not seen yet was not drawn in any frame.
      const drawn = shown && shown === result ? frames : 0;
      const painted = drawn - (runningFrame !== null && runningFrame === countedAt ? 1 : 0);
      seen.writes.push({ key: String(key), result: !!shown, painted, inFrame: runningFrame !== null });
    }
    return setItem.call(this, key, value);
  };
}

test('the record is written once, after the result is painted', async () => {
  const { context, page, errors } = await open(`?mode=aidant&seed=5&${ONE.query}`, watchRecordWrites);
  await page.waitForSelector('.welcome button.venue-entry');
  assert.deepEqual(await page.evaluate(() => window.__recordWrites.writes), [], 'nothing written before the test');
  await aidantDiagnostic(page);
  await page.waitForFunction(() => window.__recordWrites.writes.length > 0);
  const [write] = await page.evaluate(() => window.__recordWrites.writes);
  assert.equal(write.key, ONE.store);
  assert.ok(write.result, `the result is on screen when the record is written (${JSON.stringify(write)})`);
  assert.ok(write.painted >= 1, `the result was painted before the record was written (${JSON.stringify(write)})`);
  // The person leaves: still that one write, and the record reads back as a record.
  await finishResult(page);
  await page.waitForSelector('.welcome');
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? '{"records":[]}').records.length === 1, ONE.store);
  assert.equal((await page.evaluate(() => window.__recordWrites.writes)).length, 1, 'one write of the record');
  const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), ONE.store));
  assert.equal(stored.format, 3);
  const [kept] = stored.records;
  assert.match(kept.week, /^\d{4}-W\d{2}$/);
  assert.equal(kept.language, 'fr');
  assert.ok(Object.keys(kept.levels).length > 0, 'the levels are kept');
  assert.deepEqual(errors, []);
  await context.close();
});

test('five wrong codes, a reload: still locked', async () => {
  const { context, page, errors } = await open(`?mode=aidant&${ONE.query}`);
  await page.waitForSelector('.welcome button.venue-entry');
  await page.tap('button.venue-entry');
  await page.waitForSelector('.venue-gate');
  for (let i = 0; i < 5; i++) {
    await page.fill('#venue-code-input', `WRONG-CODE-000${i}`);
    await page.tap('.venue-gate button[type=submit]');
    await page.waitForFunction((n) => document.querySelector('#venue-code-error').textContent.length > 0 && n >= 0, i);
  }
  assert.ok(await page.locator('#venue-code-input').isDisabled(), 'locked after five');
  await page.reload();
  await page.waitForSelector('.welcome button.venue-entry');
  await page.tap('button.venue-entry');
  await page.waitForSelector('.venue-gate');
  assert.ok(await page.locator('#venue-code-input').isDisabled(), 'still locked after a reload');
  assert.ok((await page.textContent('#venue-code-error')).length > 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two venues on one origin: each code opens its own store only', async () => {
  const { context, page, errors } = await open(`?mode=aidant&seed=3&${ONE.query}`);
  await page.waitForSelector('.welcome button.venue-entry');
  await aidantDiagnostic(page);
  await finishResult(page);
  await page.waitForSelector('.welcome');
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? '{"records":[]}').records.length === 1, ONE.store);
  // The other venue's file, its own code: its store is empty, the first is untouched.
  await page.goto(`${server.url}?mode=aidant&${TWO.query}`);
  await page.waitForSelector('.welcome button.venue-entry');
  await page.tap('button.venue-entry');
  await page.waitForSelector('.venue-gate');
  await page.fill('#venue-code-input', ONE.code);
  await page.tap('.venue-gate button[type=submit]');
  await page.waitForFunction(() => document.querySelector('#venue-code-error').textContent.length > 0);
  assert.equal(await page.locator('.venue-total').count(), 0, 'the first venue\'s code does not open the second');
  await page.fill('#venue-code-input', TWO.code);
  await page.tap('.venue-gate button[type=submit]');
  await page.waitForSelector('.venue-total');
  await page.tap('button.purge');
  await page.tap('button.purge');
  await page.waitForSelector('.venue-purged:not(:empty)');
  assert.equal(JSON.parse(await page.evaluate((key) => localStorage.getItem(key), ONE.store)).records.length, 1, 'the second venue\'s purge leaves the first one\'s records');
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), TWO.store), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a nearly full store is said on the venue screen of any page, not only the one where a write failed', async () => {
  const filler = `localStorage.setItem('repere.records.filler', 'x'.repeat(4_200_000));`;
  const { context, page, errors } = await open(`?mode=aidant&${ONE.query}`, filler);
  await page.waitForSelector('.welcome button.venue-entry');
  await page.reload();
  await page.waitForSelector('.welcome button.venue-entry');
  await unlock(page, ONE.code);
  await page.waitForSelector('.venue-nearly-full');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the person declines the record and still takes the test: nothing is kept', async () => {
  const { context, page, errors } = await open(`?mode=aidant&seed=4&${ONE.query}`);
  await page.waitForSelector('.welcome button.venue-entry');
  await page.tap('.welcome button.start');
  await page.tap('button.next');
  await page.waitForSelector('.declarative .stats-notice');
  const notice = await page.textContent('.stats-notice');
  assert.match(notice, /semaine/, 'it says what is kept: the week');
  assert.match(notice, /Jamais votre nom/);
  await page.tap('.stats-decline');
  assert.equal(await page.getAttribute('.stats-decline', 'aria-pressed'), 'true');
  await page.waitForSelector('.stats-declined:not(:empty)');
  await page.tap('button.next');
  await page.waitForSelector('[data-item]');
  await answerAll(page, 14);
  await skipSituation(page);
  await page.waitForSelector('.result');
  await finishResult(page);
  await page.waitForSelector('.welcome');
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), ONE.store), null, 'no record kept');
  // The next person starts with the record accepted again.
  await page.tap('.welcome button.start');
  await page.tap('button.next');
  await page.waitForSelector('.declarative .stats-notice');
  assert.equal(await page.getAttribute('.stats-decline', 'aria-pressed'), 'false');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the unlocked venue screen closes on inactivity in aidant mode too', async () => {
  const context = await tablet(browser);
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(`${server.url}?mode=aidant&${ONE.query}`);
  await page.waitForSelector('.welcome button.venue-entry');
  await unlock(page, ONE.code);
  await page.waitForSelector('.venue-total');
  await page.clock.fastForward(60_000);
  assert.equal(await page.locator('.venue-total').count(), 1, 'still open after a minute');
  await page.clock.fastForward(61_000);
  await page.waitForSelector('.welcome');
  assert.equal(await page.locator('.venue').count(), 0, 'closed after the inactivity time');
  await context.close();
});

test('a venue file whose venues fail their checks never turns statistics on', async () => {
  const context = await tablet(browser);
  const page = await context.newPage();
  const refused = page.waitForEvent('console', (m) => m.text().includes('statistics stay off'));
  await page.goto(`${server.url}?mode=aidant&venues=fixtures/venues-stats-invalid.json`);
  await page.waitForSelector('.welcome');
  await refused;
  assert.equal(await page.locator('button.venue-entry').count(), 0);
  await context.close();
});

test('the crash guard stops even when sessionStorage is blocked', async () => {
  const context = await tablet(browser);
  const page = await context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(window, 'sessionStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
    Object.defineProperty(Document.prototype, 'body', { get: () => null, configurable: true });
  });
  let loads = 0;
  page.on('load', () => { loads++; });
  await page.goto(server.url);
  await page.waitForSelector('.crash-stopped[role="alert"]', { timeout: 30_000 });
  const stillHere = await page.evaluate(() => new Promise((ok) => {
    window.__stillHere = true;
    setTimeout(() => ok(window.__stillHere === true && !!document.querySelector('.crash-stopped')), 6_000);
  }));
  assert.ok(stillHere, 'no reload after the notice');
  assert.ok(loads <= 3, `${loads} loads`);
  await context.close();
});
