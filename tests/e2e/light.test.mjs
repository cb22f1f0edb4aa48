// Light on a poor connection (issue 12): the first screen downloads the text
// of the page's language only (`?lang=`, else French), preloaded alongside
// the wasm, and never the other language's until the person picks it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, tablet } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The content files requested until the app's welcome is up, and the preload links of the page. */
async function firstScreen(query) {
  const context = await tablet(browser);
  const page = await context.newPage();
  const texts = [];
  page.on('request', (r) => {
    const m = new URL(r.url()).pathname.match(/\/content\/([a-z-]+)-[0-9a-f]+\.ftl$/);
    if (m) texts.push(m[1]);
  });
  await page.goto(`${server.url}${query}`);
  await page.waitForSelector('.welcome button.start');
  const preloads = await page.evaluate(() => [...document.querySelectorAll('link[rel="preload"]')].map((l) => l.getAttribute('href')));
  return { context, page, texts, preloads };
}

for (const [query, lang, other] of [['', 'fr', 'en'], ['?lang=en', 'en', 'fr'], ['?lang=EN&mode=aidant', 'en', 'fr'], ['?lang=xx', 'fr', 'en'], ['?lang=fr&lang=en', 'en', 'fr']]) {
  test(`page "${query || '/'}": the ${lang} text is preloaded and is the only text fetched`, async () => {
    const { context, page, texts, preloads } = await firstScreen(query);
    assert.equal(preloads.filter((p) => /content\/[a-z-]+-[0-9a-f]+\.ftl$/.test(p)).length, 1, `one text preloaded: ${preloads}`);
    assert.ok(preloads.some((p) => p.startsWith(`content/${lang}-`)), `the ${lang} text is preloaded: ${preloads}`);
    assert.ok(preloads.some((p) => p.startsWith('content/bank-')), `the bank is preloaded: ${preloads}`);
    assert.deepEqual([...new Set(texts)], [lang]);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    // The other language arrives when the person picks it.
    await page.tap('.welcome button.start');
    await page.tap(`button.language[lang="${other}"]`);
    await page.waitForFunction((l) => document.documentElement.lang === l, other);
    assert.ok(texts.includes(other));
    await context.close();
  });
}
