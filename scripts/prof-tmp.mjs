import { serve } from '../tests/e2e/serve.mjs';
import { launch } from '../tests/e2e/browser.mjs';
const server = await serve('/tmp/dist-prof'); const browser = await launch();
const page = await (await browser.newContext()).newPage();
await page.goto(server.base + '?lang=en'); await page.waitForSelector('[data-testid=card]');
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (let i = 0; i < 6; i++) {
  await page.evaluate(async () => { document.querySelector('[data-testid=facet-topic] input[data-value=education]').click(); await new Promise(r => setTimeout(r, 50)); });
}
for (let i = 0; i < 6; i++) {
  await page.evaluate(async (v) => { const input = document.querySelector('[data-testid=search]'); input.value = v; input.dispatchEvent(new InputEvent('input', { bubbles: true })); await new Promise(r => setTimeout(r, 50)); }, i % 2 ? '廉正' : '教育');
}
const { profile } = await cdp.send('Profiler.stop');
const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
const dt = profile.timeDeltas; const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, t] of counts) { const n = byId.get(id); const k = n.callFrame.functionName || n.callFrame.url.split('/').pop() || '(anon)'; self.set(k, (self.get(k) ?? 0) + t); }
const tot = [...self.values()].reduce((a, b) => a + b, 0);
for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((t / 1000).toFixed(1).padStart(8), 'ms', k.slice(0, 140));
console.log('total', (tot / 1000).toFixed(0));
await browser.close(); await server.close();
