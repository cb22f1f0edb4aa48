// The widget embedded in a venue's page, across two real origins on loopback:
// the demo médiathèque (docs/demo/) at http://localhost:P2 embeds the widget
// served from http://127.0.0.1:P1 with embed.js (or a plain iframe). What the
// host receives, what it may send, what is refused, and that neither side's
// privacy is touched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distDir, serveEmbedding, launch, axeViolations, currentItem, waitForNext, collectErrors, startKiosk, answerAll, finishResult, shownCode, skipSituation } from './harness.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let origins, browser;
before(async () => { origins = await serveEmbedding(); browser = await launch(); });
after(async () => { await browser?.close(); await origins?.close(); });

/** Open a venue page; returns the page, the widget's frame and every request made. */
async function openVenue(contextOptions, path = '') {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const errors = collectErrors(page);
  const requests = [];
  page.on('request', (r) => requests.push({ url: r.url(), frame: r.frame() }));
  await page.goto(`${origins.hostOrigin}/${path}`);
  const frame = await (await page.waitForSelector('iframe[data-repere]')).contentFrame();
  await frame.waitForSelector('.welcome');
  await waitForEvent(page, 'ready');
  return { context, page, frame, errors, requests };
}

const touch = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 };
// axe-core is injected as a script, which the pages' Content-Security-Policy
// forbids: the accessibility test lets it in; every other test keeps the CSP.
const touchWithAxe = { ...touch, bypassCSP: true };
const desktop = { viewport: { width: 1280, height: 900 } };

/** The messages the demo page listed, in order. */
function events(page) {
  return page.$$eval('#events li', (items) => items.map((li) => JSON.parse(li.textContent)));
}

/** Wait until the page has received `count` messages of `type`; returns the last. */
async function waitForEvent(page, type, count = 1) {
  await page.waitForFunction(([t, n]) => document.querySelectorAll(`#events li[data-type="${t}"]`).length >= n, [type, count]);
  return (await events(page)).filter((e) => e.type === type).at(-1);
}

const countOf = async (page, type) => (await events(page)).filter((e) => e.type === type).length;

/** The host sends a message to the widget, as a venue's own script would. */
function hostSends(page, message) {
  return page.evaluate(([m, origin]) => document.querySelector('iframe[data-repere]').contentWindow.postMessage(m, origin), [message, origins.widgetOrigin]);
}

/** The iframe becomes exactly as tall as the widget's content, and nothing scrolls inside it
 * (polled until it holds, for at most 10 s: the content may still be settling). */
async function assertFits(page, frame) {
  let seen;
  for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
    const inside = await frame.evaluate(() => {
      const el = document.documentElement;
      return { content: el.getBoundingClientRect().height, scrollHeight: el.scrollHeight, scrollWidth: el.scrollWidth, width: innerWidth, height: innerHeight };
    });
    const frameHeight = await page.$eval('iframe[data-repere]', (f) => f.getBoundingClientRect().height);
    seen = { frameHeight, ...inside };
    if (Math.abs(frameHeight - inside.content) <= 1 && inside.scrollHeight <= inside.height + 1 && inside.scrollWidth <= inside.width + 1) return;
    await frame.waitForTimeout(50);
  }
  assert.fail(`the iframe does not fit its content: ${JSON.stringify(seen)}`);
}

/** What the venue's own page holds, to compare before and after a session. */
function hostSnapshot(page) {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true);
    body.querySelector('#events').replaceChildren();
    body.querySelector('iframe[data-repere]').removeAttribute('style');
    return {
      body: body.outerHTML,
      head: document.head.outerHTML,
      html: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`).join(' '),
      title: document.title,
      cookie: document.cookie,
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      globals: Object.keys(window).sort().join(' '),
    };
  });
}

function decode(code) {
  return JSON.parse(execFileSync(resolve(root, 'target/debug/repere'), ['decode', code, '--json', '--bank', root], { encoding: 'utf8' }));
}

/** Press Tab (from wherever focus is, host page included) until `selector` in the widget has the focus. */
async function tabTo(page, frame, selector) {
  for (let i = 0; i < 80; i++) {
    if (await frame.evaluate((s) => document.hasFocus() && !!document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`the keyboard never reached ${selector}`);
}

async function pressOn(page, frame, selector, key = 'Enter') {
  await tabTo(page, frame, selector);
  await page.keyboard.press(key);
}

/** Answer with the keyboard alone until the result. */
async function answerByKeyboard(page, frame) {
  for (let i = 0; i < 40 && (await currentItem(frame)); i++) {
    const id = await currentItem(frame);
    const kind = await frame.getAttribute('[data-item]', 'data-kind');
    if (i % 3 === 2) {
      await pressOn(page, frame, 'button.dont-know');
    } else {
      if (kind === 'choice') await pressOn(page, frame, 'button.choice', 'Space');
      if (kind === 'hotspot') await pressOn(page, frame, 'button.region', 'Space');
      if (kind === 'order') await pressOn(page, frame, 'button.move:not([disabled])', 'Space');
      if (kind === 'entry') {
        await tabTo(page, frame, '#entry-input');
        await page.keyboard.type('abc');
      }
      await pressOn(page, frame, 'button.confirm');
    }
    await waitForNext(frame, id);
  }
  await skipSituation(frame);
  await frame.waitForSelector('.result');
}

/** The completed message: only levels, path and code, and a code that `repere decode` reads. */
async function assertCompleted(page, frame) {
  const done = await waitForEvent(page, 'completed');
  assert.deepEqual(Object.keys(done).sort(), ['code', 'levels', 'path', 'repere', 'type'], 'completed carries nothing else');
  assert.equal(done.code, await shownCode(frame));
  assert.equal(done.path, await frame.getAttribute('.advice', 'data-path'));
  const shown = await frame.$$eval('.level-row', (rows) => Object.fromEntries(rows.filter((r) => r.dataset.level !== 'none').map((r) => [r.dataset.domain, Number(r.dataset.level)])));
  assert.deepEqual(done.levels, shown);
  const decoded = decode(done.code);
  assert.equal(decoded.referral.main, done.path, `the code's main path is the one shown: ${JSON.stringify(decoded)}`);
  return done;
}

test('embed.js stays tiny: at most 3 KB gzip, no import, no global', () => {
  const source = readFileSync(resolve(distDir, 'embed.js'));
  assert.ok(gzipSync(source, { level: 9 }).length <= 3 * 1024, `${gzipSync(source, { level: 9 }).length} bytes gzip`);
  assert.doesNotMatch(source.toString(), /\bimport\b|require\(|postMessage\([^)]*'\*'/);
});

test('embed.js: a screening by touch at 360 px; the declared host receives progress, resize and completed', async () => {
  const { context, page, frame, errors, requests } = await openVenue(touchWithAxe);
  const ready = (await events(page)).find((e) => e.type === 'ready');
  assert.deepEqual(ready, { repere: 1, type: 'ready', mode: 'screening', lang: 'fr', results: true });
  assert.equal(await page.getAttribute('iframe[data-repere]', 'title'), 'Repère : faire le point sur ses compétences numériques');
  assert.equal(await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--primary').trim()), '#1d5c3a', 'the venue accent passes AA and is applied');
  await assertFits(page, frame);
  assert.deepEqual(await axeViolations(frame), []);
  assert.deepEqual(await axeViolations(page), [], 'the host page with its iframe (title) passes too');
  // The venue's own data, set by the venue page itself (after axe, which adds a script).
  await page.evaluate(() => { document.cookie = 'venue=roseraie'; localStorage.setItem('venue', 'kept'); sessionStorage.setItem('visit', '1'); });
  const before = await hostSnapshot(page);

  await frame.tap('.welcome button.start');
  for (const screen of ['.how', '.consent']) {
    await frame.tap('button.next');
    await frame.waitForSelector(screen);
  }
  assert.match(await frame.textContent('.shares-result'), new RegExp(origins.hostOrigin.replace(/[.:/]/g, '\\$&')), 'the person is told who receives the result');
  await frame.tap('button.next');
  await frame.waitForSelector('[data-item]');
  const first = await waitForEvent(page, 'progress');
  assert.equal(first.item, 1);
  assert.ok(first.max >= first.item);
  await assertFits(page, frame);
  assert.deepEqual(await axeViolations(frame), []);
  await answerAll(frame);
  const progress = (await events(page)).filter((e) => e.type === 'progress');
  assert.deepEqual(progress.map((p) => p.item), progress.map((_, i) => i + 1), 'one progress per item, in order');
  await assertCompleted(page, frame);
  assert.equal(await countOf(page, 'completed'), 1);
  await assertFits(page, frame);
  await page.setViewportSize({ width: 1280, height: 900 });
  await assertFits(page, frame);
  assert.deepEqual(await axeViolations(frame), []);

  await frame.evaluate(() => { window.sameDocument = true; });
  await finishResult(frame);
  await frame.waitForSelector('.welcome');
  assert.equal(await frame.evaluate(() => window.sameDocument), true, 'an embedded widget is reset, never reloaded (issue 25)');
  assert.deepEqual(await hostSnapshot(page), before, "the host page's DOM, storage, cookies and globals are untouched");
  // A third-party frame may be denied storage altogether (Chromium blocks
  // third-party cookies): either way, nothing is in it.
  const widgetTrace = await frame.evaluate(() => [() => localStorage.length, () => sessionStorage.length, () => document.cookie.length]
    .map((read) => { try { return read(); } catch { return 'denied'; } }));
  assert.ok(widgetTrace.every((n) => n === 0 || n === 'denied'), `the widget stores nothing: ${widgetTrace}`);
  const foreign = requests.filter((r) => !r.url.startsWith(origins.widgetOrigin) && !r.url.startsWith(origins.hostOrigin) && !r.url.startsWith('data:'));
  assert.deepEqual(foreign, []);
  const widgetFrame = requests.filter((r) => r.frame === frame).map((r) => r.url);
  assert.ok(widgetFrame.length > 3);
  assert.deepEqual(widgetFrame.filter((u) => !u.startsWith(`${origins.widgetOrigin}/`) && !u.startsWith('data:')), [], 'the widget requests only its own origin');
  assert.deepEqual(errors, []);
  await context.close();
});

test('embed.js: a screening with the keyboard alone on a desktop', async () => {
  const { context, page, frame, errors } = await openVenue(desktop);
  await pressOn(page, frame, '.welcome button.start');
  await frame.waitForSelector('button.next');
  for (const screen of ['.how', '.consent', '[data-item]']) {
    await pressOn(page, frame, 'button.next');
    await frame.waitForSelector(screen);
  }
  await answerByKeyboard(page, frame);
  await assertCompleted(page, frame);
  await assertFits(page, frame);
  await pressOn(page, frame, 'button.finish');
  // "Finish" asks once; the keyboard confirms.
  await pressOn(page, frame, 'button.finish-yes');
  await frame.waitForSelector('.welcome');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an undeclared host gets ready and coarse resize heights only: no progress, no completed, no height that depends on the result', async () => {
  const { context, page, frame } = await openVenue(touch, '?result-origin=https://another-venue.example');
  assert.equal((await events(page)).find((e) => e.type === 'ready').results, false);
  await frame.tap('.welcome button.start');
  for (const screen of ['.how', '.consent']) {
    await frame.tap('button.next');
    await frame.waitForSelector(screen);
  }
  assert.equal(await frame.locator('.shares-result').count(), 0, 'no sharing notice: nothing is shared');
  await frame.tap('button.next');
  await frame.waitForSelector('[data-item]');
  await frame.tap('button.pause');
  await frame.tap('button.finish-now');
  await skipSituation(frame);
  await frame.waitForSelector('.result');
  // The result screen's height is a constant (review 2, L1: 1726 px gave the referral away).
  await page.waitForFunction(() => [...document.querySelectorAll('#events li[data-type="resize"]')].some((li) => JSON.parse(li.textContent).height === 3200));
  const heights = (await events(page)).filter((e) => e.type === 'resize').map((e) => e.height);
  assert.ok(heights.every((h) => h % 400 === 0), `coarse heights only: ${heights}`);
  // The frame takes that fixed height, whatever the result (a taller result,
  // on a narrow screen, scrolls inside the widget rather than tell its size).
  await frame.waitForFunction(() => innerHeight === 3200);
  assert.equal(await countOf(page, 'completed'), 0);
  assert.deepEqual(new Set((await events(page)).map((e) => e.type)), new Set(['ready', 'resize']), 'no progress: the pace of the answers is the person\'s');
  await context.close();
});

test('third-origin messages are ignored; malformed ones get error; the session goes on; reset forgets', async () => {
  const { context, page, frame } = await openVenue(desktop);
  await frame.click('.welcome button.start');
  for (const screen of ['.how', '.consent', '[data-item]']) {
    await frame.click('button.next');
    await frame.waitForSelector(screen);
  }
  const item = await currentItem(frame);
  // A third origin that got hold of the widget's window (here a popup opened
  // by the page) sends reset and configure: both are ignored, unanswered.
  const [intruder] = await Promise.all([
    context.waitForEvent('page'),
    page.evaluate((url) => window.open(url), `${origins.thirdOrigin}/venue.css`),
  ]);
  await intruder.waitForLoadState();
  await intruder.evaluate(() => {
    opener.frames[0].postMessage({ repere: 1, type: 'reset' }, '*');
    opener.frames[0].postMessage({ repere: 1, type: 'configure', lang: 'en' }, '*');
  });
  await intruder.close();
  // The host's own bad messages: each is answered with an error.
  const bad = [
    [{ repere: 1, type: 'configure', lang: 42 }, 'malformed'],
    ['hello', 'malformed'],
    [{ repere: 2, type: 'reset' }, 'unsupported-version'],
    [{ repere: 1, type: 'launch' }, 'unknown-type'],
    [{ repere: 1, type: 'configure', theme: { accent: '#eeeeee' } }, 'invalid-setting'],
    [{ repere: 1, type: 'configure', resultOrigins: ['https://elsewhere.example'] }, 'session-in-progress'],
  ];
  for (const [i, [message, code]] of bad.entries()) {
    await hostSends(page, message);
    const error = await waitForEvent(page, 'error', i + 1);
    assert.equal(error.code, code, JSON.stringify(error));
    assert.ok(error.message.length > 10);
  }
  assert.equal(await currentItem(frame), item, 'the session goes on, on the same item');
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'fr', "the third origin's configure was ignored");
  assert.equal(await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--primary').trim()), '#1d5c3a', 'the refused accent changed nothing');
  await frame.locator('button.dont-know').dispatchEvent('click');
  await waitForNext(frame, item);
  // A good configure: the language changes at once, and ready confirms it.
  await hostSends(page, { repere: 1, type: 'configure', lang: 'en' });
  await frame.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal((await waitForEvent(page, 'ready', 2)).lang, 'en');
  // A bounded font scale: 18 px × 1.25, and the iframe follows the new height.
  await hostSends(page, { repere: 1, type: 'configure', theme: { scale: 1.25 } });
  await frame.waitForFunction(() => getComputedStyle(document.documentElement).fontSize === '22.5px');
  await assertFits(page, frame);
  await page.click('#send-reset');
  await frame.waitForSelector('.welcome');
  assert.equal(await frame.locator('[data-item], .result').count(), 0, 'reset forgets the person');
  await context.close();
});

test('the plain iframe works without embed.js: ready, sizing by the host, completed', async () => {
  const { context, page, frame } = await openVenue(touch, 'iframe.html');
  assert.equal((await events(page)).find((e) => e.type === 'ready').results, true);
  await assertFits(page, frame);
  // A venue file that turns statistics on (for a venue's own kiosk): embedded,
  // they stay off, so nothing is stored on the visitor's device.
  const warned = page.waitForEvent('console', (m) => m.text().includes('stay off in embed mode'));
  await hostSends(page, { repere: 1, type: 'configure', venues: 'fixtures/venues-stats.json' });
  await waitForEvent(page, 'ready', 2);
  await warned;
  await startKiosk(frame);
  await frame.tap('button.pause');
  await frame.tap('button.finish-now');
  await skipSituation(frame);
  await frame.waitForSelector('.result');
  await assertCompleted(page, frame);
  await assertFits(page, frame);
  await context.close();
});
