// Shared set-up of the end-to-end tests: one server for the built site
// (under a subpath and at the root), one browser, and a page factory that
// records console errors, page errors and any request to another host.
import { readFileSync } from 'node:fs';
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './serve.mjs';
import { launch } from './browser.mjs';

export const DIST = process.env.DIST ?? new URL('../../dist', import.meta.url).pathname;

/** Cards the list shows at first and adds per step, read from where the
 * app defines it (`PAGE` in src/state.rs). */
export const PAGE = Number(
  /pub const PAGE: usize = (\d+);/.exec(readFileSync(new URL('../../src/state.rs', import.meta.url), 'utf8'))[1],
);

export function setup(dist = DIST) {
  const ctx = { server: null, browser: null, pages: [] };
  before(async () => {
    ctx.server = await serve(dist);
    ctx.browser = await launch();
  });
  after(async () => {
    for (const p of ctx.pages) {
      assert.deepEqual(p.problems, [], `console errors, page errors or outside requests on ${p.url()}`);
    }
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  // A page in a context of its own that records console errors, page
  // errors and outside requests (checked after the file's tests), not yet
  // navigated.
  ctx.page = async ({ viewport = { width: 1280, height: 900 }, noObserver = false, ...opts } = {}) => {
    const context = await ctx.browser.newContext({ viewport, ...opts });
    if (noObserver) await context.addInitScript(() => { delete window.IntersectionObserver; });
    const page = await context.newPage();
    page.problems = [];
    page.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => { if (!r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) page.problems.push(`outside request: ${r.url()}`); });
    ctx.pages.push(page);
    return page;
  };
  ctx.open = async (path = '', { root = false, ...opts } = {}) => {
    const page = await ctx.page(opts);
    await page.goto((root ? ctx.server.root : ctx.server.base) + path);
    await page.waitForSelector('[data-testid=shown]');
    return page;
  };
  return ctx;
}

/** Records the names of the data files (reports' .bin and .json) `page`
 * requests, in the returned array. */
export function dataRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (/\.(bin|json)$/.test(path)) seen.push(path.split('/').pop());
  });
  return seen;
}

/** Holds back the responses to requests matching `glob` until the
 * returned function is called. */
export async function holdBack(page, glob) {
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(glob, async (route) => { await gate; await route.continue(); });
  return release;
}

/** Records in `window.__seen`, from before the page's own scripts and at
 * every frame, each element matching `selector` that is ever visible (laid
 * out and not hidden): its id, else its text. */
export async function recordVisible(page, selector) {
  await page.addInitScript((selector) => {
    window.__seen = new Set();
    const sample = () => {
      for (const el of document.querySelectorAll(selector)) {
        if (el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden') window.__seen.add(el.id || el.textContent);
      }
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  }, selector);
}

/** Paragraph numbers of the rendered cards, in order. */
export async function cardNumbers(page) {
  return page.locator('[data-testid=card]').evaluateAll((els) => els.map((e) => Number(e.id.slice(1))));
}

/** Scrolls to the end, as a reader keeps doing, until more than `n` cards
 * are rendered; returns how many there are then. */
export async function scrollForMore(page, n) {
  const more = await page.waitForFunction((n) => {
    window.scrollTo(0, document.body.scrollHeight);
    const now = document.querySelectorAll('[data-testid=card]').length;
    return now > n && now;
  }, n);
  return more.jsonValue();
}

/** Numbers of every matching card, scrolling until the list has them all. */
export async function allCardNumbers(page) {
  const total = await shownCount(page);
  let n = await page.locator('[data-testid=card]').count();
  while (n < total) n = await scrollForMore(page, n);
  return cardNumbers(page);
}

export async function shownCount(page) {
  const t = await page.locator('[data-testid=shown] strong').innerText();
  return Number(t);
}
