// The referral policy at a kiosk (docs/referral.md): after the test, two
// optional questions, read aloud, skippable, never kept. Skipped, a person who
// knows nothing yet is offered human help to learn first, and Aidants Connect
// only as the option for a procedure that cannot wait; "a procedure this week"
// and "no, do it for me" put Aidants Connect first, and the fiche of the code
// states its preconditions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, tablet, axeViolations, currentItem, waitForNext, collectErrors, startKiosk, assertNoTrace } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function open(query) {
  const context = await tablet(browser);
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__spoken = [];
    if (window.speechSynthesis) window.speechSynthesis.speak = (u) => window.__spoken.push(u.text);
  });
  const errors = collectErrors(page);
  await page.goto(`${server.url}${query}`);
  await page.waitForSelector('.welcome');
  return { context, page, errors };
}

/** "Je ne sais pas" to every item, until the questions after the test. */
async function dontKnowThroughout(page) {
  for (let i = 0; i < 60 && (await currentItem(page)); i++) {
    const id = await currentItem(page);
    await page.tap('button.dont-know');
    await waitForNext(page, id);
  }
  await page.waitForSelector('.situation[data-step="1"]');
}

/** The text spoken last, once it mentions `pattern`. */
async function spoken(page, pattern) {
  await page.waitForFunction((p) => window.__spoken.some((t) => new RegExp(p).test(t)), pattern.source);
  return page.evaluate(() => window.__spoken.at(-1));
}

async function fiche(context, code) {
  const reader = await context.newPage();
  await reader.goto(`${server.url}?code=${encodeURIComponent(code)}&lang=fr`);
  await reader.waitForSelector('.fiche-decision');
  return reader;
}

test('kiosk, "je ne sais pas" throughout, questions skipped: human help to learn first, Aidants Connect only for a procedure that cannot wait', async () => {
  const { context, page, errors } = await open('?seed=31');
  await page.tap('button.read-aloud');
  await startKiosk(page);
  await dontKnowThroughout(page);
  // The first question: read aloud, accessible, optional.
  assert.match(await spoken(page, /démarche à faire/), /démarche à faire en ligne en ce moment/);
  assert.match(await page.textContent('.situation .lead'), /passer/);
  assert.deepEqual(await axeViolations(page), []);
  await page.tap('button.situation-skip');
  await page.waitForSelector('.situation[data-step="2"]');
  assert.match(await spoken(page, /apprendre/), /apprendre à faire vos démarches/);
  await page.tap('button.situation-skip');
  await page.waitForSelector('.result');

  const advice = page.locator('.result .advice');
  assert.equal(await advice.getAttribute('data-path'), 'training', 'human help to learn is the main path');
  assert.match(await advice.locator('.path-title').textContent(), /Apprendre avec une personne, pas à pas/);
  assert.doesNotMatch(await advice.locator('.path-title, .path-detail').allTextContents().then((t) => t.join(' ')), /Aidants Connect|habilitée/);
  const option = advice.locator('.complement[data-path="aidants_connect"]');
  assert.equal(await option.count(), 1, 'Aidants Connect is named once, as an option');
  assert.match(await option.textContent(), /si une démarche ne peut pas attendre.*Aidants Connect/);
  assert.equal(await page.locator('[data-reason="reason-both-kinds-of-help"]').count(), 1, 'nothing said: both kinds of help, no guess');
  assert.deepEqual(await axeViolations(page), []);

  // The fiche of the code: Aidants Connect is proposed (as an option), so its preconditions are there.
  const code = await page.getAttribute('.result-code[data-code]', 'data-code');
  const reader = await fiche(context, code);
  assert.equal(await reader.getAttribute('.fiche-decision', 'data-path'), 'training');
  assert.equal(await reader.locator('.ac-preconditions li').count(), 4);
  await reader.close();

  // Finishing forgets everything, the two answers included.
  await page.tap('button.finish');
  await page.tap('button.finish-yes');
  await page.waitForSelector('.welcome');
  await assertNoTrace(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test('kiosk, "a procedure this week" and "no, do it for me": Aidants Connect first, and its preconditions on the fiche', async () => {
  const { context, page, errors } = await open('?seed=31');
  await startKiosk(page);
  await dontKnowThroughout(page);
  await page.tap('.situation button[data-value="situation-procedure-week"]');
  await page.waitForSelector('.situation[data-step="2"]');
  assert.match(await page.textContent('.situation legend'), /apprendre à la faire vous-même/);
  await page.tap('.situation button[data-value="situation-learn-no-procedure"]');
  await page.waitForSelector('.result');

  const advice = page.locator('.result .advice');
  assert.equal(await advice.getAttribute('data-path'), 'aidants_connect', 'Aidants Connect is the main path');
  assert.match(await advice.locator('.path-detail').textContent(), /habilité.*avec vous à côté.*mandat/);
  assert.equal(await page.locator('[data-reason="reason-urgent-procedure"]').count(), 1);
  assert.equal(await advice.locator('.complement[data-path="training"]').count(), 0, 'they said no to learning');
  // Nothing of the two answers is kept: statistics are off, storage stays empty.
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);

  const code = await page.getAttribute('.result-code[data-code]', 'data-code');
  const reader = await fiche(context, code);
  assert.equal(await reader.getAttribute('.fiche-decision', 'data-path'), 'aidants_connect');
  const pre = reader.locator('.ac-preconditions');
  assert.match(await pre.locator('h2').textContent(), /Aidants Connect/);
  const items = await pre.locator('li').allTextContents();
  assert.equal(items.length, 4);
  assert.match(items[0], /professionnel habilité.*Pas un proche, un bénévole/);
  assert.match(items[1], /personne est présente/);
  assert.match(items[2], /FranceConnect.*impots\.gouv.*ameli/);
  assert.match(items[3], /Sans un tel compte/);
  assert.ok(await reader.evaluate(() => {
    const p = document.querySelector('.ac-preconditions'), d = document.querySelector('.levels-details');
    return d === null || Boolean(p.compareDocumentPosition(d) & Node.DOCUMENT_POSITION_FOLLOWING);
  }), 'the preconditions come before the levels');
  assert.deepEqual(await axeViolations(reader), []);
  assert.deepEqual(errors, []);
  await context.close();
});
