// A report whose text holds HTML and script is shown as inert text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, dataRequests } from './harness.mjs';

const DIST = process.env.HOSTILE_DIST ?? new URL('../../target/dist-hostile', import.meta.url).pathname;
const ctx = setup(DIST);

test('script, img onerror and javascript: links in the report are text', async () => {
  const page = await ctx.open('?lang=en');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  // textContent: cards off screen are not laid out (content-visibility).
  const p1 = await page.locator('#p1 .text').textContent();
  assert.ok(p1.startsWith('<script>window.__pwned=1</script>联合国'), p1);
  assert.match(await page.locator('#p6 .text').textContent(), /<img src=x onerror="window.__pwned=2">/);
  assert.match(await page.locator('#p7 .text').textContent(), /<a href="javascript:window.__pwned=3">点击<\/a>/);
  assert.equal(await page.locator('main script, main img, #p7 .text a').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  // Searching for markup finds it as text and highlights it.
  await page.locator('[data-testid=search]').fill('<script>');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=card]').length === 1);
  assert.equal(await page.locator('#p1 mark').textContent(), '<script>');
});

test('its texts, markup and all, come back from the prerendered page: no data file fetched', async () => {
  const page = await ctx.page();
  const fetched = dataRequests(page);
  await page.goto(ctx.server.base);
  await page.waitForSelector('[data-testid=shown]');
  assert.ok((await page.locator('#p1 .text').textContent()).startsWith('<script>window.__pwned=1</script>'));
  assert.deepEqual(fetched, []);
});
