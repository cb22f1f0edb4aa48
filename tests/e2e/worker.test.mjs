// The offline worker follows the server (review 2, M2, L2, M6): a header
// changed on the server after install applies at the next online load; the
// documented kill switch (public/sw-kill.js served as sw.js) retires the
// worker and its caches; the venue file's copy is kept per path, so another
// venue file or an HTML fallback page never evicts the kiosk's own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, tablet, distDir, fixturesDir } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A copy of the build, served on its own (the tests change its files or headers). */
async function ownServer(headers = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'repere-worker-'));
  await cp(distDir, dir, { recursive: true });
  return { dir, server: await serve(dir, { headers }) };
}

/** Visit once and wait until the worker is active and controls a second load. */
async function installed(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('.welcome');
  await page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active;
    if (worker.state !== 'activated') {
      await new Promise((ok) => worker.addEventListener('statechange', () => worker.state === 'activated' && ok()));
    }
  });
  await page.reload();
  await page.waitForSelector('.welcome');
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the worker controls the page');
  return page;
}

test('a header changed on the server after install applies at the next online load; offline the kept page still starts', async () => {
  const headers = { 'x-repere-policy': 'partner-a' };
  const { server } = await ownServer(headers);
  try {
    const context = await tablet(browser);
    const page = await installed(context, server.url);
    // The venue revokes a partner: the server's header changes.
    headers['x-repere-policy'] = 'none';
    const response = await page.goto(server.url);
    assert.ok(response.fromServiceWorker(), 'the worker answered the navigation');
    assert.equal(response.headers()['x-repere-policy'], 'none', 'the server\'s current header, not the one kept at install');
    await page.waitForSelector('.welcome');
    // Offline: the kept page.
    await context.setOffline(true);
    const offline = await page.goto(`${server.url}?seed=2`);
    await page.waitForSelector('.welcome');
    assert.ok(offline.fromServiceWorker());
    await context.close();
  } finally {
    await server.close();
  }
});

test('the kill switch: sw-kill.js served as sw.js unregisters the worker, deletes Repère\'s caches and reloads the page from the server', async () => {
  const { dir, server } = await ownServer();
  try {
    const context = await tablet(browser);
    const page = await installed(context, server.url);
    assert.ok((await page.evaluate(() => caches.keys())).some((n) => n.startsWith('repere-')));
    // Retire: the kill switch at the address of sw.js, and another page at /.
    await writeFile(join(dir, 'sw.js'), await readFile(join(distDir, 'sw-kill.js')));
    await writeFile(join(dir, 'index.html'), '<!DOCTYPE html><html lang="fr"><title>Ailleurs</title><p id="moved">Repère a déménagé.</p></html>');
    // The next online start finds the new sw.js (a reload, or the app's own update check).
    await page.reload();
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()).catch(() => {}));
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistrations()).length === 0, null, { timeout: 20_000 });
    // The worker reloads its pages: they come from the server, uncontrolled.
    await page.waitForFunction(() => navigator.serviceWorker.controller === null && document.querySelector('#moved') !== null, null, { timeout: 20_000 });
    assert.deepEqual((await page.evaluate(() => caches.keys())).filter((n) => n.startsWith('repere-')), []);
    await context.close();
  } finally {
    await server.close();
  }
});

test('the venue file\'s copy survives another venue file and an HTML fallback page; offline its statistics stay on', async () => {
  const { dir, server } = await ownServer();
  try {
    await cp(join(fixturesDir, 'venues-stats.json'), join(dir, 'kiosk.json'));
    await cp(join(fixturesDir, 'venues-ok.json'), join(dir, 'other.json'));
    // A single-page-app fallback: HTML with status 200 at a .json path.
    await writeFile(join(dir, 'fallback.json'), '<!DOCTYPE html><title>app</title>');
    const context = await tablet(browser);
    const page = await installed(context, `${server.url}?venues=kiosk.json&seed=3`);
    const kept = () => page.evaluate(async () => (await (await caches.open('repere-venue-files')).keys()).map((r) => new URL(r.url).pathname));
    await page.waitForFunction(async () => (await (await caches.open('repere-venue-files')).keys()).length >= 1);
    await page.goto(`${server.url}?venues=other.json&seed=3`);
    await page.waitForSelector('.welcome');
    await page.goto(`${server.url}?venues=fallback.json&seed=3`);
    await page.waitForSelector('.welcome');
    await page.waitForFunction(async () => (await (await caches.open('repere-venue-files')).keys()).length === 2);
    assert.deepEqual((await kept()).sort(), ['/kiosk.json', '/other.json'], 'one copy per path, never the HTML page');
    // Offline, the kiosk's own file is still there: its venue entry (statistics on) shows.
    await context.setOffline(true);
    await page.goto(`${server.url}?venues=kiosk.json&seed=3`);
    await page.waitForSelector('.welcome');
    await page.waitForSelector('.venue-entry');
    await context.close();
  } finally {
    await server.close();
  }
});
