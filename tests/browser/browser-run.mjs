// What every browser walk here shares: Debian's Chromium headless (no download), a page whose console, errors and
// failed requests are kept, steps that name themselves when they fail, and at the end a screenshot, the page text and
// the browser log when something failed, and the exit code.
import { chromium } from 'playwright-core';

export const timeout = 20000;

export async function step(name, action) {
  try {
    await action();
    console.log(`ok ${name}`);
  } catch (error) {
    throw new Error(`${name}: ${error.message}`);
  }
}

/** Signs in to the staff console and waits for the queue. */
export async function signInToDesk(page, baseUrl, user, password) {
  await page.goto(new URL('/desk/login', baseUrl).href, { waitUntil: 'load', timeout });
  await page.locator('input[name="userName"]').fill(user);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'サインイン' }).click();
  await page.getByText('相談の受付一覧').waitFor({ timeout });
}

/**
 * Runs walk(page) in a fresh page and exits: 0 when it finished, 1 when it threw.
 * shownText(page) says what the page showed, printed when the walk failed (default: the whole body).
 */
export async function runInBrowser({ viewport, screenshot, shownText = page => page.locator('body').innerText() }, walk) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let failed = false;
  const page = await browser.newPage({ viewport, locale: 'ja-JP' });
  const pageLog = [];
  page.on('console', message => pageLog.push(`console.${message.type()}: ${message.text()}`));
  page.on('pageerror', error => pageLog.push(`page error: ${error.message}`));
  page.on('requestfailed', request => pageLog.push(`request failed: ${request.url()}`));
  page.on('response', response => { if (response.status() >= 400) pageLog.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`); });
  try {
    await walk(page);
  } catch (error) {
    failed = true;
    console.error(error.message);
  } finally {
    await page.screenshot({ path: screenshot, fullPage: true }).catch(() => {});
    if (failed) {
      console.error('--- what the page showed ---\n' + (await shownText(page).catch(() => '')).slice(-3000));
      console.error('--- browser log ---\n' + pageLog.slice(-40).join('\n'));
    }
    await browser.close();
  }
  process.exit(failed ? 1 : 0);
}
