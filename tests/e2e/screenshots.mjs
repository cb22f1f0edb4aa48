// Screenshots of the result's screens, for a review by eye (not a test):
//   node tests/e2e/screenshots.mjs [out-dir]     (after `trunk build --release`)
// The kiosk result with a venue file on a tablet and a 360-px phone (first
// viewport), the aidant screening result on a phone, the fiche of its code at
// 360 px, and the "Terminer" question.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { serve, launch, startKiosk, answerAll, shownCode, aidantDiagnostic } from './harness.mjs';

const out = resolve(process.argv[2] ?? 'screenshots');
mkdirSync(out, { recursive: true });
const SIZES = { tablet: { width: 800, height: 1280 }, phone: { width: 360, height: 740 } };
const server = await serve();
const browser = await launch();

async function open(size, query) {
  const context = await browser.newContext({ viewport: SIZES[size], hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${server.url}${query}`);
  await page.waitForSelector('.welcome');
  return { context, page };
}

const shots = [];
async function shot(page, name, what) {
  const file = `${out}/${name}.png`;
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: file });
  shots.push(`${name}.png — ${what}`);
}

try {
  for (const size of ['tablet', 'phone']) {
    const { context, page } = await open(size, '?seed=21&lang=fr&venues=fixtures/venues-here.json');
    await startKiosk(page);
    await answerAll(page);
    await shot(page, `kiosk-result-${size}`, `kiosk with a venue file, ${size}: the advice and "here" first`);
    if (size === 'phone') {
      await page.tap('button.finish');
      await page.waitForSelector('button.finish-yes');
      await shot(page, 'kiosk-finish-asks-phone', '"Terminer" asks once');
    }
    await context.close();
  }
  const { context, page } = await open('phone', '?mode=aidant&seed=5&lang=fr');
  await aidantDiagnostic(page);
  await shot(page, 'aidant-screening-result-phone', 'aidant screening: measured rows only, the rest "non évalué"');
  const code = await shownCode(page);
  await context.close();
  const fiche = await browser.newContext({ viewport: SIZES.phone, deviceScaleFactor: 1 });
  const fichePage = await fiche.newPage();
  await fichePage.goto(`${server.url}?code=${code}&lang=fr`);
  await fichePage.waitForSelector('.fiche .level-row');
  await shot(fichePage, 'fiche-phone', 'the fiche of that code at 360 px: decision and date first');
  await fiche.close();
} finally {
  await browser.close();
  await server.close();
}
console.log(`${shots.length} screenshots in ${out}:\n${shots.map((s) => `- ${s}`).join('\n')}`);
