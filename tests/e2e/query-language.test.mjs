// Search as people type it: several words (all of them), "phrases",
// -exclusions, OR, traditional characters and the Convention's English
// terms. Each query's paragraphs are computed here, independently of the
// app, from what `report parse` says the paragraphs are; the page must show
// exactly those, mark what it searched, and say which words it searched
// beyond those typed. Typed in the box, the lexicon is fetched when the
// box is focused; in an address, before the app mounts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { setup, allCardNumbers, shownCount } from './harness.mjs';

const ctx = setup();

const model = JSON.parse(execFileSync('cargo', ['run', '--quiet', '-p', 'report', '--bin', 'report', '--', 'parse',
  'data/reports/wg-prevention-2017-08.zh.txt'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
const all = model.paragraphs.map((p) => p.number);
const holding = (w) => new Set(model.paragraphs.filter((p) => p.text.includes(w)).map((p) => p.number));
const and = (a, b) => all.filter((n) => a.has(n) && b.has(n));
const or = (a, b) => all.filter((n) => a.has(n) || b.has(n));
const not = (a, b) => all.filter((n) => a.has(n) && !b.has(n));

// query → [the paragraphs it must give, the words marked, the words it
// says it also searched]
const CASES = [
  ['教育 廉正', and(holding('教育'), holding('廉正')), ['教育', '廉正'], []],
  ['刑事司法 -教育', not(holding('刑事司法'), holding('教育')), ['刑事司法'], []],
  ['举报人 OR 利益冲突', or(holding('举报人'), holding('利益冲突')), ['举报人', '利益冲突'], []],
  ['举报人 | 利益冲突', or(holding('举报人'), holding('利益冲突')), ['举报人', '利益冲突'], []],
  ['"中小学和大学"', [...holding('中小学和大学')], ['中小学和大学'], []],
  ['腐敗', [...holding('腐败')], ['腐败'], ['腐败']],
  ['預防', [...holding('预防')], ['预防'], ['预防']],
  ['利益衝突', [...holding('利益冲突')], ['利益冲突'], ['利益冲突']],
  ['conflict of interest', [...holding('利益冲突')], ['利益冲突'], ['利益冲突']],
  ['asset declaration', [...holding('资产申报')], ['资产申报'], ['资产申报']],
  ['whistle-blower', [...holding('举报人')], ['举报人'], ['举报人']],
  ['public procurement', [...holding('公共采购')], ['公共采购'], ['公共采购']],
  ['judicial integrity', [...holding('司法廉正')], ['司法廉正'], ['司法廉正']],
];

test('the independent answers are not trivial', () => {
  assert.equal(CASES[0][1].length, 14, '14 paragraphs hold both 教育 and 廉正');
  assert.equal(CASES[5][1].length, 66, '66 hold 腐败');
  for (const [q, want] of CASES) assert.ok(want.length > 0 && want.length < all.length, q);
});

/** The words marked in the cards shown. */
const marked = (page) => page.locator('[data-testid=card] mark').evaluateAll((els) => [...new Set(els.map((e) => e.textContent))]);

for (const [q, want, marks, also] of CASES) {
  test(`?q=${q} shows exactly the paragraphs that hold what it asks for`, async () => {
    const page = await ctx.open(`?q=${encodeURIComponent(q)}&lang=en`);
    assert.equal(await shownCount(page), want.length, q);
    assert.deepEqual(await allCardNumbers(page), want, q);
    const seen = await marked(page);
    assert.ok(seen.length > 0 && seen.every((m) => marks.includes(m)), `${q}: marked ${seen}`);
    if (also.length > 0) {
      assert.equal(await page.locator('[data-testid=also-searched]').innerText(), `Also searched: ${also.join('、')}`);
    } else {
      assert.equal(await page.locator('[data-testid=also-searched]').count(), 0, q);
    }
  });
}

test('typed in the box: the lexicon comes when the box is focused, and each form answers', async () => {
  const page = await ctx.open('?lang=zh');
  const lexicon = page.waitForResponse((r) => r.url().endsWith('/lexicon.txt'));
  await page.locator('[data-testid=search]').focus();
  assert.equal((await lexicon).status(), 200);
  for (const [q, want] of [CASES[0], CASES[2], CASES[5], CASES[8]]) {
    await page.locator('[data-testid=search]').fill(q);
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid=shown] strong')?.textContent) === n, want.length);
    assert.deepEqual(await allCardNumbers(page), want, q);
  }
  await page.locator('[data-testid=search]').fill('conflict of interest');
  await page.waitForSelector('[data-testid=also-searched]');
  assert.equal(await page.locator('[data-testid=also-searched]').innerText(), '同时搜索了：利益冲突');
});

test('what cannot be parsed is read forgivingly and never fails', async () => {
  for (const [q, want] of [['"中小学和大学', [...holding('中小学和大学')]], ['-', all], ['教育 OR', [...holding('教育')]]]) {
    const page = await ctx.open(`?q=${encodeURIComponent(q)}`);
    assert.equal(await shownCount(page), want.length, q);
  }
});

test('the help next to the box shows the syntax in the interface language', async () => {
  for (const [lang, summary, example] of [['zh', '搜索语法', '两个词都有'], ['en', 'Search syntax', 'both words']]) {
    const page = await ctx.open(`?lang=${lang}`);
    const help = page.locator('.search-help');
    await help.locator('summary').click();
    assert.equal(await help.locator('summary').innerText(), summary);
    assert.match(await help.locator('p').innerText(), new RegExp(`教育 廉正.*${example}.*-教育.*OR`));
  }
});

test('the CSV export of a search holds exactly its paragraphs', async () => {
  const page = await ctx.open(`?q=${encodeURIComponent('conflict of interest 教育')}&lang=en`, { acceptDownloads: true });
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-csv]').click()]);
  const rows = (await readFile(await d.path(), 'utf8')).trim().split('\r\n').slice(1);
  assert.deepEqual(rows.map((r) => Number(r.split(',')[0])), and(holding('利益冲突'), holding('教育')));
});
