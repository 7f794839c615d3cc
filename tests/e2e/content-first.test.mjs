// Content first: the report's default view is in index.html (written at
// build time by `report prerender`), readable with JavaScript off; a
// filtered address never shows the full list before its answer; and the
// paragraphs a view chose start on the first screen, on a phone and on a
// laptop, in the prerendered page and in the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, holdBack, recordVisible, shownCount, PAGE } from './harness.mjs';

const ctx = setup();

/** Opens a page with JavaScript off (no app: the prerendered view). */
async function openStatic(path, viewport = { width: 1280, height: 900 }) {
  const page = await ctx.page({ javaScriptEnabled: false, viewport });
  await page.goto(ctx.server.base + path);
  return page;
}

function inView(page, selector) {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: Math.round(r.top), inside: r.top > -1 && r.top < innerHeight };
  });
}

test('without JavaScript: all 93 paragraphs, #p39 and a cross-reference work', async () => {
  const page = await openStatic('');
  const numbers = await page.locator('article.card').evaluateAll((els) => els.map((e) => Number(e.id.slice(1))));
  assert.deepEqual(numbers, Array.from({ length: 93 }, (_, i) => i + 1));
  assert.match(await page.locator('#p39 .text').textContent(), /中国/);
  assert.match(await page.locator('h1').innerText(), /预防腐败问题不限成员名额政府间工作组会议报告/);
  assert.equal(await page.locator('.footnotes li').count(), 2);
  // A search box that could do nothing is not shown.
  assert.equal(await page.locator('#search-input').isVisible(), false);
  // The fragment scrolls to the paragraph with no script.
  await page.goto(ctx.server.base + '#p39');
  assert.ok((await inView(page, '#p39')).inside, 'paragraph 39 in view');
  // A cross-reference is a plain link.
  await page.locator('#p91 a.xref').click();
  await page.waitForURL(/#p90$/);
  assert.ok((await inView(page, '#p90')).inside, 'paragraph 90 in view');
  // The contents link to the sections.
  const toc = page.locator('.toc a').first();
  const href = await toc.getAttribute('href');
  await toc.click();
  await page.waitForURL(new RegExp(`${href}$`));
  assert.ok((await inView(page, href)).inside);
  // The whole dataset is a plain link to the published JSON.
  const data = await page.locator('[href="wg-prevention-2017-08.json"][download]').getAttribute('href');
  const res = await page.request.get(new URL(data, page.url()).href);
  assert.equal((await res.json()).paragraphs.length, 93);
});

// The stylesheet names the Chinese families platforms ship
// (styles/main.css): a character no named family has goes to the system's
// per-character fallback, which made the first frame's layout the slowest
// step before the first paint. Chromium says which fonts drew a node's text.
test('Chinese text is drawn in a family the font list names, not by the per-character fallback', async () => {
  const page = await openStatic('');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  for (const selector of ['#p1 .text', 'h1 .ui-zh', '.toc-wide li a']) {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const { family, text } = await page.locator(selector).first()
      .evaluate((el) => ({ family: getComputedStyle(el).fontFamily, text: el.textContent }));
    const named = family.split(',').map((f) => f.trim().replace(/^["']|["']$/g, '').toLowerCase());
    const han = [...text].filter((c) => /\p{Script=Han}/u.test(c)).length;
    const fromNamed = fonts.filter((f) => named.includes(f.familyName.toLowerCase())).reduce((n, f) => n + f.glyphCount, 0);
    assert.ok(han > 0, `${selector}: ${han} Chinese characters`);
    assert.ok(fromNamed >= han, `${selector}: ${han} Chinese characters, ${fromNamed} glyphs from the families named (${family}): ${JSON.stringify(fonts)}`);
  }
});

test('the app takes over the prerendered page in place', async () => {
  const page = await ctx.open('?lang=en');
  // (Once the browser has timed the first paint: see the next test.)
  await page.waitForFunction(() => !document.getElementById('prerender'));
  assert.equal(await page.locator('#prerender').count(), 0, 'the prerendered view is gone');
  assert.equal(await page.locator('article.card').count(), PAGE, 'the app renders its first page of cards');
  assert.equal(await page.locator('#p1').count(), 1, 'one card per id');
  assert.equal(await page.locator('.report-choice').count(), 0, 'one report: no chooser');
  assert.equal(page.url().includes('report='), false);
});

/** `root` and the elements below it (tag, class, id, link, language,
 * type but a button's: the prerendered ones are disabled placeholders
 * without one), and its words in `lang` (the prerendered page's other
 * language left out). */
const shapeOf = (root, lang) => {
  const out = [];
  const describe = (c) => {
    const a = (k) => (c.getAttribute(k) === null ? '' : `${k}=${c.getAttribute(k)}`);
    out.push([c.tagName, c.className, a('id'), a('href'), a('lang'), c.tagName === 'BUTTON' ? '' : a('type')].join(' '));
  };
  const walk = (el) => {
    for (const c of el.children) {
      if (c.classList.contains('ui-zh') || c.classList.contains('ui-en')) continue;
      describe(c);
      walk(c);
    }
  };
  describe(root);
  walk(root);
  const copy = root.cloneNode(true);
  copy.querySelectorAll(lang === 'en' ? '.ui-zh' : '.ui-en').forEach((e) => e.remove());
  return { shape: out, words: copy.textContent.replace(/\s+/g, ' ').trim() };
};

// A card and the footnotes are described once in the core
// (`report::site::markup`): the prerendered page writes them, the app
// draws them. Both pages hold the same elements, classes, ids and links,
// and say the same words (the prerendered page in both languages, the
// app in the reader's).
// Chromium drops a painted text from the largest-paint candidates if its
// element is removed before the paint's time comes back to the main
// thread, which the app's start often beats: the largest paint was then
// the app's heading or first card, drawn later. The app keeps the
// prerendered view, hidden, until the head script has seen the first
// largest paint; the app's elements come first, so ids name them.
test('the first paint is timed as the largest, and the prerendered view goes once it is', async () => {
  for (const [viewport, path] of [[{ width: 1280, height: 800 }, ''], [{ width: 412, height: 823 }, ''], [{ width: 360, height: 740 }, '?lang=en']]) {
    const page = await ctx.page({ viewport, serviceWorkers: 'block' });
    await page.addInitScript(() => {
      window.__lcp = [];
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) window.__lcp.push({ at: e.startTime, prerendered: !!e.element?.closest('#prerender') });
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(ctx.server.base + path);
    await page.waitForSelector('[data-testid=card]');
    await page.waitForFunction(() => !document.getElementById('prerender'));
    const seen = await page.evaluate(() => ({
      lcp: window.__lcp,
      fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      h1: document.querySelectorAll('h1').length,
      inApp: !!document.querySelector('#app h1'),
    }));
    const where = `${viewport.width}×${viewport.height}${path}`;
    // (The first paint can come while the parser is inside the first
    // card, whose text is then timed as far as it had got: the app's
    // whole card can be a larger paint later.)
    assert.ok(seen.lcp.length > 0, `a largest paint (${where})`);
    assert.equal(seen.lcp[0].at, seen.fcp, `the first paint is timed as a largest paint (${where}): ${JSON.stringify(seen.lcp)}`);
    assert.ok(seen.lcp[0].prerendered, `and it was the prerendered view's (${where})`);
    if (viewport.width > 1000) assert.equal(seen.lcp.length, 1, `the title stays the largest paint (${where})`);
    assert.equal(new Set(seen.ids).size, seen.ids.length, `every id once (${where})`);
    assert.equal(seen.h1, 1, `one heading (${where})`);
    assert.ok(seen.inApp, `the app's heading (${where})`);
    await page.context().close();
  }
  // Where the browser times no largest paint, or not for this load (the
  // page loads unseen), the app removes the view as it takes over.
  for (const [what, stub] of [
    ['no largest paint', () => Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', { get: () => ['paint'] })],
    ['loaded unseen', () => Object.defineProperty(Document.prototype, 'visibilityState', { get: () => 'hidden' })],
  ]) {
    const page = await ctx.page({ serviceWorkers: 'block' });
    await page.addInitScript(stub);
    await page.goto(ctx.server.base);
    await page.waitForSelector('[data-testid=card]');
    assert.equal(await page.locator('#prerender').count(), 0, `removed at once (${what})`);
    assert.match(await page.locator('html').getAttribute('class'), /\bpainted\b/);
    await page.context().close();
  }
});

// The first frame paints the header alone and the next the rest, below
// it (assets/pre.js): the header is on the screen as early as a page of a
// few lines, and the app starts once the rest is painted, so the reader
// sees the prerendered text first. Not for a #p link (the browser scrolls
// to its paragraph as the page is parsed) nor an address that asks for
// another view.
test('the header is painted first, then the rest, and the app starts after it', async () => {
  const watch = () => {
    window.__seen = { classes: [], revealed: null, mounted: null, shifts: 0 };
    // (The root element is not there yet when this runs.)
    new MutationObserver(() => {
      const c = document.documentElement.className;
      if (!window.__seen.classes.includes(c)) window.__seen.classes.push(c);
      if (window.__seen.revealed === null && /\bjs\b/.test(c) && !/\bheader-first\b/.test(c)) window.__seen.revealed = performance.now();
      if (window.__seen.mounted === null && document.querySelector('#app > *')) window.__seen.mounted = performance.now();
    }).observe(document, { attributes: true, attributeFilter: ['class'], childList: true, subtree: true });
    window.__rest = new Promise((found) => new PerformanceObserver((l) => {
      const e = l.getEntries().find((x) => x.identifier === 'second-frame');
      if (e) found({ at: e.renderTime, prerendered: !!e.element?.closest('#prerender') });
    }).observe({ type: 'element', buffered: true }));
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__seen.shifts += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
  };
  for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
    const where = `${viewport.width}×${viewport.height}`;
    const page = await ctx.page({ viewport, serviceWorkers: 'block' });
    await page.addInitScript(watch);
    await page.goto(ctx.server.base);
    await page.waitForSelector('#app [data-testid=card]');
    await page.waitForFunction(() => !document.getElementById('prerender'));
    const seen = await page.evaluate(() => ({ ...window.__seen, fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime }));
    assert.ok(seen.classes.some((c) => /\bheader-first\b/.test(c)), `the header first (${where}): ${seen.classes}`);
    // (The view goes once the rest's paint is timed.)
    const rest = await page.evaluate(() => window.__rest);
    assert.ok(seen.fcp < rest.at, `the header painted (${seen.fcp} ms) before the rest (${rest.at} ms) (${where})`);
    assert.ok(rest.prerendered, `the rest painted was the prerendered view's (${where})`);
    assert.ok(seen.revealed !== null && seen.mounted !== null && seen.revealed < seen.mounted,
      `the app started (${seen.mounted} ms) after the rest was shown (${seen.revealed} ms) (${where})`);
    assert.equal(seen.shifts, 0, `nothing moved (${where})`);
    await page.context().close();
  }
  for (const path of ['#p39', '?speaker=CHN']) {
    const page = await ctx.page({ serviceWorkers: 'block' });
    await page.addInitScript(watch);
    await page.goto(ctx.server.base + path);
    await page.waitForSelector('#app [data-testid=card]');
    const classes = await page.evaluate(() => window.__seen.classes);
    assert.ok(classes.length > 0 && !classes.some((c) => /\bheader-first\b/.test(c)), `all at once for ${path}: ${classes}`);
    await page.context().close();
  }
});

// The prerendered view is laid out as the app will be where the first
// screen shows them, so nothing moves when the app takes over (on a phone
// the app folds the attendance into the filters; its search has a help
// summary the prerendered one has not).
test('the app draws the first screen where the prerendered page had it', async () => {
  for (const viewport of [{ width: 360, height: 740 }, { width: 412, height: 823 }, { width: 1280, height: 800 }]) {
    const places = (page, root) => page.locator(root).evaluate((r) => ['h1', '.search', '.toolbar', '.toc', 'article.card', 'article.card .text']
      .map((s) => { const b = r.querySelector(s).getBoundingClientRect(); return `${s} ${b.top.toFixed(1)}+${b.height.toFixed(1)}`; }));
    const page = await ctx.page({ viewport, serviceWorkers: 'block' });
    const release = await holdBack(page, '**/*.wasm');
    await page.goto(ctx.server.base);
    const written = await places(page, '#prerender');
    release();
    await page.waitForSelector('#app [data-testid=card]');
    assert.deepEqual(await places(page, '#app'), written, `${viewport.width}×${viewport.height}`);
  }
});

test('the prerendered page and the app draw a card and the footnotes alike', async () => {
  const statics = await openStatic('');
  for (const [lang, card] of [['zh', 'p20'], ['en', 'p20'], ['zh', 'p39'], ['en', 'p39']]) {
    const app = await ctx.open(`?lang=${lang}#${card}`);
    for (const selector of [`#${card}`, 'section.footnotes']) {
      await app.locator(selector).waitFor();
      const drawn = await app.locator(selector).evaluate(shapeOf, lang);
      const written = await statics.locator(selector).evaluate(shapeOf, lang);
      assert.ok(drawn.shape.length > 5, `${selector} has elements`);
      assert.deepEqual(drawn.shape, written.shape, `${selector}: the same elements (${lang})`);
      assert.equal(drawn.words, written.words, `${selector}: the same words (${lang})`);
    }
  }
});

// So are the section headings and the contents' list. The frame around
// them holds the app's own controls and is written by each side, with
// the classes and ids `report::site::markup::frame` names for both: each
// one the prerendered frame writes is the app's too.
test('the prerendered page and the app draw the contents and headings alike, and name the frame alike', async () => {
  const statics = await openStatic('');
  const app = await ctx.open('?lang=zh');
  await app.locator('nav.toc ol').waitFor();
  const pairs = [['nav.toc ol', '.toc-wide ol']];
  for (const n of [0, 1]) pairs.push([`h2.section-heading >> nth=${n}`, `h2.section-heading >> nth=${n}`]);
  for (const [drawnAt, writtenAt] of pairs) {
    const drawn = await app.locator(drawnAt).evaluate(shapeOf, 'zh');
    const written = await statics.locator(writtenAt).evaluate(shapeOf, 'zh');
    assert.deepEqual(drawn, written, `${drawnAt}: the same elements and words`);
  }
  assert.ok((await app.locator('nav.toc li').count()) > 10, 'the contents list the sections');
  // The frame's names: those of the page but its cards, section anchors
  // and headings, and footnotes (compared above).
  const names = (root) => {
    const out = new Set();
    const skip = 'article.card, .anchor, .section-heading, section.footnotes, noscript';
    for (const el of [root, ...root.querySelectorAll('*')]) {
      if (el.closest(skip)) continue;
      if (el.id) out.add(`#${el.id}`);
      for (const c of el.classList) if (!['ui-zh', 'ui-en', 'toc-wide', 'toc-narrow'].includes(c)) out.add(`.${c}`);
    }
    return [...out];
  };
  // In English, where the header says the report's original title too,
  // with the attendance list open (the app draws it when opened).
  const english = await ctx.open('?lang=en');
  await english.locator('[data-testid=attendance] summary').click();
  await english.locator('.attendees').first().waitFor();
  const written = await statics.locator('#prerender').evaluate(names);
  const drawn = new Set(await english.locator('body').evaluate(names));
  // The prerendered view's own: its root, its loading notes.
  const own = ['#prerender', '.pre-loading', '.pre-report'];
  const missing = written.filter((n) => !drawn.has(n) && !own.includes(n));
  assert.deepEqual(missing, [], 'every class and id of the prerendered frame is the app\'s');
  assert.ok(written.length > 25, `${written.length} names`);
});

// The head script and the app choose the interface language by one rule
// (the core's, written into pre.js by the build): the address, else the
// stored choice, else the browser's language.
for (const [address, stored, locale, want] of [
  ['?lang=zh-CN', null, 'en-US', 'zh'],
  ['?lang=zh-Hans', null, 'en-US', 'zh'],
  ['?lang=en', null, 'zh-CN', 'en'],
  ['?lang=xx', null, 'en-GB', 'en'],
  ['', 'zh-CN', 'en-US', 'zh'],
  ['', 'en', 'zh-TW', 'en'],
  ['', null, 'zh-TW', 'zh'],
  ['', null, 'fr-FR', 'en'],
]) {
  test(`the first paint and the app agree on the language: ${address || 'no ?lang'}, stored ${stored}, browser ${locale}`, async () => {
    const page = await ctx.page({ locale });
    await page.addInitScript(([key, value]) => {
      if (value !== null && !sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
      document.addEventListener('DOMContentLoaded', () => { window.__firstPaint = document.documentElement.className; window.__firstLang = document.documentElement.lang; });
    }, ['report-explorer.lang', stored]);
    await page.goto(ctx.server.base + address);
    await page.waitForSelector('[data-testid=shown]');
    const first = await page.evaluate(() => window.__firstPaint);
    assert.match(first, /\bjs\b/);
    assert.equal(/\ben\b/.test(first), want === 'en', `first paint: class "${first}"`);
    assert.equal(await page.evaluate(() => window.__firstLang), want === 'en' ? 'en' : 'zh-Hans', 'first paint: <html lang>');
    assert.equal(await page.locator('html').getAttribute('lang'), want === 'en' ? 'en' : 'zh-Hans', 'the app');
  });
}

test('a filtered address shows no paragraph but its answer at any paint', async () => {
  const page = await ctx.page({ viewport: { width: 1280, height: 800 } });
  await recordVisible(page, 'article.card');
  await page.goto(ctx.server.base + '?speaker=CHN&lang=en');
  await page.waitForSelector('[data-testid=card]');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.deepEqual(await page.evaluate(() => [...window.__seen].sort()), ['p39']);
});

/** How far down the first card's text starts and how many of its lines
 * the first screen shows. */
function firstText(page, selector) {
  return page.locator(selector).first().evaluate((card) => {
    const text = card.querySelector('p.text').getBoundingClientRect();
    const line = parseFloat(getComputedStyle(card.querySelector('p.text')).lineHeight) || 24;
    return { top: Math.round(text.top), lines: Math.floor((Math.min(text.bottom, innerHeight) - text.top) / line) };
  });
}

// A phone shows at least two lines of it (the shared link's answer); a
// laptop, whose unfiltered view lists the contents first, at least one.
for (const [w, h, lines] of [[360, 740, 2], [1280, 800, 1]]) {
  test(`the first card's text starts on the first screen at ${w}×${h}`, async () => {
    for (const path of ['?lang=en', '?speaker=CHN&lang=en', '?speaker=CHN', '?article=11&lang=en', '?q=廉正&lang=zh', '?topic=education&lang=en']) {
      const page = await ctx.open(path, { viewport: { width: w, height: h } });
      const first = await firstText(page, '[data-testid=card]');
      assert.ok(first.lines >= lines, `${path}: the first card's text at y=${first.top} shows ${first.lines} lines`);
    }
    const page = await openStatic('', { width: w, height: h });
    const first = await firstText(page, 'article.card');
    assert.ok(first.lines >= lines, `prerendered: the first card's text at y=${first.top} shows ${first.lines} lines`);
  });
}

/** Opens the page with its wasm held back until `release()` is called, so
 * the reader can use the prerendered view first. */
async function openHeld(path) {
  const page = await ctx.page({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const release = await holdBack(page, '**/*.wasm');
  await page.goto(ctx.server.base + path, { waitUntil: 'domcontentloaded' });
  page.release = async () => {
    release();
    await page.waitForSelector('[data-testid=card]');
    await page.waitForFunction(() => !document.getElementById('prerender'));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  };
  return page;
}

test('the app takes over where the reader has scrolled to, without moving the text', async () => {
  const page = await openHeld('?lang=en');
  await page.locator('#prerender #p40').scrollIntoViewIfNeeded();
  const start = await page.evaluate(() => scrollY);
  await page.mouse.wheel(0, 40);
  await page.waitForFunction(() => document.documentElement.classList.contains('scrolled'));
  // The wheel's scroll lands after the event that set `scrolled` (the one
  // scrolling into view set it too): measure once it has come to rest.
  await page.waitForFunction((s) => scrollY > s, start);
  await page.evaluate(() => new Promise((done) => {
    let last = scrollY, still = 0;
    const frame = () => { still = scrollY === last ? still + 1 : 0; last = scrollY; if (still >= 3) done(); else requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
  }));
  const before = await page.locator('#p40').evaluate((el) => el.getBoundingClientRect().top);
  await page.release();
  const after = await page.locator('#p40').evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(Math.abs(after - before) <= 2, `paragraph 40 at ${before} before and ${after} after`);
  assert.equal(await page.locator('[data-testid=card]#p40').count(), 1, 'the app rendered the list down to it');
});

test('the app takes over with focus where the reader had it', async () => {
  const focused = () => page.evaluate(() => {
    const a = document.activeElement;
    return { href: a.getAttribute('href'), card: a.closest('article')?.id ?? null, top: Math.round(a.getBoundingClientRect().top) };
  });
  // A cross-reference far down the list: the app renders down to its card,
  // focuses the same link and keeps it where it was on the screen.
  let page = await openHeld('?lang=en');
  await page.locator('#prerender #p91 a.xref').focus();
  await page.mouse.wheel(0, 1);
  await page.waitForFunction(() => document.documentElement.classList.contains('scrolled'));
  const before = await focused();
  assert.deepEqual([before.href, before.card], ['#p90', 'p91']);
  await page.release();
  const after = await focused();
  assert.deepEqual([after.href, after.card], ['#p90', 'p91']);
  assert.ok(Math.abs(after.top - before.top) <= 2, `the link at ${before.top} before and ${after.top} after`);
  assert.equal(await page.locator('[data-testid=card]#p91').count(), 1);
  // A link outside the cards: the whole dataset's.
  page = await openHeld('?lang=en');
  await page.locator('#prerender [href="wg-prevention-2017-08.json"]').focus();
  await page.release();
  assert.deepEqual(await focused().then((f) => [f.href, f.card]), ['wg-prevention-2017-08.json', null]);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'export-all');
});

// When the app takes over before the browser has timed the first largest
// paint, the prerendered view stays, hidden, until it has (assets/pre.js),
// and its focused element keeps focus until the browser next lays the page
// out: the app's render must still count that focus as lost and put it on
// the same element of its own. (Here no paint the head script waits for
// is ever reported. With the view gone at takeover, as in the test before,
// the browser has moved focus to the body already; this path failed that
// test about once in six CI runs.)
test('the app takes over with focus where the reader had it, before the first paint is timed', async () => {
  const page = await ctx.page({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  await page.addInitScript(() => {
    const Observer = window.PerformanceObserver;
    window.PerformanceObserver = class extends Observer {
      observe(options) { if (!['largest-contentful-paint', 'element'].includes(options?.type)) super.observe(options); }
    };
  });
  const release = await holdBack(page, '**/*.wasm');
  await page.goto(ctx.server.base + '?lang=en', { waitUntil: 'domcontentloaded' });
  await page.locator('#prerender [href="wg-prevention-2017-08.json"]').focus();
  release();
  await page.waitForSelector('[data-testid=card]');
  assert.equal(await page.locator('#prerender.taken').count(), 1, 'the prerendered view is hidden, not gone');
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'export-all', null, { timeout: 5000 })
    .catch(async () => assert.fail(`focus is on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))}`));
});

test('a query typed before the app has come is searched when it comes, and typing goes on', async () => {
  // The answer the app gives to the same query in the address.
  const asked = await ctx.open('?q=' + encodeURIComponent('教育'));
  await asked.waitForSelector('[data-testid=card]');
  const want = await shownCount(asked);
  const total = Number(await (await openStatic('')).locator('.shown strong').first().innerText());
  assert.ok(want > 0 && want < total, `${want} of ${total}`);

  const page = await openHeld('?lang=en');
  const entries = await page.evaluate(() => history.length);
  await page.locator('#prerender #search-input').click();
  await page.keyboard.type('教育');
  // What the visible box holds at every frame until the app has settled.
  await page.evaluate(() => {
    window.__held = new Set();
    const sample = () => {
      const box = [...document.querySelectorAll('input[type=search]')].find((i) => i.checkVisibility({ visibilityProperty: true }));
      window.__held.add(`${box?.closest('#prerender') ? 'view' : 'app'}:${box?.value}`);
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await page.release();
  assert.deepEqual((await page.evaluate(() => [...window.__held])).sort(), ['app:教育', 'view:教育'], 'never an empty box');
  const box = page.locator('[data-testid=search]');
  assert.equal(await box.inputValue(), '教育');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'search', 'the app\'s box has the focus');
  await page.waitForFunction((n) => document.querySelector('[data-testid=shown] strong').textContent.trim() === String(n), want);
  assert.equal(await page.locator('[data-testid=card]').count(), Math.min(want, PAGE));
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '教育', null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => history.length), entries, 'and adds no history entry');
  // The caret is at the end: typing goes on there.
  await page.keyboard.type(' 廉正');
  assert.equal(await box.inputValue(), '教育 廉正');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '教育 廉正');
  assert.ok((await shownCount(page)) < want, 'the second word narrows the answer');
});

test('on a phone the facets fold into one button that counts the active filters', async () => {
  const page = await ctx.open('?speaker=CHN&topic=education&lang=en', { viewport: { width: 360, height: 740 } });
  const toggle = page.locator('[data-testid=filters-toggle]');
  assert.equal(await toggle.innerText(), 'Show filters (2)');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('[data-testid=facet-topic]').isVisible(), false);
  assert.equal(await page.locator('[data-testid=active-chip]').count(), 2, 'the active chips stay in view');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.equal(await toggle.innerText(), 'Hide filters (2)');
  assert.ok(await page.locator('[data-testid=facet-topic]').isVisible());
  // On a wide screen there is no such button and the facets show.
  const wide = await ctx.open('?lang=en', { viewport: { width: 1280, height: 800 } });
  assert.equal(await wide.locator('[data-testid=filters-toggle]').isVisible(), false);
  assert.ok(await wide.locator('[data-testid=facet-topic]').isVisible());
});
