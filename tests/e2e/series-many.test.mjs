// A site of 20 meetings (synthetic copies of the real report, built by
// `scripts/series-size.mjs` in the test command, or here if missing): a
// list of all of them asks for the files it needs at once, not one after
// another (on a connection with 150 ms of latency, 19 outlines one after
// another cost 19 round trips), and the texts only of what it draws or
// searches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setup, dataRequests, holdBack } from './harness.mjs';
import { buildSeries } from '../../scripts/lib/series-site.mjs';

const N = 20;
const DIST = process.env.SERIES20_DIST ?? new URL(`../../target/dist-series-${N}`, import.meta.url).pathname;
if (!existsSync(join(DIST, 'index.html'))) buildSeries(N);
const ctx = setup(DIST);

/** Waits until `count()` is `want` (up to 10 s), then gives the count. */
async function until(page, count, want) {
  for (let i = 0; i < 200 && count() < want; i++) await page.waitForTimeout(50);
  return count();
}

test(`a list of all ${N} meetings asks for their outlines at once, the texts of the reports whose cards it draws, and, when searched, its search keys and every other text that can hold the term, at once`, async () => {
  const page = await ctx.page({ serviceWorkers: 'block' });
  const fetched = dataRequests(page);
  const asked = (suffix) => fetched.filter((f) => f.endsWith(suffix)).map((f) => f.slice(0, -suffix.length));
  // No outline answers until every one has been asked for.
  const outlines = await holdBack(page, '**/*.outline.bin');
  const texts = await holdBack(page, '**/*.texts.bin');
  await page.goto(`${ctx.server.base}?report=all&speaker=CHN&lang=en`, { waitUntil: 'domcontentloaded' });
  assert.equal(await until(page, () => asked('.outline.bin').length, N - 1), N - 1, 'every other meeting\'s outline asked for at once');
  assert.equal(asked('.texts.bin').length, 0, 'texts only once the list is drawn');
  outlines();
  await page.waitForSelector('[data-testid=card]');
  // The texts of the outlined reports whose cards are drawn, at once, while none has answered.
  const drawn = await page.locator('article.card').evaluateAll((cards) => [...new Set(cards.map((c) => c.id.replace(/-p\d+$/, '')))]);
  const wanted = drawn.filter((id) => asked('.outline.bin').includes(id));
  assert.ok(wanted.length > 1 && wanted.length < N - 1, `${wanted.length} of ${N - 1} outlined reports have cards drawn`);
  assert.equal(await until(page, () => asked('.texts.bin').length, wanted.length), wanted.length);
  assert.deepEqual(asked('.texts.bin').sort(), [...wanted].sort());
  // Their cards show their texts while the other reports' are not here.
  texts();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=card] p.text').length === document.querySelectorAll('[data-testid=card]').length);
  assert.equal(asked('.texts.bin').length, wanted.length);
  // A term only the second-newest meeting holds (its number): its texts
  // came with its cards, so the search fetches its keys and no text, the
  // list is made again with the texts here, and it answers as the whole
  // files do.
  await page.locator('[data-testid=facet-speaker] input[data-value=CHN]').uncheck();
  const only = '第二十六次';
  // (What that meeting's own page shows: the other meetings hold it nowhere.)
  const own = await ctx.open(`?report=synthetic-wg-prevention-${2017 + N - 2}&q=${encodeURIComponent(only)}&lang=en`);
  await own.waitForSelector('[data-testid=card]');
  const onlyAnswer = `Paragraphs shown ${(await own.locator('[data-testid=shown] strong').innerText()).trim()} of ${N * 93}`;
  await own.context().close();
  assert.notEqual(onlyAnswer, `Paragraphs shown 0 of ${N * 93}`);
  const textsBefore = asked('.texts.bin').length;
  await page.locator('[data-testid=search]').fill(only);
  await page.waitForFunction((a) => document.querySelector('[data-testid=shown]')?.innerText === a, onlyAnswer);
  assert.equal(asked('.texts.bin').length, textsBefore, 'no text fetched: the one meeting that holds it has its texts');
  assert.ok(drawn.includes(`synthetic-wg-prevention-${2017 + N - 2}`), `the second-newest meeting (the 26th) had cards drawn: ${drawn}`);
  const keysBefore = fetched.filter((f) => /^keys-\d+\.bin$/.test(f)).length;
  // A search asks for every other text at once, and answers from all of them.
  await page.locator('[data-testid=search]').fill('教育');
  await page.waitForFunction(() => /^Paragraphs shown \d+ of/.test(document.querySelector('[data-testid=shown]')?.innerText ?? '')
    && !document.querySelector('[data-testid=search-waits]'));
  const shown = Number((await page.locator('[data-testid=shown] strong').innerText()).trim());
  assert.equal(shown, N * 29, 'each meeting answers as the real report does (29 paragraphs)');
  assert.deepEqual(asked('.texts.bin').sort(), asked('.outline.bin').sort(), 'each text asked for once');
  // (Every meeting holds 教育: the search keys, one file, say so.)
  assert.equal(fetched.filter((f) => /^keys-\d+\.bin$/.test(f)).length - keysBefore, 1, 'the search keys of 教育, once');
  assert.equal(fetched.filter((f) => !/(\.(outline|texts)|^keys-\d+)\.bin$/.test(f)).length, 0, 'never a whole file');
});
