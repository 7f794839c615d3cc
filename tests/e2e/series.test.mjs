// A site of several reports (REPORT_FILE=tests/fixtures/series: the real
// 2017 report and the 2019 fixture): the newest shows by default as a
// single report would, `?report=ID` shows another one fetched as its
// compact file, the chooser links them, history and offline work across
// them, and links and citations name the report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, cardNumbers, dataRequests, holdBack, recordVisible } from './harness.mjs';

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
    ['?report=all&lang=en', 'All meetings', null],
  ]);
  // The whole dataset of the report shown.
  assert.equal(await page.locator('[data-testid=export-all]').getAttribute('href'), `${NEW}.json`);
});

test('?report=ID shows that report, loaded from its file, never the newest first', async () => {
  const page = await ctx.page({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  // Every frame: which meeting facts and cards are visible.
  await recordVisible(page, '.meeting, article.card');
  const release = await holdBack(page, `**/${OLD}.bin`);
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

test('?report=ID does not put the newest report together: its rewritten page texts are not read', async () => {
  const page = await ctx.page({ serviceWorkers: 'block' });
  const fetched = dataRequests(page);
  const warnings = [];
  // The app's warning when the page's texts are not the build's (page-text.test.mjs).
  page.on('console', (m) => { if (m.type() === 'warning' && /fetching the report/.test(m.text())) warnings.push(m.text()); });
  // The prerendered view is the newest's; a translator rewrites it.
  await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
    document.querySelector('#prerender article.card .text').firstChild.textContent = 'Translated.';
  }));
  await page.goto(`${ctx.server.base}?report=${OLD}&speaker=CHN`);
  await page.waitForSelector('[data-testid=card]');
  assert.deepEqual(await cardNumbers(page), [39]);
  assert.deepEqual(fetched, [`${OLD}.bin`], 'only the report shown is fetched');
  assert.deepEqual(warnings, [], 'the newest report was not needed, so its texts were not checked');
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

test("a State's page follows it across both meetings, with links to each paragraph", async () => {
  // While the other report is on its way, the page counts what has
  // arrived. It reads the other report's outline (no text).
  const page = await ctx.page({ serviceWorkers: 'block' });
  const fetched = dataRequests(page);
  const release = await holdBack(page, `**/${OLD}.outline.bin`);
  await page.goto(`${ctx.server.base}?view=entity:CHN&lang=en`);
  const status = page.locator('[data-testid=across-status]');
  await status.waitFor();
  assert.equal(await status.innerText(), "Loading the other meetings' reports… (1 of 2)");
  release();
  const table = page.locator('[data-testid=across-table]');
  await table.waitFor();
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.innerText.trim())));
  assert.deepEqual(rows, [
    ['Working Group on the Prevention of Corruption · 10th meeting · 2019 · Vienna', 'Attended', 'Para. 39 (panelist)', 'Para. 29'],
    ['Working Group on the Prevention of Corruption · 8th meeting · 2017 · Vienna', 'Attended', 'Para. 39 (panelist)', 'Para. 29'],
  ]);
  // The shown report's paragraphs are in this page; the other's in its own.
  const hrefs = await table.locator('td a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs, ['#p39', '#p29', `?report=${OLD}&lang=en#p39`, `?report=${OLD}&lang=en#p29`]);
  assert.deepEqual(fetched, [`${OLD}.outline.bin`], 'the outline only');
  await table.locator(`a[href="?report=${OLD}&lang=en#p39"]`).click();
  await page.waitForFunction(() => document.activeElement?.id === 'p39');
  assert.equal(await meeting(page), '8th meeting · Vienna · 21–23 August 2017');
});

test('the overview of a series: States by meeting and articles by meeting, as tables of links', async () => {
  const page = await ctx.open('?view=overview&lang=en');
  const matrix = page.locator('[data-testid=state-meeting-matrix]');
  await matrix.waitFor();
  const heads = await matrix.locator('thead th').allInnerTexts();
  assert.deepEqual(heads, ['Speaker', '10th meeting · 2019', '8th meeting · 2017']);
  // China spoke at both; each cell says so in words to a screen reader and links to its paragraphs.
  const china = matrix.locator('tbody tr', { has: page.getByRole('button', { name: 'China', exact: true }) });
  assert.deepEqual(await china.locator('td .sr-only').allInnerTexts(), ['Spoke (and attended)', 'Spoke (and attended)']);
  await china.locator('td a').nth(1).click();
  await page.waitForURL(new RegExp(`\\?report=${OLD}&speaker=CHN&lang=en$`));
  await page.waitForSelector('[data-testid=card]');
  assert.deepEqual(await cardNumbers(page), [39]);
  // Articles by meeting: article 10 is the 2019 fixture's agenda, absent in 2017.
  await page.goto(`${ctx.server.base}?view=overview&lang=en`);
  const counts = page.locator('[data-testid=article-meeting-counts]');
  await counts.waitFor();
  const art10 = await counts.locator('tbody tr', { hasText: 'Art. 10 ' }).locator('td').allInnerTexts();
  assert.equal(art10[1], '0');
  assert.ok(Number(art10[0]) > 0, `article 10 in 2019: ${art10[0]}`);
  // A count opens that meeting's paragraphs citing the article.
  await counts.locator('tbody tr', { hasText: 'Art. 10 ' }).locator('td a').click();
  await page.waitForURL(/article=10/);
  await page.waitForSelector('[data-testid=card]');
  assert.equal(String(await page.locator('[data-testid=shown] strong').innerText()), art10[0]);
});

test('?report=all: both reports in one list, grouped by meeting, facets counted across them', async () => {
  const page = await ctx.open('?report=all&speaker=CHN&lang=en');
  assert.equal(await page.locator('h1').innerText(), 'All meetings');
  assert.equal(await meeting(page), '10th meeting · 2019 · 8th meeting · 2017');
  assert.equal(await page.locator('[data-testid=shown]').innerText(), 'Paragraphs shown 2 of 186');
  const cards = await page.locator('[data-testid=card]').evaluateAll((es) => es.map((e) => [e.id, e.querySelector('.num').textContent]));
  assert.deepEqual(cards, [[`${NEW}-p39`, '10th meeting · 2019 · Para. 39'], [`${OLD}-p39`, '8th meeting · 2017 · Para. 39']]);
  // Each card sits under its meeting's heading.
  assert.match(await page.locator(`#${OLD}-p39`).evaluate((e) => e.previousElementSibling?.textContent ?? ''), /第八次会议 · 2017/);
  // The speaker is a shared axis (China: 2, one per meeting); a topic names its meetings.
  assert.equal(await page.locator('[data-testid=facet-speaker] li', { hasText: 'China' }).locator('.count').innerText(), '2');
  const topics = await page.locator('[data-testid=facet-topic] .name').allInnerTexts();
  assert.deepEqual(topics.sort(), ['Anti-corruption education (art. 13(1)(c)) (2017)', 'Public reporting (art. 10) (2019)']);
  // The chooser says so; the whole-dataset link is per report, not here.
  assert.equal(await page.locator('[data-testid=report-choice] a[aria-current=page]').textContent(), 'All meetings');
  assert.equal(await page.locator('[data-testid=export-all]').count(), 0);
  // A citation names the paragraph's own report and number.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator(`#${OLD}-p39 [data-testid=copy-citation]`).click();
  await page.locator(`#${OLD}-p39 [data-testid=copy-status]`).filter({ hasText: 'Citation copied' }).waitFor();
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), new RegExp(`para\\. 39\\. http://127\\.0\\.0\\.1:\\d+/report-explorer/\\?report=${OLD}#p39$`));
});

/** How many paragraphs each report alone shows for `q`, summed: what a
 * list of both must show (each report's page reads its own whole file). */
async function perReport(q) {
  let n = 0;
  for (const id of [NEW, OLD]) {
    const page = await ctx.open(`?report=${id}&q=${encodeURIComponent(q)}&lang=en`);
    await page.waitForSelector('[data-testid=card], [data-testid=empty]');
    n += Number((await page.locator('[data-testid=shown] strong').innerText()).trim());
    await page.close();
  }
  return `Paragraphs shown ${n} of 186`;
}

test('?report=all is drawn from outlines; a report\'s texts come when its cards are drawn, every text when a search asks, exact', async () => {
  const answer = await perReport('教育');
  assert.notEqual(answer, 'Paragraphs shown 0 of 186');
  assert.notEqual(answer, 'Paragraphs shown 186 of 186');

  const page = await ctx.page({ serviceWorkers: 'block' });
  const fetched = dataRequests(page);
  const release = await holdBack(page, `**/${OLD}.texts.bin`);
  await page.goto(`${ctx.server.base}?report=all&lang=en`);
  await page.waitForSelector('[data-testid=card]');
  // Drawn and counted from the other report's outline. The cards drawn are
  // the newest report's, whose texts the page holds: no texts asked for
  // (the list's effects have run by the second frame after it is drawn).
  assert.equal(await page.locator('[data-testid=shown]').innerText(), 'Paragraphs shown 186 of 186');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.deepEqual(fetched, [`${OLD}.outline.bin`]);
  assert.equal(await page.locator('[data-testid=text-loading]').count(), 0);
  // A card of that report drawn: its texts are asked for (held back here), and until they come it says so.
  await page.locator('[data-testid=facet-speaker] input[data-value=CHN]').check();
  await page.locator(`#${OLD}-p39 [data-testid=text-loading]`).waitFor();
  assert.equal(await page.locator(`#${OLD}-p39 [data-testid=text-loading]`).innerText(), 'Loading the text…');
  assert.deepEqual(fetched, [`${OLD}.outline.bin`, `${OLD}.texts.bin`]);
  await page.locator('[data-testid=facet-speaker] input[data-value=CHN]').uncheck();
  // A search waits, and says so, rather than answer from half the texts.
  await page.locator('[data-testid=search]').fill('教育');
  await page.locator('[data-testid=search-waits]').waitFor();
  assert.equal(await page.locator('[data-testid=shown]').innerText(), 'Paragraphs shown 186 of 186');
  release();
  await page.waitForFunction((a) => document.querySelector('[data-testid=shown]')?.innerText === a, answer);
  assert.equal(await page.locator('[data-testid=search-waits]').count(), 0);
  assert.equal(await page.locator('[data-testid=text-loading]').count(), 0);
  const keys = fetched.filter((f) => /^keys-\d+\.bin$/.test(f));
  assert.equal(keys.length, 1, `the search keys of 教育 are in one file: ${fetched}`);
  assert.deepEqual(fetched.filter((f) => !keys.includes(f)), [`${OLD}.outline.bin`, `${OLD}.texts.bin`], 'asked for once, and never the whole file besides');
});

// 第九次 (ninth) is in the newest report only, 第八次 (eighth) in the older
// one only: a search fetches the search keys' files its terms fall in, and
// then only the texts of the reports that hold every key of a term.
test('?report=all: a search fetches its search keys, then only the texts of the reports that can hold its terms, exact', async () => {
  const ninth = await perReport('第九次');
  const eighth = await perReport('第八次');
  assert.notEqual(ninth, 'Paragraphs shown 0 of 186');
  assert.notEqual(eighth, 'Paragraphs shown 0 of 186');
  const page = await ctx.page({ serviceWorkers: 'block' });
  const fetched = dataRequests(page);
  await page.goto(`${ctx.server.base}?report=all&lang=en`);
  await page.waitForSelector('[data-testid=card]');
  const shown = () => page.locator('[data-testid=shown]').innerText();
  const answers = (a) => page.waitForFunction((a) => document.querySelector('[data-testid=shown]')?.innerText === a, a);
  await page.locator('[data-testid=search]').fill('第九次');
  await answers(ninth);
  assert.equal(await page.locator('[data-testid=search-waits]').count(), 0);
  const keysOf = () => fetched.filter((f) => /^keys-\d+\.bin$/.test(f));
  assert.equal(keysOf().length, new Set(keysOf()).size, 'each keys file once');
  assert.ok(keysOf().length >= 1 && keysOf().length <= 2, `第九次 has two pairs of characters: ${fetched}`);
  assert.deepEqual(fetched.filter((f) => !keysOf().includes(f)), [`${OLD}.outline.bin`], 'no texts: the older report cannot hold it');
  await page.locator('[data-testid=search]').fill('第八次');
  await answers(eighth);
  assert.deepEqual(fetched.filter((f) => !keysOf().includes(f)), [`${OLD}.outline.bin`, `${OLD}.texts.bin`]);
  // Both terms, one negated: the texts are here, the answer is exact.
  await page.locator('[data-testid=search]').fill('');
  await answers('Paragraphs shown 186 of 186');
  await page.locator('[data-testid=search]').fill('第九次 OR 第八次');
  const both = await perReport('第九次 OR 第八次');
  await answers(both);
  assert.equal(await shown(), both);
  assert.deepEqual(fetched.filter((f) => !keysOf().includes(f)), [`${OLD}.outline.bin`, `${OLD}.texts.bin`], 'texts asked for once');
});

test('?report=all&q=: an address that searches is drawn from outlines, fetches its search keys and the texts its terms need, never a whole file, and answers as the reports alone do', async () => {
  for (const [q, texts] of [['第九次', []], ['第八次', [`${OLD}.texts.bin`]]]) {
    const want = await perReport(q);
    const page = await ctx.page({ serviceWorkers: 'block' });
    const fetched = dataRequests(page);
    await page.goto(`${ctx.server.base}?report=all&q=${encodeURIComponent(q)}&lang=en`);
    await page.waitForFunction((a) => document.querySelector('[data-testid=shown]')?.innerText === a
      && !document.querySelector('[data-testid=search-waits]'), want);
    assert.equal(await page.locator('[data-testid=search]').inputValue(), q);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const keys = fetched.filter((f) => /^keys-\d+\.bin$/.test(f));
    assert.ok(keys.length >= 1 && keys.length <= 2, `${q}: ${fetched}`);
    assert.deepEqual(fetched.filter((f) => !keys.includes(f)), [`${OLD}.outline.bin`, ...texts], `${q}: never a whole file`);
    await page.close();
  }
});

test('?report=all in another view asks for no texts: the overview across meetings reads the outlines the list has', async () => {
  const page = await ctx.page({ serviceWorkers: 'block' });
  const fetched = dataRequests(page);
  await page.goto(`${ctx.server.base}?report=all&speaker=CHN&view=overview&lang=en`);
  await page.locator('[data-testid=tab-overview][aria-pressed=true]').waitFor();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.locator('[data-testid=state-meeting-matrix]').waitFor();
  assert.deepEqual(fetched, [`${OLD}.outline.bin`]);
  // Back to the list: the card of that report drawn, its texts are asked for.
  await page.locator('[data-testid=tab-list]').click();
  await page.locator(`#${OLD}-p39 p.text`).waitFor();
  assert.deepEqual(fetched, [`${OLD}.outline.bin`, `${OLD}.texts.bin`]);
});

test('?report=all: an export asked for before every text is here asks for them, says so, and is made when they come', async () => {
  const page = await ctx.page({ serviceWorkers: 'block', acceptDownloads: true });
  const fetched = dataRequests(page);
  const release = await holdBack(page, `**/${OLD}.texts.bin`);
  await page.goto(`${ctx.server.base}?report=all&lang=en`);
  await page.waitForSelector('[data-testid=card]');
  assert.deepEqual(fetched, [`${OLD}.outline.bin`]);
  const download = page.waitForEvent('download');
  await page.locator('[data-testid=export-csv]').click();
  const status = page.locator('[data-testid=export-status]');
  await status.filter({ hasText: 'Loading' }).waitFor();
  assert.equal(await status.innerText(), "Loading the meetings' texts; the export follows once they are here…");
  assert.deepEqual(fetched, [`${OLD}.outline.bin`, `${OLD}.texts.bin`]);
  release();
  const d = await download;
  const lines = (await (await import('node:fs/promises')).readFile(await d.path(), 'utf8')).trimEnd().split('\r\n');
  assert.equal(lines.length, 1 + 186, 'every paragraph of both reports');
  assert.equal(lines.filter((l) => l.endsWith(',')).length, 0, 'each with its text');
  assert.equal(await status.innerText(), '');
});

test('?report=all whose texts cannot be fetched says so where the search waits', async () => {
  // (A context of its own: the failed request is a console error.)
  const context = await ctx.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route(`**/${OLD}.texts.bin`, (r) => r.fulfill({ status: 404, body: '' }));
  await page.goto(`${ctx.server.base}?report=all&lang=en`);
  await page.waitForSelector('[data-testid=card]');
  await page.locator('[data-testid=search]').fill('教育');
  const status = page.locator('[data-testid=search-waits]');
  await status.filter({ hasText: 'Could not' }).waitFor();
  assert.equal(await status.innerText(), `Could not load the meetings' texts, so the list cannot be searched: ${OLD}.texts.bin: HTTP 404`);
  assert.equal(await page.locator('[data-testid=shown]').innerText(), 'Paragraphs shown 186 of 186', 'no half answer');
  // The list says it too, above cards that stay without their text.
  assert.equal(await page.locator('[data-testid=texts-failed]').innerText(),
    `Some meetings' texts could not be loaded, so their paragraphs show no text: ${OLD}.texts.bin: HTTP 404`);
  await page.locator('[data-testid=search]').fill('');
  await page.locator('[data-testid=facet-speaker] input[data-value=CHN]').check();
  assert.equal(await page.locator(`#${OLD}-p39 [data-testid=text-loading]`).count(), 1);
  assert.equal(await page.locator('[data-testid=texts-failed]').count(), 1);
  await context.close();
});

test('report repeated: those reports in one list; the page written for the newest stays hidden', async () => {
  const page = await ctx.page({ serviceWorkers: 'block' });
  const release = await holdBack(page, `**/${OLD}.outline.bin`);
  await page.goto(`${ctx.server.base}?report=${NEW}&report=${OLD}&lang=en`, { waitUntil: 'domcontentloaded' });
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('other-report')));
  assert.equal(await page.locator('#prerender .titles').evaluate((e) => getComputedStyle(e).visibility), 'hidden');
  release();
  await page.waitForSelector('[data-testid=card]');
  assert.equal(await page.locator('[data-testid=shown]').innerText(), 'Paragraphs shown 186 of 186');
  assert.ok(page.url().endsWith(`?report=${NEW}&report=${OLD}&lang=en`), page.url());
});

test('?report=all: #<report id>-p<N> opens a card, with its report\'s texts only; a cross-reference stays in its report', async () => {
  const page = await ctx.page({ serviceWorkers: 'block' });
  const fetched = dataRequests(page);
  await page.goto(`${ctx.server.base}?report=all&lang=en#${OLD}-p91`);
  await page.waitForFunction((id) => document.activeElement?.id === id, `${OLD}-p91`);
  await page.locator(`#${OLD}-p91 p.text`).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), `${OLD}-p91`, 'focus stays on the card as its text comes');
  assert.deepEqual(fetched, [`${OLD}.outline.bin`, `${OLD}.texts.bin`], 'the outline, then that report\'s texts; no whole file');
  await page.locator(`#${OLD}-p91 a.xref`).click();
  await page.waitForFunction((id) => document.activeElement?.id === id, `${OLD}-p90`);
  assert.ok(page.url().endsWith(`?report=all&lang=en#${OLD}-p90`), page.url());
  // A footnote marker leads to the footnote on its report's page.
  await page.goto(`${ctx.server.base}?report=all&lang=en#${OLD}-p20`);
  await page.waitForFunction((id) => document.activeElement?.id === id, `${OLD}-p20`);
  const marker = page.locator(`#${OLD}-p20 .fn-ref a`).first();
  assert.equal(await marker.count(), 1);
  assert.match(await marker.getAttribute('href'), new RegExp(`^\\?report=${OLD}#fn\\d+$`));
});

// The older report's p91 is the 184th card of 186: the list starts at its
// page (the 181st card) instead of drawing every card before it.
test('?report=all: a link far down the list draws from that card\'s page; the cards before come a page at a time', async () => {
  const page = await ctx.page({ serviceWorkers: 'block' });
  await page.goto(`${ctx.server.base}?report=all&lang=en#${OLD}-p91`);
  await page.waitForFunction((id) => document.activeElement?.id === id, `${OLD}-p91`);
  const ids = () => page.locator('article.card').evaluateAll((cards) => cards.map((c) => c.id));
  const numbers = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => `${OLD}-p${from + i}`);
  assert.deepEqual(await ids(), numbers(88, 93));
  assert.equal(await page.locator('[data-testid=shown]').innerText(), 'Paragraphs shown 186 of 186');
  // Its meeting's and section's headings head the cards drawn.
  assert.match(await page.locator('.cards').innerText(), /8th meeting/);
  const earlier = page.locator('[data-testid=show-earlier]');
  assert.equal(await earlier.innerText(), 'Show earlier paragraphs (180)');
  await earlier.click();
  await page.waitForFunction(() => document.querySelectorAll('article.card').length === 12);
  assert.deepEqual(await ids(), numbers(82, 93));
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'show-earlier', 'focus stays on the control');
  assert.equal(await earlier.innerText(), 'Show earlier paragraphs (174)');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('article.card').length === 18);
  // A new filter starts the list from the top, with no such control.
  await page.locator('[data-testid=facet-speaker] input[data-value=CHN]').check();
  await page.waitForFunction(() => document.querySelectorAll('article.card').length === 2);
  assert.equal(await earlier.count(), 0);
});

test('the CSV names each paragraph\'s report (and in one list its number there)', async () => {
  const page = await ctx.open('?report=all&speaker=CHN&lang=en', { acceptDownloads: true });
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-csv]').click()]);
  const rows = (await import('node:fs/promises')).readFile(await d.path(), 'utf8').then((t) => t.trimEnd().split('\r\n'));
  const lines = await rows;
  assert.equal(lines[0], '\ufeffreport,number,section,speakers,states,articles,topics,text');
  assert.match(lines[1], new RegExp(`^${NEW},39,IV\\.A\\.1,`));
  assert.match(lines[2], new RegExp(`^${OLD},39,IV\\.A\\.1,`));
  // One report of the series names itself too.
  const one = await ctx.open(`?report=${OLD}&speaker=CHN&lang=en`, { acceptDownloads: true });
  const [d2] = await Promise.all([one.waitForEvent('download'), one.locator('[data-testid=export-csv]').click()]);
  const text = await (await import('node:fs/promises')).readFile(await d2.path(), 'utf8');
  assert.match(text.split('\r\n')[1], new RegExp(`^${OLD},39,IV\\.A\\.1,`));
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
  for (const [path, year] of [[`?report=${OLD}&speaker=CHN&lang=en`, '2017'], ['?lang=en&speaker=CHN', '2019'], ['?report=all&speaker=CHN&lang=en', '2019 · 8th meeting · 2017']]) {
    await page.goto(ctx.server.base + path);
    await page.waitForSelector('[data-testid=card]');
    assert.match(await meeting(page), new RegExp(year), path);
  }
  assert.equal(await page.locator('[data-testid=card]').count(), 2, 'both meetings, offline');
  await context.close();
});

