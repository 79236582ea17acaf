// Opens the staff console's statistics like an admin: sign in, open /desk/stats for a range, check the charts are
// drawn (SVG bars with a real size on screen), and save a screenshot.
// usage: DESK_PASSWORD=… node desk-stats.mjs <baseUrl> <user> <query> <screenshot.png>
// The password comes from the environment (DESK_PASSWORD), not the command line.
import { runInBrowser, signInToDesk, step, timeout } from './browser-run.mjs';

const [baseUrl, user, query, screenshot] = process.argv.slice(2);
const password = process.env.DESK_PASSWORD;
if (!screenshot || !password) {
  console.error('usage: DESK_PASSWORD=… node desk-stats.mjs <baseUrl> <user> <query> <screenshot.png>');
  process.exit(2);
}

await runInBrowser({ viewport: { width: 1000, height: 1400 }, screenshot }, async page => {
  await step('sign in', () => signInToDesk(page, baseUrl, user, password));
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
});
