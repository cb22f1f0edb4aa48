// Every item of the shipped bank renders (text, picture, accessible names),
// and one item of each kind is answered by touch and by keyboard with an
// axe-core scan, through the authors' preview (`?preview=<id>`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, tablet, desktop, axeViolations, collectErrors } from './harness.mjs';

const itemsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../assessments/items');

/** [{id, kind, image}] read from the bank's TOML files (one [[item]] table each). */
function bankItems() {
  const items = [];
  for (const file of readdirSync(itemsDir).filter((f) => f.endsWith('.toml'))) {
    for (const block of readFileSync(join(itemsDir, file), 'utf8').split('[[item]]').slice(1)) {
      const field = (name) => block.match(new RegExp(`^${name}\\s*=\\s*"([^"]*)"`, 'm'))?.[1];
      items.push({ id: field('id'), kind: field('kind'), image: field('image') });
    }
  }
  return items;
}

let server, browser;
const items = bankItems();
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the bank has items of every kind', () => {
  const kinds = new Set(items.map((i) => i.kind));
  assert.deepEqual([...kinds].sort(), ['choice', 'entry', 'hotspot', 'order']);
});

test('every item renders with its text, picture and accessible names', async () => {
  const context = await tablet(browser);
  const page = await context.newPage();
  const errors = collectErrors(page);
  const problems = [];
  for (const item of items) {
    await page.goto(`${server.url}?preview=${item.id}`);
    await page.waitForSelector(`[data-item="${item.id}"]`);
    const check = await page.evaluate(async () => {
      const img = document.querySelector('[data-item] img');
      if (img && !img.complete) await new Promise((ok) => { img.onload = ok; img.onerror = ok; });
      const stem = document.querySelector('#item-stem').textContent.trim();
      return {
        stem,
        image: img ? { loaded: img.naturalWidth > 0, alt: img.alt.trim() } : null,
        unnamed: [...document.querySelectorAll('[data-item] button')]
          .filter((b) => !(b.getAttribute('aria-label') || b.textContent).trim()).length,
        rawKeys: /\b[a-z]+-[a-z0-9-]+-(opt|region|step)-[a-z0-9-]+\b/.test(document.body.innerText),
      };
    });
    if (!check.stem || check.stem === item.id) problems.push(`${item.id}: no question text`);
    if (item.image && !check.image?.loaded) problems.push(`${item.id}: picture ${item.image} did not load`);
    if (item.image && !check.image?.alt) problems.push(`${item.id}: picture without alt text`);
    if (check.unnamed) problems.push(`${item.id}: ${check.unnamed} button(s) without a name`);
    if (check.rawKeys) problems.push(`${item.id}: a raw text key is shown`);
  }
  assert.deepEqual(problems, []);
  assert.deepEqual(errors, []);
  await context.close();
});

const firstOf = (pred) => items.find(pred);
const samples = [
  ['choice', firstOf((i) => i.kind === 'choice' && !i.image)],
  ['choice over a simulated screen', firstOf((i) => i.kind === 'choice' && i.image)],
  ['hotspot', firstOf((i) => i.kind === 'hotspot')],
  ['order', firstOf((i) => i.kind === 'order')],
  ['entry', firstOf((i) => i.kind === 'entry')],
];

for (const [label, item] of samples) {
  test(`${label} (${item.id}): answered by touch, no axe violation`, async () => {
    const context = await tablet(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}?preview=${item.id}`);
    await page.waitForSelector('[data-item]');
    assert.deepEqual(await axeViolations(page), []);
    const before = await answerState(page);
    if (item.kind === 'choice') await page.locator('button.choice').last().tap();
    if (item.kind === 'hotspot') await page.locator('button.region').last().tap();
    if (item.kind === 'order') await page.locator('button.move:not([disabled])').last().tap();
    if (item.kind === 'entry') await page.fill('#entry-input', 'test');
    await assertAnswerChanged(page, item.kind, before);
    await page.tap('button.confirm');
    await page.waitForSelector('.preview-answered:not(:empty)');
    assert.equal((await page.textContent('.preview-answered')).trim(), 'Réponse reçue (aperçu\u00a0: elle ne compte pas).');
    await context.close();
  });

  test(`${label} (${item.id}): answered by keyboard alone`, async () => {
    const context = await desktop(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}?preview=${item.id}`);
    await page.waitForSelector('[data-item]');
    const target = { choice: 'button.choice', hotspot: 'button.region', order: 'button.move', entry: '#entry-input' }[item.kind];
    for (let i = 0; i < 40 && !(await page.evaluate((s) => document.activeElement?.matches(s), target)); i++) {
      await page.keyboard.press('Tab');
    }
    assert.ok(await page.evaluate((s) => document.activeElement?.matches(s), target), `Tab reaches ${target}`);
    const before = await answerState(page);
    if (item.kind === 'entry') await page.keyboard.type('test');
    else await page.keyboard.press('Enter');
    await assertAnswerChanged(page, item.kind, before);
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.matches('button.confirm'))); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.waitForSelector('.preview-answered:not(:empty)');
    assert.equal((await page.textContent('.preview-answered')).trim(), 'Réponse reçue (aperçu\u00a0: elle ne compte pas).');
    await context.close();
  });
}

/** What the person has answered so far: the pressed option or region, the steps' order, the typed text. */
function answerState(page) {
  return page.evaluate(() => ({
    pressed: [...document.querySelectorAll('button.choice[aria-pressed="true"], button.region[aria-pressed="true"]')].map((b) => b.dataset.option ?? b.dataset.region),
    steps: [...document.querySelectorAll('li.step')].map((s) => s.dataset.step),
    typed: document.querySelector('#entry-input')?.value ?? null,
  }));
}

/** The answer given is the one on screen: the tapped choice or region alone is pressed, the step moved, the text typed. */
async function assertAnswerChanged(page, kind, before) {
  const after = await answerState(page);
  if (kind === 'choice' || kind === 'hotspot') {
    assert.equal(after.pressed.length, 1, `one ${kind} pressed: ${JSON.stringify(after)}`);
    assert.notDeepEqual(after.pressed, before.pressed);
  }
  if (kind === 'order') assert.notDeepEqual(after.steps, before.steps, 'a step moved');
  if (kind === 'entry') assert.equal(after.typed, 'test');
}
