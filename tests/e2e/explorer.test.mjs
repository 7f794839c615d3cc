// End-to-end tests of the built explorer in headless Chromium, served from
// a subpath like a GitHub Pages project site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, allCardNumbers, cardNumbers, scrollForMore, shownCount, PAGE } from './harness.mjs';

const ctx = setup();

test('opens from a subpath with all 93 paragraphs and the meeting facts', async () => {
  const page = await ctx.open('?lang=en');
  assert.equal(await shownCount(page), 93);
  assert.match(await page.locator('[data-testid=shown]').innerText(), /of 93/);
  assert.equal(await page.locator('h1').innerText(),
    'Report on the meeting of the Open-ended Intergovernmental Working Group on the Prevention of Corruption held in Vienna, 21–23 August 2017');
  assert.match(await page.locator('[data-testid=original-title]').innerText(), /维也纳举行的预防腐败问题不限成员名额政府间工作组会议报告/);
  assert.equal(await page.locator('[data-testid=meeting]').innerText(), '8th meeting · Vienna · 21–23 August 2017');
  assert.equal(await page.title(), 'Working Group on the Prevention of Corruption, 8th meeting (Vienna, 21–23 August 2017) · Report explorer');
  const ids = await cardNumbers(page);
  assert.deepEqual(ids, Array.from({ length: PAGE }, (_, i) => i + 1), 'the first page of cards in report order');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
});

test('also works from the root', async () => {
  const page = await ctx.open('?speaker=CHN', { root: true });
  assert.deepEqual(await cardNumbers(page), [39]);
});

test('choosing China shows only paragraph 39, with China as a panelist', async () => {
  const page = await ctx.open('?lang=en');
  await page.locator('[data-testid=facet-speaker] input[data-value=CHN]').check();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=card]').length === 1);
  assert.deepEqual(await cardNumbers(page), [39]);
  assert.equal(await page.locator('#p39 [data-testid=speaker-chip]').innerText(), 'China · panelist');
  // (The address is written in a task after the render.)
  await page.waitForURL(/\?speaker=CHN&lang=en$/);
  assert.equal(await shownCount(page), 1);
});

test('?article=11 shows the paragraphs that cite it or sit under a heading that does', async () => {
  const page = await ctx.open('?article=11&lang=en');
  const want = [5, 28, ...Array.from({ length: 17 }, (_, i) => 58 + i)];
  assert.equal(await shownCount(page), want.length);
  assert.deepEqual(await cardNumbers(page), want.slice(0, PAGE), 'the first page of cards');
  assert.deepEqual(await allCardNumbers(page), want);
  // textContent: cards off screen are not rendered (content-visibility), so
  // they have no innerText until scrolled to.
  assert.equal(await page.locator('#p59 [data-testid=article-chip]', { hasText: 'Art. 11' }).textContent(), 'Art. 11 · cited');
  assert.equal(await page.locator('#p61 [data-testid=article-chip]', { hasText: 'Art. 11' }).textContent(), 'Art. 11 · via heading');
});

test('facets combine: OR within a group, AND across groups, with live counts', async () => {
  const page = await ctx.open('?speaker=CHN&speaker=MYS&lang=en');
  assert.deepEqual(await cardNumbers(page), [38, 39]);
  const edu = page.locator('[data-testid=facet-topic] li', { hasText: 'education' });
  assert.equal(await edu.locator('.count').innerText(), '2');
  // Zero-count values are hidden.
  assert.equal(await page.locator('[data-testid=facet-topic] li', { hasText: 'criminal justice' }).count(), 0);
  await edu.locator('input').check();
  await page.waitForURL(/topic=education/);
  assert.deepEqual(await cardNumbers(page), [38, 39]);
  // Each choice is a removable chip; one control clears all.
  assert.equal(await page.locator('[data-testid=active-chip]').count(), 3);
  await page.locator('[data-testid=active-chip]', { hasText: 'Malaysia' }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=card]').length === 1);
  await page.locator('[data-testid=clear-all]').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=shown] strong').textContent === '93');
});

test('reload and Back restore the state', async () => {
  const page = await ctx.open('?lang=en');
  await page.locator('[data-testid=facet-speaker] input[data-value=CHN]').check();
  await page.waitForURL(/speaker=CHN/);
  await page.locator('[data-testid=facet-speaker] button', { hasText: 'Show more' }).click();
  await page.locator('[data-testid=facet-speaker] input[data-value=MYS]').check();
  await page.waitForURL(/speaker=MYS/);
  assert.deepEqual(await cardNumbers(page), [38, 39]);
  await page.reload();
  await page.waitForSelector('[data-testid=card]');
  assert.deepEqual(await cardNumbers(page), [38, 39]);
  await page.goBack();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=card]').length === 1);
  assert.deepEqual(await cardNumbers(page), [39]);
  assert.equal(await page.locator('[data-testid=active-chip]', { hasText: 'Malaysia' }).count(), 0);
  assert.ok(!page.url().includes('MYS'));
  await page.goForward();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=card]').length === 2);
});

test('search matches Chinese substrings, highlights them as text, and combines with facets', async () => {
  const page = await ctx.open('?lang=en&topic=education');
  await page.locator('[data-testid=search]').fill('廉正');
  await page.waitForURL(/q=/);
  const ids = await allCardNumbers(page);
  assert.ok(ids.length > 5 && ids.includes(39), `hits: ${ids}`);
  const marks = await page.locator('#p39 mark').allTextContents();
  assert.deepEqual(marks, ['廉正', '廉正']);
  // Highlighting keeps the text intact.
  const text = await page.locator('#p39 .text').textContent();
  assert.ok(text.startsWith('一名来自中国的讨论小组成员介绍了教育部'));
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !location.search.includes('q='));
});

test('an empty result says what to relax', async () => {
  const page = await ctx.open('?speaker=CHN&topic=criminal-justice&lang=en');
  await page.waitForSelector('[data-testid=empty]');
  const text = await page.locator('[data-testid=empty]').innerText();
  assert.match(text, /No paragraph matches/);
  assert.match(text, /Speaker: China/);
  await page.locator('[data-testid=empty] button', { hasText: 'Topic' }).click();
  await page.waitForSelector('#p39');
});

test('#p39 opens with paragraph 39 in view and focused, even when filters hide it', async () => {
  const page = await ctx.open('?speaker=MYS&lang=en#p39');
  await page.waitForFunction(() => document.activeElement?.id === 'p39');
  const box = await page.locator('#p39').boundingBox();
  assert.ok(box.y >= 0 && box.y < 900, `in view: ${box.y}`);
  await page.waitForFunction(() => location.search === '?lang=en', null, { timeout: 5000 });
  assert.ok(!page.url().includes('speaker=MYS'), 'the filter that hid it was dropped');
});

// Cards off screen skip layout (content-visibility) and take their real
// height when they come near: the card a link opens must stay where it
// landed while that happens, on a laptop and on a phone.
for (const [viewport, at] of [[{ width: 1280, height: 800 }, 80], [{ width: 360, height: 740 }, 45]]) {
  test(`#p${at} at ${viewport.width}×${viewport.height} stays where it lands`, async () => {
    const page = await ctx.open(`?lang=en#p${at}`, { viewport });
    await page.waitForFunction((at) => document.activeElement?.id === `p${at}`, at);
    const tops = await page.evaluate(async (at) => {
      const seen = new Set();
      for (let i = 0; i < 40; i++) {
        await new Promise((r) => requestAnimationFrame(r));
        seen.add(Math.round(document.getElementById(`p${at}`).getBoundingClientRect().top));
      }
      return [...seen];
    }, at);
    assert.equal(tops.length, 1, `its top over 40 frames: ${tops}`);
    assert.ok(tops[0] >= 0 && tops[0] < viewport.height / 2, `near the top of the screen: ${tops[0]}`);
  });
}

test('cross-references, footnotes and documents are links', async () => {
  const page = await ctx.open('?lang=en&q=第 90 段');
  const xref = page.locator('#p91 a.xref');
  assert.equal(await xref.getAttribute('href'), '#p90');
  await xref.click();
  await page.waitForURL(/#p90$/);
  await page.waitForSelector('#p90');
  await page.waitForFunction(() => location.search === '?lang=en', null, { timeout: 5000 });
  assert.ok(!page.url().includes('q='), 'the search that hid paragraph 90 was dropped');
  const p20 = await ctx.open('?lang=en&q=官方网站');
  assert.deepEqual(await p20.locator('#p20 sup a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), ['#fn1', '#fn2']);
  assert.equal(await p20.locator('#p20 a.doc').first().getAttribute('href'), 'https://undocs.org/zh/CAC/COSP/WG.4/2017/2/Rev.1');
  // The footnote as written; only its address is a link.
  assert.equal(await p20.locator('#fn1').evaluate((li) => li.firstChild.textContent + li.childNodes[1].textContent),
    'www.unodc.org/unodc/en/corruption/WG-Prevention/session8.html。');
  assert.equal(await p20.locator('#fn1 a').first().innerText(), 'www.unodc.org/unodc/en/corruption/WG-Prevention/session8.html');
});

test('speaker and article chips filter when clicked', async () => {
  const page = await ctx.open('?lang=en&q=讨论小组成员');
  assert.ok((await allCardNumbers(page)).includes(61));
  await page.locator('#p61 [data-testid=speaker-chip]').click();
  await page.waitForURL(/speaker=DEU/);
  assert.deepEqual(await cardNumbers(page), [61]);
  await page.locator('#p61 [data-testid=article-chip]', { hasText: 'Art. 8' }).click();
  await page.waitForURL(/article=8/);
});

test('unknown or malformed parameters are ignored with a visible notice', async () => {
  const page = await ctx.open('?speaker=XXX&article=abc&foo=1&topic=education&lang=en');
  const notice = await page.locator('[data-testid=notice]').innerText();
  assert.match(notice, /XXX/);
  assert.match(notice, /foo/);
  assert.ok((await shownCount(page)) > 20, 'the usable part still applies');
  const huge = await ctx.open('?q=' + 'x'.repeat(20000) + '&' + 'speaker=CHN&'.repeat(300));
  assert.ok(await huge.locator('[data-testid=notice]').isVisible());
  assert.deepEqual(await cardNumbers(huge), []);
});

test('the language switch changes the interface and the URL and is remembered', async () => {
  const page = await ctx.open('?lang=zh');
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-Hans');
  assert.match(await page.locator('[data-testid=shown]').innerText(), /显示段落 93 \/ 93/);
  await page.locator('[data-testid=lang-switch]').click();
  await page.waitForURL(/lang=en/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.match(await page.locator('[data-testid=shown]').innerText(), /Paragraphs shown 93 of 93/);
  const stored = await page.evaluate(() => localStorage.getItem('report-explorer.lang'));
  assert.equal(stored, 'en');
});

test('the table of contents counts matches per section and jumps there', async () => {
  const page = await ctx.open('?topic=education&lang=en');
  // Under a filter the contents are folded, so the paragraphs come first.
  const details = page.locator('[data-testid=toc] details');
  assert.equal(await details.evaluate((d) => d.open), false);
  await page.locator('[data-testid=toc] summary').click();
  const row = page.locator('[data-testid=toc] li', { hasText: '在中小学和大学开展反腐败努力方面的教育' });
  assert.equal(await row.locator('.count').innerText(), '24');
  await row.locator('a').click();
  await page.waitForURL(/#s-IV-A-1$/);
});

test('attendance lists the 102 States apart from who spoke', async () => {
  const page = await ctx.open('?lang=en');
  await page.locator('[data-testid=attendance] summary').click();
  const states = page.locator('[data-testid=attendance] ul.attendees').first().locator('li');
  await states.first().waitFor();
  assert.equal(await states.count(), 102);
  await page.locator('[data-testid=attendance] li', { hasText: 'Zimbabwe' }).locator('button').click();
  await page.waitForURL(/named=ZWE/);
  assert.deepEqual(await cardNumbers(page), [29]);
});

test('more paragraphs render as the reader reaches the end', async () => {
  const page = await ctx.open('?lang=en');
  assert.equal((await cardNumbers(page)).length, PAGE);
  // As the reader nears the end, the next cards come, PAGE at a time (more
  // than one step may land before the end is reached).
  let n = PAGE;
  while (n < 93) {
    n = await scrollForMore(page, n);
    assert.ok(n % PAGE === 0 || n === 93, `${n} cards`);
  }
  assert.deepEqual(await cardNumbers(page), Array.from({ length: 93 }, (_, i) => i + 1));
  assert.equal(await page.locator('.more').count(), 0, 'no "show more" once all are shown');
});
