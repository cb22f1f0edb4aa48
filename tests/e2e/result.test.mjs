// The result says only what was measured, and the next step comes first
// (issue 20): no level or strength for a domain the test did not measure, the
// advice and a "where" in the first viewport on a tablet and a phone, in
// French and English; a kiosk whose venue file names its venue puts *here*
// first; hours and phones worded for people; the fiche reflows at 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve, distDir, launch, collectErrors, startKiosk, axeViolations, currentItem, waitForNext, shownCode, resultCode, skipSituation } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const SIZES = { tablet: { width: 800, height: 1280 }, phone: { width: 360, height: 740 } };
const bankFile = readdirSync(join(distDir, 'content')).find((f) => f.startsWith('bank-') && f.endsWith('.json'));
const bank = JSON.parse(readFileSync(join(distDir, 'content', bankFile), 'utf8'));
const itemsById = new Map(bank.items.map((i) => [i.id, i]));
const EVIDENCE_MIN_ITEMS = 2; // crates/engine/src/evidence.rs MIN_ITEMS

async function open(size, query) {
  const context = await browser.newContext({ viewport: SIZES[size], hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${server.url}${query}`);
  await page.waitForSelector('.welcome');
  return { context, page, errors };
}

/**
 * Answer every item right (an order item "I don't know": its right order
 * takes many taps) until the result; returns how many items each domain had.
 */
async function answerRight(page, limit = 40) {
  const perDomain = {};
  for (let i = 0; i < limit && (await currentItem(page)); i++) {
    const id = await currentItem(page);
    const item = itemsById.get(id);
    assert.ok(item, `item ${id} is in the bank`);
    perDomain[item.domain] = (perDomain[item.domain] ?? 0) + 1;
    if (item.kind === 'choice') await page.tap(`button[data-option="${item.answer}"]`);
    if (item.kind === 'hotspot') await page.tap(`button[data-region="${item.answer}"]`);
    if (item.kind === 'entry') await page.fill('#entry-input', item.accept[0]);
    if (item.kind === 'order') await page.tap('button.dont-know');
    else await page.tap('button.confirm');
    await waitForNext(page, id);
  }
  await skipSituation(page);
  await page.waitForSelector('.result');
  return perDomain;
}

/** The part of an element above the fold: its top is inside the first viewport. */
async function inFirstViewport(page, selector) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await page.locator(selector).first().boundingBox();
  const height = page.viewportSize().height;
  return box !== null && box.y >= 0 && box.y + Math.min(box.height, 40) <= height;
}

for (const lang of ['fr', 'en']) {
  for (const size of ['tablet', 'phone']) {
    test(`screening (${lang}, ${size}): no level and no strength for a domain it did not measure; the advice and a "where" come first`, async () => {
      const { context, page, errors } = await open(size, `?mode=aidant&seed=5&lang=${lang}`);
      await page.tap('.welcome button.start');
      await page.tap('button.next');
      await page.waitForSelector('.declarative');
      await page.tap('button.next');
      await page.waitForSelector('[data-item]');
      const asked = await answerRight(page);
      const rows = await page.$$eval('.level-row', (els) => els.map((e) => [e.dataset.domain, e.dataset.level]));
      assert.equal(rows.length, bank.domains.length, 'one row per domain');
      const unmeasured = rows.filter(([d]) => (asked[d] ?? 0) < EVIDENCE_MIN_ITEMS).map(([d]) => d);
      assert.ok(unmeasured.length > 0, `a screening leaves some domains unmeasured: ${JSON.stringify(asked)}`);
      for (const [domain, level] of rows) {
        if ((asked[domain] ?? 0) < EVIDENCE_MIN_ITEMS) assert.equal(level, 'none', `${domain} (${asked[domain] ?? 0} answers) shows no level`);
      }
      const notAssessed = await page.locator('.level-row.not-assessed').count();
      assert.ok(notAssessed >= unmeasured.length);
      // Strengths name only measured domains.
      const strengths = await page.$$eval('.strengths li', (els) => els.map((e) => e.textContent));
      const names = Object.fromEntries(await Promise.all(unmeasured.map(async (d) => [d, (await page.textContent(`.level-row[data-domain="${d}"] .domain-name`)).trim()])));
      for (const d of unmeasured) assert.ok(!strengths.includes(names[d]), `no strength for unmeasured ${d}`);
      // The next step first: the advice heading, the path and a "where" in the first viewport.
      assert.ok(await inFirstViewport(page, '#advice-title'), 'the advice heading is in the first viewport');
      assert.ok(await inFirstViewport(page, '.advice .path-title'), 'what to do is in the first viewport');
      assert.ok(await inFirstViewport(page, '.where-title'), 'where to go is in the first viewport');
      assert.ok(await inFirstViewport(page, '.advice .offers-generic, .advice .offer'), 'a place or what to ask for, in the first viewport');
      // The aidant sees the levels unfolded.
      assert.equal(await page.getAttribute('.levels-details', 'open'), '');
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'no horizontal scroll');
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

for (const lang of ['fr', 'en']) {
  for (const size of ['tablet', 'phone']) {
    test(`kiosk with a venue file that names its venue (${lang}, ${size}): here first, then the nearest; hours and phones for people`, async () => {
      const { context, page, errors } = await open(size, `?seed=21&lang=${lang}&venues=fixtures/venues-here.json`);
      await startKiosk(page);
      await page.tap('button.pause');
      await page.tap('button.finish-now');
      await skipSituation(page);
      await page.waitForSelector('.result .offer');
      const ids = await page.$$eval('.advice .offer', (els) => els.map((e) => e.dataset.venue));
      assert.equal(ids[0], 'ici-01', 'this venue first');
      assert.ok(!ids.includes('loin-03'), 'a venue 400 km away is not "near"');
      assert.equal(await page.locator('.offer.here').count(), 1);
      const here = await page.textContent('.offer.here .place-name');
      assert.match(here, lang === 'fr' ? /^Ici, à l.accueil de Médiathèque du Pré-Vert$/ : /^Here, at the desk of Médiathèque du Pré-Vert$/);
      assert.ok(await inFirstViewport(page, '.offer.here'), '"here" is in the first viewport');
      const text = await page.textContent('.result');
      assert.doesNotMatch(text, /\b(Mo|Tu|We|Th|Fr|Sa|Su)(-(Mo|Tu|We|Th|Fr|Sa|Su))? \d\d:\d\d/, 'no raw opening_hours');
      assert.doesNotMatch(text, /\+33/, 'no raw international number');
      const hours = await page.textContent('.offer.here .hours');
      assert.equal(hours, lang === 'fr' ? 'mardi au samedi, 10\u00a0h – 18\u00a0h' : 'Tuesday to Saturday, 10:00–18:00');
      const phone = page.locator('.offer.here .phone a');
      assert.equal(await phone.getAttribute('href'), 'tel:+33465710001');
      assert.equal(await phone.textContent(), '04 65 71 00 01');
      // Services are named only where the data says so.
      const nearServices = await page.textContent('.offer[data-venue="pres-02"] .services');
      assert.match(nearServices, /Aidants Connect/);
      assert.doesNotMatch(await page.textContent('.offer.here .services'), /Aidants Connect/);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test('the fiche of a screening code: the same measured rows, no horizontal scroll at 360 px, the report thematics', async () => {
  const { context, page } = await open('tablet', '?mode=aidant&seed=5');
  await page.tap('.welcome button.start');
  await page.tap('button.next');
  await page.waitForSelector('.declarative');
  await page.tap('button.next');
  await page.waitForSelector('[data-item]');
  await answerRight(page);
  const code = await shownCode(page);
  assert.match(code, /^R2-[0-9A-Z]{26}$/);
  assert.equal((await page.textContent('.result-code')).trim(), `R2-${code.slice(3).match(/.{1,4}/g).join(' ')}`, 'shown in groups of four');
  const rows = await page.$$eval('.level-row', (els) => els.map((e) => [e.dataset.domain, e.dataset.level]));
  const path = await page.getAttribute('.advice', 'data-path');
  const topics = await page.$$eval('.result .topics li', (els) => els.map((e) => e.textContent));
  await context.close();

  // The conseiller's phone opens the fiche directly (no welcome screen).
  const ctx = await browser.newContext({ viewport: SIZES.phone, hasTouch: true, isMobile: true });
  const reader = await ctx.newPage();
  const errors = collectErrors(reader);
  await reader.goto(`${server.url}?code=${code}&lang=fr`);
  await reader.waitForSelector('.fiche .level-row');
  assert.deepEqual(await reader.$$eval('.fiche .level-row', (els) => els.map((e) => [e.dataset.domain, e.dataset.level])), rows);
  assert.equal(await reader.getAttribute('.fiche-decision', 'data-path'), path);
  assert.deepEqual(await reader.$$eval('.fiche .topics li', (els) => els.map((e) => e.textContent)), topics, 'the same topics as the result');
  assert.ok(topics.length <= 5);
  assert.match(await reader.textContent('.report-themes'), /^Diagnostic numérique/);
  assert.match(await reader.textContent('.fiche-test'), /\d{4}/, 'the date of the test');
  assert.equal(await reader.evaluate(() => document.documentElement.scrollWidth), 360, 'no horizontal overflow at 360 px');
  // The decision comes before the levels.
  const order = await reader.evaluate(() => {
    const d = document.querySelector('.fiche-decision').getBoundingClientRect().top;
    const l = document.querySelector('.fiche .levels').getBoundingClientRect().top;
    return d < l;
  });
  assert.equal(order, true);
  assert.deepEqual(await axeViolations(reader), []);
  // Printable on one A4 page.
  await reader.emulateMedia({ media: 'print' });
  const pdf = (await reader.pdf({ format: 'A4', printBackground: false })).toString('latin1');
  const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 1, `the fiche prints on one A4 page, not ${pages}`);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('an older (version 1) code still opens a fiche, marked as older', async () => {
  const ctx = await browser.newContext({ viewport: SIZES.phone, hasTouch: true, isMobile: true });
  const reader = await ctx.newPage();
  // A version 1 code of the shipped bank: profile, training, 7 domains (made with the v1 layout and checksum).
  const bytes = [...fingerprintBytes(bank.domains.map((d) => d.id)), 0x80 | (1 << 4), 0, 17, 7, 0x11, 0x22, 0x33, 0x40];
  const code = resultCode(1, bytes);
  await reader.goto(`${server.url}?code=${code}`);
  await reader.waitForSelector('.fiche .level-row');
  assert.equal(await reader.locator('.older-code').count(), 1);
  await ctx.close();
});

function fingerprintBytes(ids) {
  let hash = 0x811c9dc5;
  for (const id of ids) {
    for (const b of [...new TextEncoder().encode(id), 10]) {
      hash ^= b;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  const fp = ((hash >>> 16) ^ (hash & 0xffff)) & 0xffff;
  return [fp >> 8, fp & 0xff];
}
