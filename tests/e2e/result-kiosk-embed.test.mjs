// Issue 20, parts 5–7: the kiosk result stays while it is read (a longer
// wait, then a warning with a seconds countdown), "Terminer" asks once, a
// code typed with spaces opens the fiche; embedded, the widget speaks to a
// person on their own device (no kiosk words, no print or QR, the host's
// declared name), and in aidant mode the sharing notice comes before the
// first question and `completed` carries nothing derived from the
// declarative answers; the welcome and the progress line give the engine's
// real range, read here from assessments/bank.toml.
//
// Time is Playwright's fake clock (`page.clock`): minutes pass in
// milliseconds, and the app's own timers (setTimeout, setInterval, Date) run
// on it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  serve, serveEmbedding, launch, tablet, axeViolations, collectErrors, currentItem, waitForNext,
  startKiosk, answerAll, assertNoTrace, skipSituation, toResult } from './harness.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let server, origins, browser;
before(async () => { server = await serve(); origins = await serveEmbedding(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); await origins?.close(); });

const phone = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 };
const sizes = [['tablet', null], ['phone', phone]];

async function open(query, size = null) {
  const context = size ? await browser.newContext(size) : await tablet(browser);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.clock.install();
  await page.goto(`${server.url}${query}`);
  await page.waitForSelector('.welcome');
  await smallTimerIds(page);
  return { context, page, errors };
}

/** The fake clock numbers its timers from 10^12, which web-sys passes to
 * clearTimeout as an i32 (truncated: nothing is cleared). Give the app small
 * ids, as real browsers do (the app sets no timer on the welcome screen). */
function smallTimerIds(page) {
  return page.evaluate(() => {
    const ids = new Map();
    let next = 1;
    for (const [set, clear] of [['setTimeout', 'clearTimeout'], ['setInterval', 'clearInterval']]) {
      const [realSet, realClear] = [window[set], window[clear]];
      window[set] = (...args) => { const id = next++; ids.set(id, realSet(...args)); return id; };
      window[clear] = (id) => { realClear(ids.get(id)); ids.delete(id); };
    }
  });
}

/** The seconds the inactivity warning shows, or null without a warning. */
const warningSeconds = (page) => page.evaluate(() => {
  const p = document.querySelector('.overlay .idle-countdown');
  return p ? Number(p.dataset.seconds) : null;
});

/** A mode's length settings in assessments/bank.toml, and the range they promise
 * (profile: at least `min_items_per_domain` in every domain). */
function lengthRange(mode) {
  const toml = readFileSync(resolve(root, 'assessments/bank.toml'), 'utf8');
  const section = toml.split(/^\[/m).find((s) => s.startsWith(`settings.${mode}]`));
  const value = (key) => Number(section.match(new RegExp(`^${key}\\s*=\\s*(\\d+)`, 'm'))?.[1] ?? 0);
  const domains = (toml.match(/^\[\[domain\]\]/gm) ?? []).length;
  const perDomain = mode === 'profile' ? value('min_items_per_domain') * domains : 0;
  const max = value('max_items');
  assert.ok(max > 0 && domains === 7, `bank.toml read: ${mode} max ${max}, ${domains} domains`);
  return { min: Math.min(Math.max(value('min_items'), perDomain), max), max };
}

// 5. The kiosk result stays while it is read ----------------------------------------------

for (const [size, viewport] of sizes) {
  const lang = size === 'tablet' ? 'fr' : 'en';
  // KNOWN DEFECT (closing note, issue 20 stays open): since the merge with the
  // post-test questions, the result resets after the question's 2 minutes
  // instead of waiting 5; the cause was not found in the session's time.
  test(`kiosk (${size}, ${lang}): the result survives 2 minutes of reading, then warns with a live countdown`, async () => {
    const { context, page, errors } = await open(`?seed=21&lang=${lang}`, viewport);
    await startKiosk(page);
    // A question keeps the short wait: the warning comes at 100 s, 20 s ahead.
    await page.clock.runFor(99_000);
    assert.equal(await warningSeconds(page), null, 'no warning before 100 s on a question');
    await page.clock.runFor(2_000);
    const onQuestion = await warningSeconds(page);
    assert.ok(onQuestion > 0 && onQuestion <= 20, `question warning: ${onQuestion} s left`);
    await page.tap('.overlay button');
    await toResult(page);

    await page.clock.runFor(120_000);
    assert.equal(await page.locator('.result').count(), 1, 'the result is still there after 2 minutes');
    assert.equal(await warningSeconds(page), null, 'and no warning yet');
    await page.clock.runFor(121_000); // 4 min 1 s: the warning, a minute ahead
    const first = await warningSeconds(page);
    assert.ok(first >= 55 && first <= 60, `the warning counts down from a minute: ${first} s`);
    const word = lang === 'fr' ? 'secondes' : 'seconds';
    assert.match(await page.textContent('.overlay .idle-countdown'), new RegExp(`\\b${first} ${word}\\b`));
    await page.clock.runFor(3_000);
    const later = await warningSeconds(page);
    assert.ok(first - later >= 2 && first - later <= 4, `the count goes down each second: ${first} → ${later}`);
    assert.match(await page.textContent('.overlay .idle-countdown'), new RegExp(`\\b${later} ${word}\\b`));
    // Screen readers: a polite live region says it too (not every second).
    assert.equal(await page.getAttribute('.overlay [aria-live]', 'aria-live'), 'polite');
    // The dialog fits the screen, button included.
    const box = await page.locator('.overlay .dialog').boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= page.viewportSize().height && box.x + box.width <= page.viewportSize().width, `dialog ${JSON.stringify(box)}`);
    assert.deepEqual(await axeViolations(page), []);
    // "I am here": the result stays.
    await page.tap('.overlay button');
    assert.equal(await warningSeconds(page), null);
    assert.equal(await page.locator('.result').count(), 1);
    // Left alone, it is erased after 5 minutes.
    await page.clock.runFor(301_000);
    await page.waitForSelector('.welcome');
    await assertNoTrace(page, lang);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('kiosk: "Terminer" asks once, "Revenir" keeps the result, "Oui, effacer" erases', async () => {
  const { context, page, errors } = await open('?seed=21');
  await startKiosk(page);
  await toResult(page);
  await page.tap('button.finish');
  await page.waitForSelector('.confirm-finish');
  assert.match(await page.textContent('#confirm-finish-text'), /noté ou imprimé votre code/);
  assert.equal(await page.locator('.result').count(), 1, 'nothing is erased by the first tap');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'big finish-back', '"Revenir" has the focus');
  await page.tap('button.finish-back');
  assert.equal(await page.locator('.confirm-finish').count(), 0);
  assert.equal(await page.locator('.result').count(), 1);
  await page.tap('button.finish');
  await page.tap('button.finish-yes');
  await page.waitForSelector('.welcome');
  await assertNoTrace(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test('aidant: a code typed with spaces, in lower case and without its dash opens the fiche', async () => {
  const kiosk = await open('?seed=21');
  await startKiosk(kiosk.page);
  await toResult(kiosk.page);
  const code = await kiosk.page.getAttribute('.result-code', 'data-code');
  await kiosk.context.close();
  assert.match(code, /^R\d-[0-9A-Z]+$/);
  // As a person copies it from the screen: groups of 4, a space for the dash.
  const typed = code.replace('-', ' ').toLowerCase().replace(/(\S{4})(?=\S)/g, '$1 ');
  assert.notEqual(typed.replace(/ /g, ''), code.replace('-', ''), 'typed differently (case)');
  const { context, page, errors } = await open('?mode=aidant');
  await page.tap('button.read-code-entry');
  await page.fill('#read-code-input', typed);
  await page.tap('.read-code button.next');
  await page.waitForSelector('.fiche');
  assert.equal((await page.textContent('.fiche .result-code')).replace(/[\s-]/g, ''), code.replace('-', ''));
  assert.equal(await page.locator('.fiche-error').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

// 7. Honest length ---------------------------------------------------------------------

for (const [mode, query, engineMode] of [['kiosk', '', 'profile'], ['aidant', 'mode=aidant&', 'screening']]) {
  for (const lang of ['fr', 'en']) {
    test(`${mode} (${lang}): the welcome and the progress line give the bank's ${engineMode} range`, async () => {
      const { min, max } = lengthRange(engineMode);
      const { context, page } = await open(`?${query}seed=3&lang=${lang}`);
      const welcome = await page.textContent('.welcome');
      const range = lang === 'fr' ? `Entre ${min} et ${max} exercices` : `Between ${min} and ${max} exercises`;
      assert.ok((await page.textContent('.welcome .length')).includes(range), `"${range}" in: ${welcome}`);
      assert.doesNotMatch(welcome, /dizaine|minutes|about ten/i, 'no hand-written length');
      if (mode === 'kiosk') {
        await startKiosk(page);
      } else {
        await page.tap('.welcome button.start');
        await page.tap('button.next');
        await page.tap('.declarative button.next');
        await page.waitForSelector('[data-item]');
      }
      for (let answered = 0; answered < 2; answered++) {
        const left = max - answered - 1;
        assert.equal(Number(await page.getAttribute('.progress-label', 'data-left')), left);
        const label = await page.textContent('.progress-label');
        const expected = lang === 'fr' ? `Question ${answered + 1} · encore ${left} au plus` : `Question ${answered + 1} · at most ${left} more`;
        assert.equal(label.replace(/[\u2068\u2069]/g, ''), expected);
        const id = await currentItem(page);
        await page.tap('button.dont-know');
        await waitForNext(page, id);
      }
      await context.close();
    });
  }
}

// 6. Embedded: a person at home ----------------------------------------------------------

/** The demo venue page with ?data-…= attributes on its embed.js tag; returns page and widget frame. */
async function openVenue(data = {}, contextOptions = phone) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const errors = collectErrors(page);
  const query = new URLSearchParams(Object.entries(data).map(([k, v]) => [`data-${k}`, v]));
  await page.goto(`${origins.hostOrigin}/?${query}`);
  const frame = await (await page.waitForSelector('iframe[data-repere]')).contentFrame();
  await frame.waitForSelector('.welcome');
  await page.waitForSelector('#events li[data-type="ready"]');
  return { context, page, frame, errors };
}

const events = (page) => page.$$eval('#events li', (items) => items.map((li) => JSON.parse(li.textContent)));

function decode(code) {
  return JSON.stringify(JSON.parse(execFileSync(resolve(root, 'target/debug/repere'), ['decode', code, '--json', '--bank', root], { encoding: 'utf8' })));
}

// ("revenir à l'accueil" is "back to the start": not a kiosk word.)
const KIOSK_WORDS = /tablette|tablet|personne suivante|next person|l'accueil de|at the desk|imprim|print/i;
const HOST_NAME = 'Médiathèque de la Roseraie';

test('embed, aidant mode: the sharing notice names the declared host and is accepted before the first question; completed carries nothing declared', async () => {
  const { context, page, frame, errors } = await openVenue({ mode: 'aidant', 'host-name': HOST_NAME });
  await frame.tap('.welcome button.start');
  await frame.tap('button.next');
  await frame.waitForSelector('.consent');
  assert.equal(await frame.locator('.declarative, [data-item]').count(), 0, 'nothing asked before the notice');
  const notice = await frame.textContent('.shares-result');
  assert.ok(notice.includes(HOST_NAME), `the declared name: ${notice}`);
  assert.ok(!notice.includes(origins.hostOrigin) && !notice.includes('localhost'), `not the raw origin: ${notice}`);
  assert.match(await frame.textContent('.shares-no-declarative'), /ne sont pas transmises/);
  assert.doesNotMatch(await frame.textContent('.consent'), KIOSK_WORDS);
  assert.match(await frame.textContent('.consent'), /cet appareil/);
  await frame.tap('.consent button.next');
  await frame.waitForSelector('.declarative');
  // No device, no internet at home: a fact the person declares, which changes the advice.
  // DOM clicks (no coordinates): the host resizes the widget's iframe as the
  // long form lays out, and a pointer tap can land where a button was.
  for (const question of ['smartphone', 'computer', 'internet']) {
    await frame.locator(`fieldset[data-question="${question}"] button[data-value="decl-no"]`).dispatchEvent('click');
  }
  await frame.locator('.declarative button.next').dispatchEvent('click');
  await frame.waitForSelector('[data-item]');
  await answerAll(frame, 14);
  await page.waitForSelector('#events li[data-type="completed"]');
  const completed = (await events(page)).find((e) => e.type === 'completed');
  assert.deepEqual(Object.keys(completed).sort(), ['code', 'levels', 'path', 'repere', 'type'], 'completed carries nothing else');
  const shownCode = await frame.getAttribute('.result-code', 'data-code');
  assert.match(decode(shownCode), /equipment_first/, 'on screen, the declared situation counts (the test is meaningful)');
  assert.doesNotMatch(decode(completed.code), /equipment_first/, 'the host never learns it');
  assert.notEqual(completed.path, 'equipment_first');
  const shown = await frame.$$eval('.level-row', (rows) => Object.fromEntries(rows.filter((r) => r.dataset.level !== 'none').map((r) => [r.dataset.domain, Number(r.dataset.level)])));
  assert.deepEqual(completed.levels, shown, 'the measured levels, as shown');
  // Nothing to print, no QR on the person's own device.
  assert.equal(await frame.locator('.result button.print, .result .qr').count(), 0);
  await frame.tap('button.finish');
  assert.doesNotMatch(await frame.textContent('#confirm-finish-text'), KIOSK_WORDS);
  await frame.waitForFunction(() => document.activeElement?.matches('button.finish-back'));
  assert.deepEqual(errors, []);
  await context.close();
});

for (const lang of ['fr', 'en']) {
  // KNOWN DEFECT (closing note): in this test (360 px, a refused host name) the
  // post-test question's "Passer" does not advance; embed.test.mjs goes through
  // the same questions in an embed and passes. Not found in the session's time.
  test(`embed (${lang}): no kiosk words, no print or QR, a one-row top bar; a bad host name is refused and the origin shown`, async () => {
    const { context, page, frame } = await openVenue({ lang, 'host-name': 'Mairie\u202Eelcaxe' });
    await page.waitForSelector('#events li[data-type="error"]');
    const error = (await events(page)).find((e) => e.type === 'error');
    assert.equal(error?.code, 'invalid-setting');
    assert.match(error.message, /host-name/);
    const bar = await frame.locator('.topbar').boundingBox();
    assert.ok(bar.height < 90, `the top bar is one row at 360 px: ${bar.height} px`);
    assert.equal(await frame.locator('.topbar .brand').isVisible(), false);
    await frame.tap('.welcome button.start');
    await frame.tap('button.next');
    await frame.waitForSelector('.how');
    await frame.tap('button.next');
    await frame.waitForSelector('.consent');
    const consent = await frame.textContent('.consent');
    assert.doesNotMatch(consent, KIOSK_WORDS);
    assert.match(consent, lang === 'fr' ? /cet appareil/ : /this device/);
    assert.ok((await frame.textContent('.shares-result')).includes(origins.hostOrigin), 'without a valid name, the origin');
    assert.doesNotMatch(consent, /elcaxe/);
    await frame.tap('.consent button.next');
    await frame.waitForSelector('[data-item]');
    await frame.tap('button.pause');
    await frame.tap('button.finish-now');
    await skipSituation(frame);
    await frame.waitForSelector('.result');
    assert.equal(await frame.locator('.result button.print, .result .qr').count(), 0, 'no print, no QR');
    assert.doesNotMatch(await frame.textContent('.result'), KIOSK_WORDS);
    await context.close();
  });
}
