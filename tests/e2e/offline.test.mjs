// Offline (issue 12): after one visit, the service worker has kept every file
// of the app, so it starts with the network off and completes a kiosk and an
// aidant diagnostic, in both languages, with its illustrations, QR and fiche.
// A new build deployed while a session runs: the session ends on the old
// version, the next start is the new one. The worker keeps the app's files
// and a copy of the venue file, nothing else.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rename, writeFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, tablet, distDir, fixturesDir, collectErrors, guardRequests, startKiosk, answerAll, aidantDiagnostic, currentItem, waitForNext, bounded, workerActivated, finishResult, shownCode } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Visit once and wait until the service worker has kept the app (installed and active). */
async function visitOnce(context, query = '', base = server.url) {
  const page = await context.newPage();
  await page.goto(`${base}${query}`);
  await page.waitForSelector('.welcome');
  await workerActivated(page);
  return page;
}

/** Every request that failed (offline, nothing may be missing). */
function failedRequests(page) {
  const failed = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.url()}: HTTP ${r.status()}`); });
  return failed;
}

test('after one visit, with the network off: a kiosk and an aidant diagnostic, both languages, and the fiche of the code', async () => {
  const context = await tablet(browser);
  const first = await visitOnce(context);
  await first.close();
  await context.setOffline(true);

  // Kiosk, in English (the English text was never fetched before: the worker had it).
  const page = await context.newPage();
  const errors = collectErrors(page);
  const failed = failedRequests(page);
  const foreign = guardRequests(page, server.url);
  await page.goto(`${server.url}?seed=3`);
  await page.waitForSelector('.welcome');
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the worker serves the page');
  await page.tap('.topbar button.lang[lang="en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en' && /Welcome/.test(document.querySelector('.welcome h1').textContent));
  await startKiosk(page);
  await answerAll(page);
  assert.ok(await page.locator('.result .level-row').count() > 0, 'a result with levels');
  // Every illustration shown was there (no broken image).
  assert.equal(await page.evaluate(() => [...document.images].filter((i) => !i.complete || i.naturalWidth === 0).length), 0);

  // Aidant, in French, to its result code and QR, then the fiche of that code.
  await page.goto(`${server.url}?mode=aidant&seed=5`);
  await aidantDiagnostic(page);
  const code = await shownCode(page);
  assert.match(code, /^R2-/);
  assert.ok(await page.locator('.qr svg').count() > 0, 'the QR is drawn offline');
  await page.goto(`${server.url}?code=${code}`);
  await page.waitForSelector('.fiche .level-row');

  assert.deepEqual(failed, [], 'nothing was missing offline');
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the app is installable: manifest, icons and a service worker that serves it', async () => {
  const context = await tablet(browser);
  const page = await visitOnce(context);
  await page.reload();
  await page.waitForSelector('.welcome');
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's contexts are incognito windows: the one reason that is not the app's.
  assert.deepEqual(installabilityErrors.filter((e) => e.errorId !== 'in-incognito'), []);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifest.errors, []);
  assert.match(manifest.data, /"display": "fullscreen"/);
  await context.close();
});

test('the worker keeps the app\'s own files and the venue file only: no page address with its parameters, no other origin', async () => {
  const context = await tablet(browser);
  const page = await visitOnce(context, '?venues=fixtures/venues-ok.json&seed=2');
  await startKiosk(page);
  await answerAll(page);
  // On a first visit the venue file came before the worker: the app fetches
  // it once more when the worker takes control.
  await page.waitForFunction(async () => (await (await caches.open('repere-venue-files')).keys()).length > 0);
  const cached = await page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push({ name, url: request.url });
    }
    return urls;
  });
  assert.ok(cached.length > 10, `the app is kept (${cached.length} entries)`);
  for (const { name, url } of cached) {
    const u = new URL(url);
    assert.equal(u.origin, new URL(server.url).origin, url);
    assert.equal(u.search, '', `no parameters kept: ${url}`);
    const path = u.pathname.slice(1);
    if (name === 'repere-venue-files') {
      assert.equal(path, 'fixtures/venues-ok.json', `only the venue file the page uses: ${url}`);
    } else {
      assert.ok(path === 'created' || existsSync(join(distDir, path)), `only files of the build: ${url}`);
    }
  }
  await context.close();
});

test('offline, the venue\'s own offers are still shown (the copy the worker kept), and a venue file gone from the server is forgotten', async () => {
  // The app with the venue's file beside it, on its own server (the file is removed below).
  const dir = await mkdtemp(join(tmpdir(), 'repere-venue-'));
  await cp(distDir, dir, { recursive: true });
  await cp(join(fixturesDir, 'venues-ok.json'), join(dir, 'our-venues.json'));
  const own = await serve(dir);
  const keptCount = (page, n) => page.waitForFunction(async (n) => (await (await caches.open('repere-venue-files')).keys()).length === n, n);
  try {
    const context = await tablet(browser);
    const query = '?venues=our-venues.json&seed=4';
    const first = await visitOnce(context, query, own.url);
    await keptCount(first, 1);
    await first.close();

    await context.setOffline(true);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${own.url}${query}`);
    await startKiosk(page);
    await answerAll(page);
    assert.ok(await page.locator('.offer').count() >= 1, 'the venue\'s offers, offline');
    assert.equal(await page.locator('.offers-generic.notice').count(), 0, 'no "offers unavailable" notice');
    assert.deepEqual(errors, []);

    // Back online, the venue has removed the file: the copy goes too, and
    // the result says the offers are unavailable.
    await context.setOffline(false);
    await rm(join(dir, 'our-venues.json'));
    await page.goto(`${own.url}${query}`);
    await keptCount(page, 0);
    await startKiosk(page);
    await answerAll(page);
    assert.equal(await page.locator('.offer').count(), 0, 'no offer from the forgotten file');
    assert.equal(await page.locator('.offers-generic.notice').count(), 1, 'the "offers unavailable" notice');
    await context.close();
  } finally {
    await own.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('a new build deployed during a session: the session ends on the old version, the next start is the new one', async () => {
  // Build B: the same app with a visible mark and a new service-worker version.
  const dirB = await mkdtemp(join(tmpdir(), 'repere-build-b-'));
  await cp(distDir, dirB, { recursive: true });
  const index = join(dirB, 'index.html');
  await writeFile(index, (await readFile(index, 'utf8')).replace('<title>', '<meta name="repere-build" content="B" />\n    <title>'));
  // Its English text changed (a new hashed name; the old one is gone from the server).
  const english = (await readdir(join(dirB, 'content'))).find((f) => f.startsWith('en-'));
  await rename(join(dirB, 'content', english), join(dirB, 'content', `en-0000000000000000.ftl`));
  const sw = join(dirB, 'sw.js');
  await writeFile(sw, (await readFile(sw, 'utf8'))
    .replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = '$1b'")
    .replace(`content/${english}`, 'content/en-0000000000000000.ftl'));

  const own = await serve();
  try {
    const context = await tablet(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${own.url}?seed=6`);
    await page.waitForSelector('.welcome');
    await workerActivated(page);
    // A second start: now the page runs under the worker.
    await page.reload();
    await page.waitForSelector('.welcome');
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null));
    await page.evaluate(() => { window.sameDocument = true; });
    await startKiosk(page);

    // Mid-session, the venue deploys build B and the browser finds it.
    own.setDir(dirB);
    await bounded(page.evaluate(async () => {
      const changed = new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
      await (await navigator.serviceWorker.getRegistration()).update();
      await changed;
    }), 30_000, 'the new build\'s worker did not take control');
    // The session goes on, on the same page (the old version), language switch
    // included: its old English text comes from the previous version's cache
    // (the server no longer has it). The page language changes only once the
    // text is there.
    const id = await currentItem(page);
    await page.tap('.topbar button.lang[lang="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en'
      && /I don't know/i.test(document.querySelector('button.dont-know')?.textContent ?? ''));
    assert.equal(await currentItem(page), id);
    await page.tap('button.dont-know');
    await waitForNext(page, id);
    await answerAll(page);
    assert.equal(await page.evaluate(() => window.sameDocument), true, 'no reload during the session');
    assert.equal(await page.locator('meta[name="repere-build"]').count(), 0, 'still the old version');

    // "Terminer": the next start is build B.
    await finishResult(page);
    await page.waitForSelector('meta[name="repere-build"][content="B"]', { state: 'attached' });
    await page.waitForSelector('.welcome');
    assert.equal(await page.evaluate(() => window.sameDocument), undefined, 'a fresh page');
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await own.close();
    await rm(dirB, { recursive: true, force: true });
  }
});
