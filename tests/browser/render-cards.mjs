// Renders Adaptive Cards with the real adaptivecards renderer in headless Chromium and saves a screenshot of each.
// usage: node render-cards.mjs <cards.json> <outdir>   (cards.json: [{ "name": "...", "card": { ...Adaptive Card... } }])
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const [cardsFile, outDir] = process.argv.slice(2);
if (!cardsFile || !outDir) { console.error('usage: node render-cards.mjs <cards.json> <outdir>'); process.exit(2); }
const cards = JSON.parse(readFileSync(cardsFile, 'utf8'));
const renderer = readFileSync(createRequire(import.meta.url).resolve('adaptivecards/dist/adaptivecards.js'), 'utf8');
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 480, height: 800 }, locale: 'ja-JP' });
  await page.setContent('<!DOCTYPE html><html lang="ja"><body style="margin:0;background:#fff;font-family:sans-serif"><div id="card" style="width:440px;padding:12px"></div></body></html>');
  await page.addScriptTag({ content: renderer });
  for (const { name, card } of cards) {
    const result = await page.evaluate((json) => {
      const target = document.getElementById('card');
      target.innerHTML = '';
      const adaptiveCard = new AdaptiveCards.AdaptiveCard();
      adaptiveCard.hostConfig = new AdaptiveCards.HostConfig({ fontFamily: 'sans-serif' });
      const context = new AdaptiveCards.SerializationContext();
      adaptiveCard.parse(json, context);
      const element = adaptiveCard.render();
      if (!element) return { text: '', errors: ['nothing rendered'] };
      target.appendChild(element);
      const errors = [];
      for (let i = 0; i < context.eventCount; i++) errors.push(context.getEventAt(i).message);
      return { text: element.innerText, errors, buttons: element.querySelectorAll('button').length };
    }, card);
    const file = join(outDir, `${name}.png`);
    await page.locator('#card').screenshot({ path: file });
    console.log(JSON.stringify({ name, file, ...result }));
    if (!result.text.trim() || result.errors.length) failed = true;
  }
} catch (error) {
  failed = true;
  console.error(error.message);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
