// Walks the staff console like a desk's staff member: sign in, open the queue and a ticket, take it, reply, see the
// person's next message appear without reloading (posted through Direct Line while the page is open), close it.
// usage: DESK_PASSWORD=… node desk-console.mjs <baseUrl> <user> <ticketId> <directLineToken> <conversationId> <screenshot.png>
// The password comes from the environment (DESK_PASSWORD), not the command line.
import { runInBrowser, signInToDesk, step, timeout } from './browser-run.mjs';

const [baseUrl, user, ticketId, directLineToken, conversationId, screenshot] = process.argv.slice(2);
const password = process.env.DESK_PASSWORD;
if (!screenshot || !password) {
  console.error('usage: DESK_PASSWORD=… node desk-console.mjs <baseUrl> <user> <ticketId> <directLineToken> <conversationId> <screenshot.png>');
  process.exit(2);
}
const reply = '協定書のひな形をお送りします';
const personSays = 'ありがとうございます。確認します';

await runInBrowser({ viewport: { width: 1000, height: 1400 }, screenshot }, async page => {
  await step('sign in', () => signInToDesk(page, baseUrl, user, password));
  await step('open the ticket from the queue', async () => {
    await page.locator(`tr[data-id="${ticketId}"] a`).click({ timeout });
    await page.getByRole('heading', { name: `相談 ${ticketId}` }).waitFor({ timeout });
  });
  await step('take it', async () => {
    await page.getByRole('button', { name: '対応する' }).click({ timeout });
    await page.locator('#state').filter({ hasText: '対応中' }).waitFor({ timeout });
  });
  await step('reply', async () => {
    await page.locator('textarea[name="text"]').fill(reply);
    await page.getByRole('button', { name: '送信' }).click();
    await page.locator('#transcript li.Staff').filter({ hasText: reply }).waitFor({ timeout });
  });
  await step('the person answers and the line appears without reloading', async () => {
    await page.evaluate(() => { window.stillTheSamePage = true; });
    const posted = await fetch(new URL(`/v3/directline/conversations/${conversationId}/activities`, baseUrl), {
      method: 'POST',
      headers: { Authorization: `Bearer ${directLineToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: personSays }),
    });
    if (!posted.ok) throw new Error(`Direct Line answered ${posted.status}`);
    await page.locator('#transcript li.Person').filter({ hasText: personSays }).waitFor({ timeout });
    if (!await page.evaluate(() => window.stillTheSamePage === true)) throw new Error('the page was reloaded');
  });
  await step('close with an outcome', async () => {
    await page.locator('select[name="outcome"]').selectOption('Resolved');
    await page.locator('textarea[name="note"]').fill('ひな形を送付済み');
    await page.getByRole('button', { name: '対応終了' }).click();
    await page.locator('#state').filter({ hasText: '終了' }).waitFor({ timeout });
    await page.getByText('解決', { exact: true }).waitFor({ timeout });
  });
});
