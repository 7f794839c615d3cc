// Search finds every paragraph that holds the word: spaces the PDF put
// between Chinese and digits and full/half-width forms do not matter, an
// entity's name adds where it speaks or is named, an input method's
// letters are not searched, and one settled query is one history entry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { setup, allCardNumbers, shownCount, holdBack } from './harness.mjs';

const ctx = setup();

// What `report parse` says the paragraphs are: the texts the page must search.
const model = JSON.parse(execFileSync('cargo', ['run', '--quiet', '-p', 'report', '--bin', 'report', '--', 'parse',
  'data/reports/wg-prevention-2017-08.zh.txt'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
const squeeze = (s) => s.replace(/(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[0-9A-Za-z])|(?<=[0-9A-Za-z]) (?=[\u3000-\u9fff\uff00-\uffef])/g, '');
const holding = (q) => model.paragraphs.filter((p) => squeeze(p.text).includes(q)).map((p) => p.number);

for (const [q, n] of [['秘书处', 23], ['主席', 7], ['第90段', 1], ['2017年8月', 2]]) {
  test(`?q=${q} shows the ${n} paragraphs that hold it`, async () => {
    const page = await ctx.open(`?q=${encodeURIComponent(q)}`);
    assert.equal(await shownCount(page), n);
    const got = await allCardNumbers(page);
    assert.deepEqual(got, holding(q));
    assert.equal(got.length, n);
    // Every card shown marks the word where it stands.
    const first = page.locator(`#p${got[0]} mark`).first();
    assert.equal(squeeze(await first.textContent()), q);
  });
}

test('full-width digits and letters find the same paragraphs', async () => {
  const page = await ctx.open('?q=' + encodeURIComponent('２０１７年８月'));
  assert.equal(await shownCount(page), 2);
  const cac = await ctx.open('?q=' + encodeURIComponent('ＣＡＣ／ＣＯＳＰ'));
  const plain = await ctx.open('?q=cac/cosp');
  assert.equal(await shownCount(cac), await shownCount(plain));
  assert.ok(await shownCount(plain) > 0);
});

test('letters beyond ASCII fold by case as the browser lowers them: ANDRÉS finds Andrés, marked', async () => {
  const want = model.paragraphs.filter((p) => p.text.includes('Andrés')).map((p) => p.number);
  assert.ok(want.length > 0, 'the report names Andrés');
  for (const q of ['ANDRÉS LAMOLIATTE', 'andrés', 'ＡＮＤＲÉＳ']) {
    const page = await ctx.open('?q=' + encodeURIComponent(q));
    assert.deepEqual(await allCardNumbers(page), want, q);
    assert.match(await page.locator(`#p${want[0]} mark`).first().textContent(), /^Andrés/, q);
  }
  const none = await ctx.open('?q=' + encodeURIComponent('ANDRÈS'));
  assert.equal(await shownCount(none), 0, 'another accent is another letter');
});

test('an English name or code adds where the entity speaks or is named, highlighted', async () => {
  const page = await ctx.open('?q=China&lang=en');
  assert.deepEqual(await allCardNumbers(page), [29, 39]);
  assert.equal(await page.locator('#p39 mark').first().textContent(), '中国');
  const zh = await ctx.open('?q=' + encodeURIComponent('中国'));
  // 中国 is also a plain text hit inside 发展中国家 (paragraph 15).
  const numbers = await allCardNumbers(zh);
  assert.ok(numbers.includes(15) && numbers.includes(29) && numbers.includes(39), String(numbers));
  const sec = await ctx.open('?q=Secretariat&lang=en');
  assert.ok(await shownCount(sec) >= 20);
  assert.ok((await allCardNumbers(sec)).includes(19));
  assert.ok((await sec.locator('#p19 mark').first().textContent()) === '秘书处');
});

test('no search while an input method composes; the result follows compositionend', async () => {
  const page = await ctx.open('?lang=en');
  const box = page.locator('[data-testid=search]');
  await box.focus();
  const cdp = await page.context().newCDPSession(page);
  const historyBefore = await page.evaluate(() => history.length);
  for (const letters of ['j', 'ji', 'jia', 'jiao', 'jiaoyu']) {
    await cdp.send('Input.imeSetComposition', { text: letters, selectionStart: letters.length, selectionEnd: letters.length });
  }
  assert.equal(await box.inputValue(), 'jiaoyu', 'the letters are in the box');
  assert.equal(await shownCount(page), 93, 'but nothing is searched');
  assert.ok(!page.url().includes('q='));
  await cdp.send('Input.insertText', { text: '教育' });
  await page.waitForURL(/q=%E6%95%99%E8%82%B2/);
  const want = holding('教育').length;
  await page.waitForFunction((n) => document.querySelector('[data-testid=shown] strong').textContent === String(n), want);
  assert.equal(await page.evaluate(() => history.length), historyBefore + 1, 'one history entry for the query');
});

// yew lets the browser run between a render and its effects: a query typed
// right after the box's first render must stay in the box (its effects
// write the box only if nothing was typed since).
test('a query typed the moment the box appears stays in it; one changed elsewhere is written into it', async () => {
  const page = await ctx.page({ serviceWorkers: 'block' });
  await page.addInitScript(() => {
    // yew's scheduler yields to the browser once its work has taken 16 ms
    // (by Date.now): here it always has, so it yields at every point it
    // may, as it does on a slow phone.
    const now = Date.now;
    let skew = 0;
    Date.now = () => now() + (skew += 20);
    // Types the query the moment the app's box is in the document (before
    // anything after that render has run), then at every frame in which the
    // box does not hold it, as a reader would type again what vanished.
    const type = () => {
      const box = document.querySelector('[data-testid=search]');
      const shown = document.querySelector('[data-testid=shown] strong')?.textContent;
      if (box && box.value !== '教育') {
        if (window.__typedAt !== undefined) window.__lost = (window.__lost ?? 0) + 1;
        else window.__typedAt = shown;
        box.value = '教育';
        box.dispatchEvent(new InputEvent('input', { bubbles: true }));
      }
    };
    new MutationObserver((_, o) => { if (document.querySelector('[data-testid=search]')) { o.disconnect(); type(); } })
      .observe(document, { childList: true, subtree: true });
    const frame = () => { type(); if (document.querySelector('[data-testid=shown] strong')?.textContent !== '29') requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
  });
  await page.goto(ctx.server.base);
  const want = holding('教育').length;
  assert.equal(want, 29);
  await page.waitForFunction((n) => document.querySelector('[data-testid=shown] strong')?.textContent === String(n), want);
  assert.equal(await page.evaluate(() => window.__typedAt), '93', 'typed before the first search');
  // Let every effect of the renders since then run.
  await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
  assert.equal(await page.evaluate(() => window.__lost), undefined, 'the query was typed once');
  const box = page.locator('[data-testid=search]');
  assert.equal(await box.inputValue(), '教育', 'the first render did not empty the box');
  await page.waitForURL(/q=%E6%95%99%E8%82%B2/);
  // A query changed from elsewhere is still written into the box.
  await page.click('[data-testid=clear-all]');
  await page.waitForFunction(() => document.querySelector('[data-testid=shown] strong').textContent === '93');
  assert.equal(await box.inputValue(), '', 'clearing the filters empties the box');
  await page.waitForFunction(() => !location.search.includes('q='));
  await page.goBack();
  await page.waitForFunction((n) => document.querySelector('[data-testid=shown] strong').textContent === String(n), want);
  // The box is written by the render's effect, which yew runs after it
  // yields (here always): the count can be drawn a frame before it.
  await page.waitForFunction(() => document.querySelector('[data-testid=search]').value === '教育', null, { timeout: 5000 }).catch(() => {});
  assert.equal(await box.inputValue(), '教育', 'Back writes the query again');
});

// Focusing the box asks for the search lexicon; on a slow connection it
// arrives while the reader is still composing their first word, and the
// render it causes must leave the composition in the box.
test('the search lexicon arriving mid-composition leaves the letters in the box', async () => {
  // (Without the service worker, whose own requests nothing can hold back.)
  const page = await ctx.page({ serviceWorkers: 'block' });
  const release = await holdBack(page, '**/lexicon.txt');
  await page.goto(`${ctx.server.base}?lang=en`);
  await page.waitForSelector('[data-testid=shown]');
  const box = page.locator('[data-testid=search]');
  const asked = page.waitForRequest('**/lexicon.txt');
  await box.focus();
  await asked;
  const cdp = await page.context().newCDPSession(page);
  for (const letters of ['j', 'ji', 'jia']) {
    await cdp.send('Input.imeSetComposition', { text: letters, selectionStart: letters.length, selectionEnd: letters.length });
  }
  const arrived = page.waitForEvent('requestfinished', (r) => r.url().endsWith('/lexicon.txt'));
  release();
  await arrived;
  // The lexicon is in once a traditional term finds its simplified form:
  // until then, let the page render what its arrival changed.
  await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
  assert.equal(await box.inputValue(), 'jia', 'the letters are still in the box');
  for (const letters of ['jiao', 'jiaoyu']) {
    await cdp.send('Input.imeSetComposition', { text: letters, selectionStart: letters.length, selectionEnd: letters.length });
  }
  assert.equal(await box.inputValue(), 'jiaoyu');
  await cdp.send('Input.insertText', { text: '教育' });
  await page.waitForURL(/q=%E6%95%99%E8%82%B2/);
  await page.waitForFunction((n) => document.querySelector('[data-testid=shown] strong').textContent === String(n), holding('教育').length);
  assert.equal(await box.inputValue(), '教育');
});

test('the address follows a keystroke in a task after the render that shows its answer', async () => {
  // The history call costs about a millisecond the keystroke's frame does
  // not wait for: when the count of the answer changes the address is
  // still the one before, and it says the query right after.
  const page = await ctx.open('?lang=en');
  await page.waitForSelector('[data-testid=card]');
  const seen = await page.evaluate(async () => {
    const shown = document.querySelector('[data-testid=shown] strong');
    const input = document.querySelector('[data-testid=search]');
    const at = {};
    const rendered = new Promise((resolve) => new MutationObserver((_, o) => {
      o.disconnect();
      at.rendered = [shown.textContent, location.search];
      resolve();
    }).observe(shown, { childList: true, characterData: true, subtree: true }));
    input.value = '教育';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await rendered;
    await new Promise((r) => setTimeout(r, 50));
    at.after = location.search;
    return at;
  });
  assert.deepEqual(seen.rendered, [String(holding('教育').length), '?lang=en'], 'the answer drawn, the address not yet');
  assert.equal(new URLSearchParams(seen.after).get('q'), '教育', 'then the address says the query');
});

test('typing then Enter is one history entry; Back returns to the page before it', async () => {
  const page = await ctx.open('?lang=en');
  const box = page.locator('[data-testid=search]');
  const before = await page.evaluate(() => history.length);
  await box.pressSequentially('廉正', { delay: 20 });
  await box.press('Enter');
  await page.waitForURL(/q=%E5%BB%89%E6%AD%A3/);
  await box.fill('');
  await box.pressSequentially('教育', { delay: 20 });
  await box.press('Enter');
  await page.waitForURL(/q=%E6%95%99%E8%82%B2/);
  assert.equal(await page.evaluate(() => history.length), before + 2, 'one entry per settled query');
  await page.goBack();
  await page.waitForURL(/q=%E5%BB%89%E6%AD%A3/);
  // (The address changes first; the app's render follows.)
  await page.waitForFunction(() => document.querySelector('[data-testid=search]').value === '廉正');
  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('q='));
  assert.equal(await shownCount(page), 93);
});
