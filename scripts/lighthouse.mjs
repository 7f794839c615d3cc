// Lighthouse 12.2.3 audit of the built site in Debian's Chromium: prints
// the four category scores for a phone (Lighthouse's default: simulated
// slow 4G and a 4× slower CPU) and for a desktop, and fails when one is
// below its floor: accessibility, best practices and SEO 100, which do not
// depend on the machine's load. Performance is a timing figure that swings
// on a busy machine: it is printed with its floor (95), and only checked
// with --timing (on a quiet machine). The site is served from a subpath
// with gzip, as on GitHub Pages.
//
//   node scripts/lighthouse.mjs [DIST] [--timing]
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../tests/e2e/serve.mjs';

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
const timing = args.includes('--timing');
const FLOORS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
// Scores that decide a pass whatever the machine's load.
const GATED = new Set(timing ? Object.keys(FLOORS) : ['accessibility', 'best-practices', 'seo']);
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

const server = await serve(dist, { gzip: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const failures = [];
try {
  for (const [form, config] of [['phone', undefined], ['desktop', desktopConfig]]) {
    // Scores vary between runs on a shared machine: the median of each.
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(server.base, {
        port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(FLOORS),
      }, config);
      runs.push(result.lhr);
    }
    const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const line = [];
    for (const [id, floor] of Object.entries(FLOORS)) {
      const score = median(runs.map((r) => Math.round(r.categories[id].score * 100)));
      line.push(`${runs[0].categories[id].title} ${score}${GATED.has(id) ? '' : ` (floor ${floor}, not gated)`}`);
      if (score < floor && GATED.has(id)) {
        failures.push(`${form} ${id} ${score} < ${floor}`);
        // Name what cost the points in the last run.
        const cat = runs.at(-1).categories[id];
        for (const ref of cat.auditRefs) {
          const a = runs.at(-1).audits[ref.id];
          if (ref.weight > 0 && a.score !== null && a.score < 1) {
            failures.push(`  ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
            for (const item of (a.details?.items ?? []).slice(0, 5)) {
              const node = item.node ?? item.subItems?.items?.[0]?.relatedNode;
              if (node) failures.push(`    ${node.snippet ?? node.selector}`);
            }
          }
        }
      }
    }
    const audits = runs.at(-1).audits;
    console.log(`${form.padEnd(8)} ${line.join(' · ')}  (median of ${RUNS}; last run: FCP ${audits['first-contentful-paint'].displayValue}, LCP ${audits['largest-contentful-paint'].displayValue}, TBT ${audits['total-blocking-time'].displayValue}, CLS ${audits['cumulative-layout-shift'].displayValue})`);
  }
} finally {
  await chrome.kill();
  await server.close();
}
if (failures.length) {
  console.error(`below the floor:\n${failures.join('\n')}`);
  process.exit(1);
}
