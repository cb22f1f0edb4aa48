// The kiosk and aidant experiences end to end on a tablet: full sessions, the
// referral and local offers, the print view, pause, read-aloud, language
// switching mid-test, and the inactivity reset that leaves no trace.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, tablet, axeViolations, currentItem, waitForNext, collectErrors, startKiosk, answerAll, assertNoTrace } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function open(query) {
  const context = await tablet(browser);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${server.url}${query}`);
  await page.waitForSelector('.welcome');
  return { context, page, errors };
}

test('kiosk: a full session ends with levels, a referral with reasons, and local offers', async () => {
  const { context, page, errors } = await open('?seed=21&venues=sample');
  await startKiosk(page);
  await answerAll(page);
  assert.equal(await page.locator('.level-row').count(), 7);
  assert.ok((await page.locator('.referral .path-title').textContent()).length > 3);
  assert.ok(await page.locator('.reasons li').count() >= 1, 'the referral gives its reasons');
  assert.ok(await page.locator('.offer').count() >= 1, 'the sample venue file gives offers');
  // The hand-off: a QR code and a result code that the `repere` command decodes.
  assert.equal(await page.locator('.qr svg').count(), 1);
  const code = (await page.textContent('.result-code')).trim();
  assert.match(code, /^R1-[0-9A-Z]+$/);
  const repere = resolve(dirname(fileURLToPath(import.meta.url)), '../../target/debug/repere');
  const decoded = JSON.parse(execFileSync(repere, ['decode', code, '--json', '--bank', resolve(dirname(fileURLToPath(import.meta.url)), '../..')], { encoding: 'utf8' }));
  const shownPath = await page.getAttribute('.referral', 'data-path');
  assert.equal(JSON.stringify(decoded).includes(shownPath), true, `the code carries the path ${shownPath}: ${JSON.stringify(decoded)}`);
  assert.deepEqual(await axeViolations(page), []);
  await page.tap('button.finish');
  await page.waitForSelector('.welcome');
  await assertNoTrace(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test('without a venue file the referral shows generic national guidance', async () => {
  const { context, page } = await open('?seed=21');
  await startKiosk(page);
  await page.tap('button.pause');
  await page.waitForSelector('.pause-panel');
  assert.deepEqual(await axeViolations(page), []);
  await page.tap('button.finish-now');
  await page.waitForSelector('.result');
  assert.equal(await page.locator('.offer').count(), 0);
  assert.equal(await page.locator('.offers-generic').count(), 1);
  await context.close();
});

test('an unknown venue file falls back to guidance with a discreet notice', async () => {
  const { context, page, errors } = await open('?seed=21&venues=nowhere');
  await startKiosk(page);
  await page.tap('button.pause');
  await page.tap('button.finish-now');
  await page.waitForSelector('.result');
  assert.equal(await page.locator('.offers-generic.notice').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('aidant: declarative part, screening, result sheet with precision and a print view', async () => {
  const { context, page, errors } = await open('?mode=aidant&seed=8&venues=sample');
  await page.tap('.welcome button.start');
  await page.tap('button.next');
  await page.waitForSelector('.declarative');
  assert.deepEqual(await axeViolations(page), []);
  await page.tap('[data-question="smartphone"] [data-value="decl-yes"]');
  await page.tap('[data-question="internet"] [data-value="decl-no"]');
  await page.tap('[data-question="procedure"] [data-value="decl-procedure-week"]');
  await page.tap('[data-question="learn"] [data-value="decl-yes"]');
  await page.tap('button.next');
  await page.waitForSelector('[data-item]');
  const started = Date.now();
  await answerAll(page, 14);
  const asked = await page.evaluate(() => document.querySelectorAll('.level-row').length);
  assert.equal(asked, 7);
  assert.equal(await page.locator('.precision').count(), 7, 'aidants see the precision of each level');
  assert.equal(await page.locator('dl.declared dt').count(), 7, 'the declared situation is on the sheet');
  assert.ok(await page.locator('[data-reason="reason-urgent-procedure"]').count() === 1, 'an urgent procedure is a stated reason');
  assert.deepEqual(await axeViolations(page), []);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.topbar').isVisible(), false, 'the print view hides the controls');
  assert.equal(await page.locator('.result').isVisible(), true);
  await page.emulateMedia({ media: 'screen' });
  assert.ok(Date.now() - started < 60_000);
  assert.deepEqual(errors, []);
  await context.close();
});

test('kiosk: inactivity warns, then resets and leaves no trace', async () => {
  const { context, page, errors } = await open('?seed=4&idle=15');
  await startKiosk(page);
  const first = await currentItem(page);
  await page.tap('button.dont-know');
  await waitForNext(page, first);
  await page.waitForSelector('.overlay[role="alertdialog"]', { timeout: 20_000 });
  assert.deepEqual(await axeViolations(page), []);
  await page.waitForSelector('.welcome', { timeout: 30_000 });
  await assertNoTrace(page);
  assert.equal(await page.content().then((html) => html.includes(first)), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('switching language mid-test keeps the answers', async () => {
  const { context, page } = await open('?seed=9');
  await startKiosk(page);
  for (let i = 0; i < 2; i++) {
    const id = await currentItem(page);
    await page.tap('button.dont-know');
    await waitForNext(page, id);
  }
  const before = await page.textContent('.progress-label');
  const stemFr = await page.textContent('#item-stem');
  await page.tap('.topbar button.lang[lang="en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal((await page.textContent('.progress-label')).replace(/\D/g, ''), before.replace(/\D/g, ''));
  assert.notEqual(await page.textContent('#item-stem'), stemFr);
  await context.close();
});

test('read-aloud speaks the screen when switched on, and is off by default', async () => {
  const context = await tablet(browser);
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__spoken = [];
    if (window.speechSynthesis) {
      window.speechSynthesis.speak = (u) => window.__spoken.push({ text: u.text, lang: u.lang });
    }
  });
  await page.goto(`${server.url}?seed=3`);
  await page.waitForSelector('.welcome');
  await page.waitForSelector('button.read-aloud');
  assert.equal(await page.getAttribute('button.read-aloud', 'aria-pressed'), 'false');
  assert.equal(await page.evaluate(() => window.__spoken.length), 0);
  await page.tap('button.read-aloud');
  await page.waitForFunction(() => window.__spoken.length > 0);
  const spoken = await page.evaluate(() => window.__spoken.at(-1));
  assert.match(spoken.text, /Bienvenue/);
  assert.equal(spoken.lang, 'fr');
  await context.close();
});

test('reloading the page or opening a new tab shows nothing of the previous person', async () => {
  const { context, page } = await open('?seed=12');
  await startKiosk(page);
  const first = await currentItem(page);
  await page.tap('button.dont-know');
  await waitForNext(page, first);
  await page.reload();
  await page.waitForSelector('.welcome');
  await assertNoTrace(page);
  const other = await context.newPage();
  await other.goto(`${server.url}?seed=12`);
  await other.waitForSelector('.welcome');
  await assertNoTrace(other);
  await context.close();
});

test('an unknown question in the authors\' preview gives a kind error screen with a way back', async () => {
  const { context, page, errors } = await (async () => {
    const context = await tablet(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}?preview=no-such-item`);
    return { context, page, errors };
  })();
  await page.waitForSelector('.error[role="alert"]');
  assert.deepEqual(await axeViolations(page), []);
  await page.tap('.error button.primary');
  await page.waitForSelector('.welcome');
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [file, expectOffers] of [['venues-ok.json', true], ['venues-broken.json', false], ['missing.json', false]]) {
  test(`a venue file on the site's own origin (${file}) ${expectOffers ? 'gives offers' : 'falls back with a notice'}`, async () => {
    const context = await tablet(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}?seed=21&venues=fixtures/${file}`);
    await page.waitForSelector('.welcome');
    await startKiosk(page);
    await page.tap('button.pause');
    await page.tap('button.finish-now');
    await page.waitForSelector('.offer, .offers-generic');
    assert.equal(await page.locator('.offer').count() > 0, expectOffers);
    assert.equal(await page.locator('.offers-generic.notice').count(), expectOffers ? 0 : 1);
    assert.ok(await page.locator('.referral .path-title').count() === 1, 'the referral shows either way');
    // A missing file is a 404 the browser logs; nothing else may go wrong.
    assert.deepEqual(errors.filter((e) => !e.includes('404')), []);
    await context.close();
  });
}
