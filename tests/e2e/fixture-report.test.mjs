// A report of another meeting, built with REPORT_FILE, is read as itself:
// its own agenda topics, meeting facts, attendance list and footnotes
// (tests/fixtures/fixture-wg-prevention-2019-09.zh.txt, a variant of the
// real report made for this test). Its exports are what `report parse`
// prints for it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { setup, shownCount } from './harness.mjs';

const FILE = 'tests/fixtures/fixture-wg-prevention-2019-09.zh.txt';
const DIST = process.env.FIXTURE_DIST ?? new URL('../../target/dist-fixture', import.meta.url).pathname;
const ctx = setup(DIST);
const parsed = execFileSync('cargo', ['run', '--quiet', '-p', 'report', '--bin', 'report', '--', 'parse', FILE],
  { encoding: 'utf8', maxBuffer: 64 << 20 });
const model = JSON.parse(parsed);

test('the page names its own meeting in both languages', async () => {
  const page = await ctx.open('?lang=zh');
  assert.match(await page.title(), /第十次会议（维也纳，2019年9月4日至6日）/);
  assert.match(await page.locator('meta[name=description]').getAttribute('content'), /Vienna, 4–6 September 2019/);
  assert.equal(await page.locator('[data-testid=meeting]').innerText(), '第十次会议 · 维也纳 · 2019年9月4日至6日');
  await page.locator('[data-testid=lang-switch]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.locator('[data-testid=meeting]').innerText(), '10th meeting · Vienna · 4–6 September 2019');
  assert.match(await page.locator('h1').innerText(), /Working Group on the Prevention of Corruption held in Vienna, 4–6 September 2019/);
  assert.match(await page.title(), /10th meeting \(Vienna, 4–6 September 2019\)/);
  const html = await (await fetch(ctx.server.base)).text();
  assert.match(html, /<title>预防腐败问题工作组第十次会议/, 'the built page names it before any script runs');
  const head = html.slice(0, html.indexOf('</head>'));
  assert.doesNotMatch(head, /2017/, 'nothing of the 2017 meeting in its title or description');
  // The prerendered view is this report's: its meeting facts and its last State.
  assert.match(html, /第十次会议 · 维也纳 · 2019年9月4日至6日/);
  assert.match(html, /特立尼达和多巴哥/);
});

test('its own agenda topics, not the 2017 meeting\'s', async () => {
  const page = await ctx.open('?lang=en');
  const facet = page.locator('[data-testid=facet-topic]');
  const values = await facet.locator('input').evaluateAll((els) => els.map((e) => e.dataset.value));
  assert.ok(values.includes('art-10') && values.includes('art-12'), String(values));
  assert.ok(!values.includes('education') && !values.includes('criminal-justice'), String(values));
  assert.match(await facet.locator('li', { has: page.locator('input[data-value=art-10]') }).innerText(), /Public reporting \(art\. 10\)/);
  await page.locator('input[data-value=art-12]').check();
  await page.waitForURL(/topic=art-12/);
  const want = model.paragraphs.filter((p) => p.topics.includes('art-12')).length;
  assert.equal(await shownCount(page), want);
  assert.ok(want > 15, `the section and the paragraphs citing article 12: ${want}`);
});

test('every attending State, names with 和 whole', async () => {
  const page = await ctx.open('?lang=zh');
  const summary = page.locator('[data-testid=attendance] summary');
  assert.match(await summary.innerText(), /\(110\)/);
  await summary.click();
  // The lists are rendered when the panel opens.
  const list = page.locator('[data-testid=attendance] ul.attendees').first();
  await list.waitFor();
  const names = await list.locator('li').allInnerTexts();
  for (const n of ['特立尼达和多巴哥', '津巴布韦', '波斯尼亚和黑塞哥维那', '安提瓜和巴布达', '圣多美和普林西比',
    '圣基茨和尼维斯', '圣文森特和格林纳丁斯', '刚果民主共和国', '刚果']) {
    assert.ok(names.some((x) => x.trim().startsWith(n)), n);
  }
  assert.equal(names.length, 110);
});

test('a footnote is text with only its address or symbol linked', async () => {
  const page = await ctx.open('?lang=zh');
  const fn2 = page.locator('#fn2');
  assert.match(await fn2.textContent(), /缔约国会议第六届会议报告（CAC\/COSP\/2015\/10）第一章 A 节。/);
  const links = await fn2.locator('a:not(.back)').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
  assert.deepEqual(links, [['CAC/COSP/2015/10', 'https://undocs.org/zh/CAC/COSP/2015/10']]);
  const fn1 = await page.locator('#fn1 a:not(.back)').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
  assert.deepEqual(fn1, [['www.unodc.org/unodc/en/corruption/WG-Prevention/session8.html', 'https://www.unodc.org/unodc/en/corruption/WG-Prevention/session8.html']]);
});

async function download(page, testid) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid=${testid}]`).click()]);
  return readFile(await d.path(), 'utf8');
}

test('"All data (JSON)" is byte for byte what report parse prints; the filtered JSON has its shape', async () => {
  const page = await ctx.open('?lang=en&topic=art-10', { acceptDownloads: true });
  assert.equal(await download(page, 'export-all'), parsed);
  const filtered = JSON.parse(await download(page, 'export-json'));
  assert.deepEqual(Object.keys(filtered), Object.keys(model));
  for (const k of Object.keys(model)) if (k !== 'paragraphs') assert.deepEqual(filtered[k], model[k], k);
  assert.deepEqual(filtered.paragraphs, model.paragraphs.filter((p) => p.topics.includes('art-10')));
});
