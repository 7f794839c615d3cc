// The Content-Security-Policy holds (no violation; no inline script runs
// but the page's own, which it names by digest), hostile URLs leave the
// page responsive, and the site works offline after one visit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, cardNumbers } from './harness.mjs';

const ctx = setup();

async function withViolations(path, opts = {}) {
  const context = await ctx.browser.newContext(opts);
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  await page.goto(ctx.server.base + path);
  await page.waitForSelector('[data-testid=card]');
  return { page, context };
}

test('the page declares a strict CSP and runs with no violation', async () => {
  const { page, context } = await withViolations('?lang=en');
  const csp = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline|https?:/);
  // The page's own inline script and style (the head script, the start-up
  // script, the stylesheet) are allowed by their digest, each of them, and
  // nothing else inline is.
  const digests = await page.evaluate(async () => {
    const digest = async (t) => btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(t)))));
    const inline = [...document.querySelectorAll('script:not([src]), style')];
    return Promise.all(inline.map(async (el) => [el.tagName.toLowerCase(), await digest(el.textContent)]));
  });
  assert.deepEqual(digests.map(([tag]) => tag).sort(), ['script', 'script', 'style']);
  const sources = (directive) => csp.split(';').map((d) => d.trim().split(/\s+/)).find(([d]) => d === directive).slice(1);
  for (const [tag, digest] of digests) assert.ok(sources(`${tag}-src`).includes(`'sha256-${digest}'`), `the policy allows the page's inline ${tag}`);
  assert.deepEqual(sources('style-src').filter((s) => !s.startsWith("'sha256-")), [], 'no style from elsewhere, not even this origin');
  assert.equal(sources('script-src').filter((s) => s.startsWith("'sha256-")).length, 2, 'two inline scripts allowed, no more');
  // Exercise the views that render charts and the copy fallback.
  await page.locator('[data-testid=tab-overview]').click();
  await page.locator('[data-testid=topic-bars]').waitFor();
  await page.locator('[data-testid=tab-list]').click();
  await page.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new Error('no')); });
  await page.locator('#p1 [data-testid=copy-citation]').click();
  await page.waitForFunction(() => document.querySelector('#p1 [data-testid=copy-status]').textContent !== '');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  // An injected inline script is refused.
  const ran = await page.evaluate(() => {
    window.__inline = false;
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.body.appendChild(s);
    return window.__inline;
  });
  assert.equal(ran, false);
  assert.equal((await page.evaluate(() => window.__violations)).length, 1);
  await context.close();
});

test('a URL repeated hundreds of times or megabytes long keeps the page responsive', async () => {
  const long = '?q=' + encodeURIComponent('廉'.repeat(120000)) + 'a'.repeat(400000) + '&' + 'topic=education&'.repeat(500) + 'x=' + 'y'.repeat(100000);
  const t0 = Date.now();
  const page = await ctx.open(long);
  assert.ok(Date.now() - t0 < 10000);
  assert.ok(await page.locator('[data-testid=notice]').isVisible());
  await page.locator('[data-testid=search]').fill('教育');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=card]').length > 0);
  assert.ok((await cardNumbers(page)).length > 0);
});

test('after one visit the explorer works with no network', async () => {
  const context = await ctx.browser.newContext();
  const page = await context.newPage();
  await page.goto(ctx.server.base + '?lang=en');
  await page.waitForSelector('[data-testid=card]');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await context.setOffline(true);
  await page.goto(ctx.server.base + '?speaker=CHN&lang=en');
  await page.waitForSelector('[data-testid=card]');
  assert.deepEqual(await cardNumbers(page), [39]);
  await context.close();
});
