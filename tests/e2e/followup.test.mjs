// For the people who follow up: the QR of a result is a link to the app's own
// fiche of the code; a code can be typed in aidant mode; and the venue's
// anonymous statistics (on only through the venue's configuration file),
// with the venue screen, exports, purge, and storage failures that never
// break a diagnostic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { serve, distDir, launch, tablet, openTablet, axeViolations, collectErrors, guardRequests, answerAll, aidantDiagnostic, finishResult, shownCode, resultCode } from './harness.mjs';

const require = createRequire(import.meta.url);
const jsQR = require('jsqr');

const VENUE_CODE = 'K7QM-3XD9-PA2F-W8HT'; // its salted hash is in fixtures/venues-stats.json
const STATS = 'venues=fixtures/venues-stats.json';
// This venue's own store (one per venue: the first 16 hex digits of its hash).
const STORE = `repere.records.${JSON.parse(await readFile(new URL('./fixtures/venues-stats.json', import.meta.url), 'utf8')).statistics.code_sha256.slice(0, 16)}`;

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const open = (query, init) => openTablet(browser, `${server.url}${query}`, init);

/** Whether `url` is a file of the built app, asked for without parameters. */
function isFileOfTheApp(url) {
  const u = new URL(url);
  return u.origin === new URL(server.url).origin && u.search === '' && existsSync(join(distDir, u.pathname.slice(1)));
}

/** Read the QR code's SVG (one path of `M x y h n v1 h-n z` runs) in Node. */
function readQr(svg) {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)[1]);
  const scale = 6;
  const px = size * scale;
  const data = new Uint8ClampedArray(px * px * 4).fill(255);
  for (const [, x, y, run] of svg.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < Number(run) * scale; dx++) {
        const i = ((Number(y) * scale + dy) * px + Number(x) * scale + dx) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
    }
  }
  return jsQR(data, px, px)?.data ?? null;
}

/** A well-formed result code (right checksum) of another bank: fingerprint 0x1234. */
function otherBankCode() {
  return resultCode(1, [0x12, 0x34, 0x10, 0, 9, 7, 0x11, 0x22, 0x33, 0x40]);
}

/** What any web storage holds for this origin. */
function storages(page) {
  return page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookies: document.cookie,
    indexedDB: (await indexedDB.databases()).length,
  }));
}

async function openVenueScreen(page, code = VENUE_CODE) {
  await page.tap('button.venue-entry');
  await page.waitForSelector('.venue-gate');
  await page.fill('#venue-code-input', code);
  await page.tap('.venue-gate button[type=submit]');
}

test('the QR holds a link to the fiche; the fiche shows the same result from the code alone', async () => {
  const { context, page, errors } = await open('?mode=aidant&seed=8&lang=en');
  await aidantDiagnostic(page);
  const code = await shownCode(page);
  const link = readQr(await page.innerHTML('.qr'));
  assert.equal(link, `${server.url}?code=${code}`, 'the QR is a link to this app with the code only');
  const levels = await page.$$eval('.level-row', (rows) => rows.map((r) => [r.dataset.domain, r.dataset.level]));
  const path = await page.getAttribute('.result .advice', 'data-path');
  await context.close();

  // The conseiller's phone: a fresh browser, French preferred.
  const phone = await browser.newContext({ viewport: { width: 400, height: 800 }, hasTouch: true, isMobile: true, locale: 'fr-FR' });
  const reader = await phone.newPage();
  const readerErrors = collectErrors(reader);
  const foreign = guardRequests(reader, server.url);
  const requests = [];
  reader.on('request', (r) => requests.push(r.url()));
  await reader.goto(link);
  await reader.waitForSelector('.fiche .level-row');
  const loaded = requests.length;
  assert.equal(await reader.getAttribute('html', 'lang'), 'fr', "the fiche speaks the reader's language");
  const fiche = await reader.$$eval('.fiche .level-row', (rows) => rows.map((r) => [r.dataset.domain, r.dataset.level]));
  assert.deepEqual(fiche, levels, 'the same level in every domain');
  assert.equal(await reader.getAttribute('.fiche .fiche-decision', 'data-path'), path, 'the same referral');
  const measured = levels.filter(([, level]) => level !== 'none').length;
  assert.equal(await reader.locator('.fiche .level-row .precision').count(), measured, 'a precision for each measured domain');
  // Only the app's own files (its bank and texts among them), never a data file or parameters.
  const [, ...assets] = requests;
  assert.deepEqual(assets.filter((u) => !isFileOfTheApp(u)), [], 'the fiche loads nothing but the app');
  assert.deepEqual(await axeViolations(reader), []);
  await reader.emulateMedia({ media: 'print' });
  assert.equal(await reader.locator('.topbar').isVisible(), false, 'printable: the controls are hidden');
  assert.equal(await reader.locator('.fiche .levels').isVisible(), true);
  await reader.emulateMedia({ media: 'screen' });
  // Reading the fiche again makes no request at all (nothing but the app is ever loaded).
  await reader.tap('button.finish');
  await reader.waitForSelector('.welcome');
  assert.equal(requests.length, loaded, 'no request once the app is loaded');
  assert.deepEqual(foreign, []);
  assert.deepEqual(await storages(reader), { local: 0, session: 0, cookies: '', indexedDB: 0 });
  assert.deepEqual(readerErrors, []);
  await phone.close();
});

test('aidant mode: a typed code (any case, spaces) shows the fiche; a code of another bank says so kindly', async () => {
  const { context, page, errors } = await open('?mode=aidant&seed=8');
  await aidantDiagnostic(page);
  const code = await shownCode(page);
  await finishResult(page);
  await page.waitForSelector('.welcome');
  await page.tap('button.read-code-entry');
  await page.waitForSelector('.read-code');
  assert.deepEqual(await axeViolations(page), []);
  // A typing mistake is caught precisely, then the right code in lower case with spaces reads.
  const typo = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
  await page.fill('#read-code-input', typo);
  await page.tap('.read-code button[type=submit]');
  await page.waitForFunction(() => document.querySelector('#read-code-error').textContent.length > 0);
  // The checksum's own message (locales/fr/app.ftl fiche-error-checksum), not any error.
  assert.equal((await page.textContent('#read-code-error')).trim(), 'Un caractère a été mal tapé ou mal lu. Vérifiez le code.');
  const spaced = code.toLowerCase().replace(/(.{4})/g, '$1 ');
  await page.fill('#read-code-input', spaced);
  await page.tap('.read-code button[type=submit]');
  await page.waitForSelector('.fiche .level-row');
  assert.equal(await page.locator('.fiche .level-row').count(), 7);
  await context.close();

  const other = await open(`?code=${otherBankCode()}`);
  await other.page.waitForSelector('.fiche');
  assert.equal(await other.page.getAttribute('.fiche-error', 'data-error'), 'other_bank');
  assert.equal(await other.page.locator('.fiche .level-row').count(), 0, 'no wrong levels are shown');
  assert.deepEqual(await axeViolations(other.page), []);
  assert.deepEqual([...errors, ...other.errors], []);
  await other.context.close();
});

test('stats on: three diagnostics are kept (week, no day, no declared path), shown only once their week is over and holds 5 → purge', async () => {
  const { context, page, errors } = await open(`?mode=aidant&seed=5&${STATS}`);
  for (let i = 0; i < 3; i++) {
    await page.waitForSelector('.welcome button.venue-entry');
    await page.tap('.welcome button.start');
    await page.tap('button.next');
    await page.waitForSelector('.declarative .stats-notice');
    await page.tap('button.next');
    await page.waitForSelector('[data-item]');
    await answerAll(page, 14);
    await finishResult(page);
  }
  await page.waitForSelector('.welcome');
  // A wrong code first: refused, and the data stays hidden.
  await openVenueScreen(page, 'not the code');
  await page.waitForFunction(() => document.querySelector('#venue-code-error').textContent.length > 0);
  assert.equal(await page.locator('.venue-total').count(), 0);
  await page.fill('#venue-code-input', VENUE_CODE);
  await page.tap('.venue-gate button[type=submit]');
  await page.waitForSelector('.venue-total');
  assert.equal(await page.getAttribute('.venue-log', 'data-saved'), '3');
  // This week's three are kept but not shown: no count stands for one person.
  assert.equal(await page.getAttribute('.venue-total', 'data-total'), '0');
  assert.equal(await page.locator('.venue-withheld').count(), 1);
  const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), STORE));
  assert.equal(stored.format, 3);
  assert.equal(stored.records.length, 3);
  for (const r of stored.records) {
    assert.match(r.week, /^\d{4}-W\d\d$/);
    assert.deepEqual(Object.keys(r).sort(), ['bank', 'language', 'levels', 'mode', 'path', 'responses', 'week']);
  }
  assert.ok(!JSON.stringify(stored).includes('abc'), 'nothing typed is in the records');
  assert.deepEqual(await axeViolations(page), []);
  const [download] = await Promise.all([page.waitForEvent('download'), page.tap('a.export-csv')]);
  const csv = await readFile(await download.path(), 'utf8');
  assert.deepEqual(csv.trim().split('\n'), ['format,week,mode,language,bank,path,responses'], 'nothing of this week is exported yet');
  assert.equal(await page.locator('.venue-purge-exports').count(), 1, 'the purge says exported files stay where they were saved');
  await page.tap('button.purge');
  await page.tap('button.purge');
  await page.waitForSelector('.venue-purged:not(:empty)');
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), STORE), null, 'purged');
  assert.deepEqual(errors, []);
  await context.close();
});

test('stats off (no venue configuration, or the national venue array): nothing is written anywhere', async () => {
  for (const query of ['?mode=aidant&seed=5', '?mode=aidant&seed=5&venues=fixtures/venues-ok.json', '?seed=5&venues=sample']) {
    const { context, page, errors } = await open(query);
    await page.waitForSelector('.welcome');
    assert.equal(await page.locator('button.venue-entry').count(), 0, 'no venue screen without statistics');
    if (query.includes('aidant')) {
      await aidantDiagnostic(page);
    } else {
      await page.tap('.welcome button.start');
      for (const screen of ['.how', '.consent', '[data-item]']) {
        await page.tap('button.next');
        await page.waitForSelector(screen);
      }
      assert.equal(await page.locator('.stats-notice').count(), 0);
      await answerAll(page, 30);
    }
    assert.deepEqual(await storages(page), { local: 0, session: 0, cookies: '', indexedDB: 0 }, query);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

const BROKEN = {
  corrupted: () => localStorage.setItem('repere.records', '{"format":2,"records":[{"day":'),
  unavailable: () => Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } }),
  full: () => { Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); }; },
};
const EXPECTED = { corrupted: 'Corrupted', unavailable: 'Unavailable', full: null };

for (const [name, init] of Object.entries(BROKEN)) {
  test(`storage ${name}: the diagnostic still completes; the venue screen says what happened`, async () => {
    const { context, page, errors } = await open(`?mode=aidant&seed=6&${STATS}`, init);
    await page.waitForSelector('.welcome button.venue-entry');
    await aidantDiagnostic(page);
    assert.equal(await page.locator('.result .advice .path-title').count(), 1, 'the result is shown');
    await finishResult(page);
    await page.waitForSelector('.welcome');
    await openVenueScreen(page);
    await page.waitForSelector('.venue-log');
    assert.equal(await page.getAttribute('.venue-log', 'data-saved'), '0');
    assert.equal(await page.getAttribute('.venue-log', 'data-dropped'), '1', 'the dropped record is reported');
    if (EXPECTED[name]) {
      assert.equal(await page.getAttribute('.venue-problem', 'data-problem'), EXPECTED[name]);
    }
    assert.deepEqual(await axeViolations(page), []);
    // Only the browser's own logs of what the test broke; no app error.
    assert.deepEqual(errors.filter((e) => !/blocked|full|SecurityError|Quota/.test(e)), []);
    await context.close();
  });
}

test('records stored in the older format 1, in the shared store of the first version, move to this venue\'s store in format 3', async () => {
  const old = await readFile(new URL('../../crates/records/tests/fixtures/format1.json', import.meta.url), 'utf8');
  const { context, page, errors } = await open(`?mode=aidant&${STATS}`, `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('repere.records', ${JSON.stringify(old)}); }`);
  await page.waitForSelector('.welcome button.venue-entry');
  await openVenueScreen(page);
  await page.waitForSelector('.venue-total');
  assert.equal(await page.locator('.venue-migrated').count(), 1);
  // Two records, each alone in its week: kept, not shown.
  assert.equal(await page.getAttribute('.venue-total', 'data-total'), '0');
  const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), STORE));
  assert.equal(stored.format, 3, 'written back in the current format');
  assert.equal(stored.records.length, 2);
  assert.ok(stored.records.every((r) => r.path === null), 'the old paths could reflect the declarative answers: dropped');
  assert.equal(await page.evaluate(() => localStorage.getItem('repere.records')), null, 'the shared store is gone');
  assert.deepEqual(errors, []);
  await context.close();
});
