// The README's first command, as a newcomer runs it: `scripts/serve.sh`
// builds the site at the root public URL (`--public-url /`) and serves it;
// its page must load, start the app and log no console error (a stylesheet
// or script whose digest the policy or an integrity attribute names wrongly
// is refused by the browser, and then the app never starts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { launch } from './browser.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;

/** A free loopback port. */
function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** Polls `url` until it answers with a page the post-build step finished. */
async function waitForPage(url, child, log, limitMs) {
  const end = Date.now() + limitMs;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`serve.sh exited with ${child.exitCode}:\n${log.join('')}`);
    try {
      const res = await fetch(url);
      if (res.ok && (await res.text()).includes('data-report=')) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`serve.sh did not serve ${url} within ${limitMs / 1000} s:\n${log.join('').slice(-4000)}`);
}

test('scripts/serve.sh serves a page that loads and starts with no console error', { timeout: 900_000 }, async () => {
  const port = await freePort();
  const log = [];
  const child = spawn('bash', ['scripts/serve.sh'], { cwd: ROOT, env: { ...process.env, PORT: String(port) }, detached: true });
  child.stdout.on('data', (d) => log.push(String(d)));
  child.stderr.on('data', (d) => log.push(String(d)));
  const browser = await launch();
  try {
    const base = `http://127.0.0.1:${port}/`;
    await waitForPage(base, child, log, 840_000);
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
    page.on('request', (r) => { if (!r.url().startsWith(base)) problems.push(`outside request: ${r.url()}`); });
    await page.goto(base + '?lang=en');
    // The app took the prerendered page over: the list is the app's.
    await page.waitForSelector('[data-testid=shown]');
    await page.waitForFunction(() => !document.getElementById('prerender'));
    assert.equal(await page.locator('[data-testid=card]').first().getAttribute('id'), 'p1');
    // The stylesheet applied (a refused one leaves the page unstyled: the
    // cards would have no border radius).
    const radius = await page.evaluate(() => getComputedStyle(document.querySelector('[data-testid=card]')).borderTopLeftRadius);
    assert.equal(radius, '8px', 'the stylesheet is applied');
    // A search answers, so the wasm runs.
    await page.fill('input[type=search]', '中国');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=card] mark').length > 0);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
  }
});
