// Keyboard-only use from start to end: only Tab, Shift+Tab, Space, Enter,
// `/` and typing. At every step focus must be on a real control (never the
// page body) and visibly marked; result counts are announced by one
// polite live region that stays in place while the list changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, shownCount } from './harness.mjs';

const ctx = setup();

/** What has focus: its id, tag, test id, and whether a focus mark shows. */
function focused(page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return { lost: true };
    const s = getComputedStyle(a);
    const marked = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
    return {
      lost: false, id: a.id, tag: a.tagName, testid: a.dataset.testid ?? '', marked,
      cls: a.className, href: a.getAttribute('href') ?? '', card: a.closest('[data-testid=card]')?.id ?? '',
      facet: a.closest('.facet')?.dataset.testid ?? '', text: a.textContent.slice(0, 40),
    };
  });
}

/** Presses `key` until `want(focus)` holds; asserts focus is never lost or unmarked on the way. */
async function tabTo(page, want, { key = 'Tab', max = 400 } = {}) {
  const trail = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    trail.push(f.lost ? 'body' : `${f.tag}#${f.id}.${f.cls}${f.card ? ` in ${f.card}` : ''}`);
    const last = () => trail.slice(-6).join(' → ');
    assert.ok(!f.lost, `focus fell to the page body after ${i + 1} × ${key}: ${last()}`);
    assert.ok(f.marked, `no visible focus mark: ${last()}`);
    if (want(f)) return f;
  }
  throw new Error(`not reached with ${max} × ${key}: ${trail.slice(0, 8).join(' → ')} … ${trail.slice(-4).join(' → ')}`);
}

/** Resolves after the next frame is painted: the page's renders and the
 * focus repair that follows them (an effect of the same render) are done
 * once the change they answer is visible in the URL and a frame has passed. */
function nextFrame(page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function assertStillFocused(page, id) {
  await nextFrame(page);
  const f = await focused(page);
  assert.ok(!f.lost, 'focus lost after the list changed');
  assert.equal(f.id, id, 'focus stayed on the control that was used');
}

test('facets, chips, search, links and citation by keyboard alone', async () => {
  const page = await ctx.open('?lang=en', { permissions: ['clipboard-read', 'clipboard-write'] });
  const live = page.locator('[data-testid=shown]');
  assert.equal(await live.getAttribute('aria-live'), 'polite');
  await live.evaluate((el) => { el.dataset.kept = 'yes'; });
  const all = await shownCount(page);

  // A topic value: toggled with Space, count announced, focus kept.
  const topic = await tabTo(page, (f) => f.facet === 'facet-topic' && f.tag === 'INPUT');
  await page.keyboard.press('Space');
  await page.waitForURL(/topic=/);
  await assertStillFocused(page, topic.id);
  const afterTopic = await shownCount(page);
  assert.ok(afterTopic < all, `${afterTopic} < ${all}`);
  assert.match(await live.innerText(), new RegExp(`\\b${afterTopic}\\b`));

  // A speaker value in the next group narrows further.
  const speaker = await tabTo(page, (f) => f.facet === 'facet-speaker' && f.tag === 'INPUT');
  await page.keyboard.press('Space');
  await page.waitForURL(/speaker=/);
  await assertStillFocused(page, speaker.id);
  assert.ok((await shownCount(page)) <= afterTopic);

  // Back to the topic with Shift+Tab and off again.
  await tabTo(page, (f) => f.id === topic.id, { key: 'Shift+Tab' });
  await page.keyboard.press('Space');
  await page.waitForFunction(() => !location.search.includes('topic='));
  await assertStillFocused(page, topic.id);

  // The remaining filter chip: removing it leaves focus on the page.
  await tabTo(page, (f) => f.testid === 'active-chip', { key: 'Shift+Tab' });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !location.search.includes('speaker='));
  await nextFrame(page);
  const afterChip = await focused(page);
  assert.ok(!afterChip.lost, 'focus lost when the focused chip went away');
  assert.equal(await shownCount(page), all);
  assert.equal(await live.evaluate((el) => el.dataset.kept), 'yes', 'the live region was not re-created');

  // Search: `/` focuses it; typing filters; the count is announced.
  await page.keyboard.press('/');
  assert.equal((await focused(page)).id, 'search-input');
  await page.keyboard.type('第 90 段');
  await page.waitForURL(/q=/);
  await page.waitForFunction(() => document.querySelector('[data-testid=shown] strong')?.textContent === '1');

  // A cross-reference in paragraph 91: Enter follows it, focus lands on paragraph 90.
  await tabTo(page, (f) => f.card === 'p91' && f.href === '#p90');
  await page.keyboard.press('Enter');
  await page.waitForURL(/#p90$/);
  await page.waitForFunction(() => document.activeElement?.id === 'p90', null, { timeout: 5000 });
  const card = await focused(page);
  assert.ok(card.marked, 'the focused paragraph is marked');

  // Its citation button is the next stops away; Enter copies and says so.
  await tabTo(page, (f) => f.card === 'p90' && f.testid === 'copy-citation');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#p90 [data-testid=copy-status]').textContent !== '');
  assert.equal(await page.locator('#p90 [data-testid=copy-status]').innerText(), 'Citation copied');
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /para\. 90\. http:.*#p90$/);
});

test('a footnote marker and its way back, by keyboard', async () => {
  const page = await ctx.open('?lang=en&q=官方网站');
  await tabTo(page, (f) => f.card === 'p20' && f.href === '#fn1');
  await page.keyboard.press('Enter');
  await page.waitForURL(/#fn1$/);
  await page.waitForFunction(() => document.activeElement?.id === 'fn1');
  // The footnote's own link, then the way back to its paragraph.
  const back = await tabTo(page, (f) => f.cls === 'back', { max: 5 });
  assert.equal(back.href, '#p20');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'p20');
});

test('every facet value, view switch and the language switch are reachable by Tab', async () => {
  const page = await ctx.open('?lang=zh');
  const seen = new Set();
  const inputs = await page.locator('.facet input[type=checkbox]').evaluateAll((els) => els.map((e) => e.id));
  // Walk the whole page once (to the footnotes' last link).
  await tabTo(page, (f) => { seen.add(f.id || f.testid); return f.cls === 'back' && f.href === '#p20'; }, { max: 1500 });
  for (const id of inputs) assert.ok(seen.has(id), `facet value ${id} reached`);
  assert.ok(seen.has('lang-switch'), 'language switch reached');
  assert.ok(seen.has('search-input'), 'search reached');
});

test('"show more" by keyboard moves focus to the first paragraph it adds', async () => {
  // Without IntersectionObserver (some readers' browsers) the button is the
  // way on; with it, cards come as focus reaches the end of the list.
  const page = await ctx.open('?lang=en', { noObserver: true });
  // The last card of the first page; the button adds the ones after it.
  const last = Number((await page.locator('[data-testid=card]').last().getAttribute('id')).slice(1));
  await page.locator(`#p${last} [data-testid=copy-citation]`).focus();
  const more = await tabTo(page, (f) => /Show more/.test(f.text), { max: 30 });
  assert.equal(more.card, '');
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === id, `p${last + 1}`);
  assert.equal((await focused(page)).marked, true);
});
