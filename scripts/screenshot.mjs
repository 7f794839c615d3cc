// Takes the README's screenshots of the built site in headless Chromium:
// the list filtered by a topic, and the overview with its map. Chinese
// text needs a CJK font (Debian: fonts-noto-cjk).
//
//   node scripts/screenshot.mjs [DIST]
import { serve } from '../tests/e2e/serve.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const dist = process.argv[2] ?? 'dist';
const server = await serve(dist);
const browser = await launch();
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 860 }, colorScheme: 'light' })).newPage();
  for (const [query, file] of [
    ['?lang=en&topic=criminal-justice', 'docs/screenshot.png'],
    ['?lang=zh&view=overview', 'docs/overview.png'],
  ]) {
    await page.goto(server.base + query);
    await page.waitForSelector('[data-testid=shown]');
    if (query.includes('overview')) await page.waitForSelector('[data-testid=map-svg] path');
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
  await server.close();
}
