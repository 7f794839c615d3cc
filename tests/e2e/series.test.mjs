// A site of several reports (REPORT_FILE=tests/fixtures/series: the real
// 2017 report and the 2019 fixture): the newest shows by default as a
// single report would, `?report=ID` shows another one fetched as its
// compact file, the chooser links them, history and offline work across
// them, and links and citations name the report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, cardNumbers } from './harness.mjs';

const DIST = process.env.SERIES_DIST ?? new URL('../../target/dist-series', import.meta.url).pathname;
const ctx = setup(DIST);
const OLD = 'wg-prevention-2017-08';
const NEW = 'fixture-wg-prevention-2019-09';

const meeting = (page) => page.locator('[data-testid=meeting]').innerText();

test('with no report named, the newest shows, with a chooser of both', async () => {
  const page = await ctx.open('?lang=en');
  assert.equal(await meeting(page), '10th meeting · Vienna · 4–6 September 2019');
  assert.equal(await page.locator('#p1').count(), 1, 'cards keep their ids');
  assert.equal(page.url().includes('report='), false, 'the address is left as it was');
  const choice = page.locator('[data-testid=report-choice]');
  assert.equal(await choice.locator('summary').innerText(), 'Report: Working Group on the Prevention of Corruption · 10th meeting · 2019 · Vienna');
  const links = await choice.locator('a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent, a.getAttribute('aria-current')]));
  assert.deepEqual(links, [
    [`?report=${NEW}&lang=en`, 'Working Group on the Prevention of Corruption · 10th meeting · 2019 · Vienna', 'page'],
    [`?report=${OLD}&lang=en`, 'Working Group on the Prevention of Corruption · 8th meeting · 2017 · Vienna', null],
  ]);
  // The whole dataset of the report shown.
  assert.equal(await page.locator('[data-testid=export-all]').getAttribute('href'), `${NEW}.json`);
});

test('?report=ID shows that report, loaded from its file, never the newest first', async () => {
  const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  // Sample every frame for visible meeting facts and cards.
  await context.addInitScript(() => {
    window.__seen = new Set();
    const sample = () => {
      for (const el of document.querySelectorAll('.meeting, article.card')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && getComputedStyle(el).visibility !== 'hidden') window.__seen.add(el.id || el.textContent);
      }
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console: ${m.text()}`); });
  ctx.pages.push(page);
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(`**/${OLD}.bin`, async (route) => { await gate; await route.continue(); });
  await page.goto(`${ctx.server.base}?report=${OLD}&speaker=CHN&lang=en`, { waitUntil: 'domcontentloaded' });
  // While the file is on its way the page says so.
  const loading = page.locator('#prerender .pre-report');
  await loading.waitFor({ state: 'visible' });
  assert.equal(await loading.innerText(), 'Loading the report you chose…');
  release();
  await page.waitForSelector('[data-testid=card]');
  assert.deepEqual(await cardNumbers(page), [39]);
  assert.equal(await meeting(page), '8th meeting · Vienna · 21–23 August 2017');
  assert.ok(page.url().endsWith(`?report=${OLD}&speaker=CHN&lang=en`), page.url());
  const seen = await page.evaluate(() => [...window.__seen]);
  assert.ok(!seen.some((s) => /2019/.test(s)), `the newest report's facts never showed: ${seen}`);
  assert.deepEqual(seen.filter((s) => /^p\d+$/.test(s)), ['p39']);
  // Its own data, and citations that name it.
  assert.equal(await page.locator('[data-testid=export-all]').getAttribute('href'), `${OLD}.json`);
  assert.equal(await page.locator('#p39 a.num').getAttribute('href'), '#p39');
});

test('a citation and the printed address name the report', async () => {
  const page = await ctx.open('?lang=en', { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.locator('#p1 [data-testid=copy-citation]').click();
  await page.locator('#p1 [data-testid=copy-status]').filter({ hasText: 'Citation copied' }).waitFor();
  const cited = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(cited, /2019-09-04 to 2019-09-06; Chinese version\], para\. 1\. http:\/\/127\.0\.0\.1:\d+\/report-explorer\/\?report=fixture-wg-prevention-2019-09#p1$/);
  assert.match(await page.locator('[data-testid=print-line]').innerText(), /\?report=fixture-wg-prevention-2019-09&lang=en$/);
});

test('the chooser opens the other report; Back and Forward walk between them', async () => {
  const page = await ctx.open('?lang=en');
  await page.locator('[data-testid=report-choice] summary').click();
  await page.locator('[data-testid=report-choice] a', { hasText: '8th meeting' }).click();
  await page.waitForURL(new RegExp(`\\?report=${OLD}&lang=en$`));
  await page.waitForSelector('[data-testid=card]');
  assert.equal(await meeting(page), '8th meeting · Vienna · 21–23 August 2017');
  // A filter in the older report, then back through it and to the newest.
  await page.locator('[data-testid=facet-speaker] input[data-value=CHN]').check();
  await page.waitForURL(/speaker=CHN/);
  assert.deepEqual(await cardNumbers(page), [39]);
  await page.goBack();
  await page.waitForURL(new RegExp(`\\?report=${OLD}&lang=en$`));
  await page.goBack();
  await page.waitForURL(/\?lang=en$/);
  await page.waitForSelector('[data-testid=card]');
  assert.equal(await meeting(page), '10th meeting · Vienna · 4–6 September 2019');
  await page.goForward();
  await page.waitForURL(new RegExp(`\\?report=${OLD}&lang=en$`));
  await page.waitForFunction(() => document.querySelector('[data-testid=meeting]')?.textContent.includes('2017'));
});

test('an unknown report is named in a notice and the newest shows', async () => {
  const page = await ctx.open('?report=wg-prevention-1999&lang=en');
  assert.match(await page.locator('[data-testid=notice]').innerText(), /“wg-prevention-1999” is not a valid report/);
  assert.equal(await meeting(page), '10th meeting · Vienna · 4–6 September 2019');
});

test('a report that cannot be loaded says why and links to the newest', async () => {
  const context = await ctx.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route(`**/${OLD}.bin`, (r) => r.fulfill({ status: 404, body: '' }));
  await page.goto(`${ctx.server.base}?report=${OLD}&lang=en`);
  const notice = page.locator('#prerender .pre-report');
  await notice.filter({ hasText: 'Could not load' }).waitFor();
  assert.equal(await notice.innerText(), `Could not load the report you chose: ${OLD}.bin: HTTP 404 Open the newest report`);
  await notice.locator('a:visible').click();
  await page.waitForSelector('[data-testid=card]');
  assert.equal(await meeting(page), '10th meeting · Vienna · 4–6 September 2019');
  await context.close();
});

test('offline after one visit to each report', async () => {
  const context = await ctx.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${ctx.server.base}?lang=en`);
  await page.waitForSelector('[data-testid=card]');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await page.waitForSelector('[data-testid=card]');
  await page.goto(`${ctx.server.base}?report=${OLD}&lang=en`);
  await page.waitForSelector('[data-testid=card]');
  await context.setOffline(true);
  for (const [path, year] of [[`?report=${OLD}&speaker=CHN&lang=en`, '2017'], ['?lang=en&speaker=CHN', '2019']]) {
    await page.goto(ctx.server.base + path);
    await page.waitForSelector('[data-testid=card]');
    assert.match(await meeting(page), new RegExp(year), path);
  }
  await context.close();
});
