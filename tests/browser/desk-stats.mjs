// Opens the staff console's statistics like an admin: sign in, open /desk/stats for a range, check the charts are
// drawn (SVG bars with a real size on screen), and save a screenshot.
// usage: DESK_PASSWORD=… node desk-stats.mjs <baseUrl> <user> <query> <screenshot.png>
// The password comes from the environment (DESK_PASSWORD), not the command line.
import { chromium } from 'playwright-core';

const [baseUrl, user, query, screenshot] = process.argv.slice(2);
const password = process.env.DESK_PASSWORD;
if (!screenshot || !password) {
  console.error('usage: DESK_PASSWORD=… node desk-stats.mjs <baseUrl> <user> <query> <screenshot.png>');
  process.exit(2);
}
const timeout = 20000;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = false;
const page = await browser.newPage({ viewport: { width: 1000, height: 1400 }, locale: 'ja-JP' });
const pageLog = [];
page.on('console', message => pageLog.push(`console.${message.type()}: ${message.text()}`));
page.on('pageerror', error => pageLog.push(`page error: ${error.message}`));
page.on('requestfailed', request => pageLog.push(`request failed: ${request.url()}`));

async function step(name, action) {
  try {
    await action();
    console.log(`ok ${name}`);
  } catch (error) {
    throw new Error(`${name}: ${error.message}`);
  }
}

try {
  await step('sign in', async () => {
    await page.goto(new URL('/desk/login', baseUrl).href, { waitUntil: 'load', timeout });
    await page.locator('input[name="userName"]').fill(user);
    await page.locator('input[name="password"]').fill(password);
    await page.getByRole('button', { name: 'サインイン' }).click();
    await page.getByText('相談の受付一覧').waitFor({ timeout });
  });
  await step('open the statistics from the queue', async () => {
    await page.getByRole('link', { name: '相談の統計' }).click({ timeout });
    await page.getByRole('heading', { name: '相談の統計' }).waitFor({ timeout });
  });
  await step('choose the range', async () => {
    const params = new URLSearchParams(query);
    await page.locator('input[name="from"]').fill(params.get('from'));
    await page.locator('input[name="to"]').fill(params.get('to'));
    await page.getByRole('button', { name: '表示' }).click();
    await page.waitForURL(url => url.searchParams.get('from') === params.get('from'), { timeout });
  });
  await step('the charts are drawn', async () => {
    const charts = await page.locator('svg.chart').count();
    if (charts < 7) throw new Error(`expected 7 charts, found ${charts}`);
    const bar = await page.locator('#consultations svg.chart rect.bar').first().boundingBox();
    if (!bar || bar.width < 2 || bar.height < 2) throw new Error(`the weekly chart's first bar is not visible: ${JSON.stringify(bar)}`);
    const widths = await page.locator('#satisfaction rect.bar').evaluateAll(bars => bars.map(b => b.getBBox().width));
    if (!widths.some(w => w > 10)) throw new Error(`the satisfaction bars have no length: ${widths}`);
    await page.locator('#unanswered').getByText('駐車場はありますか').waitFor({ timeout });
  });
} catch (error) {
  failed = true;
  console.error(error.message);
} finally {
  await page.screenshot({ path: screenshot, fullPage: true }).catch(() => {});
  if (failed) {
    console.error('--- what the page showed ---\n' + (await page.locator('body').innerText().catch(() => '')).slice(-3000));
    console.error('--- browser log ---\n' + pageLog.slice(-40).join('\n'));
  }
  await browser.close();
}
process.exit(failed ? 1 : 0);
