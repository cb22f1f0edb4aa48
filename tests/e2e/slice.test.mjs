// The first vertical slice, end to end in Chromium: welcome → language →
// adaptive questions → result, by touch on a tablet and by keyboard alone, in
// French and English, with an axe-core scan of every screen and item kind.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, tablet, desktop, axeViolations, currentItem, waitForNext, guardRequests, collectErrors, skipSituation } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const MAX_SCREENS = 40;

/** Answer the item on screen by touch, in the way its kind needs. */
async function answerByTouch(page, index) {
  const kind = await page.getAttribute('[data-item]', 'data-kind');
  if (index % 4 === 3) { await page.tap('button.dont-know'); return kind; }
  if (kind === 'choice') await page.locator('button.choice').first().tap();
  if (kind === 'hotspot') await page.locator('button.region').first().tap();
  if (kind === 'order') await page.locator('button.move:not([disabled])').first().tap();
  if (kind === 'entry') await page.fill('#entry-input', '1234');
  await page.tap('button.confirm');
  return kind;
}

async function scan(page, label, seen) {
  if (seen.has(label)) return;
  seen.add(label);
  assert.deepEqual(await axeViolations(page), [], `axe violations on ${label}`);
}

for (const lang of ['fr', 'en']) {
  test(`tablet, touch only, ${lang}: the slice reaches a result`, async () => {
    const context = await tablet(browser);
    const page = await context.newPage();
    const foreign = guardRequests(page, server.url);
    const errors = collectErrors(page);
    const scanned = new Set();
    await page.goto(`${server.url}?seed=11`);
    await page.waitForSelector('.welcome');
    await scan(page, 'welcome', scanned);
    await page.tap('.welcome button.primary');
    await page.waitForSelector('button.language');
    await scan(page, 'language', scanned);
    await page.tap(`button.language[lang="${lang}"]`);
    // The language applies once its text has arrived (fetched on first use).
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await page.tap('button.next');
    await page.waitForSelector('.how');
    await scan(page, 'how it works', scanned);
    await page.tap('button.practice-choice');
    await page.tap('button.next');
    await page.waitForSelector('.consent');
    await scan(page, 'consent', scanned);
    await page.tap('button.next');
    await page.waitForSelector('[data-item]');
    const kinds = [];
    for (let i = 0; i < MAX_SCREENS && (await currentItem(page)); i++) {
      const id = await currentItem(page);
      const kind = await page.getAttribute('[data-item]', 'data-kind');
      await scan(page, `item kind ${kind}`, scanned);
      kinds.push(await answerByTouch(page, i));
      await waitForNext(page, id);
    }
    await skipSituation(page);
    await page.waitForSelector('.result');
    await scan(page, 'result', scanned);
    const rows = await page.locator('.level-row').count();
    assert.equal(rows, 7, 'the result lists each of the 7 domains, measured or "not assessed"');
    const levels = await page.$$eval('.level-row', (els) => els.map((e) => e.dataset.level));
    assert.ok(levels.every((l) => l === 'none' || (Number(l) >= 1 && Number(l) <= 4)), `levels within 1..4 or not assessed: ${levels}`);
    assert.equal(await page.locator('.level-row[data-level="none"]').count(), await page.locator('.level-row.not-assessed').count());
    assert.ok(kinds.length >= 4, `at least a few items were asked (${kinds.length})`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.deepEqual(foreign, [], 'no request leaves the device');
    assert.deepEqual(errors, [], 'no error in the page');
    await context.close();
  });
}

/** Press Tab until the focused element matches `selector`. */
async function tabTo(page, selector, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`keyboard could not reach ${selector}`);
}

test('keyboard only, English: the slice reaches a result', async () => {
  const context = await desktop(browser);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${server.url}?lang=en&seed=5`);
  await page.waitForSelector('.welcome');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await tabTo(page, '.welcome button.primary');
  await page.keyboard.press('Enter');
  await page.waitForSelector('button.language');
  for (const screen of ['.how', '.consent', '.question-screen']) {
    await tabTo(page, 'button.next');
    await page.keyboard.press('Enter');
    await page.waitForSelector(screen);
  }
  await page.waitForSelector('[data-item]');
  let answered = 0;
  for (let i = 0; i < MAX_SCREENS && (await currentItem(page)); i++) {
    const id = await currentItem(page);
    const kind = await page.getAttribute('[data-item]', 'data-kind');
    if (kind === 'choice' && i % 2 === 0) {
      await tabTo(page, 'button.choice');
      await page.keyboard.press('Space');
      await tabTo(page, 'button.confirm');
      await page.keyboard.press('Enter');
    } else if (kind === 'entry' && i % 2 === 0) {
      await tabTo(page, '#entry-input');
      await page.keyboard.type('1234');
      await page.keyboard.press('Enter');
    } else {
      await tabTo(page, 'button.dont-know');
      await page.keyboard.press('Enter');
    }
    answered++;
    await waitForNext(page, id);
  }
  await skipSituation(page);
  await page.waitForSelector('.result');
  assert.ok(answered >= 4);
  assert.equal((await page.textContent('#result-title')).trim(), 'Your result');
  assert.deepEqual(errors, []);
  await context.close();
});

test('each new screen starts at its heading, so a second Enter never goes on to the next screen', async () => {
  const context = await desktop(browser);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${server.url}?seed=5`);
  await page.waitForSelector('.welcome');
  await tabTo(page, '.welcome button.primary');
  for (const heading of ['language-title', 'how-title', 'consent-title']) {
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.activeElement?.id === id, heading);
    // Enter again, where the button was: nothing happens.
    await page.keyboard.press('Enter');
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    assert.ok(await page.locator(`#${heading}`).count(), `still on ${heading}`);
    await tabTo(page, 'button.next');
  }
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-item]');
  assert.deepEqual(errors, []);
  await context.close();
});

test('malformed URL parameters fall back to safe defaults', async () => {
  const context = await tablet(browser);
  const page = await context.newPage();
  const errors = collectErrors(page);
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(`${server.url}?lang=xx-%00&mode=<script>&seed=abc&idle=-5&&=`);
  await page.waitForSelector('.welcome');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr', 'lang: the default language');
  // Each bad parameter is named as ignored (and its default kept).
  const ignored = warnings.find((w) => w.startsWith('Repère: ignored URL parameters:'));
  assert.ok(ignored, `a warning lists the ignored parameters: ${warnings}`);
  for (const p of ['lang=xx-%00', 'mode=%3Cscript%3E', 'seed=abc', 'idle=-5']) assert.ok(ignored.includes(p), `${p} in "${ignored}"`);
  // mode: the default kiosk (its "how it works" and consent screens).
  await page.tap('.welcome button.primary');
  for (const screen of ['.how', '.consent', '[data-item]']) {
    await page.tap('button.next');
    await page.waitForSelector(screen);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
