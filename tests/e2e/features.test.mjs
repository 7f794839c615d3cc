// End-to-end tests of the views, citations, exports and print style.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { setup, cardNumbers } from './harness.mjs';

const ctx = setup();

test("a country view: attended, where it spoke and in which role, where it is only named", async () => {
  const page = await ctx.open('?lang=en&view=entity:QAT');
  const view = page.locator('[data-testid=entity-view]');
  await view.waitFor();
  assert.match(await view.locator('h2').innerText(), /Qatar \/ 卡塔尔 \(QAT\)/);
  assert.equal(await view.locator('[data-testid=attended]').innerText(), 'Attended the meeting');
  const rows = await view.locator('[data-testid=spoke-table] tbody tr').allInnerTexts();
  assert.equal(rows.length, 1);
  assert.match(rows[0], /Para\. 60\s+panelist\s+Integrity in criminal justice/);
  assert.deepEqual(await view.locator('[data-testid=named-only] a').allInnerTexts(), ['Para. 29', 'Para. 81']);
});

test('a group view names the State that spoke for it, opened from a speaker chip', async () => {
  const page = await ctx.open('?lang=en&speaker=DZA');
  await page.locator('#p21 [data-testid=speaker-info]').first().click();
  await page.waitForURL(/view=entity%3ADZA|view=entity:DZA/);
  const row = await page.locator('[data-testid=spoke-table] tbody tr').innerText();
  assert.match(row, /representative \(on behalf of African Group\)/);
  await page.goBack();
  await page.waitForSelector('#p21');
});

test('an article view: titles in both languages, explicit and inherited paragraphs, finer citations, speakers', async () => {
  const page = await ctx.open('?lang=zh&view=article:13');
  const view = page.locator('[data-testid=article-view]');
  await view.waitFor();
  assert.equal(await view.locator('h2').innerText(), '第十三条 社会参与');
  assert.equal(await view.locator('p.other').innerText(), 'Article 13. Participation of society');
  assert.deepEqual(await view.locator('[data-testid=explicit] a').allInnerTexts(), ['第 5 段', '第 28 段', '第 42 段', '第 90 段']);
  assert.equal(await view.locator('[data-testid=inherited] a').count(), 23);
  const finer = await view.locator('[data-testid=finer] li').allInnerTexts();
  assert.match(finer[0], /^13\(1\)\(c\)/);
  assert.match(finer[1], /^13\(2\): 第 90 段/);
  assert.match(await view.locator('[data-testid=article-speakers]').innerText(), /中国 \(1\)/);
});

test('overview: bar charts with numbers and a matrix whose cells filter', async () => {
  const page = await ctx.open('?lang=en');
  await page.locator('[data-testid=tab-overview]').click();
  await page.waitForURL(/view=overview/);
  const edu = page.locator('[data-testid=topic-bars] tr', { hasText: 'education' });
  assert.match(await edu.innerText(), /\b3\d\b/);
  const cell = page.locator('[data-testid=matrix] button[data-speaker=CHN][data-topic=education]');
  assert.equal(await cell.innerText(), '1');
  assert.equal(await cell.getAttribute('aria-label'), 'China × Anti-corruption education (art. 13(1)(c)): 1');
  await cell.click();
  await page.waitForURL(/speaker=CHN/);
  assert.deepEqual(await cardNumbers(page), [39]);
  assert.match(page.url(), /topic=education/);
});

test('overview map: shades who spoke and who attended, dots for small States, a click filters', async () => {
  const page = await ctx.open('?lang=en&view=overview');
  const svg = page.locator('[data-testid=map-svg]');
  await svg.locator('path').first().waitFor();
  // Every State that spoke is hatched, every attending State is drawn.
  const spoke = await svg.locator('.spoke').evaluateAll((els) => [...new Set(els.map((e) => e.dataset.iso))].sort());
  assert.ok(spoke.includes('CHN') && spoke.includes('JPN'), spoke.join(' '));
  assert.match(await page.locator('[data-testid=map] .legend').innerText(), new RegExp(`Spoke \\(and attended\\) \\(${spoke.length}\\)`));
  const drawn = new Set(await svg.locator('[data-iso]').evaluateAll((els) => els.map((e) => e.dataset.iso)));
  assert.equal(drawn.size, 102, 'each of the 102 attending States is an outline or a dot');
  // The hatch, not only the colour, marks a State that spoke.
  assert.equal(await svg.locator('path[data-iso=CHN]').evaluate((e) => getComputedStyle(e).fill), 'url("#hatch")');
  // The same facts as a table for screen readers.
  const rows = page.locator('[data-testid=map-table] tbody tr');
  assert.equal(await rows.count(), 102);
  assert.match(await page.locator('[data-testid=map-table] tr[data-iso=CHN]').textContent(), /China\s*Spoke/);
  // A small State is a dot; clicking it shows where it is named.
  const dot = svg.locator('circle.attended[data-iso=SGP]');
  assert.equal(await dot.count(), 1, 'Singapore is a dot');
  await dot.click();
  await page.waitForURL(/named=SGP/);
  assert.ok((await cardNumbers(page)).includes(29));
  // Back to the map; clicking China filters by China as a speaker.
  await page.goBack();
  await svg.locator('path[data-iso=CHN]').click({ position: { x: 20, y: 20 } });
  await page.waitForURL(/speaker=CHN/);
  assert.deepEqual(await cardNumbers(page), [39]);
});

test('copy citation puts the citation on the clipboard and says so', async () => {
  const page = await ctx.open('?lang=en&speaker=CHN', { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.locator('#p39 [data-testid=copy-citation]').click();
  await page.waitForFunction(() => document.querySelector('#p39 [data-testid=copy-status]').textContent !== '');
  assert.equal(await page.locator('#p39 [data-testid=copy-status]').innerText(), 'Citation copied');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(text, /会议报告 \[Report of the meeting held in Vienna, 2017-08-21 to 2017-08-23; Chinese version\], para\. 39\. http:\/\/127\.0\.0\.1:\d+\/report-explorer\/#p39$/);
  await page.locator('[data-testid=lang-switch]').click();
  await page.locator('#p39 [data-testid=copy-citation]').click();
  await page.waitForFunction(() => document.querySelector('#p39 [data-testid=copy-status]').textContent === '引文已复制');
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^《.*会议报告》，第 39 段。http/);
});

test('copy citation falls back when the Clipboard API refuses', async () => {
  const page = await ctx.open('?lang=en&speaker=CHN');
  await page.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new Error('denied')); });
  await page.locator('#p39 [data-testid=copy-citation]').click();
  await page.waitForFunction(() => document.querySelector('#p39 [data-testid=copy-status]').textContent !== '');
  assert.equal(await page.locator('#p39 [data-testid=copy-status]').innerText(), 'Citation copied');
});

async function download(page, testid) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid=${testid}]`).click()]);
  return { name: d.suggestedFilename(), body: await readFile(await d.path(), 'utf8') };
}

test('exports of the filtered paragraphs: CSV with BOM, JSON, Markdown; and the whole dataset', async () => {
  const page = await ctx.open('?lang=en&speaker=CHN&speaker=MYS', { acceptDownloads: true });
  const csv = await download(page, 'export-csv');
  assert.equal(csv.name, 'paragraphs.csv');
  assert.ok(csv.body.startsWith('\ufeffnumber,section,speakers,states,articles,topics,text\r\n'));
  const rows = csv.body.trim().split('\r\n');
  assert.equal(rows.length, 3);
  assert.match(rows[1], /^38,IV\.A\.1,马来西亚 \(panelist\),MYS,13\(1\)\(c\)\*,education,一名来自马来西亚/);
  const json = JSON.parse((await download(page, 'export-json')).body);
  assert.deepEqual(json.paragraphs.map((p) => p.number), [38, 39]);
  assert.equal(json.paragraphs[1].speakers[0].iso3, 'CHN');
  assert.equal(json.paragraphs[1].speakers[0].role, 'panelist');
  const md = await download(page, 'export-md');
  assert.match(md.body, /^# .*会议报告\n\n> \?speaker=CHN&speaker=MYS&lang=en\n\n\*\*38\.\*\* 一名来自马来西亚/);
  const all = JSON.parse((await download(page, 'export-all')).body);
  assert.equal(all.paragraphs.length, 93);
});

test('an export that cannot be made says why, next to the buttons', async () => {
  // (No service worker, which would answer from its cache.)
  const page = await ctx.open('?lang=en&speaker=CHN', { serviceWorkers: 'block' });
  await page.route('**/*.json', (r) => r.fulfill({ status: 404, body: '' }));
  await page.locator('[data-testid=export-json]').click();
  const status = page.locator('[data-testid=export-status]');
  await status.filter({ hasText: 'Could not export' }).waitFor();
  assert.equal(await status.innerText(), 'Could not export: wg-prevention-2017-08.json: HTTP 404');
  // The failed request is logged by the browser; that is what this test made.
  page.problems.length = 0;
});

test('the print stylesheet hides the chrome and prints the filters and a citation line', async () => {
  const page = await ctx.open('?lang=en&speaker=CHN');
  await page.emulateMedia({ media: 'print' });
  const display = (sel) => page.locator(sel).first().evaluate((e) => getComputedStyle(e).display);
  assert.equal(await display('.sidebar'), 'none');
  assert.equal(await display('[data-testid=lang-switch]'), 'none');
  assert.equal(await display('.toolbar'), 'none');
  assert.equal(await display('[data-testid=print-line]'), 'block');
  assert.match(await page.locator('[data-testid=print-line]').innerText(), /会议报告 · Speaker: China · http:\/\/127\.0\.0\.1:\d+\/report-explorer\/\?speaker=CHN&lang=en$/);
  assert.equal(await display('#p39'), 'block');
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await display('[data-testid=print-line]'), 'none');
});

test('keyboard: / focuses the search, Esc clears it, focus is visible', async () => {
  const page = await ctx.open('?lang=en');
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search-input');
  await page.keyboard.type('廉正');
  await page.waitForURL(/q=/);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !location.search.includes('q='));
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
});

test('usable on a 360 px phone: one column, no horizontal scroll', async () => {
  const page = await ctx.open('?lang=en', { viewport: { width: 360, height: 740 } });
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(scroll <= client, `${scroll} > ${client}`);
  const sidebar = await page.locator('.sidebar').boundingBox();
  const main = await page.locator('main').boundingBox();
  assert.ok(main.y > sidebar.y, 'the list comes under the filters');
});
