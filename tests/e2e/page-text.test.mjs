// The newest report's paragraph texts reach the browser once: the app
// reads them back from the prerendered page (checked against the digest
// the build embedded), fetching no data file. A page rewritten before the
// app starts, as a translator rewrites it, makes the app fetch the
// report's own file and show the report's words, not the rewritten ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setup, DIST, allCardNumbers, dataRequests } from './harness.mjs';

const ctx = setup();
const json = readdirSync(DIST).find((f) => f.endsWith('.json'));
const model = JSON.parse(readFileSync(join(DIST, json), 'utf8'));

/** A run of eight Chinese characters from paragraph `p`'s text. */
function wordsOf(p) {
  const run = p.text.match(/[\u4e00-\u9fff]{8,}/g)?.at(-1);
  assert.ok(run, `paragraph ${p.number} has a run of Chinese text`);
  return run.slice(-8);
}

/** The card's text as the app shows it, without its footnote markers. */
function cardText(page, n) {
  return page.locator(`#p${n} .text`).evaluate((el) => [...el.childNodes].filter((c) => c.nodeName !== 'SUP').map((c) => c.textContent).join(''));
}

test('the texts come from the page: no data file fetched, the app shows and searches every paragraph', async () => {
  const page = await ctx.page();
  const fetched = dataRequests(page);
  await page.goto(ctx.server.base);
  await page.waitForSelector('[data-testid=shown]');
  assert.deepEqual(fetched, []);
  for (const p of model.paragraphs.slice(0, 3)) assert.equal(await cardText(page, p.number), p.text);
  const ps = model.paragraphs;
  for (const p of [ps[0], ps[Math.floor(ps.length / 2)], ps.at(-1)]) {
    await page.goto(ctx.server.base + '?q=' + encodeURIComponent(wordsOf(p)));
    await page.waitForSelector('[data-testid=shown]');
    assert.ok((await allCardNumbers(page)).includes(p.number), `a search for words of paragraph ${p.number} finds it`);
    assert.equal(await cardText(page, p.number), p.text);
  }
  assert.deepEqual(fetched, []);
});

test('a page rewritten before the app starts: the app fetches the report and shows its own words', async () => {
  const page = await ctx.page();
  const fetched = dataRequests(page);
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  const p = model.paragraphs[38];
  await page.addInitScript((n) => document.addEventListener('DOMContentLoaded', () => {
    const text = document.querySelector(`#p${n} .text`);
    text.firstChild.textContent = 'A panellist presented a series of initiatives.';
  }), p.number);
  await page.goto(ctx.server.base + '?q=' + encodeURIComponent(wordsOf(p)));
  await page.waitForSelector('[data-testid=shown]');
  assert.deepEqual(fetched, [json.replace(/\.json$/, '.bin')]);
  assert.ok(warnings.some((w) => /changed after it loaded: fetching the report/.test(w)), `a warning says why: ${warnings}`);
  assert.ok((await allCardNumbers(page)).includes(p.number));
  assert.equal(await cardText(page, p.number), p.text);
});
