// Playwright gives every launch a fresh temporary profile.
// Walks the try-it page like a person: press buttons, type messages, wait for the bot's answers.
// usage: node walk.mjs <baseUrl> <steps.json> <screenshot.png>
// steps.json: [{ "press": "label" } | { "say": "text" } | { "expect": "text the page must show" }]
import { runInBrowser, timeout } from './browser-run.mjs';
import { readFileSync } from 'node:fs';

const [baseUrl, stepsFile, screenshot] = process.argv.slice(2);
if (!baseUrl || !stepsFile || !screenshot) {
  console.error('usage: node walk.mjs <baseUrl> <steps.json> <screenshot.png>');
  process.exit(2);
}
const steps = JSON.parse(readFileSync(stepsFile, 'utf8'));

await runInBrowser({ viewport: { width: 900, height: 1400 }, screenshot, shownText: page => page.locator('[role="log"], .webchat__basic-transcript').first().innerText() }, async page => {
  await page.goto(baseUrl, { waitUntil: 'load', timeout });
  for (const [index, step] of steps.entries()) {
    const where = `step ${index + 1} ${JSON.stringify(step)}`;
    if (step.expect) {
      await page.getByText(step.expect, { exact: false }).last().waitFor({ state: 'visible', timeout })
        .catch(() => { throw new Error(`${where}: the page never showed it`); });
    } else if (step.press) {
      // The newest button with that label: a suggested action or an Adaptive Card action.
      const button = page.locator('button').filter({ hasText: step.press }).last();
      await button.waitFor({ state: 'visible', timeout }).catch(() => { throw new Error(`${where}: no such button`); });
      await button.click();
    } else if (step.say) {
      const box = page.locator('input[data-id="webchat-sendbox-input"], textarea[data-id="webchat-sendbox-input"]').first();
      await box.waitFor({ state: 'visible', timeout });
      await box.fill(step.say);
      await box.press('Enter');
    } else {
      throw new Error(`${where}: a step needs press, say or expect`);
    }
    console.log(`ok ${where}`);
  }
});
